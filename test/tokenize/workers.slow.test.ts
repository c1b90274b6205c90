import { describe, expect, it } from 'vitest';
import { batchTokenizer } from '../../src/tokenize/index.js';
import { planBatches, splitTail, TAIL_PARTS, tokenizeInWorkers } from '../../src/tokenize/workers.js';
import { collectTerms } from '../../src/terms/index.js';
import type { Definition, TokenBatch } from '../../src/model/index.js';
import { options, texts } from './texts.js';

// Threads that load the language model, run after run (workers.test.ts keeps the cases that compare two threads with one
// here): in the slow project for the three threads this one starts, some 3 s of the fast project's minute on two cores.
const definitions = texts.map((text, i) => ({ id: `d${i}`, sector: 'academic', text }) as Definition);

describe('tokenizing on worker threads', () => {
  it('gives the same terms and uses as one thread, whatever the number of workers and batch size', async () => {
    const single = collectTerms([batchTokenizer(options)(texts)], definitions, ['academic']);
    for (const [workers, size] of [
      [1, 3],
      [2, 2],
    ] as const) {
      const batches: TokenBatch[] = [];
      await tokenizeInWorkers(texts, options, workers, size, (batch) => batches.push(batch));
      // Handed over in text order, whichever worker finished first: batches of `size`, the last texts in smaller ones.
      const plan = splitTail(planBatches(texts, size), workers * size, Math.ceil(size / TAIL_PARTS));
      expect(batches.map((b) => b.texts)).toEqual(plan.map((p) => p.texts.length));
      expect(batches.length).toBeGreaterThan(Math.ceil(texts.length / size));
      const merged = collectTerms(batches, definitions, ['academic']);
      expect(merged.terms).toEqual(single.terms);
      expect(merged.uses).toEqual(single.uses);
    }
  });
});
