import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type ListedFile, type Listing, listNetworkFiles } from '../../network/list-files.js';
import { inLab, loadNetwork } from '../../network/load-network.js';
import { type ReadResult, readSource } from '../../network/read-source.js';
import { resolveSettings, type Settings } from '../../network/settings.js';
import type { FileKind } from '../../network/types.js';
import { templatesSignature } from '../../reports/templates.js';
import { RULES } from '../rules/index.js';
import { compareFindings, runRules } from '../run-rules.js';
import type { Finding, Rule } from '../types.js';
import { dayKey, openCache, partKey, pruneCache, sharedKey } from './cache.js';

export interface EngineOptions {
  /** Where the findings of unchanged parts are kept between runs (see cache.ts). */
  cacheEnv?: Readonly<Record<string, string | undefined>>;
  /** Judge only these labs (the labs a change touched); all when undefined. */
  labs?: ReadonlySet<string>;
  /** Threads besides the main one; by default one less than the cores, none for small networks. */
  workers?: number;
  /** Called after each lab is judged. */
  onProgress?: (done: number, total: number) => void;
  /** The rules to run; every rule by default. Given others (tests), this thread judges every lab: workers know only the built rules. */
  rules?: readonly Rule[];
}

export interface EngineResult {
  findings: Finding[];
  /** Every file of the network (or of the labs judged), listed. */
  files: string[];
}

// Below this many labs, starting a worker costs more than it saves.
const PARALLEL_FROM_LABS = 16;
const WORKER = new URL('./lab-worker.js', import.meta.url);

const readsLab = (rule: Rule) => rule.reads === 'lab';
const LAB_RULES = RULES.filter(readsLab);

/**
 * Runs every rule over a network, as the plain path (runRules over the network loaded whole)
 * would, with less work. Each rule says what it reads: a rule that reads one lab is run lab
 * by lab, each lab loaded with only its own files, so memory stays small and the labs are
 * shared between this thread and worker threads on other cores; a rule that reads the whole
 * network runs once over the files of the kinds it reads. Every part's findings are cached
 * on exactly what it read.
 */
export async function runFastAudit(root: string, asOf: string, options: EngineOptions = {}): Promise<EngineResult> {
  const wanted = options.labs === undefined ? undefined : [...options.labs];
  const listing = listNetworkFiles(root, wanted);
  const labs = listing.labDirs.filter((lab) => options.labs === undefined || options.labs.has(lab));
  // Workers start first and list their labs themselves, while this thread does the rest.
  const rules = options.rules ?? RULES;
  const labRules = rules.filter(readsLab);
  const pool = startPool(root, labs, listing.labDirs, asOf, { ...options, workers: options.rules ? 0 : options.workers });
  const settings = resolveSettings(loadNetwork(root, { listing, labs: [], select: () => false }).config);
  const judge = partJudge(root, asOf, listing.labDirs, options.cacheEnv);
  const findings: Finding[] = [];
  const outside = listing.files.filter((file) => !inLab(file.path, listing.labDirs));
  const outsideLabs = (finding: Finding) => !inLab(finding.file, listing.labDirs);
  findings.push(...judge({ files: outside, labs: [], rules: labRules, keep: outsideLabs }, settings));
  // A change's audit lists only the labs it touched: a rule that reads the network needs them all.
  const whole = options.labs === undefined ? listing : undefined;
  for (const rule of rules.filter((candidate) => !readsLab(candidate))) {
    findings.push(...judgeNetworkRule(rule, root, judge, settings, whole));
  }
  for (let index = pool.take(); index < labs.length; index = pool.take()) {
    const lab = labs[index] as string;
    findings.push(...judgeLab(lab, listing.byLab.get(lab) ?? [], judge, settings, labRules));
    pool.progress();
  }
  findings.push(...(await pool.findings()));
  if (options.cacheEnv) pruneCache(options.cacheEnv);
  return { findings: findings.sort(compareFindings), files: listing.files.map((file) => file.path) };
}

/** A part of the network judged on its own: the files it reads, the labs they group into, the rules, and which findings are its own. */
export interface Part {
  files: readonly ListedFile[];
  labs: readonly string[];
  rules: readonly Rule[];
  keep: (finding: Finding) => boolean;
}

/** One lab, with cil.yaml, judged by the rules that read a lab. */
export function judgeLab(lab: string, files: readonly ListedFile[], judge: PartJudge, settings: Settings, rules = LAB_RULES): Finding[] {
  const config: ListedFile = { path: 'cil.yaml', kind: 'config', entry: 'file' };
  return judge({ files: [config, ...files], labs: [lab], rules, keep: (finding) => inLab(finding.file, [lab]) }, settings);
}

/** A rule that reads the whole network, run over the files of the kinds it reads and those outside the labs. */
function judgeNetworkRule(rule: Rule, root: string, judge: PartJudge, settings: Settings, whole?: Listing): Finding[] {
  if (rule.reads === 'lab') return [];
  const { network: kinds, whenPresent } = rule.reads;
  const listing = whole ?? listNetworkFiles(root);
  if (whenPresent !== undefined && !listing.files.some((file) => file.kind === whenPresent)) return [];
  const read = (kind: FileKind) => kinds.includes(kind);
  const files = listing.files.filter((file) => file.path === 'cil.yaml' || !inLab(file.path, listing.labDirs) || read(file.kind));
  return judge({ files, labs: listing.labDirs, rules: [rule], keep: () => true }, settings);
}

export type PartJudge = (part: Part, settings: Settings) => Finding[];

/**
 * Judges parts of a network, each on its own: a part's findings come from the cache when
 * nothing it reads changed, else from its files, read once, and go into the cache. The
 * cache keeps two entries a part: all its findings on the day judged, and those of the
 * rules that do not judge as of a day (documents, references, schemas: most of the work),
 * which serve again on later days while its files stay the same.
 */
export function partJudge(root: string, asOf: string, allLabs: readonly string[], cacheEnv: EngineOptions['cacheEnv']): PartJudge {
  const cache = cacheEnv ? openCache(cacheEnv) : undefined;
  const shared = cache ? sharedKey([templatesSignature(root), allLabs.join('/')]) : '';
  return (part, settings) => {
    if (part.rules.length === 0) return [];
    const read = new Map<string, ReadResult>();
    for (const file of part.files) {
      if (file.entry === 'file' && file.kind !== 'unknown') read.set(file.path, readSource(join(root, ...file.path.split('/'))));
    }
    const judge = (rules: readonly Rule[]) => {
      const listing = { files: [...part.files], labDirs: [...allLabs], byLab: new Map() };
      const network = loadNetwork(root, { listing, labs: part.labs, read });
      return runRules(network, settings, asOf, rules).filter(part.keep);
    };
    if (!cache) return judge(part.rules);
    const key = partKey(shared, part.rules, part.files, read);
    const today = dayKey(key, asOf);
    const cached = cache.get(today);
    if (cached) return cached;
    const dated = part.rules.filter((rule) => rule.dated);
    let undated = cache.get(key);
    if (!undated) {
      undated = judge(part.rules.filter((rule) => !rule.dated));
      cache.set(key, undated);
    }
    const findings = [...undated, ...judge(dated)].sort(compareFindings);
    cache.set(today, findings);
    return findings;
  };
}

/**
 * Worker threads that take labs, one at a time, from a counter they share with this
 * thread, so that no thread waits on another.
 */
function startPool(root: string, labs: string[], allLabs: string[], asOf: string, options: EngineOptions) {
  const wanted = options.workers ?? (labs.length >= PARALLEL_FROM_LABS ? availableParallelism() - 1 : 0);
  // Run from the TypeScript sources (the tests), there is no worker to start: this thread judges every lab.
  const workers = existsSync(fileURLToPath(WORKER)) ? Math.max(0, Math.min(wanted, labs.length - 1)) : 0;
  const next = new Int32Array(new SharedArrayBuffer(4));
  let done = 0;
  const progress = () => options.onProgress?.(++done, labs.length);
  const task: WorkerTask = { root, labs, allLabs, asOf, cacheEnv: options.cacheEnv, next };
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
