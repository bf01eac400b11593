import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeowners as writeCodeowners } from '../../src/commands/codeowners.js';
import { runCli } from '../helpers/cli.js';
import { commitAll } from '../helpers/git.js';
import { BASE, networkDir } from '../helpers/network.js';
import { member } from '../helpers/records.js';
import { expected, karachi } from '../helpers/codeowners.js';
import { testdir, writeFiles } from '../helpers/testdir.js';

describe('cil codeowners', () => {
  it('owns each lab by its active leads and the rest by the core team', async () => {
    const dir = networkDir(karachi);
    commitAll(dir);
    const result = await writeCodeowners({ cwd: dir, asOf: '2026-11-20' });
    expect(result).toMatchObject({ path: '.github/CODEOWNERS', changed: true, exitCode: 0 });
    expect(readFileSync(join(dir, '.github/CODEOWNERS'), 'utf8')).toBe(expected);
  });

  it('--check writes nothing and fails when the file is stale', async () => {
    const dir = networkDir(karachi);
    expect((await runCli(['codeowners', '--check'], { cwd: dir })).status).toBe(1);
    expect((await runCli(['codeowners'], { cwd: dir })).stdout).toBe('Wrote .github/CODEOWNERS\n');
    expect(await runCli(['codeowners', '--check'], { cwd: dir })).toMatchObject({ status: 0, stdout: '.github/CODEOWNERS is up to date.\n' });
    writeFiles(dir, member('ayesha-khan', '2026-11-01', 'github: ayeshak\nstatus: alumni\nroles: [{ role: organizer, until: 2026-11-10 }]\n'));
    const stale = await runCli(['codeowners', '--check'], { cwd: dir });
    expect(stale.status).toBe(1);
    expect(stale.stdout).toBe('.github/CODEOWNERS is stale or missing; run `cil codeowners` and commit it.\n');
  });

  it.each([
    ['names no core team', { 'cil.yaml': 'network: Test Network\n' }, "cil: cil.yaml: `core_team` names nobody, so nobody would own the network's files"],
    ['names a core team member GitHub cannot read', { 'cil.yaml': 'network: T\ncore_team: [cfp-core, "Nadia CFP"]\n' }, 'cil: cil.yaml: `core_team` holds "Nadia CFP", which is not a GitHub handle'],
    ['names a team with its @', { 'cil.yaml': 'network: T\ncore_team: ["@cfp-core"]\n' }, 'cil: cil.yaml: `core_team` holds "@cfp-core", which is not a GitHub handle'],
    ['does not pass its schema', { 'cil.yaml': 'network: T\ncore_team: [cfp-core]\ntimezone: 5\n' }, 'cil: cil.yaml: it does not pass its schema'],
    ['has a lab folder whose name is a glob', { 'labs/karachi*/lab.yaml': karachi['labs/karachi/lab.yaml'] }, "cil: labs/karachi*/: a lab folder's name is lowercase letters"],
  ])('fails closed when cil.yaml or the labs %s: exit 1, the reason and its fix, nothing written', async (_name, files, reason) => {
    const dir = networkDir({ ...karachi, ...files });
    const run = await runCli(['codeowners'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(reason);
    expect(run.stderr).toMatch(/nothing was written: \.github\/CODEOWNERS would leave paths without an owner/);
    expect(existsSync(join(dir, '.github/CODEOWNERS'))).toBe(false);
    expect((await runCli(['codeowners', '--check'], { cwd: dir })).status).toBe(1);
  });

  it('writes at the repository root, with paths into the network folder', async () => {
    const repo = testdir({ 'README.md': '# Repo\n' });
    writeFiles(join(repo, 'network'), BASE);
    commitAll(repo);
    await writeCodeowners({ cwd: join(repo, 'network'), asOf: '2026-11-20' });
    // Every path of the repository has an owner, not only the network's: a workflow file too.
    expect(readFileSync(join(repo, '.github/CODEOWNERS'), 'utf8')).toContain('\n* @cfp-core\n/network/labs/lahore/ @ayeshak\n');
  });
});
