import { describe, expect, it } from 'vitest';
import { BatchBuilder, batchTokenizer, ChunkTokenizer } from '../../src/tokenize/batch.js';
import { countingTokenizer, textTokenizer } from '../../src/tokenize/text.js';

const options = {
  thesaurus: [{ label: 'information and communication technology', replaceBy: 'ict', line: 2 }],
  stopwords: ['smart', 'city'],
  maxWords: 4,
  cues: ['use', 'improve'],
  cueWindow: 8,
  rules: [],
};
// Words said again within a text and across texts, a thesaurus term, phrases that share words.
const texts = [
  'A smart city uses data and data platforms to improve services; data services matter.',
  'Information and communication technology links data, services and citizens.',
  'Citizens use ICT. Citizens use ICT services and data.',
  'Sustainable energy, sustainable transport and sustainable data centres.',
];

describe('batches of tokenized texts', () => {
  it('count a word said again through its count slot exactly as by looking its key and form up', () => {
    const counting = countingTokenizer(options);
    const plain = textTokenizer(options);
    const withSlots = new BatchBuilder();
    const looked = new BatchBuilder();
    for (const text of texts) {
      const { text: tokenized, slots } = counting(text);
      // Single-word terms carry a slot.
      expect(slots.some((s) => s !== undefined)).toBe(true);
      withSlots.add(tokenized, slots);
      looked.add(plain(text));
    }
    const batch = withSlots.build();
    expect(batch).toEqual(looked.build());
    // "data" (kept as its own lemma) is said six times, three times in the first text: one pair, counted six times.
    const data = batch.keys.indexOf('data');
    const counts = Array.from({ length: batch.formCounts.length / 3 }, (_, i) => [...batch.formCounts.subarray(3 * i, 3 * i + 3)]);
    expect(counts.filter(([key]) => key === data)).toEqual([[data, batch.forms.indexOf('data'), 6]]);
  });

  it('are the same when the same word is counted by a second batch (slots are per batch)', () => {
    const tokenize = batchTokenizer(options);
    const first = tokenize(texts);
    // The tokenizer's slots now point into the first batch; a second batch looks its pairs up again.
    expect(tokenize(texts)).toEqual(first);
    expect(tokenize(texts.slice(2))).toEqual(batchTokenizer(options)(texts.slice(2)));
  });

  it('pack a chunk tokenized ahead, from the texts kept, as the batch of those texts alone', () => {
    const chunks = new ChunkTokenizer(options);
    // Two chunks prepared, a batch made between them (the count slots of its words then belong to it).
    chunks.prepare(0, texts);
    const between = chunks.batch(texts.slice(1, 3));
    chunks.prepare(1, [...texts].reverse());
    expect(chunks.preparedBatch(1, [0, 2, 3])).toEqual(batchTokenizer(options)([texts[3]!, texts[1]!, texts[0]!]));
    expect(chunks.preparedBatch(0, [1, 3])).toEqual(batchTokenizer(options)([texts[1]!, texts[3]!]));
    expect(between).toEqual(batchTokenizer(options)(texts.slice(1, 3)));
    // Nothing kept: an empty batch. A chunk is packed once, then dropped.
    chunks.prepare(2, texts);
    expect(chunks.preparedBatch(2, []).texts).toBe(0);
    expect(() => chunks.preparedBatch(2, [0])).toThrow(/not prepared/);
  });
});
