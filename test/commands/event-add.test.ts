import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/commands/audit.js';
import { eventAdd } from '../../src/commands/event-add.js';
import { periodicReportDraft } from '../../src/commands/report-draft.js';
import { writeIn } from '../helpers/write.js';
import { scriptedPrompter } from '../helpers/io.js';
import { networkDir } from '../helpers/network.js';
import { lab, member } from '../helpers/records.js';

const members = {
  'labs/lahore/members/bilal-ahmed.yaml': 'name: Bilal Ahmed\njoined: 2026-11-01\nroles: [{ role: technologist }]\nstatus: active\n',
  'labs/lahore/members/sara-malik.yaml': 'name: Sara Malik\njoined: 2026-11-01\nroles: [{ role: member }]\nstatus: active\n',
  'labs/lahore/members/old-hand.yaml': 'name: Old Hand\njoined: 2026-11-01\nroles: [{ role: member }]\nstatus: alumni\n',
};
const add = writeIn(eventAdd, { lab: 'lahore' }, '2026-11-20');

describe('cil event add, from flags', () => {
  it('writes events/<date>-<slug>.yaml with attendance and head counts, passing the audit', async () => {
    const dir = networkDir(members);
    const result = await add(dir, {
      title: 'Open Data Meetup',
      date: '2026-11-05',
      venue: 'Lahore Press Club',
      organizers: 'ayesha-khan',
      present: 'ayesha-khan,bilal-ahmed',
      excused: 'sara-malik',
      citizens: '14',
      technologists: '9',
      government: '2',
      women: '8',
      partners: 'pitb',
      takeaway: ['People want the budget as a spreadsheet, not a PDF', 'Bring chai & samosas'],
    });
    expect(result.written).toEqual(['labs/lahore/events/2026-11-05-open-data-meetup.yaml']);
    expect(readFileSync(join(dir, result.written[0] ?? ''), 'utf8')).toBe(
      [
        'title: Open Data Meetup',
        'kind: meetup',
        'date: 2026-11-05',
        'venue: Lahore Press Club',
        'organizers: [ayesha-khan]',
        'partners: [pitb]',
        'attendance:',
        '  present: [ayesha-khan, bilal-ahmed]',
        '  excused: [sara-malik]',
        'audience: {citizens: 14, technologists: 9, government: 2, women: 8}',
        'takeaways:',
        '  - People want the budget as a spreadsheet, not a PDF',
        '  - Bring chai & samosas',
        '',
      ].join('\n'),
    );
    expect((await audit({ cwd: dir, asOf: '2026-11-20' })).findings).toEqual([]);
  });

  it('records times, quoted, and a last day; an end before the start or a last day before the first is refused', async () => {
    const dir = networkDir(members);
    await add(dir, { title: 'Hack weekend', kind: 'hackathon', date: '2026-11-14', starts: '10:00', ends: '16:00', until: '2026-11-15' }, { commit: false });
    const text = readFileSync(join(dir, 'labs/lahore/events/2026-11-14-hack-weekend.yaml'), 'utf8');
    expect(text).toBe('title: Hack weekend\nkind: hackathon\ndate: 2026-11-14\nstarts: "10:00"\nends: "16:00"\nuntil: 2026-11-15\n');
    await expect(add(dir, { title: 'Evening', date: '2026-11-14', starts: '18:00', ends: '09:00' })).rejects.toThrow(/^--ends: 09:00 is not after its start 18:00/);
    await expect(add(dir, { title: 'Evening', date: '2026-11-14', until: '2026-11-13' })).rejects.toThrow(/^--until: 2026-11-13 is before the event's date 2026-11-14/);
    await expect(add(dir, { title: 'Evening', date: '2026-11-14', ends: '20:00' })).rejects.toThrow(/^--ends: an end needs a start/);
  });

  it('takes the kind, today as the date, and marks online events', async () => {
    const dir = networkDir(members);
    const result = await add(dir, { title: 'Monthly call with CfP', kind: 'cfp-call', online: true });
    expect(result.written).toEqual(['labs/lahore/events/2026-11-20-monthly-call-with-cfp.yaml']);
    expect(readFileSync(join(dir, result.written[0] ?? ''), 'utf8')).toMatch(/^kind: cfp-call\ndate: 2026-11-20\nonline: true\n/m);
  });

  it.each([
    [{ present: 'ayesha-khan,nobody-here' }, /^--present: `nobody-here` is not a member of lab lahore/],
    [{ organizers: 'bilal-ahmd' }, /^--organizers: `bilal-ahmd` is not a member of lab lahore; did you mean `bilal-ahmed`\?/],
    [{ organizers: 'BILAL AHMED' }, /^--organizers: `BILAL AHMED` is not a member of lab lahore; did you mean `bilal-ahmed`\?/],
    [{ partners: 'kpitb' }, /^--partners: `kpitb` is not a partner of lab lahore/],
    [{ present: 'sara-malik', excused: 'sara-malik' }, /^--excused: `sara-malik` is also listed as present/],
    [{ citizens: '-3' }, /^--citizens: `citizens` must be at least 0/],
    [{ women: '2.5' }, /^--women: `2.5` is not a whole number/],
    [{ technologists: '6', women: '9' }, /^--women: 9 women is more than the 6 people counted; women are counted among the citizens, technologists and government officials who came/],
    [{ women: '3' }, /^--women: 3 women is more than the 0 people counted/],
    [{ kind: 'party' }, /^--kind: `kind` must be one of: meetup, hack-night/],
    [{ date: '05/11/2026' }, /^--date: `date` must be a real date/],
    [{ present: '../../etc/passwd' }, /^--present: `\.\.\/\.\.\/etc\/passwd` is not a member of lab lahore/],
  ])('refuses %o before writing anything', async (flags, message) => {
    const dir = networkDir(members);
    await expect(add(dir, { title: 'Meetup', ...flags })).rejects.toThrow(message);
    expect(existsSync(join(dir, 'labs/lahore/events'))).toBe(false);
  });

  it.each([
    ['present', { present: 'ayesha-khan' }, 'nobody can have been present or excused'],
    ['excused', { excused: 'sara-malik' }, 'nobody can have been present or excused'],
    ['citizens', { citizens: '14' }, 'nobody can have been counted'],
    ['women', { women: '3' }, 'nobody can have been counted'],
  ])('refuses --%s for an event still to come at once, in the audit\'s words', async (flag, flags, nobody) => {
    const dir = networkDir(members);
    await expect(add(dir, { title: 'December meetup', date: '2026-12-15', ...flags })).rejects.toThrow(
      `--${flag}: the event of 15 December 2026 has not happened yet, so ${nobody}; give --${flag} after it (with \`cil event edit\`), or correct --date`,
    );
    expect(existsSync(join(dir, 'labs/lahore/events'))).toBe(false);
  });

  it('refuses at once a member in the attendance who was not one on the day, in the audit\'s words', async () => {
    const dir = networkDir({ ...members, ...member('omar-farooq', '2026-11-15') });
    await expect(add(dir, { title: 'Meetup', date: '2026-11-05', present: 'ayesha-khan,omar-farooq' })).rejects.toThrow(
      '--present: Omar Farooq (omar-farooq) is listed as present on 5 November 2026 but joined the lab only on 15 November 2026; '
      + 'take them off --present, or correct --date or their `joined` with `cil member edit lahore omar-farooq --joined <date>`',
    );
    await expect(add(dir, { title: 'Meetup', date: '2026-11-05', excused: 'omar-farooq' })).rejects.toThrow(/^--excused: Omar Farooq \(omar-farooq\) is listed as excused on 5 November 2026 but/);
    expect(existsSync(join(dir, 'labs/lahore/events'))).toBe(false);
    await add(dir, { title: 'Meetup', date: '2026-11-16', present: 'ayesha-khan,omar-farooq' });
  });

  it('records a meeting without attendance as held and missed by nobody: the report says so, the audit asks for it', async () => {
    const since = (id: string) => member(id, '2026-09-01', id === 'ayesha-khan' ? 'roles: [{ role: organizer }]\n' : '');
    const dir = networkDir({ ...lab('2026-09-01'), ...since('ayesha-khan'), ...since('sara-malik') });
    await add(dir, { title: 'September meetup', date: '2026-09-05' });
    await add(dir, { title: 'October meetup', date: '2026-10-10' });
    const report = await writeIn(periodicReportDraft('monthly'), { lab: 'lahore' }, '2026-11-05')(dir, { period: '2026-10' });
    const document = readFileSync(join(dir, report.written[1] ?? ''), 'utf8');
    expect(document).toContain('| 10 October 2026 | October meetup | — | — | — |\n\nAttendance not recorded at 1 meeting (shown as —)');
    const findings = (await audit({ cwd: dir, asOf: '2026-11-20' })).findings;
    expect(findings.filter((finding) => finding.rule === 'inactive-member')).toEqual([]);
    expect(findings.filter((finding) => finding.rule === 'attendance-recorded').map(({ severity, file }) => [severity, file])).toEqual([
      ['info', 'labs/lahore/events/2026-09-05-september-meetup.yaml'],
      ['info', 'labs/lahore/events/2026-10-10-october-meetup.yaml'],
    ]);
  });

  it('never overwrites an event of the same day and name', async () => {
    const dir = networkDir(members);
    await add(dir, { title: 'Meetup', date: '2026-11-05' });
    await expect(add(dir, { title: 'Meetup', date: '2026-11-05' })).rejects.toThrow(/2026-11-05-meetup\.yaml already exists/);
    expect(readdirSync(join(dir, 'labs/lahore/events'))).toEqual(['2026-11-05-meetup.yaml']);
  });
});

describe('cil event add, on a terminal', () => {
  it('lists members by name for attendance, and offers only the absent as excused', async () => {
    const dir = networkDir(members);
    const prompter = scriptedPrompter([
      'Hack night',
      'hack-night',
      '2026-11-12',
      '',
      '',
      undefined,
      'Online',
      true,
      ['bilal-ahmed'],
      ['ayesha-khan', 'bilal-ahmed'],
      ['sara-malik'],
      '',
      '12',
      '',
      '3',
      [],
      'We need a designer',
      '',
    ]);
    const result = await add(dir, {}, { prompter });
    const present = prompter.asked.find((question) => question.message.startsWith('Members present'));
    expect(present?.choices).toEqual(['ayesha-khan', 'bilal-ahmed', 'sara-malik']);
    const excused = prompter.asked.find((question) => question.message.startsWith('Members absent'));
    expect(excused?.choices).toEqual(['sara-malik']);
    expect(result.written).toEqual(['labs/lahore/events/2026-11-12-hack-night.yaml']);
    const text = readFileSync(join(dir, result.written[0] ?? ''), 'utf8');
    expect(text).toContain('online: true\n');
    expect(text).toContain('audience: {technologists: 12, women: 3}\n');
    expect(text).toContain('takeaways:\n  - We need a designer\n');
  });

  it('asks neither attendance nor head counts for an event still to come', async () => {
    const dir = networkDir(members);
    // title, kind, date, starts, until, id, venue, online, organizers, partners, takeaway.
    const prompter = scriptedPrompter(['December meetup', 'meetup', '2026-12-15', '', '', undefined, 'Library', false, ['ayesha-khan'], [], 'Bring a projector', '']);
    const result = await add(dir, {}, { prompter });
    expect(prompter.asked.map((question) => question.message).filter((message) => /Members|came/.test(message))).toEqual([]);
    expect(readFileSync(join(dir, result.written[0] ?? ''), 'utf8')).toBe(
      'title: December meetup\nkind: meetup\ndate: 2026-12-15\nvenue: Library\norganizers: [ayesha-khan]\ntakeaways:\n  - Bring a projector\n',
    );
  });

  it('offers for attendance only those who were members on the day', async () => {
    const left = 'roles: [{ role: member, until: 2026-11-10 }]\nstatus: alumni\nleft: { date: 2026-11-10 }\n';
    const dir = networkDir({ ...members, ...member('omar-farooq', '2026-11-15'), ...member('gone-soon', '2026-11-01', left) });
    const prompter = scriptedPrompter(['Meetup', 'meetup', '2026-11-05', '', '', undefined, '', false, [], ['gone-soon'], [], '', '', '', '', [], '']);
    await add(dir, {}, { prompter });
    const choices = (start: string) => prompter.asked.find((question) => question.message.startsWith(start))?.choices;
    expect(choices('Members present')).toEqual(['ayesha-khan', 'bilal-ahmed', 'gone-soon', 'sara-malik']);
    expect(choices('Members absent')).toEqual(['ayesha-khan', 'bilal-ahmed', 'sara-malik']);
  });
});
