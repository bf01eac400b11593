import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportRender } from '../../src/commands/report-render.js';
import { runCli } from '../helpers/cli.js';
import { networkDir } from '../helpers/network.js';

const reports = {
  'labs/lahore/reports/2026-11-monthly.yaml': 'kind: monthly\nperiod: 2026-11\nsuccesses: [First meetup]\n',
  'labs/lahore/reports/2026-Q4-quarterly.yaml': 'kind: quarterly\nperiod: 2026-Q4\nstory: We began.\n',
  'labs/lahore/events/2026-11-05-meetup.yaml': 'title: Meetup\nkind: meetup\ndate: 2026-11-05\nattendance: { present: [ayesha-khan] }\n',
};

describe('cil report render', () => {
  it('writes every missing or stale document and leaves current ones alone', async () => {
    const dir = networkDir(reports);
    expect(await reportRender({ cwd: dir })).toMatchObject({
      changed: ['labs/lahore/reports/2026-11-monthly.md', 'labs/lahore/reports/2026-Q4-quarterly.md'],
      unchanged: 0,
      exitCode: 0,
    });
    expect(readFileSync(join(dir, 'labs/lahore/reports/2026-11-monthly.md'), 'utf8')).toContain('| 5 November 2026 | Meetup | meetup |');
    expect(await reportRender({ cwd: dir })).toMatchObject({ changed: [], unchanged: 2 });
  });

  it('refuses to render while a record of the lab fails its schema, which the documents would leave out', async () => {
    const dir = networkDir(reports);
    await reportRender({ cwd: dir });
    const before = readFileSync(join(dir, 'labs/lahore/reports/2026-11-monthly.md'), 'utf8');
    writeFileSync(join(dir, 'labs/lahore/members/sara-malik.yaml'), 'name: Sara Malik\njoined: 2026-02-01\nroles: [{ role: member }]\nstatus: active\nphone_note: none\n');
    const run = await runCli(['report', 'render'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'cil: labs/lahore/members/sara-malik.yaml does not pass its schema (`cil audit` says why): fix it first, or the documents would be rendered without it; nothing was written (`cil report render <lab>` renders the other labs)\n',
    );
    expect(readFileSync(join(dir, 'labs/lahore/reports/2026-11-monthly.md'), 'utf8')).toBe(before);
    // The audit names the record.
    const audit = await runCli(['audit'], { cwd: dir });
    expect(audit.stdout).toContain('labs/lahore/members/sara-malik.yaml:5:1 error schema');
  });

  it('a writing command leaves the documents as they are beside such a record, and says so', async () => {
    const dir = networkDir(reports);
    await reportRender({ cwd: dir });
    writeFileSync(join(dir, 'labs/lahore/members/sara-malik.yaml'), 'name: Sara Malik\njoined: 2026-02-01\nroles: [{ role: member }]\nstatus: active\nphone_note: none\n');
    const run = await runCli(['event', 'add', 'lahore', '--title', 'Second meetup', '--date', '2026-11-12', '--kind', 'meetup'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("The lab's report documents were not updated: labs/lahore/members/sara-malik.yaml does not pass its schema.");
    expect(readFileSync(join(dir, 'labs/lahore/reports/2026-11-monthly.md'), 'utf8')).not.toContain('Second meetup');
    // The document is stale, and the audit says what to fix first.
    expect((await runCli(['audit'], { cwd: dir })).stdout).toMatch(
      /2026-11-monthly\.md error report-stale .*; fix labs\/lahore\/members\/sara-malik\.yaml first \(it fails its schema\), then run `cil report render`/,
    );
  });

  it("a writing command leaves the network's impact report as it is beside such a record, and says so", async () => {
    const dir = networkDir({ ...reports, 'reports/2026-impact.yaml': 'kind: impact\nyear: 2026\nsummary: A good year.\n' });
    await reportRender({ cwd: dir });
    const before = readFileSync(join(dir, 'reports/2026-impact.md'), 'utf8');
    writeFileSync(join(dir, 'labs/lahore/members/sara-malik.yaml'), 'name: Sara Malik\njoined: 2026-02-01\nroles: [{ role: member }]\nstatus: active\nphone_note: none\n');
    const run = await runCli(['event', 'add', 'lahore', '--title', 'Second meetup', '--date', '2026-11-12', '--kind', 'meetup'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("The network's impact report was not updated: labs/lahore/members/sara-malik.yaml does not pass its schema.");
    expect(readFileSync(join(dir, 'reports/2026-impact.md'), 'utf8')).toBe(before);
  });

  it('--check changes nothing and fails on stale documents, before and after a record changes', async () => {
    const dir = networkDir(reports);
    expect((await runCli(['report', 'render'], { cwd: dir })).status).toBe(0);
    const clean = await runCli(['report', 'render', '--check'], { cwd: dir });
    expect(clean.status).toBe(0);
    expect(clean.stdout).toBe('0 to render, 2 up to date.\n');

    writeFileSync(join(dir, 'labs/lahore/events/2026-11-05-meetup.yaml'), 'title: Open Data Meetup\nkind: meetup\ndate: 2026-11-05\n');
    const document = readFileSync(join(dir, 'labs/lahore/reports/2026-11-monthly.md'), 'utf8');
    const stale = await runCli(['report', 'render', '--check'], { cwd: dir });
    expect(stale.status).toBe(1);
    expect(stale.stdout).toBe(
      [
        'Stale or missing: labs/lahore/reports/2026-11-monthly.md',
        'Stale or missing: labs/lahore/reports/2026-Q4-quarterly.md',
        '2 to render, 0 up to date.',
        'Run `cil report render` and commit the result.',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(dir, 'labs/lahore/reports/2026-11-monthly.md'), 'utf8')).toBe(document);
    expect((await runCli(['audit', '--format', 'json'], { cwd: dir })).stdout).toContain('"rule": "report-stale"');

    expect((await runCli(['report', 'render'], { cwd: dir })).status).toBe(0);
    expect((await runCli(['report', 'render', '--check'], { cwd: dir })).status).toBe(0);
    expect((await runCli(['audit'], { cwd: dir })).status).toBe(0);
  });

  it('renders only the labs named, and refuses a lab the network does not have with the nearest id', async () => {
    const karachi = {
      'labs/karachi/lab.yaml': 'name: CIL Karachi\ncity: Karachi\nprovince: Sindh\nfounded: 2026-11-01\nstatus: active\nleads: [omar-shaikh]\n',
      'labs/karachi/members/omar-shaikh.yaml': 'name: Omar Shaikh\njoined: 2026-11-01\nroles: [{ role: organizer }]\nstatus: active\n',
      'labs/karachi/reports/2026-11-monthly.yaml': 'kind: monthly\nperiod: 2026-11\nsuccesses: [First meetup]\n',
    };
    const dir = networkDir({ ...reports, ...karachi });
    const run = await runCli(['report', 'render', 'karachi'], { cwd: dir });
    expect(run.stdout).toBe('Rendered: labs/karachi/reports/2026-11-monthly.md\n1 rendered, 0 up to date.\n');
    expect(existsSync(join(dir, 'labs/lahore/reports/2026-11-monthly.md'))).toBe(false);
    expect(await reportRender({ cwd: dir, labs: ['karachi', 'lahore'] })).toMatchObject({ changed: ['labs/lahore/reports/2026-11-monthly.md', 'labs/lahore/reports/2026-Q4-quarterly.md'], unchanged: 1 });

    const typo = await runCli(['report', 'render', 'lahore', 'karachy'], { cwd: dir });
    expect(typo.status).toBe(2);
    expect(typo.stderr).toBe('cil: there is no lab `karachy` in this network; did you mean `karachi`?\n');
    await expect(reportRender({ cwd: dir, labs: ['quetta'] })).rejects.toThrow('there is no lab `quetta` in this network (labs: karachi, lahore)');
  });

  it('exits 2 naming the template when a template is broken', async () => {
    const dir = networkDir({ ...reports, 'templates/monthly.md.hbs': '{{lab.nmae}}\n' });
    const run = await runCli(['report', 'render'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'cil: labs/lahore/reports/2026-11-monthly.yaml cannot be rendered: templates/monthly.md.hbs: `nmae` is not a field it can use (line 1); check the spelling against the fields listed in the README\n',
    );
  });
});
