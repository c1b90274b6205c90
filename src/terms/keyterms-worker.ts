import { parentPort, workerData } from 'node:worker_threads';
import { keyTerms } from './keyterms.js';
import type { KeyTermsJob } from './keyterms-thread.js';

// A key-terms thread (see `keyTermsInWorker`): one job in, the key terms out (their buffers moved, not copied).
try {
  const { pos, uses, hits, options } = workerData as KeyTermsJob;
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
