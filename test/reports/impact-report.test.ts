import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it-15';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/commands/audit.js';
import { impactReportDraft } from '../../src/commands/report-impact.js';
import { reportRender } from '../../src/commands/report-render.js';
import { runCli } from '../helpers/cli.js';
import { markdownlintProblems } from '../helpers/markdownlint.js';
import { type Files, testdir } from '../helpers/testdir.js';
import { writeIn } from '../helpers/write.js';

// A network generated with totals known in advance: lab i (1 to LABS) has i + 2 members (the
// first of them a woman), i meetups in 2026 with 10·i citizens, 5 technologists and 1 official
// each, one training of 20·i officials from its government department, one launched project
// whose KPI "queries handled" reached 1,000·i by the year's end (and more in 2027), one project
// being built, and events and members of other years that must not count.
const LABS = 5;
const PROVINCES = ['Punjab', 'Sindh', 'Khyber Pakhtunkhwa', 'Balochistan', 'Punjab'];
const STATUSES = ['active', 'forming', 'active', 'recognized', 'active'];
const range = (n: number) => Array.from({ length: n }, (_, index) => index + 1);
const sum = (f: (i: number) => number) => range(LABS).reduce((total, i) => total + f(i), 0);

function generated(): Files {
  const files: Files = { 'cil.yaml': 'network: Generated Network\ntimezone: Asia/Karachi\n' };
  for (const i of range(LABS)) {
    const dir = `labs/lab${i}`;
    files[`${dir}/lab.yaml`] = [
      `name: Lab ${i}`,
      `city: City ${i}`,
      `province: ${PROVINCES[i - 1]}`,
      'founded: 2025-01-01',
      `status: ${STATUSES[i - 1]}`,
      `leads: [m${i}-1]`,
      'partners:',
      // Labs 1 and 2 work with the same department, each under its own id: one department.
      `  - { id: dept, name: ${i <= 2 ? 'Shared Department' : `Department ${i}`}, kind: government }`,
      '  - { id: ngo, name: A Nonprofit, kind: nonprofit }',
      '',
    ].join('\n');
    for (const m of range(i + 2)) {
      files[`${dir}/members/m${i}-${m}.yaml`] = `name: Member ${i} ${m}\njoined: 2025-02-01\nroles: [{ role: ${m === 1 ? 'organizer' : 'technologist'} }]\nstatus: active\n${m === 1 ? 'gender: woman\n' : 'gender: man\n'}`;
    }
    // Someone who joined after the year, and someone who left before it: neither counts.
    files[`${dir}/members/late-${i}.yaml`] = 'name: Late\njoined: 2027-01-05\nroles: [{ role: member }]\nstatus: active\n';
    files[`${dir}/members/gone-${i}.yaml`] = 'name: Gone\njoined: 2025-01-05\nroles: [{ role: member, until: 2025-06-30 }]\nstatus: alumni\nleft: { date: 2025-06-30 }\n';
    for (const n of range(i)) {
      const day = String(n).padStart(2, '0');
      files[`${dir}/events/2026-03-${day}-meetup.yaml`] = `title: Meetup ${n}\nkind: meetup\ndate: 2026-03-${day}\naudience: { citizens: ${10 * i}, technologists: 5, government: 1, women: 2 }\n`;
    }
    files[`${dir}/events/2026-06-10-training.yaml`] = `title: Training\nkind: training\ndate: 2026-06-10\npartners: [dept]\naudience: { government: ${20 * i} }\n`;
    files[`${dir}/events/2025-12-10-meetup.yaml`] = 'title: Last year\nkind: meetup\ndate: 2025-12-10\naudience: { citizens: 999, technologists: 999 }\n';
    files[`${dir}/projects/service-${i}.yaml`] = [
      `name: Service ${i}`,
      'status: launched',
      'started: 2025-03-01',
      'partner: dept',
      'kpis:',
      `  - { name: Queries, target: 5000, actual: ${1000 * i + 7}, unit: queries handled, history: [{ date: 2026-06-30, value: ${500 * i} }, { date: 2026-12-31, value: ${1000 * i} }, { date: 2027-01-15, value: ${1000 * i + 7} }] }`,
      ...(i === 1 ? ['redeployments: [{ lab: lab2, date: 2026-09-01 }, { lab: lab3, date: 2025-09-01 }]'] : []),
      '',
    ].join('\n');
    files[`${dir}/projects/tool-${i}.yaml`] = 'name: Tool\nstatus: building\nstarted: 2026-02-01\npartner: ngo\n';
  }
  return files;
}

const EXPECTED = {
  members: sum((i) => i + 2),
  women: LABS,
  events: sum((i) => i + 1),
  meetings: sum((i) => i),
  citizens: sum((i) => 10 * i * i),
  technologists: sum((i) => 5 * i),
  government: sum((i) => i + 20 * i),
  trained: sum((i) => 20 * i),
  queries: sum((i) => 1000 * i),
};

const markdown = new MarkdownIt();

/** The tables of a document as a Markdown reader sees them: each a list of rows of cell texts, headers first. */
function tables(text: string): string[][][] {
  const found: string[][][] = [];
  let rows: string[][] = [];
  let row: string[] = [];
  const tokens = markdown.parse(text, {});
  tokens.forEach((token, index) => {
    if (token.type === 'table_open') rows = [];
    if (token.type === 'tr_open') row = [];
    if (token.type === 'inline' && ['th_open', 'td_open'].includes(tokens[index - 1]?.type ?? '')) row.push(token.content);
    if (token.type === 'tr_close') rows.push(row);
    if (token.type === 'table_close') found.push(rows);
  });
  return found;
}

/** The table right after a heading. */
function tableAfter(text: string, heading: string): string[][] {
  const at = text.indexOf(`\n${heading}\n`);
  expect(at, heading).toBeGreaterThan(-1);
  return tables(text.slice(at))[0] ?? [];
}

const draft = writeIn(impactReportDraft, { year: '2026' }, '2027-01-20');

describe('cil report impact <YYYY>, on a generated network whose totals are known', () => {
  it('drafts the narrative and renders the figures of every lab, computed and with thousands separators', async () => {
    const dir = testdir(generated());
    const result = await draft(dir, { summary: 'A year of work.', story: ['One story'], acknowledgement: ['Our funders'], authors: 'Core Team' });
    expect(result.written).toEqual(['reports/2026-impact.yaml', 'reports/2026-impact.md']);
    expect(readFileSync(join(dir, 'reports/2026-impact.yaml'), 'utf8')).toBe(
      'kind: impact\nyear: 2026\nsubmitted: 2027-01-20\nauthors:\n  - Core Team\nsummary: A year of work.\nstories:\n  - One story\nacknowledgements:\n  - Our funders\n',
    );
    const text = readFileSync(join(dir, 'reports/2026-impact.md'), 'utf8');
    const n = (value: number) => value.toLocaleString('en-US');

    expect(text).toContain(`**Labs:** ${LABS} (3 active, 1 forming, 1 recognized)`);
    expect(text).toContain(`**Members active during the year:** ${EXPECTED.members}; women: ${EXPECTED.women} of the ${EXPECTED.members}`);
    expect(text).toContain(`**Events held:** ${EXPECTED.events}, of which ${EXPECTED.meetings} lab meetings and ${EXPECTED.meetings} community events`);
    expect(text.replace(/\s+/g, ' ')).toContain(
      `${n(EXPECTED.citizens)} citizens, ${EXPECTED.technologists} technologists and ${EXPECTED.government} government officials`,
    );
    expect(text).toContain(`**Government officials trained:** ${EXPECTED.trained}, at ${LABS} trainings`);
    // Lab 1's and lab 2's department is one, by name; the nonprofit is none.
    expect(text).toContain(`**Government departments worked with:** ${LABS - 1}`);
    expect(text.replace(/\s+/g, ' ')).toContain(`**Digital solutions:** ${LABS} launched or handed over (${LABS} launched, 0 handed over), ${LABS} under development; 1 redeployment to other labs`);

    // The impact figures: the KPI as of the year's end, summed by unit, with its projects.
    const impact = tableAfter(text, '## Impact');
    expect(impact[0]).toEqual(['Figure', 'Total', 'From']);
    expect(impact.slice(1)).toEqual([['queries handled', n(EXPECTED.queries), range(LABS).map((i) => `Service ${i} (City ${i})`).join(', ')]]);

    // Every lab's row, and the rows add up to the totals.
    const byLab = tableAfter(text, "## Every lab's numbers");
    const header = byLab[0] ?? [];
    const column = (name: string) => byLab.slice(1).map((row) => Number((row[header.indexOf(name)] ?? '').replace(/,/g, '')));
    expect(byLab.slice(1).map((row) => row[0])).toEqual(range(LABS).map((i) => `Lab ${i}`));
    expect(column('Citizens')).toEqual(range(LABS).map((i) => 10 * i * i));
    expect(column('Citizens').reduce((a, b) => a + b)).toBe(EXPECTED.citizens);
    expect(column('Members')).toEqual(range(LABS).map((i) => i + 2));
    expect(column('Officials trained')).toEqual(range(LABS).map((i) => 20 * i));
    expect(column('Solutions in use')).toEqual(range(LABS).map(() => 1));
    expect(byLab.find((row) => row[0] === 'Lab 5')?.[header.indexOf('Citizens')]).toBe('250');
    expect(tableAfter(text, '### By province').slice(1)).toEqual([['Punjab', '2'], ['Balochistan', '1'], ['Khyber Pakhtunkhwa', '1'], ['Sindh', '1']]);
    expect(tableAfter(text, '## Events').slice(1)).toEqual([['meetup', String(EXPECTED.meetings)], ['training', String(LABS)]]);

    expect(await markdownlintProblems({ 'reports/2026-impact.md': text })).toEqual([]);
    const { findings } = await audit({ cwd: dir, asOf: '2027-01-20' });
    expect(findings.filter((finding) => finding.file.startsWith('reports/'))).toEqual([]);
  });

  it('is stale once a lab records more, and `report render` brings it up to date', async () => {
    const dir = testdir(generated());
    await draft(dir, {});
    writeFileSync(join(dir, 'labs/lab3/events/2026-07-01-training.yaml'), 'title: More\nkind: training\ndate: 2026-07-01\naudience: { government: 4 }\n');
    const stale = await audit({ cwd: dir, asOf: '2027-01-20' });
    expect(stale.findings.filter((finding) => finding.rule === 'impact-report-stale').map((finding) => finding.file)).toEqual(['reports/2026-impact.md']);
    expect((await reportRender({ cwd: dir })).changed).toEqual(['reports/2026-impact.md']);
    expect(readFileSync(join(dir, 'reports/2026-impact.md'), 'utf8')).toContain(`**Government officials trained:** ${EXPECTED.trained + 4}, at ${LABS + 1} trainings`);
  });

  it('is brought up to date by a writing command whose change it counts, with the lab\'s own documents', async () => {
    const dir = testdir(generated());
    await draft(dir, {});
    const { eventAdd } = await import('../../src/commands/event-add.js');
    const result = await writeIn(eventAdd, { lab: 'lab2' }, '2027-01-20')(dir, { title: 'Training', kind: 'training', date: '2026-08-01', government: '7', partners: 'dept' });
    expect(result.written).toEqual(['labs/lab2/events/2026-08-01-training.yaml', 'reports/2026-impact.md']);
    expect(readFileSync(join(dir, 'reports/2026-impact.md'), 'utf8')).toContain(`**Government officials trained:** ${EXPECTED.trained + 7}`);
    const { findings } = await audit({ cwd: dir, asOf: '2027-01-20' });
    expect(findings.filter((finding) => finding.rule === 'impact-report-stale')).toEqual([]);
  });

  it('takes its narrative from a --from file, and refuses a file of another kind of report', async () => {
    const dir = testdir({ ...generated(), 'narrative.yaml': 'kind: impact\nsummary: A year of open budgets.\n', 'monthly.yaml': 'kind: monthly\nsuccesses: [x]\n' });
    const run = await runCli(['report', 'impact', '2026', '--from', 'narrative.yaml', '--as-of', '2027-01-20'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(readFileSync(join(dir, 'reports/2026-impact.yaml'), 'utf8')).toMatch(/^summary: A year of open budgets\.$/m);
    const refused = await runCli(['report', 'impact', '2025', '--from', 'monthly.yaml', '--as-of', '2027-01-20'], { cwd: dir });
    expect(refused.stderr).toBe(`cil: --from: ${join(dir, 'monthly.yaml')} is a monthly report, not an impact one\n`);
    expect(refused.status).toBe(2);
  });

  it('is listed by `cil report list`, as the network\'s own', async () => {
    const dir = testdir(generated());
    await draft(dir, {});
    const run = await runCli(['report', 'list', '--kind', 'impact', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(run.stdout)).toEqual([
      { lab: null, kind: 'impact', name: '2026-impact', period: '2026', project: null, state: 'submitted', due: null, submitted: '2027-01-20', file: 'reports/2026-impact.yaml' },
    ]);
    // A lab's list holds its own reports only.
    expect((await runCli(['report', 'list', 'lab1', '--kind', 'impact'], { cwd: dir })).stdout).toContain('No impact reports recorded or due in lab lab1.');
  });

  it('refuses a year that is none, and a report that exists', async () => {
    const dir = testdir(generated());
    await expect(writeIn(impactReportDraft, { year: '26' }, '2027-01-20')(dir, {})).rejects.toThrow('`26` is not a year');
    await draft(dir, {});
    await expect(draft(dir, {})).rejects.toThrow('reports/2026-impact.yaml already exists');
  });
});
