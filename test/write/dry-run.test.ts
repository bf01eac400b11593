import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { commitAll, GIT_IDENTITY, git } from '../helpers/git.js';
import { networkDir } from '../helpers/network.js';
import { member } from '../helpers/records.js';
import { testdir, writeFiles } from '../helpers/testdir.js';

const report = { 'labs/lahore/reports/2026-11-monthly.yaml': 'kind: monthly\nperiod: 2026-11\nsuccesses: [First meetup]\n' };

/** A network in git, with a change staged and another not, as a volunteer's work in progress is. */
function workInProgress(): string {
  const dir = networkDir({ ...member('sara-malik', '2026-11-02'), ...report });
  commitAll(dir);
  writeFiles(dir, { 'labs/lahore/members/zara-khan.yaml': 'name: Zara Khan\njoined: 2026-11-03\nroles: [{ role: member }]\nstatus: active\n' });
  git(dir, 'add', 'labs/lahore/members/zara-khan.yaml');
  writeFiles(dir, { 'notes.txt': 'not staged\n' });
  return dir;
}

const state = (dir: string) => [git(dir, 'status', '--porcelain'), git(dir, 'diff'), git(dir, 'diff', '--cached'), git(dir, 'log', '--format=%H')];

describe('--dry-run', () => {
  it.each([
    ['a new member', ['member', 'add', 'lahore', '--name', 'Hina Baloch', '--gender', 'woman'], ['--- /dev/null', '+++ b/labs/lahore/members/hina-baloch.yaml', '+name: Hina Baloch']],
    ['a warning, an edit of a record', ['member', 'warn', 'lahore', 'sara-malik', '--reason', 'Missed two meetups'], ['--- a/labs/lahore/members/sara-malik.yaml', '+warnings:']],
    [
      'an event, with the report documents it changes',
      ['event', 'add', 'lahore', '--title', 'Budget meetup', '--date', '2026-11-05', '--present', 'ayesha-khan'],
      ['+++ b/labs/lahore/events/2026-11-05-budget-meetup.yaml', '--- a/labs/lahore/reports/2026-11-monthly.md', '+| 5 November 2026 | Budget meetup |'],
    ],
  ])('shows %s as a diff, and leaves the files, the index and the history as they were', async (_name, argv, shown) => {
    const dir = workInProgress();
    // The document is current before, so that what the event changes in it shows.
    expect((await runCli(['report', 'render'], { cwd: dir })).status).toBe(0);
    git(dir, 'add', 'labs/lahore/reports');
    const before = state(dir);
    const run = await runCli([...argv, '--dry-run', '--commit'], { cwd: dir, env: GIT_IDENTITY });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const line of shown) expect(run.stdout).toContain(line);
    expect(run.stdout).toMatch(/Would write \d+ files?; nothing was written \(--dry-run\)\.\n$/);
    expect(state(dir)).toEqual(before);
  });

  it('writes nothing for a new network either', async () => {
    const dir = testdir({});
    const run = await runCli(['init', '--city', 'Multan', '--province', 'Punjab', '--lead-name', 'Ayesha Khan', '--dry-run'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('+++ b/labs/multan/lab.yaml');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says so when nothing would change, and writes nothing', async () => {
    const dir = networkDir();
    const add = ['member', 'add', 'lahore', '--name', 'Hina Baloch', '--joined', '2026-11-05'];
    expect((await runCli(add, { cwd: dir })).status).toBe(0);
    const again = await runCli([...add, '--force'], { cwd: dir });
    expect(again.stderr).toBe('cil: nothing would change: labs/lahore/members/hina-baloch.yaml already says so\n');
    expect(again.status).toBe(2);
  });
});

describe('--format json', () => {
  it('prints what was written, with the records, the commit and what to do next', async () => {
    const dir = networkDir();
    commitAll(dir);
    const run = await runCli(['member', 'add', 'lahore', '--name', 'Hina Baloch', '--commit', '--format', 'json'], { cwd: dir, env: GIT_IDENTITY });
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout) as { written: unknown[]; commit: { id: string; message: string }; dryRun: boolean };
    expect(printed.dryRun).toBe(false);
    expect(printed.written).toEqual([{ path: 'labs/lahore/members/hina-baloch.yaml', kind: 'member', lab: 'lahore', id: 'hina-baloch' }]);
    expect(printed.commit.message).toBe('Add member Hina Baloch to lab lahore');
    expect(git(dir, 'rev-parse', '--short', 'HEAD').trim()).toBe(printed.commit.id);
  });

  it('with --dry-run, holds the diff and says nothing was written', async () => {
    const dir = networkDir();
    const run = await runCli(['member', 'add', 'lahore', '--name', 'Hina Baloch', '--dry-run', '--format', 'json'], { cwd: dir });
    const printed = JSON.parse(run.stdout) as { dryRun: boolean; diff: string; commit: unknown };
    expect(printed).toMatchObject({ dryRun: true, commit: null });
    expect(printed.diff).toContain('+name: Hina Baloch');
    expect(readdirSync(join(dir, 'labs/lahore/members'))).toEqual(['ayesha-khan.yaml']);
  });
});
