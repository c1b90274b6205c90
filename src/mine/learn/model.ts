// Logistic regression over named features, trained to convergence: the weights minimise the summed log loss plus an
// L2 penalty, found by L-BFGS over the whole training set at once. That loss has one minimum, so the weights depend on
// the examples, not on their order or a seed: adding one example moves the weights where its features matter, and the
// same examples always give the same bytes (a fixed-order sum; no clock, no Math.random). Until 2026-12-06 it was 12
// epochs of AdaGrad over a seeded shuffle, which stopped far from the minimum and followed the order (bench/RESULTS.md,
// "A training that converges").

export interface Example {
  readonly features: readonly string[];
  readonly label: 0 | 1;
}

export interface Model {
  /** The weight of each feature name; a name not listed weighs 0. */
  readonly weights: Readonly<Record<string, number>>;
}

export interface TrainOptions {
  /** L2 strength λ: the loss minimised is Σ log loss + λ/2 · Σ w² (a sum over examples, not a mean). */
  readonly l2?: number;
  /** Converged when no feature's gradient of that loss exceeds this in size (it is in examples' units). */
  readonly tolerance?: number;
  /** L-BFGS iterations allowed before training gives up (it throws: an unconverged model would follow the order again). */
  readonly maxIterations?: number;
  /** Weights smaller than this in size are dropped from the model (they change no decision). */
  readonly prune?: number;
}

/** The defaults of the shipped model (bench/RESULTS.md, "A training that converges", chose λ on blind replays). */
export const TRAINING = { l2: 1, tolerance: 1e-3, maxIterations: 5000, prune: 1e-4 } as const;

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** A smooth convex function of a vector: its value at x, its gradient written into `gradient`. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export interface Minimum {
  readonly x: Float64Array;
  readonly value: number;
  readonly iterations: number;
  /** The largest gradient component in size at x. */
  readonly gradient: number;
}

/**
 * L-BFGS (Nocedal & Wright, algorithm 7.4, the two-loop recursion) with a backtracking line search (Armijo), from 0,
 * until every gradient component is within `tolerance`. For a strictly convex objective (a positive L2 term makes the
 * logistic loss one) the curvature sᵀy of every step is positive, so each pair is kept; one with sᵀy ≤ 0 is skipped.
 * Throws if it has not converged after `maxIterations`.
 */
export function minimise(
  objective: Objective,
  size: number,
  { tolerance = 1e-6, maxIterations = 1000, memory = 10 }: { tolerance?: number; maxIterations?: number; memory?: number } = {},
): Minimum {
  const x = new Float64Array(size);
  const g = new Float64Array(size);
  let value = objective(x, g);
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const rho: number[] = [];
  const alpha = new Float64Array(memory);
  const d = new Float64Array(size);
  const xNext = new Float64Array(size);
  const gNext = new Float64Array(size);
  const dot = (a: Float64Array, b: Float64Array) => {
    let sum = 0;
    for (let i = 0; i < size; i++) sum += a[i]! * b[i]!;
    return sum;
  };
  const largest = (a: Float64Array) => {
    let m = 0;
    for (let i = 0; i < size; i++) m = Math.max(m, Math.abs(a[i]!));
    return m;
  };
  for (let iteration = 0; ; iteration++) {
    const gMax = largest(g);
    if (gMax <= tolerance) return { x, value, iterations: iteration, gradient: gMax };
    if (iteration >= maxIterations) throw new Error(`L-BFGS did not converge in ${maxIterations} iterations (largest gradient ${gMax})`);
    // d = −H g by the two-loop recursion, H₀ = (sᵀy / yᵀy) I from the newest pair.
    for (let i = 0; i < size; i++) d[i] = -g[i]!;
    for (let k = s.length - 1; k >= 0; k--) {
      alpha[k] = rho[k]! * dot(s[k]!, d);
      const yk = y[k]!;
      for (let i = 0; i < size; i++) d[i] = d[i]! - alpha[k]! * yk[i]!;
    }
    const newest = s.length - 1;
    const gamma = newest >= 0 ? 1 / (rho[newest]! * dot(y[newest]!, y[newest]!)) : 1 / Math.sqrt(dot(g, g));
    for (let i = 0; i < size; i++) d[i] = d[i]! * gamma;
    for (let k = 0; k < s.length; k++) {
      const beta = rho[k]! * dot(y[k]!, d);
      const sk = s[k]!;
      for (let i = 0; i < size; i++) d[i] = d[i]! + (alpha[k]! - beta) * sk[i]!;
    }
    let slope = dot(g, d);
    if (!(slope < 0)) {
      // (not a descent direction, which only rounding can cause: restart from steepest descent)
      s.length = y.length = rho.length = 0;
      const norm = Math.sqrt(dot(g, g));
      for (let i = 0; i < size; i++) d[i] = -g[i]! / norm;
      slope = dot(g, d);
    }
    let step = 1;
    let next: number;
    for (;;) {
      for (let i = 0; i < size; i++) xNext[i] = x[i]! + step * d[i]!;
      next = objective(xNext, gNext);
      if (next <= value + 1e-4 * step * slope) break;
      step /= 2;
      if (step < 1e-20) throw new Error('L-BFGS line search failed');
    }
    const sk = s.length === memory ? s.shift()! : new Float64Array(size);
    const yk = y.length === memory ? y.shift()! : new Float64Array(size);
    if (rho.length === memory) rho.shift();
    for (let i = 0; i < size; i++) {
      sk[i] = xNext[i]! - x[i]!;
      yk[i] = gNext[i]! - g[i]!;
    }
    const sy = dot(sk, yk);
    if (sy > 0) {
      s.push(sk);
      y.push(yk);
      rho.push(1 / sy);
    }
    x.set(xNext);
    g.set(gNext);
    value = next;
  }
}

export function train(examples: readonly Example[], options: TrainOptions = {}): Model {
  const { l2, tolerance, maxIterations, prune } = { ...TRAINING, ...options };
  // The examples as one sparse matrix (row k: offsets[k] to offsets[k + 1] of `columns`), a feature's column by first sight.
  const index = new Map<string, number>();
  const offsets = new Int32Array(examples.length + 1);
  let entries = 0;
  for (const e of examples) entries += e.features.length;
  const columns = new Int32Array(entries);
  const labels = Uint8Array.from(examples, (e) => e.label);
  entries = 0;
  examples.forEach((e, k) => {
    for (const name of e.features) {
      let i = index.get(name);
      if (i === undefined) index.set(name, (i = index.size));
      columns[entries++] = i;
    }
    offsets[k + 1] = entries;
  });
  // Σ log loss + λ/2 |w|², summed over the examples in their given order (fixed, so the bytes are too).
  const objective: Objective = (w, gradient) => {
    let loss = 0;
    for (let i = 0; i < w.length; i++) {
      gradient[i] = l2 * w[i]!;
      loss += 0.5 * l2 * w[i]! * w[i]!;
    }
    for (let k = 0; k < examples.length; k++) {
      const from = offsets[k]!;
      const to = offsets[k + 1]!;
      let z = 0;
      for (let j = from; j < to; j++) z += w[columns[j]!]!;
      const label = labels[k]!;
      // (log(1 + e^z) − label·z and its derivative σ(z) − label, from one exponential)
      const e = Math.exp(-Math.abs(z));
      loss += Math.max(z, 0) + Math.log1p(e) - label * z;
      const residual = (z >= 0 ? 1 / (1 + e) : e / (1 + e)) - label;
      for (let j = from; j < to; j++) {
        const i = columns[j]!;
        gradient[i] = gradient[i]! + residual;
      }
    }
    return loss;
  };
  // (50 pairs kept: on the 88 studied files λ = 1 took 199 evaluations, against 416 with 10; the extra two-loop work is
  // small beside one pass over the examples)
  const { x } = minimise(objective, index.size, { tolerance, maxIterations, memory: 50 });
  const weights: Record<string, number> = {};
  for (const [name, i] of [...index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (Math.abs(x[i]!) >= prune) weights[name] = Math.round(x[i]! * 1e5) / 1e5;
  }
  return { weights };
}

// A model's weights as a Map, made on first use: looking a new string up among an object's thousands of keys costs
// more than hashing it into a Map (a profile of `mine --method learned` found predict its largest cost).
const weightMaps = new WeakMap<Model, Map<string, number>>();

/** The probability the model gives a span with these features. */
export function predict(model: Model, features: readonly string[]): number {
  let weights = weightMaps.get(model);
  if (!weights) weightMaps.set(model, (weights = new Map(Object.entries(model.weights))));
  let z = 0;
  for (const name of features) z += weights.get(name) ?? 0;
  return sigmoid(z);
}
