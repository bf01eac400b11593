import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { inLab, type LoadOptions, loadNetwork, loadPart, loadSelected, readFiles } from '../network/load-network.js';
import { templatesSignature } from '../reports/templates.js';
import { dayKey, labKey, openCache, pruneCache, sharedKey } from './cache.js';
import { type Listing, listLabDirs, listNetworkFiles } from '../network/list-files.js';
import { resolveSettings, type Settings } from '../network/settings.js';
import type { Network } from '../network/types.js';
import { RULES } from './rules/index.js';
import { compareFindings, runRules } from './run-audit.js';
import type { Finding, Rule } from './types.js';

export interface EngineOptions extends LoadOptions {
  /** Where the findings of unchanged labs are kept between runs (see cache.ts). */
  cacheEnv?: Readonly<Record<string, string | undefined>>;
  /** Judge only these labs (the labs a change touched); all when undefined. */
  labs?: ReadonlySet<string>;
  /** Threads besides the main one; by default one less than the cores, none for small networks. */
  workers?: number;
  /** Called after each lab is judged. */
  onProgress?: (done: number, total: number) => void;
  /**
   * The reference path: the whole network in memory, one thread, `yaml` for every file.
   * The fast path must find exactly what it finds; tests compare them.
   */
  straightforward?: boolean;
}

export interface EngineResult {
  findings: Finding[];
  /** Every file of the network, listed. */
  files: string[];
}

// Below this many labs, starting a worker costs more than it saves.
const PARALLEL_FROM_LABS = 16;
const WORKER = new URL('./lab-worker.js', import.meta.url);

/**
 * Runs every rule over a network. The fast path judges one lab at a time (a lab's rules
 * need only its own records, cil.yaml and the list of labs), so memory stays small, and
 * shares the labs between the main thread and worker threads on other cores. What lies
 * outside the labs is judged on its own, with each lab's lab.yaml and leads for CODEOWNERS.
 */
export async function runAudit(root: string, asOf: string, options: EngineOptions = {}): Promise<EngineResult> {
  if (options.straightforward) {
    const network = loadNetwork(root, { thorough: true });
    const settings = resolveSettings(network.config);
    return { findings: runRules(network, settings, asOf), files: network.files.map((file) => file.path) };
  }
  // Workers start first, listing the labs themselves, while this thread lists the files.
  const allLabs = listLabDirs(root);
  const labs = allLabs.filter((lab) => options.labs === undefined || options.labs.has(lab));
  const pool = startPool(root, labs, allLabs, asOf, options);
  const listing = listNetworkFiles(root, options.labs);
  const outside = outsideLabs(root, listing, options);
  const settings = resolveSettings(outside.config);
  const findings = runRules(outside, settings, asOf).filter((finding) => !inLab(finding.file, listing.labDirs));
  const judge = labJudge(root, asOf, allLabs, options);
  for (let index = pool.take(); index < labs.length; index = pool.take()) {
    findings.push(...judge(listing, labs[index] as string, settings));
    pool.progress();
  }
  findings.push(...(await pool.findings()));
  if (options.cacheEnv) pruneCache(options.cacheEnv);
  return { findings: findings.sort(compareFindings), files: listing.files.map((file) => file.path) };
}

// Rules whose findings change with the day alone, and the rest, which only files change.
const DATED = RULES.filter((rule) => rule.dated);
const UNDATED = RULES.filter((rule) => !rule.dated);

/**
 * Judges labs one at a time, on their own: a lab's findings come from the cache when
 * nothing they depend on changed, else from its files, read once, and go into the cache.
 * The cache keeps two entries a lab: all its findings on the day judged, and those of the
 * rules that do not judge as of a day (documents, references, schemas: most of the work),
 * which serve again on later days while the lab's files stay the same.
 */
export function labJudge(root: string, asOf: string, allLabs: readonly string[], options: EngineOptions) {
  const cache = options.cacheEnv ? openCache(options.cacheEnv) : undefined;
  const config = readFiles(root, [{ path: 'cil.yaml', kind: 'config', entry: 'file' }]).get('cil.yaml');
  const shared = sharedKey([
    config && 'text' in config ? config.text : '',
    templatesSignature(root),
    allLabs.join('/'),
    options.thorough ? 'thorough' : 'fast',
  ]);
  return (listing: Listing, lab: string, settings: Settings): Finding[] => {
    const files = listing.byLab.get(lab) ?? [];
    const read = readFiles(root, files);
    const inThisLab = (finding: Finding) => inLab(finding.file, [lab]);
    let network: Network | undefined;
    const judge = (rules: readonly Rule[]) =>
      runRules((network ??= loadPart(root, listing, [lab], { thorough: options.thorough, read })), settings, asOf, rules);
    if (!cache) return judge(RULES).filter(inThisLab);
    const key = labKey(shared, files, read);
    const today = dayKey(key, asOf);
    const cached = cache.get(today);
    if (cached) return cached;
    let undated = cache.get(key);
    if (!undated) {
      undated = judge(UNDATED).filter(inThisLab);
      cache.set(key, undated);
    }
    const findings = [...undated, ...judge(DATED).filter(inThisLab)].sort(compareFindings);
    cache.set(today, findings);
    return findings;
  };
}

/**
 * What lies outside the labs: cil.yaml, stray files, CODEOWNERS. When there is a
 * CODEOWNERS to check, each lab's lab.yaml and lead members come along, all it needs.
 */
function outsideLabs(root: string, listing: Listing, options: LoadOptions): Network {
  const plain = loadPart(root, listing, [], options);
  if (!plain.files.some((file) => file.kind === 'codeowners')) return plain;
  const withLabs = loadSelected(root, listing, (file) => file.kind === 'lab' || !inLab(file.path, listing.labDirs), listing.labDirs, options);
  const leads = new Set(
    [...withLabs.labs.values()].flatMap((folder) => (folder.lab?.record?.leads ?? []).map((id) => `${folder.dir}/members/${id}.yaml`)),
  );
  return loadSelected(
    root,
    listing,
    (file) => file.kind === 'lab' || leads.has(file.path) || !inLab(file.path, listing.labDirs),
    listing.labDirs,
    options,
  );
}

/**
 * Worker threads that take labs, one at a time, from a counter they share with this
 * thread, so that no thread waits on another.
 */
function startPool(root: string, labs: string[], allLabs: string[], asOf: string, options: EngineOptions) {
  const wanted = options.workers ?? (labs.length >= PARALLEL_FROM_LABS ? availableParallelism() - 1 : 0);
  const workers = existsSync(fileURLToPath(WORKER)) ? Math.max(0, Math.min(wanted, labs.length - 1)) : 0;
  const next = new Int32Array(new SharedArrayBuffer(4));
  let done = 0;
  const progress = () => options.onProgress?.(++done, labs.length);
  const task = { root, labs, allLabs, asOf, thorough: options.thorough, cacheEnv: options.cacheEnv, next };
  const threads = Array.from({ length: workers }, () => runWorker(task, progress));
  return {
    take: () => Atomics.add(next, 0, 1),
    progress,
    findings: async () => (await Promise.all(threads)).flat(),
  };
}

export interface WorkerTask {
  root: string;
  /** The labs to judge, taken in turn through `next`. */
  labs: string[];
  /** Every lab of the network. */
  allLabs: string[];
  asOf: string;
  thorough?: boolean;
  cacheEnv?: Readonly<Record<string, string | undefined>>;
  next: Int32Array;
}

export type WorkerMessage = { progress: true } | { findings: Finding[] } | { error: string };

function runWorker(task: WorkerTask, progress: () => void): Promise<Finding[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: task });
    worker.on('message', (message: WorkerMessage) => {
      if ('progress' in message) progress();
      else if ('findings' in message) resolve(message.findings);
      else reject(new Error(message.error));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`an audit worker stopped with code ${code}`));
    });
  });
}
