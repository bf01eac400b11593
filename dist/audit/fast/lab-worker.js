import { parentPort, workerData } from 'node:worker_threads';
import { atCommit, judgeLab, onDisk, partJudge, settingsOf } from './engine.js';
// A worker thread of the audit: takes labs from the shared counter until none are left,
// judging each on its own, and sends back the findings.
const task = workerData;
const post = (message) => parentPort?.postMessage(message);
try {
    const source = task.commit ? atCommit(task.commit) : onDisk(task.root);
    const settings = settingsOf(source, source.list([]));
    const judge = partJudge(source, task.asOf, task.allLabs, task.cacheEnv);
    const findings = [];
    for (let index = Atomics.add(task.next, 0, 1); index < task.labs.length; index = Atomics.add(task.next, 0, 1)) {
        const lab = task.labs[index];
        for (const item of judgeLab(lab, source.list([lab]).byLab.get(lab) ?? [], judge, settings))
            findings.push(item);
        post({ progress: true });
    }
    post({ findings });
}
catch (error) {
    post({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
