import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheProblem, cilFingerprint, pruneCache } from '../../src/audit/fast/cache.js';
import { runFastAudit } from '../../src/audit/fast/engine.js';
import { BROKEN_AS_OF, brokenLab } from '../helpers/broken-labs.js';
import { runCli, spawnCli } from '../helpers/cli.js';
import { commitAll, git } from '../helpers/git.js';
import { testdir } from '../helpers/testdir.js';

const network = () => testdir({ 'cil.yaml': 'network: Two labs\n', 'labs/README.md': '# Labs\n', ...brokenLab('multan'), ...brokenLab('sukkur') });
const entries = (cache: string) => readdirSync(join(cache, 'labs')).filter((name) => name.endsWith('.json'));

type Tamper = (text: string, others: string[]) => string;

const TAMPERING: [string, Tamper][] = [
  ['an empty list in every entry', () => '[]'],
  ['a truncated entry', (text) => text.slice(0, text.length / 2)],
  ['an entry whose findings were emptied by hand', (text) => JSON.stringify({ ...(JSON.parse(text) as object), findings: [] })],
  ['a finding edited by hand', (text) => text.replace(/"severity":"error"/g, '"severity":"info"')],
  ['another part\'s entry copied over', (text, others) => others.find((other) => other !== text) ?? text],
  ['a finding of the wrong shape', (text) => text.replace(/"line":\d+/, '"line":"1"')],
  ['not JSON at all', () => 'nothing to see here'],
];

describe('the audit cache cannot lie', () => {
  it.each(TAMPERING)('ignores and replaces %s: the findings are those of an audit without the cache', async (_name, tamper) => {
    const dir = network();
    const cache = testdir({});
    const cacheEnv = { CIL_CACHE_DIR: cache };
    const truth = (await runFastAudit(dir, BROKEN_AS_OF, { cacheEnv: { CIL_CACHE: 'off' } })).findings;
    expect(truth.filter((finding) => finding.severity === 'error').length).toBeGreaterThan(5);
    expect((await runFastAudit(dir, BROKEN_AS_OF, { cacheEnv })).findings).toEqual(truth);
    const texts = entries(cache).map((name) => readFileSync(join(cache, 'labs', name), 'utf8'));
    for (const [index, name] of entries(cache).entries()) writeFileSync(join(cache, 'labs', name), tamper(texts[index] ?? '', texts));
    expect((await runFastAudit(dir, BROKEN_AS_OF, { cacheEnv })).findings).toEqual(truth);
    // The entries were written again, and serve from now on.
    expect(entries(cache).map((name) => readFileSync(join(cache, 'labs', name), 'utf8')).sort()).toEqual([...texts].sort());
    expect((await runFastAudit(dir, BROKEN_AS_OF, { cacheEnv })).findings).toEqual(truth);
  });

  it('takes the installed dependencies into its key: another version of one is another cache', () => {
    const root = testdir({
      'package.json': JSON.stringify({ name: 'cil', dependencies: { '@blueoak/list': '^15.0.0' } }),
      'dist/main.js': 'export {};\n',
      'schemas/cil.schema.json': '{}\n',
      'templates/monthly.md.hbs': '# {{lab.name}}\n',
      'node_modules/@blueoak/list/package.json': JSON.stringify({ name: '@blueoak/list', version: '15.0.0' }),
    });
    const before = cilFingerprint(join(root, 'dist'));
    expect(cilFingerprint(join(root, 'dist'))).toBe(before);
    writeFileSync(join(root, 'node_modules/@blueoak/list/package.json'), JSON.stringify({ name: '@blueoak/list', version: '15.1.0' }));
    expect(cilFingerprint(join(root, 'dist'))).not.toBe(before);
  });
});

describe('the audit cache never writes into the network nor deletes what it did not write', () => {
  it.each([
    ['an empty CIL_CACHE_DIR and XDG_CACHE_HOME', { CIL_CACHE_DIR: '', XDG_CACHE_HOME: '' }, undefined],
    ['a relative CIL_CACHE_DIR', { CIL_CACHE_DIR: 'labs' }, 'cil: CIL_CACHE_DIR is `labs`, a relative path, and the cache needs an absolute one; the audit runs without its cache\n'],
    ['a relative XDG_CACHE_HOME', { CIL_CACHE_DIR: '', XDG_CACHE_HOME: '.' }, 'cil: XDG_CACHE_HOME is `.`, a relative path, and the cache needs an absolute one; the audit runs without its cache\n'],
  ])('with %s', async (_name, env, said) => {
    const dir = network();
    commitAll(dir);
    const home = testdir({});
    // A process of its own, started in the network's folder, as a volunteer or CI runs it.
    const first = spawnCli(['audit', '--format', 'json', '--as-of', BROKEN_AS_OF], { cwd: dir, env: { HOME: home, ...env } });
    const second = spawnCli(['audit', '--format', 'json', '--as-of', BROKEN_AS_OF], { cwd: dir, env: { HOME: home, ...env } });
    expect(second.stdout).toBe(first.stdout);
    expect(first.status).toBe(1);
    expect(git(dir, 'status', '--porcelain', '--ignored')).toBe('');
    expect(existsSync(join(dir, 'labs/README.md'))).toBe(true);
    // Said once a run, on stderr, so that the output stays what its reader expects.
    expect(first.stderr).toBe(said ?? '');
  });

  it('runs without an unusable cache folder, and says so once, without hanging', async () => {
    for (const folder of ['/proc', '/proc/self/fd']) {
      expect(cacheProblem({ CIL_CACHE_DIR: folder })).toMatch(new RegExp(`^the cache folder ${folder}/labs cannot be used \\(\\w+\\); the audit runs without its cache`));
    }
    const dir = network();
    const run = await runCli(['audit', '--as-of', BROKEN_AS_OF], { cwd: dir, env: { CIL_CACHE_DIR: '/proc' } });
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n').filter((line) => line.includes('cannot be used'))).toHaveLength(1);
  });

  it('prunes only its own old entries and temporary files', async () => {
    const dir = network();
    const cache = testdir({});
    await runFastAudit(dir, BROKEN_AS_OF, { cacheEnv: { CIL_CACHE_DIR: cache } });
    const folder = join(cache, 'labs');
    const [own = ''] = entries(cache);
    const key = 'a'.repeat(64);
    const foreign = { 'README.md': '# Mine\n', [`${key}.json`]: '[]', [`${key}.0123456789ab.tmp`]: 'half', 'notes.tmp': 'mine' };
    for (const [name, text] of Object.entries(foreign)) writeFileSync(join(folder, name), text);
    mkdirSync(join(folder, 'sub'));
    const old = new Date(Date.now() - 30 * 86_400_000);
    for (const name of readdirSync(folder)) utimesSync(join(folder, name), old, old);
    cpSync(join(folder, own), join(folder, `${'b'.repeat(64)}.json`));
    utimesSync(join(folder, `${'b'.repeat(64)}.json`), old, old);
    pruneCache({ CIL_CACHE_DIR: cache });
    // Its own entries and the temporary file are gone; a copy under another key is not its own.
    expect(readdirSync(folder).sort()).toEqual([`${'a'.repeat(64)}.json`, `${'b'.repeat(64)}.json`, 'README.md', 'notes.tmp', 'sub'].sort());
  });
});
