import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/commands/audit.js';
import { eventEdit } from '../../src/commands/event-edit.js';
import type { Flags } from '../../src/prompt/fields.js';
import type { EventRecord } from '../../src/schema/records.generated.js';
import { mergeAttendance } from '../../src/write/event-attendance.js';
import { runCli } from '../helpers/cli.js';
import { commitAll, GIT_IDENTITY, git } from '../helpers/git.js';
import { scriptedPrompter } from '../helpers/io.js';
import { networkDir } from '../helpers/network.js';
import { member } from '../helpers/records.js';
import { writeFiles } from '../helpers/testdir.js';
import { type TestOptions, writeIn } from '../helpers/write.js';

const path = 'labs/lahore/events/2026-11-07-budget-meetup.yaml';
const meetup = [
  '# Our first meetup on the city budget.',
  'title: Budget meetup',
  'kind: meetup',
  'date: 2026-11-07',
  'venue: Alhamra # the small hall',
  'attendance:',
  '  present: [ayesha-khan, bilal-ahmed]',
  '  excused: [sara-malik]',
  'audience: { citizens: 6, technologists: 4, women: 3 }',
  'takeaways:',
  '  - People want the budget in Urdu',
  '',
].join('\n');
const files = { ...member('sara-malik', '2026-11-02'), ...member('bilal-ahmed', '2026-11-02'), [path]: meetup };
const edit = (dir: string, flags: Flags, options: TestOptions = {}, event = '2026-11-07-budget-meetup') =>
  writeIn(eventEdit, { lab: 'lahore', event }, '2026-11-20')(dir, flags, options);
const read = (dir: string, file = path) => readFileSync(join(dir, file), 'utf8');
const events = (dir: string) => readdirSync(join(dir, 'labs/lahore/events'));

describe('cil event edit, by flag', () => {
  it('changes what the flags say, keeping comments, order and how lists are written, and commits saying what changed', async () => {
    const dir = networkDir(files);
    commitAll(dir);
    const result = await edit(dir, { title: 'City budget meetup', link: ['https://example.org/photos'], online: 'yes', partners: 'pitb' }, { commit: true });
    expect(read(dir)).toBe(
      meetup
        .replace('title: Budget meetup', 'title: City budget meetup')
        .replace('date: 2026-11-07\n', 'date: 2026-11-07\nonline: true\n')
        .replace('venue: Alhamra # the small hall\n', 'venue: Alhamra # the small hall\npartners:\n  - pitb\n')
        .concat('links:\n  - https://example.org/photos\n'),
    );
    expect(result.commit?.message).toBe(
      'Edit event City budget meetup (2026-11-07) of lab lahore: title Budget meetup -> City budget meetup; held online; partners (none) -> pitb; links (none) -> https://example.org/photos',
    );
    expect(git(dir, 'status', '--porcelain')).toBe('');
    await edit(dir, { online: 'no' });
    expect(read(dir)).not.toContain('online:');
  });

  it('corrects attendance: a member added to one list leaves the other, and a list given whole replaces it', async () => {
    const dir = networkDir(files);
    const result = await edit(dir, { addPresent: 'sara-malik', removePresent: 'bilal-ahmed', addExcused: 'bilal-ahmed', citizens: '8' }, { commit: false });
    expect(read(dir)).toContain('attendance:\n  present: [ayesha-khan, sara-malik]\n  excused: [bilal-ahmed]\naudience: {citizens: 8, technologists: 4, women: 3}\n');
    expect(result.written).toContain(path);
    await edit(dir, { present: 'ayesha-khan,bilal-ahmed', excused: 'sara-malik' });
    expect(read(dir)).toContain('attendance:\n  present: [ayesha-khan, bilal-ahmed]\n  excused: [sara-malik]\n');
    await edit(dir, { removeExcused: 'sara-malik' });
    expect(read(dir)).toContain('attendance:\n  present: [ayesha-khan, bilal-ahmed]\naudience:');
    // A list given whole takes its members out of the other, when that one is kept as it is.
    await edit(dir, { excused: 'bilal-ahmed' });
    expect(read(dir)).toContain('attendance:\n  present: [ayesha-khan]\n  excused: [bilal-ahmed]\naudience:');
    await edit(dir, { present: 'ayesha-khan,bilal-ahmed' });
    expect(read(dir)).toContain('attendance:\n  present: [ayesha-khan, bilal-ahmed]\naudience:');
    expect((await audit({ cwd: dir, asOf: '2026-11-20' })).findings.filter((finding) => finding.file === path && finding.severity === 'error')).toEqual([]);
  });

  it('renames the file when the date changes, in one commit', async () => {
    const dir = networkDir(files);
    commitAll(dir);
    const result = await edit(dir, { date: '2026-11-08' }, { commit: true });
    const renamed = 'labs/lahore/events/2026-11-08-budget-meetup.yaml';
    expect(events(dir)).toEqual(['2026-11-08-budget-meetup.yaml']);
    expect(read(dir, renamed)).toBe(meetup.replace('date: 2026-11-07', 'date: 2026-11-08'));
    expect(result.written).toEqual([renamed]);
    expect(result.removed).toEqual([path]);
    expect(result.commit?.message).toBe('Edit event Budget meetup (2026-11-08) of lab lahore: date 2026-11-07 -> 2026-11-08; file renamed to 2026-11-08-budget-meetup.yaml');
    expect(git(dir, 'show', '--name-status', '--format=', '-M', 'HEAD').trim()).toMatch(new RegExp(`^R\\d+\t${path}\t${renamed}$`));
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });

  it('renames a file that was never committed, and commits the new one', async () => {
    const dir = networkDir({ ...files, [path]: null });
    commitAll(dir);
    const untracked = 'labs/lahore/events/2026-11-09-hack-night.yaml';
    writeFiles(dir, { [untracked]: 'title: Hack night\nkind: hack-night\ndate: 2026-11-09\n' });
    await edit(dir, { date: '2026-11-10' }, { commit: true }, '2026-11-09-hack-night');
    expect(git(dir, 'show', '--name-status', '--format=', 'HEAD').trim()).toBe('A\tlabs/lahore/events/2026-11-10-hack-night.yaml');
    expect(existsSync(join(dir, untracked))).toBe(false);
  });

  it('removes a list given empty', async () => {
    const dir = networkDir(files);
    const result = await edit(dir, { takeaway: [''], organizers: '' }, { commit: false });
    expect(read(dir)).toBe(meetup.replace('takeaways:\n  - People want the budget in Urdu\n', ''));
    expect(result.written).toEqual([path]);
  });

  it('sets times (quoted, where the schema puts them), then takes them off again', async () => {
    const dir = networkDir(files);
    await edit(dir, { starts: '18:00', ends: '20:30', until: '2026-11-08' }, { commit: false });
    expect(read(dir)).toBe(meetup.replace('date: 2026-11-07\n', 'date: 2026-11-07\nstarts: "18:00"\nends: "20:30"\nuntil: 2026-11-08\n'));
    commitAll(dir);
    const result = await edit(dir, { allDay: true, until: '2026-11-07' }, { commit: true });
    expect(read(dir)).toBe(meetup);
    expect(result.commit?.message).toBe('Edit event Budget meetup (2026-11-07) of lab lahore: starts 18:00 removed; ends 20:30 removed; until 2026-11-08 removed');
  });

  it('finds an event by the name after its date, when only one has it', async () => {
    const dir = networkDir(files);
    await edit(dir, { venue: 'Alhamra Hall 2' }, {}, 'budget-meetup');
    expect(read(dir)).toContain('venue: Alhamra Hall 2 # the small hall\n');
  });

  it.each([
    ['an event that is not there', {}, 'no-such-event', /^there is no event `no-such-event` in lab lahore; `cil event list lahore` lists its events/],
    ['a member who is not one', { addPresent: 'sara-malk' }, undefined, /^--add-present: `sara-malk` is not a member of lab lahore; did you mean `sara-malik`\?/],
    ['taking off a member who is not listed', { removePresent: 'sara-malik' }, undefined, /^--remove-present: `sara-malik` is not listed as present \(present: ayesha-khan, bilal-ahmed\)/],
    ['a member in both lists given whole', { present: 'bilal-ahmed,sara-malik', excused: 'sara-malik,ayesha-khan' }, undefined, /^`sara-malik` would be both present and excused/],
    ['a member added to both lists', { addPresent: 'sara-malik', addExcused: 'sara-malik' }, undefined, /^`sara-malik` is given with both --add-present and --add-excused/],
    ['more women than people', { women: '20' }, undefined, /^--women: 20 women is more than the 10 people counted/],
    ['a date before the lab was founded', { date: '2026-10-01' }, undefined, /^--date: 2026-10-01 is before lab lahore was founded/],
    ['an end before the start', { starts: '18:00', ends: '17:00' }, undefined, /^--ends: 17:00 is not after its start 18:00; give --until for an event over several days/],
    ['an end without a start', { ends: '17:00' }, undefined, /^--ends: an end needs a start: give --starts too/],
    ['a time that is none', { starts: '7pm' }, undefined, /^--starts: `starts` has the wrong form: `7pm`; expected a time of day written HH:MM/],
    ['a last day before the first', { until: '2026-11-06' }, undefined, /^--until: 2026-11-06 is before the event's date 2026-11-07/],
    ['the same value', { title: 'Budget meetup' }, undefined, /^nothing would change: labs\/lahore\/events\/2026-11-07-budget-meetup.yaml already says so$/],
  ])('refuses %s, naming the flag, and writes nothing', async (_name, flags, event, message) => {
    const dir = networkDir(files);
    await expect(edit(dir, flags, {}, event)).rejects.toThrow(message);
    expect(read(dir)).toBe(meetup);
  });

  it('refuses at once attendance of someone not yet a member that day, and attendance or head counts of an event still to come', async () => {
    const later = 'labs/lahore/events/2026-12-05-hack-night.yaml';
    const dir = networkDir({ ...files, ...member('omar-farooq', '2026-11-15'), [later]: 'title: Hack night\nkind: hack-night\ndate: 2026-12-05\n' });
    await expect(edit(dir, { addPresent: 'omar-farooq' })).rejects.toThrow(
      /^--add-present: Omar Farooq \(omar-farooq\) is listed as present on 7 November 2026 but joined the lab only on 15 November 2026; take them off --add-present/,
    );
    await expect(edit(dir, { excused: 'omar-farooq' })).rejects.toThrow(/^--excused: Omar Farooq \(omar-farooq\) is listed as excused on 7 November 2026/);
    await expect(edit(dir, { citizens: '12' }, {}, '2026-12-05-hack-night')).rejects.toThrow(
      /^--citizens: the event of 5 December 2026 has not happened yet, so nobody can have been counted/,
    );
    await expect(edit(dir, { addExcused: 'sara-malik' }, {}, '2026-12-05-hack-night')).rejects.toThrow(
      /^--add-excused: the event of 5 December 2026 has not happened yet, so nobody can have been present or excused/,
    );
    expect(read(dir)).toBe(meetup);
  });

  it('refuses a new date whose file exists, and an undated name that several events have', async () => {
    const other = 'labs/lahore/events/2026-11-08-budget-meetup.yaml';
    const dir = networkDir({ ...files, [other]: 'title: Budget meetup again\nkind: meetup\ndate: 2026-11-08\n' });
    await expect(edit(dir, { date: '2026-11-08' })).rejects.toThrow(`--date: ${other} exists already, so this event cannot be renamed to it`);
    await expect(edit(dir, { venue: 'Hall' }, {}, 'budget-meetup')).rejects.toThrow(/several events are named so: 2026-11-07-budget-meetup, 2026-11-08-budget-meetup, so give the whole id/);
    expect(events(dir)).toEqual(['2026-11-07-budget-meetup.yaml', '2026-11-08-budget-meetup.yaml']);
  });
});

describe('cil event edit --attendance-from', () => {
  // Sara was marked excused but signed in; a guest, a contact column and an Urdu name for Bilal's near miss.
  const sheet = [
    'Name,Phone,You are a,Gender',
    'Sara Malik,0300-1234567,Technologist,Woman',
    'Bilal Ahmad,,Citizen,Man',
    'نادیہ,0321-7654321,Citizen,Woman',
    '',
  ].join('\n');

  it('adds the members who signed to those present (off the excused), takes the head counts from the sheet, and records no contact', async () => {
    const dir = networkDir(files);
    commitAll(dir);
    writeFiles(dir, { 'private/sheet.csv': sheet });
    const result = await edit(dir, { attendanceFrom: 'private/sheet.csv' }, { commit: true });
    const text = read(dir);
    expect(text).toContain('  present: [ayesha-khan, bilal-ahmed, sara-malik]\n');
    expect(text).not.toMatch(/excused/);
    expect(text).toContain('audience: {citizens: 2, technologists: 1, government: 0, women: 2}\n');
    expect(text).not.toMatch(/0300|0321/);
    expect(git(dir, 'log', '-1', '--format=%s').trim()).toMatch(/: present \+sara-malik; excused -sara-malik; citizens 6 -> 2; .*; attendance from sheet\.csv$/);
    expect(result.notes.join('\n')).toMatch(/Phone/);
  });

  it('keeps a head count a flag gives, and refuses a signed member given as excused', async () => {
    const dir = networkDir(files);
    writeFiles(dir, { 'private/sheet.csv': sheet });
    await edit(dir, { attendanceFrom: 'private/sheet.csv', citizens: '7' });
    expect(read(dir)).toContain('audience: {citizens: 7, technologists: 1, government: 0, women: 2}\n');
    await expect(edit(dir, { attendanceFrom: 'private/sheet.csv', addExcused: 'sara-malik' })).rejects.toThrow(
      /^--add-excused: `sara-malik` signed .*sheet\.csv and is present; a member is either present or excused/,
    );
  });
});

describe('cil event edit, on a terminal', () => {
  it('asks every field with its current value as the default, and Enter keeps it', async () => {
    const dir = networkDir(files);
    // Everything kept but who came (Sara, excused, came after all: nobody is left to excuse, so that is not asked),
    // the technologists, and one takeaway more.
    const kept = (count: number) => new Array<undefined>(count).fill(undefined);
    const present = ['bilal-ahmed', 'sara-malik', 'ayesha-khan'];
    const prompter = scriptedPrompter([...kept(11), present, undefined, '5', ...kept(2), true, 'Start on time', '', '']);
    await edit(dir, {}, { prompter });
    const shown = prompter.asked.filter((question) => question.default !== undefined);
    const defaults = Object.fromEntries(shown.map((question) => [question.message, question.default]));
    expect(defaults).toMatchObject({
      "The event's title": 'Budget meetup',
      'Kind of event': 'meetup',
      'Date of the event (YYYY-MM-DD)': '2026-11-07',
      'Venue (or platform, when online) (optional)': 'Alhamra',
      'Was it held online? (optional)': 'no',
      'Citizens who came (optional)': '6',
      'Technologists who came (optional)': '4',
      'Women among everyone who came (optional)': '3',
    });
    expect(prompter.asked.map((question) => question.message)).not.toContain('Members present, besides those listed (optional)');
    expect(read(dir)).toContain('audience: {citizens: 6, technologists: 5, women: 3}\n');
    expect(read(dir)).toContain('takeaways:\n  - People want the budget in Urdu\n  - Start on time\n');
    // Those recorded keep their order; Sara leaves the excused.
    expect(read(dir)).toContain('attendance:\n  present: [ayesha-khan, bilal-ahmed, sara-malik]\naudience:');
  });
});

describe('cil event edit, on a terminal, of an event with times', () => {
  it('shows its start, end and last day as the defaults, and Enter keeps them', async () => {
    const timed = meetup.replace('date: 2026-11-07\n', 'date: 2026-11-07\nstarts: "18:00"\nends: "20:30"\nuntil: 2026-11-08\n');
    const dir = networkDir({ ...files, [path]: timed });
    const kept = (count: number) => new Array<undefined>(count).fill(undefined);
    const prompter = scriptedPrompter([...kept(11), ['bilal-ahmed', 'sara-malik', 'ayesha-khan'], undefined, '5', ...kept(2), true, 'Start on time', '', '']);
    await edit(dir, {}, { prompter });
    const shown = prompter.asked.filter((question) => question.default !== undefined);
    const defaults = Object.fromEntries(shown.map((question) => [question.message, question.default]));
    expect(defaults).toMatchObject({
      'Starts at (HH:MM, local time; Enter: all day) (optional)': '18:00',
      'Ends at (HH:MM, local time) (optional)': '20:30',
      'Last day, for an event over several days (YYYY-MM-DD) (optional)': '2026-11-08',
    });
    expect(read(dir)).toContain('date: 2026-11-07\nstarts: "18:00"\nends: "20:30"\nuntil: 2026-11-08\n');
  });
});

describe('cil event edit --dry-run', () => {
  it('shows the new file and the old one removed, with the report documents, and leaves the files, the index and the history as they were', async () => {
    const dir = networkDir({ ...files, 'labs/lahore/reports/2026-11-monthly.yaml': 'kind: monthly\nperiod: 2026-11\nsuccesses: [First meetup]\n' });
    expect((await runCli(['report', 'render'], { cwd: dir })).status).toBe(0);
    commitAll(dir);
    const state = () => [git(dir, 'status', '--porcelain'), git(dir, 'diff', '--cached'), git(dir, 'log', '--format=%H')];
    const before = state();
    const argv = ['event', 'edit', 'lahore', '2026-11-07-budget-meetup', '--date', '2026-11-08', '--add-present', 'sara-malik', '--dry-run', '--commit'];
    const run = await runCli(argv, { cwd: dir, env: GIT_IDENTITY });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('--- /dev/null\n+++ b/labs/lahore/events/2026-11-08-budget-meetup.yaml\n');
    expect(run.stdout).toContain('+  present: [ayesha-khan, bilal-ahmed, sara-malik]\n');
    expect(run.stdout).toContain(`--- a/${path}\n+++ /dev/null\n`);
    // The document counts the event once, on its new day.
    expect(run.stdout).toMatch(/^-\| 7 November 2026 \| Budget meetup \|.*\n\+\| 8 November 2026 \| Budget meetup \|/m);
    expect(run.stdout).toMatch(/Would write \d+ files? and remove 1 file; nothing was written \(--dry-run\)\.\n$/);
    expect(state()).toEqual(before);
    expect(events(dir)).toEqual(['2026-11-07-budget-meetup.yaml']);
    const json = JSON.parse((await runCli([...argv.slice(0, -1), '--format', 'json'], { cwd: dir })).stdout);
    expect(json.removed).toEqual([path]);
  });
});

describe('mergeAttendance', () => {
  const event: EventRecord = { title: 'Meetup', kind: 'meetup', date: '2026-11-07', attendance: { present: ['a', 'b'], excused: ['c'] }, audience: { citizens: 3 } };
  it.each([
    ['nothing given keeps everything', {}, { present: ['a', 'b'], excused: ['c'] }, { citizens: 3 }],
    ['an added member leaves the other list', { addPresent: ['c'] }, { present: ['a', 'b', 'c'], excused: [] }, { citizens: 3 }],
    ['a list given whole, then taken from', { present: ['b', 'd'], removePresent: ['d'] }, { present: ['b'], excused: ['c'] }, { citizens: 3 }],
    ['a list given whole takes its members from the other', { excused: ['c', 'a'] }, { present: ['b'], excused: ['c', 'a'] }, { citizens: 3 }],
    ['counts given replace those recorded, others stay', { audience: { women: 2, citizens: undefined } }, { present: ['a', 'b'], excused: ['c'] }, { citizens: 3, women: 2 }],
  ])('%s', (_name, change, attendance, audience) => {
    expect(mergeAttendance(event, change)).toEqual({ attendance, audience });
  });
});
