import { parentPort, workerData } from 'node:worker_threads';
import { listLab } from '../network/list-files.js';
import { loadNetworkConfig } from '../network/load-network.js';
import { resolveSettings } from '../network/settings.js';
import { labJudge, type WorkerMessage, type WorkerTask } from './engine.js';
import type { Finding } from './types.js';

// A worker thread of the audit: takes labs from the shared counter until none are left,
// judging each on its own, and sends back the findings.
const task = workerData as WorkerTask;
const post = (message: WorkerMessage) => parentPort?.postMessage(message);
try {
  const settings = resolveSettings(loadNetworkConfig(task.root));
  const judge = labJudge(task.root, task.asOf, task.allLabs, { thorough: task.thorough, cacheEnv: task.cacheEnv });
  const findings: Finding[] = [];
  for (let index = Atomics.add(task.next, 0, 1); index < task.labs.length; index = Atomics.add(task.next, 0, 1)) {
    const lab = task.labs[index] as string;
    const files = listLab(task.root, lab);
    const config = { path: 'cil.yaml', kind: 'config' as const, entry: 'file' as const };
    const listing = { files: [config, ...files], labDirs: task.allLabs, byLab: new Map([[lab, files]]) };
    findings.push(...judge(listing, lab, settings));
    post({ progress: true });
  }
  post({ findings });
} catch (error) {
  post({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
