// `npm run bench`: cil measured side by side with what it is compared to, from one run,
// written to bench/RESULTS.md. Timings are medians of several runs; benchmarks are not
// tests, and nothing here fails a build.
//   node bench/run.js [--runs 5] [--sizes 50,100,200] [--real-labs 200] [--only sizes,real,start-up,speed-ups,site]
// `--only` runs some groups of rows (the network sizes of the tidy shape, the real-network
// shape, start-up, the site of the largest size), to iterate on one; by default all of them run.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EVENTS, generateNetwork, MEMBERS, PROJECTS } from './generate.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(HERE, '..');
const CIL = join(ROOT, 'bin/cil.js');
// ajv-cli is what cil is compared with, not something cil needs: it has its own install in
// bench/, so that its old dependencies stay out of cil's tree.
const AJV = join(HERE, 'node_modules/ajv-cli/dist/index.js');
const AS_OF = '2026-11-20';
// Bump a shape's when generate.js changes what it writes in it, so that old networks are written anew.
const GENERATION = { tidy: 'v2', real: 'v1' };
const GROUPS = ['sizes', 'real', 'start-up', 'speed-ups', 'site'];

const { values } = parseArgs({
  options: {
    'runs': { type: 'string', default: '5' },
    'sizes': { type: 'string', default: '50,100,200' },
    'real-labs': { type: 'string', default: '200' },
    'only': { type: 'string', default: GROUPS.join(',') },
  },
});
const RUNS = Number(values.runs);
const SIZES = values.sizes.split(',').map(Number);
const REAL_LABS = Number(values['real-labs']);
const ONLY = new Set(values.only.split(','));
for (const group of ONLY) if (!GROUPS.includes(group)) throw new Error(`--only takes ${GROUPS.join(', ')}, not ${group}`);
const started = Date.now();

const thousands = (count) => count.toLocaleString('en-US');
const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Wall time of a command, in milliseconds; it must succeed (exit 0, or 1 for findings). */
function time(command, args, options = {}) {
  const started = process.hrtime.bigint();
  // ajv-cli writes every invalid file's errors to stderr: room for a real network's.
  const run = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 2 ** 28, ...options, env: { ...process.env, ...options.env } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0 && run.status !== 1) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr}`);
  return ms;
}

/** The audit's arguments judged `days` days after AS_OF. */
function withDay(args, days) {
  const day = new Date(Date.parse(`${AS_OF}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return args.map((arg) => (arg === AS_OF ? day : arg));
}

/**
 * Installs bench/'s own dependencies when they are missing, or older than its lockfile (a
 * pull that changed it), so that `npm run bench` works from a fresh clone.
 */
function installBaseline() {
  const installed = join(HERE, 'node_modules/.package-lock.json');
  if (existsSync(AJV) && existsSync(installed) && statSync(installed).mtimeMs >= statSync(join(HERE, 'package-lock.json')).mtimeMs) return;
  console.error('installing the baseline (ajv-cli) in bench/node_modules');
  execFileSync('npm', ['ci', '--prefix', HERE, '--no-audit', '--no-fund'], { cwd: HERE, stdio: ['ignore', 'ignore', 'inherit'], shell: platform() === 'win32' });
}

const timed = (runs, command, args, options) => median(Array.from({ length: runs }, () => time(command, args, options)));

/**
 * Medians of measurements taken in turn (a, b, a, b...), so that a slow spell of a shared
 * machine falls on both sides of a ratio alike.
 */
function interleaved(runs, measures) {
  const samples = measures.map(() => []);
  for (let run = 0; run < runs; run++) measures.forEach((measure, index) => samples[index].push(measure()));
  return samples.map(median);
}

const git = (dir, ...args) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.org', ...args], { cwd: dir, stdio: 'ignore' });

/**
 * A network of `labs` labs in a shape of generate.js, with its report documents rendered,
 * made once. The real shape is also committed to a git repository of its own, as a real
 * network's records are.
 */
function network(labs, shape = 'tidy') {
  const dir = join(HERE, 'networks', shape === 'tidy' ? String(labs) : `${shape}-${labs}`);
  const marker = join(dir, `.generated-${GENERATION[shape]}`);
  if (!existsSync(marker)) {
    console.error(`writing a network of ${labs} labs (${shape}) in ${dir}`);
    generateNetwork(labs, dir, shape);
    execFileSync(process.execPath, [CIL, '-C', dir, 'report', 'render'], { stdio: 'ignore' });
    rmSync(join(dir, '.git'), { recursive: true, force: true });
    if (shape === 'real') {
      git(dir, 'init', '--quiet', '--initial-branch=main');
      git(dir, 'add', '--all');
      git(dir, 'commit', '--quiet', '-m', 'The network');
    }
    writeFileSync(marker, '');
  }
  return dir;
}

/** ajv-cli validating every record of a network against its kind's schema: six runs of it. */
function ajvCli(dir) {
  const schemas = join(ROOT, 'schemas');
  const kinds = [
    ['cil', 'cil.yaml'],
    ['lab', 'labs/*/lab.yaml'],
    ['member', 'labs/*/members/*.yaml'],
    ['event', 'labs/*/events/*.yaml'],
    ['project', 'labs/*/projects/*.yaml'],
    ['report', 'labs/*/reports/*.yaml'],
  ];
  return kinds.reduce((total, [kind, files]) => {
    const args = [AJV, 'validate', '--spec=draft2020', '--strict=false', '-c', 'ajv-formats', '-s', join(schemas, `${kind}.schema.json`)];
    for (const shared of ['defs', 'spdx-license', 'timezone']) args.push('-r', join(schemas, `${shared}.schema.json`));
    args.push('-d', files);
    return total + time(process.execPath, args, { cwd: dir });
  }, 0);
}

/**
 * Runs `measure` with report-stale and personal-data turned off in the network's cil.yaml,
 * then puts cil.yaml back: what is left does what ajv-cli does (read, parse, validate) and
 * the other rules, so it compares like with like.
 */
function withoutDocumentRules(dir, measure) {
  const config = join(dir, 'cil.yaml');
  const text = readFileSync(config, 'utf8');
  writeFileSync(config, `${text}rules:\n  report-stale: off\n  personal-data: off\n`);
  try {
    return measure();
  } finally {
    writeFileSync(config, text);
  }
}

/** Peak resident memory (MiB) of an audit, threads included, measured inside the process. */
function peakMemory(dir, env) {
  const script = `const { main } = await import(${JSON.stringify(join(ROOT, 'dist/main.js'))});
const sink = { write: () => true, isTTY: false };
await main(['audit', '-C', ${JSON.stringify(dir)}, '--as-of', '${AS_OF}', '--format', 'json'], { stdout: sink, stderr: sink, cwd: process.cwd(), env: process.env });
console.log(process.resourceUsage().maxRSS);`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, ...env } });
  return Number(run.stdout.trim()) / 1024;
}

/**
 * A git repository of the network with a branch that changes five records of three labs,
 * in fields no report shows (skills, a project's problem), as a lab's pull request would.
 * The labs are the first, a quarter and three fifths of the way through (1, 50 and 120 of
 * 200), so that any size has them.
 */
function changedBranch(dir, labs) {
  const [first, quarter, later] = [1, Math.max(1, Math.round(labs / 4)), Math.max(1, Math.round(labs * 0.6))].map((n) => `lab-${String(n).padStart(3, '0')}`);
  if (!existsSync(join(dir, '.git'))) {
    git(dir, 'init', '--quiet');
    git(dir, 'add', '--all');
    git(dir, 'commit', '--quiet', '-m', 'The network');
    git(dir, 'branch', '-M', 'main');
    git(dir, 'checkout', '--quiet', '-b', 'change');
    for (const [lab, file] of [
      [first, 'members/member-05.yaml'],
      [first, 'projects/project-2.yaml'],
      [quarter, 'members/member-12.yaml'],
      [quarter, 'projects/project-1.yaml'],
      [later, 'members/member-30.yaml'],
    ]) {
      const path = join(dir, 'labs', lab, file);
      const text = readFileSync(path, 'utf8');
      writeFileSync(path, text.replace(/^skills: \[/m, 'skills: [mapping, ').replace(/^problem: (.*)$/m, 'problem: $1, and more'));
    }
    git(dir, 'commit', '--quiet', '--all', '-m', 'Five records change');
  }
  git(dir, 'checkout', '--quiet', 'change');
  // The full audits measure the network as generated, on main.
  return () => git(dir, 'checkout', '--quiet', 'main');
}

/**
 * A pull request's audit as CI runs it with the cache it keeps: an audit of main filled the
 * cache (the merge base's parts), and each measured run starts from a copy of that cache, so
 * that the branch's own labs are judged anew every time, as on a pull request's first run.
 */
function pullRequestWithCache(dir, since) {
  const ofMain = mkdtempSync(join(tmpdir(), 'cil-bench-main-'));
  git(dir, 'checkout', '--quiet', 'main');
  time(process.execPath, [CIL, 'audit', '-C', dir, '--as-of', AS_OF, '--format', 'json'], { env: { CIL_CACHE_DIR: ofMain } });
  git(dir, 'checkout', '--quiet', 'change');
  const runs = Array.from({ length: RUNS }, () => {
    const restored = mkdtempSync(join(tmpdir(), 'cil-bench-restored-'));
    cpSync(ofMain, restored, { recursive: true });
    const ms = time(process.execPath, [CIL, ...since], { env: { CIL_CACHE_DIR: restored } });
    rmSync(restored, { recursive: true, force: true });
    return ms;
  });
  rmSync(ofMain, { recursive: true, force: true });
  return median(runs);
}

const rows = [];
const record = (what, cil, other, note = '') => rows.push({ what, cil, other, note });
const cache = mkdtempSync(join(tmpdir(), 'cil-bench-cache-'));
const records = (labs) => labs * (1 + MEMBERS + EVENTS + PROJECTS + 60);
// Cost per record at each size: linear growth keeps it flat.
const growth = [];

/** The findings of an audit, counted by rule and severity. */
function findingsOf(audit) {
  const run = spawnSync(process.execPath, [CIL, ...audit], { encoding: 'utf8', maxBuffer: 2 ** 30, env: { ...process.env, CIL_CACHE: 'off' } });
  if (run.status !== 0 && run.status !== 1) throw new Error(`cil ${audit.join(' ')} failed: ${run.stderr}`);
  const { findings } = JSON.parse(run.stdout);
  const byRule = new Map();
  for (const { rule, severity } of findings) {
    const counts = byRule.get(rule) ?? { error: 0, warning: 0, info: 0 };
    counts[severity]++;
    byRule.set(rule, counts);
  }
  return { total: findings.length, onALine: findings.filter((finding) => finding.line !== null).length, byRule };
}

/**
 * The audit of a network without the cache, beside ajv-cli on the same files, then with
 * the cache: unchanged the same day, and a day later. The first run, not measured, reads
 * the network into memory and counts its findings.
 */
function audits(dir) {
  const audit = ['audit', '-C', dir, '--as-of', AS_OF, '--format', 'json'];
  const findings = findingsOf(audit);
  const [ajv, cold] = interleaved(RUNS, [() => ajvCli(dir), () => time(process.execPath, [CIL, ...audit], { env: { CIL_CACHE: 'off' } })]);
  time(process.execPath, [CIL, ...audit], { env: { CIL_CACHE_DIR: cache } });
  const warm = timed(RUNS, process.execPath, [CIL, ...audit], { env: { CIL_CACHE_DIR: cache } });
  // Each run a day later than the one before: the findings that hold on any day come from the
  // cache, and the rules that judge as of a day run again (a daily CI run on main).
  const days = Array.from({ length: RUNS }, (_, run) =>
    time(process.execPath, [CIL, ...withDay(audit, run + 1)], { env: { CIL_CACHE_DIR: cache } }),
  );
  return { audit, findings, ajv, cold, warm, day: median(days) };
}

installBaseline();
// All networks are written first, so that no measurement runs while the disk is still busy
// with them; each is read once before it is measured, so that all runs find it in memory.
const dirs = new Map(ONLY.has('sizes') ? SIZES.map((labs) => [labs, network(labs)]) : []);
const realDir = ONLY.has('real') ? network(REAL_LABS, 'real') : undefined;
for (const labs of dirs.keys()) {
  const dir = dirs.get(labs);
  const { audit, ajv, cold, warm, day } = audits(dir);
  record(`audit, ${labs} labs (${records(labs)} records), no cache`, cold, ajv, 'ajv-cli, schemas only');
  record(`audit, ${labs} labs, unchanged since the last run (cache)`, warm, ajv, 'ajv-cli, schemas only');
  record(`audit, ${labs} labs, unchanged, a day after the last run (cache)`, day, ajv, 'ajv-cli, schemas only');
  growth.push({ labs, records: records(labs), cold, warm, ajv });
  if (labs === Math.max(...SIZES)) {
    record(
      `audit, ${labs} labs, no cache, report-stale and personal-data off (no document rendered)`,
      withoutDocumentRules(dir, () => timed(RUNS, process.execPath, [CIL, ...audit], { env: { CIL_CACHE: 'off' } })),
      ajv,
      'ajv-cli, schemas only',
    );
    record(`peak memory of the audit, ${labs} labs, no cache (MiB)`, peakMemory(dir, { CIL_CACHE: 'off' }), undefined);
    const backToMain = changedBranch(dir, labs);
    const since = ['audit', '-C', dir, '--as-of', AS_OF, '--format', 'json', '--changed-since', 'main'];
    record(`audit --changed-since, 5 records changed of ${labs} labs, no cache`, timed(RUNS, process.execPath, [CIL, ...since], { env: { CIL_CACHE: 'off' } }), undefined);
    record(`audit --changed-since, 5 records changed of ${labs} labs, the cache of an audit of main`, pullRequestWithCache(dir, since), undefined);
    backToMain();
    // Each export of the network beside the cold audit of it: an export should cost less.
    for (const what of [['ics'], ['csv', 'events'], ['csv', 'attendance'], ['json']]) {
      const args = ['export', ...what, '-C', dir, '--as-of', AS_OF];
      record(`cil ${args.slice(0, 1 + what.length).join(' ')}, ${labs} labs`, timed(RUNS, process.execPath, [CIL, ...args], { env: { CIL_CACHE: 'off' } }), cold, 'the audit, no cache');
    }
  }
}
if (ONLY.has('site')) {
  // The site of the largest network beside its cold audit, in turn. First into an empty folder,
  // a new one for each build: the folders are deleted after those runs, because on a disk
  // without a journal (ext4 as this machine has it) the kernel passes over every inode deleted
  // in the last minutes for each file it creates, and 13,826 of them deleted seconds before
  // slow the next build's system time several times over. Then that case on its own row:
  // into the folder of the last build, deleted just before. Last, a build again with nothing
  // changed (every file compared with the one on disk, none written).
  const labs = Math.max(...SIZES);
  const dir = dirs.get(labs) ?? network(labs);
  const audit = [CIL, 'audit', '-C', dir, '--as-of', AS_OF, '--format', 'json'];
  const site = (out) => [CIL, 'site', '-C', dir, '--as-of', AS_OF, '--out', out];
  const builds = [mkdtempSync(join(tmpdir(), 'cil-bench-site-'))];
  time(process.execPath, site(builds[0]));
  const files = JSON.parse(readFileSync(join(builds[0], '.cil-site.json'), 'utf8')).files.length;
  const cold = () => time(process.execPath, audit, { env: { CIL_CACHE: 'off' } });
  const intoNewFolder = () => {
    builds.push(mkdtempSync(join(tmpdir(), 'cil-bench-site-')));
    return time(process.execPath, site(builds.at(-1)));
  };
  const [coldBeside, fresh] = interleaved(RUNS, [cold, intoNewFolder]);
  record(`cil site, ${labs} labs (${thousands(files)} files), into an empty folder`, fresh, coldBeside, 'the audit, no cache');
  const out = builds.pop();
  for (const build of builds) rmSync(build, { recursive: true, force: true });
  const afterDeleting = () => {
    rmSync(out, { recursive: true, force: true });
    return time(process.execPath, site(out));
  };
  const [coldAfter, deleted] = interleaved(RUNS, [cold, afterDeleting]);
  record(`cil site, ${labs} labs, into the folder of the last build, deleted just before`, deleted, coldAfter, 'the audit, no cache');
  record(`cil site, ${labs} labs, again with nothing changed`, timed(RUNS, process.execPath, site(out)), coldAfter, 'the audit, no cache');
  rmSync(out, { recursive: true, force: true });
}
let real;
if (realDir) {
  const { findings, ajv, cold, warm, day } = audits(realDir);
  real = findings;
  const labs = `${REAL_LABS} labs, real-network shape (${thousands(real.total)} findings)`;
  record(`audit, ${labs}, no cache`, cold, ajv, 'ajv-cli, schemas only');
  record(`audit, ${labs}, unchanged since the last run (cache)`, warm, ajv, 'ajv-cli, schemas only');
  record(`audit, ${labs}, unchanged, a day after the last run (cache)`, day, ajv, 'ajv-cli, schemas only');
}
if (ONLY.has('start-up')) {
  const [bare, version, help] = interleaved(RUNS * 4, [['-e', '0'], [CIL, '--version'], [CIL, '--help']].map((args) => () => time(process.execPath, args)));
  record('cil --version', version, bare, 'node -e 0');
  record('cil --help', help, bare, 'node -e 0');
}
rmSync(cache, { recursive: true, force: true });
// The speed-ups kept inside the domain code, each beside the plain code it replaces.
const speedUps = ONLY.has('speed-ups')
  ? execFileSync(process.execPath, [join(HERE, 'speed-ups.js'), realDir ?? network(REAL_LABS, 'real'), String(Math.max(RUNS, 5))], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
  : [];

const format = (ms) => (ms === undefined ? '' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const table = [
  '| measured | cil | compared with | ratio |',
  '| --- | ---: | ---: | ---: |',
  ...rows.map(({ what, cil, other, note }) =>
    what.includes('(MiB)')
      ? `| ${what} | ${Math.round(cil)} MiB | | |`
      : `| ${what} | ${format(cil)} | ${other === undefined ? '' : `${format(other)} (${note})`} | ${other === undefined ? '' : (cil / other).toFixed(2)} |`,
  ),
].join('\n');
const micro = (ms, count) => `${Math.round((ms * 1000) / count)} µs`;
const growthTable = [
  '| labs | records | cil, no cache, per record | cil, cache, per record | ajv-cli, per record |',
  '| ---: | ---: | ---: | ---: | ---: |',
  ...growth.map((row) => `| ${row.labs} | ${row.records} | ${micro(row.cold, row.records)} | ${micro(row.warm, row.records)} | ${micro(row.ajv, row.records)} |`),
].join('\n');
const plural = (count, word) => `${thousands(count)} ${word}${count === 1 ? '' : 's'}`;
const severities = (counts) => {
  const named = ['error', 'warning', 'info'].filter((severity) => counts[severity] > 0).map((severity) => plural(counts[severity], severity));
  return named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : named[0];
};
const total = (counts) => counts.error + counts.warning + counts.info;
let realShape = '';
if (real) {
  const rules = [...real.byRule.entries()].sort(([, a], [, b]) => total(b) - total(a));
  const all = { error: 0, warning: 0, info: 0 };
  for (const [, counts] of rules) for (const severity of Object.keys(all)) all[severity] += counts[severity];
  realShape = `

The real-network shape (\`node bench/generate.js --shape real\`) is the same network with the
flaws a network in use carries (reports sent late or without a \`submitted\` date, members who
missed two meetings in a row, a typo in an attendance list, a head count under a field the
format does not have, an MoU signed after work started, labs with fewer women), its documents
rendered and everything committed to a git repository. At ${REAL_LABS} labs it gives
${thousands(real.total)} findings (${severities(all)}; ${thousands(real.onALine)} of them on a line inside their file):
${rules.map(([rule, counts]) => `\`${rule}\` ${severities(counts)}`).join(';\n')}.`;
}
const speedUpText = speedUps.length
  ? `

The speed-ups kept inside the domain code (\`bench/speed-ups.js\`), each measured beside the
plain code it replaces, on the records and documents of 40 labs of the real-network shape
(medians, the two taken in turn):

| speed-up | plain | kept | ratio |
| --- | ---: | ---: | ---: |
${speedUps.map(({ what, times: [plain, kept], plain: named }) => `| ${what} | ${format(plain)}${named ? ` (${named})` : ''} | ${format(kept)} | ${(kept / plain).toFixed(2)} |`).join('\n')}`
  : '';
const growthText = growth.length
  ? `

How the cost grows with the network (each time divided by its number of records, start-up
included):

${growthTable}`
  : '';
const options = [`--runs ${RUNS}`, `--sizes ${SIZES.join(',')}`, `--real-labs ${REAL_LABS}`, ...(ONLY.size < GROUPS.length ? [`--only ${[...ONLY].join(',')}`] : [])];
const minutes = (Date.now() - started) / 60_000;
const cpu = cpus();
const text = `# Benchmarks

Measured by \`npm run bench\` (\`node bench/run.js ${options.join(' ')}\`) on
${new Date().toISOString().slice(0, 10)}: ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB
(${Math.round(freemem() / 2 ** 30)} GiB free), ${platform()} ${release()}, Node.js ${process.version}. Each figure is the median
of ${RUNS} runs (${RUNS * 4} for start-up); a cold audit and what it is compared with are run
in turn, so that a slow spell of the machine falls on both. Networks are written by
\`bench/generate.js\`: per lab ${MEMBERS} members, ${EVENTS} events, ${PROJECTS} projects and 60 reports
with their rendered documents, kept as the handbook asks, so that the audit finds nothing. The audit judges
them as of ${AS_OF}; ajv-cli validates the same files against the same schemas (dates are quoted
in the generated files, so that its YAML 1.1 reader reads them as text, as cil does).${realShape}

${table}${speedUpText}${growthText}

The whole run took ${minutes.toFixed(1)} minutes, the writing of any network not yet written included.
`;
writeFileSync(join(HERE, 'RESULTS.md'), text);
console.log(text);
