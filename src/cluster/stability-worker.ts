import { parentPort } from 'node:worker_threads';
import { jobOfThisThread } from '../core/worker-script.js';
import { measureStability, type StabilityJob } from './stability.js';

// A bootstrap thread: one job in (see `measureStabilityInWorker`), the factors' stability out.
const job = await jobOfThisThread<StabilityJob>();
try {
  parentPort!.postMessage({ result: measureStability(job) });
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
