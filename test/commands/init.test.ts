import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it, onTestFinished } from 'vitest';
import { audit } from '../../src/commands/audit.js';
import { init } from '../../src/commands/init.js';
import { schemas } from '../../src/commands/schemas.js';
import { networkReadme } from '../../src/scaffold/network-files.js';
import { siteAddress } from '../../src/text/site-address.js';
import { cilVersion } from '../../src/version.js';
import { writeIn } from '../helpers/write.js';
import type { Flags } from '../../src/prompt/fields.js';
import { runCli } from '../helpers/cli.js';
import { commitAll, git } from '../helpers/git.js';
import { linksOf } from '../helpers/markdown.js';
import { scriptedPrompter } from '../helpers/io.js';
import { networkDir } from '../helpers/network.js';
import { testdir } from '../helpers/testdir.js';

const peshawar: Flags = { city: 'Peshawar', province: 'Khyber Pakhtunkhwa', leadName: 'Ayesha Khan', leadGithub: 'ayeshak' };
const run = writeIn(init, {}, '2026-11-20');

/** Every file under a folder, with its content, ignoring .git. */
function snapshot(dir: string, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.name === '.git') continue;
    if (entry.isDirectory()) Object.assign(files, snapshot(dir, path));
    else files[path] = readFileSync(join(dir, path), 'utf8');
  }
  return files;
}

describe('cil init in an empty folder', () => {
  it('scaffolds the network repo, registers the lab and its lead, and git-inits on main', async () => {
    const dir = testdir({});
    // Whatever git's own default branch is here, the network's is main, where its workflow runs.
    process.env.GIT_CONFIG_COUNT = '1';
    process.env.GIT_CONFIG_KEY_0 = 'init.defaultBranch';
    process.env.GIT_CONFIG_VALUE_0 = 'master';
    onTestFinished(() => {
      delete process.env.GIT_CONFIG_COUNT;
      delete process.env.GIT_CONFIG_KEY_0;
      delete process.env.GIT_CONFIG_VALUE_0;
    });
    const result = await run(dir, { ...peshawar, coreTeam: 'cfp-core, nadia-cfp' });
    expect(result.written).toContain('cil.yaml');
    expect(result.written).toEqual([
      'cil.yaml',
      'README.md',
      '.gitignore',
      '.github/workflows/cil-audit.yml',
      '.vscode/settings.json',
      ...['cil', 'citizen', 'defs', 'event', 'export', 'impact-report', 'lab', 'member', 'project', 'report', 'spdx-license', 'timezone'].map((name) => `.cil/schemas/${name}.schema.json`),
      'labs/peshawar/lab.yaml',
      'labs/peshawar/members/ayesha-khan.yaml',
    ]);
    expect(existsSync(join(dir, '.git'))).toBe(true);
    expect(git(dir, 'symbolic-ref', '--short', 'HEAD').trim()).toBe('main');
    const config = parse(readFileSync(join(dir, 'cil.yaml'), 'utf8'));
    expect(config).toMatchObject({ network: 'Code for Pakistan Civic Innovation Labs', timezone: 'Asia/Karachi', core_team: ['cfp-core', 'nadia-cfp'] });
    expect(config.policy).toEqual({
      lead_weekly_hours: 5,
      member_weekly_hours: 4,
      community_events_per_quarter: 1,
      meetups_per_month: 1,
      monthly_report_due_day: 7,
      quarterly_report_due_day: 15,
      citizen_meetings_per_quarter: 1,
      mentor_check_in_within_days: 30,
      inactivity_missed_in_a_row: 2,
      warnings_before_offboarding: 2,
      women_participation_target: 0.25,
      accepted_licenses: [],
    });
    expect(readFileSync(join(dir, 'cil.yaml'), 'utf8')).toContain('meetups_per_month: 1 # Lab meetings a month');
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('private/\nnode_modules/\n_site/\n');
    const workflow = parse(readFileSync(join(dir, '.github/workflows/cil-audit.yml'), 'utf8'));
    expect(Object.keys(workflow.on)).toContain('pull_request');
    const publishing = "${{ github.event_name == 'push' && github.ref == 'refs/heads/main' && vars.CIL_SITE == 'true' }}";
    expect(workflow.jobs.audit.steps).toEqual([
      { uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } },
      { uses: `codeforpakistan/cil@v${cilVersion()}`, with: { site: publishing } },
    ]);
    // The site is published from main alone, when the network asks for it, by GitHub's own steps.
    expect(workflow.jobs.site).toMatchObject({
      if: publishing,
      needs: 'audit',
      permissions: { 'pages': 'write', 'id-token': 'write' },
      environment: { name: 'github-pages' },
      steps: [{ id: 'deploy', uses: 'actions/deploy-pages@v4' }],
    });
    expect(JSON.parse(readFileSync(join(dir, '.vscode/settings.json'), 'utf8'))['yaml.schemas']).toMatchObject({
      './.cil/schemas/member.schema.json': ['labs/*/members/*.yaml'],
    });
    // The copy resolves its references beside itself: no $id sends them to the published address.
    const copy = JSON.parse(readFileSync(join(dir, '.cil/schemas/member.schema.json'), 'utf8'));
    expect(copy.$id).toBeUndefined();
    expect(copy.$comment).toContain('https://raw.githubusercontent.com/codeforpakistan/cil/main/schemas/member.schema.json');
    expect(copy.properties.joined).toEqual({ $ref: 'defs.schema.json#/$defs/date', description: 'The date the person joined the lab.' });
    // What init wrote is what `cil schemas` keeps current.
    expect(schemas({ cwd: dir, check: true })).toMatchObject({ changed: [], exitCode: 0 });
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(readme).toMatch(/## For labs[\s\S]*## The network's website[\s\S]*## For reviewers/);
    expect(readme).toContain('`https://<owner>.github.io/<repository>/`');
    // Without an address (no flag, no git remote), the README links to no site of its own.
    expect(config.site_url).toBeUndefined();
    expect(linksOf(readme).map((link) => link.href)).toEqual(['https://github.com/codeforpakistan/cil']);
    expect(readme).toContain('`CIL_SITE`');
    // cil is not published on npm: the README installs it from its repository, as cil's own README does.
    expect(readme).not.toMatch(/npx @codeforpakistan|npm install (?:-g )?@codeforpakistan/);
    expect(readme).toContain('git clone https://github.com/codeforpakistan/cil.git\n   cd cil && npm ci && npm install -g .');
    expect(parse(readFileSync(join(dir, 'labs/peshawar/lab.yaml'), 'utf8'))).toEqual({
      name: 'Civic Innovation Lab Peshawar',
      city: 'Peshawar',
      province: 'Khyber Pakhtunkhwa',
      founded: '2026-11-20',
      status: 'forming',
      leads: ['ayesha-khan'],
    });
    expect(parse(readFileSync(join(dir, 'labs/peshawar/members/ayesha-khan.yaml'), 'utf8'))).toMatchObject({
      name: 'Ayesha Khan',
      github: 'ayeshak',
      roles: [{ role: 'organizer', since: '2026-11-20' }],
      status: 'active',
    });
    expect((await audit({ cwd: dir, asOf: '2026-11-20' })).findings).toEqual([]);
  });

  it('registers a lab founded months ago, and tells what the audit will ask of those months instead of refusing', async () => {
    const dir = testdir({});
    const result = await run(dir, { ...peshawar, founded: '2026-09-01' });
    expect(result.written).toContain('labs/peshawar/lab.yaml');
    expect(result.notes).toContainEqual(
      expect.stringMatching(/^The audit asks for what the lab did since it was founded: labs\/peshawar\/lab\.yaml meetups-per-month: .*September 2026.*\(and \d+ more: `cil audit` lists them\)\.$/),
    );
    // What it owes are the audit's findings, and nothing it could have refused.
    const { findings } = await audit({ cwd: dir, asOf: '2026-11-20' });
    const errors = findings.filter((finding) => finding.severity === 'error');
    expect(new Set(errors.map((finding) => finding.rule))).toEqual(new Set(['meetups-per-month', 'monthly-report-due']));
  });

  it('refuses a folder that holds a network one level down, pointing to it, and writes nothing', async () => {
    const dir = testdir({ 'net/cil.yaml': 'network: Ours\ntimezone: Asia/Karachi\n', 'notes.txt': 'ours\n' });
    await expect(run(dir, peshawar)).rejects.toThrow('net/ holds a network repo (net/cil.yaml): run cil init in it, or with -C net, to add a lab to it; nothing was written');
    expect(readdirSync(dir).sort()).toEqual(['net', 'notes.txt']);
    // In the network itself, it adds the lab.
    expect((await run(join(dir, 'net'), peshawar)).written).toContain('labs/peshawar/lab.yaml');
  });

  it('refuses a founding day after today at --founded, before anything else', async () => {
    const dir = testdir({});
    await expect(run(dir, { ...peshawar, founded: '2027-01-05' })).rejects.toThrow(/^--founded: 2027-01-05 is after today \(20 November 2026\); give the day the lab started$/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('commits everything it wrote with --commit', async () => {
    const dir = testdir({});
    const result = await run(dir, peshawar, { commit: true });
    expect(result.commit?.message).toBe('Create the network repo and register lab peshawar (Civic Innovation Lab Peshawar), led by Ayesha Khan');
    expect(git(dir, 'status', '--porcelain')).toBe('');
    expect(git(dir, 'show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort()).toEqual([...result.written].sort());
  });

  it('leaves files that exist alone, adding only the missing .gitignore lines', async () => {
    const dir = testdir({ 'README.md': '# Our own README\n', '.gitignore': 'node_modules/\n.env\n' });
    const result = await run(dir, peshawar);
    expect(result.written).not.toContain('README.md');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('# Our own README\n');
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('node_modules/\n.env\nprivate/\n_site/\n');
  });

  it('keeps private/ out of git, as the private-not-tracked rule asks', async () => {
    const dir = testdir({});
    await run(dir, peshawar, { commit: true });
    mkdirSync(join(dir, 'private'), { recursive: true });
    writeFileSync(join(dir, 'private', 'contacts.csv'), 'name,phone\n');
    expect(git(dir, 'status', '--porcelain', '--untracked-files=all')).toBe('');
    expect((await audit({ cwd: dir, asOf: '2026-11-20', env: { CIL_CACHE: 'off' } })).findings).toEqual([]);
    // The rule would say so, were the line gone.
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
    const rules = (await audit({ cwd: dir, asOf: '2026-11-20', env: { CIL_CACHE: 'off' } })).findings.map((finding) => [finding.rule, finding.file]);
    expect(rules).toEqual([['private-not-tracked', '.gitignore']]);
  });

  it('does not git-init inside an existing repository', async () => {
    const dir = testdir({ 'docs/notes.md': 'x\n' });
    commitAll(dir);
    const network = join(dir, 'network');
    await run(dir, peshawar, { repo: 'network' });
    expect(existsSync(join(network, 'cil.yaml'))).toBe(true);
    expect(existsSync(join(network, '.git'))).toBe(false);
  });
});

describe("cil init and the website's address", () => {
  const siteLinks = (dir: string) => linksOf(readFileSync(join(dir, 'README.md'), 'utf8')).filter((link) => !link.href.startsWith('https://github.com/'));
  const siteUrlOf = (dir: string) => parse(readFileSync(join(dir, 'cil.yaml'), 'utf8')).site_url;

  it('writes --site-url into cil.yaml, as a folder, and links the README to the site and its dashboard', async () => {
    const dir = testdir({});
    await run(dir, { ...peshawar, siteUrl: 'https://labs.codeforpakistan.org/network' });
    expect(siteUrlOf(dir)).toBe('https://labs.codeforpakistan.org/network/');
    expect(siteLinks(dir)).toEqual([
      { href: 'https://labs.codeforpakistan.org/network/', text: 'https://labs.codeforpakistan.org/network/' },
      { href: 'https://labs.codeforpakistan.org/network/dashboard/', text: 'https://labs.codeforpakistan.org/network/dashboard/' },
      { href: 'https://labs.codeforpakistan.org/network/', text: 'https://labs.codeforpakistan.org/network/' },
    ]);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).not.toContain('<owner>');
    expect((await audit({ cwd: dir, asOf: '2026-11-20' })).findings).toEqual([]);
  });

  it('links an address holding Markdown punctuation as it is', () => {
    const address = siteAddress('https://labs.example.org/a_(b)*c*/[d]/');
    // The reader percent-encodes the brackets in the link, as a browser would: the same address.
    const links = linksOf(networkReadme('N', address)).filter((link) => !link.href.startsWith('https://github.com/'));
    expect(links.map((link) => ({ ...link, href: decodeURI(link.href) }))).toEqual([
      { href: address, text: address },
      { href: `${address}dashboard/`, text: `${address}dashboard/` },
      { href: address, text: address },
    ]);
  });

  it('refuses a --site-url that is no https address, writing nothing', async () => {
    const dir = testdir({});
    await expect(run(dir, { ...peshawar, siteUrl: 'http://cfp-labs.github.io/network/' })).rejects.toThrow(/^--site-url: `site_url` must be a full web address starting with https:\/\//);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['https://github.com/cfp-labs/network.git', 'https://cfp-labs.github.io/network/'],
    ['git@github.com:CFP-Labs/Network.git', 'https://cfp-labs.github.io/Network/'],
    ['ssh://git@github.com/cfp-labs/cfp-labs.github.io', 'https://cfp-labs.github.io/'],
  ])("takes GitHub Pages' address of the git remote origin %s by default: %s", async (remote, address) => {
    const dir = testdir({});
    git(dir, 'init', '--quiet');
    git(dir, 'remote', 'add', 'origin', remote);
    await run(dir, peshawar);
    expect(siteUrlOf(dir)).toBe(address);
    expect(siteLinks(dir).map((link) => link.href)).toEqual([address, `${address}dashboard/`, address]);
  });

  it('lets --site-url win over the git remote, and leaves the address out for a remote not on GitHub', async () => {
    const flagged = testdir({});
    git(flagged, 'init', '--quiet');
    git(flagged, 'remote', 'add', 'origin', 'https://github.com/cfp-labs/network.git');
    await run(flagged, { ...peshawar, siteUrl: 'https://labs.codeforpakistan.org/' });
    expect(siteUrlOf(flagged)).toBe('https://labs.codeforpakistan.org/');

    const elsewhere = testdir({});
    git(elsewhere, 'init', '--quiet');
    git(elsewhere, 'remote', 'add', 'origin', 'https://gitlab.com/cfp-labs/network.git');
    await run(elsewhere, peshawar);
    expect(siteUrlOf(elsewhere)).toBeUndefined();
    expect(siteLinks(elsewhere)).toEqual([]);
    expect(readFileSync(join(elsewhere, 'README.md'), 'utf8')).toContain('`https://<owner>.github.io/<repository>/`');
  });

  it("leaves GitHub Pages' address out when the command line gives --site-url ''", async () => {
    const dir = testdir({});
    git(dir, 'init', '--quiet');
    git(dir, 'remote', 'add', 'origin', 'https://github.com/cfp-labs/network.git');
    const run = await runCli(['init', '--city', 'Quetta', '--province', 'balochistan', '--lead-name', 'Naveed Kakar', '--site-url', ''], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(siteUrlOf(dir)).toBeUndefined();
    expect(siteLinks(dir)).toEqual([]);
  });
});

describe("cil init on a terminal, with GitHub Pages' address to suggest", () => {
  it('says how to turn the suggested address down, and an empty answer writes none', async () => {
    const dir = testdir({});
    git(dir, 'init', '--quiet');
    git(dir, 'remote', 'add', 'origin', 'https://github.com/cfp-labs/network.git');
    const prompter = scriptedPrompter([undefined, undefined, '', '', 'Quetta', 'Balochistan', undefined, undefined, undefined, 'Naveed Kakar', undefined, '', '', '']);
    await run(dir, {}, { prompter });
    expect(prompter.asked[3]).toMatchObject({
      message: "The address of the network's website (optional; Backspace to leave it out)",
      default: 'https://cfp-labs.github.io/network/',
    });
    expect(parse(readFileSync(join(dir, 'cil.yaml'), 'utf8')).site_url).toBeUndefined();
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).not.toContain('https://cfp-labs.github.io/network/');
  });
});

describe('cil init in a network repo', () => {
  it('only registers the lab', async () => {
    const dir = networkDir();
    const result = await run(dir, { ...peshawar, leadId: 'ayesha' });
    expect(result.written).not.toContain('cil.yaml');
    expect(result.written).toEqual(['labs/peshawar/lab.yaml', 'labs/peshawar/members/ayesha.yaml']);
  });

  it('refuses a lab that exists and changes nothing', async () => {
    const dir = networkDir();
    commitAll(dir);
    const before = snapshot(dir);
    await expect(run(dir, { ...peshawar, lab: 'lahore', city: 'Lahore', province: 'Punjab' }, { commit: true })).rejects.toThrow(
      /^--lab: lab `lahore` already exists \(labs\/lahore\/\); nothing was changed$/,
    );
    await expect(run(dir, { ...peshawar, city: 'Lahore', province: 'Punjab' })).rejects.toThrow(/lab `lahore` already exists/);
    expect(snapshot(dir)).toEqual(before);
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });

  it('needs an id for a lead named in Urdu script, from --lead-id', async () => {
    const dir = networkDir();
    await expect(run(dir, { ...peshawar, leadName: 'عائشہ خان' })).rejects.toThrow(/^--lead-id is missing: no id can be made from `عائشہ خان`/);
    await run(dir, { ...peshawar, leadName: 'عائشہ خان', leadId: 'ayesha-khan' });
    expect(readFileSync(join(dir, 'labs/peshawar/members/ayesha-khan.yaml'), 'utf8')).toMatch(/^name: عائشہ خان$/m);
  });

  it('names the missing flag without a terminal', async () => {
    await expect(run(networkDir(), { city: 'Quetta', leadName: 'Naveed' })).rejects.toThrow(/^--province is missing/);
  });
});

describe('cil init on a terminal', () => {
  it('asks for the network, the lab and its lead', async () => {
    const dir = testdir({});
    const prompter = scriptedPrompter([undefined, undefined, 'cfp-core', 'https://cfp-labs.github.io/network', 'Quetta', 'Balochistan', undefined, undefined, undefined, 'Naveed Kakar', undefined, '', 'man', '6']);
    await run(dir, {}, { prompter });
    expect(prompter.asked.map((question) => [question.message, question.default])).toEqual([
      ["The network's name", 'Code for Pakistan Civic Innovation Labs'],
      ['Time zone of the network', 'Asia/Karachi'],
      ["GitHub handles of CfP's core team, separated by commas (optional)", undefined],
      ["The address of the network's website (optional)", undefined],
      ['City of the lab', undefined],
      ['Province or territory', undefined],
      ['Id of the lab (lowercase letters, digits and hyphens)', 'quetta'],
      ["The lab's name", 'Civic Innovation Lab Quetta'],
      ['Date the lab started (YYYY-MM-DD)', '2026-11-20'],
      ["The lead's name, as they write it", undefined],
      ['Id of the lead (lowercase letters, digits and hyphens)', 'naveed-kakar'],
      ["The lead's GitHub user name (optional)", undefined],
      ["The lead's gender, as they describe it (optional)", ''],
      ['Hours a week the lead commits (optional)', undefined],
    ]);
    expect(readFileSync(join(dir, 'labs/quetta/members/naveed-kakar.yaml'), 'utf8')).toContain('weekly_hours: 6\ngender: man\nstatus: active\n');
    expect(parse(readFileSync(join(dir, 'cil.yaml'), 'utf8')).site_url).toBe('https://cfp-labs.github.io/network/');
  });
});
