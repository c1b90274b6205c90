import { describe, expect, it } from 'vitest';
import type { Definition, TokenizedDefinition } from '../../src/model/index.js';
import { score } from '../../src/terms/index.js';

const def = (id: string, sector: string) => ({ id, sector }) as Definition;
const occ = (key: string, form: string) => ({ key, form, words: form.split(' ').length, pos: 'NOUN', start: 0, end: 0, sentence: 0 });
const tok = (id: string, ...occurrences: ReturnType<typeof occ>[]): TokenizedDefinition => ({ id, tokens: [], occurrences });

describe('score', () => {
  // Worked by hand: "sustain" is in a (twice, two forms) and c; "ict" in a and b; "energy" in c.
  const tokenized = [
    tok('a', occ('sustain', 'sustainable'), occ('sustain', 'sustainability'), occ('=ict', 'ict')),
    tok('b', occ('=ict', 'ict')),
    tok('c', occ('sustain', 'sustainable'), occ('energi', 'energy')),
    tok('d'),
  ];
  const definitions = [def('a', 'academic'), def('b', 'private'), def('c', 'academic'), def('d', 'ngo')];
  const { terms, definitionTerms } = score(tokenized, definitions, ['academic', 'private', 'government', 'ngo']);

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

  it('lists the terms of every definition with their counts, using the same term names', () => {
    expect(definitionTerms).toEqual([
      { definitionId: 'a', term: 'sustainable', count: 2 },
      { definitionId: 'a', term: 'ict', count: 1 },
      { definitionId: 'b', term: 'ict', count: 1 },
      { definitionId: 'c', term: 'energy', count: 1 },
      { definitionId: 'c', term: 'sustainable', count: 1 },
    ]);
  });
});
