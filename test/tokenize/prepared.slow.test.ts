import { describe, expect, it } from 'vitest';
import { batchTokenizer } from '../../src/tokenize/index.js';
import { TokenizerThreads, tokenizeInWorkers } from '../../src/tokenize/workers.js';
import { collectTerms } from '../../src/terms/index.js';
import type { Definition, TokenBatch } from '../../src/model/index.js';
import { options, texts } from './texts.js';

// Threads that load the language model: a slow test (the plan and the prepared batches themselves are
// tested in the fast `workers.test.ts` and `batch.test.ts`).

describe('threads that tokenize chunks ahead', () => {
  it('packs the chunks threads tokenized ahead from the texts kept, as one thread packs the kept texts', async () => {
    // Eight candidates in chunks of two; the analysis keeps four (1, 2, 3 and 5 are duplicates, say):
    // chunk 0 keeps one text, chunk 1 none (an empty batch, not handed on), chunk 2 one, chunk 3 (not prepared) both.
    const candidates = [...texts.slice(0, 3), 'Smart cities repeat themselves.', ...texts.slice(3)];
    const keptAt = [0, 4, 6, 7];
    const kept = keptAt.map((i) => candidates[i]!);
    const keptDefinitions = kept.map((text, i) => ({ id: `k${i}`, sector: 'academic', text }) as Definition);
    const single = collectTerms([batchTokenizer(options)(kept)], keptDefinitions, ['academic']);
    for (const workers of [1, 2]) {
      // Two threads, one chunk ahead each: chunks 0 and 1 prepared, in turn; a run with one worker takes the first (chunk 1 is then tokenized from its texts).
      const threads = new TokenizerThreads(options, 2);
      threads.prepare(candidates, 2, 1);
      expect([...threads.prepared!.chunks.keys()]).toEqual([0, 1]);
      const batches: TokenBatch[] = [];
      await tokenizeInWorkers(kept, options, workers, 2, (batch) => batches.push(batch), undefined, threads, Int32Array.from(keptAt));
      await threads.close();
      // The last texts, from chunks no thread prepared, come in smaller batches (`splitTail`): chunk 3's two in one each.
      expect(batches.map((b) => b.texts)).toEqual([1, 1, 1, 1]);
      const merged = collectTerms(batches, keptDefinitions, ['academic']);
      expect(merged.terms).toEqual(single.terms);
      expect(merged.uses).toEqual(single.uses);
    }
  });
});
