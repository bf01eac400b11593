import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/commands/audit.js';
import { eventAdd } from '../../src/commands/event-add.js';
import { runCli } from '../helpers/cli.js';
import { commitAll, git } from '../helpers/git.js';
import { scriptedPrompter, testIo } from '../helpers/io.js';
import { networkDir } from '../helpers/network.js';
import { testdir } from '../helpers/testdir.js';
import { writeIn } from '../helpers/write.js';

const person = (id: string, name: string, extra = '') => ({
  [`labs/lahore/members/${id}.yaml`]: `name: ${name}\njoined: 2026-11-01\nroles: [{ role: member }]\nstatus: active\n${extra}`,
});
const members = {
  ...person('bilal-ahmed', 'Bilal Ahmed'),
  ...person('zainab-bibi', 'زینب بی بی', 'gender: woman\n'),
  ...person('ali-khan', 'Ali Khan'),
  ...person('ali-raza', 'Ali Raza'),
  ...person('sara-malik', 'Sara Malik'),
  'labs/lahore/members/old-hand.yaml':
    'name: Old Hand\njoined: 2026-11-01\nroles: [{ role: member, until: 2026-11-03 }]\nstatus: alumni\nleft: { date: 2026-11-03 }\n',
};

// A Google Form's responses: a BOM, CRLF line ends, its Timestamp and Email Address, contact
// columns, an Urdu name typed on an Arabic keyboard, a near miss, a guest with a comma in her name.
const CONTACTS = ['ayesha.k@gmail.com', '0300-1234567', '35202-1234567-1', '0321 7654321', '+92 333 1112223', 'House 12, Street 4'];
const FORM = `\ufeff${[
  'Timestamp,Email Address,Full Name,GitHub username,You are a,Gender,WhatsApp number,CNIC,Address',
  `2026/11/05 6:01:02 PM GMT+5,${CONTACTS[0]},Aisha Khan,ayeshak,Technologist,Female,${CONTACTS[1]},${CONTACTS[2]},`,
  `2026/11/05 6:02:00 PM GMT+5,,زينب بيبي,,Citizen,Female,${CONTACTS[3]},,`,
  '',
  '2026/11/05 6:03:00 PM GMT+5,,Bilal Ahmd,,Technologist,Male,,,',
  `2026/11/05 6:04:00 PM GMT+5,,"Akhtar, Nasreen",,Citizen,Female,${CONTACTS[4]},,"${CONTACTS[5]}"`,
  '2026/11/05 6:05:00 PM GMT+5,,Imran Shah,,Government,Male,,,',
].join('\r\n')}\r\n`;

const add = writeIn(eventAdd, { lab: 'lahore' }, '2026-11-20');

/** A sheet in a folder of its own, outside the network repo; its absolute path. */
function sheetFile(text: string, name = 'sign-in.csv'): string {
  const path = join(testdir({}), name);
  writeFileSync(path, text);
  return path;
}

/** Every file of a folder but git's own, by path. */
function filesIn(dir: string, under = dir): Record<string, string> {
  return Object.fromEntries(
    readdirSync(under).flatMap((name) => {
      const path = join(under, name);
      if (name === '.git') return [];
      return statSync(path).isDirectory() ? Object.entries(filesIn(dir, path)) : [[relative(dir, path), readFileSync(path, 'utf8')]];
    }),
  );
}

const expectNoContacts = (text: string) => {
  for (const contact of CONTACTS) expect(text).not.toContain(contact);
};

describe('cil event add --attendance-from', () => {
  it('marks the members on a Google Form export present, counts everyone, and drops the contact columns, saying so', async () => {
    const dir = networkDir(members);
    commitAll(dir);
    const sheet = sheetFile(FORM);
    const result = await add(dir, { title: 'Open Data Meetup', date: '2026-11-05', attendanceFrom: sheet }, { commit: true });
    expect(result.written[0]).toBe('labs/lahore/events/2026-11-05-open-data-meetup.yaml');
    expect(readFileSync(join(dir, result.written[0] ?? ''), 'utf8')).toBe(
      [
        'title: Open Data Meetup',
        'kind: meetup',
        'date: 2026-11-05',
        'attendance:',
        '  present: [ayesha-khan, zainab-bibi, bilal-ahmed]',
        'audience: {citizens: 2, technologists: 2, government: 1, women: 3}',
        '',
      ].join('\n'),
    );
    expect(result.notes).toEqual([
      `Attendance from ${sheet}: 5 people, 3 of them lab members, marked present: ayesha-khan, zainab-bibi, bilal-ahmed.`,
      `Dropped the contact columns of ${sheet}, which are never recorded: Email Address, WhatsApp number, CNIC, Address.`,
      `Did not read the column Timestamp of ${sheet}.`,
    ]);
    expect(git(dir, 'log', '-1', '--format=%B')).toBe('Record event Open Data Meetup (2026-11-05) of lab lahore, attendance from sign-in.csv\n\n');
    expectNoContacts(JSON.stringify(filesIn(dir)));
    expectNoContacts(git(dir, 'log', '-p'));
    expect((await audit({ cwd: dir, asOf: '2026-11-20' })).findings).toEqual([]);
  });

  it('prints no contact detail with --format json, and names the columns it dropped', async () => {
    const dir = networkDir(members);
    const run = await runCli(['event', 'add', 'lahore', '--title', 'Meetup', '--date', '2026-11-05', '--attendance-from', sheetFile(FORM), '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as { notes: string[] };
    expect(json.notes[1]).toMatch(/which are never recorded: Email Address, WhatsApp number, CNIC, Address\.$/);
    expectNoContacts(run.stdout);
    const dry = await runCli(['event', 'add', 'lahore', '--title', 'Other', '--date', '2026-11-06', '--attendance-from', sheetFile(FORM), '--dry-run', '--format', 'json'], { cwd: dir });
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('present: [ayesha-khan, zainab-bibi, bilal-ahmed]');
    expect(existsSync(join(dir, 'labs/lahore/events/2026-11-06-other.yaml'))).toBe(false);
    expectNoContacts(dry.stdout);
  });

  it('adds the members given with --present; a head count given replaces the sheet\'s', async () => {
    const dir = networkDir(members);
    const result = await add(dir, { title: 'Meetup', date: '2026-11-05', attendanceFrom: sheetFile(FORM), present: 'sara-malik', citizens: '7' });
    const text = readFileSync(join(dir, result.written[0] ?? ''), 'utf8');
    expect(text).toContain('  present: [sara-malik, ayesha-khan, zainab-bibi, bilal-ahmed]\n');
    expect(text).toContain('audience: {citizens: 7, technologists: 2, government: 1, women: 3}\n');
  });

  it('refuses --excused for a member who signed the sheet', async () => {
    const dir = networkDir(members);
    await expect(add(dir, { title: 'Meetup', date: '2026-11-05', attendanceFrom: sheetFile(FORM), excused: 'bilal-ahmed' })).rejects.toThrow(
      /^--excused: `bilal-ahmed` signed .*sign-in\.csv and is present; a member is either present or excused$/,
    );
  });

  it('counts, but does not mark present, a member who had left by the event', async () => {
    const dir = networkDir(members);
    const sheet = sheetFile('Name,Category\nOld Hand,Citizen\nBilal Ahmed,Technologist\n');
    const result = await add(dir, { title: 'Meetup', date: '2026-11-05', attendanceFrom: sheet });
    const text = readFileSync(join(dir, result.written[0] ?? ''), 'utf8');
    expect(text).toContain('  present: [bilal-ahmed]\n');
    expect(text).toContain('audience: {citizens: 1, technologists: 1, government: 0}\n');
    expect(result.notes).toContain(`Old Hand (old-hand) signed ${sheet} (line 2) but was not a member of lab lahore on 2026-11-05: counted in the head counts, not marked present.`);
  });

  it('says when the sheet lies in the network repo, where it could be committed', async () => {
    const dir = networkDir(members);
    writeFileSync(join(dir, 'sheet.csv'), 'Name\nBilal Ahmed\n');
    mkdirSync(join(dir, 'private'));
    writeFileSync(join(dir, 'private/sheet.csv'), 'Name\nBilal Ahmed\n');
    const exposed = await add(dir, { title: 'Meetup', date: '2026-11-05', attendanceFrom: 'sheet.csv' });
    expect(exposed.notes.at(-1)).toBe('sheet.csv holds people\'s details and lies in the network repo: move it to private/ (never committed) or out of the repo.');
    const kept = await add(dir, { title: 'Meetup', date: '2026-11-06', attendanceFrom: 'private/sheet.csv' });
    expect(kept.notes.join('\n')).not.toContain('lies in the network repo');
  });

  it.each([
    ['nowhere.csv', /^--attendance-from: nowhere\.csv does not exist; give the path of the sign-in sheet saved as CSV/],
    ['names.csv', /^--attendance-from: names\.csv has no column of names \(its columns: Timestamp, Email Address\); give the column of names a header such as Name or Full name$/],
  ])('refuses %s in one line, naming it, with nothing written', async (file, message) => {
    const dir = networkDir(members);
    writeFileSync(join(dir, 'names.csv'), 'Timestamp,Email Address\n2026/11/05,a@example.org\n');
    await expect(add(dir, { title: 'Meetup', attendanceFrom: file })).rejects.toThrow(message);
    expect(existsSync(join(dir, 'labs/lahore/events'))).toBe(false);
  });
});

describe('cil event add --attendance-from, a name that may be several members', () => {
  const SHEET = 'Name,Category\nAyesha Khan,Technologist\nAli,Citizen\n';
  const flags = { title: 'Meetup', date: '2026-11-05', online: false, organizers: 'ayesha-khan', present: 'sara-malik', venue: 'Hall', kind: 'meetup', id: 'meetup' };
  const rest = { starts: '18:00', ends: '20:00', until: '2026-11-05', excused: 'bilal-ahmed', citizens: '1', technologists: '1', government: '0', women: '1', partners: 'pitb', takeaway: ['Tea'] };

  it('is asked about on a terminal, before the other questions, with "not a member" to choose', async () => {
    const dir = networkDir(members);
    const prompter = scriptedPrompter(['ali-raza']);
    const io = testIo(dir);
    const result = await add(dir, { ...flags, ...rest, attendanceFrom: sheetFile(SHEET, 'sheet.csv') }, { prompter, io });
    // Those the sheet found are not offered among the members present: they are named first.
    expect(io.err()).toMatch(/^Present from .*sheet\.csv: ayesha-khan, ali-raza\n$/);
    expect(prompter.asked).toEqual([
      { message: expect.stringMatching(/sheet\.csv line 3: who is `Ali`\?$/), choices: ['ali-khan', 'ali-raza', ''], rejected: [] },
    ]);
    expect(readFileSync(join(dir, result.written[0] ?? ''), 'utf8')).toContain('  present: [sara-malik, ayesha-khan, ali-raza]\n');
  });

  it('is left out when the answer is "not a member"', async () => {
    const dir = networkDir(members);
    const prompter = scriptedPrompter(['']);
    const result = await add(dir, { ...flags, ...rest, attendanceFrom: sheetFile(SHEET) }, { prompter });
    expect(readFileSync(join(dir, result.written[0] ?? ''), 'utf8')).toContain('  present: [sara-malik, ayesha-khan]\n');
  });

  it('asks about a near miss too', async () => {
    const dir = networkDir(members);
    const prompter = scriptedPrompter(['ayesha-khan']);
    const result = await add(dir, { ...flags, ...rest, attendanceFrom: sheetFile('Name\nAysha Kan\n') }, { prompter });
    expect(prompter.asked[0]?.choices).toEqual(['ayesha-khan', '']);
    expect(readFileSync(join(dir, result.written[0] ?? ''), 'utf8')).toContain('  present: [sara-malik, ayesha-khan]\n');
  });

  it('is refused without a terminal (or with --yes), naming the sheet, the line and the candidates, and how to fix it', async () => {
    const dir = networkDir(members);
    const sheet = sheetFile(SHEET, 'sheet.csv');
    const refusal = new RegExp(
      '^--attendance-from: .*sheet\\.csv line 3: `Ali` may be Ali Khan \\(ali-khan\\) or Ali Raza \\(ali-raza\\), and there is no terminal to ask; '
      + 'write the name in that cell as the member\'s record has it \\(or a guest\'s full name\\), or give --present ali-khan to say who came$',
    );
    await expect(add(dir, { title: 'Meetup', date: '2026-11-05', attendanceFrom: sheet })).rejects.toThrow(refusal);
    const prompter = scriptedPrompter([]);
    await expect(add(dir, { title: 'Meetup', date: '2026-11-05', attendanceFrom: sheet }, { prompter, yes: true })).rejects.toThrow(refusal);
    expect(existsSync(join(dir, 'labs/lahore/events'))).toBe(false);
  });

  it('is refused at once for an event still to come, with nothing written', async () => {
    const dir = networkDir(members);
    const sheet = sheetFile(FORM);
    await expect(add(dir, { title: 'Meetup', date: '2026-12-05', attendanceFrom: sheet })).rejects.toThrow(
      `--date: the event of 5 December 2026 has not happened yet, so nobody can have signed ${sheet}; give --attendance-from after it, or correct --date`,
    );
    expect(existsSync(join(dir, 'labs/lahore/events'))).toBe(false);
  });

  it('is settled by --present naming one of them', async () => {
    const dir = networkDir(members);
    const result = await add(dir, { title: 'Meetup', date: '2026-11-05', attendanceFrom: sheetFile(SHEET), present: 'ali-khan' });
    expect(readFileSync(join(dir, result.written[0] ?? ''), 'utf8')).toContain('  present: [ali-khan, ayesha-khan]\n');
  });
});

describe('cil event add --attendance-from, answers kept in a draft', () => {
  it('keeps no contact detail in private/drafts/', async () => {
    const dir = networkDir(members);
    // A head count more than any event holds: the audit refuses it, and the answers typed are kept.
    const prompter = scriptedPrompter(['Big meetup', 'meetup', '2026-11-05', '', '', undefined, '', false, [], [], [], undefined, '60000', undefined, undefined, [], '']);
    await expect(add(dir, { attendanceFrom: sheetFile(FORM) }, { prompter })).rejects.toThrow(/head-counts.*Your answers are kept in private\/drafts\//);
    const drafts = readdirSync(join(dir, 'private/drafts'));
    expect(drafts).toHaveLength(1);
    const draft = readFileSync(join(dir, 'private/drafts', drafts[0] ?? ''), 'utf8');
    expect(draft).toContain('citizens: 2');
    expectNoContacts(draft);
  });
});
