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
import { type ListedFile, listNetworkFiles } from './list-files.js';
import { parseYaml } from './parse-yaml.js';
import { readSource } from './read-source.js';
import type { LabFolder, Network, RecordFile } from './types.js';

/**
 * Reads a network repo: lists its files, reads, parses and validates every record, and
 * groups them by lab. This is the only place that reads record files. It never throws for
 * bad content: every problem is kept on its file for the audit to report.
 */
export function loadNetwork(root: string): Network {
  const listing = listNetworkFiles(root);
  const files = listing.files.map((listed) => loadFile(root, listed));
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
  for (const id of listing.labDirs) labFolder(id);

  let config: RecordFile<NetworkConfig> | undefined;
  for (const file of files) {
    if (file.kind === 'config') {
      config = file as RecordFile<NetworkConfig>;
      continue;
    }
    if (file.lab === undefined || file.kind === 'unknown' || file.kind === 'readme') continue;
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
    config: config ?? {
      path: 'cil.yaml',
      kind: 'config',
      entry: 'file',
      syntaxProblems: [],
      schemaProblems: [],
    },
    labs,
  };
}

/** Reads only cil.yaml, for commands that need the settings and not the records. */
export function loadNetworkConfig(root: string): RecordFile<NetworkConfig> {
  return loadFile(root, { path: 'cil.yaml', kind: 'config', entry: 'file' }) as RecordFile<NetworkConfig>;
}

function loadFile(root: string, listed: ListedFile): RecordFile<unknown> {
  const file: RecordFile<unknown> = { ...listed, syntaxProblems: [], schemaProblems: [] };
  const kind = listed.kind;
  const textOnly = kind === 'document' || kind === 'codeowners';
  if (listed.entry !== 'file' || !(isRecordKind(kind) || textOnly)) return file;
  const read = readSource(join(root, ...listed.path.split('/')));
  if ('problem' in read) {
    file.syntaxProblems.push(read.problem);
    return file;
  }
  file.text = read.text;
  // Rendered documents and CODEOWNERS are kept as text, for the rules that compare them.
  if (textOnly) return file;
  const parsed = parseYaml(read.text);
  if (parsed.problems.length > 0) {
    file.syntaxProblems.push(...parsed.problems);
    return file;
  }
  file.data = parsed.data;
  file.schemaProblems.push(...validateRecord(kind, parsed.data));
  if (file.schemaProblems.length === 0) file.record = parsed.data;
  return file;
}
