import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { CIL_BIN, TEST_TODAY } from '../helpers/cli.js';

const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));

/**
 * Runs cil into `head -c 1`, a reader that stops after the first byte, through a real pipe
 * (a child's own stdio in Node.js is a socket, which holds the whole output): cil's exit code
 * and what it wrote on stderr.
 */
function intoHead(args: string[]): { code: number; stderr: string } {
  const quoted = [process.execPath, CIL_BIN, ...args].map((arg) => `'${arg}'`).join(' ');
  const run = spawnSync('bash', ['-c', `${quoted} | head -c 1 >/dev/null; exit "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
  return { code: run.status ?? -1, stderr: run.stderr };
}

it('stops writing to a reader that has gone, without a crash, and exits with the code of what it found', () => {
  // The example network's SARIF log is about 100 KB: more than a pipe holds, so the writes
  // after the reader has gone fail with EPIPE.
  expect(intoHead(['audit', '-C', EXAMPLES, '--as-of', TEST_TODAY, '--format', 'sarif'])).toEqual({ code: 0, stderr: '' });
  // Three months on, reports are overdue: errors.
  expect(intoHead(['audit', '-C', EXAMPLES, '--as-of', '2027-02-20', '--format', 'sarif'])).toEqual({ code: 1, stderr: '' });
});
