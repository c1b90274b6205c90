import { seededRandom } from '../core/random.js';
import { compare, pushTo } from '../core/text.js';
import type { Incidence } from './cooccurrence.js';
import { TermGraph } from './partition.js';
import { runOnceInWorker, workerScript } from '../core/worker-script.js';

/**
 * Everything the bootstrap needs, as plain data: it can run on this thread or on a worker while
 * the rest of the run goes on, with the same result. The random stream is the clustering's own,
 * continued: `draws` numbers were taken from `seededRandom(seed)` before the bootstrap starts.
 */
export interface StabilityJob {
  readonly incidence: Incidence;
  /** Seed term → codebook factor id. */
  readonly seedOf: readonly (readonly [string, string])[];
  readonly resolution: number;
  readonly seed: number;
  readonly draws: number;
  /** Definition indices in id order: a resample draws definitions by id, so row order does not matter. */
  readonly byId: Int32Array;
  /** Each factor's terms, in factor order. */
  readonly factorTerms: readonly (readonly string[])[];
  readonly resamples: number;
}

/** A random stream that counts what it has given, so another thread can take it up where it is. */
export function countingRandom(seed: number): { readonly random: () => number; readonly draws: () => number } {
  const next = seededRandom(seed);
  let draws = 0;
  return {
    random: () => {
      draws++;
      return next();
    },
    draws: () => draws,
  };
}

/** The definitions in id order, as definition indices. */
export function idOrder(ids: readonly string[]): Int32Array {
  return Int32Array.from(
    ids.map((id, d) => [id, d] as const).sort((a, b) => compare(a[0], b[0])),
    ([, d]) => d,
  );
}

/**
 * Each factor's stability: the mean best Jaccard match of its terms among the groups found again
 * in `resamples` bootstrap resamples of the definitions (drawn with replacement, as weights on the
 * network built once). `graph`: the job's network when this thread has it already.
 */
export function measureStability(job: StabilityJob, graph: TermGraph = new TermGraph(job.incidence)): number[] {
  const random = seededRandom(job.seed);
  for (let i = 0; i < job.draws; i++) random();
  const options = { seedOf: new Map(job.seedOf), resolution: job.resolution, random };
  const n = job.byId.length;
  const totals = new Float64Array(job.factorTerms.length);
  const weights = new Uint32Array(n);
  for (let b = 0; b < job.resamples; b++) {
    // How many times each definition is drawn.
    weights.fill(0);
    for (let i = 0; i < n; i++) weights[job.byId[Math.floor(random() * n)]!]!++;
    const resampled = invert(graph.partition(options, weights));
    job.factorTerms.forEach((terms, f) => (totals[f]! += bestJaccard(terms, resampled)));
  }
  return Array.from(totals, (total) => total / job.resamples);
}

/** `measureStability` on a worker thread: the same numbers, while this thread goes on; `signal` ends it early. */
export function measureStabilityInWorker(job: StabilityJob, signal?: AbortSignal): Promise<number[]> {
  return runOnceInWorker<number[]>(workerScript(import.meta.url, 'stability-worker'), job, 'stability', signal);
}

export function invert(groups: ReadonlyMap<string, string>): Map<string, string[]> {
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
