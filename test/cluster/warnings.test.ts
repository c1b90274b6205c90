import { describe, expect, it } from 'vitest';
import { cluster, warnUnstable, type ClusterInput } from '../../src/cluster/index.js';
import type { CodebookFactor } from '../../src/config/codebook.js';
import { ConfigSchema } from '../../src/config/schema.js';
import { Diagnostics } from '../../src/core/diagnostics.js';
import type { Factor, TermStats } from '../../src/model/index.js';
import { lines, termUses } from '../helpers.js';

const stats = (t: string, definitions: number, nested = 0, pos: TermStats['pos'] = 'NOUN'): TermStats => ({
  term: t,
  key: t,
  words: 1,
  frequency: definitions,
  definitions,
  share: definitions / 4,
  nested,
  pos,
  bySector: {},
  variants: [t],
});

const factor = (id: string, line: number, seeds: string[]): CodebookFactor => ({ id, label: id, description: '', rules: [], seeds, line });

// "network" is only ever said inside a longer term ("communication network"), "connect" is a
// verb: neither would be clustered on its own, but the codebook names both for ICT.
const terms = [stats('data', 4), stats('technology', 4), stats('mobility', 4), stats('network', 3, 3), stats('connect', 3, 0, 'VERB')];
const docs = [
  ['data', 'technology', 'mobility', 'network', 'connect'],
  ['data', 'technology', 'mobility', 'network', 'connect'],
  ['data', 'technology', 'mobility', 'network', 'connect'],
  ['data', 'technology', 'mobility'],
];
const codebook = [factor('ict', 2, ['data', 'technology', 'network', 'connect']), factor('mobility', 3, ['mobility'])];
const input: ClusterInput = {
  terms,
  uses: termUses(docs, terms),
  definitionIds: ['d1', 'd2', 'd3', 'd4'],
  codebook,
  codebookFactorOf: (labels) => labels.map((l) => codebook.findIndex((f) => f.seeds.includes(l))),
};

describe('factors a reader can trust', () => {
  it('keeps a codebook term in its factor even when it is nested or a verb, and reports no stability for a factor of one term', () => {
    const diagnostics = new Diagnostics();
    const { factors } = cluster(input, ConfigSchema.parse({ factors: { minDefinitions: 3, bootstrap: 5 } }), diagnostics);
    const byId = Object.fromEntries(factors.map((f) => [f.id, f]));
    expect(byId.ict!.terms).toEqual(['data', 'technology', 'connect', 'network']);
    expect(byId.ict!.stability).toBe(1);
    expect(byId.mobility!.terms).toEqual(['mobility']);
    expect(byId.mobility!.stability).toBeUndefined();
    // A codebook factor is its rules: one clustered term is worth knowing, not a warning.
    expect(lines(diagnostics)).toEqual([
      'corpus  info  Codebook factor `mobility` gathered one frequent term, `mobility`; its stability is not reported (its rules code the matrix)  [cluster/single-term-factor]',
    ]);
  });

  it('warns when factors.maxTerms leaves a term the codebook names out of every factor', () => {
    const diagnostics = new Diagnostics();
    cluster(input, ConfigSchema.parse({ factors: { minDefinitions: 3, maxTerms: 3, bootstrap: 0 } }), diagnostics);
    expect(lines(diagnostics).filter((l) => l.includes('codebook-term-outside'))).toEqual([
      'codebook.csv  warning  2 term(s) the codebook names are in no factor: `factors.maxTerms` (3) left them out of the clustering; their rules still code them: `network`, `connect`  [cluster/codebook-term-outside]',
    ]);
  });

  it('warns about an emergent factor of one term, and blanks its stability', () => {
    const diagnostics = new Diagnostics();
    const lone: Factor = {
      id: 'emergent-1',
      label: 'x',
      description: '',
      origin: 'emergent',
      terms: ['x'],
      seeds: [],
      rules: [],
      definitions: 3,
      share: 0.75,
      stability: 1,
    };
    const factors = [lone];
    warnUnstable(factors, input, new Set(), [], ConfigSchema.parse({}), diagnostics);
    expect(factors[0]!.stability).toBeUndefined();
    expect(lines(diagnostics)).toEqual([
      'corpus  warning  Factor `emergent-1` has one term, `x`: it is a word, not a group of words used together, and its stability is not reported  [cluster/single-term-factor]',
    ]);
  });
});
