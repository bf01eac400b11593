import { spawn, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, type ExpectStatic, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { commitAll, git } from '../helpers/git.js';
import { testdir } from '../helpers/testdir.js';

// What people who install cil from git get: a fresh clone of HEAD, installed by npm, npx and
// pre-commit themselves, with no build step (dist/ is committed) and no dev dependency.
// HEAD, not the working tree: what is not committed is not installed.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLES = join(ROOT, 'examples');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
/** The day the example network is judged as of (the README pins it), so that the calendar moving on changes nothing. */
const AS_OF = '2026-11-20';
const LONG = 300_000;

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;

// No audit cache in the user's folders; no terminal colours in what is compared.
const ENV = { ...process.env, CIL_CACHE: 'off', NO_COLOR: '1', npm_config_update_notifier: 'false', npm_config_fund: 'false' };

interface Run {
  status: number | null;
  stdout: string;
  /** stdout and stderr as they came. */
  output: string;
}

/** Runs a command to its end, in the background, so that the slow installs below overlap. */
function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  const child = spawn(command, args, { cwd: options.cwd ?? ROOT, env: { ...ENV, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => ((stdout += chunk), (output += chunk)));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, output }));
  });
}

/** A fresh clone of this repository at HEAD, in a folder of its own. */
function cloneHead(): string {
  const dir = join(testdir({}), 'cil');
  git(ROOT, 'clone', '--quiet', '--no-checkout', ROOT, dir);
  git(dir, 'checkout', '--quiet', '--detach', git(ROOT, 'rev-parse', 'HEAD').trim());
  return dir;
}

/** A copy of the example network, made a git repository (pre-commit runs in one). */
function exampleNetwork(): string {
  const dir = testdir({});
  cpSync(EXAMPLES, dir, { recursive: true });
  commitAll(dir);
  return dir;
}

let clone: string;
let head: string;
beforeAll(() => {
  clone = cloneHead();
  head = git(clone, 'rev-parse', 'HEAD').trim();
});

// Each case waits for its processes: the cases run at once.
describe.concurrent('the committed build', () => {
  it('is the build of the committed sources', async ({ expect }) => {
    // A clone of its own: building in it must not change what the installs below get.
    const dir = cloneHead();
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    const build = await run(process.execPath, ['scripts/build.js'], { cwd: dir });
    expect(build.status, build.output).toBe(0);
    expect(build.output, 'the build prints nothing when all is well').toBe('');
    const changed = git(dir, 'status', '--porcelain', '--untracked-files=all', '--', 'dist');
    expect(changed, 'dist/ differs from a build of the committed sources: run `npm run compile` and commit dist/').toBe('');
  }, LONG);
});

describe.concurrent('installing from git with npm', () => {
  /** Runs the cil a prefix holds: its version, and the audit of the example network. */
  async function expectWorking(expect: ExpectStatic, prefix: string): Promise<void> {
    const cil = join(prefix, 'bin', 'cil');
    expect((await run(cil, ['--version'])).output).toBe(`${VERSION}\n`);
    // `--version` answers without loading the program: the audit proves the rest is there.
    const audit = await run(cil, ['audit', '-C', EXAMPLES, '--as-of', AS_OF]);
    expect(audit.output).toContain('0 errors, 2 warnings and 6 infos');
    expect(audit.status).toBe(0);
  }

  it('packs nothing but the tarball on stdout (what pre-commit reads)', async ({ expect }) => {
    const pack = await run('npm', ['pack', '--dry-run'], { cwd: clone });
    expect(pack.stdout).toBe(`codeforpakistan-cil-${VERSION}.tgz\n`);
  }, LONG);

  it('`npm install -g` from a git URL', async ({ expect }) => {
    const prefix = testdir({});
    const install = await run('npm', ['install', '--global', '--prefix', prefix, `git+file://${clone}#${head}`]);
    expect(install.status, install.output).toBe(0);
    await expectWorking(expect, prefix);
  }, LONG);

  it('`npm install -g --install-links` from a cloned folder', async ({ expect }) => {
    const prefix = testdir({});
    const install = await run('npm', ['install', '--global', '--install-links', '--prefix', prefix, clone]);
    expect(install.status, install.output).toBe(0);
    await expectWorking(expect, prefix);
  }, LONG);

  it('the GitHub Action\'s install step, in a checkout of the action', async ({ expect }) => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { runs: { steps: { name?: string; run?: string }[] } };
    const step = action.runs.steps.find((candidate) => candidate.name === 'Install cil');
    expect(step?.run).toBeDefined();
    const checkout = cloneHead();
    const install = await run('bash', ['-c', step?.run ?? ''], { env: { GITHUB_ACTION_PATH: checkout } });
    expect(install.status, install.output).toBe(0);
    const audit = await run(process.execPath, [join(checkout, 'bin', 'cil.js'), 'audit', '-C', EXAMPLES, '--as-of', AS_OF]);
    expect(audit.output).toContain('0 errors, 2 warnings and 6 infos');
    expect(audit.status).toBe(0);
  }, LONG);

  it('`npx --install-links` runs a cloned folder', async ({ expect }) => {
    // npx keeps what it installs in npm's cache, under a name made from the folder's path.
    const cache = testdir({});
    const audit = await run('npx', ['--yes', '--install-links', clone, 'audit', '-C', EXAMPLES, '--as-of', AS_OF], {
      env: { npm_config_cache: cache },
    });
    expect(audit.output).toContain('0 errors, 2 warnings and 6 infos');
    expect(audit.status).toBe(0);
  }, LONG);
});

const PRE_COMMIT = `the pre-commit hooks${hasPreCommit ? '' : ' (skipped: pre-commit is not installed; .ci/run installs it)'}`;
(hasPreCommit ? describe.concurrent : describe.skip)(PRE_COMMIT, () => {
  // pre-commit keeps the environments it installs in its home: a temporary one here, not the
  // user's (try-repo makes one of its own each time).
  let env: NodeJS.ProcessEnv;
  beforeAll(() => {
    env = { PRE_COMMIT_HOME: testdir({}) };
  });

  it('install from the README\'s configuration and pass on the example network', async ({ expect }) => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const snippet = /```yaml\n(repos:\n {2}- repo: https:\/\/github\.com\/codeforpakistan\/cil\n[\s\S]*?)```/.exec(readme)?.[1];
    expect(snippet, 'the README shows a pre-commit configuration').toBeDefined();
    const config = parse(snippet ?? '') as { repos: [{ repo: string; rev: string; hooks: [{ id: string; args?: string[] }, { id: string }] }] };
    const [repo] = config.repos;
    expect(repo.hooks.map((hook) => hook.id)).toEqual(['cil-audit', 'cil-report-render']);
    // This clone in place of GitHub, and the audit as of the day the example network passes.
    Object.assign(repo, { repo: clone, rev: head });
    repo.hooks[0].args = [`--as-of=${AS_OF}`];
    const network = exampleNetwork();
    writeFileSync(join(network, '.pre-commit-config.yaml'), stringify(config));
    const result = await run('pre-commit', ['run', '--all-files'], { cwd: network, env });
    expect(result.output).toMatch(/cil audit\.+Passed/);
    expect(result.output).toMatch(/cil report render --check\.+Passed/);
    expect(result.status).toBe(0);
  }, LONG);

  it('`pre-commit try-repo` passes on the example network', async ({ expect }) => {
    // cil-report-render: the hook whose verdict on the example network does not depend on the day.
    const result = await run('pre-commit', ['try-repo', clone, 'cil-report-render', '--all-files'], { cwd: exampleNetwork(), env });
    expect(result.output).toMatch(/cil report render --check\.+Passed/);
    expect(result.status).toBe(0);
  }, LONG);

  it('`pre-commit try-repo` fails on a broken network, naming the record', async ({ expect }) => {
    const network = exampleNetwork();
    const member = join(network, 'labs/peshawar/members/faisal-afridi.yaml');
    writeFileSync(member, readFileSync(member, 'utf8').replace(/^weekly_hours:/m, 'weekly_hour:'));
    git(network, 'commit', '--quiet', '--all', '-m', 'A misspelt field');
    const result = await run('pre-commit', ['try-repo', clone, 'cil-audit', '--all-files'], { cwd: network, env });
    expect(result.output).toMatch(/cil audit\.+Failed/);
    expect(result.output).toMatch(/labs\/peshawar\/members\/faisal-afridi\.yaml:6:1 error schema `weekly_hour` is not a member field/);
    expect(result.status).toBe(1);
  }, LONG);
});
