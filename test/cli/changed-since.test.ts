import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { branchedNetwork } from '../helpers/branches.js';
import { git } from '../helpers/git.js';
import { networkDir } from '../helpers/network.js';
import { meeting, member } from '../helpers/records.js';

interface Finding {
  rule: string;
  file: string;
}

const findingsSince = async (dir: string, ref = 'main') => {
  const run = await runCli(['audit', '--format', 'json', '--changed-since', ref], { cwd: dir });
  const parsed = run.stdout ? JSON.parse(run.stdout) : { findings: [] };
  return { run, findings: parsed.findings as Finding[], summary: parsed.summary };
};
const broken = (name: string) => `name: ${name}\njoined: 2026-02-30\nroles: [{ role: member }]\nstatus: active\n`;

describe('cil audit --changed-since', () => {
  it('reports the findings of the files a branch changed, and not the others', async () => {
    const dir = branchedNetwork({ ...member('old-problem', '2026-02-30') }, { 'labs/lahore/members/new-problem.yaml': broken('New Problem') });
    expect((await runCli(['audit', '--format', 'json'], { cwd: dir })).stdout).toContain('old-problem');
    const { run, findings, summary } = await findingsSince(dir);
    expect(run.status).toBe(1);
    expect(findings.map((finding) => [finding.rule, finding.file])).toEqual([['schema', 'labs/lahore/members/new-problem.yaml']]);
    expect(summary.files).toBe(1);
  });

  it('keeps lab-level findings of the labs the change touched', async () => {
    const dir = branchedNetwork(
      { 'labs/karachi/lab.yaml': 'name: K\ncity: Karachi\nprovince: Sindh\nfounded: 2026-01-01\nstatus: active\nleads: [hina]\n', 'labs/karachi/members/hina.yaml': broken('Hina').replace('2026-02-30', '2026-01-01') },
      { ...meeting('2026-11-05', ['ayesha-khan']) },
    );
    const { findings } = await findingsSince(dir);
    // karachi has months without meetings, but the change did not touch it.
    expect(findings.filter((finding) => finding.file.startsWith('labs/karachi/'))).toEqual([]);
    expect((await runCli(['audit', '--format', 'json'], { cwd: dir })).stdout).toContain('"rule": "meetups-per-month"');
  });

  it('reports references a deleted record breaks elsewhere in its lab', async () => {
    const dir = branchedNetwork(
      { ...member('sara-malik', '2026-02-01'), ...meeting('2026-11-05', ['ayesha-khan', 'sara-malik']) },
      { 'labs/lahore/members/sara-malik.yaml': null },
    );
    const { run, findings } = await findingsSince(dir);
    expect(run.status).toBe(1);
    expect(findings).toEqual([expect.objectContaining({ rule: 'reference', file: 'labs/lahore/events/2026-11-05-meetup.yaml' })]);
  });

  it('follows a renamed record to its new name', async () => {
    const dir = branchedNetwork({ ...member('sara-malik', '2026-11-02') }, {}, [['labs/lahore/members/sara-malik.yaml', 'labs/lahore/members/Sara.yaml']]);
    const { findings } = await findingsSince(dir);
    expect(findings.map((finding) => [finding.rule, finding.file])).toEqual([['file-name', 'labs/lahore/members/Sara.yaml']]);
  });

  it('judges everything when cil.yaml changes', async () => {
    const dir = branchedNetwork({ ...member('old-problem', '2026-02-30') }, { 'cil.yaml': 'network: Renamed Network\n' });
    expect((await findingsSince(dir)).findings.map((finding) => finding.file)).toContain('labs/lahore/members/old-problem.yaml');
  });

  it.each([
    ['a ref that does not exist', 'origin/mian', /^cil: --changed-since origin\/mian: git knows no commit by that name/],
    ['a ref that looks like an option', '--output=/tmp/x', /^cil: --changed-since takes a branch, tag or commit, and `--output=\/tmp\/x` is none/],
    ['a ref that is a dash', '-', /^cil: --changed-since takes a branch/],
  ])('exits 2 for %s, and git never takes it as an option', async (_name, ref, message) => {
    const dir = branchedNetwork({}, {});
    const run = await runCli(['audit', `--changed-since=${ref}`], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('exits 2 outside a git repository', async () => {
    const run = await runCli(['audit', '--changed-since', 'main'], { cwd: networkDir() });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^cil: --changed-since needs a git repository/);
  });

  it('tells a shallow clone without the base commit to fetch it', async () => {
    const origin = branchedNetwork({}, { ...meeting('2026-11-05', ['ayesha-khan']) });
    git(origin, 'checkout', '--quiet', 'main');
    for (const day of ['06', '07']) {
      git(origin, 'commit', '--quiet', '--allow-empty', '-m', `main moves on ${day}`);
    }
    const clone = join(mkdtempSync(join(tmpdir(), 'cil-shallow-')), 'clone');
    execFileSync('git', ['clone', '--quiet', '--depth', '1', '--no-single-branch', `file://${origin}`, clone]);
    git(clone, 'checkout', '--quiet', 'change');
    const run = await runCli(['audit', '--changed-since', 'origin/main'], { cwd: clone });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^cil: this is a shallow clone without the commit where the change left origin\/main; fetch the history first/);
  });
});
