import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/commands/audit.js';
import { partnerAdd, partnerEdit } from '../../src/commands/partner.js';
import { runCli } from '../helpers/cli.js';
import { commitAll, GIT_IDENTITY, git } from '../helpers/git.js';
import { scriptedPrompter } from '../helpers/io.js';
import { networkDir } from '../helpers/network.js';
import { meeting, project } from '../helpers/records.js';
import { writeIn } from '../helpers/write.js';

const LAB = 'labs/lahore/lab.yaml';
const labYaml = [
  'name: Civic Innovation Lab Lahore',
  'city: Lahore',
  'province: Punjab',
  'founded: 2026-11-01',
  'status: active',
  'leads: [ayesha-khan]',
  'partners: # who we work with',
  '  - id: pitb',
  '    name: Punjab Information Technology Board # as on their letterhead',
  '    kind: government',
  '  - { id: lums, name: LUMS Civic Lab }',
  '',
].join('\n');
const finder = project('toilet-finder', 'name: Toilet Finder\nstatus: discovery\nstarted: 2026-11-02\npartner: pitb\n');
const meetup = meeting('2026-11-05', ['ayesha-khan'], [], 'meetup', 'partners: [lums, pitb]\n');
const network = () => networkDir({ [LAB]: labYaml, ...finder, ...meetup });
const add = writeIn(partnerAdd, { lab: 'lahore' }, '2026-11-20');
const edit = (partner: string) => writeIn(partnerEdit, { lab: 'lahore', partner }, '2026-11-20');
const read = (dir: string, path = LAB) => readFileSync(join(dir, path), 'utf8');

describe('cil partner add', () => {
  it("adds a partner to lab.yaml's partners, an id made from its name, and commits", async () => {
    const dir = network();
    commitAll(dir);
    const result = await add(dir, { name: 'Punjab Safe Cities Authority', kind: 'Government', mouSigned: '2026-11-10', website: 'https://psca.example.org' }, { commit: true });
    expect(read(dir)).toBe(labYaml.replace(
      '  - { id: lums, name: LUMS Civic Lab }\n',
      '  - { id: lums, name: LUMS Civic Lab }\n  - id: punjab-safe-cities-authority\n    name: Punjab Safe Cities Authority\n    kind: government\n'
      + '    mou_signed: 2026-11-10\n    website: https://psca.example.org\n',
    ));
    expect(result.commit?.message).toBe('Add partner Punjab Safe Cities Authority (punjab-safe-cities-authority) to lab lahore');
    expect(result.notes).toContain("The partner's id is `punjab-safe-cities-authority`: a project names it with `--partner punjab-safe-cities-authority`.");
    expect(git(dir, 'log', '-1', '--format=%s').trim()).toBe(result.commit?.message);
    expect((await audit({ cwd: dir, asOf: '2026-11-20' })).findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('makes the partners list when the lab has none, in the schema\'s place', async () => {
    const dir = networkDir({ [LAB]: labYaml.replace(/partners:[^]*$/, 'okrs:\n  - objective: Open data\n') });
    await add(dir, { name: 'Dawn', id: 'dawn', kind: 'media' });
    expect(read(dir)).toContain('leads: [ayesha-khan]\npartners:\n  - id: dawn\n    name: Dawn\n    kind: media\nokrs:\n');
  });

  it.each([
    [{ name: 'PITB', id: 'pitb' }, /^--id: lab lahore has a partner `pitb` already \(labs\/lahore\/lab.yaml\); change it with `cil partner edit lahore pitb`/],
    [{ name: 'PITB' }, /^lab lahore has a partner `pitb` already .*\(--id pitb was the default; give another with --id\)/],
    [{ name: 'Dawn', kind: 'newspaper' }, /^--kind: /],
    [{ name: 'Dawn', website: 'dawn.com' }, /^--website: `website` of a partner must be a full web address/],
    [{ name: 'Dawn', mouSigned: '2026-02-30' }, /^--mou-signed: .*real date/],
    [{ name: 'ڈان' }, /^--id is missing: no id can be made from `ڈان`/],
  ])('refuses %o, writing nothing', async (flags, message) => {
    const dir = network();
    await expect(add(dir, flags)).rejects.toThrow(message);
    expect(read(dir)).toBe(labYaml);
  });

  it('with --dry-run, shows the diff and leaves the files, the index and the history as they were', async () => {
    const dir = network();
    commitAll(dir);
    const state = () => [git(dir, 'status', '--porcelain'), git(dir, 'diff', '--cached'), git(dir, 'log', '--format=%H')];
    const before = state();
    const run = await runCli(['partner', 'add', 'lahore', '--name', 'Dawn', '--kind', 'media', '--dry-run', '--commit'], { cwd: dir, env: GIT_IDENTITY });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('+  - id: dawn\n+    name: Dawn\n+    kind: media\n');
    expect(state()).toEqual(before);
  });
});

describe('cil partner edit', () => {
  it('changes what its flags say, keeping comments and the flow style of a partner written on one line', async () => {
    const dir = network();
    commitAll(dir);
    const result = await edit('pitb')(dir, { name: 'PITB', mouSigned: '2026-11-03' }, { commit: true });
    expect(read(dir)).toBe(labYaml.replace('Punjab Information Technology Board #', 'PITB #').replace('kind: government\n', 'kind: government\n    mou_signed: 2026-11-03\n'));
    expect(result.commit?.message).toBe('Edit partner pitb of lab lahore: set name to PITB, set the MoU date to 2026-11-03');
    await edit('lums')(dir, { kind: 'academia', website: 'https://lums.example.org' });
    expect(read(dir)).toContain('  - {id: lums, name: LUMS Civic Lab, kind: academia, website: https://lums.example.org}\n');
  });

  it('renames a partner where the events and projects name it too', async () => {
    const dir = network();
    const result = await edit('pitb')(dir, { id: 'punjab-itb' });
    expect(result.written).toEqual([LAB, 'labs/lahore/events/2026-11-05-meetup.yaml', 'labs/lahore/projects/toilet-finder.yaml']);
    expect(read(dir)).toContain('  - id: punjab-itb\n');
    expect(read(dir, 'labs/lahore/events/2026-11-05-meetup.yaml')).toContain('partners: [lums, punjab-itb]\n');
    expect(read(dir, 'labs/lahore/projects/toilet-finder.yaml')).toContain('partner: punjab-itb\n');
    expect((await audit({ cwd: dir, asOf: '2026-11-20' })).findings.filter((finding) => finding.rule === 'reference')).toEqual([]);
  });

  it.each([
    ['pitbb', {}, /^lab lahore has no partner `pitbb` in labs\/lahore\/lab.yaml; did you mean `pitb`\?/],
    ['pitb', { id: 'lums' }, /^--id: lab lahore has a partner `lums` already/],
    ['pitb', { id: 'Punjab IT' }, /^--id: `Punjab IT` is not a valid id/],
    ['pitb', { kind: 'government' }, /^nothing would change/],
  ])('refuses %s %o, writing nothing', async (partner, flags, message) => {
    const dir = network();
    await expect(edit(partner)(dir, flags)).rejects.toThrow(message);
    expect(read(dir)).toBe(labYaml);
  });

  it('asks every field on a terminal with its current value as the default', async () => {
    const dir = network();
    const prompter = scriptedPrompter([undefined, undefined, 'academia', undefined, 'https://pitb.example.org']);
    await edit('pitb')(dir, {}, { prompter });
    expect(prompter.asked.map((question) => [question.message, question.default])).toEqual([
      ["The partner's full name", 'Punjab Information Technology Board'],
      ["The partner's id (lowercase letters, digits and hyphens)", 'pitb'],
      ['What kind of organisation it is (optional)', 'government'],
      ['Date a memorandum of understanding was signed (YYYY-MM-DD) (optional)', undefined],
      ['Its website (https://...) (optional)', undefined],
    ]);
    expect(read(dir)).toContain('    kind: academia\n    website: https://pitb.example.org\n');
  });
});

describe('cil partner list', () => {
  const dir = networkDir({
    [LAB]: labYaml,
    ...finder,
    'labs/sukkur/lab.yaml': 'name: CIL Sukkur\ncity: Sukkur\nprovince: Sindh\nfounded: 2026-10-01\nstatus: forming\nleads: [zainab-bibi]\npartners: [{ id: smc, name: سکھر میونسپل کارپوریشن, kind: government, mou_signed: 2026-10-05 }]\n',
    'labs/sukkur/members/zainab-bibi.yaml': 'name: Zainab Bibi\njoined: 2026-10-01\nroles: [{ role: organizer }]\nstatus: active\n',
  });
  const list = (...flags: string[]) => runCli(['partner', 'list', ...flags], { cwd: dir });

  it('prints every lab\'s partners as an aligned table, Urdu names measured by display width', async () => {
    const { status, stdout } = await list();
    expect(status).toBe(0);
    expect(stdout).toBe([
      'LAB     ID    NAME                                 KIND        MOU SIGNED  PROJECTS',
      'lahore  pitb  Punjab Information Technology Board  government  -                  1',
      'lahore  lums  LUMS Civic Lab                       -           -                  0',
      'sukkur  smc   سکھر میونسپل کارپوریشن               government  2026-10-05         0',
      '',
    ].join('\n'));
  });

  it('prints one lab\'s partners, of one kind, as JSON for scripts', async () => {
    const { stdout } = await list('lahore', '--kind', 'Government', '--format', 'json');
    expect(JSON.parse(stdout)).toEqual([{ lab: 'lahore', id: 'pitb', name: 'Punjab Information Technology Board', kind: 'government', mou_signed: null, website: null, projects: 1 }]);
    expect((await list('sukkur', '--kind', 'media')).stdout).toBe('No media partners recorded in lab sukkur: `cil partner add sukkur` adds one.\n');
  });

  it('refuses a lab that is none, exit 2, naming the nearest', async () => {
    const { status, stderr } = await list('lahor');
    expect(status).toBe(2);
    expect(stderr).toMatch(/there is no lab `lahor` in this network; did you mean `lahore`\?/);
  });
});
