import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventAdd } from '../../src/commands/event-add.js';
import { discoveryReportDraft } from '../../src/commands/report-draft.js';
import { runCli } from '../helpers/cli.js';
import { commitAll, git } from '../helpers/git.js';
import { scriptedPrompter } from '../helpers/io.js';
import { networkDir } from '../helpers/network.js';
import { writeIn } from '../helpers/write.js';

// Nothing is written that the audit would refuse: contact details above all, since a
// record is public the moment it is pushed and removing it from git's history is beyond
// most volunteers.

const contact = 'Contact Mr Khalid at khalid.lwmc@gmail.com or +92 321 7654321';
const events = (dir: string) => readdirSync(join(dir, 'labs/lahore')).includes('events') ? readdirSync(join(dir, 'labs/lahore/events')) : [];

describe('a writing command', () => {
  it('refuses contact details in a flag, and writes and commits nothing', async () => {
    const dir = networkDir();
    commitAll(dir);
    const run = await runCli(['event', 'add', 'lahore', '--title', 'Budget meetup', '--date', '2026-11-05', '--takeaway', contact, '--commit'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^cil: --takeaway: this holds what looks like an e-mail address \(k\*\*\*@gmail\.com\); contact details belong in private\//);
    expect(run.stderr).not.toContain('khalid.lwmc');
    expect(events(dir)).toEqual([]);
    expect(git(dir, 'status', '--porcelain')).toBe('');
    expect(git(dir, 'log', '--format=%s')).toBe('Start\n');
  });

  it('refuses what it would bring on another file: a GitHub handle another member has already', async () => {
    const dir = networkDir({ 'labs/lahore/members/bilal-ahmed.yaml': 'name: Bilal Ahmed\ngithub: bilalahmed\njoined: 2026-11-02\nroles: [{ role: member }]\nstatus: active\n' });
    commitAll(dir);
    const run = await runCli(['member', 'add', 'lahore', '--name', 'Ahmed Bilal', '--github', 'bilalahmed', '--commit'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'cil: nothing was written: the audit would refuse it: labs/lahore/members/bilal-ahmed.yaml:2:9 reference: GitHub handle `bilalahmed` is also given in labs/lahore/members/ahmed-bilal.yaml; keep one member record per person\n',
    );
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });

  it('lists every problem it refuses, each on its own line, since nothing written means no audit can show the rest', async () => {
    const dir = networkDir();
    const run = await runCli(['project', 'add', 'lahore', '--name', 'Toilet Finder', '--status', 'building', '--started', '2026-11-10'], { cwd: dir });
    expect(run.status).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^cil: nothing was written: the audit would refuse it: labs\/lahore\/projects\/toilet-finder\.yaml\S* project-\S+: /);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {2}labs\/lahore\/projects\/toilet-finder\.yaml\S* project-\S+: /);
    expect(existsSync(join(dir, 'labs/lahore/projects'))).toBe(false);
  });

  it('still writes beside errors that are there already, which it does not add to', async () => {
    const dir = networkDir({ 'labs/lahore/members/old-problem.yaml': 'name: Old\njoined: 2026-02-30\nroles: [{ role: member }]\nstatus: active\n' });
    const run = await runCli(['member', 'add', 'lahore', '--name', 'Hina Baloch'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('refuses contact details as they are typed, and takes the next answer', async () => {
    const dir = networkDir();
    const prompter = scriptedPrompter(['Budget meetup', undefined, undefined, '', '', undefined, 'Press Club, 0321-7654321', 'Press Club', false, [], [], [], '', '', '', '', [], '']);
    await writeIn(eventAdd, { lab: 'lahore' }, '2026-11-20')(dir, {}, { prompter });
    const venue = prompter.asked.find((question) => question.message.startsWith('Venue'));
    expect(venue?.rejected).toEqual([expect.stringMatching(/^this holds what looks like a phone number \(0321-\*+\)/)]);
    expect(readFileSync(join(dir, 'labs/lahore/events', events(dir)[0] ?? ''), 'utf8')).toContain('venue: Press Club\n');
  });

  it('refuses what the audit would find in a file it writes, in the audit\'s words', async () => {
    const dir = networkDir({ 'labs/lahore/projects/toilet-finder.yaml': 'name: Toilet Finder\nstatus: discovery\n' });
    // KPIs come from a file, where no flag checks them.
    writeFileSync(join(dir, 'research.yaml'), 'kpis:\n  - { name: "Calls to 0321-7654321", target: 10 }\n');
    const draft = writeIn(discoveryReportDraft, { lab: 'lahore' }, '2026-11-20');
    await expect(draft(dir, { project: 'toilet-finder' }, { from: 'research.yaml' })).rejects.toThrow(
      /^nothing was written: the audit would refuse it: labs\/lahore\/reports\/toilet-finder-discovery\.yaml:\d+:\d+ personal-data: `name` holds what looks like a phone number/,
    );
    expect(existsSync(join(dir, 'labs/lahore/reports'))).toBe(false);
  });
});

describe('a rendered document', () => {
  it('never carries contact details, even when a record does', async () => {
    const dir = networkDir({
      'labs/lahore/events/2026-11-05-meetup.yaml': `title: Meetup\nkind: meetup\ndate: 2026-11-05\ntakeaways: ["${contact}"]\n`,
      'labs/lahore/reports/2026-Q4-quarterly.yaml': 'kind: quarterly\nperiod: 2026-Q4\n',
    });
    expect((await runCli(['report', 'render'], { cwd: dir })).status).toBe(0);
    const document = readFileSync(join(dir, 'labs/lahore/reports/2026-Q4-quarterly.md'), 'utf8');
    expect(document).toContain('Contact Mr Khalid at [contact details removed] or [contact details removed]');
    expect(document).not.toMatch(/khalid\.lwmc|7654321/);
  });
});
