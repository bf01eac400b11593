import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { commitAll, GIT_IDENTITY, git } from '../helpers/git.js';
import { networkDir } from '../helpers/network.js';
import { testdir } from '../helpers/testdir.js';

describe('writing commands, run as a program without a terminal', () => {
  it('cil init scaffolds, registers and commits, then the audit is clean', async () => {
    const dir = testdir({});
    const run = await runCli(
      ['init', '--city', 'Peshawar', '--province', 'Khyber Pakhtunkhwa', '--lead-name', 'Ayesha Khan', '--commit'],
      { cwd: dir, env: GIT_IDENTITY },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Wrote labs/peshawar/lab.yaml\n');
    expect(run.stdout).toMatch(/Committed [0-9a-f]+: Create the network repo and register lab peshawar/);
    expect(git(dir, 'status', '--porcelain')).toBe('');
    expect((await runCli(['audit'], { cwd: dir })).status).toBe(0);
  });

  it('asks nothing and exits 2 naming the flag when a required value is missing', async () => {
    const dir = networkDir();
    const run = await runCli(['member', 'add', 'lahore'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("cil: --name is missing: the member's name, as they write it; give it, or run the command in a terminal to be asked\n");
    expect(run.stdout).toBe('');
  });

  it('exits 2 for a reference to an unknown member, writing nothing', async () => {
    const dir = networkDir();
    const run = await runCli(['event', 'add', 'lahore', '--title', 'Meetup', '--present', 'nobody'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^cil: --present: `nobody` is not a member of lab lahore/);
    expect(existsSync(join(dir, 'labs/lahore/events'))).toBe(false);
  });

  it('exits 2 with --commit outside a git repository, writing nothing', async () => {
    const dir = networkDir();
    const run = await runCli(['project', 'add', 'lahore', '--name', 'Toilet Finder', '--commit'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^cil: --commit needs a git repository/);
    expect(existsSync(join(dir, 'labs/lahore/projects'))).toBe(false);
  });

  it('takes repeated --takeaway flags', async () => {
    const dir = networkDir();
    const run = await runCli(['event', 'add', 'lahore', '--title', 'Meetup', '--takeaway', 'One, with a comma', '--takeaway', 'Two'], { cwd: dir });
    expect(run.status).toBe(0);
    expect((await runCli(['audit'], { cwd: dir })).status).toBe(0);
  });

  it('unstages what it added and says what was written when a pre-commit hook refuses the commit', async () => {
    const dir = networkDir();
    commitAll(dir);
    writeFileSync(join(dir, '.git/hooks/pre-commit'), '#!/bin/sh\nprintf "\\033[31mtrailing whitespace\\033[0m in a record\\n" >&2\nexit 1\n', { mode: 0o755 });
    const run = await runCli(['project', 'add', 'lahore', '--name', 'Toilet Finder', '--commit'], { cwd: dir, env: GIT_IDENTITY });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^cil: git refused the commit: .*trailing whitespace in a record.*; labs\/lahore\/projects\/toilet-finder\.yaml is written but not committed, and nothing is staged: fix what git says, then run `git add -- labs\/lahore\/projects\/toilet-finder\.yaml` and `git commit`\n$/);
    expect(run.stderr).not.toContain('\u001b');
    expect(git(dir, 'diff', '--cached', '--name-only')).toBe('');
    expect(git(dir, 'status', '--porcelain')).toBe('?? labs/lahore/projects/\n');
  });

  it('waits while another git command holds the index, then commits', async () => {
    const dir = networkDir();
    commitAll(dir);
    const lock = join(dir, '.git/index.lock');
    writeFileSync(lock, '');
    setTimeout(() => rmSync(lock), 500);
    const run = await runCli(['project', 'add', 'lahore', '--name', 'Toilet Finder', '--commit'], { cwd: dir, env: GIT_IDENTITY });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });
});

describe('choices typed in another case', () => {
  it('takes --province punjab as Punjab, and suggests the nearest for a slip', async () => {
    const dir = testdir({});
    const run = await runCli(['init', '--city', 'Multan', '--province', 'punjab', '--lead-name', 'Ayesha Khan', '--dry-run'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('+province: Punjab\n');
    const slip = await runCli(['init', '--city', 'Sukkur', '--province', 'sind', '--lead-name', 'Ali Raza', '--dry-run'], { cwd: dir });
    expect(slip.status).toBe(2);
    expect(slip.stderr).toMatch(/^cil: --province: .*found `sind` \(did you mean `Sindh`\?\)/);
  });
});
