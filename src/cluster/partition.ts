import { UndirectedGraph } from 'graphology';
import louvainCjs from 'graphology-communities-louvain';
import { compare, pushTo } from '../core/text.js';
import { cooccurrence, edges, type Edge, type Incidence } from './cooccurrence.js';

// The package's CJS typings mistype the default export under NodeNext.
const louvain = louvainCjs as unknown as typeof louvainCjs.default;

export interface PartitionOptions {
  /** Seed term → codebook factor id. */
  readonly seedOf: ReadonlyMap<string, string>;
  readonly resolution: number;
  readonly random: () => number;
}

/**
 * Groups terms that definitions use together. Louvain communities of the association-strength
 * network come first. With a codebook, seed terms keep their factor; a term in a community with
 * seeds joins, of the factors seeded in its community, the one whose seeds it shares the most
 * definitions with (then the strongest association); a community without seeds is an emergent
 * group, keyed `~<its first term>`. `weights` counts each document that many times (a bootstrap
 * resample). Returns term → group (codebook id or `~…`; terms linked to no other are left out) and
 * the network's edges.
 */
export function partition(index: Incidence, options: PartitionOptions, weights?: ArrayLike<number>): { groups: Map<string, string>; edges: Edge[] } {
  const counts = cooccurrence(index, weights);
  const links = edges(counts);
  const { terms: names } = index;
  const weightOf = (d: number) => (weights ? weights[d]! : 1);
  const graph = new UndirectedGraph();
  names.forEach((term, i) => {
    if (counts.df[i]! > 0) graph.addNode(term);
  });
  const weight = new Map<string, Map<string, number>>();
  for (const e of links) {
    graph.addEdge(e.source, e.target, { weight: e.strength });
    link(weight, e.source, e.target, e.strength);
    link(weight, e.target, e.source, e.strength);
  }
  const community = graph.size > 0 ? louvain(graph, { getEdgeWeight: 'weight', resolution: options.resolution, rng: options.random }) : {};

  const members = new Map<number, string[]>();
  for (const term of graph.nodes()) {
    const c = community[term];
    if (c === undefined || !weight.has(term)) continue;
    pushTo(members, c, term);
  }

  const group = new Map<string, string>();
  const affinity = (term: string, terms: Iterable<string>) => {
    let sum = 0;
    for (const other of terms) sum += weight.get(term)?.get(other) ?? 0;
    return sum;
  };
  // The (weighted) documents of each term and of each factor's seeds, for the assignment below.
  const docsOfTerm = new Map<string, number[]>();
  const docsOfFactor = new Map<string, Set<number>>();
  for (let d = 0; d + 1 < index.offsets.length; d++) {
    if (weightOf(d) === 0) continue;
    for (let i = index.offsets[d]!; i < index.offsets[d + 1]!; i++) {
      const term = names[index.items[i]!]!;
      pushTo(docsOfTerm, term, d);
      const f = options.seedOf.get(term);
      if (f) {
        let set = docsOfFactor.get(f);
        if (!set) docsOfFactor.set(f, (set = new Set()));
        set.add(d);
      }
    }
  }
  const weighted = (docs: Iterable<number>) => {
    let sum = 0;
    for (const d of docs) sum += weightOf(d);
    return sum;
  };
  const factors = [...docsOfFactor].map(([f, docs]) => ({ id: f, docs, size: weighted(docs) })).sort((a, b) => compare(a.id, b.id));
  // Definitions shared with a factor's seeds decide; association strength (shared over expected if
  // independent) only breaks ties, as on its own it lets one rare seed pull in rare terms.
  const score = (term: string, factor: (typeof factors)[number]) => {
    const own = docsOfTerm.get(term) ?? [];
    const both = weighted(own.filter((d) => factor.docs.has(d)));
    const strength = own.length && factor.size ? (both * counts.documents) / (weighted(own) * factor.size) : 0;
    return [both, strength];
  };
  for (const terms of members.values()) {
    const here = new Set(terms.map((t) => options.seedOf.get(t)).filter((f) => f !== undefined));
    const candidates = factors.filter((f) => here.has(f.id)).map((f) => [f.id, f] as const);
    for (const t of terms) {
      const own = options.seedOf.get(t);
      if (own) {
        group.set(t, own);
      } else if (candidates.length) {
        group.set(t, best(candidates, ([, f]) => score(t, f))[0]);
      } else {
        group.set(t, `~${[...terms].sort(compare)[0]}`);
      }
    }
  }
  // A one-term emergent group is no factor: the term joins the group it is most associated with.
  const groupsOf = new Map<string, string[]>();
  for (const [t, g] of group) pushTo(groupsOf, g, t);
  for (const [g, terms] of groupsOf) {
    if (!g.startsWith('~') || terms.length > 1) continue;
    const term = terms[0]!;
    const others = [...groupsOf].filter(([other, ts]) => other !== g && !(other.startsWith('~') && ts.length < 2));
    if (others.length) {
      const [target] = best(others, ([, ts]) => [affinity(term, ts)]);
      if (affinity(term, groupsOf.get(target)!) > 0) group.set(term, target);
    }
  }
  // Seeds the network left out (no association at all) still name their factor.
  for (const [term, f] of options.seedOf) if (docsOfTerm.has(term) && !group.has(term)) group.set(term, f);
  return { groups: group, edges: links };
}

/** The item with the highest scores (compared in order), ties broken by the first element's name. */
function best<T extends readonly [string, ...unknown[]]>(items: readonly T[], score: (item: T) => number[]): T {
  let top = items[0]!;
  let topScore = score(top);
  for (const item of items.slice(1)) {
    const s = score(item);
    const i = s.findIndex((v, k) => v !== topScore[k]);
    if ((i >= 0 && s[i]! > topScore[i]!) || (i < 0 && compare(item[0], top[0]) < 0)) {
      top = item;
      topScore = s;
    }
  }
  return top;
}

function link(map: Map<string, Map<string, number>>, a: string, b: string, w: number): void {
  let m = map.get(a);
  if (!m) map.set(a, (m = new Map()));
  m.set(b, w);
}
