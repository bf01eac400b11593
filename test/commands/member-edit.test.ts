import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/commands/audit.js';
import { memberEdit } from '../../src/commands/member-edit.js';
import type { Flags } from '../../src/prompt/fields.js';
import { runCli } from '../helpers/cli.js';
import { commitAll, GIT_IDENTITY, git } from '../helpers/git.js';
import { scriptedPrompter } from '../helpers/io.js';
import { networkDir } from '../helpers/network.js';
import { lab, meeting } from '../helpers/records.js';
import { type TestOptions, writeIn } from '../helpers/write.js';

const path = 'labs/lahore/members/sara-malik.yaml';
const sara = [
  '# Sara joined at the first meetup.',
  'name: Sara Malik # as she writes it',
  'joined: 2026-02-01',
  'roles:',
  '  - role: member',
  '    since: 2026-02-01',
  'weekly_hours: 3',
  'skills: [events, outreach] # kept on one line',
  'status: active',
  '',
].join('\n');
const files = { [path]: sara, ...lab('2026-01-01') };
const edit = (dir: string, flags: Flags, options: TestOptions = {}) => writeIn(memberEdit, { lab: 'lahore', member: 'sara-malik' }, '2026-11-20')(dir, flags, options);
const read = (dir: string) => readFileSync(join(dir, path), 'utf8');

describe('cil member edit, by flag', () => {
  it('changes what the flags say and nothing else, keeping comments, order and how lists are written, and commits saying what changed', async () => {
    const dir = networkDir(files);
    commitAll(dir);
    const result = await edit(dir, { github: 'saram', weeklyHours: '5', skill: ['design', 'data'], gender: 'woman' }, { commit: true });
    expect(read(dir)).toBe(
      sara
        .replace('joined:', 'github: saram\njoined:')
        .replace('weekly_hours: 3', 'weekly_hours: 5')
        .replace('skills: [events, outreach]', 'skills: [design, data]')
        .replace('status: active', 'gender: woman\nstatus: active'),
    );
    expect(result.commit?.message).toBe('Edit member Sara Malik of lab lahore: GitHub (none) -> saram; gender (none) -> woman; weekly hours 3 -> 5; skills events, outreach -> design, data');
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });

  it('ends a role on --until and adds one from --since (today unless given), and the audit finds nothing to say', async () => {
    const dir = networkDir(files);
    const result = await edit(dir, { endRole: 'member', until: '2026-11-09', addRole: 'organizer', since: '2026-11-10' });
    expect(read(dir)).toContain('roles:\n  - role: member\n    since: 2026-02-01\n    until: 2026-11-09\n  - role: organizer\n    since: 2026-11-10\nweekly_hours: 3\n');
    await edit(dir, { addRole: 'storyteller' });
    expect(read(dir)).toContain('  - role: storyteller\n    since: 2026-11-20\n');
    expect((await edit(dir, { endRole: 'storyteller' }, { dryRun: true })).dryRun?.[0]?.after).toContain('  - role: storyteller\n    since: 2026-11-20\n    until: 2026-11-20\n');
    expect(result.written[0]).toBe(path);
    const findings = (await audit({ cwd: dir, asOf: '2026-11-20' })).findings.filter((finding) => finding.file === path);
    expect(findings).toEqual([]);
  });

  it.each([
    ['--since without --add-role', { since: '2026-11-01' }, /^--since: it goes with --add-role/],
    ['--until without --end-role', { until: '2026-11-01' }, /^--until: it goes with --end-role/],
    ['a role held already', { addRole: 'member' }, /^--add-role: Sara Malik holds the role member already \(since 2026-02-01\)/],
    ['a role not held', { endRole: 'organizer' }, /^--end-role: Sara Malik does not hold the role `organizer` now \(roles held: member\)/],
    ['a role ended before it began', { endRole: 'member', until: '2026-01-15' }, /^--until: 2026-01-15 is before Sara Malik took the role member \(2026-02-01\)/],
    ['a role from before they joined', { addRole: 'organizer', since: '2026-01-15' }, /^--since: 2026-01-15 is before Sara Malik joined \(2026-02-01\)/],
    ['a value the schema refuses', { github: 'not a handle!' }, /^--github: /],
    ['a day they joined after today', { joined: '2026-12-15' }, /^--joined: 2026-12-15 is after today \(20 November 2026\); give the day they joined$/],
    ['a day they joined before the lab was founded', { joined: '2025-12-01' }, /^--joined: 2025-12-01 is before lab lahore was founded \(2026-01-01\)/],
    ['a day they joined after a role they took', { joined: '2026-11-02', addRole: 'organizer', since: '2026-11-01' }, /^--since: 2026-11-01 is before Sara Malik joined \(2026-11-02\)/],
    ['the same value', { weeklyHours: '3' }, /^nothing would change: labs\/lahore\/members\/sara-malik.yaml already says so$/],
  ])('refuses %s, naming the flag, and writes nothing', async (_name, flags, message) => {
    const dir = networkDir(files);
    await expect(edit(dir, flags)).rejects.toThrow(message);
    expect(read(dir)).toBe(sara);
  });

  it('corrects the day they joined, with the roles taken that day, keeping comments; a day after a later role or an attendance is refused', async () => {
    const dir = networkDir(files);
    commitAll(dir);
    const result = await edit(dir, { joined: '2026-01-15' }, { commit: true });
    expect(read(dir)).toBe(sara.replace('joined: 2026-02-01', 'joined: 2026-01-15').replace('since: 2026-02-01', 'since: 2026-01-15'));
    expect(result.commit?.message).toBe('Edit member Sara Malik of lab lahore: joined 2026-02-01 -> 2026-01-15');
    await edit(dir, { addRole: 'organizer', since: '2026-03-01' });
    await expect(edit(dir, { joined: '2026-04-01' })).rejects.toThrow(/^--joined: 2026-04-01 is after Sara Malik took the role organizer \(2026-03-01\); give the day they joined, on or before it$/);
    const met = networkDir({ ...files, ...meeting('2026-02-10', ['sara-malik']) });
    await expect(edit(met, { joined: '2026-02-20' })).rejects.toThrow(/^nothing was written: the audit would refuse it: .*attendance-while-member: Sara Malik \(sara-malik\) is listed as present on 10 February 2026 but joined the lab only on 20 February 2026/);
  });

  it('removes the skills given an empty list, and says so', async () => {
    const dir = networkDir(files);
    commitAll(dir);
    const result = await edit(dir, { skill: '' }, { commit: true });
    expect(read(dir)).toBe(sara.replace('skills: [events, outreach] # kept on one line\n', ''));
    expect(result.commit?.message).toBe('Edit member Sara Malik of lab lahore: skills events, outreach removed');
  });

  it('refuses a role for a member who is not active, and leaves status to the life-cycle commands', async () => {
    const dir = networkDir({ ...files, [path]: sara.replace('status: active', 'status: alumni\nleft: { date: 2026-10-01 }') });
    await expect(edit(dir, { addRole: 'organizer' })).rejects.toThrow(/Sara Malik \(sara-malik\) is alumni; only an active member takes on a role/);
    await edit(dir, { name: 'Sara B. Malik' });
    expect(read(dir)).toContain('name: Sara B. Malik # as she writes it\n');
    expect(read(dir)).toContain('status: alumni\n');
  });
});

describe('cil member edit, on a terminal', () => {
  it('asks every field with its current value as the default, and Enter keeps it', async () => {
    const dir = networkDir(files);
    // name, GitHub, joined, gender, hours: kept; skills changed; no role taken on; member given up, on the default day.
    const prompter = scriptedPrompter([undefined, undefined, undefined, undefined, undefined, 'design, events', undefined, 'member', undefined]);
    const result = await edit(dir, {}, { prompter });
    const defaults = Object.fromEntries(prompter.asked.map((question) => [question.message, question.default]));
    expect(defaults).toEqual({
      "The member's name, as they write it": 'Sara Malik',
      'GitHub user name (optional)': undefined,
      'Date they joined (YYYY-MM-DD)': '2026-02-01',
      'Gender, as they describe it (optional)': '',
      'Hours a week they commit (optional)': '3',
      'Skills, separated by commas (optional)': 'events, outreach',
      'A role they take on (optional)': '',
      'A role they give up (optional)': '',
      'Date they gave it up (YYYY-MM-DD) (optional)': '2026-11-20',
    });
    expect(prompter.asked.find((question) => question.message.startsWith('A role they give up'))?.choices).toEqual(['', 'member']);
    expect(read(dir)).toContain('skills: [design, events] # kept on one line\n');
    expect(read(dir)).toContain('    until: 2026-11-20\n');
    expect(result.commit).toBeUndefined();
  });

  it('asks nothing when a flag says what changes', async () => {
    const dir = networkDir(files);
    const prompter = scriptedPrompter([]);
    await edit(dir, { weeklyHours: '4' }, { prompter });
    expect(prompter.asked).toEqual([]);
    expect(read(dir)).toContain('weekly_hours: 4\n');
  });
});

describe('cil member edit --dry-run', () => {
  it('prints the diff and leaves the files, the index and the history as they were', async () => {
    const dir = networkDir(files);
    commitAll(dir);
    const state = () => [git(dir, 'status', '--porcelain'), git(dir, 'diff', '--cached'), git(dir, 'log', '--format=%H')];
    const before = state();
    const run = await runCli(['member', 'edit', 'lahore', 'sara-malik', '--add-role', 'organizer', '--dry-run', '--commit'], { cwd: dir, env: GIT_IDENTITY });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('--- a/labs/lahore/members/sara-malik.yaml\n+++ b/labs/lahore/members/sara-malik.yaml\n');
    expect(run.stdout).toContain('+  - role: organizer\n+    since: 2026-11-20\n');
    expect(state()).toEqual(before);
    expect(read(dir)).toBe(sara);
  });
});
