import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citizenAdd } from '../../src/commands/citizen-add.js';
import { citizenEdit } from '../../src/commands/citizen-edit.js';
import { runCli } from '../helpers/cli.js';
import { commitAll, GIT_IDENTITY, git } from '../helpers/git.js';
import { scriptedPrompter } from '../helpers/io.js';
import { networkDir } from '../helpers/network.js';
import { meeting } from '../helpers/records.js';
import { writeIn } from '../helpers/write.js';

const NASREEN = 'labs/lahore/citizens/nasreen.yaml';
const gul = { 'labs/lahore/citizens/gul.yaml': 'name: Gul # as she wishes\nconsent: 2026-11-02\nmet_at: 2026-11-02-meetup\nstatus: active\n' };
const meetup = meeting('2026-11-02', ['ayesha-khan']);
const json = (stdout: string) => JSON.parse(stdout) as Record<string, unknown>[];

describe('cil citizen add', () => {
  it('writes the record from flags, and --commit commits exactly it; the audit is clean', async () => {
    const dir = networkDir(meetup);
    commitAll(dir);
    const run = await runCli(
      ['citizen', 'add', 'lahore', '--name', 'Nasreen', '--area', 'Gulberg', '--interests', 'water supply, street lights', '--consent', '2026-11-02', '--met-at', '2026-11-02-meetup', '--commit'],
      { cwd: dir, env: GIT_IDENTITY },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/Committed [0-9a-f]+: Add active citizen Nasreen to lab lahore/);
    expect(readFileSync(join(dir, NASREEN), 'utf8')).toBe(
      'name: Nasreen\narea: Gulberg\ninterests:\n  - water supply\n  - street lights\nconsent: 2026-11-02\nmet_at: 2026-11-02-meetup\nstatus: active\n',
    );
    expect(git(dir, 'status', '--porcelain')).toBe('');
    expect((await runCli(['audit'], { cwd: dir })).status).toBe(0);
  });

  it.each([
    [['--area', 'Gulberg'], /^cil: --name is missing: the name they wish to be known by/],
    [['--name', 'Nasreen', '--area', 'call 0300-1234567'], /^cil: --area: .*phone number/],
    [['--name', 'Nasreen', '--met-at', '2026-11-09-nothing'], /^cil: --met-at: `2026-11-09-nothing` is not an event of lab lahore/],
    [['--name', 'Nasreen', '--consent', '2026-02-30'], /^cil: --consent: /],
  ])('refuses %j naming the flag, writing nothing', async (flags, message) => {
    const dir = networkDir(meetup);
    const run = await runCli(['citizen', 'add', 'lahore', ...flags], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(existsSync(join(dir, 'labs/lahore/citizens'))).toBe(false);
  });

  it('previews with --dry-run, writing nothing', async () => {
    const dir = networkDir(meetup);
    const run = await runCli(['citizen', 'add', 'lahore', '--name', 'Nasreen', '--consent', '2026-11-02', '--dry-run'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('+name: Nasreen');
    expect(existsSync(join(dir, NASREEN))).toBe(false);
  });

  it('asks for what is missing on a terminal, events offered as choices', async () => {
    const dir = networkDir(meetup);
    const prompter = scriptedPrompter(['Nasreen', undefined, 'Gulberg', 'water', '2026-11-02', '2026-11-02-meetup']);
    await writeIn(citizenAdd, { lab: 'lahore' }, '2026-11-20')(dir, {}, { prompter });
    expect(prompter.asked.map((question) => question.message)).toEqual([
      'The name they wish to be known by (a first name is enough)',
      'Id of the citizen (lowercase letters, digits and hyphens)',
      'Where they live or are active (a neighbourhood, a town) (optional)',
      'Civic issues they care about, separated by commas (optional)',
      'Date they agreed to be listed in the public records (YYYY-MM-DD)',
      'The event where the lab met them (optional)',
    ]);
    expect(readFileSync(join(dir, NASREEN), 'utf8')).toContain('met_at: 2026-11-02-meetup\n');
  });
});

describe('cil citizen edit', () => {
  it('sets the status, keeping comments, and lists no longer show the citizen', async () => {
    const dir = networkDir({ ...meetup, ...gul });
    const run = await runCli(['citizen', 'edit', 'lahore', 'gul', '--status', 'inactive', '--area', 'Model Town'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(readFileSync(join(dir, 'labs/lahore/citizens/gul.yaml'), 'utf8')).toBe(
      'name: Gul # as she wishes\narea: Model Town\nconsent: 2026-11-02\nmet_at: 2026-11-02-meetup\nstatus: inactive\n',
    );
    expect(json((await runCli(['citizen', 'list', '--format', 'json'], { cwd: dir })).stdout)).toEqual([]);
  });

  it('refuses a citizen the lab does not have, and a status that is none', async () => {
    const dir = networkDir({ ...meetup, ...gul });
    expect((await runCli(['citizen', 'edit', 'lahore', 'nobody', '--status', 'inactive'], { cwd: dir })).stderr).toMatch(/^cil: there is no citizen `nobody` in lab lahore/);
    expect((await runCli(['citizen', 'edit', 'lahore', 'gul', '--status', 'gone'], { cwd: dir })).stderr).toMatch(/^cil: --status: /);
  });

  it('shows the current values as defaults on a terminal', async () => {
    const dir = networkDir({ ...meetup, ...gul });
    const prompter = scriptedPrompter([undefined, undefined, undefined, undefined, undefined, 'inactive']);
    await writeIn(citizenEdit, { lab: 'lahore', citizen: 'gul' }, '2026-11-20')(dir, {}, { prompter });
    const defaults = Object.fromEntries(prompter.asked.map((question) => [question.message.replace(/ \(optional\)$/, ''), question.default]));
    expect(defaults['The name they wish to be known by (a first name is enough)']).toBe('Gul');
    expect(defaults['Date they agreed to be listed in the public records (YYYY-MM-DD)']).toBe('2026-11-02');
    expect(readFileSync(join(dir, 'labs/lahore/citizens/gul.yaml'), 'utf8')).toContain('status: inactive\n');
  });
});

describe('cil citizen list', () => {
  it('lists active citizens as a table, with the day the lab last met them, or as JSON', async () => {
    const dir = networkDir({ ...meetup, ...gul, ...meeting('2026-11-09', ['ayesha-khan'], [], 'meetup', 'citizens_met: [gul]\n') });
    writeFileSync(join(dir, 'labs/lahore/citizens/old.yaml'), 'name: Old\nconsent: 2026-11-01\nstatus: inactive\n');
    const table = await runCli(['citizen', 'list'], { cwd: dir });
    expect(table.stdout).toMatch(/^LAB +ID +NAME +AREA +INTERESTS +CONSENT +LAST MET +STATUS\nlahore +gul +Gul .* 2026-11-02 +2026-11-09 +active\n$/);
    const all = json((await runCli(['citizen', 'list', 'lahore', '--all', '--format', 'json'], { cwd: dir })).stdout);
    expect(all.map((row) => [row.id, row.status, row.last_met])).toEqual([['gul', 'active', '2026-11-09'], ['old', 'inactive', null]]);
  });
});

describe('cil event add and edit --citizens-met', () => {
  it('records the citizens met at an event, and refuses one the lab does not have', async () => {
    const dir = networkDir({ ...meetup, ...gul });
    const edit = await runCli(['event', 'edit', 'lahore', '2026-11-02-meetup', '--citizens-met', 'gul'], { cwd: dir });
    expect(edit.stderr).toBe('');
    expect(readFileSync(join(dir, 'labs/lahore/events/2026-11-02-meetup.yaml'), 'utf8')).toContain('citizens_met:\n  - gul\n');
    const add = await runCli(['event', 'add', 'lahore', '--title', 'Walk', '--date', '2026-11-09', '--citizens-met', 'nasreen'], { cwd: dir });
    expect(add.status).toBe(2);
    expect(add.stderr).toMatch(/^cil: --citizens-met: `nasreen` is not a citizen of lab lahore/);
  });
});

describe('a citizen record', () => {
  it('has no place for contact details: an unknown field is a schema error, and one in a field a personal-data error', async () => {
    const dir = networkDir({ 'labs/lahore/citizens/gul.yaml': 'name: Gul\nconsent: 2026-11-02\nstatus: active\nphone: "0300-1234567"\narea: 0300-7654321\n' });
    const { findings } = JSON.parse((await runCli(['audit', '--format', 'json'], { cwd: dir })).stdout) as { findings: { rule: string }[] };
    expect(findings.map((finding) => finding.rule).sort()).toEqual(['personal-data', 'personal-data', 'schema']);
  });
});
