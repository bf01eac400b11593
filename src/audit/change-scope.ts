import { relative, sep } from 'node:path';
import { CliError } from '../errors.js';
import type { Finding, Rule } from './types.js';

/** What a change touched, in network-relative paths. */
export interface ChangeScope {
  /** Files added, modified, or renamed to, by the change. */
  files: Set<string>;
  /** Labs with any file changed, deleted included. */
  labs: Set<string>;
  /** Labs where a record was deleted or renamed away: references to it may now break. */
  labsLosingRecords: Set<string>;
  /** cil.yaml or templates changed: every lab is judged anew. */
  everything: boolean;
}

const labOf = (path: string) => (path.startsWith('labs/') ? path.split('/')[1] : undefined);

/**
 * The change from where HEAD left `ref` (their merge base) to HEAD, within the network repo,
 * read with git. Errors (no repository, an unknown ref, a shallow clone) are one sentence.
 */
export async function changeScope(root: string, ref: string): Promise<ChangeScope> {
  // Loaded here, not with the module: an audit without --changed-since needs no git.
  const { changedPaths, mergeBase, resolveCommit, workTreeRoot } = await import('../git/git.js');
  const top = await workTreeRoot(root);
  if (top === undefined) throw new CliError(`--changed-since needs a git repository, and ${root} is not in one`);
  const base = await resolveCommit(top, ref, '--changed-since');
  const head = await resolveCommit(top, 'HEAD', 'HEAD');
  const since = await mergeBase(top, base, head, ref);
  const prefix = relative(top, root).split(sep).join('/');
  const inNetwork = (path: string) => (prefix === '' ? path : path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : undefined);
  const scope: ChangeScope = { files: new Set(), labs: new Set(), labsLosingRecords: new Set(), everything: false };
  for (const change of await changedPaths(top, since, head, prefix || undefined)) {
    const path = inNetwork(change.path);
    const from = change.from === undefined ? undefined : inNetwork(change.from);
    for (const touched of [path, from]) {
      if (touched === undefined) continue;
      const lab = labOf(touched);
      if (lab) scope.labs.add(lab);
      if (touched === 'cil.yaml' || touched.startsWith('templates/')) scope.everything = true;
    }
    if (path !== undefined && change.status !== 'D') scope.files.add(path);
    const lost = change.status === 'D' ? path : change.status === 'R' ? from : undefined;
    const lab = lost === undefined ? undefined : labOf(lost);
    if (lab) scope.labsLosingRecords.add(lab);
  }
  return scope;
}

/**
 * Whether a finding belongs to a change: it is on a changed file; or its rule judges a whole
 * lab the change touched; or it is a broken reference in a lab that lost a record.
 */
export function withinChange(finding: Finding, rule: Rule | undefined, scope: ChangeScope): boolean {
  if (scope.everything || scope.files.has(finding.file)) return true;
  const lab = labOf(finding.file);
  // A finding of a lab-wide rule outside any lab (CODEOWNERS) follows any lab's change.
  if (lab === undefined) return rule?.scope === 'lab' && scope.labs.size > 0;
  if (rule?.scope === 'lab' && scope.labs.has(lab)) return true;
  return finding.rule === 'reference' && scope.labsLosingRecords.has(lab);
}
