import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { branchedNetwork } from '../helpers/branches.js';
import { git } from '../helpers/git.js';
import { networkDir } from '../helpers/network.js';
import { meeting, member, project } from '../helpers/records.js';
import { testdir } from '../helpers/testdir.js';

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

const on = (findings: Finding[]) => findings.map((finding) => [finding.rule, finding.file]);
const lahoreLab = (leads: string, extra = '') =>
  `name: CIL Lahore\ncity: Lahore\nprovince: Punjab\nfounded: 2026-11-01\nstatus: active\nleads: [${leads}]\n${extra}`;

describe('cil audit --changed-since', () => {
  it('reports the findings of the files a branch changed, and not the others', async () => {
    const dir = branchedNetwork({ ...member('old-problem', '2026-02-30') }, { 'labs/lahore/members/new-problem.yaml': broken('New Problem') });
    expect((await runCli(['audit', '--format', 'json'], { cwd: dir })).stdout).toContain('old-problem');
    const { run, findings, summary } = await findingsSince(dir);
    expect(run.status).toBe(1);
    expect(on(findings)).toEqual([['schema', 'labs/lahore/members/new-problem.yaml']]);
    expect(summary.files).toBe(1);
  });

  it('leaves out the findings of labs the change did not touch, and what was wrong before in those it did', async () => {
    const dir = branchedNetwork(
      {
        'labs/karachi/lab.yaml': 'name: K\ncity: Karachi\nprovince: Sindh\nfounded: 2026-01-01\nstatus: active\nleads: [hina]\n',
        'labs/karachi/members/hina.yaml': broken('Hina').replace('2026-02-30', '2026-01-01'),
        'labs/lahore/reports/2026-10-monthly.yaml': 'kind: monthly\nperiod: 2026-10\n',
        'labs/notes.txt': 'A stray file\n',
      },
      { ...meeting('2026-11-05', ['ayesha-khan']) },
    );
    const whole = await runCli(['audit', '--format', 'json'], { cwd: dir });
    // karachi has months without meetings, lahore's report has no date or document, and a file outside the labs has no place.
    expect(whole.stdout).toContain('"rule": "meetups-per-month"');
    expect(whole.stdout).toContain('labs/lahore/reports/2026-10-monthly.yaml');
    expect(whole.stdout).toContain('labs/notes.txt');
    const { run, findings } = await findingsSince(dir);
    expect(findings).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('reports a GitHub handle the change shares with a member it left unchanged', async () => {
    const dir = branchedNetwork(
      { ...member('bilal-ahmed', '2026-11-01', 'github: bilalahmed\n') },
      { ...member('ahmed-bilal', '2026-11-10', 'github: bilalahmed\n') },
    );
    const { run, findings, summary } = await findingsSince(dir);
    expect(run.status).toBe(1);
    // The new record comes first, so the finding lands on the other, unchanged one.
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'reference', file: 'labs/lahore/members/bilal-ahmed.yaml', message: expect.stringContaining('`bilalahmed` is also given in') }),
    ]);
    expect(summary.files).toBe(2);
  });

  it('reports references a deleted record breaks elsewhere in its lab, and not those broken before', async () => {
    const dir = branchedNetwork(
      { ...member('sara-malik', '2026-11-01'), ...meeting('2026-11-05', ['ayesha-khan', 'sara-malik']), ...meeting('2026-11-12', ['nobody']) },
      { 'labs/lahore/members/sara-malik.yaml': null },
    );
    const { run, findings } = await findingsSince(dir);
    expect(run.status).toBe(1);
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'reference', file: 'labs/lahore/events/2026-11-05-meetup.yaml', message: expect.stringContaining('`sara-malik`') }),
    ]);
  });

  it('reports references a renamed record breaks, with the new name on its own finding', async () => {
    const dir = branchedNetwork(
      { ...member('sara-malik', '2026-11-01'), ...meeting('2026-11-05', ['ayesha-khan', 'sara-malik']), ...meeting('2026-11-12', ['nobody']) },
      {},
      [['labs/lahore/members/sara-malik.yaml', 'labs/lahore/members/sara-khan.yaml']],
    );
    const { findings } = await findingsSince(dir);
    // The member under their new id missed both meetings: that is on the file the change renamed.
    expect(on(findings)).toEqual([
      ['reference', 'labs/lahore/events/2026-11-05-meetup.yaml'],
      ['inactive-member', 'labs/lahore/members/sara-khan.yaml'],
    ]);
  });

  it('follows a renamed record to its new name', async () => {
    const dir = branchedNetwork({ ...member('sara-malik', '2026-11-02') }, {}, [['labs/lahore/members/sara-malik.yaml', 'labs/lahore/members/Sara.yaml']]);
    const { findings } = await findingsSince(dir);
    expect(on(findings)).toEqual([['file-name', 'labs/lahore/members/Sara.yaml']]);
  });

  it("reports a lead the change made inactive, on the lab's unchanged record, and not a lead inactive before", async () => {
    const dir = branchedNetwork(
      { 'labs/lahore/lab.yaml': lahoreLab('ayesha-khan, bilal-ahmed, usman'), ...member('bilal-ahmed', '2026-11-01'), ...member('usman', '2026-11-01', 'status: alumni\n') },
      { ...member('bilal-ahmed', '2026-11-01', 'status: alumni\n') },
    );
    expect((await runCli(['audit', '--format', 'json'], { cwd: dir })).stdout).toContain('lead Usman (usman) of lab lahore is alumni');
    const { run, findings } = await findingsSince(dir);
    expect(run.status).toBe(1);
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'lab-has-lead', file: 'labs/lahore/lab.yaml', message: expect.stringContaining('lead Bilal Ahmed (bilal-ahmed) of lab lahore is alumni') }),
    ]);
  });

  it('reports a redeployment to a lab the change deleted, in a lab it did not touch', async () => {
    const karachi = {
      'labs/karachi/lab.yaml': 'name: K\ncity: Karachi\nprovince: Sindh\nfounded: 2026-11-01\nstatus: active\nleads: [hina]\n',
      'labs/karachi/members/hina.yaml': 'name: Hina\njoined: 2026-11-01\nroles: [{ role: organizer }]\nstatus: active\n',
    };
    const dir = branchedNetwork(
      { ...karachi, ...project('toilet-finder', 'name: Toilet Finder\nstatus: discovery\nredeployments: [{ lab: karachi, date: 2026-11-02 }]\n') },
      { 'labs/karachi/lab.yaml': null, 'labs/karachi/members/hina.yaml': null },
    );
    const { run, findings } = await findingsSince(dir);
    expect(run.status).toBe(1);
    expect(on(findings)).toEqual([['reference', 'labs/lahore/projects/toilet-finder.yaml']]);
  });

  it('reports what a change to cil.yaml brings anywhere, and not what was wrong before', async () => {
    const dir = branchedNetwork(
      { ...member('old-problem', '2026-02-30'), ...member('bilal-ahmed', '2026-11-01'), ...meeting('2026-11-05', ['ayesha-khan']) },
      { 'cil.yaml': 'network: Test Network\ntimezone: Asia/Karachi\ncore_team: [cfp-core]\npolicy:\n  inactivity_missed_in_a_row: 1\n' },
    );
    // One meeting missed is now inactivity.
    const { findings } = await findingsSince(dir);
    expect(on(findings)).toEqual([['inactive-member', 'labs/lahore/members/bilal-ahmed.yaml']]);
  });

  it('reports what was wrong before in a file the change touched', async () => {
    const dir = branchedNetwork({ ...member('old-problem', '2026-02-30') }, { ...member('old-problem', '2026-02-30', 'skills: [data]\n') });
    const { findings } = await findingsSince(dir);
    expect(on(findings)).toEqual([['schema', 'labs/lahore/members/old-problem.yaml']]);
  });

  it('reports a finding whose severity a change to cil.yaml raised, as it now fails where it did not', async () => {
    const config = 'network: Test Network\ntimezone: Asia/Karachi\ncore_team: [cfp-core]\n';
    const dir = branchedNetwork(
      { 'cil.yaml': `${config}rules:\n  schema: warning\n`, ...member('old-problem', '2026-02-30') },
      { 'cil.yaml': config },
    );
    expect((await runCli(['audit', '--changed-since', 'main', '--as-of', '2026-11-20'], { cwd: dir, env: { CIL_CACHE: 'off' } })).status).toBe(1);
    const { findings } = await findingsSince(dir);
    expect(findings).toEqual([expect.objectContaining({ rule: 'schema', severity: 'error', file: 'labs/lahore/members/old-problem.yaml' })]);
  });

  // A summary once read "3 errors, 4 warnings and 0 infos in 7 of 5 files checked": the files
  // counted were the changed ones, not those with findings the change brought elsewhere.
  describe('counts, in every format, the files it changed and every file with a finding', () => {
    const pullRequest = () =>
      branchedNetwork(
        { ...member('bilal-ahmed', '2026-11-01', 'github: bilalahmed\n'), ...member('sara-malik', '2026-11-01'), ...meeting('2026-11-05', ['ayesha-khan', 'sara-malik']), ...meeting('2026-11-12', ['sara-malik']) },
        { ...member('ahmed-bilal', '2026-11-10', 'github: bilalahmed\n'), 'labs/lahore/members/sara-malik.yaml': null },
      );
    // Three findings on three files the change did not touch, and the one file it added.
    const expected = '3 errors, 0 warnings and 0 infos in 3 of 4 files checked';
    const output = async (format: string, dir = pullRequest()) => (await runCli(['audit', '--format', format, '--changed-since', 'main'], { cwd: dir })).stdout;

    it.each([
      ['human', (text: string) => text.trimEnd().split('\n').at(-1), `${expected}.`],
      ['github', (text: string) => text.trimEnd().split('\n').at(-1), `cil audit: ${expected}.`],
      ['markdown', (text: string) => text.split('\n')[0], `### cil audit: ${expected}`],
    ])('%s', async (format, summaryOf, summary) => {
      expect(summaryOf(await output(format))).toBe(summary);
    });

    it('json', async () => {
      expect(JSON.parse(await output('json')).summary).toEqual({ errors: 3, warnings: 0, infos: 0, files: 4 });
    });

    it('junit, a test case for each file the json counts', async () => {
      const dir = pullRequest();
      const xml = await output('junit', dir);
      const { files } = JSON.parse(await output('json', dir)).summary;
      expect(xml).toContain(`<testsuite name="cil audit" tests="${files}" failures="3" errors="0">`);
      expect([...xml.matchAll(/<testcase classname="cil.audit" name="([^"]+)"/g)].map((match) => match[1])).toEqual([
        'labs/lahore/events/2026-11-05-meetup.yaml',
        'labs/lahore/events/2026-11-12-meetup.yaml',
        'labs/lahore/members/ahmed-bilal.yaml',
        'labs/lahore/members/bilal-ahmed.yaml',
      ]);
    });

    it('sarif', async () => {
      const [run] = JSON.parse(await output('sarif')).runs;
      expect(run.results).toHaveLength(3);
      expect(run.properties.summary).toEqual({ errors: 3, warnings: 0, infos: 0, files: 4 });
    });
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
    const clone = join(testdir({}), 'clone');
    execFileSync('git', ['clone', '--quiet', '--depth', '1', '--no-single-branch', `file://${origin}`, clone]);
    git(clone, 'checkout', '--quiet', 'change');
    const run = await runCli(['audit', '--changed-since', 'origin/main'], { cwd: clone });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^cil: this is a shallow clone without the commit where the change left origin\/main; fetch the history first/);
  });
});
