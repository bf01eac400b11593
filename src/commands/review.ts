import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Summary } from '../audit/run-rules.js';
import type { Finding } from '../audit/types.js';
import { type Change, readChange } from '../git/change.js';
import { fileAt, filesAt, resolveCommit, withWorktree } from '../git/git.js';
import { classifyPath, isRecordKind } from '../network/layout.js';
import { findNetworkRoot } from '../network/find-root.js';
import { parseYaml } from '../network/parse-yaml.js';
import { choice, text } from '../prompt/fields.js';
import { type ChangedFile, type Story, tellStory } from '../review/story.js';
import { audit } from './audit.js';

/** What `cil review` takes from its command line. */
export const reviewInputs = {
  arguments: {},
  fields: {
    base: text({ question: "The pull request's base, like origin/main", valueName: 'ref', required: true }),
    head: text({ question: 'Its head', valueName: 'ref', defaultHelp: 'HEAD' }),
    author: text({ question: "The author's GitHub handle, to check what they may change", valueName: 'handle' }),
    format: choice({ question: 'Output format', valueName: 'format', required: true, default: 'markdown', choices: ['markdown', 'json'] }),
  },
};

export interface ReviewOptions {
  cwd: string;
  repo?: string;
  base: string;
  head?: string;
  /** The pull request's author, by GitHub handle. */
  author?: string;
  asOf?: string;
  env?: Readonly<Record<string, string | undefined>>;
}

/** What the author may change: as the core team, the labs they are an active member of. */
export interface Authority {
  coreTeam: boolean;
  labs: string[];
}

export interface ReviewResult {
  base: string;
  head: string;
  author?: string;
  authority?: Authority;
  changes: { path: string; status: ChangedFile['status']; from?: string; lab?: string }[];
  story: Story;
  /** Changed files the author may not change. */
  unauthorized: string[];
  findings: Finding[];
  summary: Summary;
  /** Where the changed files can be read on the forge, when CI says so. */
  linkBase?: string;
  exitCode: 0 | 1;
}

const STATUS: Record<string, ChangedFile['status']> = { A: 'added', C: 'added', M: 'modified', T: 'modified', D: 'deleted', R: 'renamed' };

/**
 * `cil review --base <ref>`: a pull request as a story for CfP's reviewers: what changed in
 * each lab, what needs the core team, what the audit finds in the change, and whether the
 * author may change what they changed (by the base's records: a change cannot grant itself
 * rights). Exit 1 when something is unauthorized or the audit finds errors.
 */
export async function review(options: ReviewOptions): Promise<ReviewResult> {
  const root = findNetworkRoot(options.cwd, options.repo);
  const change = await readChange(root, options.base, options.head ?? 'HEAD', { asker: 'cil review', base: '--base', head: '--head' });
  const files: ChangedFile[] = [];
  for (const file of change.files) {
    const path = change.inNetwork(file.path);
    if (path === undefined) continue;
    const status = STATUS[file.status] ?? 'modified';
    const from = file.from === undefined ? undefined : change.inNetwork(file.from);
    const record = isRecordKind(classifyPath(path).kind);
    const before = record && status !== 'added' ? await recordAt(change.top, change.since, file.from ?? file.path) : undefined;
    const after = record && status !== 'deleted' ? await recordAt(change.top, change.head, file.path) : undefined;
    files.push({ path, status, from, before, after });
  }

  const authority = options.author === undefined ? undefined : await authorityOf(change, options.author, files);
  const touched = files.flatMap((file) => [file.path, ...(file.from ? [file.from] : [])]);
  const unauthorized = authority === undefined ? [] : touched.filter((path) => !mayChange(authority, path));
  const audited
    = change.head === (await resolveCommit(change.top, 'HEAD', 'HEAD'))
      ? await audit({ cwd: root, change, asOf: options.asOf, engine: engineOf(options.env), env: options.env })
      : await auditElsewhere(change, options.asOf, options.env);
  const server = options.env?.GITHUB_SERVER_URL;
  const repository = options.env?.GITHUB_REPOSITORY;
  const linkBase = server && repository ? `${server}/${repository}/blob/${change.head}/${change.prefix ? `${change.prefix}/` : ''}` : undefined;
  return {
    base: options.base,
    head: options.head ?? 'HEAD',
    author: options.author,
    authority,
    changes: files.map(({ path, status, from }) => {
      const lab = classifyPath(path).lab;
      return { path, status, ...(from ? { from } : {}), ...(lab ? { lab } : {}) };
    }),
    story: tellStory(files),
    unauthorized: [...new Set(unauthorized)].sort(),
    findings: audited.findings,
    summary: audited.summary,
    linkBase,
    exitCode: unauthorized.length > 0 || audited.summary.errors > 0 ? 1 : 0,
  };
}

async function recordAt(top: string, commit: string, path: string): Promise<unknown> {
  const text = await fileAt(top, commit, path);
  return text === undefined ? undefined : parseYaml(text.replace(/^\uFEFF/, '')).data;
}

/** The author's rights, from the records as they were before the change. */
async function authorityOf(change: Change, author: string, files: ChangedFile[]): Promise<Authority> {
  const handle = author.replace(/^@/, '').toLowerCase();
  const config = (await recordAt(change.top, change.since, change.inRepo('cil.yaml'))) as { core_team?: unknown } | undefined;
  const coreTeam = Array.isArray(config?.core_team) && config.core_team.some((member) => String(member).toLowerCase() === handle);
  const labs: string[] = [];
  for (const lab of new Set(files.flatMap((file) => [file.path, file.from ?? file.path]).map((path) => classifyPath(path).lab))) {
    if (lab === undefined) continue;
    for (const path of await filesAt(change.top, change.since, change.inRepo(`labs/${lab}/members`))) {
      const member = (await recordAt(change.top, change.since, path)) as { github?: unknown; status?: unknown } | undefined;
      if (String(member?.github ?? '').toLowerCase() === handle && member?.status === 'active') {
        labs.push(lab);
        break;
      }
    }
  }
  return { coreTeam, labs };
}

function mayChange(authority: Authority, path: string): boolean {
  if (authority.coreTeam) return true;
  const lab = classifyPath(path).lab;
  return lab !== undefined && path.startsWith(`labs/${lab}/`) && authority.labs.includes(lab);
}

/** A head other than the checkout is audited in a temporary work tree of its own. */
async function auditElsewhere(change: Change, asOf: string | undefined, env: ReviewOptions['env']) {
  const folder = mkdtempSync(join(tmpdir(), 'cil-review-'));
  rmSync(folder, { recursive: true, force: true });
  const auditThere = (path: string) => audit({ cwd: join(path, change.prefix), change, asOf, engine: engineOf(env), env });
  return withWorktree(change.top, change.head, folder, auditThere);
}

/** The audit's path, as `cil audit` takes it from CIL_AUDIT_ENGINE. */
const engineOf = (env: ReviewOptions['env']) => (env?.CIL_AUDIT_ENGINE === 'straightforward' ? 'straightforward' : 'fast');
