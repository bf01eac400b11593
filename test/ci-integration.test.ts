import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateAction, validateWorkflow } from '@action-validator/core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { listNetworkFiles } from '../src/network/list-files.js';
import { auditWorkflow } from '../src/scaffold/network-files.js';
import { runCli } from './helpers/cli.js';
import { BASE, networkDir } from './helpers/network.js';
import { testdir } from './helpers/testdir.js';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

/** The cil commands a shell script runs, with their first word after `cil.js` or `cil`. */
const cilCommands = (script: string) => [...script.matchAll(/(?:bin\/cil\.js"?|^\s*cil)\s+([a-z]+(?: [a-z]+)?)/gm)].map((match) => match[1]);

describe('the ready-made CI', () => {
  it('action.yml is a composite action that audits with annotations and posts the review', async () => {
    const action = parse(read('action.yml'));
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(['path', 'base', 'fail-on', 'comment', 'token', 'cache', 'site', 'site-url']);
    // The audit cache is kept between runs, in the folder the audit is told to use.
    const cache = action.runs.steps.find((step: { uses?: string }) => step.uses?.startsWith('actions/cache@'));
    const audit = action.runs.steps.find((step: { run?: string }) => step.run?.includes('--format github'));
    expect(cache.with.path).toBe(audit.env.CIL_CACHE_DIR);
    const scripts = action.runs.steps.map((step: { run?: string }) => step.run ?? '').join('\n');
    expect(scripts).toContain('--format github');
    expect(scripts).toContain('--changed-since "$BASE"');
    expect(scripts).toContain('review -C "$NETWORK" --base "$BASE" --author "$AUTHOR"');
    expect(scripts).toContain('gh pr comment');
    // Values from the event reach the scripts through the environment, never spliced into them.
    expect(scripts).not.toMatch(/\$\{\{/);
  });

  it("action.yml's review step passes when the comment cannot be posted (a fork's read-only token), and prints the review instead", () => {
    const steps = parse(read('action.yml')).runs.steps as { name?: string; run?: string }[];
    const script = steps.find((step) => step.run?.includes('gh pr comment'))?.run ?? '';
    const bin = testdir({ 'gh-refused': '#!/bin/sh\necho "HTTP 403: Resource not accessible by integration" >&2\nexit 1\n' });
    const ghOk = testdir({ 'gh-posted': '#!/bin/sh\nexit 0\n' });
    const runStep = (gh: string) => {
      chmodSync(gh, 0o755);
      const path = join(testdir({}), 'bin');
      mkdirSync(path);
      symlinkSync(gh, join(path, 'gh'));
      // As GitHub runs a step's script with shell: bash.
      const env = { PATH: `${path}:${process.env.PATH}`, RUNNER_TEMP: testdir({}), GITHUB_ACTION_PATH: fileURLToPath(new URL('..', import.meta.url)),
        NETWORK: networkDir(BASE), BASE: 'HEAD', GITHUB_BASE_REF: 'main', AUTHOR: 'someone', NUMBER: '7' };
      return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { env, encoding: 'utf8' });
    };
    const refused = runStep(join(bin, 'gh-refused'));
    expect(refused.status).toBe(0);
    expect(refused.stdout).toMatch(/^::warning title=cil review::The review could not be posted as a comment/m);
    const posted = runStep(join(ghOk, 'gh-posted'));
    expect(posted.status).toBe(0);
    expect(posted.stdout).not.toContain('::warning');
  });

  it('action.yml builds the site when asked, into the folder it uploads for GitHub Pages', () => {
    const action = parse(read('action.yml'));
    const steps = action.runs.steps as { name?: string; if?: string; uses?: string; run?: string; with?: Record<string, string> }[];
    const build = steps.find((step) => step.run?.includes('cil.js" site'));
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(build?.if).toBe("inputs.site == 'true'");
    expect(upload?.if).toBe("inputs.site == 'true'");
    expect(build?.run).toContain('site -C "$NETWORK" --out "$RUNNER_TEMP/cil-site" "${base_url[@]}"');
    expect(upload?.with?.path).toBe('${{ runner.temp }}/cil-site');
    // After the audit: a site is built only from records that pass it.
    expect(steps.indexOf(build as object)).toBeGreaterThan(steps.findIndex((step) => step.run?.includes('--format github')));
    expect(action.inputs.site.default).toBe('false');
  });

  const siteUrlInCilYaml = { 'cil.yaml': `${BASE['cil.yaml']}site_url: https://labs.example.org/network\n` };
  it.each([
    ['codeforpakistan/cil-network', '', {}, 'https://codeforpakistan.github.io/cil-network/'],
    ['CodeForPakistan/codeforpakistan.github.io', '', {}, 'https://codeforpakistan.github.io/'],
    ['codeforpakistan/cil-network', 'https://labs.example.org/', {}, 'https://labs.example.org/'],
    // cil.yaml's site_url comes before GitHub Pages' address, and the input before both.
    ['codeforpakistan/cil-network', '', siteUrlInCilYaml, 'https://labs.example.org/network/'],
    ['codeforpakistan/cil-network', 'https://preview.example.org/', siteUrlInCilYaml, 'https://preview.example.org/'],
  ])("action.yml's build of the site (%s, site-url %j, network %j) gives cil site the site's address", (repository, siteUrl, network, address) => {
    const steps = parse(read('action.yml')).runs.steps as { run?: string }[];
    const script = steps.find((step) => step.run?.includes('cil.js" site'))?.run as string;
    const temp = testdir({});
    const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      encoding: 'utf8',
      env: {
        ...process.env,
        GITHUB_ACTION_PATH: fileURLToPath(new URL('..', import.meta.url)),
        GITHUB_REPOSITORY: repository,
        GITHUB_REPOSITORY_OWNER: repository.split('/')[0],
        RUNNER_TEMP: temp,
        NETWORK: networkDir(network),
        SITE_URL: siteUrl,
      },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(join(temp, 'cil-site', 'index.html'), 'utf8')).toContain(`<link rel="canonical" href="${address}">`);
  });

  // action-validator checks both files against SchemaStore's github-action.json and
  // github-workflow.json, the schemas editors use for them.
  it('action.yml and the workflow cil init writes pass the published schemas of GitHub actions and workflows', () => {
    expect(validateAction(read('action.yml')).errors).toEqual([]);
    expect(validateWorkflow(auditWorkflow('1.2.3')).errors).toEqual([]);
    // The check itself: a permission GitHub does not know is refused.
    const broken = auditWorkflow('1.2.3').replace('pages: write', 'pages: publish');
    expect(validateWorkflow(broken).errors).not.toEqual([]);
  });

  it('uses only commands and options cil has', async () => {
    const help = (await runCli(['--help'], { cwd: testdir({}) })).stdout;
    const action = parse(read('action.yml'));
    const scripts = action.runs.steps.map((step: { run?: string }) => step.run ?? '').join('\n');
    for (const command of cilCommands(scripts)) expect(help).toContain(`  ${command?.split(' ')[0]}`);
    const hooks = parse(read('.pre-commit-hooks.yaml')) as { id: string; entry: string; language: string }[];
    expect(hooks.map((hook) => hook.id)).toEqual(['cil-audit', 'cil-report-render']);
    for (const hook of hooks) {
      expect(hook.language).toBe('node');
      expect(hook.entry.startsWith('cil ')).toBe(true);
    }
    expect((await runCli(['report', 'render', '--help'], { cwd: testdir({}) })).stdout).toContain('--check');
  });

  it("runs the pre-commit hooks on a change to any file the audit judges: the labs', the network's reports, cil.yaml, templates", () => {
    const hooks = parse(read('.pre-commit-hooks.yaml')) as { id: string; files: string }[];
    const judged = [
      ...listNetworkFiles(fileURLToPath(new URL('../examples', import.meta.url))).files.filter((file) => file.kind !== 'unknown').map((file) => file.path),
      'templates/monthly.md.hbs',
      'templates/site/home.html.hbs',
    ];
    expect(judged).toContain('reports/2026-impact.yaml');
    for (const hook of hooks) {
      const files = new RegExp(hook.files);
      expect(judged.filter((path) => !files.test(path)), hook.id).toEqual([]);
      expect(files.test('docs/notes.md'), hook.id).toBe(false);
    }
  });
});
