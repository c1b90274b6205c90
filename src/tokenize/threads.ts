import { defaultWorkers } from '../core/parallel.js';
import { BATCH_SIZE } from './batch-size.js';

/**
 * Worker threads pay off only on large corpora (each loads the language model); then one per core
 * (`defaultWorkers`), while this thread merges their batches. The results are the same either way.
 */
export function workersFor(definitions: number, requested: number | undefined): number {
  if (requested !== undefined) return requested;
  if (definitions <= 4 * BATCH_SIZE) return 0;
  // One thread up to here: a second one's model and compiled code cost more CPU than it saves; the
  // core it leaves is given other work meanwhile (`onAnalysed`).
  return definitions < ONE_TOKENIZER_BELOW ? Math.min(1, defaultWorkers()) : defaultWorkers();
}

/** The threads that tokenize `definitions`: as `tokenizeEach`, one batch or less is tokenized on this thread, whatever `--workers` asks. */
export function tokenizerThreadsFor(definitions: number, requested: number | undefined): number {
  return definitions > BATCH_SIZE ? workersFor(definitions, requested) : 0;
}

/** Definitions from which tokenizing takes one thread per core (below, one thread; see `workersFor`). */
export const ONE_TOKENIZER_BELOW = 30_000;
