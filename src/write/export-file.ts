import { basename, dirname, resolve } from 'node:path';
import { writeFiles } from './write-files.js';

/**
 * Writes an export to a file, relative to the folder cil runs in: to a temporary file beside
 * it first, then renamed into place, so that a reader (a calendar server, a spreadsheet, a
 * cron job's next step) never sees half a file, and an interrupted run leaves the old one.
 */
export function writeExportFile(cwd: string, path: string, text: string): string {
  const target = resolve(cwd, path);
  writeFiles(dirname(target), [{ path: basename(target), text, replaces: true }]);
  return target;
}
