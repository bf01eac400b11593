import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** File contents by path; `null` leaves a file of the base out. */
export type Files = Record<string, string | Buffer | null>;

const made: string[] = [];

/**
 * Removes the folders made since the last call: test/setup.ts calls it when each test file
 * ends. (A hook registered here would run after the first file only, as the unit tests share
 * their modules across the files of a worker.)
 */
export function removeTestdirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes files into a new temporary folder, removed when the test file ends. */
export function testdir(files: Files): string {
  const dir = mkdtempSync(join(tmpdir(), 'cil-test-'));
  made.push(dir);
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Files): void {
  for (const [path, content] of Object.entries(files)) {
    if (content === null) continue;
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

/**
 * A new temporary folder holding a copy of `dir` (its git repository too): a network built
 * once, with its commits, for tests that each change their own, cheaper than building it again.
 */
export function copyOf(dir: string): string {
  const copy = testdir({});
  cpSync(dir, copy, { recursive: true });
  return copy;
}
