import { readFileSync } from 'node:fs';
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

  it('says which paths nobody owns when cil.yaml names no core team, and how to fix it', async () => {
    const dir = networkDir({ ...karachi, 'cil.yaml': 'network: Test Network\n' });
    const run = await runCli(['codeowners'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      "cil: nobody owns `cil.yaml`, `templates/`, `.github/`, `labs/quetta/`, so GitHub asks nobody to review changes to them; name CfP's core team (GitHub handles) in cil.yaml's `core_team`, then run `cil codeowners` again\n",
    );
    expect(readFileSync(join(dir, '.github/CODEOWNERS'), 'utf8')).not.toContain('*');
    expect((await runCli(['codeowners', '--check'], { cwd: networkDir(karachi) })).stderr).toBe('');
  });

  it('writes at the repository root, with paths into the network folder', async () => {
    const repo = testdir({ 'README.md': '# Repo\n' });
    writeFiles(join(repo, 'network'), BASE);
    commitAll(repo);
    await writeCodeowners({ cwd: join(repo, 'network'), asOf: '2026-11-20' });
    expect(readFileSync(join(repo, '.github/CODEOWNERS'), 'utf8')).toContain('/network/ @cfp-core\n/network/labs/lahore/ @ayeshak\n');
  });
});
