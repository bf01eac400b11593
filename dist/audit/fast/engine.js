import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { privateFolderOnDisk } from '../../git/private-folder.js';
import { listNetworkFiles } from '../../network/list-files.js';
import { inLab, loadNetwork } from '../../network/load-network.js';
import { readSource } from '../../network/read-source.js';
import { resolveSettings } from '../../network/settings.js';
import { templatesSignature } from '../../reports/templates.js';
import { RULES } from '../rules/index.js';
import { compareFindings, runRules } from '../run-rules.js';
import { dayKey, openCache, partKey, pruneCache, sharedKey } from './cache.js';
/** A network's folder on disk. */
export function onDisk(root) {
    return {
        root,
        list: (labs) => listNetworkFiles(root, labs),
        read: (path) => readSource(join(root, ...path.split('/'))),
        privateFolder: () => privateFolderOnDisk(root),
    };
}
/** A network as a commit holds it: what was read of it is all there is to judge. */
export function atCommit(network) {
    return {
        root: network.root,
        list: () => network.listing,
        read: (path) => {
            const result = network.read.get(path);
            // A file not read from the commit must never be read from disk instead: that is another network.
            if (result === undefined)
                throw new Error(`${path} was not read from the commit being audited`);
            return result;
        },
        templates: network.templates,
        commit: network,
        privateFolder: () => network.privateFolder,
    };
}
// Below this many labs, starting a worker costs more than it saves.
const PARALLEL_FROM_LABS = 16;
const WORKER = new URL('./lab-worker.js', import.meta.url);
const readsLab = (rule) => rule.reads === 'lab';
const LAB_RULES = RULES.filter(readsLab);
/**
 * Runs every rule over a network, as the plain path (runRules over the network loaded whole)
 * would, with less work. Each rule says what it reads: a rule that reads one lab is run lab
 * by lab, each lab loaded with only its own files, so memory stays small and the labs are
 * shared between this thread and worker threads on other cores; a rule that reads the whole
 * network runs once over the files of the kinds it reads. Every part's findings are cached
 * on exactly what it read.
 */
export async function runFastAudit(network, asOf, options = {}) {
    const source = typeof network === 'string' ? onDisk(network) : network;
    const wanted = options.labs === undefined ? undefined : [...options.labs];
    const listing = source.list(wanted);
    const labs = listing.labDirs.filter((lab) => options.labs === undefined || options.labs.has(lab));
    // Workers start first and list their labs themselves, while this thread does the rest.
    const rules = options.rules ?? RULES;
    const labRules = rules.filter(readsLab);
    const pool = startPool(source, labs, listing.labDirs, asOf, { ...options, workers: options.rules ? 0 : options.workers });
    const settings = settingsOf(source, listing);
    const judge = partJudge(source, asOf, listing.labDirs, options.cacheEnv);
    // Appended one by one: a spread of 125,000 findings overflows the call stack.
    const findings = [];
    if (options.outside ?? true) {
        const outside = listing.files.filter((file) => !inLab(file.path, listing.labDirs));
        const outsideLabs = (finding) => !inLab(finding.file, listing.labDirs);
        for (const item of judge({ files: outside, labs: [], rules: labRules, keep: outsideLabs }, settings))
            findings.push(item);
    }
    // A change's audit lists only the labs it touched: a rule that reads the network needs them all.
    for (const rule of rules.filter((candidate) => !readsLab(candidate) && (options.networkRules?.(candidate) ?? true))) {
        for (const item of judgeNetworkRule(rule, source, judge, settings, listing, options.labs !== undefined, asOf))
            findings.push(item);
    }
    for (let index = pool.take(); index < labs.length; index = pool.take()) {
        const lab = labs[index];
        for (const item of judgeLab(lab, listing.byLab.get(lab) ?? [], judge, settings, labRules))
            findings.push(item);
        pool.progress();
    }
    for (const item of await pool.findings())
        findings.push(item);
    if (options.cacheEnv)
        pruneCache(options.cacheEnv);
    return { findings: findings.sort(compareFindings), files: listing.files.map((file) => file.path) };
}
/** One lab, with cil.yaml, judged by the rules that read a lab. */
export function judgeLab(lab, files, judge, settings, rules = LAB_RULES) {
    const config = { path: 'cil.yaml', kind: 'config', entry: 'file' };
    return judge({ files: [config, ...files], labs: [lab], rules, keep: (finding) => inLab(finding.file, [lab]) }, settings);
}
/**
 * A rule that reads the whole network, run over the files of the kinds it reads and those
 * outside the labs. `listed` is the listing made already: of every lab, or of some (`partial`).
 */
function judgeNetworkRule(rule, source, judge, settings, listed, partial, asOf) {
    if (rule.reads === 'lab' || !hasWhatItJudges(rule, listed))
        return [];
    const { network: kinds } = rule.reads;
    // A change's listing holds only the labs it touched, and what lies outside the labs: enough for
    // a rule that reads no file of any lab (git's view of private/), which is spared a listing of all.
    const listing = partial && kinds.length > 0 ? source.list() : listed;
    const read = (kind) => kinds.includes(kind);
    const files = listing.files.filter((file) => file.path === 'cil.yaml' || !inLab(file.path, listing.labDirs) || read(file.kind));
    if (rule.reads.git)
        return judgeWithGit(rule, source, settings, { ...listing, files }, asOf);
    return judge({ files, labs: listing.labDirs, rules: [rule], keep: () => true }, settings);
}
/** A rule that reads what git says of the network too, judged afresh: nothing it reads is a file a cache key could cover. */
function judgeWithGit(rule, source, settings, listing, asOf) {
    const read = new Map(listing.files.filter(isRead).map((file) => [file.path, source.read(file.path)]));
    const network = loadNetwork(source.root, { listing, read, templates: source.templates });
    return runRules({ ...network, privateFolder: source.privateFolder() }, settings, asOf, [rule]);
}
/** Whether a network has a file a rule judges only when it is there; any listing tells, of some labs or none. */
export function hasWhatItJudges(rule, listing) {
    const present = rule.reads === 'lab' ? undefined : rule.reads.whenPresent;
    return present === undefined || listing.files.some((file) => file.kind === present);
}
/**
 * Judges parts of a network, each on its own: a part's findings come from the cache when
 * nothing it reads changed, else from its files, read once, and go into the cache. The
 * cache keeps two entries a part: all its findings on the day judged, and those of the
 * rules that do not judge as of a day (documents, references, schemas: most of the work),
 * which serve again on later days while its files stay the same.
 */
export function partJudge(source, asOf, allLabs, cacheEnv) {
    const cache = cacheEnv ? openCache(cacheEnv) : undefined;
    const shared = cache ? sharedKey([templatesSignature(source.templates ?? source.root), allLabs.join('/')]) : '';
    return (part, settings) => {
        if (part.rules.length === 0)
            return [];
        const read = new Map();
        for (const file of part.files) {
            if (isRead(file))
                read.set(file.path, source.read(file.path));
        }
        const judge = (rules) => {
            const listing = { files: [...part.files], labDirs: [...allLabs], byLab: new Map() };
            const network = loadNetwork(source.root, { listing, labs: part.labs, read, templates: source.templates });
            return runRules(network, settings, asOf, rules).filter(part.keep);
        };
        if (!cache)
            return judge(part.rules);
        const key = partKey(shared, part.rules, part.files, read);
        const today = dayKey(key, asOf);
        const cached = cache.get(today);
        if (cached)
            return cached;
        const undated = cache.get(key);
        // A part judged before on another day runs only the dated rules; a part never judged
        // runs all its rules over one loading of its files, and the cache keeps both sets.
        const findings = undated
            ? [...undated, ...judge(part.rules.filter((rule) => rule.dated))].sort(compareFindings)
            : judge(part.rules);
        const dated = new Set(part.rules.filter((rule) => rule.dated).map((rule) => rule.id));
        if (!undated)
            cache.set(key, findings.filter((finding) => !dated.has(finding.rule)));
        cache.set(today, findings);
        return findings;
    };
}
/** Whether the rules read a listed file's content: records, documents and CODEOWNERS, not the rest. */
export const isRead = (file) => file.entry === 'file' && file.kind !== 'unknown';
/** The settings of cil.yaml, as the source holds it. */
export function settingsOf(source, listing) {
    const config = listing.files.filter((file) => file.path === 'cil.yaml');
    const read = new Map(config.filter(isRead).map((file) => [file.path, source.read(file.path)]));
    return resolveSettings(loadNetwork(source.root, { listing: { ...listing, files: config }, labs: [], read }).config);
}
/**
 * Worker threads that take labs, one at a time, from a counter they share with this
 * thread, so that no thread waits on another.
 */
function startPool(source, labs, allLabs, asOf, options) {
    const wanted = options.workers ?? (labs.length >= PARALLEL_FROM_LABS ? availableParallelism() - 1 : 0);
    // Run from the TypeScript sources (the tests), there is no worker to start: this thread judges every lab.
    const workers = existsSync(fileURLToPath(WORKER)) ? Math.max(0, Math.min(wanted, labs.length - 1)) : 0;
    const next = new Int32Array(new SharedArrayBuffer(4));
    let done = 0;
    const progress = () => options.onProgress?.(++done, labs.length);
    const task = { root: source.root, commit: source.commit, labs, allLabs, asOf, cacheEnv: options.cacheEnv, next };
    const threads = Array.from({ length: workers }, () => runWorker(task, progress));
    return {
        take: () => Atomics.add(next, 0, 1),
        progress,
        findings: async () => (await Promise.all(threads)).flat(),
    };
}
function runWorker(task, progress) {
    return new Promise((resolve, reject) => {
        const worker = new Worker(WORKER, { workerData: task });
        worker.on('message', (message) => {
            if ('progress' in message)
                progress();
            else if ('findings' in message)
                resolve(message.findings);
            else
                reject(new Error(message.error));
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
            if (code !== 0)
                reject(new Error(`an audit worker stopped with code ${code}`));
        });
    });
}
