import type {
  EventRecord,
  LabRecord,
  MemberRecord,
  NetworkConfig,
  ProjectRecord,
  ReportRecord,
} from '../schema/records.generated.js';

/** A place inside a record, as keys and list indexes: `['attendance', 'present', 1]`. */
export type RecordPath = readonly (string | number)[];

/** Which node a finding points at: a key (unknown field), a value, or the mapping that lacks a field. */
export type Anchor = 'key' | 'value' | 'parent';

/** The record kinds of the data format, each with its own schema. */
export type RecordKind = 'config' | 'lab' | 'member' | 'event' | 'project' | 'report';

/** What a file is, decided from its path alone. */
export type FileKind = RecordKind | 'document' | 'readme' | 'codeowners' | 'unknown';

/**
 * What the path is on disk. Only regular files are read; symbolic links are never followed.
 */
export type EntryType = 'file' | 'folder' | 'symlink' | 'symlink-outside' | 'special';

/**
 * Where in a file something is: a place in the record (`path`), a character offset in the
 * text, or an explicit line and column. None of them means the whole file.
 */
export interface Place {
  path?: RecordPath;
  anchor?: Anchor;
  offset?: number;
  line?: number;
  column?: number;
}

/** A problem found while reading, parsing or validating one file. */
export interface Problem extends Place {
  message: string;
}

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
  events: Map<string, RecordFile<EventRecord>>;
  projects: Map<string, RecordFile<ProjectRecord>>;
  reports: Map<string, RecordFile<ReportRecord>>;
  documents: Map<string, SourceFile>;
}

export interface Network {
  /** Absolute path of the folder holding cil.yaml. */
  root: string;
  /** Every file considered, sorted by path. */
  files: SourceFile[];
  config: RecordFile<NetworkConfig>;
  /** The labs loaded: all of them, or the part being judged. */
  labs: Map<string, LabFolder>;
  /** Every lab folder of the repository, loaded or not. */
  labIds: ReadonlySet<string>;
}
