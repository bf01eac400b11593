/** The record kinds of the data format, each with its own schema. */
export type RecordKind = 'config' | 'lab' | 'member' | 'citizen' | 'event' | 'project' | 'report' | 'impact';

/** A place inside a record, as keys and list indexes: `['attendance', 'present', 1]`. */
export type RecordPath = readonly (string | number)[];

/** Which node a finding points at: a key (unknown field), a value, or the mapping that lacks a field. */
export type Anchor = 'key' | 'value' | 'parent';

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
