import { parentPort, workerData } from 'node:worker_threads';
import { writeLabs } from './lab-pool.js';
// A worker thread of `cil site`: makes and writes labs' files, taking labs from the shared
// counter until none are left, and sends back what it wrote.
const post = (message) => parentPort?.postMessage(message);
try {
    post({ written: writeLabs(workerData) });
}
catch (error) {
    post({ error: error instanceof Error ? error.message : String(error) });
}
