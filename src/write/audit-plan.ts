import { RULES } from '../audit/rules/index.js';
import { runRules } from '../audit/run-rules.js';
import type { Finding } from '../audit/types.js';
import { resolveAsOf } from '../calendar/today.js';
import { classifyPath } from '../network/layout.js';
import { type ListedFile, listNetworkFiles } from '../network/list-files.js';
import { loadNetwork } from '../network/load-network.js';
import type { ReadResult } from '../network/read-source.js';
import { resolveSettings } from '../network/settings.js';
import type { PlannedFile } from './write-files.js';

const LAB_RULES = RULES.filter((rule) => rule.reads === 'lab');
const sameFinding = (finding: Finding) => `${finding.rule}\0${finding.message}`;

/**
 * The errors the audit would find in files a command is about to write, that they do not
 * hold already: the labs the files are in are judged with the files as planned, by the
 * audit's own rules. A command refuses to write what this finds.
 */
export function planProblems(root: string, files: readonly PlannedFile[], asOf: string | undefined): Finding[] {
  const labs = [...new Set(files.flatMap((file) => classifyPath(file.path).lab ?? []))];
  if (labs.length === 0) return [];
  const listing = listNetworkFiles(root, labs);
  const listed = new Set(listing.files.map((file) => file.path));
  // The audit looks at cil.yaml, CODEOWNERS and what is under labs/; a workflow or a README is not its to judge.
  const audited = (path: string) => path.startsWith('labs/') || classifyPath(path).kind !== 'unknown';
  const planned: ListedFile[] = files
    .filter((file) => !listed.has(file.path) && audited(file.path))
    .map((file) => ({ ...classifyPath(file.path), path: file.path, entry: 'file' }));
  const read = new Map<string, ReadResult>(files.map((file) => [file.path, { text: file.text }]));
  const withPlanned = [...listing.files, ...planned].sort((a, b) => (a.path < b.path ? -1 : 1));
  const after = loadNetwork(root, { labs, listing: { ...listing, files: withPlanned }, read });
  const settings = resolveSettings(after.config);
  const day = resolveAsOf(asOf, settings.timezone);
  const paths = new Set(files.map((file) => file.path));
  const errorsOn = (findings: Finding[]) => findings.filter((finding) => paths.has(finding.file) && finding.severity === 'error');
  const found = errorsOn(runRules(after, settings, day, LAB_RULES));
  if (found.length === 0 || files.every((file) => !listed.has(file.path))) return found;
  // A file edited in place may hold errors already: only those the edit brings count.
  const before = new Set(errorsOn(runRules(loadNetwork(root, { labs }), settings, day, LAB_RULES)).map((finding) => `${finding.file}\0${sameFinding(finding)}`));
  return found.filter((finding) => !before.has(`${finding.file}\0${sameFinding(finding)}`));
}
