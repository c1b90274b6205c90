import { runOnceInWorker, workerScript } from '../core/worker-script.js';
import type { CodeHits, KeyTerms, TermStats, TermUses } from '../model/index.js';
import type { KeyTermOptions, KeyTermHits, KeyTermUses } from './keyterms.js';

/** What a key-terms thread is sent: each term's part of speech, the columns of the uses and hits it reads. */
export interface KeyTermsJob {
  readonly pos: readonly TermStats['pos'][];
  readonly uses: KeyTermUses;
  readonly hits: KeyTermHits;
  readonly options: KeyTermOptions;
}

/**
 * `keyTerms` on a worker thread, while this one clusters the terms: the same key terms (the same
 * function on what it reads, a few typed arrays: shared with the thread when they are on shared
 * memory, as `TermCounter` makes them for a run with workers, else copied).
 */
export function keyTermsInWorker(terms: readonly TermStats[], uses: TermUses, hits: CodeHits, options: KeyTermOptions): Promise<KeyTerms> {
  const job: KeyTermsJob = {
    pos: terms.map((t) => t.pos),
    uses: { offsets: uses.offsets, term: uses.term, start: uses.start, end: uses.end, info: uses.info },
    hits: { offsets: hits.offsets, start: hits.start, end: hits.end },
    options,
  };
  return runOnceInWorker<KeyTerms>(workerScript(import.meta.url, 'keyterms-worker'), job, 'key-terms');
}
