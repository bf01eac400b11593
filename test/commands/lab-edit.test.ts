import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/commands/audit.js';
import { labEdit } from '../../src/commands/lab-edit.js';
import { runCli } from '../helpers/cli.js';
import { commitAll, GIT_IDENTITY, git } from '../helpers/git.js';
import { scriptedPrompter } from '../helpers/io.js';
import { networkDir } from '../helpers/network.js';
import { member } from '../helpers/records.js';
import { writeIn } from '../helpers/write.js';

const LAB = 'labs/lahore/lab.yaml';
const labYaml = [
  '# Lahore, since November.',
  'name: Civic Innovation Lab Lahore',
  'city: Lahore',
  'province: Punjab',
  'founded: 2026-11-01',
  'status: active # recognised soon',
  'leads: [ayesha-khan]',
  'channels:',
  '  slack: "#cil-lahore"',
  'partners:',
  '  - id: pitb',
  '    name: Punjab Information Technology Board',
  '    kind: government',
  'okrs:',
  '  - objective: Open up Lahore/Punjab budget data',
  '    key_results:',
  '      - description: Publish datasets',
  '        target: 3',
  '        current: 1',
  '',
].join('\n');
const network = () => networkDir({ [LAB]: labYaml, ...member('sara-malik', '2026-11-02'), ...member('zara-khan', '2026-11-02', 'status: alumni\n') });
const edit = writeIn(labEdit, { lab: 'lahore' }, '2026-11-20');
const read = (dir: string) => readFileSync(join(dir, LAB), 'utf8');

describe('cil lab edit', () => {
  it('changes what its flags say, keeping comments, order and every other line, and commits saying what changed', async () => {
    const dir = network();
    commitAll(dir);
    const result = await edit(dir, { status: 'Recognized', addLead: ['sara-malik'], description: 'Budget data for Lahore' }, { commit: true });
    expect(read(dir)).toBe(
      labYaml
        .replace('status: active # recognised soon', 'status: recognized # recognised soon')
        .replace('leads: [ayesha-khan]', 'leads: [ayesha-khan, sara-malik]\ndescription: Budget data for Lahore'),
    );
    expect(result.commit?.message).toBe('Edit lab lahore: set the description, set status to recognized (was active), add lead sara-malik');
    expect(git(dir, 'log', '-1', '--format=%s').trim()).toBe(result.commit?.message);
    expect((await audit({ cwd: dir, asOf: '2026-11-20' })).findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('removes a lead when another active one is left, and names who could lead when none would be', async () => {
    const dir = network();
    await expect(edit(dir, { removeLead: ['ayesha-khan'] })).rejects.toThrow(
      '--remove-lead: removing ayesha-khan would leave lab lahore without an active lead; name another with --add-lead (active members who could lead: sara-malik)',
    );
    expect(read(dir)).toBe(labYaml);
    await expect(edit(dir, { removeLead: ['ayesha-khan'], addLead: ['zara-khan'] })).rejects.toThrow(/^--add-lead: zara-khan is not an active member of lab lahore/);
    await expect(edit(dir, { removeLead: ['sara-malik'] })).rejects.toThrow(/^--remove-lead: `sara-malik` is not a lead of lab lahore \(its leads: ayesha-khan\)/);
    await expect(edit(dir, { removeLead: ['ayesha-khan'], status: 'closed' })).rejects.toThrow(
      /^--remove-lead: removing ayesha-khan would leave lab lahore with no lead in `leads`, which even a closed lab keeps/,
    );
    await edit(dir, { removeLead: ['ayesha-khan'], addLead: ['sara-malik'] });
    expect(read(dir)).toContain('leads: [sara-malik]\n');
  });

  it('sets, adds and removes channels as name=link', async () => {
    const dir = network();
    const result = await edit(dir, { channel: ['slack=', 'whatsapp=https://chat.whatsapp.com/lahore'] }, { commit: false });
    expect(read(dir)).toContain('channels:\n  whatsapp: https://chat.whatsapp.com/lahore\npartners:');
    expect(result.written[0]).toBe(LAB);
    await edit(dir, { channel: ['whatsapp='] });
    expect(read(dir)).not.toContain('channels');
    await expect(edit(dir, { channel: ['drive='] })).rejects.toThrow(/^--channel: lab lahore has no channel `drive` to remove/);
    await expect(edit(dir, { channel: ['Slack Room=x'] })).rejects.toThrow(/^--channel: `Slack Room=x` is not a channel: write <name>=<link>/);
  });

  it('adds objectives and key results and updates current values, naming them by number or text', async () => {
    const dir = network();
    commitAll(dir);
    const result = await edit(dir, {
      addObjective: ['Grow the community'],
      addKeyResult: ['2/Active members=10', 'open up lahore/punjab budget data/Publish datasets=4'],
      keyResult: ['1/1=2', 'Grow the community/active members=6'],
    }, { commit: true });
    expect(read(dir)).toContain([
      '      - description: Publish datasets',
      '        target: 4',
      '        current: 2',
      '  - objective: Grow the community',
      '    key_results:',
      '      - description: Active members',
      '        target: 10',
      '        current: 6',
      '',
    ].join('\n'));
    expect(result.commit?.message).toBe(
      'Edit lab lahore: add objective "Grow the community", add key result "Active members", set the target of key result "Publish datasets" to 4, '
      + 'set key result "Publish datasets" to 2, set key result "Active members" to 6',
    );
  });

  it.each([
    [{ keyResult: ['3/1=2'] }, /^--key-result: `3\/1=2` names no objective of the lab before a `\/`.*\(objectives: 1\. Open up Lahore\/Punjab budget data\)/],
    [{ keyResult: ['1/Datasets=2'] }, /^--key-result: objective 1 has no key result `Datasets` \(its key results: 1\. Publish datasets\); add one with --add-key-result/],
    [{ keyResult: ['1/1'] }, /^--key-result: `1\/1` gives no current value/],
    [{ keyResult: ['1/1=many'] }, /^--key-result: `many` in `1\/1=many` is not a number/],
    [{ status: 'sleeping' }, /^--status: `sleeping` is not one of: forming, active, recognized, dormant, closed|^--status: .*must be one of/],
    [{ province: 'Kashmir' }, /^--province: /],
    [{ addLead: ['sara-malk'] }, /^--add-lead: `sara-malk` is not a member of lab lahore; did you mean `sara-malik`\?/],
  ])('refuses %o, writing nothing', async (flags, message) => {
    const dir = network();
    await expect(edit(dir, flags)).rejects.toThrow(message);
    expect(read(dir)).toBe(labYaml);
  });

  it("corrects the founding day in place, and refuses one after the lab's first record, as the audit would", async () => {
    const dir = networkDir({ [LAB]: labYaml.replace('founded: 2026-11-01', 'founded: 2026-11-03 # the launch'), ...member('sara-malik', '2026-11-02') });
    commitAll(dir);
    await expect(edit(dir, { founded: '2026-11-02' })).rejects.toThrow(
      "--founded: 2026-11-02 is after Ayesha Khan joined on 1 November 2026; nothing in a lab's records comes before its founding: give that day or an earlier one",
    );
    await expect(edit(dir, { founded: '2026-11-31' })).rejects.toThrow(/^--founded: `founded` must be a real date/);
    const result = await edit(dir, { founded: '2026-11-01' }, { commit: true });
    expect(read(dir)).toBe(labYaml.replace('founded: 2026-11-01', 'founded: 2026-11-01 # the launch'));
    expect(result.commit?.message).toBe('Edit lab lahore: set founded to 2026-11-01 (was 2026-11-03)');
    expect((await audit({ cwd: dir, asOf: '2026-11-20' })).findings.filter((finding) => finding.rule === 'before-founding')).toEqual([]);
  });

  it('moves the founding day months earlier, telling what the audit asks of the months it adds instead of refusing it', async () => {
    const dir = networkDir();
    const result = await edit(dir, { founded: '2026-08-01' });
    expect(read(dir)).toContain('founded: 2026-08-01');
    expect(result.notes).toContainEqual(expect.stringMatching(/^The audit asks for what the lab did since it was founded: labs\/lahore\/lab\.yaml (meetups-per-month|monthly-report-due): /));
  });

  it('takes a province in any case, and refuses an edit that changes nothing', async () => {
    const dir = network();
    await expect(edit(dir, { province: 'punjab' })).rejects.toThrow(/^nothing would change: labs\/lahore\/lab.yaml already says so/);
    await edit(dir, { province: 'sindh' });
    expect(read(dir)).toContain('province: Sindh\n');
  });

  it('asks every field on a terminal with its current value as the default, and Enter keeps it', async () => {
    const dir = network();
    // name, city, province, founded, description, status, leads to add, leads to remove, channels (keep?, one more),
    // objectives (keep?, one more), key results (keep?, one more), current values (keep?, one more).
    const prompter = scriptedPrompter([
      undefined, undefined, undefined, undefined, 'Budget data', 'dormant', [], [],
      true, '',
      true, '',
      true, '',
      true, '1/1=3', '',
    ]);
    const result = await edit(dir, {}, { prompter });
    const defaults = Object.fromEntries(prompter.asked.map((question) => [question.message, question.default]));
    expect(defaults).toMatchObject({
      "The lab's name": 'Civic Innovation Lab Lahore',
      'City the lab serves': 'Lahore',
      'Province or territory': 'Punjab',
      'Date the lab started (YYYY-MM-DD)': '2026-11-01',
      'Where the lab stands': 'active',
      'Channel, as name=link (name= removes it): keep "slack=#cil-lahore"?': true,
      'Objective (new ones are added): keep "Open up Lahore/Punjab budget data"?': true,
      "Key result's current value, as objective/key result=current: keep \"Open up Lahore/Punjab budget data/Publish datasets=1\"?": true,
    });
    expect(result.written).toEqual([LAB]);
    expect(read(dir)).toBe(
      labYaml
        .replace('status: active # recognised soon', 'status: dormant # recognised soon')
        .replace('leads: [ayesha-khan]', 'leads: [ayesha-khan]\ndescription: Budget data')
        .replace('current: 1', 'current: 3'),
    );
  });

  it('with --dry-run, shows the diff and leaves the files, the index and the history as they were', async () => {
    const dir = network();
    commitAll(dir);
    const state = () => [git(dir, 'status', '--porcelain'), git(dir, 'diff', '--cached'), git(dir, 'log', '--format=%H')];
    const before = state();
    const run = await runCli(['lab', 'edit', 'lahore', '--status', 'dormant', '--dry-run', '--commit'], { cwd: dir, env: GIT_IDENTITY });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('-status: active # recognised soon\n+status: dormant # recognised soon\n');
    expect(state()).toEqual(before);
    expect(read(dir)).toBe(labYaml);
  });
});
