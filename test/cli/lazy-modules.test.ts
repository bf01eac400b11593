import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../helpers/cli.js';
import { networkDir } from '../helpers/network.js';

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

/**
 * Audits a network in a fresh process (the built cil, as users run it) and tells which of
 * the libraries loaded only on demand it loaded, with the audit's exit code and output.
 */
function audit(dir: string): { code: number; output: string; loaded: string[] } {
  const script = `
const { main } = await import(${JSON.stringify(MAIN)});
const { createRequire } = await import('node:module');
let output = '';
const sink = { write: (text) => ((output += text), true), isTTY: false };
const env = { ...process.env, CIL_CACHE: 'off' };
const code = await main(['audit', '-C', ${JSON.stringify(dir)}, '--as-of', '${TEST_TODAY}'], { stdout: sink, stderr: sink, cwd: process.cwd(), env });
const loaded = ['yaml', 'libphonenumber-js'].filter((name) =>
  Object.keys(createRequire(import.meta.url).cache).some((path) => path.includes(\`/node_modules/\${name}/\`)));
console.log(JSON.stringify({ code: code ?? process.exitCode ?? 0, output, loaded }));
`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as { code: number; output: string; loaded: string[] };
}

describe('libraries the audit loads only when a network needs them', () => {
  it('loads neither yaml nor libphonenumber-js for plain records with nothing to report', () => {
    const result = audit(networkDir());
    expect(result.output).toContain('No problems found');
    expect(result.loaded).toEqual([]);
  });

  it('loads libphonenumber-js for a text with seven digits in a row, and yaml to place the finding', () => {
    const result = audit(networkDir({ 'labs/lahore/members/ali-raza.yaml': 'name: Ali Raza 0321-7654321\njoined: 2026-11-02\nroles:\n  - role: member\nstatus: active\n' }));
    expect(result.output).toContain('labs/lahore/members/ali-raza.yaml:1');
    expect(result.output).toContain('what looks like a phone number');
    expect(result.loaded).toEqual(['yaml', 'libphonenumber-js']);
  });

  it('loads yaml for a record the fast parser does not take, and reads it the same', () => {
    const anchored = 'name: &name Ali Raza\njoined: 2026-11-02\nroles:\n  - role: member\nstatus: active\n';
    const result = audit(networkDir({ 'labs/lahore/members/ali-raza.yaml': anchored }));
    expect(result.output).toContain('No problems found');
    expect(result.loaded).toEqual(['yaml']);
  });
});
