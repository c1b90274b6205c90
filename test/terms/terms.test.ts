import { describe, expect, it } from 'vitest';
import type { Definition, TermOccurrence } from '../../src/model/index.js';
import { collectTerms } from '../../src/terms/index.js';
import { BatchBuilder } from '../../src/tokenize/batch.js';

const def = (id: string, sector: string) => ({ id, sector }) as Definition;
const occ = (key: string, form: string, start = 0): TermOccurrence => ({
  key,
  form,
  words: form.split(' ').length,
  pos: 'NOUN',
  start,
  end: start + form.length,
  sentence: 0,
  nested: false,
  cue: undefined,
  determiner: undefined,
});
/** The texts as batches of `size`, as the tokenizer hands them on. */
function batches(texts: TermOccurrence[][], size: number) {
  const out = [];
  for (let i = 0; i < texts.length; i += size) {
    const b = new BatchBuilder();
    for (const occurrences of texts.slice(i, i + size)) b.add({ occurrences, sentences: [{ start: 0, end: 100 }], hits: [] });
    out.push(b.build());
  }
  return out;
}

describe('collectTerms', () => {
  // Worked by hand: "sustain" is in a (twice, two forms) and c; "ict" in a and b; "energy" in c.
  const texts = [
    [occ('sustain', 'sustainable'), occ('sustain', 'sustainability', 20), occ('=ict', 'ict', 40)],
    [occ('=ict', 'ict')],
    [occ('sustain', 'sustainable'), occ('energi', 'energy', 20)],
    [],
  ];
  const definitions = [def('a', 'academic'), def('b', 'private'), def('c', 'academic'), def('d', 'ngo')];
  const sectors = ['academic', 'private', 'government', 'ngo'];
  const { terms, uses } = collectTerms(batches(texts, 4), definitions, sectors);

  it('counts occurrences, definitions, share over all analysed definitions, and sectors', () => {
    expect(terms.map((t) => [t.term, t.frequency, t.definitions, t.share, t.bySector])).toEqual([
      ['sustainable', 3, 2, 0.5, { academic: 2, private: 0, government: 0, ngo: 0 }],
      ['ict', 2, 2, 0.5, { academic: 1, private: 1, government: 0, ngo: 0 }],
      ['energy', 1, 1, 0.25, { academic: 1, private: 0, government: 0, ngo: 0 }],
    ]);
  });

  it('names a merged term by its most frequent form and lists its variants', () => {
    expect(terms[0]!.variants).toEqual(['sustainable', 'sustainability']);
  });

  it('resolves every use to its term, definition by definition, in text order', () => {
    const perDefinition = definitions.map((_, d) => [...uses.term.subarray(uses.offsets[d], uses.offsets[d + 1])].map((t) => terms[t]!.term));
    expect(perDefinition).toEqual([['sustainable', 'sustainable', 'ict'], ['ict'], ['sustainable', 'energy'], []]);
    expect([...uses.start.subarray(0, 3)]).toEqual([0, 20, 40]);
  });

  it('gives the same result however the texts were batched (or spread over workers)', () => {
    const again = collectTerms(batches(texts, 1), definitions, sectors);
    expect(again.terms).toEqual(terms);
    expect(again.uses).toEqual(uses);
  });
});
