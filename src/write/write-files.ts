import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CliError } from '../errors.js';

export interface PlannedFile {
  /** Relative to the network root, forward slashes. */
  path: string;
  text: string;
  /** An edit of a file that exists (an appended .gitignore line), not a new record. */
  replaces?: boolean;
}

/**
 * The one place that writes into a network repo. Refuses to overwrite an existing file
 * unless `force` (or the file is a planned edit), so nothing is lost. Each file is written
 * to a temporary file beside it and renamed into place only after every temporary file
 * was written, so an interrupted run never leaves a half-written record.
 */
export function writeFiles(root: string, files: readonly PlannedFile[], force = false): void {
  const existing = files.filter((file) => !file.replaces && existsSync(join(root, file.path)));
  if (existing.length > 0 && !force) {
    const list = existing.map((file) => file.path).join(', ');
    throw new CliError(`${list} already ${existing.length === 1 ? 'exists' : 'exist'}; nothing was written (use --force to replace)`);
  }
  const temporary: [string, string][] = [];
  try {
    for (const file of files) {
      const target = join(root, ...file.path.split('/'));
      mkdirSync(dirname(target), { recursive: true });
      const temp = `${target}.${process.pid}.cil-tmp`;
      temporary.push([temp, target]);
      writeFileSync(temp, file.text, { encoding: 'utf8', flag: 'wx' });
    }
  } catch (error) {
    for (const [temp] of temporary) rmSync(temp, { force: true });
    throw error;
  }
  for (const [temp, target] of temporary) renameSync(temp, target);
}
