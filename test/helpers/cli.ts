import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/main.js';
import { testdir } from './testdir.js';

export const CIL_BIN = fileURLToPath(new URL('../../bin/cil.js', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

// The audit's cache goes to a folder of the test file, never the user's own: a new one when
// the last file's folders were removed.
let cache: string | undefined;
const cacheDir = () => (cache !== undefined && existsSync(cache) ? cache : (cache = testdir({})));

/** The day tests judge dates as of, so that they do not change as the calendar moves. */
export const TEST_TODAY = '2026-11-20';

interface RunOptions {
  cwd: string;
  env?: Record<string, string>;
  input?: string;
}

const withToday = (args: readonly string[]) => (args.includes('--as-of') || args.some((arg) => arg.startsWith('--as-of=')) ? [...args] : [...args, '--as-of', TEST_TODAY]);

/**
 * Runs cil in this process, through `main(argv, io)` as bin/cil.js does, without a
 * terminal, as of TEST_TODAY unless told: what a user sees, without starting a process.
 */
export async function runCli(given: readonly string[], options: RunOptions): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const stdin = Object.assign(Readable.from([options.input ?? '']), { isTTY: false });
  const status = await main(withToday(given), {
    cwd: options.cwd,
    env: { CIL_CACHE_DIR: cacheDir(), ...options.env },
    stdin,
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
  });
  return { status, stdout, stderr };
}

/**
 * Runs the built `bin/cil.js` in a process of its own, for what only a process shows: its
 * exit code end to end, start-up, worker threads, what it loads.
 */
export function spawnCli(given: readonly string[], options: RunOptions): CliRun {
  const env: Record<string, string | undefined> = { ...process.env, CIL_CACHE_DIR: cacheDir(), ...options.env };
  if (!options.env || !('NO_COLOR' in options.env)) delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  const run = spawnSync(process.execPath, [CIL_BIN, ...withToday(given)], {
    cwd: options.cwd,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  // A process stopped (by the time limit, or a signal) printed only part of what it had to:
  // said as that, not as output that differs.
  if (run.error !== undefined || run.signal !== null) {
    throw new Error(`cil ${given.join(' ')} did not finish: ${run.error?.message ?? `stopped by ${run.signal}`}; it printed ${run.stdout.length} characters`);
  }
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
