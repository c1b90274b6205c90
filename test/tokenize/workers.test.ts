import { describe, expect, it } from 'vitest';
import { batchTokenizer } from '../../src/tokenize/index.js';
import { tokenizeInWorkers } from '../../src/tokenize/workers.js';
import { collectTerms } from '../../src/terms/index.js';
import type { Definition, TokenBatch } from '../../src/model/index.js';

const options = { thesaurus: [], stopwords: ['smart', 'city'], maxWords: 4, cues: ['use', 'improve'], cueWindow: 8, rules: [] };
const texts = [
  'A smart city uses ICT to improve the quality of life.',
  'Sustainable cities protect the environment and save energy.',
  'Citizens take part in the governance of their city.',
  'Digital technologies make urban services efficient.',
  'A city is smart when investments in human and social capital fuel sustainable growth.',
  'Mobility and transport systems move people and goods.',
  'Data from sensors informs decisions.',
];
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
      expect(batches).toHaveLength(Math.ceil(texts.length / size));
      // Handed over in text order, whichever worker finished first.
      expect(batches.map((b) => b.texts)).toEqual(Array.from({ length: batches.length }, (_, i) => Math.min(size, texts.length - i * size)));
      const merged = collectTerms(batches, definitions, ['academic']);
      expect(merged.terms).toEqual(single.terms);
      expect(merged.uses).toEqual(single.uses);
    }
  });
});
