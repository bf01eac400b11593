import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/commands/audit.js';
import { memberAdd } from '../../src/commands/member-add.js';
import { writeIn } from '../helpers/write.js';
import { commitAll, git } from '../helpers/git.js';
import { scriptedPrompter } from '../helpers/io.js';
import { networkDir } from '../helpers/network.js';

const add = writeIn(memberAdd, { lab: 'lahore' }, '2026-11-20');

describe('cil member add, from flags', () => {
  it('writes a member record that passes the audit', async () => {
    const dir = networkDir();
    const result = await add(dir, { name: 'Sara Malik', role: 'community-organizer', github: 'saramalik', weeklyHours: '4', skills: 'events, outreach', gender: 'woman' });
    expect(result.written).toEqual(['labs/lahore/members/sara-malik.yaml']);
    expect(readFileSync(join(dir, 'labs/lahore/members/sara-malik.yaml'), 'utf8')).toBe(
      [
        'name: Sara Malik',
        'github: saramalik',
        'joined: 2026-11-20',
        'roles:',
        '  - role: community-organizer',
        '    since: 2026-11-20',
        'weekly_hours: 4',
        'skills: [events, outreach]',
        'gender: woman',
        'status: active',
        '',
      ].join('\n'),
    );
    expect((await audit({ cwd: dir, asOf: '2026-11-20' })).findings).toEqual([]);
  });

  it('folds Latin accents into the id and keeps the name as written', async () => {
    const dir = networkDir();
    await add(dir, { name: 'Zoë Hüsseïn' });
    expect(readFileSync(join(dir, 'labs/lahore/members/zoe-hussein.yaml'), 'utf8')).toMatch(/^name: Zoë Hüsseïn$/m);
  });

  it('asks for --id when the name is in Urdu script, and writes nothing', async () => {
    const dir = networkDir();
    await expect(add(dir, { name: 'زینب بی بی' })).rejects.toThrow(/^--id is missing: no id can be made from `زینب بی بی`/);
    expect(readdirSync(join(dir, 'labs/lahore/members'))).toEqual(['ayesha-khan.yaml']);
  });

  it('keeps an Urdu name exactly as written when --id is given', async () => {
    const dir = networkDir();
    await add(dir, { name: 'زینب بی بی', id: 'zainab-bibi' });
    expect(readFileSync(join(dir, 'labs/lahore/members/zainab-bibi.yaml'), 'utf8')).toMatch(/^name: زینب بی بی$/m);
  });

  it.each([
    [{ joined: '2026-02-30' }, /^--joined: `joined` must be a real date/],
    [{ joined: '2026-12-15' }, /^--joined: 2026-12-15 is after today \(20 November 2026\); give the day they joined$/],
    [{ role: 'lead' }, /^--role: .*must be one of: organizer, manager/],
    [{ weeklyHours: 'five' }, /^--weekly-hours: `five` is not a number/],
    [{ github: '@sara' }, /^--github: /],
    [{ id: 'Sara Malik' }, /^--id: `Sara Malik` is not a valid id/],
    [{ gender: 'female' }, /^--gender: .*must be one of: woman, man, non-binary, undisclosed/],
  ])('refuses %o with the flag named, writing nothing', async (flags, message) => {
    const dir = networkDir();
    await expect(add(dir, { name: 'Sara Malik', ...flags })).rejects.toThrow(message);
    expect(existsSync(join(dir, 'labs/lahore/members/sara-malik.yaml'))).toBe(false);
  });

  it('names --name when it is missing and there is no terminal', async () => {
    await expect(add(networkDir(), {})).rejects.toThrow(/^--name is missing: the member's name/);
  });

  it('never overwrites a member, unless --force', async () => {
    const dir = networkDir();
    const path = join(dir, 'labs/lahore/members/ayesha-khan.yaml');
    const before = readFileSync(path, 'utf8');
    await expect(add(dir, { name: 'Ayesha Khan' })).rejects.toThrow(/a member `ayesha-khan` already exists/);
    expect(readFileSync(path, 'utf8')).toBe(before);
    await add(dir, { name: 'Ayesha Khan', role: 'manager' }, { force: true });
    expect(readFileSync(path, 'utf8')).toMatch(/role: manager/);
  });

  it('refuses a lab that does not exist', async () => {
    const dir = networkDir();
    await expect(writeIn(memberAdd, { lab: 'karachi' }, '2026-11-20')(dir, { name: 'Sara' })).rejects.toThrow(
      /there is no lab `karachi` in this network \(labs: lahore\)/,
    );
  });
});

describe('cil member add --commit', () => {
  it('commits exactly the file it wrote, leaving other changes alone', async () => {
    const dir = networkDir();
    commitAll(dir);
    writeFileSync(join(dir, 'labs/lahore/lab.yaml'), `${readFileSync(join(dir, 'labs/lahore/lab.yaml'), 'utf8')}description: A lab.\n`);
    git(dir, 'add', 'labs/lahore/lab.yaml');
    writeFileSync(join(dir, 'notes.txt'), 'not for the commit\n');
    const result = await add(dir, { name: 'Sara Malik' }, { commit: true });
    expect(result.commit?.message).toBe('Add member Sara Malik to lab lahore');
    expect(git(dir, 'log', '-1', '--format=%s')).toBe('Add member Sara Malik to lab lahore\n');
    expect(git(dir, 'show', '--name-only', '--format=', 'HEAD').trim()).toBe('labs/lahore/members/sara-malik.yaml');
    expect(git(dir, 'status', '--porcelain')).toBe('M  labs/lahore/lab.yaml\n?? notes.txt\n');
  });

  it('outside a git repository says so, exits 2 and writes nothing', async () => {
    const dir = networkDir();
    await expect(add(dir, { name: 'Sara Malik' }, { commit: true })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/--commit needs a git repository/),
    });
    expect(existsSync(join(dir, 'labs/lahore/members/sara-malik.yaml'))).toBe(false);
  });
});

describe('cil member add, on a terminal', () => {
  it('asks for every missing field, checking each answer with the schema', async () => {
    const dir = networkDir();
    const prompter = scriptedPrompter(['زینب بی بی', 'Zainab Bibi', 'zainab-bibi', ['storyteller', 'content-writer'], '2026-02-30', '2026-02-07', '2026-12-07', '2026-11-07', '', '4', 'writing, photos', 'woman']);
    await add(dir, {}, { prompter });
    const questions = prompter.asked.map((question) => question.message);
    expect(questions).toEqual([
      "The member's name, as they write it",
      'Id of the member (lowercase letters, digits and hyphens)',
      'Roles in the lab',
      'Date they joined (YYYY-MM-DD)',
      'GitHub user name (optional)',
      'Hours a week they commit (optional)',
      'Skills, separated by commas (optional)',
      'Gender, as they describe it (optional)',
    ]);
    // No id can be made from an Urdu name: none is offered as the default; a name typed as the id is refused with its id.
    expect(prompter.asked[1]).toMatchObject({ default: undefined, rejected: ['`Zainab Bibi` is not a valid id: use lowercase letters, digits and single hyphens, at most 64 characters (`zainab-bibi`, say)'] });
    expect(prompter.asked[2]?.choices).toContain('storyteller');
    expect(prompter.asked[3]).toMatchObject({
      default: '2026-11-20',
      rejected: [
        expect.stringContaining('must be a real date'),
        '2026-02-07 is before lab lahore was founded (2026-11-01); give a later date, or correct the lab\'s `founded` with `cil lab edit lahore --founded <date>`',
        '2026-12-07 is after today (20 November 2026); give the day they joined',
      ],
    });
    const record = readFileSync(join(dir, 'labs/lahore/members/zainab-bibi.yaml'), 'utf8');
    expect(record).toContain('name: زینب بی بی\n');
    expect(record).toContain('joined: 2026-11-07\n');
    expect(record).toContain('  - role: storyteller\n    since: 2026-11-07\n  - role: content-writer\n    since: 2026-11-07\n');
    expect(record).not.toContain('github');
  });

  it('asks for every field without a flag, optional ones too, even when the required ones are given', async () => {
    const dir = networkDir();
    const prompter = scriptedPrompter([undefined, undefined, undefined, '', '', '', '']);
    await add(dir, { name: 'Sara Malik', gender: 'woman' }, { prompter });
    expect(prompter.asked.map((question) => [question.message, question.default])).toEqual([
      ['Id of the member (lowercase letters, digits and hyphens)', 'sara-malik'],
      ['Roles in the lab', undefined],
      ['Date they joined (YYYY-MM-DD)', '2026-11-20'],
      ['GitHub user name (optional)', undefined],
      ['Hours a week they commit (optional)', undefined],
      ['Skills, separated by commas (optional)', undefined],
    ]);
    expect(readFileSync(join(dir, 'labs/lahore/members/sara-malik.yaml'), 'utf8')).toContain('role: member\n');
  });

  it('says so when an id is made from a name partly in another script, and keeps the name as written', async () => {
    const dir = networkDir();
    const result = await add(dir, { name: 'Hamza علی' });
    expect(result.written).toEqual(['labs/lahore/members/hamza.yaml']);
    expect(result.notes).toEqual(['The member\'s id is `hamza`, made from `Hamza علی` with what is not in Latin letters left out; give --id to choose another.']);
    expect((await add(dir, { name: 'Zoë Hüsseïn' })).notes).toEqual([]);
  });

  it('keeps every role given, by repeating --role or with commas', async () => {
    const dir = networkDir();
    await add(dir, { name: 'Sara Malik', role: ['technologist', 'content-writer'] });
    await add(dir, { name: 'Bilal Ahmed', role: 'storyteller,liaison-lead' });
    expect(readFileSync(join(dir, 'labs/lahore/members/sara-malik.yaml'), 'utf8')).toMatch(/role: technologist\n.*\n {2}- role: content-writer\n/);
    expect(readFileSync(join(dir, 'labs/lahore/members/bilal-ahmed.yaml'), 'utf8')).toMatch(/role: storyteller\n.*\n {2}- role: liaison-lead\n/);
  });

  it('asks nothing with --yes, and names the missing flag', async () => {
    const prompter = scriptedPrompter([]);
    await expect(add(networkDir(), {}, { prompter, yes: true })).rejects.toThrow(/^--name is missing/);
    expect(prompter.asked).toEqual([]);
  });
});
