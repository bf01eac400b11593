import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/commands/audit.js';
import { projectEdit } from '../../src/commands/project-edit.js';
import { runCli } from '../helpers/cli.js';
import { commitAll, git } from '../helpers/git.js';
import { scriptedPrompter } from '../helpers/io.js';
import { BASE, networkDir } from '../helpers/network.js';
import { member } from '../helpers/records.js';
import { writeIn } from '../helpers/write.js';

const projectPath = 'labs/lahore/projects/toilet-finder.yaml';
const project = [
  '# The first project of the lab.',
  'name: Toilet Finder # working name',
  'status: discovery',
  'started: 2026-11-03',
  'partner: pitb # signed in February',
  'mou_signed: 2026-11-02',
  'repository: https://github.com/cil-lahore/toilet-finder',
  'license: MIT',
  'kpis:',
  '  - { name: Users, target: 1000, actual: 700 }',
  '',
].join('\n');
const karachi = {
  'labs/karachi/lab.yaml': 'name: CIL Karachi\ncity: Karachi\nprovince: Sindh\nfounded: 2026-11-01\nstatus: active\nleads: [omar-shaikh]\n',
  'labs/karachi/members/omar-shaikh.yaml': 'name: Omar Shaikh\njoined: 2026-11-01\nroles: [{ role: organizer }]\nstatus: active\n',
};
const network = (text = project) => networkDir({ [projectPath]: text, ...member('sara-malik', '2026-11-02'), ...karachi });
const edit = writeIn(projectEdit, { lab: 'lahore', project: 'toilet-finder' }, '2026-11-20');
const read = (dir: string) => readFileSync(join(dir, projectPath), 'utf8');

describe('cil project edit', () => {
  it('changes what its flags say, in place, keeping comments and order, new fields where the schema puts them, and commits', async () => {
    const dir = network();
    commitAll(dir);
    const result = await edit(dir, {
      status: 'building',
      license: 'Apache-2.0',
      website: 'https://toilets.example.org',
      addMember: ['sara-malik:Technologist', 'ayesha-khan'],
    }, { commit: true });
    expect(read(dir)).toBe([
      '# The first project of the lab.',
      'name: Toilet Finder # working name',
      'status: building',
      'started: 2026-11-03',
      'partner: pitb # signed in February',
      'mou_signed: 2026-11-02',
      'team:',
      '  - member: sara-malik',
      '    role: technologist',
      '  - member: ayesha-khan',
      'repository: https://github.com/cil-lahore/toilet-finder',
      'license: Apache-2.0',
      'website: https://toilets.example.org',
      'kpis:',
      '  - { name: Users, target: 1000, actual: 700 }',
      '',
    ].join('\n'));
    expect(result.commit?.message).toBe(
      'Edit project Toilet Finder of lab lahore: status discovery -> building, licence MIT -> Apache-2.0, website (none) -> https://toilets.example.org, '
      + 'Sara Malik joins the team as technologist, Ayesha Khan joins the team',
    );
    expect(git(dir, 'status', '--porcelain')).toBe('');
    expect((await audit({ cwd: dir, asOf: '2026-11-20' })).findings).toEqual([]);
  });

  it('adds KPIs, sets their latest values (a new one too), and gives a member on the team a new role', async () => {
    const dir = network(project.replace('kpis:', 'team:\n  - member: sara-malik\n    role: member\nkpis:'));
    commitAll(dir);
    const result = await edit(dir, { addKpi: ['Toilets mapped:200:toilets'], kpi: ['Users=850', 'Toilets mapped=40'], addMember: ['sara-malik:technologist'] }, { commit: true });
    expect(result.commit?.message).toBe('Edit project Toilet Finder of lab lahore: Sara Malik now technologist on the team, new KPI Toilets mapped, Users 700 -> 850 on 2026-11-20, Toilets mapped (none) -> 40 on 2026-11-20');
    expect(read(dir)).toContain([
      'team:',
      '  - member: sara-malik',
      '    role: technologist',
      'kpis:',
      // yaml writes a flow mapping it changes without the spaces inside its braces.
      // The value it had without a date is kept in its history as of the project's start.
      '  - {name: Users, target: 1000, actual: 850, history: [{date: 2026-11-03, value: 700}, {date: 2026-11-20, value: 850}]}',
      '  - name: Toilets mapped',
      '    target: 200',
      '    actual: 40',
      '    unit: toilets',
      '    history:',
      '      - date: 2026-11-20',
      '        value: 40',
      '',
    ].join('\n'));
    expect(result.written).toContain(projectPath);
  });

  it('keeps a KPI\'s values in its history in date order, on the day --date gives, one value a day', async () => {
    const dir = network(project.replace('{ name: Users, target: 1000, actual: 700 }', '{ name: Users, actual: 700, history: [{ date: 2026-11-05, value: 500 }, { date: 2026-11-15, value: 700 }] }'));
    await edit(dir, { kpi: ['Users=600'], date: '2026-11-10' });
    // A value measured before the newest one leaves `actual` as it is.
    expect(read(dir)).toContain('{name: Users, actual: 700, history: [{date: 2026-11-05, value: 500}, {date: 2026-11-10, value: 600}, {date: 2026-11-15, value: 700}]}');
    await edit(dir, { kpi: ['Users=750'], date: '2026-11-15' });
    expect(read(dir)).toContain('{name: Users, actual: 750, history: [{date: 2026-11-05, value: 500}, {date: 2026-11-10, value: 600}, {date: 2026-11-15, value: 750}]}');
  });

  it('records a redeployment to another lab, today unless --date says when', async () => {
    const dir = network();
    await edit(dir, { redeployedTo: 'karachi' });
    expect(read(dir)).toMatch(/kpis:\n.*\nredeployments:\n {2}- lab: karachi\n {4}date: 2026-11-20\n$/);
    await edit(dir, { redeployedTo: 'karachi', date: '2026-11-15' });
    expect(read(dir)).toMatch(/- lab: karachi\n {4}date: 2026-11-15\n$/);
  });

  it('takes out the MoU of the partner a project leaves, unless one with the new partner is given', async () => {
    const lab = (BASE['labs/lahore/lab.yaml'] as string).concat('  - id: lums\n    name: LUMS\n    kind: academia\n');
    const dir = networkDir({ 'labs/lahore/lab.yaml': lab, [projectPath]: project, ...member('sara-malik', '2026-11-02'), ...karachi });
    const result = await edit(dir, { partner: 'lums' });
    expect(read(dir)).toBe(project.replace('partner: pitb # signed in February\nmou_signed: 2026-11-02\n', 'partner: lums # signed in February\n'));
    expect(result.notes).toContain('The MoU signed on 2026-11-02 was with pitb, so it was taken out: give --mou-signed once lums signs one.');
    expect(result.commit).toBeUndefined();
    await edit(dir, { partner: 'pitb', mouSigned: '2026-11-15' });
    expect(read(dir)).toBe(project.replace('mou_signed: 2026-11-02', 'mou_signed: 2026-11-15'));
  });

  it('takes a project closed by mistake back into work, taking its end date out', async () => {
    const dir = network(project.replace('status: discovery\nstarted: 2026-11-03', 'status: abandoned\nstarted: 2026-11-03\nended: 2026-11-10'));
    const result = await edit(dir, { status: 'building' });
    expect(read(dir)).toBe(project.replace('status: discovery', 'status: building'));
    expect(result.notes).toContain('Its end date (2026-11-10) was taken out: the project is under way again.');
  });

  it.each([
    [{ status: 'closed' }, /^--status: to mark a project closed, run `cil project close lahore toilet-finder --status closed`/],
    [{ partner: 'pitt' }, /^--partner: `pitt` is not a partner of lab lahore .*; did you mean `pitb`\?/],
    [{ license: 'GPL-3.0' }, /^--license: /],
    [{ addMember: ['sara-malk:technologist'] }, /^--add-member: `sara-malk` is not a member of lab lahore; did you mean `sara-malik`\?/],
    [{ addMember: ['sara-malik:coder'] }, /^--add-member: .*coder/],
    [{ addKpi: ['Users:2000:users'] }, /^--add-kpi: the project has a KPI `Users` already; set its value with --kpi "Users=<actual>"/],
    [{ addKpi: ['Visits:many'] }, /^--add-kpi: the target of `Visits:many` is not a number/],
    [{ kpi: ['Userz=900'] }, /^--kpi: the project has no KPI `Userz`; did you mean `Users`\?/],
    [{ kpi: ['Users=lots'] }, /^--kpi: `Users=lots` is not name=actual with a number/],
    [{ redeployedTo: 'lahore' }, /^--redeployed-to: lahore is the project's own lab/],
    [{ redeployedTo: 'quetta' }, /^--redeployed-to: `quetta` is not a lab of this network \(other labs: karachi\)/],
    [{ date: '2026-11-15' }, /^--date: it is the day of a redeployment or of KPI values: give --redeployed-to <lab> or --kpi with it/],
    [{ redeployedTo: 'karachi', date: '2026-10-01' }, /^--date: 2026-10-01 is before the project started \(2026-11-03\)/],
    [{ status: 'discovery' }, /^nothing would change: labs\/lahore\/projects\/toilet-finder\.yaml already says so/],
    [{ kpi: ['Users=700'] }, /^nothing would change/],
    [{}, /^nothing would change/],
  ])('refuses %j, naming the flag, and writes nothing', async (flags, message) => {
    const dir = network();
    await expect(edit(dir, flags)).rejects.toThrow(message);
    expect(read(dir)).toBe(project);
  });

  it('asks every field with its current value as the default, and Enter keeps it', async () => {
    const dir = network();
    // status, partner, MoU, repository, licence, website, a team member, a KPI, keep the KPI values, a new value, redeployment.
    const prompter = scriptedPrompter([undefined, undefined, undefined, 'https://github.com/cil-lahore/toilets', undefined, undefined, '', '', true, 'Users=900', '', '', '2026-11-18']);
    const result = await edit(dir, {}, { prompter });
    const defaults = Object.fromEntries(prompter.asked.map((question) => [question.message, question.default]));
    expect(defaults).toMatchObject({
      'Where the project stands': 'discovery',
      'Partner it is built with (optional)': 'pitb',
      'Date the MoU with the partner was signed (YYYY-MM-DD) (optional)': '2026-11-02',
      'Public source code repository (https://...) (optional)': 'https://github.com/cil-lahore/toilet-finder',
      'Licence, as an SPDX id such as MIT or Apache-2.0 (optional)': 'MIT',
      'Where the running service can be used (https://...) (optional)': undefined,
      'A KPI\'s latest measured value, as name=actual: keep "Users=700"?': true,
    });
    expect(read(dir)).toBe(
      project
        .replace('{ name: Users, target: 1000, actual: 700 }', '{name: Users, target: 1000, actual: 900, history: [{date: 2026-11-03, value: 700}, {date: 2026-11-18, value: 900}]}')
        .replace('toilet-finder\n', 'toilets\n'),
    );
    expect(result.commit).toBeUndefined();
  });

  it('asks for KPI values only when the project has KPIs, and for a redeployment only when there are other labs', async () => {
    const dir = networkDir({ [projectPath]: project.replace(/kpis:\n.*\n/, '') });
    const prompter = scriptedPrompter([undefined, undefined, undefined, undefined, undefined, 'https://toilets.example.org', '', '']);
    await edit(dir, {}, { prompter });
    expect(prompter.asked.map((question) => question.message.replace(/ \(.*/, ''))).toEqual([
      'Where the project stands',
      'Partner it is built with',
      'Date the MoU with the partner was signed',
      'Public source code repository',
      'Licence, as an SPDX id such as MIT or Apache-2.0',
      'Where the running service can be used',
      'Member to add to the team, as member:role',
      'KPI to add, as name:target:unit',
    ]);
    expect(read(dir)).toContain('license: MIT\nwebsite: https://toilets.example.org\n');
  });

  it('asks nothing more on a terminal once a flag says what changes', async () => {
    const dir = network();
    const prompter = scriptedPrompter([]);
    await edit(dir, { website: 'https://toilets.example.org' }, { prompter });
    expect(prompter.asked).toEqual([]);
    expect(read(dir)).toBe(project.replace('kpis:', 'website: https://toilets.example.org\nkpis:'));
  });

  it('refuses what the audit would refuse of the project as edited', async () => {
    const dir = network(project.replace(/repository: .*\n/, ''));
    await expect(edit(dir, { status: 'building' })).rejects.toThrow(/^nothing was written: the audit would refuse it: .* project-open-source: /);
  });

  it('--dry-run shows the change as a diff and leaves the tree, the index and the history as they were', async () => {
    const dir = network();
    commitAll(dir);
    const state = () => [git(dir, 'status', '--porcelain'), git(dir, 'diff', '--cached'), git(dir, 'log', '--format=%H')];
    const before = state();
    const run = await runCli(['project', 'edit', 'lahore', 'toilet-finder', '--status', 'building', '--dry-run', '--commit'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('-status: discovery\n+status: building');
    expect(state()).toEqual(before);
    expect(read(dir)).toBe(project);
  });

  it('refuses a project the lab does not have, naming those it has', async () => {
    const other = writeIn(projectEdit, { lab: 'lahore', project: 'bus-stops' }, '2026-11-20');
    await expect(other(network(), { status: 'building' })).rejects.toThrow('there is no project `bus-stops` in lab lahore (projects: toilet-finder)');
  });
});
