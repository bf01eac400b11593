import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/commands/audit.js';
import { status } from '../../src/commands/status.js';
import { formatStatus } from '../../src/format/status.js';
import { runCli } from '../helpers/cli.js';
import { networkDir } from '../helpers/network.js';
import { lab, meeting, member, report } from '../helpers/records.js';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));

describe('cil status', () => {
  it('summarises the example network on one screen, with what needs attention', async () => {
    const result = await status({ cwd: examples, asOf: '2026-11-20' });
    const text = formatStatus(result, { color: false, detail: false });
    expect(text).toMatchInlineSnapshot(`
      "Code for Pakistan Civic Innovation Labs (example network): 3 labs, as of 20 November 2026

      lab       status   lead  members  meetings  events  reports     mous  projects  women  findings
      karachi   active   yes   6        1         0       up to date  1     1+1       50%    0/0/1
      peshawar  active   yes   6        1         1       up to date  2     2+0       50%    0/0/1
      quetta    forming  yes   5        1         0       1 late      0     1+0       20%    0/2/4

      meetings: lab meetings last month; events: events with citizens and technologists this quarter;
      mous: partners with a signed MoU; projects: active+completed; findings: errors/warnings/infos.

      Needs attention
      - quetta: Jalal Achakzai missed 2 meetings in a row (5 September 2026 and 10 October 2026): a
        warning is due
      - quetta: Reports up to date: 0 missing, 1 late of 9 due; 1 more came late earlier
      - quetta: Partners with MoUs: 0 of 1 partners
      - quetta: Women's share of members: 20%: 1 of 5 (target 25%)

      Run \`cil status <lab>\` for a lab in detail, and \`cil audit\` for every finding.
      "
    `);
    expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThanOrEqual(100);
  });

  it('shows one lab in detail: checklist, role metrics, attention', async () => {
    const result = await status({ cwd: examples, asOf: '2026-11-20', lab: 'quetta' });
    const text = formatStatus(result, { color: false, detail: true });
    expect(text).toMatchInlineSnapshot(`
      "Civic Innovation Lab Quetta (quetta)
      Quetta, Balochistan; forming; as of 20 November 2026

      Recognition checklist
        yes      Active lead                  Naveed Kakar
        yes      Active members               5 (a lead and a core team make 4 or more)
        yes      Lab meetings                 November 2026: 1 so far; October 2026: 1 (at least 1 a
                                              month)
        not yet  Community event this quarter 0 so far in 2026-Q4 (at least 1 a quarter)
        no       Reports up to date           0 missing, 1 late of 9 due; 1 more came late earlier
        no       Partners with MoUs           0 of 1 partners
        yes      Projects                     1 active, 0 completed
        no       Women's share of members     20%: 1 of 5 (target 25%)

      Role metrics
        Organizer            active projects 1; completed projects 0
        Delivery lead        active 1; completed 0; redeployed 0
        Community organizer  new members this quarter 0; active members 5
        Storyteller          published stories 2; links 0

      Hours reported (August 2026, September 2026, October 2026)
        Jalal Achakzai  10 of 17.7 (below)      4 of 17.1 (below)       none of 17.7 (below)
        Kamran Zehri    18 of 17.7              17.5 of 17.1            18 of 17.7
        Mahnoor Baloch  20 of 17.7              22 of 17.1              21 of 17.7
        Naveed Kakar    24 of 22.1              22 of 21.4              23 of 22.1
        شاہ زیب مینگل   18 of 17.7              18 of 17.1              19 of 17.7

      Needs attention
      - Jalal Achakzai missed 2 meetings in a row (5 September 2026 and 10 October 2026): a warning is due
      - Reports up to date: 0 missing, 1 late of 9 due; 1 more came late earlier
      - Partners with MoUs: 0 of 1 partners
      - Women's share of members: 20%: 1 of 5 (target 25%)

      Audit: 0 errors, 2 warnings, 4 infos (\`cil audit labs/quetta\` lists them).

      "
    `);
    expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThanOrEqual(100);
  });

  it('counts the role metrics of the handbook', async () => {
    const { labs } = await status({ cwd: examples, asOf: '2026-11-20', lab: 'peshawar' });
    // The organizer's and delivery lead's projects, and the active members, are the checklist's.
    expect(labs[0]?.checklist.projects).toEqual({ met: true, active: 2, completed: 0 });
    expect(labs[0]?.checklist.activeMembers.count).toBe(6);
    expect(labs[0]?.roles).toEqual({
      deliveryLead: { redeployments: 1 },
      communityOrganizer: { newMembers: 0 },
      storyteller: { stories: 4, links: 4 },
    });
  });

  it('flags members due a warning or offboarding', async () => {
    const dir = networkDir({
      ...member('sara-malik', '2026-02-01', 'warnings:\n  - { date: 2026-06-01, reason: a }\n  - { date: 2026-07-01, reason: b }\n'),
      'labs/lahore/events/2026-11-05-meetup.yaml': 'title: Meetup\nkind: meetup\ndate: 2026-11-05\nattendance: { present: [ayesha-khan] }\n',
      'labs/lahore/events/2026-11-12-meetup.yaml': 'title: Meetup\nkind: meetup\ndate: 2026-11-12\nattendance: { present: [ayesha-khan] }\n',
    });
    const { labs } = await status({ cwd: dir, asOf: '2026-11-20' });
    expect(labs[0]?.attention).toEqual([{ id: 'sara-malik', name: 'Sara Malik', due: 'offboarding', missed: ['2026-11-05', '2026-11-12'], reports: [] }]);
  });

  it('agrees with the audit on a lead whose reports went missing past their due days', async () => {
    const dir = networkDir({
      ...lab('2026-09-01'),
      ...member('ayesha-khan', '2026-09-01', 'roles: [{ role: organizer }]\n'),
      ...meeting('2026-09-12', ['ayesha-khan']),
    });
    const { labs } = await status({ cwd: dir, asOf: '2026-11-20' });
    expect(labs[0]?.attention).toEqual([
      { id: 'ayesha-khan', name: 'Ayesha Khan', due: 'warning', missed: ['2026-10-07', '2026-11-07'], reports: ['2026-09-monthly', '2026-10-monthly'] },
    ]);
    expect(formatStatus(await status({ cwd: dir, asOf: '2026-11-20', lab: 'lahore' }), { color: false, detail: true })).toContain(
      'Ayesha Khan missed 2 report deadlines in a row (7 October 2026 and 7 November 2026):',
    );
    const { findings } = await audit({ cwd: dir, asOf: '2026-11-20', env: { CIL_CACHE: 'off' } });
    expect(findings.filter((finding) => finding.rule === 'inactive-member').map((finding) => finding.file)).toEqual(['labs/lahore/members/ayesha-khan.yaml']);
  });

  it('agrees with the audit on reports: a late one needs attention until the next is due, then it is history', async () => {
    const dir = networkDir({
      ...lab('2026-09-01'),
      ...meeting('2026-09-05', ['ayesha-khan']),
      ...meeting('2026-10-10', ['ayesha-khan']),
      ...report('2026-09-monthly', 'kind: monthly\nperiod: 2026-09\nsubmitted: 2026-10-20\n'),
      ...report('2026-10-monthly', 'kind: monthly\nperiod: 2026-10\nsubmitted: 2026-11-07\n'),
    });
    const reports = async (asOf: string) => {
      const late = (await audit({ cwd: dir, asOf })).findings.filter((finding) => finding.rule === 'monthly-report-due');
      const { labs } = await status({ cwd: dir, asOf });
      return { findings: late.map((finding) => finding.severity), checklist: labs[0]?.checklist.reports };
    };
    expect(await reports('2026-11-07')).toEqual({
      findings: ['warning'],
      checklist: { met: false, due: 1, onTime: 0, missing: 0, late: 1, undated: 0, lateEarlier: 0 },
    });
    expect(await reports('2026-11-08')).toEqual({
      findings: [],
      checklist: { met: true, due: 2, onTime: 1, missing: 0, late: 0, undated: 0, lateEarlier: 1 },
    });
    const { labs } = await status({ cwd: dir, asOf: '2026-11-08', lab: 'lahore' });
    expect(formatStatus({ network: 'Test', asOf: '2026-11-08', labs }, { color: false, detail: true })).toContain(
      'yes      Reports up to date           0 missing, 0 late of 2 due; 1 came late earlier\n',
    );
  });

  it('prints JSON, and refuses a lab that does not exist', async () => {
    const json = await runCli(['status', '--format', 'json'], { cwd: examples });
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ asOf: '2026-11-20', labs: [{ id: 'karachi' }, { id: 'peshawar' }, { id: 'quetta' }] });
    type Hours = { months: string[]; members: { id: string; months: unknown[] }[] };
    const quetta = (JSON.parse(json.stdout) as { labs: { hours: Hours }[] }).labs[2];
    expect(quetta?.hours.months).toEqual(['2026-08', '2026-09', '2026-10']);
    expect(quetta?.hours.members.find((member) => member.id === 'jalal-achakzai')?.months).toEqual([
      { month: '2026-08', reported: 10, expected: 17.7 },
      { month: '2026-09', reported: 4, expected: 17.1 },
      { month: '2026-10', reported: null, expected: 17.7 },
    ]);
    const missing = await runCli(['status', 'lahore'], { cwd: examples });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('cil: there is no lab `lahore` in this network (labs: karachi, peshawar, quetta)\n');
  });
});

describe('cil status of a lab founded this month', () => {
  it('counts its lab meetings as met once this month holds enough, and reports as up to date with none due', async () => {
    const dir = networkDir({ ...lab('2026-11-02'), ...meeting('2026-11-05', ['ayesha-khan']) });
    const text = formatStatus(await status({ cwd: dir, asOf: '2026-11-20', lab: 'lahore' }), { color: false, detail: true });
    expect(text).toMatch(/^ {2}yes {6}Lab meetings {17}November 2026: 1 so far \(at least 1 a month\)$/m);
    expect(text).toMatch(/^ {2}yes {6}Reports up to date {11}none due yet$/m);
    // Without a meeting yet, the month is still under way.
    const quiet = networkDir(lab('2026-11-02'));
    expect(formatStatus(await status({ cwd: quiet, asOf: '2026-11-20', lab: 'lahore' }), { color: false, detail: true })).toMatch(/^ {2}not yet {2}Lab meetings /m);
  });
});

describe('a reading command on a cil.yaml with a problem', () => {
  it("stops, naming the problem's line and the fix, instead of showing the handbook's defaults as the network's", async () => {
    const dir = networkDir({ 'cil.yaml': 'network: Test Network\ntimezone: Asia/Karachi\npolicy:\n  meetup_per_month: 2\n' });
    for (const command of [['status'], ['lab', 'list'], ['export', 'json'], ['show', 'lahore'], ['report', 'render']]) {
      const run = await runCli(command, { cwd: dir });
      expect(run.status, command.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^cil: cil\.yaml:4:3: `meetup_per_month` is not a field of `policy`.*did you mean `meetups_per_month`\?\); fix cil\.yaml first/);
    }
    // The audit still reports it with everything else.
    expect((await runCli(['audit'], { cwd: dir })).stdout).toContain('cil.yaml:4:3 error schema `meetup_per_month`');
  });
});
