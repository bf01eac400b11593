import { resolveAsOf } from '../calendar/today.js';
import { CliError } from '../errors.js';
import { findNetworkRoot } from '../network/find-root.js';
import type { Listing as FileListing } from '../network/list-files.js';
import { loadNetwork } from '../network/load-network.js';
import { resolveSettings, type Settings } from '../network/settings.js';
import { locatePlaces } from '../network/locate.js';
import type { FileKind, LabFolder, Network, SourceFile } from '../network/types.js';
import { type Answers, type Arguments, type ArgumentValues, choice, type CommandInputs, type Fields } from '../prompt/fields.js';
import { closestMatch } from '../text/closest.js';

/** Where a command that only reads looks: the folder it runs in, `-C`, `--as-of`. */
export interface ReadOptions {
  cwd: string;
  repo?: string;
  asOf?: string;
}

/** The network as a reading command sees it: its records, settings and the day judged. */
export interface OpenNetwork {
  network: Network;
  settings: Settings;
  asOf: string;
}

/**
 * Opens the network; with `kinds`, only files of those kinds are read (cil.yaml always is): an
 * export of events reads no report. `list` lists the files to choose from (listLabRecords: the
 * labs' own records alone, for a command that reads no other).
 */
export function openNetwork(options: ReadOptions, kinds?: readonly FileKind[], list?: (root: string) => FileListing): OpenNetwork {
  const select = kinds && ((file: { kind: FileKind }) => kinds.includes(file.kind));
  const root = findNetworkRoot(options.cwd, options.repo);
  const network = loadNetwork(root, { ...(select ? { select } : {}), ...(list ? { listing: list(root) } : {}) });
  refuseBrokenConfig(network.config);
  const settings = resolveSettings(network.config);
  return { network, settings, asOf: resolveAsOf(options.asOf, settings.timezone) };
}

/**
 * Stops at a cil.yaml with a problem: its settings (the network's name, time zone, policy)
 * would all fall back to the handbook's defaults, and what the command shows would be
 * another network's. The audit reports it with the rest; here the first problem is enough.
 */
export function refuseBrokenConfig(config: SourceFile): void {
  const [problem] = [...config.syntaxProblems, ...config.schemaProblems];
  if (!problem) return;
  const at = locatePlaces(config.text ?? '', [problem])[0];
  throw new CliError(
    `${config.path}${at ? `:${at.line}:${at.column}` : ''}: ${problem.message}; fix cil.yaml first, or every setting falls back to the handbook's defaults (\`cil audit\` lists every problem)`,
  );
}

/**
 * The labs a command was asked about: every lab with a lab.yaml, or the one named. A name
 * that is no lab is refused with the nearest lab's id, or the list of labs.
 */
export function chosenLabs(network: Network, lab?: string): LabFolder[] {
  const labs = [...network.labs.values()].filter((folder) => folder.lab);
  if (lab === undefined) return labs;
  const named = labs.find((folder) => folder.id === lab);
  if (named) return [named];
  const ids = labs.map((folder) => folder.id);
  const near = closestMatch(lab, ids);
  throw new CliError(`there is no lab \`${lab}\` in this network${near ? `; did you mean \`${near}\`?` : ` (labs: ${ids.join(', ') || 'none yet'})`}`);
}

/** How a list is printed: a table for people, JSON for scripts (stable keys, in the records' own terms). */
export type ListFormat = 'table' | 'json';

export const LIST_FORMATS: ListFormat[] = ['table', 'json'];

/** The `--format` of every list command. */
export const listFormat = choice({
  question: 'Output format',
  help: 'table for people, json for scripts',
  valueName: 'format',
  required: true,
  default: 'table',
  choices: LIST_FORMATS,
});

/** A column of a list: its header and each row's cell. */
export interface Column<R> {
  header: string;
  cell(row: R): string | number | undefined;
}

/**
 * What a list command found, and how to print it: `columns` for a table, `json` for each
 * row as scripts see it (stable keys in the records' own terms), `none` the sentence a
 * table without rows says instead ("No lab is dormant.").
 */
export interface Listed<R> {
  rows: readonly R[];
  columns: readonly Column<R>[];
  json(row: R): object;
  none: string;
}

/** A list command (`cil lab list`): what it takes, and what it finds; `--format` is among its fields. */
export interface Listing<A extends Arguments, F extends Fields & { format: unknown }, R> {
  inputs: CommandInputs<A, F>;
  list(where: ReadOptions, args: ArgumentValues<A>, answers: Answers<F>): Listed<R>;
}
