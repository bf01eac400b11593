import { parentPort, workerData } from 'node:worker_threads';
import { CliError } from '../errors.js';
import { type LabTask, type LabWorkerMessage, writeLabs } from './lab-pool.js';

// A worker thread of `cil site`: makes and writes labs' files, taking labs from the shared
// counter until none are left, and sends back what it wrote and each lab's summary.
const post = (message: LabWorkerMessage) => parentPort?.postMessage(message);
try {
  post({ made: writeLabs(workerData as LabTask) });
} catch (error) {
  post({ error: error instanceof Error ? error.message : String(error), user: error instanceof CliError });
}
