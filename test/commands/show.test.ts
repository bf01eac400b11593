import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { networkDir } from '../helpers/network.js';
import { member } from '../helpers/records.js';

const dir = networkDir({
  ...member('sara-malik', '2026-11-02', 'weekly_hours: five\n'),
  'labs/lahore/members/zainab-bibi.yaml': 'name: زینب بی بی\njoined: 2026-11-03\nroles:\n  - role: technologist\n    since: 2026-11-03\nstatus: active\n',
  'labs/lahore/events/2026-11-10-open-data.yaml': [
    'title: Open data night',
    'kind: meetup',
    'date: 2026-11-10',
    'organizers: [ayesha-khan]',
    'attendance: { present: [ayesha-khan, zainab-bibi] }',
    '',
  ].join('\n'),
});
const show = (...words: string[]) => runCli(['show', ...words], { cwd: dir });

describe('cil show', () => {
  it('prints a record in words: labels, members named, entries a line each', async () => {
    const { status, stdout } = await show('lahore/member/zainab-bibi');
    expect(status).toBe(0);
    expect(stdout).toBe(
      [
        'Member zainab-bibi of lab lahore (labs/lahore/members/zainab-bibi.yaml)',
        '',
        '  Name    زینب بی بی',
        '  Joined  2026-11-03',
        '  Roles   - role technologist; since 2026-11-03',
        '  Status  active',
        '',
        'The audit finds nothing to fix in this file.',
        '',
      ].join('\n'),
    );
    const event = await show('lahore/events/2026-11-10-open-data');
    expect(event.stdout).toMatch(/^ {2}Attendance +present Ayesha Khan \(ayesha-khan\), زینب بی بی \(zainab-bibi\)$/m);
  });

  it('says what the audit finds on the record\'s file, at its line', async () => {
    const { status, stdout } = await show('lahore/member/sara-malik');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^The audit says:\n {2}5:15 error schema `weekly_hours` must be a number/m);
  });

  it('counts the findings on a lab\'s other files, and shows a report\'s findings on its document too', async () => {
    expect((await show('lahore')).stdout).toMatch(/\nOne more finding is on the lab's other files: `cil audit labs\/lahore` lists it\.\n$/);
    const dir = networkDir({
      'labs/lahore/reports/2026-11-monthly.yaml': 'kind: monthly\nperiod: 2026-11\nsubmitted: 2026-11-15\nauthors: [ayesha-khan]\n',
      'labs/lahore/reports/2026-11-monthly.md': '# Out of date\n',
    });
    const report = await runCli(['show', 'lahore/report/2026-11-monthly'], { cwd: dir });
    expect(report.stdout).toMatch(/^ {2}labs\/lahore\/reports\/2026-11-monthly\.md error report-stale /m);
  });

  it('shows a lab, and a partner from its lab.yaml', async () => {
    expect((await show('lahore')).stdout).toMatch(/^Lab lahore \(labs\/lahore\/lab.yaml\)\n\n {2}Name +Civic Innovation Lab Lahore$/m);
    expect((await show('lahore')).stdout).toMatch(/^ {2}Partners +- id pitb; name Punjab Information Technology Board; kind government$/m);
    expect((await show('lahore/partner/pitb')).stdout).toMatch(/^Partner pitb of lab lahore \(labs\/lahore\/lab.yaml\)\n\n {2}ID +pitb\n {2}Name +Punjab Information Technology Board\n {2}Kind +government\n\n/);
  });

  it('shows an active citizen', async () => {
    const dir = networkDir({ 'labs/lahore/citizens/gul.yaml': 'name: Gul\narea: Gulberg\nconsent: 2026-11-02\nstatus: active\n' });
    const shown = await runCli(['show', 'lahore/citizen/gul'], { cwd: dir });
    expect(shown.stdout).toMatch(/^Citizen gul of lab lahore \(labs\/lahore\/citizens\/gul.yaml\)\n\n {2}Name +Gul\n {2}Area +Gulberg\n/);
  });

  it('prints JSON: the record, its file and the findings', async () => {
    const shown = JSON.parse((await show('lahore/member/sara-malik', '--format', 'json')).stdout);
    expect(shown).toMatchObject({ kind: 'member', lab: 'lahore', id: 'sara-malik', file: 'labs/lahore/members/sara-malik.yaml', record: { name: 'Sara Malik', weekly_hours: 'five' } });
    expect(shown.findings).toEqual([expect.objectContaining({ rule: 'schema', line: 5 })]);
  });

  it.each([
    [['lahore/member/sara-malk'], 'cil: lab lahore has no member `sara-malk`; did you mean `sara-malik`?\n'],
    [['lahore/members'], 'cil: `lahore/members` names no record: write a lab (lahore) or lahore/<kind>/<id>, a kind being one of member, event, project, report, partner, citizen\n'],
    [['lahor'], 'cil: there is no lab `lahor` in this network; did you mean `lahore`?\n'],
  ])('refuses %j with what to write instead, exit 2', async (words, message) => {
    const { status, stderr } = await show(...words);
    expect(status).toBe(2);
    expect(stderr).toBe(message);
  });
});
