import type { Change } from '../git/change.js';
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

/** What a change touched within the network repo. */
export function changeScope(change: Change): ChangeScope {
  const scope: ChangeScope = { files: new Set(), labs: new Set(), labsLosingRecords: new Set(), everything: false };
  for (const file of change.files) {
    const path = change.inNetwork(file.path);
    const from = file.from === undefined ? undefined : change.inNetwork(file.from);
    for (const touched of [path, from]) {
      if (touched === undefined) continue;
      const lab = labOf(touched);
      if (lab) scope.labs.add(lab);
      if (touched === 'cil.yaml' || touched.startsWith('templates/')) scope.everything = true;
    }
    if (path !== undefined && file.status !== 'D') scope.files.add(path);
    const lost = file.status === 'D' ? path : file.status === 'R' ? from : undefined;
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
