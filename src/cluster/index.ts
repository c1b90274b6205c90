import type { CodebookFactor } from '../config/codebook.js';
import type { Config } from '../config/schema.js';
import type { Diagnostics } from '../core/diagnostics.js';
import { seededRandom } from '../core/random.js';
import { compare, pushTo } from '../core/text.js';
import type { DefinitionTerm, Factor, TermFit, TermNetwork, TermStats } from '../model/index.js';
import { compareTerms } from '../terms/index.js';
import { cooccurrence, edges as cooccurrenceEdges, indexDocuments } from './cooccurrence.js';
import { partition } from './partition.js';
import type { SemanticResult, SemanticTerm } from './semantic.js';

export interface ClusterInput {
  readonly terms: readonly TermStats[];
  readonly definitionTerms: readonly DefinitionTerm[];
  /** Every analysed definition, in order (some may have no terms). */
  readonly definitionIds: readonly string[];
  readonly codebook: readonly CodebookFactor[];
  /** For each codebook factor, its seeds' merge keys (undefined: the seed is not a term). */
  readonly seedKeys: readonly (readonly (string | undefined)[])[];
  /** Groups terms by meaning (WordNet): used instead of co-occurrence when there is no codebook and `factors.method` is `semantic`. */
  readonly groupByMeaning?: (terms: readonly SemanticTerm[]) => SemanticResult;
}

export interface Clustered {
  readonly factors: Factor[];
  readonly network: TermNetwork;
  /** Term → factor id, for the clustered terms. */
  readonly factorOf: ReadonlyMap<string, string>;
  /** Term → how well it fits its factor (see `termFit`); seed terms have none. */
  readonly fitOf: ReadonlyMap<string, TermFit>;
}

/** A word is left to its longer term when at least this share of its occurrences are inside one. */
export const NESTED_SHARE = 0.75;

/** Clusters the frequent terms into factors and measures how stable each factor is. */
export function cluster(input: ClusterInput, config: Config, diagnostics: Diagnostics): Clustered {
  const { minDefinitions, maxTerms, resolution, bootstrap } = config.factors;
  // Verbs say what a city does, not what it is about; a word mostly said inside a longer term
  // ("life" in "quality of life") would only double that term.
  const selected = input.terms
    .filter((t) => t.definitions >= minDefinitions && t.pos !== 'VERB' && t.nested < NESTED_SHARE * t.frequency)
    .sort(compareTerms)
    .slice(0, maxTerms);
  const statsOf = new Map(selected.map((t) => [t.term, t]));
  const documents = termsByDefinition(input, statsOf);
  const seedOf = config.factors.codebook ? resolveSeeds(input, statsOf, diagnostics) : new Map<string, string>();
  const random = seededRandom(config.seed);

  const index = indexDocuments(documents);
  const byMeaning = !config.factors.codebook && config.factors.method === 'semantic' ? input.groupByMeaning : undefined;
  const { groups, edges } = byMeaning ? meaningPartition(byMeaning, selected, index, diagnostics) : partition(index, { seedOf, resolution, random });
  const factors = nameFactors(groups, seedOf, input.codebook, statsOf, documents, config.factors.codebook, Boolean(byMeaning));

  // Groups by meaning do not depend on which definitions are drawn: no bootstrap to measure.
  if (bootstrap > 0 && !byMeaning) {
    const totals = new Map(factors.map((f) => [f.id, 0]));
    for (let b = 0; b < bootstrap; b++) {
      // A resample drawn with replacement, as how many times each definition is drawn.
      const weights = new Uint32Array(documents.length);
      for (let i = 0; i < documents.length; i++) weights[Math.floor(random() * documents.length)]!++;
      const resampled = invert(partition(index, { seedOf, resolution, random }, weights).groups);
      for (const f of factors) totals.set(f.id, totals.get(f.id)! + bestJaccard(f.terms, resampled));
    }
    for (let i = 0; i < factors.length; i++) factors[i] = { ...factors[i]!, stability: totals.get(factors[i]!.id)! / bootstrap };
  }

  const factorIdOfGroup = new Map<string, string>();
  for (const f of factors) for (const t of f.terms) factorIdOfGroup.set(groups.get(t)!, f.id);
  const factorOf = new Map<string, string>();
  for (const [term, g] of groups) factorOf.set(term, factorIdOfGroup.get(g)!);

  const unclustered = selected.filter((t) => !factorOf.has(t.term)).map((t) => t.term);
  // Grouped by meaning, the terms left out are those WordNet lacks (reported above).
  if (unclustered.length && !byMeaning) {
    diagnostics.info('cluster/unclustered-terms', `${unclustered.length} frequent term(s) co-occur with no other and belong to no factor: ${unclustered.map((t) => `\`${t}\``).join(', ')}`);
  }

  const network: TermNetwork = {
    nodes: selected.map((t) => ({ term: t.term, definitions: t.definitions, factorId: factorOf.get(t.term) })),
    edges,
  };
  return { factors, network, factorOf, fitOf: termFit(factors, documents) };
}

/**
 * How well each term that joined a factor fits it. The anchors are the factor's seed terms, or for
 * an emergent factor its other terms. A lift at or below 1 marks a term that joined on no more than
 * chance co-occurrence. Seed terms belong by the codebook: they get no fit.
 */
export function termFit(factors: readonly Factor[], documents: readonly (readonly string[])[]): Map<string, TermFit> {
  const fit = new Map<string, TermFit>();
  const sets = documents.map((d) => new Set(d));
  for (const f of factors) {
    for (const term of f.terms) {
      if (f.seeds.includes(term)) continue;
      const anchors = f.seeds.length ? f.seeds : f.terms.filter((t) => t !== term);
      const anchored = (d: ReadonlySet<string>) => anchors.some((a) => d.has(a));
      const using = sets.filter((d) => d.has(term));
      const share = using.length ? using.filter(anchored).length / using.length : 0;
      const base = sets.length ? sets.filter(anchored).length / sets.length : 0;
      fit.set(term, { fit: share, lift: base ? share / base : 0 });
    }
  }
  return fit;
}

/** Term → group from the groups by meaning (keyed `~<first term>`, as emergent groups are), and the co-occurrence network's edges. */
function meaningPartition(
  byMeaning: NonNullable<ClusterInput['groupByMeaning']>,
  selected: readonly TermStats[],
  index: ReturnType<typeof indexDocuments>,
  diagnostics: Diagnostics,
): { groups: Map<string, string>; edges: ReturnType<typeof cooccurrenceEdges> } {
  const { groups, unknown } = byMeaning(selected.map((t) => ({ term: t.term, pos: t.pos, variants: t.variants, definitions: t.definitions })));
  if (unknown.length) {
    diagnostics.info('cluster/not-in-wordnet', `${unknown.length} frequent term(s) are not in WordNet under any form and belong to no factor: ${unknown.map((t) => `\`${t}\``).join(', ')}`);
  }
  const byTerm = new Map<string, string>();
  for (const g of groups) for (const t of g.terms) byTerm.set(t, `~${[...g.terms].sort(compare)[0]}`);
  return { groups: byTerm, edges: cooccurrenceEdges(cooccurrence(index)) };
}

function termsByDefinition(input: ClusterInput, selected: ReadonlyMap<string, TermStats>): string[][] {
  const byId = new Map<string, string[]>(input.definitionIds.map((id) => [id, []]));
  for (const dt of input.definitionTerms) if (selected.has(dt.term)) byId.get(dt.definitionId)?.push(dt.term);
  return [...byId.values()];
}

/** Seed phrase → term of the corpus, through the merge keys; reports codebook factors the corpus never uses. */
function resolveSeeds(input: ClusterInput, selected: ReadonlyMap<string, TermStats>, diagnostics: Diagnostics): Map<string, string> {
  const termOfKey = new Map<string, string>();
  for (const t of input.terms) for (const key of t.key.split('|')) termOfKey.set(key, t.term);
  const seedOf = new Map<string, string>();
  input.codebook.forEach((factor, i) => {
    let found = 0;
    for (const key of input.seedKeys[i] ?? []) {
      const term = key === undefined ? undefined : termOfKey.get(key);
      if (term === undefined || !selected.has(term) || seedOf.has(term)) continue;
      seedOf.set(term, factor.id);
      found++;
    }
    if (found === 0) {
      diagnostics.info('cluster/unused-codebook-factor', `Codebook factor \`${factor.id}\` has no seed term among the frequent terms; it is not a factor of this corpus`, {
        file: 'codebook.csv',
        line: factor.line,
      });
    }
  });
  return seedOf;
}

function nameFactors(
  groups: ReadonlyMap<string, string>,
  seedOf: ReadonlyMap<string, string>,
  codebook: readonly CodebookFactor[],
  stats: ReadonlyMap<string, TermStats>,
  documents: readonly (readonly string[])[],
  withCodebook: boolean,
  byMeaning = false,
): Factor[] {
  const byGroup = invert(groups);
  const entries = [...byGroup].map(([group, terms]) => {
    const sorted = [...terms].sort((a, b) => compareTerms(stats.get(a)!, stats.get(b)!));
    const set = new Set(sorted);
    const definitions = documents.filter((doc) => doc.some((t) => set.has(t))).length;
    return { group, terms: sorted, definitions };
  });
  entries.sort((a, b) => b.definitions - a.definitions || compare(a.group, b.group));
  const codebookById = new Map(codebook.map((f) => [f.id, f]));
  let emergent = 0;
  return entries.map(({ group, terms, definitions }) => {
    const share = documents.length ? definitions / documents.length : 0;
    const entry = codebookById.get(group);
    if (entry) {
      const seeds = terms.filter((t) => seedOf.get(t) === group);
      return { id: entry.id, label: entry.label, description: entry.description, origin: 'codebook' as const, terms, seeds, definitions, share, stability: undefined };
    }
    emergent++;
    return {
      id: `${withCodebook ? 'emergent' : 'factor'}-${emergent}`,
      label: terms.slice(0, 3).join(' / '),
      description: withCodebook ? 'Emergent: terms used together that no codebook factor names' : byMeaning ? 'Terms of related meaning (WordNet)' : 'Terms used together',
      origin: 'emergent' as const,
      terms,
      seeds: [],
      definitions,
      share,
      stability: undefined,
    };
  });
}

function invert(groups: ReadonlyMap<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [term, g] of groups) pushTo(out, g, term);
  return out;
}

/** How well a factor's terms are found again: the best Jaccard overlap with any resampled group. */
export function bestJaccard(terms: readonly string[], groups: ReadonlyMap<string, readonly string[]>): number {
  const set = new Set(terms);
  let bestScore = 0;
  for (const other of groups.values()) {
    let shared = 0;
    for (const t of other) if (set.has(t)) shared++;
    const score = shared / (set.size + other.length - shared);
    if (score > bestScore) bestScore = score;
  }
  return bestScore;
}
