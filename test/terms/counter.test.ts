import { describe, expect, it } from 'vitest';
import type { Definition, TermOccurrence } from '../../src/model/index.js';
import { collectTerms, TermCounter } from '../../src/terms/index.js';
import { BatchBuilder } from '../../src/tokenize/batch.js';

const occ = (key: string, start: number): TermOccurrence => ({
  key,
  form: key,
  words: 1,
  pos: 'NOUN',
  start,
  end: start + key.length,
  sentence: 0,
  nested: false,
  cue: undefined,
  determiner: undefined,
});
const batchOf = (texts: TermOccurrence[][]) => {
  const b = new BatchBuilder();
  for (const occurrences of texts) b.add({ occurrences, sentences: [{ start: 0, end: 100 }], hits: [] });
  return b.build();
};

describe('TermCounter', () => {
  // The first batch is one short text, the later ones long: the columns sized from the first
  // batch's uses per text are too small and must grow; a last batch of empty texts leaves them too big.
  const texts: TermOccurrence[][] = [
    [occ('data', 0)],
    ...Array.from({ length: 30 }, (_, i) => Array.from({ length: 20 + i }, (_, j) => occ(`w${(i * 7 + j) % 13}`, j * 10))),
    [],
    [],
    [],
  ];
  const definitions = texts.map((_, i) => ({ id: `d${i}`, sector: 'academic' }) as Definition);

  it('folds batches in as they come, to the same terms and uses as one batch of every text', () => {
    const whole = collectTerms([batchOf(texts)], definitions, ['academic']);
    const counter = new TermCounter(texts.length);
    for (const range of [
      [0, 1],
      [1, 3],
      [3, 20],
      [20, 31],
      [31, 34],
    ] as const)
      counter.add(batchOf(texts.slice(...range)));
    const folded = counter.finish(definitions, ['academic']);
    expect(folded.terms).toEqual(whole.terms);
    expect(folded.uses).toEqual(whole.uses);
    expect(folded.hits).toEqual(whole.hits);
    expect(folded.uses.term.length).toBe(texts.flat().length);
  });

  it('refuses more texts than announced, and fewer at the end', () => {
    const counter = new TermCounter(1);
    expect(() => counter.add(batchOf([[occ('a', 0)], [occ('b', 0)]]))).toThrow(/More texts/);
    expect(() => new TermCounter(2).finish(definitions.slice(0, 2), ['academic'])).toThrow(/hold 0 texts/);
  });
});
