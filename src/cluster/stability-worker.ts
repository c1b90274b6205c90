import { parentPort, workerData } from 'node:worker_threads';
import { measureStability, type StabilityJob } from './stability.js';

// A bootstrap thread: one job in (see `measureStabilityInWorker`), the factors' stability out.
try {
  parentPort!.postMessage({ result: measureStability(workerData as StabilityJob) });
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
