import { runRules } from '../audit/run-rules.js';
import type { Finding } from '../audit/types.js';
import { resolveAsOf } from '../calendar/today.js';
import { CliError } from '../errors.js';
import { findNetworkRoot } from '../network/find-root.js';
import { loadNetwork } from '../network/load-network.js';
import { resolveSettings } from '../network/settings.js';
import type { LabFolder, SourceFile } from '../network/types.js';
import { argument, choice } from '../prompt/fields.js';
import { closestMatch } from '../text/closest.js';
import { chosenLabs, type ReadOptions, refuseBrokenConfig } from './read-network.js';

/** What `cil show` takes from its command line. */
export const showInputs = {
  arguments: { target: argument('a lab (lahore) or one of its records: lahore/member/ayesha-khan, lahore/event/<date-name>, lahore/project/<id>...') },
  fields: {
    format: choice({ question: 'Output format', valueName: 'format', required: true, default: 'human', choices: ['human', 'json'] }),
  },
};

/** The kinds of record `cil show` names, each by its folder too (`members`). */
const KINDS = ['lab', 'member', 'event', 'project', 'report', 'partner', 'citizen'] as const;
export type ShownKind = (typeof KINDS)[number];

/** One record, as `cil show` found it, with what the audit says about its file. */
export interface Shown {
  kind: ShownKind;
  lab: string;
  id: string;
  /** The file it is recorded in (a partner's is its lab's lab.yaml). */
  file: string;
  /** Its fields as the file holds them; undefined when the file could not be read as YAML. */
  record: Readonly<Record<string, unknown>> | undefined;
  /** The names of the lab's members by id, to show ids as people. */
  names: Readonly<Record<string, string>>;
  /** The audit's findings on its file (a report's: on its document too). */
  findings: Finding[];
  /** For a lab: how many findings are on the lab's other files. */
  elsewhere: number;
}

/** `cil show <lab>[/<kind>/<id>]`: one record in words, with the audit's findings on its file. */
export function show(options: ReadOptions & { target: string }): Shown {
  const [labId = '', kindWord, id, ...rest] = options.target.replace(/^labs\//, '').replace(/\.yaml$/, '').split('/');
  const root = findNetworkRoot(options.cwd, options.repo);
  // A record is judged with its own lab alone: the rules that read a lab give the same findings that way.
  const network = loadNetwork(root, { labs: [labId] });
  const [lab] = chosenLabs(loadNetworkIfMissing(network, root, labId), labId);
  if (!lab) throw new CliError(`there is no lab \`${labId}\``);
  const kind = kindWord === undefined ? 'lab' : kindOf(kindWord);
  if (kind === undefined || (kind !== 'lab' && (id === undefined || id === '')) || rest.length > 0) {
    throw new CliError(`\`${options.target}\` names no record: write a lab (${lab.id}) or ${lab.id}/<kind>/<id>, a kind being one of ${KINDS.slice(1).join(', ')}`);
  }
  const found = kind === 'lab' ? { file: lab.lab, record: lab.lab?.data } : findRecord(lab, kind, id ?? '');
  refuseBrokenConfig(network.config);
  const settings = resolveSettings(network.config);
  const file = found.file?.path ?? `${lab.dir}/lab.yaml`;
  // A report's findings include those on its rendered document.
  const document = kind === 'report' ? lab.documents.get(id ?? '')?.path : undefined;
  const judged = new Set([file, ...(document === undefined ? [] : [document])]);
  const all = runRules(network, settings, resolveAsOf(options.asOf, settings.timezone));
  const findings = all.filter((finding) => judged.has(finding.file));
  const elsewhere = kind === 'lab' ? all.filter((finding) => finding.file.startsWith(`${lab.dir}/`) && !judged.has(finding.file)).length : 0;
  const names = Object.fromEntries([...lab.members].map(([member, { record }]) => [member, record?.name ?? member]));
  return { kind, lab: lab.id, id: kind === 'lab' ? lab.id : (id ?? ''), file, record: asRecord(found.record), names, findings, elsewhere };
}

/** The whole network's list of labs, to name the nearest when the lab asked for is not there. */
function loadNetworkIfMissing(network: ReturnType<typeof loadNetwork>, root: string, labId: string) {
  return network.labs.get(labId)?.lab ? network : loadNetwork(root, { select: (file) => file.kind === 'lab' });
}

function kindOf(word: string): ShownKind | undefined {
  return KINDS.find((kind) => word === kind || word === `${kind}s`);
}

function findRecord(lab: LabFolder, kind: Exclude<ShownKind, 'lab'>, id: string): { file: SourceFile | undefined; record: unknown } {
  if (kind === 'partner') {
    const partners = (lab.lab?.record?.partners ?? []);
    const partner = partners.find((candidate) => candidate.id === id);
    if (!partner) throw missing(id, kind, lab, partners.map((candidate) => candidate.id));
    return { file: lab.lab, record: partner };
  }
  const folders = { member: lab.members, event: lab.events, project: lab.projects, report: lab.reports, citizen: lab.citizens };
  const files: ReadonlyMap<string, SourceFile> = folders[kind];
  const file = files.get(id);
  if (!file) throw missing(id, kind, lab, [...files.keys()]);
  return { file, record: file.data };
}

function missing(id: string, kind: string, lab: LabFolder, known: string[]): CliError {
  const near = closestMatch(id, known);
  const listed = known.length > 0 && known.length <= 12 ? ` (${kind}s: ${known.join(', ')})` : '';
  const hint = near ? `; did you mean \`${near}\`?` : listed;
  return new CliError(`lab ${lab.id} has no ${kind} \`${id}\`${hint}`);
}

const asRecord = (value: unknown): Readonly<Record<string, unknown>> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : undefined;
