import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { Finding } from '../audit/types.js';
import type { Summary } from '../audit/run-audit.js';
import { CliError } from '../errors.js';
import { changedPaths, fileAt, filesAt, mergeBase, resolveCommit, withWorktree, workTreeRoot } from '../git/git.js';
import { classifyPath, isRecordKind } from '../network/layout.js';
import { findNetworkRoot } from '../network/find-root.js';
import { parseYaml } from '../network/parse-yaml.js';
import { type ChangedFile, type Story, tellStory } from '../review/story.js';
import { audit } from './audit.js';

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

export interface ReviewResult {
  base: string;
  head: string;
  author?: string;
  /** What the author may change: the core team, the labs they are a member of, or nothing known. */
  authority?: { coreTeam: boolean; labs: string[] };
  changes: { path: string; status: ChangedFile['status']; from?: string; lab?: string }[];
  story: Story;
  /** Changed files the author may not change. */
  unauthorized: string[];
  findings: Finding[];
  summary: Summary;
  checklist: string[];
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
  const top = await workTreeRoot(root);
  if (top === undefined) throw new CliError(`cil review needs a git repository, and ${root} is not in one`);
  const prefix = relative(top, root).split(sep).join('/');
  const inRepo = (path: string) => (prefix === '' ? path : `${prefix}/${path}`);
  const inNetwork = (path: string) => (prefix === '' ? path : path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : path);
  const baseSha = await resolveCommit(top, options.base, '--base');
  const headSha = await resolveCommit(top, options.head ?? 'HEAD', '--head');
  const since = await mergeBase(top, baseSha, headSha, options.base);

  const files: ChangedFile[] = [];
  for (const change of await changedPaths(top, since, headSha, prefix || undefined)) {
    const status = STATUS[change.status] ?? 'modified';
    const path = inNetwork(change.path);
    const from = change.from === undefined ? undefined : inNetwork(change.from);
    const record = isRecordKind(classifyPath(path).kind);
    const before = record && status !== 'added' ? await recordAt(top, since, change.from ?? change.path) : undefined;
    const after = record && status !== 'deleted' ? await recordAt(top, headSha, change.path) : undefined;
    files.push({ path, status, from, before, after });
  }

  const authority = options.author === undefined ? undefined : await authorityOf(top, since, inRepo, options.author, files);
  const touched = files.flatMap((file) => [file.path, ...(file.from ? [file.from] : [])]);
  const unauthorized = authority === undefined ? [] : touched.filter((path) => !mayChange(authority, path));
  const current = await resolveCommit(top, 'HEAD', 'HEAD');
  const audited
    = headSha === current
      ? await auditChange(root, baseSha, options.asOf)
      : await auditElsewhere(top, headSha, prefix, baseSha, options.asOf);
  const server = options.env?.GITHUB_SERVER_URL;
  const repository = options.env?.GITHUB_REPOSITORY;
  const linkBase = server && repository ? `${server}/${repository}/blob/${headSha}/${prefix ? `${prefix}/` : ''}` : undefined;
  const story = tellStory(files);
  return {
    base: options.base,
    head: options.head ?? 'HEAD',
    author: options.author,
    authority,
    changes: files.map(({ path, status, from }) => {
      const lab = classifyPath(path).lab;
      return { path, status, ...(from ? { from } : {}), ...(lab ? { lab } : {}) };
    }),
    story,
    unauthorized: [...new Set(unauthorized)].sort(),
    findings: audited.findings,
    summary: audited.summary,
    checklist: checklistFor(story, audited.summary, unauthorized.length, authority !== undefined),
    linkBase,
    exitCode: unauthorized.length > 0 || audited.summary.errors > 0 ? 1 : 0,
  };
}

async function recordAt(top: string, commit: string, path: string): Promise<unknown> {
  const text = await fileAt(top, commit, path);
  return text === undefined ? undefined : parseYaml(text.replace(/^\uFEFF/, '')).data;
}

/** The author's rights, from the records as they were before the change. */
async function authorityOf(top: string, since: string, inRepo: (path: string) => string, author: string, files: ChangedFile[]) {
  const handle = author.replace(/^@/, '').toLowerCase();
  const config = (await recordAt(top, since, inRepo('cil.yaml'))) as { core_team?: unknown } | undefined;
  const coreTeam = Array.isArray(config?.core_team) && config.core_team.some((member) => String(member).toLowerCase() === handle);
  const labs: string[] = [];
  for (const lab of new Set(files.flatMap((file) => [file.path, file.from ?? file.path]).map((path) => classifyPath(path).lab))) {
    if (lab === undefined) continue;
    for (const path of await filesAt(top, since, inRepo(`labs/${lab}/members`))) {
      const member = (await recordAt(top, since, path)) as { github?: unknown; status?: unknown } | undefined;
      if (String(member?.github ?? '').toLowerCase() === handle && member?.status === 'active') {
        labs.push(lab);
        break;
      }
    }
  }
  return { coreTeam, labs };
}

function mayChange(authority: { coreTeam: boolean; labs: string[] }, path: string): boolean {
  if (authority.coreTeam) return true;
  const lab = classifyPath(path).lab;
  return lab !== undefined && path.startsWith(`labs/${lab}/`) && authority.labs.includes(lab);
}

function auditChange(root: string, base: string, asOf: string | undefined) {
  return audit({ cwd: root, changedSince: base, asOf });
}

/** A head other than the checkout is audited in a temporary work tree of its own. */
async function auditElsewhere(top: string, head: string, prefix: string, base: string, asOf: string | undefined) {
  const folder = mkdtempSync(join(tmpdir(), 'cil-review-'));
  rmSync(folder, { recursive: true, force: true });
  return withWorktree(top, head, folder, (path) => auditChange(join(path, prefix), base, asOf));
}

function checklistFor(story: Story, summary: Summary, unauthorized: number, authorChecked: boolean): string[] {
  const items = [
    summary.errors === 0 ? 'The audit finds no errors in the change.' : `The audit finds ${summary.errors} error(s): the author fixes them before merging.`,
    authorChecked
      ? unauthorized === 0
        ? 'The author may change every file they changed.'
        : `${unauthorized} file(s) are outside what the author may change: a lead of that lab or the core team approves.`
      : 'Check that the author belongs to the labs they changed (no --author was given).',
  ];
  if (story.labs.some((lab) => lab.lines.some((line) => line.startsWith('Member joined')))) {
    items.push('New members: names and roles look right, and no contact details were recorded.');
  }
  if (story.labs.some((lab) => lab.lines.some((line) => line.startsWith('Event')))) items.push('Events: dates, kinds and head counts are plausible.');
  if (story.labs.some((lab) => lab.lines.some((line) => line.startsWith('Report')))) items.push('Reports: read the rendered documents; the narrative is the lab\'s own.');
  if (story.labs.some((lab) => lab.lines.some((line) => /offboarded|warned|reinstated/.test(line)))) {
    items.push('Warnings and offboarding follow the handbook: dated, with reasons, and a handover.');
  }
  if (story.network.length > 0) items.push('Changes outside the labs (settings, templates, workflows) are the core team\'s to approve.');
  return items;
}
