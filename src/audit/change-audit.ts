import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Change } from '../git/change.js';
import { withWorktree } from '../git/git.js';
import { type CommitPlace, listAt, readNetworkAt } from '../network/at-commit.js';
import { listNetworkFiles } from '../network/list-files.js';
import { inLab } from '../network/load-network.js';
import { type ChangeScope, changeScope, newInChange } from './change-scope.js';
import { atCommit, type EngineOptions, hasWhatItJudges, isRead, runFastAudit } from './fast/engine.js';
import { RULES } from './rules/index.js';
import { auditWhole } from './run-rules.js';
import type { Finding, Rule } from './types.js';

export interface ChangeAudit {
  /** The findings the change brings (change-scope.ts says which). */
  findings: Finding[];
  /** The files the change leaves in the network: those the audit speaks for. */
  files: string[];
}

/**
 * A pull request's audit: the network judged at HEAD (the files on disk) and at the merge
 * base, keeping what the change brings. The plain path judges both whole, the base checked
 * out in a temporary work tree; the fast path judges only what may differ between them.
 */
export async function auditChange(
  root: string,
  asOf: string,
  change: Change,
  options: Pick<EngineOptions, 'cacheEnv' | 'onProgress'> & { engine?: 'fast' | 'straightforward' } = {},
): Promise<ChangeAudit> {
  const scope = changeScope(change);
  const { head, base } = options.engine === 'straightforward' ? await bothWhole(root, asOf, change) : await bothInPart(root, asOf, change, scope, options);
  return { findings: newInChange(head.findings, base, scope), files: head.files.filter((file) => scope.files.has(file)) };
}

async function bothWhole(root: string, asOf: string, change: Change) {
  const head = auditWhole(root, asOf);
  const folder = mkdtempSync(join(tmpdir(), 'cil-base-'));
  rmSync(folder, { recursive: true, force: true });
  const base = await withWorktree(change.top, change.since, folder, async (path) => auditWhole(join(path, change.prefix), asOf));
  return { head, base: base.findings };
}

/**
 * A lab rule's findings in a lab depend on that lab's files, cil.yaml, the templates and the
 * list of labs alone, so where none of these changed they are the same at both commits: only
 * the labs the change touched (every lab when one of the others changed) are judged again at
 * the base, with what lies outside the labs and the rules that read the whole network when
 * something they read changed. Every other part's findings at the base are those at HEAD.
 * The base is read from git objects, not checked out, and goes through the same cache: after
 * an audit of the base branch its parts are all there.
 */
async function bothInPart(root: string, asOf: string, change: Change, scope: ChangeScope, options: Pick<EngineOptions, 'cacheEnv' | 'onProgress'>) {
  const place: CommitPlace = { top: change.top, prefix: change.prefix, commit: change.since };
  const { labDirs } = listNetworkFiles(root, []);
  const atBase = await listAt(place, root);
  const everything = scope.everything || labDirs.join('/') !== atBase.labDirs.join('/');
  const labs = everything ? undefined : scope.labs;
  const head = await runFastAudit(root, asOf, { labs, cacheEnv: options.cacheEnv, onProgress: options.onProgress });

  const outside = everything || scope.outside;
  // What git says of private/ may change with paths outside the network (a .gitignore above it): judged again always.
  const changed = (rule: Rule) => rule.reads !== 'lab' && (outside || rule.reads.git === true || rule.reads.network.some((kind) => scope.kinds.has(kind)));
  const judgedAtBase = RULES.filter((rule) => changed(rule) && hasWhatItJudges(rule, atBase));
  const kinds = new Set(judgedAtBase.flatMap((rule) => (rule.reads === 'lab' ? [] : rule.reads.network)));
  const judged = (lab: string | undefined) => lab === undefined || labs === undefined || labs.has(lab);
  const network = await readNetworkAt(place, root, {
    labs: labs === undefined || kinds.size > 0 ? undefined : [...labs],
    select: (file) => isRead(file) && (judged(file.lab) || kinds.has(file.kind)),
  });
  const base = await runFastAudit(atCommit(network), asOf, { labs, cacheEnv: options.cacheEnv, outside, networkRules: changed });

  const rules = new Map(RULES.map((rule) => [rule.id, rule]));
  const unjudged = (finding: Finding) => {
    const rule = rules.get(finding.rule);
    return rule !== undefined && rule.reads !== 'lab' ? !changed(rule) : !outside && !inLab(finding.file, labDirs);
  };
  return { head, base: [...base.findings, ...head.findings.filter(unjudged)] };
}
