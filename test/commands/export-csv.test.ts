import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_KINDS, exportCsv } from '../../src/commands/export-csv.js';
import { runCli } from '../helpers/cli.js';
import { EXPORT_NETWORK } from '../helpers/export-network.js';
import { networkDir } from '../helpers/network.js';
import { testdir } from '../helpers/testdir.js';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const dir = networkDir(EXPORT_NETWORK);
const AS_OF = '2026-11-20';

type Row = Record<string, string>;

/** The rows csv-parse reads from a sheet, by header. */
const parsed = (text: string): Row[] => parse(text, { columns: true, bom: true }) as Row[];

// Python's csv module, the reader of many a data pipeline, reads the same file independently.
const PYTHON_READER = [
  'import csv, json, sys',
  'def rows(path):',
  "    with open(path, newline='', encoding='utf-8-sig') as sheet:",
  '        return list(csv.DictReader(sheet))',
  'json.dump([rows(path) for path in sys.argv[1:]], sys.stdout, ensure_ascii=False)',
].join('\n');
// CI installs python3 (.ci/run); only a developer's machine may lack it.
const needsPython = spawnSync('python3', ['--version']).status === 0 || process.env.CI ? it : it.skip;

/** The rows Python reads from each sheet, in one run of it. */
function readByPython(texts: readonly string[]): Row[][] {
  const folder = testdir({});
  const files = texts.map((text, index) => {
    const file = join(folder, `${index}.csv`);
    writeFileSync(file, text);
    return file;
  });
  const run = spawnSync('python3', ['-c', PYTHON_READER, ...files], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Row[][];
}

const sheet = (kind: string, more: Partial<Parameters<typeof exportCsv>[0]> = {}) =>
  exportCsv({ cwd: dir, asOf: AS_OF, kind, ...more }).text;

describe('cil export csv', () => {
  it('writes members one a row, Urdu, commas and quotes intact, lists joined with "; ", in RFC 4180 with CRLF line ends', () => {
    const text = sheet('members');
    expect(text.split('\r\n')[0]).toBe('lab,member,name,github,joined,status,roles,weekly_hours,skills,gender,left,offboarded,reinstated,warnings,offboarded_reason,left_reason');
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parsed(text);
    expect(rows.map((row) => row.member)).toEqual(['ayesha-khan', 'omar-shaikh', 'sara-malik', 'zainab-bibi']);
    expect(rows[3]).toMatchObject({ name: 'زینب بی بی', skills: 'data; design, UX', gender: 'woman', roles: 'storyteller', joined: '2026-11-01' });
    expect(rows[2]).toMatchObject({ warnings: '2026-11-10' });
    expect(rows[1]).toMatchObject({ status: 'offboarded', offboarded: '2026-11-03', offboarded_reason: 'Moved away,\nno handover' });
  });

  it('round-trips line breaks, quotes and Urdu in events, and never carries contact details', () => {
    const text = sheet('events');
    const [budget] = parsed(text);
    expect(budget).toMatchObject({
      event: '2026-11-05-budget-night',
      title: 'Budget, "open" data night',
      venue: 'Alhamra, Mall Road',
      online: 'false',
      citizens: '12',
      government: '',
      present: 'ayesha-khan; zainab-bibi',
      takeaways: 'People want budgets as spreadsheets,\nnot "PDFs"; بجٹ عوام کے لیے; Call Bilal on [contact details removed] for the data',
    });
    expect(text).not.toContain('1234567');
    expect(budget?.description).toBe('Budgets read aloud\nthen mapped');
    // A cell with a line break is quoted, as RFC 4180 asks: csv-stringify alone quotes only CRLF.
    expect(text).toContain('"People want budgets as spreadsheets,\nnot ""PDFs""; ');
  });

  needsPython('reads the same in Python\'s csv module as in csv-parse, every kind, on both networks', () => {
    const sheets = [dir, examples].flatMap((cwd) => CSV_KINDS.map((kind) => exportCsv({ cwd, asOf: AS_OF, kind }).text));
    sheets.push(sheet('members', { bom: true }));
    const read = readByPython(sheets);
    for (const [index, text] of sheets.entries()) expect(read[index], text.slice(0, 60)).toEqual(parsed(text));
    expect(read.at(-1)?.[3]).toMatchObject({ name: 'زینب بی بی', skills: 'data; design, UX' });
  });

  it('gives an event\'s times, after its date', () => {
    const examples = fileURLToPath(new URL('../../examples', import.meta.url));
    const rows = parse(exportCsv({ cwd: examples, kind: 'events' }).text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {}).slice(2, 6)).toEqual(['date', 'starts', 'ends', 'until']);
    expect(rows.find((row) => row.event === '2026-10-24-interview-workshop')).toMatchObject({ starts: '10:00', ends: '13:00', until: '' });
  });

  it('writes a row per member and lab meeting: present, excused, missed or not recorded, as the handbook counts', () => {
    const rows = parsed(sheet('attendance')).map((row) => `${row.date} ${row.kind} ${row.member} ${row.attendance}`);
    // omar-shaikh was offboarded before the first meeting: none of them was his.
    expect(rows).toEqual([
      '2026-11-05 meetup ayesha-khan present',
      '2026-11-05 meetup sara-malik missed',
      '2026-11-05 meetup zainab-bibi present',
      '2026-11-12 hack-night ayesha-khan not recorded',
      '2026-11-12 hack-night sara-malik not recorded',
      '2026-11-12 hack-night zainab-bibi not recorded',
      '2026-11-19 meetup ayesha-khan missed',
      '2026-11-19 meetup sara-malik excused',
      '2026-11-19 meetup zainab-bibi present',
    ]);
    // Meetings after the day judged have not been held.
    expect(parsed(exportCsv({ cwd: dir, asOf: '2026-11-15', kind: 'attendance' }).text).map((row) => row.date)).not.toContain('2026-11-19');
  });

  it('writes projects, their KPIs, partners and reports with their figures', () => {
    expect(parsed(sheet('projects'))).toEqual([expect.objectContaining({ project: 'budget-app', team: 'zainab-bibi; ayesha-khan', partner: 'pitb', started: '2026-11-02' })]);
    expect(parsed(sheet('kpis'))).toEqual([{ lab: 'lahore', project: 'budget-app', kpi: 'Users, monthly', target: '100', actual: '12', unit: 'users' }]);
    expect(parsed(sheet('partners'))).toEqual([{ lab: 'lahore', partner: 'pitb', name: 'Punjab Information Technology Board', kind: 'government', mou_signed: '', website: '' }]);
    expect(parsed(sheet('reports'))).toEqual([
      expect.objectContaining({ report: '2026-11-monthly', period: '2026-11', start: '2026-11-01', end: '2026-11-30', events: '3', meetings: '3', citizens: '12', women: '7' }),
    ]);
    expect(parsed(sheet('labs'))).toEqual([expect.objectContaining({ lab: 'lahore', leads: 'ayesha-khan', meeting_kinds: 'meetup; hack-night; cfp-call', partners: '1' })]);
  });

  it('with --public, leaves out warnings, reasons and attendance, and refuses the attendance sheet', async () => {
    const members = parsed(sheet('members', { public: true }));
    expect(Object.keys(members[0] ?? {})).not.toEqual(expect.arrayContaining(['warnings']));
    expect(Object.keys(members[0] ?? {}).filter((key) => ['warnings', 'offboarded_reason', 'left_reason'].includes(key))).toEqual([]);
    expect(sheet('members', { public: true })).not.toContain('Moved away');
    expect(Object.keys(parsed(sheet('events', { public: true }))[0] ?? {}).filter((key) => ['present', 'excused'].includes(key))).toEqual([]);
    const refused = await runCli(['export', 'csv', 'attendance', '--public'], { cwd: dir });
    expect(refused).toMatchObject({ status: 2, stdout: '' });
    expect(refused.stderr).toMatch(/attendance is left out of public exports/);
  });

  it('starts with a byte-order mark with --bom, for Excel', async () => {
    const run = await runCli(['export', 'csv', 'members', '--bom'], { cwd: dir });
    expect(run.stdout.startsWith('\uFEFFlab,member,')).toBe(true);
    expect(Buffer.from(run.stdout).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect((await runCli(['export', 'csv', 'members'], { cwd: dir })).stdout.startsWith('lab,')).toBe(true);
  });

  it('writes only the labs asked for with --lab, and refuses a lab or kind that is none', async () => {
    const labs = (args: string[]) => runCli(['export', 'csv', 'events', ...args], { cwd: examples }).then((run) => [...new Set(parsed(run.stdout).map((row) => row.lab))]);
    expect(await labs([])).toEqual(['karachi', 'peshawar', 'quetta']);
    expect(await labs(['--lab', 'quetta', '--lab', 'karachi'])).toEqual(['karachi', 'quetta']);
    expect(await labs(['--lab', 'peshawar,quetta'])).toEqual(['peshawar', 'quetta']);
    expect(await runCli(['export', 'csv', 'events', '--lab', 'queta'], { cwd: examples })).toMatchObject({ status: 2, stderr: expect.stringMatching(/no lab `queta`.*did you mean `quetta`/) });
    const people = await runCli(['export', 'csv', 'people'], { cwd: examples });
    expect(people).toMatchObject({ status: 2, stderr: expect.stringMatching(/'people' is invalid for argument 'kind'. Allowed choices are labs, members, /) });
    expect(() => exportCsv({ cwd: examples, kind: 'people' })).toThrow('`people` is not something cil exports as CSV; choose one of labs, members,');
  });

  it('writes to a file with --out, atomically, and nothing to standard output', async () => {
    const out = testdir({ 'members.csv': 'old\n' });
    const run = await runCli(['export', 'csv', 'members', '--out', join(out, 'members.csv')], { cwd: dir });
    expect(run).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(out, 'members.csv'), 'utf8')).toBe(sheet('members'));
    expect(readdirSync(out)).toEqual(['members.csv']);
    // Relative to the folder cil runs in.
    await runCli(['export', 'csv', 'labs', '--out', 'sheets/labs.csv', '-C', examples], { cwd: out });
    expect(existsSync(join(out, 'sheets/labs.csv'))).toBe(true);
  });

  it('has the columns, in order, that the README lists for each kind', () => {
    for (const kind of CSV_KINDS) {
      const documented = new RegExp(`^\\| \`${kind}\` \\| ([^|]+) \\|`, 'm').exec(readme)?.[1]?.replace(/`/g, '').trim();
      expect(documented, kind).toBe(sheet(kind).split('\r\n')[0]?.split(',').join(', '));
    }
  });
});

// Text that Excel would run as a formula (OWASP's CSV injection), in a text column of every sheet.
const HYPERLINK = '=HYPERLINK("http://evil.example","Click")';
const FORMULAS = networkDir({
  'labs/lahore/lab.yaml': [
    'name: "=SUM(A1:A2)"',
    'city: "+Lahore"',
    'province: Punjab',
    'founded: 2026-11-01',
    'status: active',
    'leads: [ayesha-khan]',
    'description: "-Online first"',
    'partners: [{ id: pitb, name: "@Punjab IT Board", kind: government }]',
    '',
  ].join('\n'),
  'labs/lahore/members/ayesha-khan.yaml': 'name: "=SUM(A1:A2)"\njoined: 2026-11-01\nroles: [{ role: organizer }]\nstatus: active\nskills: ["\\tdata", "@x"]\n',
  'labs/lahore/events/2026-11-05-meetup.yaml': `title: '${HYPERLINK}'\nkind: meetup\ndate: 2026-11-05\nvenue: "-Online, Zoom"\nattendance: { present: [ayesha-khan] }\n`,
  'labs/lahore/events/2026-11-12-meetup.yaml': 'title: "\\rCarriage return"\nkind: meetup\ndate: 2026-11-12\nvenue: "@Alhamra"\n',
  'labs/lahore/projects/budget-app.yaml': [
    'name: "+cmd|\' /C calc\'!A0"',
    'status: building',
    'started: 2026-11-02',
    'problem: "=1+1"',
    'kpis: [{ name: "-2 waiting", target: 10, actual: -3, unit: "@users" }]',
    '',
  ].join('\n'),
  'labs/lahore/reports/2026-11-monthly.yaml': 'kind: monthly\nperiod: 2026-11\nsubmitted: 2026-12-02\nauthors: [ayesha-khan]\n',
});

/** Each sheet's first row: its text cells with a `'` before them, its numbers as they are. */
const NEUTRALISED: Record<(typeof CSV_KINDS)[number], Row> = {
  labs: { name: "'=SUM(A1:A2)", city: "'+Lahore", description: "'-Online first", partners: '1' },
  members: { name: "'=SUM(A1:A2)", skills: "'\tdata; @x" },
  events: { title: `'${HYPERLINK}`, venue: "'-Online, Zoom" },
  attendance: { title: `'${HYPERLINK}`, name: "'=SUM(A1:A2)", attendance: 'present' },
  projects: { name: "'+cmd|' /C calc'!A0", problem: "'=1+1" },
  kpis: { kpi: "'-2 waiting", unit: "'@users", target: '10', actual: '-3' },
  partners: { name: "'@Punjab IT Board" },
  // Ids, dates and counts only: no text a person wrote.
  reports: { report: '2026-11-monthly', events: '2', meetings: '2' },
};

describe('cil export csv, against formulas in cells (CSV injection)', () => {
  it.each(CSV_KINDS.flatMap((kind) => [[kind, false], [kind, true]] as const))('starts a text cell of %s that a spreadsheet would run with a quote (--bom: %s), numbers left as they are', (kind, bom) => {
    const rows = parsed(exportCsv({ cwd: FORMULAS, asOf: AS_OF, kind, bom }).text);
    expect(rows[0]).toMatchObject(NEUTRALISED[kind]);
    const cells = rows.flatMap((row) => Object.values(row));
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-\d+(\.\d+)?$/.test(cell))).toEqual([]);
  });

  it('on the command line, as a reviewer opened it in Excel', async () => {
    const run = await runCli(['export', 'csv', 'events', '--bom'], { cwd: FORMULAS });
    expect(run.stdout).toContain(',"\'=HYPERLINK(""http://evil.example"",""Click"")",meetup,false,"\'-Online, Zoom",');
    expect(parsed(run.stdout)[1]).toMatchObject({ title: "'\rCarriage return", venue: "'@Alhamra" });
  });
});

describe('cil export csv and json: records left out', () => {
  const broken = networkDir({
    ...EXPORT_NETWORK,
    'labs/lahore/members/bilal-ahmed.yaml': 'name: Bilal Ahmed\njoined: 2026-11-01\nstatus: active\n',
    'labs/lahore/events/2026-11-26-party.yaml': 'title: Party\nkind: party\ndate: 2026-11-26\n',
    'labs/quetta/lab.yaml': 'name: CIL Quetta\ncity: Quetta\n',
  });
  const said = (...files: [string, string][]) => files.map(([file, kind]) => `cil: left out ${file}: not a valid ${kind} record; \`cil audit\` says why\n`).join('');

  it.each([
    ['csv members', said(['labs/lahore/members/bilal-ahmed.yaml', 'member'], ['labs/quetta/lab.yaml', 'lab'])],
    ['csv events', said(['labs/lahore/events/2026-11-26-party.yaml', 'event'], ['labs/quetta/lab.yaml', 'lab'])],
    ['csv events --lab lahore', said(['labs/lahore/events/2026-11-26-party.yaml', 'event'])],
    ['csv partners', said(['labs/quetta/lab.yaml', 'lab'])],
    ['json', said(['labs/lahore/events/2026-11-26-party.yaml', 'event'], ['labs/lahore/members/bilal-ahmed.yaml', 'member'], ['labs/quetta/lab.yaml', 'lab'])],
  ])('`cil export %s` says on standard error, one line a file, as `cil export ics` does, and succeeds', async (command, stderr) => {
    const args = command.split(' ');
    const run = await runCli(['export', ...args], { cwd: broken });
    expect([run.status, run.stderr]).toEqual([0, stderr]);
    const clean = await runCli(['export', ...args], { cwd: dir });
    expect([clean.status, clean.stderr]).toEqual([0, '']);
  });

  it('says it with --out too, and gives the files left out to a program that calls it', async () => {
    const out = testdir({});
    const run = await runCli(['export', 'csv', 'events', '--out', join(out, 'events.csv'), '--lab', 'lahore'], { cwd: broken });
    expect(run).toMatchObject({ status: 0, stdout: '', stderr: said(['labs/lahore/events/2026-11-26-party.yaml', 'event']) });
    expect(exportCsv({ cwd: broken, asOf: AS_OF, kind: 'events', labs: ['lahore'] }).leftOut).toEqual([
      { file: 'labs/lahore/events/2026-11-26-party.yaml', why: 'not a valid event record; `cil audit` says why' },
    ]);
  });
});
