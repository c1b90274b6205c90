/**
 * Louvain on typed arrays, move for move the undirected Louvain of graphology-communities-louvain
 * 2.0.2 (graphology-indices 0.17's `UndirectedLouvainIndex`, mnemonist 0.39's queue) with the options
 * the project uses (its defaults `fastLocalMoves` and `randomWalk`, an edge weight getter, a
 * resolution, an rng): the same node and neighbour order, the same sums in the same order, the same
 * tie-breaks, the same random draws, hence the same communities, numbered the same. The network is
 * laid out once; a run only reads new weights, where graphology rebuilt a graph object and its index
 * for each of the bootstrap's resamples. `test/cluster/louvain*.test.ts` compare the two.
 *
 * Where graphology goes wrong, this does not follow: its index arrays are sized for the largest
 * index, so a value equal to the size wraps to 0 (the neighbour offsets when a network has exactly
 * 128 or 32,768 edges, which loses the last node's neighbours; the queue's "not queued" mark when it
 * has exactly 256 or 65,536 nodes). Here every array is wide enough; the tests compare against
 * graphology with wide arrays too.
 */

/** graphology-communities-louvain's tie tolerance. */
const EPSILON = 1e-10;

export interface LouvainResult {
  /** Community of each node (numbered as graphology numbers them). */
  readonly community: Int32Array;
  /** Number of communities. */
  readonly count: number;
  /** Times the network was folded into its communities. */
  readonly level: number;
}

/**
 * An undirected network without parallel edges, nodes `0..order-1`, edges in a fixed order, laid
 * out as graphology's index lays out a graph whose nodes and edges were added in that order.
 */
export class LouvainNetwork {
  readonly edges: number;
  /** Node `i`'s neighbours are `neighbour[starts[i]..starts[i + 1]]`, through edges `edgeOf[…]`. */
  readonly starts: Int32Array;
  readonly neighbour: Int32Array;
  readonly edgeOf: Int32Array;

  constructor(
    readonly order: number,
    readonly source: Int32Array,
    readonly target: Int32Array,
  ) {
    this.edges = source.length;
    const degree = new Int32Array(order);
    for (let e = 0; e < this.edges; e++) {
      if (source[e] !== target[e]) {
        degree[source[e]!]!++;
        degree[target[e]!]!++;
      }
    }
    let size = 0;
    for (let i = 0; i < order; i++) size += degree[i]!;
    // Each node's slots end where the next node's begin; edges fill them from the end, in edge order.
    const starts = new Int32Array(order + 1);
    let n = 0;
    for (let i = 0; i < order; i++) starts[i] = n += degree[i]!;
    this.neighbour = new Int32Array(size);
    this.edgeOf = new Int32Array(size);
    for (let e = 0; e < this.edges; e++) {
      const s = source[e]!;
      const t = target[e]!;
      if (s === t) continue;
      const slotS = --starts[s]!;
      const slotT = --starts[t]!;
      this.neighbour[slotS] = t;
      this.edgeOf[slotS] = e;
      this.neighbour[slotT] = s;
      this.edgeOf[slotT] = e;
    }
    starts[order] = size;
    this.starts = starts;
  }
}

/**
 * Runs Louvain on one network again and again with other weights, reusing its buffers. A weight
 * that is not a number counts 1, as graphology's getter coerces it.
 */
export class Louvain {
  // Current level: nodes 0..C-1 (communities of the level before), their neighbours and loops.
  #starts: Int32Array;
  #neighbour: Int32Array;
  #weight: Float64Array;
  #loops: Float64Array;
  // The next level is written here, then swapped in.
  #nextStarts: Int32Array;
  #nextNeighbour: Int32Array;
  #nextWeight: Float64Array;
  #nextLoops: Float64Array;
  // Communities of the current level.
  readonly #belongs: Int32Array;
  readonly #counts: Int32Array;
  readonly #unused: Int32Array;
  #unusedCount = 0;
  readonly #total: Float64Array;
  // Each node's weight to its neighbours (the same sum each visit of a level: added once).
  readonly #degree: Float64Array;
  // Per visited node: its weight towards each neighbouring community (valid where `#mark` is the
  // visit's stamp), and those communities in order of first appearance.
  readonly #mark: Int32Array;
  #stamp = 0;
  readonly #towards: Float64Array;
  readonly #seen: Int32Array;
  // The nodes to visit: mnemonist's SparseQueueSet.
  readonly #queue: Int32Array;
  readonly #queuedAt: Int32Array;
  #queueStart = 0;
  #queueSize = 0;
  // Folding a level.
  readonly #label: Int32Array;
  readonly #labelTotal: Float64Array;
  readonly #memberStart: Int32Array;
  readonly #cursor: Int32Array;
  readonly #members: Int32Array;
  readonly #touched: Int32Array;
  readonly #touchedAt: Int32Array;
  readonly #sum: Float64Array;

  constructor(readonly network: LouvainNetwork) {
    const { order } = network;
    const slots = network.neighbour.length;
    this.#starts = new Int32Array(order + 1);
    this.#neighbour = new Int32Array(slots);
    this.#weight = new Float64Array(slots);
    this.#loops = new Float64Array(order);
    this.#nextStarts = new Int32Array(order + 1);
    this.#nextNeighbour = new Int32Array(slots);
    this.#nextWeight = new Float64Array(slots);
    this.#nextLoops = new Float64Array(order);
    this.#belongs = new Int32Array(order);
    this.#counts = new Int32Array(order);
    this.#unused = new Int32Array(order);
    this.#total = new Float64Array(order);
    this.#degree = new Float64Array(order);
    this.#mark = new Int32Array(order);
    this.#towards = new Float64Array(order);
    this.#seen = new Int32Array(order);
    this.#queue = new Int32Array(order);
    this.#queuedAt = new Int32Array(order);
    this.#label = new Int32Array(order);
    this.#labelTotal = new Float64Array(order);
    this.#memberStart = new Int32Array(order + 1);
    this.#cursor = new Int32Array(order);
    this.#members = new Int32Array(order);
    this.#touched = new Int32Array(order);
    this.#touchedAt = new Int32Array(order);
    this.#sum = new Float64Array(order);
  }

  /** Communities for edge weights `weights` (one per edge, in the network's edge order). */
  run(weights: ArrayLike<number>, resolution: number, random: () => number): LouvainResult {
    const { network } = this;
    const { order } = network;
    const mapping = new Int32Array(order);
    for (let i = 0; i < order; i++) mapping[i] = i;
    // graphology returns every node alone, without a draw, when the graph has no edge at all.
    if (network.edges === 0) return { community: mapping, count: order, level: 0 };
    const M = this.#load(weights);
    let C = order;
    let level = 0;
    let moved = true;
    while (moved) {
      moved = this.#moveNodes(C, M, resolution, random);
      if (moved) {
        C = this.#fold(C, mapping);
        level++;
      }
    }
    return { community: mapping, count: C, level };
  }

  /** Level 0, as `UndirectedLouvainIndex`'s constructor fills it; returns the total weight M. */
  #load(weights: ArrayLike<number>): number {
    const { network } = this;
    const { order, source, target, edgeOf } = network;
    this.#starts.set(network.starts);
    this.#neighbour.set(network.neighbour);
    for (let k = 0; k < edgeOf.length; k++) this.#weight[k] = weightOf(weights[edgeOf[k]!]);
    this.#loops.fill(0);
    this.#total.fill(0);
    for (let i = 0; i < order; i++) {
      this.#belongs[i] = i;
      this.#counts[i] = 1;
    }
    this.#unusedCount = 0;
    // A new queue per run, as graphology makes one per call.
    this.#queue.fill(0);
    this.#queuedAt.fill(0);
    this.#queueStart = this.#queueSize = 0;
    let M = 0;
    for (let e = 0; e < network.edges; e++) {
      const w = weightOf(weights[e]);
      const s = source[e]!;
      const t = target[e]!;
      M += w;
      if (s === t) {
        this.#total[s]! += w * 2;
        this.#loops[s] = w * 2;
      } else {
        this.#total[s]! += w;
        this.#total[t]! += w;
      }
    }
    return M;
  }

  /** mnemonist's `SparseQueueSet#enqueue`, its bounds test included. */
  #enqueue(member: number): void {
    const capacity = this.#queue.length;
    const start = this.#queueStart;
    const size = this.#queueSize;
    let index = this.#queuedAt[member]!;
    if (size !== 0) {
      const inBounds = (index < capacity && index >= start && index < start + size) || index < (start + size) % capacity;
      if (inBounds && this.#queue[index] === member) return;
    }
    index = (start + size) % capacity;
    this.#queue[index] = member;
    this.#queuedAt[member] = index;
    this.#queueSize++;
  }

  #dequeue(): number {
    const index = this.#queueStart;
    this.#queueSize--;
    if (++this.#queueStart === this.#queue.length) this.#queueStart = 0;
    const member = this.#queue[index]!;
    this.#queuedAt[member] = this.#queue.length;
    return member;
  }

  /**
   * Each node's weighted degree into `#degree`. A method of its own, not the first loop of
   * `#moveNodes`: V8 compiled that loop on the spot (on-stack replacement) before the code after it
   * had run, and every later call left the compiled loop there (32 times in a 20k run's bootstrap).
   */
  #degrees(C: number): void {
    const starts = this.#starts;
    const weight = this.#weight;
    const degrees = this.#degree;
    for (let i = 0; i < C; i++) {
      let degree = 0;
      for (let k = starts[i]!; k < starts[i + 1]!; k++) degree += weight[k]!;
      degrees[i] = degree;
    }
  }

  /** One pass of local moves over C nodes (graphology's fast local moves); whether any node moved. */
  #moveNodes(C: number, M: number, resolution: number, random: () => number): boolean {
    const starts = this.#starts;
    const neighbour = this.#neighbour;
    const weight = this.#weight;
    const belongs = this.#belongs;
    const total = this.#total;
    const loops = this.#loops;
    const degrees = this.#degree;
    const mark = this.#mark;
    const towards = this.#towards;
    const seen = this.#seen;
    this.#degrees(C);
    let moved = false;
    this.#unusedCount = 0;
    let ri = Math.floor(random() * C);
    for (let s = 0; s < C; s++, ri++) this.#enqueue(ri % C);
    while (this.#queueSize !== 0) {
      const i = this.#dequeue();
      const degree = degrees[i]!;
      const stamp = this.#nextStamp();
      let communities = 0;
      const current = belongs[i]!;
      const end = starts[i + 1]!;
      for (let k = starts[i]!; k < end; k++) {
        const c = belongs[neighbour[k]!]!;
        if (mark[c] === stamp) towards[c]! += weight[k]!;
        else {
          mark[c] = stamp;
          towards[c] = 0 + weight[k]!;
          seen[communities++] = c;
        }
      }
      const own = mark[current] === stamp ? towards[current] || 0 : 0;
      const withLoops = degree + loops[i]!;
      let bestDelta = own - (withLoops * (total[current]! - withLoops) * resolution) / (2 * M);
      let best = current;
      for (let k = 0; k < communities; k++) {
        const c = seen[k]!;
        if (c === current) continue;
        const delta = towards[c]! - (withLoops * total[c]! * resolution) / (2 * M);
        if (Math.abs(delta - bestDelta) < EPSILON ? best !== current && c > best : delta > bestDelta) {
          bestDelta = delta;
          best = c;
        }
      }

      if (bestDelta < 0) {
        // Back to a community of its own (graphology's `isolate`), unless it is alone already.
        if (this.#counts[current] === 1) continue;
        best = this.#unused[--this.#unusedCount]!;
        this.#shift(i, degree, current, best);
      } else {
        if (best === current) continue;
        this.#shift(i, degree, current, best);
        if (this.#counts[current] === 0) this.#unused[this.#unusedCount++] = current;
      }
      moved = true;
      for (let k = starts[i]!; k < end; k++) {
        const j = neighbour[k]!;
        if (belongs[j] !== best) this.#enqueue(j);
      }
    }
    return moved;
  }

  #nextStamp(): number {
    if (this.#stamp === 0x7fffffff) {
      this.#mark.fill(0);
      this.#stamp = 0;
    }
    return ++this.#stamp;
  }

  #shift(i: number, degree: number, from: number, to: number): void {
    const w = degree + this.#loops[i]!;
    this.#total[from]! -= w;
    this.#total[to]! += w;
    this.#belongs[i] = to;
    this.#counts[from]!--;
    this.#counts[to]!++;
  }

  /** Folds the C nodes into their communities (graphology's `zoomOut`); returns the new C. */
  #fold(C: number, mapping: Int32Array): number {
    const belongs = this.#belongs;
    const label = this.#label.fill(-1, 0, C);
    let next = 0;
    // Communities renumbered in order of their first node.
    for (let i = 0; i < C; i++) {
      const c = belongs[i]!;
      if (label[c]! < 0) {
        label[c] = next;
        this.#labelTotal[next++] = this.#total[c]!;
      }
      belongs[i] = label[c]!;
    }
    for (let i = 0; i < mapping.length; i++) mapping[i] = belongs[mapping[i]!]!;
    // Each community's nodes in node order: the sums below add in graphology's order.
    const memberStart = this.#memberStart.fill(0, 0, next + 1);
    for (let i = 0; i < C; i++) memberStart[belongs[i]! + 1]!++;
    for (let c = 0; c < next; c++) memberStart[c + 1]! += memberStart[c]!;
    const cursor = this.#cursor;
    cursor.set(memberStart.subarray(0, next));
    for (let i = 0; i < C; i++) this.#members[cursor[belongs[i]!]!++] = i;

    const touchedAt = this.#touchedAt.fill(-1, 0, next);
    const sum = this.#sum;
    let slots = 0;
    for (let ci = 0; ci < next; ci++) {
      let internal = 0;
      let touched = 0;
      for (let m = memberStart[ci]!; m < memberStart[ci + 1]!; m++) {
        const i = this.#members[m]!;
        internal += this.#loops[i]!;
        for (let k = this.#starts[i]!; k < this.#starts[i + 1]!; k++) {
          const cj = belongs[this.#neighbour[k]!]!;
          const w = this.#weight[k]!;
          if (cj === ci) internal += w;
          else {
            if (touchedAt[cj] !== ci) {
              touchedAt[cj] = ci;
              this.#touched[touched++] = cj;
              sum[cj] = 0;
            }
            sum[cj]! += w;
          }
        }
      }
      // graphology keeps the sums in an object keyed by community: they come out in ascending order.
      const neighbours = this.#touched.subarray(0, touched).sort();
      this.#nextStarts[ci] = slots;
      this.#nextLoops[ci] = internal;
      for (const cj of neighbours) {
        this.#nextNeighbour[slots] = cj;
        this.#nextWeight[slots++] = sum[cj]!;
      }
    }
    this.#nextStarts[next] = slots;
    [this.#starts, this.#nextStarts] = [this.#nextStarts, this.#starts];
    [this.#neighbour, this.#nextNeighbour] = [this.#nextNeighbour, this.#neighbour];
    [this.#weight, this.#nextWeight] = [this.#nextWeight, this.#weight];
    [this.#loops, this.#nextLoops] = [this.#nextLoops, this.#loops];
    for (let c = 0; c < next; c++) {
      this.#total[c] = this.#labelTotal[c]!;
      this.#counts[c] = 1;
      belongs[c] = c;
    }
    return next;
  }
}

/** graphology's edge weight coercion: anything but a number counts 1. */
function weightOf(value: number | undefined): number {
  return typeof value !== 'number' || Number.isNaN(value) ? 1 : value;
}
