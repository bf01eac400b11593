import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { branchedNetwork } from '../helpers/branches.js';
import { runCli, TEST_TODAY } from '../helpers/cli.js';
import { BASE, networkDir } from '../helpers/network.js';

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

// What tells that a library was loaded: a file of it, or for simple-git (an ES module, which
// the CommonJS cache does not list) of @kwsites/file-exists, its CommonJS dependency.
const PROBES = {
  'yaml': 'yaml',
  'libphonenumber-js': 'libphonenumber-js',
  'simple-git': '@kwsites/file-exists',
  'the Handlebars compiler': 'handlebars/dist/cjs/handlebars/compiler',
};

/**
 * Audits a network in a fresh process (the built cil, as users run it) and tells which of
 * the libraries loaded only on demand it loaded, with the audit's exit code and output.
 */
function audit(dir: string, ...args: string[]): { code: number; output: string; loaded: string[] } {
  const script = `
const { main } = await import(${JSON.stringify(MAIN)});
const { createRequire } = await import('node:module');
let output = '';
const sink = { write: (text) => ((output += text), true), isTTY: false };
const env = { ...process.env, CIL_CACHE: 'off' };
const argv = ['audit', '-C', ${JSON.stringify(dir)}, '--as-of', '${TEST_TODAY}', ...${JSON.stringify(args)}];
const code = await main(argv, { stdout: sink, stderr: sink, cwd: process.cwd(), env });
const files = Object.keys(createRequire(import.meta.url).cache);
const loaded = Object.entries(${JSON.stringify(PROBES)})
  .filter(([, probe]) => files.some((path) => path.includes(\`/node_modules/\${probe}/\`)))
  .map(([name]) => name);
console.log(JSON.stringify({ code: code ?? process.exitCode ?? 0, output, loaded }));
`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as { code: number; output: string; loaded: string[] };
}

describe('libraries the audit loads only when a network needs them', () => {
  it('loads none of them for plain records and current documents, with nothing to report', async () => {
    const dir = networkDir({ 'labs/lahore/reports/2026-11-monthly.yaml': 'kind: monthly\nperiod: 2026-11\nsuccesses: [A first meetup]\n' });
    expect((await runCli(['report', 'render'], { cwd: dir })).status).toBe(0);
    const result = audit(dir);
    expect(result.output).toContain('No problems found in 5 files checked');
    expect(result.loaded).toEqual([]);
  });

  it("loads the Handlebars compiler for a network's own template", async () => {
    const dir = networkDir({
      'labs/lahore/reports/2026-11-monthly.yaml': 'kind: monthly\nperiod: 2026-11\n',
      'templates/monthly.md.hbs': '# {{lab.name}}\n',
    });
    expect((await runCli(['report', 'render'], { cwd: dir })).status).toBe(0);
    const result = audit(dir);
    expect(result.output).toContain('No problems found');
    expect(result.loaded).toEqual(['the Handlebars compiler']);
  });

  it('finds a Pakistani number without libphonenumber-js, and places it without yaml in a plain record', async () => {
    const result = audit(networkDir({ 'labs/lahore/members/ali-raza.yaml': 'name: Ali Raza 0321-7654321\njoined: 2026-11-02\nroles:\n  - role: member\nstatus: active\n' }));
    expect(result.output).toContain('labs/lahore/members/ali-raza.yaml:1:7');
    expect(result.output).toContain('what looks like a phone number');
    expect(result.loaded).toEqual([]);
  });

  it('loads libphonenumber-js for a number with another country\'s code', async () => {
    const result = audit(networkDir({ 'labs/lahore/members/ali-raza.yaml': 'name: Ali Raza +44 20 7946 0958\njoined: 2026-11-02\nroles:\n  - role: member\nstatus: active\n' }));
    expect(result.output).toContain('what looks like a phone number');
    expect(result.loaded).toEqual(['libphonenumber-js']);
  });

  it('loads yaml to place a finding in a record the plain reading gives up on', async () => {
    const result = audit(networkDir({ 'labs/lahore/members/ali-raza.yaml': '"name": Ali Raza 0321-7654321\njoined: 2026-11-02\nroles:\n  - role: member\nstatus: active\n' }));
    expect(result.output).toContain('labs/lahore/members/ali-raza.yaml:1:9');
    expect(result.loaded).toEqual(['yaml']);
  });

  it('loads yaml for a record the fast parser does not take, and reads it the same', async () => {
    const anchored = 'name: &name Ali Raza\njoined: 2026-11-02\nroles:\n  - role: member\nstatus: active\n';
    const result = audit(networkDir({ 'labs/lahore/members/ali-raza.yaml': anchored }));
    expect(result.output).toContain('No problems found');
    expect(result.loaded).toEqual(['yaml']);
  });

  it('loads simple-git for --changed-since', async () => {
    const dir = branchedNetwork(BASE, { 'labs/lahore/members/ali-raza.yaml': 'name: Ali Raza\njoined: 2026-11-02\nroles:\n  - role: member\nstatus: active\n' });
    const result = audit(dir, '--changed-since', 'main');
    expect(result.output).toContain('No problems found in 1 file checked');
    expect(result.loaded).toEqual(['simple-git']);
  });
});
