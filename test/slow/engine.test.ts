import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, spawnCli } from '../helpers/cli.js';
import { commitAll, git } from '../helpers/git.js';
import { testdir } from '../helpers/testdir.js';

// The audit's fast path (lab by lab, worker threads, js-yaml for plain records, a cache)
// must find exactly what the straightforward path finds: the whole network in memory, one
// thread, `yaml` for every file (CIL_AUDIT_ENGINE=straightforward). These tests compare the
// two on networks full of problems, through the command line, output byte for byte: in this
// process (where the fast path judges every lab on one thread), and once in a process of
// the built cil, with its worker threads.

const GENERATE = fileURLToPath(new URL('../../bench/generate.js', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));
const STRAIGHT = { CIL_AUDIT_ENGINE: 'straightforward', CIL_CACHE: 'off' };
const FAST = { CIL_CACHE: 'off' };

/** Edits one file of a network in place. */
function edit(dir: string, path: string, change: (text: string) => string): void {
  const file = join(dir, path);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

const first = (dir: string, folder: string, suffix: string) => {
  const name = readdirSync(join(dir, folder))
    .filter((entry) => entry.endsWith(suffix))
    .sort()[0];
  if (!name) throw new Error(`no ${suffix} file in ${folder}`);
  return `${folder}/${name}`;
};

/**
 * A synthetic network of 17 labs (enough for the worker threads) with its documents
 * rendered, then broken in many ways, each in another lab.
 */
async function brokenNetwork(): Promise<string> {
  const dir = testdir({});
  execFileSync(process.execPath, [GENERATE, '--labs', '17', '--out', dir], { stdio: 'ignore' });
  await runCli(['-C', dir, 'report', 'render'], { cwd: dir });
  edit(dir, 'labs/lab-002/members/member-03.yaml', (text) => `${text}favourite_colour: blue\n`);
  const event = first(dir, 'labs/lab-003/events', '.yaml');
  edit(dir, event, (text) => text.replace('member-02', 'nobody-here'));
  edit(dir, first(dir, 'labs/lab-004/reports', '.md'), (text) => `${text}\nA line typed by hand.\n`);
  rmSync(join(dir, first(dir, 'labs/lab-005/reports', '.md')));
  writeFileSync(join(dir, 'labs/lab-006/members/member-04.yaml'), 'name: "Unclosed\njoined: 2023-02-01\n');
  edit(dir, first(dir, 'labs/lab-007/events', '.yaml'), (text) =>
    text.replace(/takeaways: \[.*\]/, 'takeaways: [Call Sara at 0321-7654321 or write to sara@example.org]'),
  );
  renameSync(join(dir, 'labs/lab-008/members/member-06.yaml'), join(dir, 'labs/lab-008/members/Member Six.yaml'));
  edit(dir, first(dir, 'labs/lab-009/events', '.yaml'), (text) => `${text}mood: good\n`.replace(/\n/g, '\r\n'));
  edit(dir, 'labs/lab-010/members/member-07.yaml', (text) => text.replace('skills: [', 'skills:\n\t- ').replace(/\]$/m, ''));
  edit(dir, 'labs/lab-011/members/member-08.yaml', (text) => `${text}name: Twice\n`);
  edit(dir, 'labs/lab-012/lab.yaml', (text) => text.replace(/leads: \[.*\]/, 'leads: [nobody-here]'));
  writeFileSync(join(dir, 'labs/lab-013/notes.txt'), 'a stray file\n');
  edit(dir, 'labs/lab-014/members/member-09.yaml', (text) => text.replace('status: active', 'status: active\n# a comment\nskills: [data]'));
  edit(dir, first(dir, 'labs/lab-015/projects', '.yaml'), (text) => `&anchor ${text}`);
  writeFileSync(join(dir, 'labs/lab-016/members/empty.yaml'), '');
  writeFileSync(join(dir, 'stray.yaml'), 'what: is this\n');
  return dir;
}

const audit = (dir: string, env: Record<string, string>, format = 'json', extra: string[] = []) =>
  runCli(['audit', '-C', dir, '--format', format, ...extra], { cwd: dir, env });
const auditInAProcess = (dir: string, env: Record<string, string>, format = 'json') =>
  spawnCli(['audit', '-C', dir, '--format', format], { cwd: dir, env });

describe('the fast audit and the straightforward one', () => {
  let network: string;
  beforeAll(async () => {
    network = await brokenNetwork();
  }, 60_000);

  it('find the same in a broken network of 17 labs, in every format', async () => {
    const straight = await audit(network, STRAIGHT);
    const found = JSON.parse(straight.stdout) as { findings: { rule: string; file: string; line: number }[] };
    // The network must be broken in many ways, or the comparison proves little.
    const rules = new Set(found.findings.map((finding) => finding.rule));
    expect([...rules].sort()).toEqual(
      expect.arrayContaining(['file-name', 'personal-data', 'reference', 'report-stale', 'schema', 'yaml-syntax']),
    );
    expect(new Set(found.findings.map((finding) => finding.file.split('/')[1])).size).toBeGreaterThan(10);
    expect(found.findings.some((finding) => finding.line > 1)).toBe(true);
    expect(straight.status).toBe(1);
    for (const format of ['json', 'human']) {
      const reference = await audit(network, STRAIGHT, format);
      const fast = await audit(network, FAST, format);
      expect(fast.stdout, format).toBe(reference.stdout);
      expect(fast.status).toBe(reference.status);
      expect(fast.stderr).toBe('');
    }
  }, 60_000);

  it('find the same in a process of the built cil, with its worker threads', () => {
    // The formats are compared in this process above; here, the threads.
    const reference = auditInAProcess(network, STRAIGHT, 'json');
    const fast = auditInAProcess(network, FAST, 'json');
    expect(fast.stdout).toBe(reference.stdout);
    expect(fast.status).toBe(reference.status);
    expect(fast.stderr).toBe('');
  }, 60_000);

  it('find the same with the cache, first filling it and then reading it', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'cil-engine-cache-'));
    try {
      const reference = (await audit(network, STRAIGHT)).stdout;
      expect((await audit(network, { CIL_CACHE_DIR: cache })).stdout).toBe(reference);
      // Two entries a lab, and two for what lies outside the labs: its findings on the day,
      // and those that hold on any day.
      expect(readdirSync(join(cache, 'labs')).length).toBe(36);
      expect((await audit(network, { CIL_CACHE_DIR: cache })).stdout).toBe(reference);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  }, 60_000);

  it('find the same in the example network, which is clean', async () => {
    const reference = await audit(EXAMPLES, STRAIGHT);
    expect(reference.status).toBe(0);
    expect((await audit(EXAMPLES, FAST)).stdout).toBe(reference.stdout);
  });

  it('find the same for a pull request, with --changed-since', async () => {
    const dir = branchOfExamples((network) => {
      edit(network, 'labs/karachi/lab.yaml', (text) => `${text}motto: fast\n`);
      const member = first(network, 'labs/peshawar/members', '.yaml');
      edit(network, member, (text) => text.replace(/^joined: .*$/m, 'joined: 2026-02-30'));
      rmSync(join(network, first(network, 'labs/peshawar/reports', '.md')));
    });
    const since = ['--changed-since', 'main'];
    const reference = await audit(dir, STRAIGHT, 'json', since);
    expect(JSON.parse(reference.stdout).findings.length).toBeGreaterThanOrEqual(2);
    expect((await audit(dir, FAST, 'json', since)).stdout).toBe(reference.stdout);
  });
});

/**
 * The example network committed on main in a git repository (in `folder` of it), and a
 * branch `change` that `change` makes, committed. Returns the network's folder.
 */
function branchOfExamples(change: (network: string) => void, folder = ''): string {
  const top = testdir({});
  const network = join(top, folder);
  cpSync(EXAMPLES, network, { recursive: true });
  commitAll(top);
  git(top, 'branch', '-M', 'main');
  git(top, 'checkout', '--quiet', '-b', 'change');
  change(network);
  git(top, 'add', '--all');
  git(top, 'commit', '--quiet', '-m', 'A change');
  return network;
}

interface Finding {
  rule: string;
  severity: string;
  file: string;
  message: string;
}
const same = (finding: Finding) => [finding.rule, finding.severity, finding.file, finding.message].join('\0');
const LATER = '2027-02-20';

// Pull requests whose findings land on files they did not touch, in their lab, in another
// lab, or everywhere: the fast audit judges only what may differ from the merge base, read
// from git objects; the straightforward one judges both commits whole, the base checked out.
const PULL_REQUESTS: [string, (network: string) => void, string][] = [
  [
    'a new member with the GitHub handle of another',
    (network) => writeFileSync(join(network, 'labs/peshawar/members/ahmed-bilal.yaml'), 'name: Ahmed Bilal\ngithub: bilal-ahmed-dev\njoined: 2026-11-10\nroles: [{ role: member }]\nstatus: active\n'),
    'labs/peshawar/members/bilal-ahmed.yaml',
  ],
  ['a member deleted who is still on a team', (network) => rmSync(join(network, 'labs/peshawar/members/sara-malik.yaml')), 'labs/peshawar/projects/budget-explorer.yaml'],
  [
    'a member renamed',
    (network) => renameSync(join(network, 'labs/peshawar/members/sara-malik.yaml'), join(network, 'labs/peshawar/members/sara-khan.yaml')),
    'labs/peshawar/events/2026-11-07-prototype-meetup.yaml',
  ],
  ['a lead who is now an alumna', (network) => edit(network, 'labs/peshawar/members/ayesha-khan.yaml', (text) => text.replace('status: active', 'status: alumni')), 'labs/peshawar/lab.yaml'],
  ['a lab deleted that a project was redeployed to', (network) => rmSync(join(network, 'labs/karachi'), { recursive: true }), 'labs/peshawar/projects/toilet-finder.yaml'],
  ['a policy raised in cil.yaml', (network) => edit(network, 'cil.yaml', (text) => text.replace(/meetups_per_month: 1 /, 'meetups_per_month: 9 ')), 'labs/quetta/lab.yaml'],
  [
    'a template of the network',
    (network) => {
      mkdirSync(join(network, 'templates'));
      writeFileSync(join(network, 'templates/monthly.md.hbs'), '# {{lab.name}}\n');
    },
    'labs/karachi/reports/2026-10-monthly.md',
  ],
];

describe('the fast audit and the straightforward one, on a pull request', () => {
  it.each(PULL_REQUESTS)('find the same for %s: what it brings on a file it did not touch, and nothing older', async (_name, change, elsewhere) => {
    const dir = branchOfExamples(change);
    // A quarter later, every lab owes reports and meetings: findings already there at the base.
    const since = ['--changed-since', 'main', '--as-of', LATER];
    const reference = await audit(dir, STRAIGHT, 'json', since);
    const found = JSON.parse(reference.stdout).findings as Finding[];
    expect(found.map((finding) => finding.file)).toContain(elsewhere);
    expect((await audit(dir, FAST, 'json', since)).stdout).toBe(reference.stdout);
    // With the cache filled by an audit of main, as CI keeps it: the base's parts are read from it.
    const cache = mkdtempSync(join(tmpdir(), 'cil-engine-cache-'));
    try {
      git(dir, 'checkout', '--quiet', 'main');
      const before = JSON.parse((await audit(dir, { CIL_CACHE_DIR: cache }, 'json', ['--as-of', LATER])).stdout).findings as Finding[];
      git(dir, 'checkout', '--quiet', 'change');
      expect((await audit(dir, { CIL_CACHE_DIR: cache }, 'json', since)).stdout).toBe(reference.stdout);
      // Off the files the change touched, nothing that main's own audit finds.
      const touched = new Set(git(dir, 'diff', '--name-only', '--no-renames', 'main', 'change').split('\n'));
      const old = new Set(before.map(same));
      expect(new Set(before.map((finding) => finding.file.split('/')[1])).size).toBe(3);
      expect(found.filter((finding) => !touched.has(finding.file) && old.has(same(finding)))).toEqual([]);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  }, 60_000);

  it('find the same in a process of the built cil, whose worker threads judge every lab at both commits', async () => {
    // The broken network of 17 labs in git, and a branch that changes cil.yaml and adds a lab.
    const top = testdir({});
    cpSync(await brokenNetwork(), top, { recursive: true });
    commitAll(top);
    git(top, 'branch', '-M', 'main');
    git(top, 'checkout', '--quiet', '-b', 'change');
    edit(top, 'cil.yaml', (text) => `${text}policy:\n  meetups_per_month: 9\n`);
    mkdirSync(join(top, 'labs/zz-new'));
    writeFileSync(join(top, 'labs/zz-new/lab.yaml'), 'name: New\ncity: Multan\nprovince: Punjab\nfounded: 2026-11-01\nstatus: forming\nleads: [nobody]\n');
    git(top, 'add', '--all');
    git(top, 'commit', '--quiet', '-m', 'A policy and a lab');
    const since = (env: Record<string, string>) => spawnCli(['audit', '-C', top, '--format', 'json', '--changed-since', 'main'], { cwd: top, env });
    const reference = since(STRAIGHT);
    // What the policy finds in every lab (and the mentor check-ins it now asks of labs that fell
    // behind), and what is wrong in the new one; none of the older problems.
    const found = JSON.parse(reference.stdout).findings as Finding[];
    expect(new Set(found.filter((finding) => finding.rule === 'meetups-per-month').map((finding) => finding.file.split('/')[1])).size).toBe(17);
    const byPolicy = ['meetups-per-month', 'mentor-check-in-due'];
    expect(found.filter((finding) => !byPolicy.includes(finding.rule) && !finding.file.startsWith('labs/zz-new/'))).toEqual([]);
    const fast = since(FAST);
    expect(fast.stderr).toBe('');
    expect(fast.stdout).toBe(reference.stdout);
  }, 120_000);

  it('find the same for a network in a folder of its repository', async () => {
    const [, change, elsewhere] = PULL_REQUESTS[0] as (typeof PULL_REQUESTS)[number];
    const dir = branchOfExamples(change, 'network');
    const since = ['--changed-since', 'main'];
    const reference = await audit(dir, STRAIGHT, 'json', since);
    expect(reference.stdout).toContain(elsewhere);
    expect((await audit(dir, FAST, 'json', since)).stdout).toBe(reference.stdout);
  }, 60_000);
});

describe('the audit cache', () => {
  it('is invalidated by a change to a record, to cil.yaml and to a template', async () => {
    const dir = testdir({});
    cpSync(EXAMPLES, dir, { recursive: true });
    const cache = mkdtempSync(join(tmpdir(), 'cil-cache-'));
    const env = { CIL_CACHE_DIR: cache };
    const check = async () => expect((await audit(dir, env)).stdout).toBe((await audit(dir, STRAIGHT)).stdout);
    try {
      expect((await audit(dir, env)).status).toBe(0);
      const member = first(dir, 'labs/quetta/members', '.yaml');
      edit(dir, member, (text) => `${text}favourite_colour: blue\n`);
      await check();
      expect((await audit(dir, env)).status).toBe(1);
      edit(dir, member, (text) => text.replace('favourite_colour: blue\n', ''));
      await check();
      // A policy the labs are judged by, in cil.yaml: more meetups a month than any lab held.
      edit(dir, 'cil.yaml', (text) => text.replace(/meetups_per_month: 1 /, 'meetups_per_month: 9 '));
      await check();
      expect((await audit(dir, env)).stdout).toContain('meetups-per-month');
      mkdirSync(join(dir, 'templates'));
      writeFileSync(join(dir, 'templates', 'monthly.md.hbs'), '# {{lab.name}}\n');
      await check();
      expect((await audit(dir, env)).stdout).toContain('report-stale');
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  }, 60_000);

  it('is not written with CIL_CACHE=off', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'cil-cache-'));
    try {
      expect((await audit(EXAMPLES, { CIL_CACHE: 'off', CIL_CACHE_DIR: cache })).status).toBe(0);
      expect(readdirSync(cache)).toEqual([]);
      expect((await audit(EXAMPLES, { CIL_CACHE_DIR: cache })).status).toBe(0);
      // Two entries for each of the three labs, what lies outside them and the impact report's rule.
      expect(readdirSync(join(cache, 'labs')).length).toBe(10);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it('keeps the findings that hold on any day for the next day, and judges the day anew', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'cil-cache-'));
    const env = { CIL_CACHE_DIR: cache };
    const entries = () => readdirSync(join(cache, 'labs')).sort();
    const on = (day: string) => ['--as-of', day];
    try {
      expect((await audit(EXAMPLES, env)).status).toBe(0);
      const first = entries();
      // Months later, reports are due and meetups missed: findings of the rules that judge
      // as of a day, which the cache must not carry over.
      const later = await audit(EXAMPLES, STRAIGHT, 'json', on('2027-06-01'));
      expect(later.stdout).toContain('monthly-report-due');
      expect((await audit(EXAMPLES, env, 'json', on('2027-06-01'))).stdout).toBe(later.stdout);
      // A new entry for the day, for each lab, for what lies outside the labs and for the impact report's rule.
      expect(entries()).toHaveLength(first.length + 5);
      // The other entries served again: a finding planted in each of the first day's
      // entries shows on a third day, which no entry of that day could have held.
      const planted = { rule: 'schema', severity: 'error', file: 'labs/karachi/lab.yaml', line: 1, column: 1, message: 'planted' };
      // (Each is rewritten as the cache writes an entry, checksum and all, or it would be ignored.)
      for (const name of first) {
        const path = join(cache, 'labs', name);
        const entry = JSON.parse(readFileSync(path, 'utf8')) as { key: string; findings: unknown[] };
        const findings = [...entry.findings, planted];
        const sum = createHash('sha256').update(entry.key).update('\0').update(JSON.stringify(findings)).digest('hex');
        writeFileSync(path, JSON.stringify({ ...entry, sum, findings }));
      }
      expect((await audit(EXAMPLES, env, 'json', on('2027-07-01'))).stdout).toContain('planted');
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
