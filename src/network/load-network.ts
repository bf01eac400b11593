import { join } from 'node:path';
import type {
  CitizenRecord,
  EventRecord,
  LabRecord,
  MemberRecord,
  ImpactReportRecord,
  NetworkConfig,
  ProjectRecord,
  ReportRecord,
} from '../schema/records.generated.js';
import { validateRecord } from '../schema/validate.js';
import { isRecordKind } from './layout.js';
import { type ListedFile, type Listing, listNetworkFiles } from './list-files.js';
import { parseThoroughly, parseYaml } from './parse-yaml.js';
import { type ReadResult, readSource } from './read-source.js';
import type { LabFolder, Network, RecordFile, SourceFile, TemplateFiles } from './types.js';

export interface LoadOptions {
  /**
   * Only these labs: their folders are listed and loaded, and `network.labs` holds them
   * alone (`labIds` still names every lab folder). Every lab when undefined; none (only
   * cil.yaml and what lies outside the labs) when empty.
   */
  labs?: readonly string[];
  /** Of the files listed, load only those this picks; cil.yaml is always loaded. */
  select?: (file: ListedFile) => boolean;
  /** The listing, when it was made already (the fast audit lists a lab to read it for its cache key). */
  listing?: Listing;
  /** Files already read, by path. */
  read?: ReadonlyMap<string, ReadResult>;
  /** Parse every file with `yaml` alone: the straightforward path the fast one must match. */
  thorough?: boolean;
  /** The network's own templates, when they are not those on disk at `root` (a commit's). */
  templates?: TemplateFiles;
}

/**
 * Reads a network repo: lists its files, reads, parses and validates every record, and
 * groups them by lab. The loader is the only place that reads record files, and this is
 * its one entry. It never throws for bad content: every problem is kept on its file for
 * the audit to report.
 */
export function loadNetwork(root: string, options: LoadOptions = {}): Network {
  const listing = options.listing ?? listNetworkFiles(root, options.labs);
  const { select } = options;
  const listed = select ? listing.files.filter((file) => file.path === 'cil.yaml' || select(file)) : listing.files;
  const labs = options.labs ?? listing.labDirs;
  const inScope = options.labs === undefined ? listed : listed.filter((file) => file.lab === undefined || labs.includes(file.lab));
  const network = assemble(root, inScope.map((file) => loadFile(root, file, options)), labs, listing.labDirs);
  return options.templates === undefined ? network : { ...network, templates: options.templates };
}

/** Whether a path is a lab's folder or inside one. */
export function inLab(path: string, labDirs: readonly string[]): boolean {
  const [top, lab, rest] = path.split('/', 3);
  return top === 'labs' && lab !== undefined && labDirs.includes(lab) && (rest !== undefined || path === `labs/${lab}`);
}

/** Groups loaded files into the given labs' folders. */
function assemble(root: string, files: SourceFile[], labIds: readonly string[], allLabs: readonly string[]): Network {
  const labs = new Map<string, LabFolder>(
    labIds.map((id) => [id, { id, dir: `labs/${id}`, members: new Map(), citizens: new Map(), events: new Map(), projects: new Map(), reports: new Map(), documents: new Map() }]),
  );
  let config: RecordFile<NetworkConfig> | undefined;
  const impactReports = new Map<string, RecordFile<ImpactReportRecord>>();
  const impactDocuments = new Map<string, SourceFile>();
  for (const file of files) {
    if (file.kind === 'config') {
      config = file as RecordFile<NetworkConfig>;
      continue;
    }
    if (file.kind === 'impact') impactReports.set(file.id ?? '', file as RecordFile<ImpactReportRecord>);
    if (file.kind === 'impact-document') impactDocuments.set(file.id ?? '', file);
    const folder = file.lab === undefined ? undefined : labs.get(file.lab);
    if (!folder) continue;
    const id = file.id ?? '';
    switch (file.kind) {
      case 'lab':
        folder.lab = file as RecordFile<LabRecord>;
        break;
      case 'member':
        folder.members.set(id, file as RecordFile<MemberRecord>);
        break;
      case 'citizen':
        folder.citizens.set(id, file as RecordFile<CitizenRecord>);
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
    impactReports,
    impactDocuments,
    labIds: new Set(allLabs),
  };
}

function loadFile(root: string, listed: ListedFile, options: LoadOptions): SourceFile {
  const file: RecordFile<unknown> = { ...listed, syntaxProblems: [], schemaProblems: [] };
  const { kind } = listed;
  // Rendered documents, CODEOWNERS and the labs' READMEs are kept as text, for the rules
  // that compare them or look for contact details in them.
  // So is an event written as .yml, so that its new name can be told with the date it holds.
  const textOnly = kind === 'document' || kind === 'impact-document' || kind === 'codeowners' || kind === 'readme' || misnamedEvent(listed.path);
  if (listed.entry !== 'file' || !(isRecordKind(kind) || textOnly)) return file;
  const read = options.read?.get(listed.path) ?? readSource(join(root, ...listed.path.split('/')));
  if ('problem' in read) {
    file.syntaxProblems.push(read.problem);
    return file;
  }
  file.text = read.text;
  if (textOnly || !isRecordKind(kind)) return file;
  const parsed = options.thorough ? parseThoroughly(read.text) : parseYaml(read.text);
  if (parsed.problems.length > 0) {
    for (const item of parsed.problems) file.syntaxProblems.push(item);
    return file;
  }
  file.data = parsed.data;
  for (const item of validateRecord(kind, parsed.data)) file.schemaProblems.push(item);
  if (file.schemaProblems.length === 0 && (kind !== 'event' || namedByItsDate(listed.id, parsed.data))) file.record = parsed.data;
  return file;
}

/** An event record with the .yml extension: `labs/<lab>/events/<name>.yml`. */
const misnamedEvent = (path: string): boolean => /^labs\/[^/]+\/events\/[^/]+\.yml$/.test(path);

/**
 * Whether an event's file is named by its date (YYYY-MM-DD-name.yaml). One that is not
 * counts for nothing (no meeting held, nobody missing it) until it is renamed: the
 * `file-name` rule says how.
 */
function namedByItsDate(id: string | undefined, data: unknown): boolean {
  const date = (data as { date?: unknown }).date;
  return typeof date === 'string' && id !== undefined && /^\d{4}-\d{2}-\d{2}-[a-z0-9]/.test(id) && id.startsWith(`${date}-`);
}
