import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categoriesOf, findColumns, womanOrMan } from '../../src/write/sign-in-columns.js';
import { headCountCategories, matchSheet, parseSheet, readSheet, type SheetMember, sheetNotes } from '../../src/write/sign-in-sheet.js';
import { comparableName } from '../../src/text/person-name.js';
import { testdir } from '../helpers/testdir.js';

const MEMBERS: SheetMember[] = [
  { id: 'ayesha-khan', name: 'Ayesha Khan', github: 'ayeshak', gender: 'woman' },
  { id: 'bilal-ahmed', name: 'Bilal Ahmed' },
  { id: 'zainab-bibi', name: 'زینب بی بی', gender: 'woman' },
  { id: 'hamza-ali', name: 'حمزہ علی' },
  { id: 'ali-khan', name: 'Ali Khan' },
  { id: 'ali-raza', name: 'Ali Raza' },
  { id: 'sara-malik', name: 'Sara Malik', gender: 'woman' },
  { id: 'muhammad-usman', name: 'Muhammad Usman' },
];

/** A sheet of one name column and the given names, matched against the members. */
const matchNames = (...names: string[]) => matchSheet(parseSheet(['Name', ...names.map((name) => `"${name}"`)].join('\n'), 'sheet.csv'), MEMBERS);

describe('parseSheet', () => {
  it('reads a Google Form export: BOM, CRLF, quoted commas, blank lines, its header shapes', () => {
    const text = [
      '\ufeffTimestamp,Email Address,Full Name,GitHub username (optional),Which of these describes you?,Gender,Phone number,"How did you hear of us?"',
      '2026/11/05 6:01:02 PM GMT+5,ayesha@example.org,Ayesha Khan,ayeshak,Technologist,Female,0300-1234567,"Twitter, then a friend"',
      '',
      '2026/11/05 6:03:40 PM GMT+5,x@example.org,"Malik, Usman",,"Citizen, Technologist",Male,0321 7654321,',
      ',,,,,,,',
      '2026/11/05 6:05:00 PM GMT+5,,Nasreen,,Government official,Female,,',
    ].join('\r\n');
    const sheet = parseSheet(text, 'responses.csv');
    expect(sheet.rows).toEqual([
      { line: 2, name: 'Ayesha Khan', github: 'ayeshak', categories: ['technologists'], gender: 'woman' },
      { line: 4, name: 'Malik, Usman', categories: ['citizens', 'technologists'], gender: 'man' },
      { line: 6, name: 'Nasreen', categories: ['government'], gender: 'woman' },
    ]);
    expect(sheet.dropped).toEqual(['Email Address', 'Phone number']);
    expect(sheet.ignored).toEqual(['Timestamp', 'How did you hear of us?']);
    expect(JSON.stringify(sheet)).not.toMatch(/example\.org|0300|0321/);
  });

  it('reads a paper sheet typed into a spreadsheet: a title row above, first and last names, semicolons, a cell over two lines', () => {
    const text = 'Open Data Meetup sign-in;;\nFirst name;Last name;I am a\nBilal;Ahmed;developer\n"Sara\nMalik";;\n';
    const sheet = parseSheet(text, 'paper.csv');
    expect(sheet.rows).toEqual([
      { line: 3, name: 'Bilal Ahmed', categories: ['technologists'] },
      { line: 4, name: 'Sara\nMalik', categories: [] },
    ]);
    expect(sheet.hasCategory).toBe(true);
    expect(sheet.hasGender).toBe(false);
  });

  it.each([
    ['Name', 0],
    ['Your name', 0],
    ['نام', 0],
    ['Name (as on your certificate)', 0],
    ["Father's name,Name", 1],
    ['Organisation name,Full name', 1],
    ['GitHub username,Participant name', 1],
  ])('finds the column of names in %s', (header, index) => {
    expect(findColumns(header.split(','), [], headCountCategories())?.name).toEqual([index]);
  });

  it('finds category and gender columns by their values when their headers say nothing', () => {
    const columns = findColumns(['Name', 'Q1', 'Q2'], [['A', 'Citizen', 'F'], ['B', 'Govt', 'M'], ['C', '', 'female']], headCountCategories());
    expect(columns).toMatchObject({ category: 1, gender: 2 });
  });

  it.each([
    ['Citizen', ['citizens']],
    ['TECHNOLOGISTS', ['technologists']],
    ['Software engineer', ['technologists']],
    ['Govt. official', ['government']],
    ['Citizen / Technologist', ['citizens', 'technologists']],
    ['شہری', ['citizens']],
    ['Student', []],
  ])('puts the category %s in %o', (value, categories) => {
    expect(categoriesOf(value, headCountCategories())).toEqual(categories);
  });

  it.each([['Female', 'woman'], ['F', 'woman'], ['خاتون', 'woman'], ['Male', 'man'], ['Prefer not to say', undefined]])('reads the gender %s', (value, gender) => {
    expect(womanOrMan(value)).toBe(gender);
  });

  it('refuses a sheet without a column of names, naming the file, its columns and the fix', () => {
    expect(() => parseSheet('Timestamp,Email Address,Score\n1,a@b.pk,3\n', 'form.csv')).toThrow(
      /^--attendance-from: form\.csv has no column of names \(its columns: Timestamp, Email Address, Score\); give the column of names a header such as Name or Full name$/,
    );
  });

  it('refuses a sheet that is no CSV, naming the file and the line', () => {
    expect(() => parseSheet('Name,Category\n"Ali,Citizen\n', 'broken.csv')).toThrow(/^--attendance-from: broken\.csv line \d+ is not readable as CSV \(.*\); save the sheet again as CSV/);
  });

  it('refuses a sheet that does not exist, or a spreadsheet that is not CSV, naming the file', () => {
    const dir = testdir({});
    expect(() => readSheet(dir, 'nowhere.csv')).toThrow(/^--attendance-from: nowhere\.csv does not exist; give the path of the sign-in sheet saved as CSV/);
    mkdirSync(join(dir, 'x'));
    writeFileSync(join(dir, 'x/sheet.xlsx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]));
    expect(() => readSheet(dir, 'x/sheet.xlsx')).toThrow(/^--attendance-from: x\/sheet\.xlsx is a spreadsheet, not CSV; save it as CSV/);
  });
});

describe('matchSheet', () => {
  it('matches by name as recorded, in any case, spacing or accents, and by id', () => {
    const match = matchNames('  ayesha   KHAN ', 'bilal-ahmed', 'Sára Malik');
    expect(match.present.map(({ id }) => id)).toEqual(['ayesha-khan', 'bilal-ahmed', 'sara-malik']);
    expect(match.ambiguous).toEqual([]);
  });

  it('matches Urdu names typed on an Arabic keyboard, without spaces or with vowel signs, and by the id a Latin spelling makes', () => {
    // Arabic yeh (U+064A) for Urdu's, a name run together, heh (U+0647) for heh goal, a zer.
    const match = matchNames('زينب بيبي', 'حمزه عِلی', 'Zainab Bibi');
    expect(match.present.map(({ id }) => id)).toEqual(['zainab-bibi', 'hamza-ali']);
    expect(match.repeated).toBe(1);
    expect(comparableName('زينب بي بي')).toBe(comparableName('زینب بی بی'));
  });

  it('takes a near-miss spelling one letter off for the member, and asks about one further off', () => {
    const match = matchNames('Bilal Ahmd', 'Khan Ayesha', 'Aysha Kan');
    expect(match.present.map(({ id }) => id)).toEqual(['bilal-ahmed', 'ayesha-khan']);
    expect(match.repeated).toBe(0);
    expect(match.ambiguous).toEqual([{ line: 4, name: 'Aysha Kan', candidates: [{ id: 'ayesha-khan', name: 'Ayesha Khan' }] }]);
  });

  it('asks about a name two members are equally close to, or a part of several names', () => {
    expect(matchNames('Ali Khann')).toMatchObject({ present: [{ id: 'ali-khan' }], ambiguous: [] });
    // Hamza Ali's id says his name in Latin letters.
    const candidates = [{ id: 'ali-khan', name: 'Ali Khan' }, { id: 'ali-raza', name: 'Ali Raza' }, { id: 'hamza-ali', name: 'حمزہ علی' }];
    expect(matchNames('Ali').ambiguous).toEqual([{ line: 2, name: 'Ali', candidates }]);
  });

  it('never takes a name for a member who signed under their own name', () => {
    const match = matchNames('Sara Malik', 'Sana Malik');
    expect(match.present.map(({ id }) => id)).toEqual(['sara-malik']);
    expect(match.ambiguous).toEqual([]);
    // Sana is someone else, counted on her own.
    expect(match.repeated).toBe(0);
  });

  it("leaves guests alone, those who share a member's first name too", () => {
    expect(matchNames('Nasreen Bibi', 'Usman Tariq', 'Muhammad Imran', 'Ali Hassan')).toMatchObject({ present: [], ambiguous: [] });
  });

  it('matches a GitHub handle, as a handle or a profile address', () => {
    const sheet = parseSheet('Name,GitHub\nA. K.,https://github.com/AyeshaK\nSomeone,@nobody\n', 'sheet.csv');
    expect(matchSheet(sheet, MEMBERS).present).toEqual([{ id: 'ayesha-khan', line: 2 }]);
  });

  it('counts everyone, members too, by category and gender, women only among those counted', () => {
    const text = [
      'Name,Category,Gender',
      'Ayesha Khan,Technologist,',
      'Nasreen,Citizen,Female',
      'Usman,"Citizen, Technologist",Male',
      'Rubina,Student,Female',
      'Nasreen,Citizen,Female',
      'Officer,Government,',
    ].join('\n');
    const sheet = parseSheet(text, 'sheet.csv');
    const match = matchSheet(sheet, MEMBERS);
    expect(match).toMatchObject({ counts: { citizens: 2, technologists: 2, government: 1 }, women: 2, repeated: 1, uncounted: { count: 1, categories: ['Student'] } });
    expect(sheetNotes(sheet, match)).toEqual([
      'Attendance from sheet.csv: 5 people, 1 of them lab members, marked present: ayesha-khan.',
      '1 person signed sheet.csv twice, counted once.',
      "1 person on sheet.csv had no category or one that is none of citizens, technologists, government (`Student`) and are in no head count; give --citizens, --technologists, --government to count them (a count given replaces the sheet's).",
    ]);
  });

  it('counts nobody by category without a category column, and women only with a gender column', () => {
    const sheet = parseSheet('Name,Gender\nNasreen,Female\n', 'sheet.csv');
    const match = matchSheet(sheet, MEMBERS);
    expect(match.counts).toBeUndefined();
    expect(match.women).toBeUndefined();
    expect(sheetNotes(sheet, match)[1]).toMatch(/^sheet\.csv has no category column \(citizens, technologists, government\), so nobody was counted by category; give --citizens/);
  });
});
