import type { CodebookFactor } from '../config/codebook.js';
import type { Config } from '../config/schema.js';
import type { Diagnostics } from '../core/diagnostics.js';
import { compare, someNamed } from '../core/text.js';
import { compareTerms, type Factor, type TermFactors, type TermNetwork, type TermStats, type TermUses } from '../model/index.js';
import { cooccurrence, edges as edgesOf, incidence, type Incidence } from './cooccurrence.js';
import { TermGraph } from './partition.js';
import { countingRandom, idOrder, invert, measureStability, type StabilityJob } from './stability.js';
import type { SemanticResult, SemanticTerm } from './semantic.js';

export interface ClusterInput {
  /** Every term, most definitions first (`terms` stage order). */
  readonly terms: readonly TermStats[];
  readonly uses: TermUses;
  /** The analysed definitions' ids, in order: the bootstrap draws them by id, so row order does not matter. */
  readonly definitionIds: readonly string[];
  readonly codebook: readonly CodebookFactor[];
  /** For term labels, the codebook factor (its index) whose rules match them, or -1: a term the codebook names anchors its factor. */
  readonly codebookFactorOf: (labels: readonly string[]) => readonly number[];
  /** Groups terms by meaning (WordNet): used instead of co-occurrence when there is no codebook and `factors.method` is `semantic`. */
  readonly groupByMeaning?: (terms: readonly SemanticTerm[]) => SemanticResult;
}

export interface Clustered {
  /** With `deferStability`, their stability is undefined until `stability` is measured. */
  readonly factors: Factor[];
  readonly network: TermNetwork;
  /** Which term is in which factor, and how well it fits; the coding stage decides which terms code. */
  readonly termFactors: Omit<TermFactors, 'codes'>;
  /** With `deferStability`: the bootstrap still to run (`measureStability`), one value per factor in `factors` order. */
  readonly stability?: StabilityJob;
}

/**
 * Clusters the frequent terms into factors and measures how stable each factor is, or with
 * `deferStability` hands the bootstrap back as a job (it can run on another thread meanwhile).
 */
export function cluster(input: ClusterInput, config: Config, diagnostics: Diagnostics, options: { readonly deferStability?: boolean } = {}): Clustered {
  const { minDefinitions, maxTerms, resolution, bootstrap, nestedShare } = config.factors;
  // Verbs say what a city does, not what it is about; a word mostly said inside a longer term
  // ("life" in "quality of life") would only double that term.
  // A term the codebook names is its factor's whatever its kind or nesting ("network" said only in
  // "communication network" is still ICT's).
  const frequent = input.terms.flatMap((t, i) => (t.definitions >= minDefinitions ? [i] : []));
  const named = new Set<number>();
  // Each label's factor is asked for twice (frequent terms, then the clustered ones): tokenized once.
  const factorOfLabel = new Map<string, number>();
  if (config.factors.codebook) {
    const labels = frequent.map((t) => input.terms[t]!.term);
    const factorOf = input.codebookFactorOf(labels);
    labels.forEach((label, k) => factorOfLabel.set(label, factorOf[k]!));
    frequent.forEach((t, k) => factorOf[k]! >= 0 && named.add(t));
  }
  const selected: number[] = [];
  for (const i of frequent) {
    const t = input.terms[i]!;
    if (selected.length < maxTerms && (named.has(i) || (t.pos !== 'VERB' && t.nested < nestedShare * t.frequency))) selected.push(i);
  }
  const index = incidence(input.uses, input.terms, selected);
  const statsOf = new Map(selected.map((i) => [input.terms[i]!.term, input.terms[i]!]));
  const codebookFactorOf = (labels: readonly string[]) => {
    const missing = labels.filter((label) => !factorOfLabel.has(label));
    if (missing.length) input.codebookFactorOf(missing).forEach((f, k) => factorOfLabel.set(missing[k]!, f));
    return labels.map((label) => factorOfLabel.get(label)!);
  };
  const seedOf = config.factors.codebook ? resolveSeeds({ ...input, codebookFactorOf }, statsOf, diagnostics) : new Map<string, string>();
  const { random, draws } = countingRandom(config.seed);

  const byMeaning = !config.factors.codebook && config.factors.method === 'semantic' ? input.groupByMeaning : undefined;
  const graph = byMeaning ? undefined : new TermGraph(index);
  const groups = graph ? graph.partition({ seedOf, resolution, random }) : meaningGroups(byMeaning!, [...statsOf.values()], diagnostics);
  const factors = nameFactors(groups, seedOf, input.codebook, statsOf, index, config.factors.codebook, Boolean(byMeaning));
  // Groups by meaning do not depend on which definitions are drawn: there is no bootstrap to measure.
  let stability: StabilityJob | undefined;
  if (graph && bootstrap > 0) {
    const job: StabilityJob = {
      incidence: index,
      seedOf: [...seedOf],
      resolution,
      seed: config.seed,
      draws: draws(),
      byId: idOrder(input.definitionIds),
      factorTerms: factors.map((f) => f.terms),
      resamples: bootstrap,
    };
    if (options.deferStability) stability = job;
    else
      withStability(
        factors,
        factors.map((f) => f.id),
        measureStability(job, graph),
      );
  }
  warnUnstable(factors, input, named, selected, config, diagnostics);
  const edges = edgesOf(cooccurrence(index));

  const termFactors = assignTerms(input.terms.length, factors, groups, index, seedOf);
  const unclustered = selected.filter((t) => termFactors.factor[t]! < 0).map((t) => input.terms[t]!.term);
  if (unclustered.length && !byMeaning) {
    diagnostics.info(
      'cluster/unclustered-terms',
      `${unclustered.length} frequent term(s) co-occur with no other and belong to no factor: ${unclustered.map((t) => `\`${t}\``).join(', ')}`,
    );
  }
  const network: TermNetwork = {
    nodes: selected.map((t) => ({ term: input.terms[t]!.term, definitions: input.terms[t]!.definitions, factorId: factors[termFactors.factor[t]!]?.id })),
    edges,
  };
  return { factors, network, termFactors, ...(stability ? { stability } : {}) };
}

/**
 * Sets each factor's stability from `values`, measured for the factors `ids` (by id: the coding
 * stage reorders and drops factors, and adds codebook factors the clustering did not find).
 */
export function withStability(factors: Factor[], ids: readonly string[], values: readonly number[]): Factor[] {
  const byId = new Map(ids.map((id, i) => [id, values[i]!]));
  factors.forEach((f, i) => {
    // A factor of one term is found whole in every resample by construction: no stability to report.
    if (byId.has(f.id) && f.terms.length > 1) factors[i] = { ...f, stability: byId.get(f.id) };
  });
  return factors;
}

/**
 * What a reader of the factor table must not take on trust: a factor of one term (found again
 * whole in every resample by construction, so its stability is not reported; only a warning for a
 * factor the data made, as a codebook factor is its rules), and a term the codebook names that
 * `factors.maxTerms` left out of the clustering. The rules still code its definitions.
 */
export function warnUnstable(
  factors: Factor[],
  input: ClusterInput,
  named: ReadonlySet<number>,
  selected: readonly number[],
  config: Config,
  diagnostics: Diagnostics,
): void {
  factors.forEach((f, i) => {
    if (f.terms.length !== 1) return;
    factors[i] = { ...f, stability: undefined };
    if (f.origin === 'codebook') {
      diagnostics.info(
        'cluster/single-term-factor',
        `Codebook factor \`${f.id}\` gathered one frequent term, \`${f.terms[0]}\`; its stability is not reported (its rules code the matrix)`,
      );
    } else {
      diagnostics.warn(
        'cluster/single-term-factor',
        `Factor \`${f.id}\` has one term, \`${f.terms[0]}\`: it is a word, not a group of words used together, and its stability is not reported`,
      );
    }
  });
  const chosen = new Set(selected);
  const outside = [...named].filter((t) => !chosen.has(t)).map((t) => input.terms[t]!.term);
  if (outside.length) {
    diagnostics.warn(
      'cluster/codebook-term-outside',
      `${outside.length} term(s) the codebook names are in no factor: \`factors.maxTerms\` (${config.factors.maxTerms}) left them out of the clustering; their rules still code them: ${someNamed(outside, 20)}`,
      { file: 'codebook.csv' },
    );
  }
}

/** Term → group from the groups by meaning (keyed `~<first term>`, as emergent groups are). */
function meaningGroups(byMeaning: NonNullable<ClusterInput['groupByMeaning']>, selected: readonly TermStats[], diagnostics: Diagnostics): Map<string, string> {
  const { groups, unknown } = byMeaning(selected.map((t) => ({ term: t.term, pos: t.pos, variants: t.variants, definitions: t.definitions })));
  if (unknown.length) {
    diagnostics.info(
      'cluster/not-in-wordnet',
      `${unknown.length} frequent term(s) are not in WordNet under any form and belong to no factor: ${unknown.map((t) => `\`${t}\``).join(', ')}`,
    );
  }
  const byTerm = new Map<string, string>();
  for (const g of groups) for (const t of g.terms) byTerm.set(t, `~${[...g.terms].sort(compare)[0]}`);
  return byTerm;
}

/** Term → factor (index into `factors`), and how well each term that joined a factor fits it. */
function assignTerms(
  termCount: number,
  factors: readonly Factor[],
  groups: ReadonlyMap<string, string>,
  index: Incidence,
  seedOf: ReadonlyMap<string, string>,
): Omit<TermFactors, 'codes'> {
  const factorOfGroup = new Map<string, number>();
  factors.forEach((f, i) => {
    for (const t of f.terms) factorOfGroup.set(groups.get(t)!, i);
  });
  const factor = new Int32Array(termCount).fill(-1);
  index.terms.forEach((label, l) => {
    const g = groups.get(label);
    if (g !== undefined) factor[index.termIds[l]!] = factorOfGroup.get(g) ?? -1;
  });
  const { fit, lift } = termFit(factors, index, seedOf, termCount);
  return { factor, fit, lift };
}

/**
 * How well each term that joined a factor fits it: the share of the definitions using the term
 * that also use one of the factor's anchors (its seed terms, or for an emergent factor its other
 * terms), and that share over the share of all definitions using an anchor (the lift: at or below
 * 1, the term joined on no more than chance co-occurrence). Seed terms belong by the codebook: NaN.
 */
export function termFit(
  factors: readonly Factor[],
  index: Incidence,
  seedOf: ReadonlyMap<string, string>,
  termCount: number,
): { fit: Float64Array; lift: Float64Array } {
  const fit = new Float64Array(termCount).fill(NaN);
  const lift = new Float64Array(termCount).fill(NaN);
  const localOf = new Map(index.terms.map((t, l) => [t, l]));
  const definitions = index.offsets.length - 1;
  const factorOf = new Int32Array(index.terms.length).fill(-1);
  factors.forEach((f, i) => {
    for (const t of f.terms) factorOf[localOf.get(t)!] = i;
  });
  const seeded = factors.map((f) => f.terms.some((t) => seedOf.get(t) === f.id));
  const isAnchor = (l: number, f: number) => !seeded[f] || seedOf.get(index.terms[l]!) === factors[f]!.id;
  // Per factor, per definition: how many of its anchors (seeds, or all its terms) the definition uses.
  const F = factors.length;
  const anchorsIn = new Int32Array(F * definitions);
  for (let d = 0; d < definitions; d++) {
    for (let i = index.offsets[d]!; i < index.offsets[d + 1]!; i++) {
      const l = index.items[i]!;
      const f = factorOf[l]!;
      if (f >= 0 && isAnchor(l, f)) anchorsIn[f * definitions + d]!++;
    }
  }
  // Definitions with at least one anchor, and with exactly one (an emergent term may be that one).
  const anchored = new Int32Array(F);
  const anchoredOnce = new Int32Array(F);
  for (let f = 0; f < F; f++) {
    for (let d = 0; d < definitions; d++) {
      const a = anchorsIn[f * definitions + d]!;
      if (a > 0) anchored[f]!++;
      if (a === 1) anchoredOnce[f]!++;
    }
  }
  const using = new Int32Array(index.terms.length);
  const usingAnchored = new Int32Array(index.terms.length);
  const usingAlone = new Int32Array(index.terms.length);
  for (let d = 0; d < definitions; d++) {
    for (let i = index.offsets[d]!; i < index.offsets[d + 1]!; i++) {
      const l = index.items[i]!;
      const f = factorOf[l]!;
      if (f < 0) continue;
      const a = anchorsIn[f * definitions + d]!;
      // Anchors other than the term itself (an emergent factor's terms anchor each other).
      const others = a - (seeded[f] ? 0 : 1);
      using[l]!++;
      if (others > 0) usingAnchored[l]!++;
      if (!seeded[f] && a === 1) usingAlone[l]!++;
    }
  }
  index.terms.forEach((label, l) => {
    const f = factorOf[l]!;
    if (f < 0 || (seeded[f] && isAnchor(l, f))) return;
    const share = using[l] ? usingAnchored[l]! / using[l]! : 0;
    // Definitions anchored without counting the term: for an emergent factor, those where it is the only one drop out.
    const base = (seeded[f] ? anchored[f]! : anchored[f]! - usingAlone[l]!) / (definitions || 1);
    fit[index.termIds[l]!] = share;
    lift[index.termIds[l]!] = base ? share / base : 0;
  });
  return { fit, lift };
}

/** Clustered term → codebook factor id, for the terms the codebook's rules name; reports codebook factors no frequent term names. */
function resolveSeeds(input: ClusterInput, selected: ReadonlyMap<string, TermStats>, diagnostics: Diagnostics): Map<string, string> {
  const labels = [...selected.keys()];
  const factorOf = input.codebookFactorOf(labels);
  const seedOf = new Map<string, string>();
  labels.forEach((label, i) => {
    const f = input.codebook[factorOf[i]!];
    if (f) seedOf.set(label, f.id);
  });
  const named = new Set(seedOf.values());
  for (const factor of input.codebook) {
    if (named.has(factor.id)) continue;
    diagnostics.info('cluster/unused-codebook-factor', `No frequent term is one of codebook factor \`${factor.id}\`'s; only its rules can code it`, {
      file: 'codebook.csv',
      line: factor.line,
    });
  }
  return seedOf;
}

/** How many definitions use any term of each group (a term is in one group at most): one pass over the definitions. */
function definitionsPerGroup(index: Incidence, groupTerms: readonly (readonly string[])[]): Int32Array {
  const localOf = new Map(index.terms.map((t, l) => [t, l]));
  const groupOf = new Int32Array(index.terms.length).fill(-1);
  groupTerms.forEach((terms, g) => terms.forEach((t) => (groupOf[localOf.get(t)!] = g)));
  const counts = new Int32Array(groupTerms.length);
  // The last definition each group was counted for.
  const countedIn = new Int32Array(groupTerms.length).fill(-1);
  for (let d = 0; d + 1 < index.offsets.length; d++) {
    for (let i = index.offsets[d]!; i < index.offsets[d + 1]!; i++) {
      const g = groupOf[index.items[i]!]!;
      if (g >= 0 && countedIn[g] !== d) {
        countedIn[g] = d;
        counts[g]!++;
      }
    }
  }
  return counts;
}

function nameFactors(
  groups: ReadonlyMap<string, string>,
  seedOf: ReadonlyMap<string, string>,
  codebook: readonly CodebookFactor[],
  stats: ReadonlyMap<string, TermStats>,
  index: Incidence,
  withCodebook: boolean,
  byMeaning = false,
): Factor[] {
  const byGroup = [...invert(groups)];
  const definitions = index.offsets.length - 1;
  const counts = definitionsPerGroup(
    index,
    byGroup.map(([, terms]) => terms),
  );
  const entries = byGroup.map(([group, terms], g) => {
    const sorted = [...terms].sort((a, b) => compareTerms(stats.get(a)!, stats.get(b)!));
    return { group, terms: sorted, definitions: counts[g]! };
  });
  entries.sort((a, b) => b.definitions - a.definitions || compare(a.group, b.group));
  const codebookById = new Map(codebook.map((f) => [f.id, f]));
  let emergent = 0;
  return entries.map(({ group, terms, definitions: count }) => {
    const share = definitions ? count / definitions : 0;
    const entry = codebookById.get(group);
    if (entry) {
      const seeds = terms.filter((t) => seedOf.get(t) === group);
      return {
        id: entry.id,
        label: entry.label,
        description: entry.description,
        origin: 'codebook' as const,
        terms,
        seeds,
        rules: [],
        definitions: count,
        share,
        stability: undefined,
      };
    }
    emergent++;
    return {
      id: `${withCodebook ? 'emergent' : 'factor'}-${emergent}`,
      label: terms.slice(0, 3).join(' / '),
      description: withCodebook
        ? 'Emergent: terms used together that no codebook factor names'
        : byMeaning
          ? 'Terms of related meaning (WordNet)'
          : 'Terms used together',
      origin: 'emergent' as const,
      terms,
      seeds: [],
      rules: [],
      definitions: count,
      share,
      stability: undefined,
    };
  });
}

export { bestJaccard } from './stability.js';
