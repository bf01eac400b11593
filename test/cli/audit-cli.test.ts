import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { networkDir } from '../helpers/network.js';
import { testdir } from '../helpers/testdir.js';

const broken = {
  'labs/lahore/members/sara-malik.yaml':
    'name: Sara Malik\njoined: 2026-02-30\nroles: [{ role: member }]\nstatus: active\n',
};

describe('cil audit, run as a program', () => {
  it('exits 0 and says so when nothing is wrong', async () => {
    const run = await runCli(['audit'], { cwd: networkDir() });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('No problems found in 3 files checked.\n');
    expect(run.stderr).toBe('');
  });

  it('exits 1 with the finding at its line when a record is wrong', async () => {
    const run = await runCli(['audit'], { cwd: networkDir(broken) });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'labs/lahore/members/sara-malik.yaml:2:9 error schema `joined` must be a real date',
    );
    expect(run.stdout).toContain('1 error, 0 warnings and 0 infos in 1 of 4 files checked.');
  });

  it('finds the network repo from a folder inside it', async () => {
    const dir = networkDir(broken);
    expect((await runCli(['audit'], { cwd: `${dir}/labs/lahore/members` })).status).toBe(1);
  });

  it('takes global options before or after the command', async () => {
    const dir = networkDir(broken);
    const cwd = testdir({});
    expect((await runCli(['-C', dir, 'audit'], { cwd })).status).toBe(1);
    expect((await runCli(['audit', '-C', dir], { cwd })).status).toBe(1);
    expect((await runCli(['audit', '--repo', dir, '--format', 'json'], { cwd })).status).toBe(1);
  });

  it('prints the JSON shape the README documents', async () => {
    const run = await runCli(['audit', '--format', 'json'], { cwd: networkDir(broken) });
    expect(JSON.parse(run.stdout)).toEqual({
      findings: [
        {
          rule: 'schema',
          severity: 'error',
          file: 'labs/lahore/members/sara-malik.yaml',
          line: 2,
          column: 9,
          message: expect.stringContaining('`joined` must be a real date'),
        },
      ],
      summary: { errors: 1, warnings: 0, infos: 0, files: 4 },
    });
  });

  it('fails on warnings only with --fail-on warning', async () => {
    const dir = networkDir({ ...broken, 'cil.yaml': 'network: Test\nrules:\n  schema: warning\n' });
    expect((await runCli(['audit'], { cwd: dir })).status).toBe(0);
    expect((await runCli(['audit', '--fail-on', 'warning'], { cwd: dir })).status).toBe(1);
  });

  it('lets cil.yaml turn a rule off', async () => {
    const dir = networkDir({ ...broken, 'cil.yaml': 'network: Test\nrules:\n  schema: "off"\n' });
    expect((await runCli(['audit'], { cwd: dir })).status).toBe(0);
  });

  it('limits findings to the paths given', async () => {
    const dir = networkDir({ ...broken, 'labs/karachi/lab.yaml': 'name: x\n' });
    const run = await runCli(['audit', 'labs/lahore', '--format', 'json'], { cwd: dir });
    const { findings } = JSON.parse(run.stdout) as { findings: { file: string }[] };
    expect(findings.map((finding) => finding.file)).toEqual([
      'labs/lahore/members/sara-malik.yaml',
    ]);
  });

  it('counts a finding on a path no file holds among the files checked, alike in every format', async () => {
    // A lab folder without lab.yaml: the finding is on labs/multan/lab.yaml, which is not there.
    const dir = networkDir({ 'labs/multan/members/hina.yaml': 'name: Hina\njoined: 2026-11-01\nroles: [{ role: member }]\nstatus: active\n' });
    const json = JSON.parse((await runCli(['audit', '--format', 'json'], { cwd: dir })).stdout) as { findings: { file: string }[]; summary: { files: number } };
    expect(json.findings.map((finding) => finding.file)).toContain('labs/multan/lab.yaml');
    // cil.yaml, lahore's two records, hina and the missing lab.yaml.
    expect(json.summary.files).toBe(5);
    const withFindings = new Set(json.findings.map((finding) => finding.file)).size;
    expect((await runCli(['audit'], { cwd: dir })).stdout).toMatch(new RegExp(`in ${withFindings} of 5 files checked\\.\\n$`));
    expect((await runCli(['audit', '--format', 'junit'], { cwd: dir })).stdout).toContain('<testsuites name="cil audit" tests="5"');
    expect(JSON.parse((await runCli(['audit', '--format', 'sarif'], { cwd: dir })).stdout).runs[0].properties.summary.files).toBe(5);
  });

  it('prints no colour without a terminal', async () => {
    const run = await runCli(['audit'], { cwd: networkDir(broken) });
    expect(run.stdout).not.toContain('\u001b[');
  });

  it.each([
    ['no network repo', ['audit'], /^cil: no network repo here: no cil\.yaml/],
    [
      '-C naming a folder without cil.yaml',
      ['-C', '.', 'audit'],
      /^cil: \. is not a network repo: it has no cil\.yaml/,
    ],
    ['an unknown option', ['audit', '--bogus'], /^cil: unknown option '--bogus'/],
    ['an unknown command', ['frobnicate'], /^cil: cil has no command `frobnicate`; its commands are audit, status, show, init, lab, member, /],
    ['a misspelt command', ['audi'], /^cil: cil has no command `audi` \(did you mean `audit`\?\); its commands are /],
    ['a command of a group with two letters swapped', ['member', 'lsit'], /^cil: cil member has no command `lsit` \(did you mean `list`\?\); its commands are add, list, /],
    ['an unknown command of a group', ['member', 'frobnicate'], /^cil: cil member has no command `frobnicate`; its commands are add, list, edit, warn, /],
    [
      'an unknown format',
      ['audit', '--format', 'xml'],
      /^cil: --format: `xml` is not one of: human, json, github, sarif, junit, markdown/,
    ],
    [
      'a bad --as-of',
      ['audit', '--as-of', '2026-02-30'],
      /^cil: option '--as-of <YYYY-MM-DD>' argument '2026-02-30' is invalid/,
    ],
  ])('exits 2 with one sentence for %s', async (_name, args, message) => {
    const run = await runCli(args, { cwd: testdir({ 'notes.txt': 'not a network' }) });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toBe('');
  });

  it('shows the help of a group named alone, and exits 2', async () => {
    const run = await runCli(['member'], { cwd: testdir({}) });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^Usage: cil member \[options\] \[command\]\n(?:.*\n)*Commands:\n\s+add /);
  });

  it('shows the global options a command honours in its help', async () => {
    const run = await runCli(['member', 'warn', '--help'], { cwd: testdir({}) });
    expect(run.stdout).toMatch(/Global Options:\n(?:.*\n)*\s+-C, --repo <dir>(?:.*\n)*\s+--as-of <YYYY-MM-DD>/);
  });

  it('exits 2 for a path outside the network repo', async () => {
    const dir = networkDir();
    const run = await runCli(['audit', '..'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/is outside the network repo/);
  });

  it('prints its version and help and exits 0', async () => {
    const cwd = testdir({});
    const version = await runCli(['--version'], { cwd });
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const help = await runCli(['--help'], { cwd });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('audit');
  });
});
