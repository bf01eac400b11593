import { randomBytes } from 'node:crypto';
import { constants, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError } from '../errors.js';

export interface PlannedFile {
  /** Relative to the network root, forward slashes. */
  path: string;
  text: string;
  /** An edit of a file that exists (an appended .gitignore line), not a new record. */
  replaces?: boolean;
}

// A temporary file is hidden (a dot name, which the audit never lists) and named at random,
// so a reused process id never meets one left by a run that was killed.
const TEMPORARY = /^\..+\.[0-9a-f]{12}\.cil-tmp$/;
const temporaryName = (target: string) => join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.cil-tmp`);
/** A temporary file this old was left by a run that was killed: the next write in its folder removes it. */
const ABANDONED_AFTER_MS = 10 * 60 * 1000;

/**
 * The one place that writes into a network repo. Refuses to overwrite an existing file
 * unless `force` (or the file is a planned edit), so nothing is lost. Each file is written
 * to a temporary file beside it first; then each new file is created exclusively (of two
 * runs writing the same record at once, exactly one succeeds) and each replaced one is
 * renamed into place, so an interrupted run never leaves a half-written record.
 */
export function writeFiles(root: string, files: readonly PlannedFile[], force = false): void {
  const existing = files.filter((file) => !file.replaces && existsSync(join(root, file.path)));
  if (existing.length > 0 && !force) {
    const list = existing.map((file) => file.path).join(', ');
    throw new CliError(`${list} already ${existing.length === 1 ? 'exists' : 'exist'}; nothing was written (use --force to replace)`);
  }
  const staged: { file: PlannedFile; temp: string; target: string }[] = [];
  const created: string[] = [];
  // Each folder is made and swept once, however many of the files go into it (a site's pages).
  const ready = new Set<string>();
  try {
    for (const file of files) {
      const target = join(root, ...file.path.split('/'));
      const folder = dirname(target);
      if (!ready.has(folder)) {
        mkdirSync(folder, { recursive: true });
        removeAbandoned(folder);
        ready.add(folder);
      }
      const temp = temporaryName(target);
      writeFileSync(temp, file.text, { encoding: 'utf8', flag: 'wx' });
      staged.push({ file, temp, target });
    }
    for (const { file, temp, target } of staged) {
      if (file.replaces || force) continue;
      createExclusively(temp, target, file.path);
      created.push(target);
    }
  } catch (error) {
    for (const target of created) rmSync(target, { force: true });
    for (const { temp } of staged) rmSync(temp, { force: true });
    throw error;
  }
  for (const { file, temp, target } of staged) {
    if (file.replaces || force) renameSync(temp, target);
    else rmSync(temp, { force: true });
  }
}

/** Removes files the change replaced under another name (an event whose date changed), once the new ones are written. */
export function removeFiles(root: string, paths: readonly string[]): void {
  for (const path of paths) rmSync(join(root, ...path.split('/')), { force: true });
}

/** Puts a written temporary file in place as a new file, failing if the target exists at that moment. */
function createExclusively(temp: string, target: string, path: string): void {
  try {
    try {
      // A hard link is created whole or not at all, and never over an existing file.
      linkSync(temp, target);
    } catch (error) {
      if (!isCode(error, 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS')) throw error;
      // Where the file system has no hard links, copying without overwriting is still exclusive.
      copyFileSync(temp, target, constants.COPYFILE_EXCL);
    }
  } catch (error) {
    if (!isCode(error, 'EEXIST')) throw error;
    throw new CliError(`${path} was created by something else a moment ago (another cil run?); nothing was written: check it, then run the command again`);
  }
}

/** Removes temporary files that runs killed long ago left in a folder. */
function removeAbandoned(folder: string): void {
  for (const name of readdirSync(folder)) {
    if (!TEMPORARY.test(name)) continue;
    const path = join(folder, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > ABANDONED_AFTER_MS) rmSync(path, { force: true });
    } catch {
      // Removed by another run meanwhile.
    }
  }
}

const isCode = (error: unknown, ...codes: string[]) => codes.includes((error as NodeJS.ErrnoException | undefined)?.code ?? '');
