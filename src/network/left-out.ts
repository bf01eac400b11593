import type { SourceFile } from './types.js';

/** A record file a command left out of what it made (a sheet, a calendar, the site), and why, in words for whoever fixes it. */
export interface LeftOut {
  file: string;
  why: string;
}

/**
 * The files among these whose records do not pass their schema: every command that makes
 * something from records leaves them out, and says so, so that a missing row, event or page
 * is not a surprise (the audit says what is wrong).
 */
export function invalidRecords(files: Iterable<SourceFile & { record?: unknown }>): LeftOut[] {
  return [...files].filter((file) => file.record === undefined).map((file) => ({ file: file.path, why: `not a valid ${file.kind} record; \`cil audit\` says why` }));
}
