import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it, vi } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { loadDeclaration } from '../../src/cli/lazy.js';
import { branchedNetwork } from '../helpers/branches.js';
import { BASE } from '../helpers/network.js';
import { runCli } from '../helpers/cli.js';
import { testIo } from '../helpers/io.js';
import { meeting, member, project } from '../helpers/records.js';
import { copyOf, testdir } from '../helpers/testdir.js';

// Every flag a command's help lists is one the command reads, and the reverse: the answers
// each command receives are watched while it runs with every one of its flags given.

const read = vi.hoisted(() => ({ keys: new Set<string>(), undeclared: new Set<string>() }));

vi.mock('../../src/prompt/gather.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/prompt/gather.js')>();
  return {
    ...original,
    gather: async (...args: Parameters<typeof original.gather>) => {
      const answers = await original.gather(...args);
      const declared = new Set(Object.keys(args[0]));
      return new Proxy(answers, {
        get(target, key, receiver) {
          if (typeof key === 'string' && key !== 'then') (declared.has(key) ? read.keys : read.undeclared).add(key);
          return Reflect.get(target, key, receiver);
        },
      });
    },
  };
});

/** Every command that runs (not the groups), by its words: `member add`. */
async function leafCommands(): Promise<Map<string, Command>> {
  const found = new Map<string, Command>();
  const walk = async (command: Command, words: string[]) => {
    for (const sub of command.commands) {
      // The hidden `__complete` is the completion scripts' own, not a user's command.
      if (sub.name() === 'help' || sub.name().startsWith('__')) continue;
      await loadDeclaration(sub);
      if (sub.commands.length > 0) await walk(sub, [...words, sub.name()]);
      else found.set([...words, sub.name()].join(' '), sub);
    }
  };
  await walk(buildProgram(testIo('/'), { exitCode: 0 }), []);
  return found;
}

/** The long flags a help text lists. */
const helpFlags = (help: string) => new Set([...help.split('Global Options:')[0]!.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)/gm)].map((match) => match[1] as string));

const sara = member('sara-malik', '2026-02-01', 'warnings: [{ date: 2026-06-01, reason: a }, { date: 2026-07-01, reason: b }]\n');
const zara = member('zara-khan', '2026-02-01', 'status: offboarded\noffboarded: { date: 2026-10-01, reason: Gone, handover: None }\n');
// Founded early in the year, so that a report for its first half is no report from before it began.
const lab = { 'labs/lahore/lab.yaml': (BASE['labs/lahore/lab.yaml'] as string).replace('founded: 2026-11-01', 'founded: 2026-01-01') };
const meetup = meeting('2026-11-02', ['ayesha-khan']);
// A second lab, for a project redeployed to it.
const karachi = {
  'labs/karachi/lab.yaml': 'name: CIL Karachi\ncity: Karachi\nprovince: Sindh\nfounded: 2026-01-01\nstatus: active\nleads: [omar-shaikh]\n',
  'labs/karachi/members/omar-shaikh.yaml': 'name: Omar Shaikh\njoined: 2026-01-01\nroles: [{ role: organizer }]\nstatus: active\n',
};
const gul = { 'labs/lahore/citizens/gul.yaml': 'name: Gul\nconsent: 2026-11-02\nstatus: active\n' };
const finder = project('toilet-finder', 'name: Toilet Finder\nstatus: discovery\nstarted: 2026-09-01\npartner: pitb\n');

/** Each command with every flag it takes; `{new}` is a folder that is no network repo yet. */
const EVERY_FLAG: Record<string, string[]> = {
  'audit': ['audit', 'labs', '--format', 'json', '--changed-since', 'main', '--fail-on', 'warning'],
  'status': ['status', 'lahore', '--format', 'json'],
  'show': ['show', 'lahore', '--format', 'json'],
  'review': ['review', '--base', 'main', '--head', 'change', '--author', 'ayeshak', '--format', 'json'],
  'codeowners': ['codeowners', '--check'],
  'schemas': ['schemas', '--check'],
  'completion': ['completion', 'bash'],
  'export csv': ['export', 'csv', 'members', '--lab', 'lahore', '--public', '--bom', '--out', 'members.csv'],
  'export json': ['export', 'json', '--lab', 'lahore', '--public', '--out', 'network.json'],
  'site': ['site', '--out', '_site', '--base-url', 'https://labs.example.org/'],
  'lab list': ['lab', 'list', '--status', 'active', '--all', '--format', 'json'],
  'project list': ['project', 'list', 'lahore', '--status', 'discovery', '--all', '--format', 'json'],
  'report list': ['report', 'list', 'lahore', '--kind', 'monthly', '--format', 'json'],
  'init': [
    'init', '-C', '{new}', '--network', 'Test', '--timezone', 'Asia/Karachi', '--core-team', 'cfp-core', '--site-url', 'https://labs.example.org/',
    '--city', 'Multan', '--province', 'Punjab',
    '--lab', 'multan', '--name', 'CIL Multan', '--founded', '2026-11-01', '--lead-name', 'Ali Raza', '--lead-id', 'ali-raza', '--lead-github', 'aliraza',
    '--gender', 'man', '--weekly-hours', '6', '--from', 'notes.yaml', '--yes', '--commit',
  ],
  'lab edit': [
    'lab', 'edit', 'lahore', '--name', 'CIL Lahore', '--city', 'Lahore', '--province', 'sindh', '--founded', '2026-01-05', '--description', 'Budget data', '--status', 'dormant',
    '--add-lead', 'sara-malik', '--remove-lead', 'ayesha-khan', '--channel', 'slack=#cil-lahore', '--add-objective', 'Grow',
    '--add-key-result', '1/Active members=10', '--key-result', '1/1=5', '--from', 'notes.yaml', '--yes', '--commit',
  ],
  'partner add': [
    'partner', 'add', 'lahore', '--name', 'Dawn Media', '--id', 'dawn', '--kind', 'media', '--mou-signed', '2026-11-02', '--website', 'https://dawn.example.org',
    '--from', 'notes.yaml', '--yes', '--commit',
  ],
  'partner edit': [
    'partner', 'edit', 'lahore', 'pitb', '--name', 'PITB', '--id', 'punjab-itb', '--kind', 'government', '--mou-signed', '2026-11-02',
    '--website', 'https://pitb.example.org', '--from', 'notes.yaml', '--yes', '--commit',
  ],
  'partner list': ['partner', 'list', 'lahore', '--kind', 'government', '--format', 'json'],
  'member add': [
    'member', 'add', 'lahore', '--name', 'Hina Baloch', '--id', 'hina', '--role', 'technologist', '--joined', '2026-11-02', '--github', 'hinab',
    '--weekly-hours', '4', '--skills', 'data,design', '--gender', 'woman', '--force', '--from', 'notes.yaml', '--yes', '--commit',
  ],
  'member list': ['member', 'list', 'lahore', '--all', '--format', 'json'],
  'citizen add': [
    'citizen', 'add', 'lahore', '--name', 'Nasreen', '--id', 'nasreen', '--area', 'Gulberg', '--interests', 'water,transport', '--consent', '2026-11-02',
    '--met-at', '2026-11-02-meetup', '--force', '--from', 'notes.yaml', '--yes', '--commit',
  ],
  'citizen edit': [
    'citizen', 'edit', 'lahore', 'gul', '--name', 'Gul B', '--area', 'Gulberg', '--interests', 'water', '--consent', '2026-11-01', '--met-at', '2026-11-02-meetup',
    '--status', 'inactive', '--from', 'notes.yaml', '--yes', '--commit',
  ],
  'citizen list': ['citizen', 'list', 'lahore', '--all', '--format', 'json'],
  'event list': ['event', 'list', 'lahore', '--from', '2026-11-01', '--to', '2026-11-30', '--kind', 'meetup', '--format', 'json'],
  'member edit': [
    'member', 'edit', 'lahore', 'sara-malik', '--name', 'Sara M', '--github', 'saram', '--joined', '2026-01-15', '--gender', 'woman', '--weekly-hours', '4', '--skill', 'data',
    '--add-role', 'organizer', '--since', '2026-11-02', '--end-role', 'technologist', '--until', '2026-11-01', '--from', 'notes.yaml', '--yes', '--commit',
  ],
  'member warn': ['member', 'warn', 'lahore', 'sara-malik', '--reason', 'Missed two meetups', '--date', '2026-11-02', '--from', 'notes.yaml', '--yes', '--commit'],
  'member offboard': [
    'member', 'offboard', 'lahore', 'sara-malik', '--reason', 'Inactive', '--handover', 'To Ayesha', '--date', '2026-11-03', '--force', '--from', 'notes.yaml', '--yes', '--commit',
  ],
  'member reinstate': ['member', 'reinstate', 'lahore', 'zara-khan', '--terms', 'Attends every meetup', '--date', '2026-11-04', '--from', 'notes.yaml', '--yes', '--commit'],
  'member leave': [
    'member', 'leave', 'lahore', 'ayesha-khan', '--date', '2026-11-05', '--reason', 'Studies abroad', '--new-lead', 'sara-malik', '--from', 'notes.yaml', '--yes', '--commit',
  ],
  'event add': [
    'event', 'add', 'lahore', '--title', 'Open data meetup', '--kind', 'meetup', '--date', '2026-11-05', '--starts', '18:00', '--ends', '20:00',
    '--until', '2026-11-06', '--id', 'open-data', '--venue', 'Library',
    '--online', '--organizers', 'ayesha-khan', '--present', 'ayesha-khan', '--excused', 'sara-malik', '--citizens', '9', '--technologists', '4',
    '--government', '1', '--women', '5', '--partners', 'pitb', '--citizens-met', 'gul', '--takeaway', 'More data', '--attendance-from', 'sign-in.csv', '--force', '--from', 'notes.yaml',
    '--yes', '--commit',
  ],
  'event edit': [
    'event', 'edit', 'lahore', '2026-11-02-meetup', '--title', 'Budget meetup', '--kind', 'hack-night', '--date', '2026-11-06', '--starts', '18:00', '--ends', '20:00',
    '--until', '2026-11-07', '--all-day', '--venue', 'Library', '--online', 'yes', '--description', 'Budgets', '--organizers', 'ayesha-khan', '--partners', 'pitb', '--citizens-met', 'gul', '--present', 'ayesha-khan', '--add-present', 'sara-malik',
    '--remove-present', 'ayesha-khan', '--excused', 'ayesha-khan', '--add-excused', 'ayesha-khan', '--remove-excused', 'ayesha-khan', '--citizens', '9',
    '--technologists', '4', '--government', '1', '--women', '5', '--takeaway', 'More data', '--link', 'https://example.org/photos', '--attendance-from', 'guests.csv', '--from', 'notes.yaml', '--yes', '--commit',
  ],
  'project add': [
    'project', 'add', 'lahore', '--name', 'Bus Stops', '--id', 'bus-stops', '--status', 'discovery', '--problem', 'Nobody knows where buses stop',
    '--started', '2026-11-01', '--partner', 'pitb', '--mou-signed', '2026-10-01', '--repository', 'https://github.com/x/bus', '--license', 'MIT',
    '--force', '--from', 'notes.yaml', '--yes', '--commit',
  ],
  'project edit': [
    'project', 'edit', 'lahore', 'toilet-finder', '--status', 'building', '--partner', 'pitb', '--mou-signed', '2026-08-01',
    '--repository', 'https://github.com/x/toilets', '--license', 'MIT', '--website', 'https://toilets.example.org', '--add-member', 'sara-malik:technologist',
    '--add-kpi', 'Users:1000:users', '--kpi', 'Users=10', '--redeployed-to', 'karachi', '--date', '2026-11-10', '--from', 'notes.yaml', '--yes', '--commit',
  ],
  'project close': [
    'project', 'close', 'lahore', 'toilet-finder', '--status', 'abandoned', '--ended', '2026-11-10', '--submitted', '2026-11-11',
    '--authors', 'ayesha-khan', '--outcome', 'A map', '--challenge', 'Data', '--lesson', 'Ask first', '--recommendation', 'Start small',
    '--video', 'https://video.example.org/1', '--from', 'notes.yaml', '--force', '--yes', '--commit',
  ],
};

const REPORTS: Record<string, string[]> = {
  monthly: ['--period', '2026-11', '--success', 'A', '--blocker', 'B', '--next-step', 'C', '--hours', 'ayesha-khan=22'],
  quarterly: ['--period', '2026-Q4', '--story', 'A', '--takeaway', 'B'],
  midyear: ['--period', '2026-H1', '--summary', 'A', '--success', 'B', '--challenge', 'C', '--next-step', 'D'],
  annual: ['--period', '2026', '--summary', 'A', '--success', 'B', '--challenge', 'C', '--lesson', 'D', '--next-step', 'E'],
  discovery: ['--project', 'toilet-finder', '--user-need', 'A', '--insight', 'B', '--problem-statement', 'C'],
  closure: ['--project', 'toilet-finder', '--outcome', 'A', '--challenge', 'B', '--lesson', 'C', '--recommendation', 'D'],
};
for (const [kind, flags] of Object.entries(REPORTS)) {
  const common = ['--submitted', '2026-11-11', '--authors', 'ayesha-khan', '--video', 'https://video.example.org/1', '--from', 'notes.yaml'];
  EVERY_FLAG[`report ${kind}`] = ['report', kind, 'lahore', ...flags, ...common, '--force', '--yes', '--commit'];
}
EVERY_FLAG['report render'] = ['report', 'render', 'lahore', '--check'];
EVERY_FLAG['report impact'] = [
  'report', 'impact', '2026', '--submitted', '2026-11-11', '--authors', 'Core Team', '--summary', 'A year', '--story', 'A story',
  '--acknowledgement', 'Our funders', '--from', 'notes.yaml', '--force', '--yes', '--commit',
];
EVERY_FLAG['export ics'] = ['export', 'ics', 'lahore', '--from', '2026-11-01', '--to', '2026-11-30', '--kind', 'meetup', '--out', 'events.ics', '--public'];

const commands = await leafCommands();

// The network every run changes, built once in git (main, and the branch `change` checked
// out); each run has a copy of its own.
const network = branchedNetwork({ ...lab, ...sara, ...zara, ...gul, ...finder, ...meetup, ...karachi }, { 'labs/lahore/members/sara-malik.yaml': `${sara['labs/lahore/members/sara-malik.yaml']}skills: [data]\n` });
writeFileSync(join(network, 'notes.yaml'), '{}\n');
writeFileSync(join(network, 'sign-in.csv'), 'Name,Category\nAyesha Khan,Technologist\n');
writeFileSync(join(network, 'guests.csv'), 'Name,Category\nNadia Guest,Citizen\n');

describe('each command', () => {
  it('has a run with every flag in this table, and the table names no other command', () => {
    expect([...commands.keys()].sort()).toEqual(Object.keys(EVERY_FLAG).sort());
  });

  it.each([...commands.keys()])('%s: its help lists the flags its run gives, and it reads every one of them, and nothing else', async (name) => {
    const argv = EVERY_FLAG[name] ?? [];
    const help = await runCli([...name.split(' '), '--help'], { cwd: testdir({}) });
    const listed = new Set([...helpFlags(help.stdout)].filter((flag) => flag !== '--help'));
    const given = new Set(argv.filter((arg) => arg.startsWith('--')));
    // --dry-run and --format change what a run writes and prints: test/write/dry-run.test.ts gives them.
    const previewing = ['--dry-run', '--format'];
    expect(given).toEqual(new Set([...listed].filter((flag) => !(listed.has('--commit') && previewing.includes(flag)))));

    const dir = copyOf(network);
    read.keys.clear();
    read.undeclared.clear();
    const run = await runCli(argv.map((arg) => (arg === '{new}' ? testdir({}) : arg)), { cwd: dir });
    expect(run.stderr).toBe('');
    // The writing framework reads --yes, --commit and (but for reports, which read their own) --from; every other flag is an answer.
    const ownFrom = name === 'project close' || (name.startsWith('report ') && name !== 'report render');
    const writing = listed.has('--commit');
    const framework = writing ? ['--yes', '--commit', '--dry-run', '--format', ...(ownFrom ? [] : ['--from'])] : [];
    const keys = [...listed].filter((flag) => !framework.includes(flag)).map((flag) => flag.slice(2).replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase()));
    expect([...read.keys].sort()).toEqual(keys.sort());
    expect([...read.undeclared]).toEqual([]);
    if (given.has('--commit')) expect(run.stdout).toMatch(/^Committed [0-9a-f]+: /m);
  });
});
