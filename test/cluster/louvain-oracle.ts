import { createRequire } from 'node:module';
import { UndirectedGraph } from 'graphology';
import louvainCjs from 'graphology-communities-louvain';
import { Louvain, LouvainNetwork } from '../../src/cluster/louvain.js';
import { seededRandom } from '../../src/core/random.js';

// The package's CJS typings mistype the default export under NodeNext.
const louvain = louvainCjs as unknown as typeof louvainCjs.default;

// graphology's index (graphology-indices) and queue (mnemonist) size their typed arrays for the
// largest index, so a value equal to the size wraps to 0: at exactly 128 or 32,768 edges the last
// node's neighbours are lost, at exactly 256 or 65,536 nodes the queue's "not queued" mark is 0. The
// CSR Louvain does not copy that; the oracle is graphology with arrays wide enough, which is graphology
// itself at every other size.
const require = createRequire(import.meta.url);
const typed = require('mnemonist/utils/typed-arrays') as { getPointerArray: (size: number) => unknown };
interface QueueSet {
  dense: ArrayLike<number>;
  sparse: ArrayLike<number>;
}
const SparseQueueSet = require('mnemonist/sparse-queue-set') as { prototype: { enqueue: (this: QueueSet, member: number) => unknown } };

/** Runs `fn` with graphology's index and queue arrays 32 bits wide. */
export function withWideArrays<T>(fn: () => T): T {
  const getPointerArray = typed.getPointerArray;
  const enqueue = SparseQueueSet.prototype.enqueue;
  typed.getPointerArray = () => Uint32Array;
  SparseQueueSet.prototype.enqueue = function (this: QueueSet, member: number) {
    if (!(this.sparse instanceof Uint32Array)) {
      this.dense = Uint32Array.from(this.dense);
      this.sparse = Uint32Array.from(this.sparse);
    }
    return enqueue.call(this, member);
  };
  try {
    return fn();
  } finally {
    typed.getPointerArray = getPointerArray;
    SparseQueueSet.prototype.enqueue = enqueue;
  }
}

/** A random stream that counts its draws. */
export function counted(seed: number): { readonly random: () => number; draws: number } {
  const next = seededRandom(seed);
  const stream = { random: () => (stream.draws++, next()), draws: 0 };
  return stream;
}

/** A stream that gives `values` again, then fails: graphology must take exactly the draws ours took. */
export function replay(values: readonly number[]): { readonly random: () => number; readonly taken: () => number } {
  let k = 0;
  return {
    random: () => {
      if (k >= values.length) throw new Error(`graphology asked for draw ${k + 1}; ours took ${values.length}`);
      return values[k++]!;
    },
    taken: () => k,
  };
}

/**
 * graphology-communities-louvain on the network, called as `TermGraph` called it before the CSR
 * Louvain: nodes and edges added in order, weights read through the edge's number. The community of
 * each node, in node order.
 */
export function graphologyLouvain(
  network: LouvainNetwork,
  weights: ArrayLike<number>,
  resolution: number,
  random: () => number,
  names: readonly string[] = Array.from({ length: network.order }, (_, i) => `n${i}`),
  asPublished = false,
): Int32Array {
  const graph = new UndirectedGraph();
  for (const name of names) graph.addNode(name);
  for (let e = 0; e < network.edges; e++) graph.addUndirectedEdgeWithKey(e, names[network.source[e]!]!, names[network.target[e]!]!, { e });
  const run = () =>
    louvain(graph, {
      getEdgeWeight: (_edge: string, attributes: Record<string, unknown>) => weights[attributes.e as number]!,
      resolution,
      rng: random,
    });
  const communities = asPublished ? run() : withWideArrays(run);
  return Int32Array.from(names, (name) => communities[name]!);
}

/** graphology's detailed output (count, level, modularity) for the same call. */
export function graphologyDetailed(network: LouvainNetwork, weights: ArrayLike<number>, resolution: number, random: () => number) {
  const graph = new UndirectedGraph();
  for (let i = 0; i < network.order; i++) graph.addNode(`n${i}`);
  for (let e = 0; e < network.edges; e++) graph.addUndirectedEdgeWithKey(e, `n${network.source[e]}`, `n${network.target[e]}`, { e });
  // The package's typings leave out `level`, which its detailed output has.
  const detailed = withWideArrays(() =>
    louvain.detailed(graph, {
      getEdgeWeight: (_edge: string, attributes: Record<string, unknown>) => weights[attributes.e as number]!,
      resolution,
      rng: random,
    }),
  ) as ReturnType<typeof louvain.detailed> & { readonly level: number };
  return { community: Int32Array.from({ length: network.order }, (_, i) => detailed.communities[`n${i}`]!), count: detailed.count, level: detailed.level };
}

export interface RandomGraph {
  readonly label: string;
  readonly network: LouvainNetwork;
  /** Several weightings of the same network (a bootstrap reweights one network). */
  readonly weightings: readonly Float64Array[];
  readonly resolution: number;
}

const RESOLUTIONS = [0.5, 0.8, 1, 1.2, 2];

/**
 * A seeded random weighted graph: dense, sparse or planted groups; weights with many ties, real,
 * with zeros, association strengths or unit; isolated nodes, some self-loops, edges in term order or
 * shuffled, each edge either way round.
 */
export function randomGraph(seed: number, maxOrder: number): RandomGraph {
  const r = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
  const order = Math.floor(r() * (maxOrder + 1));
  const shape = pick(['dense', 'sparse', 'groups', 'complete'] as const);
  const groups = 2 + Math.floor(r() * 5);
  const density = shape === 'dense' ? 0.5 + r() * 0.5 : shape === 'sparse' ? 0.02 + r() * 0.15 : 1;
  const pairs: [number, number][] = [];
  for (let i = 0; i < order; i++) {
    for (let j = i + 1; j < order; j++) {
      const p = shape === 'groups' ? (i % groups === j % groups ? 0.8 : 0.05) : density;
      if (r() < p) pairs.push(r() < 0.5 ? [i, j] : [j, i]);
    }
    if (r() < 0.03) pairs.push([i, i]);
  }
  if (r() < 0.5) {
    for (let k = pairs.length - 1; k > 0; k--) {
      const m = Math.floor(r() * (k + 1));
      [pairs[k], pairs[m]] = [pairs[m]!, pairs[k]!];
    }
  }
  const network = new LouvainNetwork(
    order,
    Int32Array.from(pairs, ([s]) => s),
    Int32Array.from(pairs, ([, t]) => t),
  );
  const kind = pick(['ties', 'real', 'zeros', 'strength', 'unit', 'odd'] as const);
  const weighting = () =>
    Float64Array.from(pairs, () => {
      switch (kind) {
        case 'ties':
          return 1 + Math.floor(r() * 3);
        case 'real':
          return r() * 10;
        case 'zeros':
          return r() < 0.3 ? 0 : 1 + Math.floor(r() * 4);
        case 'strength': {
          // Shared over expected, as the term network weighs: c × D / (dfA × dfB).
          const c = Math.floor(r() * 4);
          return c ? (c * 200) / ((c + Math.floor(r() * 30)) * (c + Math.floor(r() * 30))) : 0;
        }
        case 'unit':
          return 1;
        case 'odd':
          return r() < 0.05 ? Number.NaN : r() < 0.1 ? 0 : r() * 1e-3;
      }
    });
  return {
    label: `seed ${seed}: ${order} nodes, ${pairs.length} edges, ${shape}, ${kind}`,
    network,
    weightings: Array.from({ length: 1 + Math.floor(r() * 3) }, weighting),
    resolution: pick(RESOLUTIONS),
  };
}

/** Runs ours and graphology's on every weighting of the graph; returns the first difference, or undefined. */
export function compareOnGraph(graph: RandomGraph, louvainSeed: number, ours = new Louvain(graph.network)): string | undefined {
  for (const [w, weights] of graph.weightings.entries()) {
    const mine = counted(louvainSeed + w);
    const result = ours.run(weights, graph.resolution, mine.random);
    const theirs = counted(louvainSeed + w);
    const expected = graphologyLouvain(graph.network, weights, graph.resolution, theirs.random);
    const detailed = graphologyDetailed(graph.network, weights, graph.resolution, counted(louvainSeed + w).random);
    const where = `${graph.label}, weighting ${w}, resolution ${graph.resolution}`;
    if (mine.draws !== theirs.draws) return `${where}: ${mine.draws} draws, graphology ${theirs.draws}`;
    if (result.community.join() !== expected.join()) return `${where}: communities ${result.community.join()} ≠ ${expected.join()}`;
    if (result.community.join() !== detailed.community.join()) return `${where}: detailed communities differ`;
    if (result.count !== detailed.count || result.level !== detailed.level) {
      return `${where}: count ${result.count}, level ${result.level}; graphology ${detailed.count}, ${detailed.level}`;
    }
  }
  return undefined;
}

/** A graph of `order` nodes and exactly `edges` distinct edges (no loops), weighted `weightings` times with small whole numbers. */
export function graphOfSize(order: number, edges: number, seed: number, weightings = 3): RandomGraph {
  const r = seededRandom(seed);
  const pairs: [number, number][] = [];
  const taken = new Set<number>();
  while (pairs.length < edges) {
    const s = Math.floor(r() * order);
    const t = Math.floor(r() * order);
    if (s === t || taken.has(Math.min(s, t) * order + Math.max(s, t))) continue;
    taken.add(Math.min(s, t) * order + Math.max(s, t));
    pairs.push([s, t]);
  }
  return {
    label: `seed ${seed}: ${order} nodes, ${edges} edges`,
    network: new LouvainNetwork(
      order,
      Int32Array.from(pairs, ([s]) => s),
      Int32Array.from(pairs, ([, t]) => t),
    ),
    weightings: Array.from({ length: weightings }, () => Float64Array.from(pairs, () => 1 + Math.floor(r() * 4))),
    resolution: 1,
  };
}
