import { describe, expect, it } from 'vitest';
import { toHtml } from '../helpers/markdown.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ReviewResult, review } from '../../src/commands/review.js';
import { describeEvent, formatReviewMarkdown } from '../../src/format/review.js';
import { branchedNetwork } from '../helpers/branches.js';
import { runCli } from '../helpers/cli.js';
import { git } from '../helpers/git.js';
import { BASE } from '../helpers/network.js';
import { meeting, member } from '../helpers/records.js';
import { testdir, writeFiles } from '../helpers/testdir.js';

const karachi = {
  'labs/karachi/lab.yaml': 'name: CIL Karachi\ncity: Karachi\nprovince: Sindh\nfounded: 2026-11-01\nstatus: active\nleads: [hina-baloch]\n',
  'labs/karachi/members/hina-baloch.yaml': 'name: Hina Baloch\ngithub: hinab\njoined: 2026-11-01\nroles: [{ role: organizer }]\nstatus: active\n',
};
const base = { ...karachi, ...member('sara-malik', '2026-11-02'), 'labs/lahore/projects/toilet-finder.yaml': 'name: Toilet Finder\nstatus: discovery\n' };
const change = {
  ...member('bilal-ahmed', '2026-11-10', 'gender: man\n'),
  'labs/lahore/members/sara-malik.yaml': 'name: Sara Malik\njoined: 2026-11-02\nroles: [{ role: technologist }]\nstatus: active\nwarnings: [{ date: 2026-11-15, reason: Missed two meetups }]\n',
  ...meeting('2026-11-12', ['ayesha-khan', 'bilal-ahmed'], ['sara-malik'], 'meetup', 'audience: { citizens: 12, technologists: 6, women: 5 }\n'),
  'labs/lahore/projects/toilet-finder.yaml': 'name: Toilet Finder\nstatus: building\npartner: pitb\nmou_signed: 2026-11-01\nstarted: 2026-11-02\nrepository: https://github.com/l/t\nlicense: MIT\n',
  'cil.yaml': 'network: Test Network\ntimezone: Asia/Karachi\ncore_team: [cfp-core, new-friend]\n',
};

describe('cil review', () => {
  it('tells the change as a story per lab, with what needs the core team', async () => {
    const dir = branchedNetwork(base, change);
    const result = await review({ cwd: dir, base: 'main', asOf: '2026-11-20' });
    expect(result.story.labs.map(({ lab, events, documents }) => ({ lab, lines: events.map(describeEvent), documents }))).toEqual([
      {
        lab: 'lahore',
        lines: [
          'Event recorded: 12 November 2026: meetup on 2026-11-12 (meetup; 12 citizens, 6 technologists, 5 women)',
          'Member joined: Bilal Ahmed (technologist), 10 November 2026',
          'Member Sara Malik: warned on 15 November 2026: Missed two meetups',
          'Project Toilet Finder changed: status discovery → building; partner, mou_signed, started, repository, license',
        ],
        documents: [],
      },
    ]);
    expect(result.story.labs[0]?.events.map((event) => event.kind)).toEqual(['event-recorded', 'member-joined', 'member-changed', 'project-changed']);
    expect(result.story.network).toEqual([{ path: 'cil.yaml', status: 'modified' }]);
    expect(result.changes).toContainEqual({ path: 'labs/lahore/members/bilal-ahmed.yaml', status: 'added', lab: 'lahore' });
    expect(result.unauthorized).toEqual([]);
    const text = formatReviewMarkdown(result);
    expect(text).toContain('### Lab lahore');
    expect(toHtml(text)).toContain('<h3>For the core team</h3>\n<ul>\n<li>cil.yaml modified</li>');
    expect(text).toContain('- [ ] New members: names and roles look right, and no contact details were recorded.');
    expect(text).toContain("- [ ] Changes outside the labs (settings, templates, workflows) are the core team's to approve.");
  });

  it("lets a lab's lead change their lab only", async () => {
    const dir = branchedNetwork(base, change);
    const result = await review({ cwd: dir, base: 'main', author: 'ayeshak', asOf: '2026-11-20' });
    expect(result.authority).toEqual({ coreTeam: false, labs: ['lahore'], leads: ['lahore'] });
    expect(result.unauthorized).toEqual(['cil.yaml']);
    expect(result.exitCode).toBe(1);
  });

  it('refuses a member of another lab, and rights a change would grant itself', async () => {
    const dir = branchedNetwork(base, change);
    const fromKarachi = await review({ cwd: dir, base: 'main', author: 'hinab', asOf: '2026-11-20' });
    expect(fromKarachi.authority).toEqual({ coreTeam: false, labs: [], leads: [] });
    expect(fromKarachi.unauthorized).toContain('labs/lahore/members/bilal-ahmed.yaml');
    // new-friend is added to the core team by this very change: that does not count.
    const selfMade = await review({ cwd: dir, base: 'main', author: 'new-friend', asOf: '2026-11-20' });
    expect(selfMade.authority?.coreTeam).toBe(false);
    expect(selfMade.unauthorized.length).toBe(selfMade.changes.length);
  });

  it('lets the core team change anything', async () => {
    const dir = branchedNetwork(base, change);
    const result = await review({ cwd: dir, base: 'main', author: '@CFP-core', asOf: '2026-11-20' });
    expect(result.authority?.coreTeam).toBe(true);
    expect(result.unauthorized).toEqual([]);
    expect(result.exitCode).toBe(0);
  });

  it("includes the audit's findings on the change and fails on its errors", async () => {
    const dir = branchedNetwork(base, { ...member('zara', '2026-13-01') });
    const result = await review({ cwd: dir, base: 'main', author: 'cfp-core', asOf: '2026-11-20' });
    expect(result.findings.map((finding) => [finding.rule, finding.file])).toEqual([['schema', 'labs/lahore/members/zara.yaml']]);
    expect(result.exitCode).toBe(1);
    expect(formatReviewMarkdown(result)).toContain('### Audit of the change: 1 error, 0 warnings and 0 infos in 1 of 1 file checked');
  });

  it('reports what the change brings on files it left unchanged, as `cil audit --changed-since` does, and fails on it', async () => {
    // A new member with a handle another member already has: the finding lands on the other one.
    const dir = branchedNetwork(
      { ...base, ...member('bilal-ahmed', '2026-02-01', 'github: bilalahmed\n') },
      { ...member('ahmed-bilal', '2026-11-10', 'github: bilalahmed\n') },
    );
    const result = await review({ cwd: dir, base: 'main', author: 'cfp-core', asOf: '2026-11-20' });
    const found = result.findings.map((finding) => [finding.rule, finding.file]);
    expect(found).toEqual([['reference', 'labs/lahore/members/bilal-ahmed.yaml']]);
    expect(result.exitCode).toBe(1);
    const audited = await runCli(['audit', '--format', 'json', '--changed-since', 'main'], { cwd: dir });
    const auditFound = JSON.parse(audited.stdout).findings as { rule: string; file: string }[];
    expect(auditFound.map((finding) => [finding.rule, finding.file])).toEqual(found);
    // The same for a head that is not checked out.
    git(dir, 'checkout', '--quiet', 'main');
    const elsewhere = await review({ cwd: dir, base: 'main', head: 'change', author: 'cfp-core', asOf: '2026-11-20' });
    expect(elsewhere.findings).toEqual(result.findings);
    expect(elsewhere.exitCode).toBe(1);
  });

  it('reviews a head that is not checked out, in a work tree of its own', async () => {
    const dir = branchedNetwork(base, change);
    git(dir, 'checkout', '--quiet', 'main');
    const result = await review({ cwd: dir, base: 'main', head: 'change', author: 'ayeshak', asOf: '2026-11-20' });
    expect(result.story.labs[0]?.events.map(describeEvent)).toContain('Member joined: Bilal Ahmed (technologist), 10 November 2026');
    expect(git(dir, 'worktree', 'list').trim().split('\n')).toHaveLength(1);
  });

  it('links rendered documents on the forge, and prints JSON with changes and unauthorized', async () => {
    const dir = branchedNetwork(base, { 'labs/lahore/reports/2026-11-monthly.yaml': 'kind: monthly\nperiod: 2026-11\nsuccesses: [First meetup]\n' });
    const json = await runCli(['review', '--base', 'main', '--author', 'hinab', '--format', 'json'], { cwd: dir });
    expect(json.status).toBe(1);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.changes).toEqual([{ path: 'labs/lahore/reports/2026-11-monthly.yaml', status: 'added', lab: 'lahore' }]);
    expect(parsed.unauthorized).toEqual(['labs/lahore/reports/2026-11-monthly.yaml']);
    const markdown = await runCli(['review', '--base', 'main'], { cwd: dir, env: { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'cfp/network' } });
    expect(toHtml(markdown.stdout)).toMatch(/<li>Report submitted: monthly 2026-11 \(<a href="https:\/\/github\.com\/cfp\/network\/blob\/[0-9a-f]{40}\/labs\/lahore\/reports\/2026-11-monthly\.md"><code>labs\/lahore\/reports\/2026-11-monthly\.md<\/code><\/a>\)<\/li>/);
  });

  it('exits 2 for a base that looks like an option', async () => {
    const dir = branchedNetwork(base, {});
    const run = await runCli(['review', '--base=--upload-pack=touch /tmp/x'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^cil: --base takes a branch, tag or commit/);
  });
});

describe('a review comment cannot be restructured by what the change holds', () => {
  it.each([
    ['a file name that opens an HTML comment', { '!\n<!--': 'x\n' }],
    ['a file name that closes a code span and opens a heading', { 'a`\n# Approved by the core team': 'x\n' }],
    ['a file name with a table row and a link', { 'x | [approve](https://evil.example) |': 'x\n' }],
    [
      'a member whose name holds Markdown, mentions and an image',
      { 'labs/lahore/members/zara-khan.yaml': 'name: "@cfp-core/everyone ![x](https://evil.example/i.png) #1 <!-- [ok](https://evil.example)"\njoined: 2026-11-10\nroles: [{ role: member }]\nstatus: active\n' },
    ],
  ])('%s', async (_name, files) => {
    const dir = branchedNetwork(base, files);
    const run = await runCli(['review', '--base', 'main', '--author', 'mallory'], { cwd: dir });
    const html = toHtml(run.stdout);
    // Everything the comment holds still shows, in the structure cil gave it.
    for (const heading of ['Audit of the change', 'Reviewer checklist']) expect(html).toMatch(new RegExp(`<h3>[^<]*${heading}`));
    expect(html).not.toMatch(/<!--|<img|<h1|<h2>(?!cil review)|href="https:\/\/evil/);
    // No one is pinged and nothing is linked from the record's text (GitHub looks for neither in code).
    const text = html.replace(/<code>[^<]*<\/code>/g, '');
    expect(text).not.toMatch(/@(?!\u200b)[a-z]/i);
    expect(text).not.toMatch(/#(?!\u200b)\d/);
    expect(text).not.toMatch(/https?:\/\//);
  });
});

describe('review authorization that cannot be bypassed', () => {
  const sara = { 'labs/lahore/members/sara-malik.yaml': 'name: Sara Malik\ngithub: mallory\njoined: 2026-11-02\nroles: [{ role: technologist }]\nstatus: active\n' };
  const event = meeting('2026-11-12', ['ayesha-khan']);

  it('takes rights from the base branch as it is now, not from the commit the author branched from', async () => {
    // Sara is active where the branch left main; main has offboarded her since.
    const dir = branchedNetwork({ ...base, ...sara }, event);
    git(dir, 'checkout', '--quiet', 'main');
    writeFileSync(join(dir, 'labs/lahore/members/sara-malik.yaml'), 'name: Sara Malik\ngithub: mallory\njoined: 2026-11-02\nroles: [{ role: technologist, until: 2026-11-15 }]\nstatus: offboarded\nwarnings: [{ date: 2026-11-05, reason: a }, { date: 2026-11-08, reason: b }]\noffboarded: { date: 2026-11-15, reason: Inactive, handover: None }\n');
    git(dir, 'commit', '--quiet', '-am', 'Offboard Sara');
    git(dir, 'checkout', '--quiet', 'change');
    const run = await runCli(['review', '--base', 'main', '--author', 'mallory', '--format', 'json'], { cwd: dir });
    const result = JSON.parse(run.stdout) as ReviewResult;
    expect(result.authority).toEqual({ coreTeam: false, labs: [], leads: [] });
    expect(result.unauthorized).toEqual(['labs/lahore/events/2026-11-12-meetup.yaml']);
    expect(run.status).toBe(1);
  });

  it('counts every changed path of the repository: a workflow beside the network folder needs the core team', async () => {
    const repo = testdir({ 'README.md': '# Repo\n' });
    writeFiles(join(repo, 'network'), { ...BASE, ...sara });
    branchedNetwork({}, { '.github/workflows/evil.yml': 'on: push\n', ...Object.fromEntries(Object.entries(event).map(([path, text]) => [`network/${path}`, text])) }, [], repo);
    const dir = join(repo, 'network');
    const run = await runCli(['review', '--base', 'main', '--author', 'mallory'], { cwd: dir });
    expect(run.status).toBe(1);
    const html = toHtml(run.stdout);
    expect(html).toContain('<code>/.github/workflows/evil.yml</code>');
    expect(html).toMatch(/For the core team<\/h3>\n<ul>\n<li>\/\.github\/workflows\/evil\.yml added/);
    const json = JSON.parse((await runCli(['review', '--base', 'main', '--author', 'mallory', '--format', 'json'], { cwd: dir })).stdout) as ReviewResult;
    expect(json.unauthorized).toEqual(['/.github/workflows/evil.yml']);
    expect(json.changes).toContainEqual({ path: '/.github/workflows/evil.yml', status: 'added', outside: true });
  });

  it.each([
    ['a dot-file the audit skips', { 'labs/lahore/members/.ghost.yaml': 'name: Ghost\ngithub: mallory\njoined: 2026-11-02\nroles: [{ role: member }]\nstatus: active\n' }],
    ['a record that fails its schema', { 'labs/lahore/members/ghost.yaml': 'name: Ghost\ngithub: mallory\njoined: 2026-11-02\nstatus: active\n' }],
    ['a member file outside members/', { 'labs/lahore/ghost.yaml': 'name: Ghost\ngithub: mallory\njoined: 2026-11-02\nroles: [{ role: member }]\nstatus: active\n' }],
  ])('grants nothing through %s', async (_name, ghost) => {
    const dir = branchedNetwork({ ...base, ...ghost }, event);
    const result = await review({ cwd: dir, base: 'main', author: 'mallory', asOf: '2026-11-20' });
    expect(result.authority).toEqual({ coreTeam: false, labs: [], leads: [] });
    expect(result.unauthorized).toEqual(['labs/lahore/events/2026-11-12-meetup.yaml']);
  });

  it.each(['', '@', '   ', 'not a handle', '../ayeshak'])('authorizes nothing for the author %j, even with members who have no github', async (author) => {
    const dir = branchedNetwork({ ...base, ...member('no-handle', '2026-11-02') }, event);
    const result = await review({ cwd: dir, base: 'main', author, asOf: '2026-11-20' });
    expect(result.authority).toEqual({ coreTeam: false, labs: [], leads: [] });
    expect(result.unauthorized).toEqual(['labs/lahore/events/2026-11-12-meetup.yaml']);
    expect(result.exitCode).toBe(1);
  });

  it("lets any active member change the lab's folder, lab.yaml included, and says so", async () => {
    const dir = branchedNetwork({ ...base, ...sara }, { ...event, 'labs/lahore/lab.yaml': (BASE['labs/lahore/lab.yaml'] as string).replace('leads: [ayesha-khan]', 'leads: [ayesha-khan, sara-malik]') });
    const byMember = await review({ cwd: dir, base: 'main', author: 'mallory', asOf: '2026-11-20' });
    expect(byMember.authority).toEqual({ coreTeam: false, labs: ['lahore'], leads: [] });
    expect(byMember.unauthorized).toEqual([]);
    expect(formatReviewMarkdown(byMember)).toContain('(active member of lab lahore)');
    const byLead = await review({ cwd: dir, base: 'main', author: 'ayeshak', asOf: '2026-11-20' });
    expect(formatReviewMarkdown(byLead)).toContain('(lead of lab lahore)');
    const byOutsider = await review({ cwd: dir, base: 'main', author: 'hinab', asOf: '2026-11-20' });
    expect(formatReviewMarkdown(byOutsider)).toContain('any active member of a lab may change its folder, lab.yaml included, and only the core team anything else');
  });
});
