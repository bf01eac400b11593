import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/commands/audit.js';
import { memberOffboard, memberReinstate, memberWarn } from '../../src/commands/member-lifecycle.js';
import { type TestOptions, writeIn } from '../helpers/write.js';
import { commitAll, git } from '../helpers/git.js';
import type { Flags } from '../../src/prompt/fields.js';
import { networkDir } from '../helpers/network.js';
import { meeting } from '../helpers/records.js';

const path = 'labs/lahore/members/sara-malik.yaml';
const sara = [
  '# Sara joined at the first meetup.',
  'name: Sara Malik # as she writes it',
  'joined: 2026-02-01',
  'roles: [{ role: community-organizer }]',
  'status: active',
  'skills: [events, outreach] # kept in this order',
  '',
].join('\n');
const options = (dir: string, extra: TestOptions = {}) => ({ dir, ...extra });
type Options = ReturnType<typeof options>;
const warn = (lab: string, member: string, flags: Flags, { dir, ...extra }: Options) => writeIn(memberWarn, { lab, member }, '2026-11-20')(dir, flags, extra);
const offboard = (lab: string, member: string, flags: Flags, { dir, ...extra }: Options) => writeIn(memberOffboard, { lab, member }, '2026-11-20')(dir, flags, extra);
const reinstate = (lab: string, member: string, flags: Flags, { dir, ...extra }: Options) => writeIn(memberReinstate, { lab, member }, '2026-11-20')(dir, flags, extra);
const read = (dir: string) => readFileSync(join(dir, path), 'utf8');

describe('the member life cycle', () => {
  it('warns, offboards and reinstates, keeping comments and key order', async () => {
    const dir = networkDir({ [path]: sara });
    commitAll(dir);
    await warn('lahore', 'sara-malik', { reason: 'Missed two meetups without notice', date: '2026-06-01' }, options(dir, { commit: true }));
    const warned = await warn('lahore', 'sara-malik', { reason: 'Missed two more' }, options(dir, { commit: true }));
    expect(warned.commit?.message).toBe('Warn member Sara Malik of lab lahore');
    expect(read(dir)).toBe(
      `${sara.replace('status: active\n', 'status: active\nwarnings:\n  - date: 2026-06-01\n    reason: Missed two meetups without notice\n  - date: 2026-11-20\n    reason: Missed two more\n')}`,
    );

    await offboard('lahore', 'sara-malik', { reason: 'Inactive after two warnings', handover: 'Event list to Ayesha', date: '2026-11-21' }, options(dir, { commit: true }));
    const offboarded = read(dir);
    expect(offboarded).toContain('status: offboarded\n');
    expect(offboarded).toContain('offboarded:\n  date: 2026-11-21\n  reason: Inactive after two warnings\n  handover: Event list to Ayesha\n');
    expect(offboarded).toContain('# Sara joined at the first meetup.\nname: Sara Malik # as she writes it\n');
    expect(offboarded).toContain('skills: [events, outreach] # kept in this order\n');

    const back = await reinstate('lahore', 'sara-malik', { terms: 'Attends every meetup for three months', date: '2026-12-01' }, options(dir, { commit: true }));
    expect(back.commit?.message).toBe('Reinstate member Sara Malik of lab lahore');
    expect(read(dir)).toContain('status: active\n');
    expect(read(dir)).toContain('reinstated:\n  - date: 2026-12-01\n    terms: Attends every meetup for three months\n');
    expect(git(dir, 'log', '--format=%s').trim().split('\n')).toEqual([
      'Reinstate member Sara Malik of lab lahore',
      'Offboard member Sara Malik of lab lahore',
      'Warn member Sara Malik of lab lahore',
      'Warn member Sara Malik of lab lahore',
      'Start',
    ]);
    expect((await audit({ cwd: dir, asOf: '2026-12-02' })).findings.filter((finding) => finding.file === path)).toEqual([]);
  });

  it('refuses to offboard before the handbook\'s warnings with exit 1, writing nothing', async () => {
    const dir = networkDir({ [path]: sara });
    await expect(offboard('lahore', 'sara-malik', { reason: 'Quiet', handover: 'None' }, options(dir))).rejects.toMatchObject({
      exitCode: 1,
      message: expect.stringMatching(/^Sara Malik has had 0 formal warnings and the handbook asks for 2 before offboarding; nothing was written/),
    });
    expect(read(dir)).toBe(sara);
  });

  it('offboards early with --force', async () => {
    const dir = networkDir({ [path]: sara });
    await offboard('lahore', 'sara-malik', { reason: 'Asked to leave the lab', handover: 'None needed' }, options(dir, { force: true }));
    expect(read(dir)).toContain('status: offboarded\n');
  });

  it('says when a lead is offboarded', async () => {
    const dir = networkDir();
    const result = await offboard('lahore', 'ayesha-khan', { reason: 'Moved abroad', handover: 'Sara leads' }, options(dir, { force: true }));
    expect(result.notes).toEqual(['Ayesha Khan was a lead of lab lahore: name another lead in labs/lahore/lab.yaml.']);
  });

  it.each([
    ['warn', () => warn, { reason: 'x' }, /Sara Malik \(sara-malik\) is offboarded; only an active member can be warned/],
    ['reinstate an active member', () => reinstate, { terms: 'x' }, /is active, not offboarded/],
  ])('refuses to %s', async (_name, command, flags, message) => {
    const status = _name === 'warn' ? 'status: offboarded\noffboarded: { date: 2026-10-01, reason: Gone, handover: None }\n' : 'status: active\n';
    const dir = networkDir({ [path]: sara.replace('status: active\n', status) });
    await expect(command()('lahore', 'sara-malik', flags, options(dir))).rejects.toThrow(message);
  });

  it('refuses a date before the member joined, and a missing reason without a terminal', async () => {
    const dir = networkDir({ [path]: sara });
    await expect(warn('lahore', 'sara-malik', { reason: 'x', date: '2026-01-01' }, options(dir))).rejects.toThrow(/^--date: 2026-01-01 is before the day they joined \(2026-02-01\)/);
    await expect(warn('lahore', 'sara-malik', {}, options(dir))).rejects.toThrow(/^--reason is missing/);
    expect(read(dir)).toBe(sara);
  });

  it('starts a fresh count on reinstatement: the misses that led to offboarding call for no new warning', async () => {
    const dates = ['2026-03-07', '2026-04-04', '2026-05-02', '2026-06-06', '2026-07-04', '2026-08-01'];
    const misses = dates.map((date) => meeting(date, ['ayesha-khan']));
    const dir = networkDir(Object.assign({ [path]: sara }, ...misses));
    const due = async (asOf: string) =>
      (await audit({ cwd: dir, asOf })).findings.filter((finding) => finding.file === path).map((finding) => finding.rule);
    await warn('lahore', 'sara-malik', { reason: 'Missed March and April', date: '2026-04-10' }, options(dir));
    await warn('lahore', 'sara-malik', { reason: 'Missed May and June', date: '2026-06-10' }, options(dir));
    expect(await due('2026-08-05')).toEqual(['offboarding-due']);
    await offboard('lahore', 'sara-malik', { reason: 'Inactive after two warnings', handover: 'None', date: '2026-08-10' }, options(dir));
    await reinstate('lahore', 'sara-malik', { terms: 'Comes to every meetup', date: '2026-09-01' }, options(dir));
    expect(await due('2026-09-02')).toEqual([]);
  });

  it('clears an inactive-member finding once the warning is recorded', async () => {
    const dir = networkDir({ [path]: sara, ...meeting('2026-09-05', ['ayesha-khan']), ...meeting('2026-10-10', ['ayesha-khan']) });
    const rules = async () => (await audit({ cwd: dir, asOf: '2026-11-20' })).findings.map((finding) => finding.rule);
    expect(await rules()).toContain('inactive-member');
    await warn('lahore', 'sara-malik', { reason: 'Missed the September and October meetups' }, options(dir));
    expect(await rules()).not.toContain('inactive-member');
  });
});
