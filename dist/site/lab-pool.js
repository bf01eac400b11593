import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CliError } from '../errors.js';
import { labStatus } from '../handbook/lab-status.js';
import { loadNetwork } from '../network/load-network.js';
import { writeSiteFiles } from '../write/site-output.js';
import { labFiles } from './build-site.js';
import { loadSiteTemplates } from './templates.js';
const WORKER = new URL('./lab-worker.js', import.meta.url);
/** Below this many labs, starting a thread costs more than it saves. */
const PARALLEL_FROM_LABS = 8;
/** What of a lab's folder its pages show: no citizen record, for one, is read. */
const READ = ['lab', 'member', 'event', 'project', 'report', 'document'];
/**
 * Makes and writes the files of labs taken one at a time from the shared counter until none
 * is left. Each lab is loaded on its own, documents included, and judged with the code
 * `cil status` uses (without the audit's counts, which the site does not show).
 */
export function writeLabs(task, templates = loadSiteTemplates(task.root)) {
    const labNames = new Map(task.labNames);
    const { settings, asOf } = task.site;
    const labs = [];
    function* files() {
        for (let index = Atomics.add(task.next, 0, 1); index < task.labs.length; index = Atomics.add(task.next, 0, 1)) {
            const id = task.labs[index];
            const folder = loadNetwork(task.root, { labs: [id], select: (file) => READ.includes(file.kind) }).labs.get(id);
            const status = folder && labStatus(folder, settings, asOf, { errors: 0, warnings: 0, infos: 0 });
            if (!folder || !status)
                continue;
            const summary = yield* labFiles(task.site, folder, status, labNames, templates);
            if (summary)
                labs.push([index, summary]);
        }
    }
    return { written: writeSiteFiles(task.dir, files()), labs };
}
/**
 * Every lab's files but its own page, written by this thread and, for a large network,
 * worker threads beside it; with each lab's summary, in the task's order, for the pages made
 * from every lab. `threads` asks for that many worker threads making every lab, this one
 * none (a test's).
 */
export async function writeAllLabs(task, templates, threads) {
    const shared = { ...task, next: new Int32Array(new SharedArrayBuffer(4)) };
    const wanted = threads ?? (task.labs.length >= PARALLEL_FROM_LABS ? availableParallelism() - 1 : 0);
    // Run from the TypeScript sources (the tests), there is no worker to start: this thread makes every lab.
    const workers = existsSync(fileURLToPath(WORKER)) ? Math.max(0, Math.min(wanted, task.labs.length)) : 0;
    const started = Array.from({ length: workers }, () => runWorker(shared));
    const settled = Promise.allSettled(started.map((thread) => thread.done));
    let own;
    try {
        own = threads !== undefined && workers > 0 ? { written: { paths: [], written: 0, kept: 0 }, labs: [] } : writeLabs(shared, templates);
    }
    catch (error) {
        for (const thread of started)
            void thread.worker.terminate();
        await settled;
        throw error;
    }
    const results = await settled;
    const failed = results.find((result) => result.status === 'rejected');
    if (failed)
        throw failed.reason;
    const made = [own, ...results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []))];
    const labs = made.flatMap((part) => part.labs).sort(([a], [b]) => a - b).map(([, summary]) => summary);
    return { written: made.map((part) => part.written), labs };
}
function runWorker(task) {
    const worker = new Worker(WORKER, { workerData: task });
    const done = new Promise((resolve, reject) => {
        worker.on('message', (message) => {
            if ('made' in message)
                resolve(message.made);
            else
                reject(message.user ? new CliError(message.error) : new Error(message.error));
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
            if (code !== 0)
                reject(new Error(`a site worker stopped with code ${code}`));
        });
    });
    return { worker, done };
}
