import { compare } from '../core/text.js';
import { cooccurrence, type Cooccurrence, type Incidence } from './cooccurrence.js';
import { Louvain, LouvainNetwork } from './louvain.js';

export interface PartitionOptions {
  /** Seed term → codebook factor id. */
  readonly seedOf: ReadonlyMap<string, string>;
  readonly resolution: number;
  readonly random: () => number;
}

/**
 * The term network, built once from every definition: its nodes (terms used at all) and edges
 * (pairs used together at least once). A bootstrap resample only reweights it: building a graph
 * per resample cost more than clustering it.
 */
export class TermGraph {
  /** Node number → local term number: the terms used at all, in term order. */
  readonly nodeTerm: Int32Array;
  /** Edge number → its two local term numbers. */
  readonly edgeA: Int32Array;
  readonly edgeB: Int32Array;
  readonly #louvain: Louvain;
  /** The weights Louvain reads, rewritten for each partition. */
  readonly #weight: Float64Array;
  /** The counts and association strengths of the last partition, overwritten by the next. */
  #counts: Cooccurrence | undefined;
  #strength: Float64Array | undefined;

  constructor(readonly index: Incidence) {
    const full = cooccurrence(index);
    const n = index.terms.length;
    // Nodes and edges in the order the graphology graph this replaces added them: Louvain's result depends on it.
    const nodeOf = new Int32Array(n).fill(-1);
    const nodes: number[] = [];
    for (let i = 0; i < n; i++) if (full.df[i]! > 0) nodeOf[i] = nodes.push(i) - 1;
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (full.pairs[i * n + j]! <= 0) continue;
        a.push(i);
        b.push(j);
      }
    }
    this.nodeTerm = Int32Array.from(nodes);
    this.edgeA = Int32Array.from(a);
    this.edgeB = Int32Array.from(b);
    this.#weight = new Float64Array(a.length);
    const network = new LouvainNetwork(
      nodes.length,
      Int32Array.from(a, (t) => nodeOf[t]!),
      Int32Array.from(b, (t) => nodeOf[t]!),
    );
    this.#louvain = new Louvain(network);
  }

  /**
   * Per term: 1 when an edge of positive weight touches it. A method of its own (not a loop inside
   * `partition`) because V8 compiles a long first loop on the spot (on-stack replacement) before
   * the code after it has run once, and that code then left the compiled loop at every call: 48
   * times in a 20k run's 50 resamples.
   */
  #linked(termCount: number): Uint8Array {
    const linked = new Uint8Array(termCount);
    for (let e = 0; e < this.edgeA.length; e++) {
      if (this.#weight[e]! > 0) linked[this.edgeA[e]!] = linked[this.edgeB[e]!] = 1;
    }
    return linked;
  }

  /**
   * Groups terms that definitions use together. Louvain communities of the association-strength
   * network come first. With a codebook, seed terms keep their factor; a term in a community with
   * seeds joins, of the factors seeded in its community, the one whose seeds it shares the most
   * definitions with (then the strongest association); a community without seeds is an emergent
   * group, keyed `~<its first term>`. `weights` counts each definition that many times (a bootstrap
   * resample). Returns term → group (codebook id or `~…`); terms linked to no other are left out.
   */
  partition(options: PartitionOptions, weights?: ArrayLike<number>): Map<string, string> {
    const counts = (this.#counts = cooccurrence(this.index, weights, this.#counts));
    const strength = this.#strengths(counts);
    const names = this.index.terms;
    const linked = this.#linked(names.length);
    const members = new Map<number, number[]>();
    if (this.#weight.some((w) => w > 0)) {
      const { community } = this.#louvain.run(this.#weight, options.resolution, options.random);
      this.nodeTerm.forEach((l, node) => {
        if (!linked[l]) return;
        const c = community[node]!;
        let list = members.get(c);
        if (!list) members.set(c, (list = []));
        list.push(l);
      });
    }
    const group = new Map<string, string>();
    const factorIds = [...new Set(options.seedOf.values())].sort(compare);
    const seedFactor = Int32Array.from(names, (t) => (options.seedOf.has(t) ? factorIds.indexOf(options.seedOf.get(t)!) : -1));
    const shared = sharedDefinitions(this.index, this.#seedFactorsOf(options.seedOf, seedFactor, factorIds.length), counts.df, weights);
    // Definitions shared with a factor's seeds decide; association strength (shared over expected if
    // independent) only breaks ties, as on its own it lets one rare seed pull in rare terms.
    const score = (l: number, f: number) => {
      const both = shared.termFactor[l * factorIds.length + f]!;
      const own = shared.term[l]!;
      const size = shared.factor[f]!;
      return [both, own && size ? (both * counts.documents) / (own * size) : 0];
    };
    for (const terms of members.values()) {
      const here = [...new Set(terms.map((l) => seedFactor[l]!).filter((f) => f >= 0))].sort((x, y) => x - y);
      for (const l of terms) {
        const own = options.seedOf.get(names[l]!);
        if (own) group.set(names[l]!, own);
        else if (here.length)
          group.set(
            names[l]!,
            factorIds[
              best(
                here,
                (f) => score(l, f),
                (f) => factorIds[f]!,
              )
            ]!,
          );
        else group.set(names[l]!, `~${terms.map((t) => names[t]!).sort(compare)[0]}`);
      }
    }
    // A one-term emergent group is no factor: the term joins the group it is most associated with.
    const groupsOf = new Map<string, number[]>();
    for (const [t, g] of group) {
      const list = groupsOf.get(g);
      if (list) list.push(this.#local(t));
      else groupsOf.set(g, [this.#local(t)]);
    }
    const affinity = (l: number, terms: readonly number[]) => terms.reduce((sum, o) => sum + strength[l * names.length + o]!, 0);
    for (const [g, terms] of groupsOf) {
      if (!g.startsWith('~') || terms.length > 1) continue;
      const l = terms[0]!;
      const others = [...groupsOf].filter(([other, ts]) => other !== g && !(other.startsWith('~') && ts.length < 2));
      if (!others.length) continue;
      const target =
        others[
          best(
            others.map((_, i) => i),
            (i) => [affinity(l, others[i]![1])],
            (i) => others[i]![0],
          )
        ]!;
      if (affinity(l, target[1]) > 0) group.set(names[l]!, target[0]);
    }
    // Seeds the network left out (no association at all) still name their factor.
    for (const [term, f] of options.seedOf) {
      const l = this.#local(term);
      if (l >= 0 && shared.term[l]! > 0 && !group.has(term)) group.set(term, f);
    }
    return group;
  }

  /** Association strength of every linked pair, symmetric, dense; also sets the Louvain weights. */
  #strengths(counts: Cooccurrence): Float64Array {
    const n = this.index.terms.length;
    const strength = (this.#strength = this.#strength?.fill(0) ?? new Float64Array(n * n));
    for (let e = 0; e < this.edgeA.length; e++) {
      const a = this.edgeA[e]!;
      const b = this.edgeB[e]!;
      const c = counts.pairs[a * n + b]!;
      const s = c > 0 ? (c * counts.documents) / (counts.df[a]! * counts.df[b]!) : 0;
      this.#weight[e] = s;
      strength[a * n + b] = strength[b * n + a] = s;
    }
    return strength;
  }

  /** Each definition's seeded factors for the last seed assignment (a bootstrap partitions many times with one). */
  #seedFactors: { readonly seedOf: ReadonlyMap<string, string>; readonly lists: SeedFactors } | undefined;
  #seedFactorsOf(seedOf: ReadonlyMap<string, string>, seedFactor: Int32Array, factors: number): SeedFactors {
    if (this.#seedFactors?.seedOf !== seedOf) this.#seedFactors = { seedOf, lists: seedFactorsOf(this.index, seedFactor, factors) };
    return this.#seedFactors.lists;
  }

  #localOf: Map<string, number> | undefined;
  #local(term: string): number {
    this.#localOf ??= new Map(this.index.terms.map((t, i) => [t, i]));
    return this.#localOf.get(term) ?? -1;
  }
}

/** The factors whose seeds each definition uses (few, often none), in the order its terms name them: definition `d` has `factors[offsets[d]..offsets[d + 1]]`. */
interface SeedFactors {
  readonly factors: number;
  readonly offsets: Int32Array;
  readonly items: Int32Array;
}

export function seedFactorsOf(index: Incidence, seedFactor: Int32Array, factors: number): SeedFactors {
  const definitions = index.offsets.length - 1;
  const offsets = new Int32Array(definitions + 1);
  const items: number[] = [];
  const inDefinition = new Uint8Array(factors);
  for (let d = 0; d < definitions; d++) {
    const from = items.length;
    for (let i = index.offsets[d]!; i < index.offsets[d + 1]!; i++) {
      const f = seedFactor[index.items[i]!]!;
      if (f >= 0 && !inDefinition[f]) {
        inDefinition[f] = 1;
        items.push(f);
      }
    }
    for (let k = from; k < items.length; k++) inDefinition[items[k]!] = 0;
    offsets[d + 1] = items.length;
  }
  return { factors, offsets, items: Int32Array.from(items) };
}

/**
 * The (weighted) definitions of each term, of each factor's seeds, and of both. Those of each term
 * are its document frequency `df` (the same sums, in the same order).
 */
export function sharedDefinitions(index: Incidence, seeded: SeedFactors, df: Float64Array, weights?: ArrayLike<number>) {
  const { factors } = seeded;
  const n = index.terms.length;
  const factor = new Float64Array(factors);
  const termFactor = new Float64Array(n * factors);
  // Made before the loop, not after: V8 compiles the loop on the spot in the first call, and code
  // after it that had not run yet made every later call leave the compiled loop (51 times in a 20k run).
  const shared = { term: df, factor, termFactor };
  for (let d = 0; d + 1 < index.offsets.length; d++) {
    const w = weights ? weights[d]! : 1;
    const first = seeded.offsets[d]!;
    const last = seeded.offsets[d + 1]!;
    if (w === 0 || first === last) continue;
    for (let k = first; k < last; k++) factor[seeded.items[k]!]! += w;
    for (let i = index.offsets[d]!; i < index.offsets[d + 1]!; i++) {
      const row = index.items[i]! * factors;
      for (let k = first; k < last; k++) termFactor[row + seeded.items[k]!]! += w;
    }
  }
  return shared;
}

/** The item with the highest scores (compared in order), ties broken by name. */
function best<T extends NonNullable<unknown>>(items: readonly T[], score: (item: T) => number[], name: (item: T) => string): T {
  let top = items[0]!;
  let topScore = score(top);
  for (const item of items.slice(1)) {
    const s = score(item);
    const i = s.findIndex((v, k) => v !== topScore[k]);
    if ((i >= 0 && s[i]! > topScore[i]!) || (i < 0 && compare(name(item), name(top)) < 0)) {
      top = item;
      topScore = s;
    }
  }
  return top;
}
