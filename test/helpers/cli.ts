import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const CIL_BIN = fileURLToPath(new URL('../../bin/cil.js', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Wall time of the run, in milliseconds. */
  ms: number;
}

// The audit's cache goes to a folder of the test run, never the user's own.
const CACHE = mkdtempSync(join(tmpdir(), 'cil-test-cache-'));
afterAll(() => rmSync(CACHE, { recursive: true, force: true }));

/** The day tests judge dates as of, so that they do not change as the calendar moves. */
export const TEST_TODAY = '2026-11-20';

/** Runs the built `bin/cil.js` as a user would, without a terminal, as of TEST_TODAY unless told. */
export function runCli(
  given: string[],
  options: { cwd: string; env?: Record<string, string>; input?: string },
): CliRun {
  const args = given.includes('--as-of') ? given : [...given, '--as-of', TEST_TODAY];
  const env: Record<string, string | undefined> = { ...process.env, CIL_CACHE_DIR: CACHE, ...options.env };
  if (!options.env || !('NO_COLOR' in options.env)) delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  const started = Date.now();
  const run = spawnSync(process.execPath, [CIL_BIN, ...args], {
    cwd: options.cwd,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, ms: Date.now() - started };
}
