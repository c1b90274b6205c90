import { parentPort } from 'node:worker_threads';
import { jobOfThisThread } from '../core/worker-script.js';
import { keyTerms } from './keyterms.js';
import type { KeyTermsJob } from './keyterms-thread.js';

// A key-terms thread (see `keyTermsInWorker`): one job in, the key terms out (their buffers moved, not copied).
const { pos, uses, hits, options } = await jobOfThisThread<KeyTermsJob>();
try {
  const keys = keyTerms(
    pos.map((p) => ({ pos: p })),
    uses,
    hits,
    options,
  );
  parentPort!.postMessage(
    { result: keys },
    [keys.offsets, keys.term, keys.score, keys.start, keys.end].map((a) => a.buffer as ArrayBuffer),
  );
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
