import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/commands/audit.js';
import { memberLeave, memberOffboard, memberReinstate, memberWarn } from '../../src/commands/member-lifecycle.js';
import { type TestOptions, writeIn } from '../helpers/write.js';
import { commitAll, git } from '../helpers/git.js';
import { scriptedPrompter } from '../helpers/io.js';
import type { Flags } from '../../src/prompt/fields.js';
import { networkDir } from '../helpers/network.js';
import { lab, meeting } from '../helpers/records.js';

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
// Sara joined in February: a lab founded before her, for the tests that audit her record.
const foundedEarly = lab('2026-01-01');
type Options = ReturnType<typeof options>;
const warn = (lab: string, member: string, flags: Flags, { dir, ...extra }: Options) => writeIn(memberWarn, { lab, member }, '2026-11-20')(dir, flags, extra);
const offboard = (lab: string, member: string, flags: Flags, { dir, ...extra }: Options) => writeIn(memberOffboard, { lab, member }, '2026-11-20')(dir, flags, extra);
const reinstate = (lab: string, member: string, flags: Flags, { dir, ...extra }: Options) => writeIn(memberReinstate, { lab, member }, '2026-11-20')(dir, flags, extra);
const leave = (lab: string, member: string, flags: Flags, { dir, ...extra }: Options) => writeIn(memberLeave, { lab, member }, '2026-11-20')(dir, flags, extra);
const read = (dir: string, file = path) => readFileSync(join(dir, file), 'utf8');

describe('the member life cycle', () => {
  it('warns, offboards and reinstates, keeping comments and key order', async () => {
    const dir = networkDir({ [path]: sara, ...foundedEarly });
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
    const dir = networkDir(Object.assign({ [path]: sara, ...foundedEarly }, ...misses));
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

describe('cil member leave', () => {
  const labPath = 'labs/lahore/lab.yaml';
  const coLed = (dir: string) => readFileSync(join(dir, labPath), 'utf8');
  const findingsOn = async (dir: string, file: string, asOf = '2026-11-21') =>
    (await audit({ cwd: dir, asOf })).findings.filter((finding) => finding.file === file).map((finding) => finding.rule);

  it('records a departure without warnings: alumni, roles ended that day, the reason kept, comments kept', async () => {
    const dir = networkDir({ [path]: sara, ...foundedEarly });
    commitAll(dir);
    const result = await leave('lahore', 'sara-malik', { date: '2026-11-10', reason: 'Moved to Karachi for work' }, options(dir, { commit: true }));
    expect(result.commit?.message).toBe('Record that member Sara Malik left lab lahore');
    expect(result.written).toEqual([path]);
    expect(result.notes).toEqual([]);
    expect(read(dir)).toBe(
      sara
        .replace('roles: [{ role: community-organizer }]', 'roles: [{role: community-organizer, until: 2026-11-10}]')
        .replace('status: active\n', 'status: alumni\nleft:\n  date: 2026-11-10\n  reason: Moved to Karachi for work\n'),
    );
    expect(await findingsOn(dir, path)).toEqual([]);
  });

  it('ends only the roles still held, and takes today without a reason', async () => {
    const roles = 'roles:\n  - role: technologist\n    until: 2026-05-31\n  - role: delivery-lead\n    since: 2026-06-01\n';
    const dir = networkDir({ [path]: sara.replace('roles: [{ role: community-organizer }]\n', roles) });
    await leave('lahore', 'sara-malik', {}, options(dir));
    expect(read(dir)).toContain('  - role: technologist\n    until: 2026-05-31\n  - role: delivery-lead\n    since: 2026-06-01\n    until: 2026-11-20\n');
    expect(read(dir)).toContain('status: alumni\nleft:\n  date: 2026-11-20\n');
  });

  it('hands a lead\'s place to the new lead named, keeping lab.yaml\'s comments', async () => {
    const dir = networkDir({ [path]: sara, [labPath]: `# Our lab\n${coLed(networkDir())}`.replace('leads: [ayesha-khan]', 'leads: [ayesha-khan] # who leads') });
    commitAll(dir);
    const result = await leave('lahore', 'ayesha-khan', { reason: 'Studies abroad', newLead: 'sara-malik' }, options(dir, { commit: true }));
    expect(result.commit?.message).toBe('Record that member Ayesha Khan left lab lahore, with Sara Malik as lead');
    expect(result.written).toEqual(['labs/lahore/members/ayesha-khan.yaml', labPath]);
    expect(coLed(dir)).toMatch(/^# Our lab\n[^]*\nleads: \[sara-malik\] # who leads\n/);
    expect(result.notes).toEqual([]);
    expect(await findingsOn(dir, labPath)).toEqual([]);
  });

  it('without a new lead, says the lab has none, and lab-has-lead reports it', async () => {
    const dir = networkDir({ [path]: sara });
    const before = coLed(dir);
    const result = await leave('lahore', 'ayesha-khan', { date: '2026-11-20' }, options(dir));
    expect(result.written).toEqual(['labs/lahore/members/ayesha-khan.yaml']);
    expect(coLed(dir)).toBe(before);
    expect(result.notes).toEqual([
      "Ayesha Khan was the last active lead of lab lahore, which now has no lead: name one in labs/lahore/lab.yaml's `leads` (the audit reports it until then).",
    ]);
    expect(await findingsOn(dir, labPath)).toEqual(['lab-has-lead', 'lab-has-lead']);
  });

  it('gives up a lead\'s place when another lead remains', async () => {
    const dir = networkDir({ [path]: sara });
    writeFileSync(join(dir, labPath), coLed(dir).replace('leads: [ayesha-khan]', 'leads: [ayesha-khan, sara-malik]'));
    const result = await leave('lahore', 'ayesha-khan', {}, options(dir));
    expect(coLed(dir)).toContain('leads: [sara-malik]\n');
    expect(result.notes).toEqual([]);
  });

  it('asks a leaving lead on a terminal who leads now, among the active members', async () => {
    const dir = networkDir({ [path]: sara, 'labs/lahore/members/old-hand.yaml': 'name: Old Hand\njoined: 2026-01-10\nroles: [{ role: member, until: 2026-06-30 }]\nstatus: alumni\n' });
    const prompter = scriptedPrompter([undefined, 'Studies abroad', 'sara-malik']);
    await leave('lahore', 'ayesha-khan', {}, options(dir, { prompter }));
    const asked = prompter.asked.find((question) => question.message.startsWith('Who leads the lab now'));
    expect(asked?.choices).toEqual(['', 'sara-malik']);
    expect(coLed(dir)).toContain('leads: [sara-malik]\n');
  });

  it.each([
    ['a new lead for a member who does not lead', 'sara-malik', { newLead: 'ayesha-khan' }, /^--new-lead: Sara Malik is not a lead of lab lahore/],
    ['a new lead who is not a member', 'ayesha-khan', { newLead: 'sara-malk' }, /^--new-lead: `sara-malk` is not a member of lab lahore; did you mean `sara-malik`\?/],
    ['the leaving lead as the new one', 'ayesha-khan', { newLead: 'ayesha-khan' }, /^--new-lead: Ayesha Khan is the one leaving/],
    ['a date before they joined', 'sara-malik', { date: '2026-01-01' }, /^--date: 2026-01-01 is before the day they joined/],
  ])('refuses %s, writing nothing', async (_name, who, flags, message) => {
    const dir = networkDir({ [path]: sara });
    const before = [read(dir), coLed(dir)];
    await expect(leave('lahore', who, flags, options(dir))).rejects.toThrow(message);
    expect([read(dir), coLed(dir)]).toEqual(before);
  });

  it('refuses a member who is not active', async () => {
    const dir = networkDir({ [path]: sara.replace('status: active\n', 'status: offboarded\noffboarded: { date: 2026-10-01, reason: Gone, handover: None }\n') });
    await expect(leave('lahore', 'sara-malik', {}, options(dir))).rejects.toThrow(/Sara Malik \(sara-malik\) is offboarded; only an active member can be recorded as leaving/);
  });
});
