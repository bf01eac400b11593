import type {
  EventRecord,
  LabRecord,
  MemberRecord,
  CitizenRecord,
  NetworkConfig,
  ProjectRecord,
  ReportRecord,
  ImpactReportRecord,
} from '../schema/records.generated.js';
import type { PrivateFolder } from '../git/private-folder.js';
import type { Problem, RecordKind } from '../schema/types.js';

/** What a file is, decided from its path alone. */
export type FileKind = RecordKind | 'document' | 'impact-document' | 'readme' | 'codeowners' | 'unknown';

/**
 * What the path is on disk. Only regular files are read; symbolic links are never followed.
 */
export type EntryType = 'file' | 'folder' | 'symlink' | 'symlink-outside' | 'special';

export interface SourceFile {
  /** Relative to the network root, with forward slashes. */
  path: string;
  kind: FileKind;
  /** The lab folder the file is in, if any. */
  lab?: string;
  /** The record id the file name gives (file name without extension). */
  id?: string;
  /** What the path is on disk; only regular files are read. */
  entry: EntryType;
  /** The decoded text, when the file could be read. */
  text?: string;
  /** The parsed value, when the YAML parsed without errors. */
  data?: unknown;
  /** Problems reading or parsing the file (the `yaml-syntax` rule reports them). */
  syntaxProblems: Problem[];
  /** Problems against the record's schema (the `schema` rule reports them). */
  schemaProblems: Problem[];
}

/** A record file whose data passed its schema, typed. */
export interface RecordFile<T> extends SourceFile {
  record?: T;
}

export interface LabFolder {
  id: string;
  /** `labs/<id>` */
  dir: string;
  lab?: RecordFile<LabRecord>;
  members: Map<string, RecordFile<MemberRecord>>;
  citizens: Map<string, RecordFile<CitizenRecord>>;
  events: Map<string, RecordFile<EventRecord>>;
  projects: Map<string, RecordFile<ProjectRecord>>;
  reports: Map<string, RecordFile<ReportRecord>>;
  documents: Map<string, SourceFile>;
}

/**
 * The texts of a network's own `templates/` folder, by path within it: a kind's template by
 * its file name, a partial under `partials/`.
 */
export type TemplateFiles = ReadonlyMap<string, string>;

export interface Network {
  /** Absolute path of the folder holding cil.yaml. */
  root: string;
  /** Every file considered, sorted by path. */
  files: SourceFile[];
  config: RecordFile<NetworkConfig>;
  /** The labs loaded: all of them, or the part being judged. */
  labs: Map<string, LabFolder>;
  /** The network's impact reports (`reports/<YYYY>-impact.yaml`), by name, when loaded. */
  impactReports: Map<string, RecordFile<ImpactReportRecord>>;
  /** Their rendered documents (Markdown, of the same name, beside them), by name. */
  impactDocuments: Map<string, SourceFile>;
  /** Every lab folder of the repository, loaded or not. */
  labIds: ReadonlySet<string>;
  /**
   * The network's own templates when they were read with its records (a commit's network,
   * which is not on disk); otherwise they are read from `root` when a document is rendered.
   */
  templates?: TemplateFiles;
  /**
   * What git says of the network's `private/` folder, for the rule that reads it
   * (`private-not-tracked`); undefined outside a git work tree, and when the audit did not ask.
   */
  privateFolder?: PrivateFolder;
}
