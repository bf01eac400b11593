import { join } from 'node:path';
import type {
  EventRecord,
  LabRecord,
  MemberRecord,
  NetworkConfig,
  ProjectRecord,
  ReportRecord,
} from '../schema/records.generated.js';
import { validateRecord } from '../schema/validate.js';
import { isRecordKind } from './layout.js';
import { type ListedFile, type Listing, listNetworkFiles } from './list-files.js';
import { parseThoroughly, parseYaml } from './parse-yaml.js';
import { type ReadResult, readSource } from './read-source.js';
import type { LabFolder, Network, RecordFile, SourceFile } from './types.js';

export interface LoadOptions {
  /** Parse every file with `yaml` alone: the straightforward path the fast one must match. */
  thorough?: boolean;
  /** Files already read, by path (the audit reads a lab once to look it up in its cache). */
  read?: ReadonlyMap<string, ReadResult>;
}

/** Reads files of the listing, for loaders that want them before parsing. */
export function readFiles(root: string, files: readonly ListedFile[]): Map<string, ReadResult> {
  const read = new Map<string, ReadResult>();
  for (const file of files) {
    if (file.entry === 'file' && (isRecordKind(file.kind) || file.kind === 'document' || file.kind === 'codeowners')) {
      read.set(file.path, readSource(join(root, ...file.path.split('/'))));
    }
  }
  return read;
}

/**
 * Reads a network repo: lists its files, reads, parses and validates every record, and
 * groups them by lab. The loader is the only place that reads record files. It never
 * throws for bad content: every problem is kept on its file for the audit to report.
 */
export function loadNetwork(root: string, options: LoadOptions = {}): Network {
  const listing = listNetworkFiles(root);
  return assemble(root, listing.files, listing.labDirs, options);
}

/**
 * Part of a network: cil.yaml, and either the files outside the labs (`labs` empty) or
 * the given labs' files. Labs are judged one at a time, so this is all a lab's rules need;
 * `labIds` still names every lab, for references across labs.
 */
export function loadPart(root: string, listing: Listing, labs: readonly string[], options: LoadOptions = {}): Network {
  if (labs.length === 0) return loadSelected(root, listing, (file) => !inLab(file.path, listing.labDirs), labs, options);
  const config = listing.files.find((file) => file.path === 'cil.yaml');
  const files = [...(config ? [config] : []), ...labs.flatMap((lab) => listing.byLab.get(lab) ?? [])];
  return assemble(root, files, labs, options, listing.labDirs);
}

/** cil.yaml and the listed files a predicate picks, grouped into the given labs. */
export function loadSelected(
  root: string,
  listing: Listing,
  pick: (file: ListedFile) => boolean,
  labs: readonly string[],
  options: LoadOptions = {},
): Network {
  const files = listing.files.filter((file) => file.path === 'cil.yaml' || pick(file));
  return assemble(root, files, labs, options, listing.labDirs);
}

/** Whether a path is a lab's folder or inside one. */
export function inLab(path: string, labDirs: readonly string[]): boolean {
  const [top, lab, rest] = path.split('/', 3);
  return top === 'labs' && lab !== undefined && labDirs.includes(lab) && (rest !== undefined || path === `labs/${lab}`);
}

function assemble(
  root: string,
  listed: readonly ListedFile[],
  labDirs: readonly string[],
  options: LoadOptions,
  allLabs = labDirs,
): Network {
  const files = listed.map((file) => loadFile(root, file, options));
  const labs = new Map<string, LabFolder>();
  const labFolder = (id: string): LabFolder => {
    let folder = labs.get(id);
    if (!folder) {
      folder = {
        id,
        dir: `labs/${id}`,
        members: new Map(),
        events: new Map(),
        projects: new Map(),
        reports: new Map(),
        documents: new Map(),
      };
      labs.set(id, folder);
    }
    return folder;
  };
  for (const id of labDirs) labFolder(id);

  let config: RecordFile<NetworkConfig> | undefined;
  for (const file of files) {
    if (file.kind === 'config') {
      config = file as RecordFile<NetworkConfig>;
      continue;
    }
    if (file.lab === undefined || file.kind === 'unknown' || file.kind === 'readme' || file.kind === 'codeowners') continue;
    const folder = labFolder(file.lab);
    const id = file.id ?? '';
    switch (file.kind) {
      case 'lab':
        folder.lab = file as RecordFile<LabRecord>;
        break;
      case 'member':
        folder.members.set(id, file as RecordFile<MemberRecord>);
        break;
      case 'event':
        folder.events.set(id, file as RecordFile<EventRecord>);
        break;
      case 'project':
        folder.projects.set(id, file as RecordFile<ProjectRecord>);
        break;
      case 'report':
        folder.reports.set(id, file as RecordFile<ReportRecord>);
        break;
      case 'document':
        folder.documents.set(id, file);
        break;
    }
  }
  return {
    root,
    files,
    config: config ?? { path: 'cil.yaml', kind: 'config', entry: 'file', syntaxProblems: [], schemaProblems: [] },
    labs,
    labIds: new Set(allLabs),
  };
}

/** Reads only cil.yaml, for commands that need the settings and not the records. */
export function loadNetworkConfig(root: string): RecordFile<NetworkConfig> {
  return loadFile(root, { path: 'cil.yaml', kind: 'config', entry: 'file' }) as RecordFile<NetworkConfig>;
}

function loadFile(root: string, listed: ListedFile, options: LoadOptions = {}): SourceFile {
  // Built field by field: listed files come in several shapes, and spreading them is slow.
  const file: RecordFile<unknown> = { path: listed.path, kind: listed.kind, entry: listed.entry, syntaxProblems: [], schemaProblems: [] };
  if (listed.lab !== undefined) file.lab = listed.lab;
  if (listed.id !== undefined) file.id = listed.id;
  const kind = listed.kind;
  const textOnly = kind === 'document' || kind === 'codeowners';
  if (listed.entry !== 'file' || !(isRecordKind(kind) || textOnly)) return file;
  const read = options.read?.get(listed.path) ?? readSource(join(root, ...listed.path.split('/')));
  if ('problem' in read) {
    file.syntaxProblems.push(read.problem);
    return file;
  }
  file.text = read.text;
  // Rendered documents and CODEOWNERS are kept as text, for the rules that compare them.
  if (textOnly) return file;
  const parsed = options.thorough ? parseThoroughly(read.text) : parseYaml(read.text);
  if (parsed.problems.length > 0) {
    file.syntaxProblems.push(...parsed.problems);
    return file;
  }
  file.data = parsed.data;
  file.schemaProblems.push(...validateRecord(kind, parsed.data));
  if (file.schemaProblems.length === 0) file.record = parsed.data;
  return file;
}
