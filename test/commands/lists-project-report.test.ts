import { describe, expect, it } from 'vitest';
import { audit } from '../../src/commands/audit.js';
import { runCli } from '../helpers/cli.js';
import { networkDir } from '../helpers/network.js';
import { lab, member, project, report } from '../helpers/records.js';

const karachi = {
  'labs/karachi/lab.yaml': 'name: CIL Karachi\ncity: Karachi\nprovince: Sindh\nfounded: 2026-11-01\nstatus: active\nleads: [omar-shaikh]\n',
  'labs/karachi/members/omar-shaikh.yaml': 'name: Omar Shaikh\njoined: 2026-11-01\nroles: [{ role: organizer }]\nstatus: active\n',
  'labs/karachi/projects/bus-stops.yaml': 'name: بس اسٹاپ\nstatus: building\nrepository: https://github.com/cil-karachi/bus-stops\nlicense: MIT\n',
};

describe('cil project list', () => {
  const dir = networkDir({
    ...lab('2026-01-01'),
    ...member('sara-malik', '2026-02-01'),
    ...project('toilet-finder', [
      'name: Toilet Finder',
      'status: launched',
      'partner: pitb',
      'mou_signed: 2026-03-01',
      'team: [{ member: ayesha-khan, role: technologist }, { member: sara-malik }]',
      'repository: https://github.com/cil-lahore/toilet-finder',
      'license: MIT',
      'kpis: [{ name: Users, target: 1000, actual: 700 }, { name: Toilets, target: 50 }]',
      '',
    ].join('\n')),
    ...project('old-map', 'name: Old Map\nstatus: closed\nended: 2026-06-01\n'),
    ...karachi,
  });
  const list = (...flags: string[]) => runCli(['project', 'list', ...flags], { cwd: dir });

  it('prints the projects under way as an aligned table, Urdu names measured by display width', async () => {
    const { status, stdout } = await list();
    expect(status).toBe(0);
    expect(stdout).toBe([
      'LAB      ID             NAME           STATUS    PARTNER  MOU         TEAM  KPIS',
      'karachi  bus-stops      بس اسٹاپ       building  -        -              0  -',
      'lahore   toilet-finder  Toilet Finder  launched  pitb     2026-03-01     2  Users 700/1000; Toilets ?/50',
      '',
    ].join('\n'));
  });

  it('shows those that ended with --all, one status with --status, one lab by its id', async () => {
    expect((await list('--all')).stdout).toMatch(/^lahore +old-map +Old Map +closed /m);
    const closed = await list('lahore', '--status', 'Closed');
    expect(closed.stdout.split('\n').slice(1, -1).map((line) => line.split(/ +/)[1])).toEqual(['old-map']);
    expect((await list('karachi', '--status', 'launched')).stdout).toBe('No project is launched in lab karachi.\n');
    expect((await list('karachi', '--status', 'closed', '--all')).stdout).toBe('No project is closed in lab karachi.\n');
  });

  it('prints JSON for scripts, every field present', async () => {
    const { stdout } = await list('lahore', '--format', 'json');
    expect(JSON.parse(stdout)).toEqual([{
      lab: 'lahore',
      id: 'toilet-finder',
      name: 'Toilet Finder',
      status: 'launched',
      started: null,
      ended: null,
      partner: 'pitb',
      mou_signed: '2026-03-01',
      repository: 'https://github.com/cil-lahore/toilet-finder',
      license: 'MIT',
      website: null,
      team: [{ member: 'ayesha-khan', role: 'technologist' }, { member: 'sara-malik' }],
      kpis: [{ name: 'Users', target: 1000, actual: 700 }, { name: 'Toilets', target: 50 }],
    }]);
  });

  it('refuses a lab the network does not have with the nearest id, and a status that is none, exit 2', async () => {
    const typo = await list('lahor');
    expect(typo.status).toBe(2);
    expect(typo.stderr).toBe('cil: there is no lab `lahor` in this network; did you mean `lahore`?\n');
    expect((await list('--status', 'finished')).stderr).toMatch(/^cil: --status: `finished` is not one of: discovery, building/);
  });
});

describe('cil report list', () => {
  // As of 20 November, with monthly updates due on the 7th and quarterly reports on the 15th.
  const files = {
    ...lab('2026-07-01'),
    ...report('2026-07-monthly', 'kind: monthly\nperiod: 2026-07\nsubmitted: 2026-08-05\n'),
    ...report('2026-08-monthly', 'kind: monthly\nperiod: 2026-08\n'),
    ...report('2026-09-monthly', 'kind: monthly\nperiod: 2026-09\nsubmitted: 2026-10-10\n'),
    ...report('2026-Q3-quarterly', 'kind: quarterly\nperiod: 2026-Q3\nsubmitted: 2026-10-14\n'),
    ...project('toilet-finder', 'name: Toilet Finder\nstatus: discovery\n'),
    ...report('toilet-finder-discovery', 'kind: discovery\nproject: toilet-finder\nsubmitted: 2026-11-02\n'),
  };
  const dir = networkDir({ ...files, ...karachi });
  const list = (...flags: string[]) => runCli(['report', 'list', ...flags, '--as-of', '2026-11-20'], { cwd: dir });

  it('says of each report whether it is due, submitted, late or missing, as the audit judges them', async () => {
    const { status, stdout } = await list('lahore');
    expect(status).toBe(0);
    expect(stdout).toBe([
      'LAB     KIND       PERIOD         STATE      DUE         SUBMITTED',
      'lahore  monthly    2026-07        submitted  2026-08-07  2026-08-05',
      'lahore  monthly    2026-08        undated    2026-09-07  -',
      'lahore  monthly    2026-09        late       2026-10-07  2026-10-10',
      'lahore  monthly    2026-10        missing    2026-11-07  -',
      'lahore  monthly    2026-11        due        2026-12-07  -',
      'lahore  quarterly  2026-Q3        submitted  2026-10-15  2026-10-14',
      'lahore  quarterly  2026-Q4        due        2027-01-15  -',
      'lahore  discovery  toilet-finder  submitted  -           2026-11-02',
      '',
    ].join('\n'));
    // The audit's report rules judge the same reports; the late and undated ones are history by now (the next was due since).
    const findings = (await audit({ cwd: dir, asOf: '2026-11-20' })).findings.filter((finding) => finding.rule.endsWith('-report-due'));
    expect(findings.map((finding) => [finding.severity, finding.message.slice(0, 71)])).toEqual([
      ['error', 'the monthly report of lab lahore for October 2026 was due by 7 November'],
    ]);
  });

  it('filters by kind, and holds a lab founded this month to no report yet', async () => {
    // Karachi was founded on 1 November: its first quarter is not a whole one, and no quarterly report is due of it.
    const rows = (output: string) => output.split('\n').slice(1, -1).map((line) => line.split(/ +/).slice(0, 4).join(' '));
    expect(rows((await list('--kind', 'quarterly')).stdout)).toEqual(['lahore quarterly 2026-Q3 submitted', 'lahore quarterly 2026-Q4 due']);
    expect(rows((await list('karachi')).stdout)).toEqual(['karachi monthly 2026-11 due']);
    expect((await list('karachi', '--kind', 'closure')).stdout).toBe('No closure reports recorded or due in lab karachi.\n');
  });

  it('prints JSON for scripts, a period or a project on each', async () => {
    const rows = JSON.parse((await list('lahore', '--format', 'json', '--kind', 'discovery')).stdout) as unknown[];
    expect(rows).toEqual([{
      lab: 'lahore',
      kind: 'discovery',
      name: 'toilet-finder-discovery',
      period: null,
      project: 'toilet-finder',
      state: 'submitted',
      due: null,
      submitted: '2026-11-02',
      file: 'labs/lahore/reports/toilet-finder-discovery.yaml',
    }]);
    const missing = JSON.parse((await list('lahore', '--format', 'json')).stdout) as { state: string; file: unknown }[];
    expect(missing.find((row) => row.state === 'missing')).toMatchObject({ name: '2026-10-monthly', due: '2026-11-07', file: null });
  });

  it('refuses a lab the network does not have with the nearest id, exit 2', async () => {
    const typo = await list('karachy');
    expect(typo.status).toBe(2);
    expect(typo.stderr).toBe('cil: there is no lab `karachy` in this network; did you mean `karachi`?\n');
  });
});
