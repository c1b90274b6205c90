import { Worker } from 'node:worker_threads';
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
 * function on a copy of what it reads, a few typed arrays).
 */
export function keyTermsInWorker(terms: readonly TermStats[], uses: TermUses, hits: CodeHits, options: KeyTermOptions): Promise<KeyTerms> {
  const job: KeyTermsJob = {
    pos: terms.map((t) => t.pos),
    uses: { offsets: uses.offsets, term: uses.term, start: uses.start, end: uses.end, info: uses.info },
    hits: { offsets: hits.offsets, start: hits.start, end: hits.end },
    options,
  };
  const worker = new Worker(workerScript().code, { eval: true, workerData: job });
  return new Promise<KeyTerms>((resolve, reject) => {
    worker.once('message', (reply: { keys?: KeyTerms; error?: string }) => {
      if (reply.keys) resolve(reply.keys);
      else reject(new Error(`key-terms worker failed: ${reply.error ?? 'no result'}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`key-terms worker exited with code ${code}`)));
  }).finally(() => worker.terminate());
}

/** Imports the compiled `keyterms-worker.js` beside this module, or under tests registers tsx and imports the `.ts`. */
function workerScript(): { code: string } {
  const typescript = import.meta.url.endsWith('.ts');
  const worker = JSON.stringify(new URL(typescript ? './keyterms-worker.ts' : './keyterms-worker.js', import.meta.url).href);
  if (!typescript) return { code: `import(${worker});` };
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return { code: `import(${tsx}).then((api) => { api.register(); return import(${worker}); });` };
}
