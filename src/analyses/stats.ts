// The package's one-file build (see `tabulate/stats.ts`).
import erfc from '@stdlib/math-base-special-erfc/dist/index.js';

/**
 * The upper tail of chi-square with 1 df: P(χ²₁ ≥ x) = erfc(√(x/2)). Accurate far into the tail,
 * where 1 − cdf would lose every digit.
 */
export function chiSquare1Tail(x: number): number {
  return x > 0 ? erfc(Math.sqrt(x / 2)) : 1;
}

export interface TrendTest {
  /** Chi-square with 1 df. */
  readonly statistic: number;
  readonly pValue: number;
  /** Σ score·(x − n·p̄): positive when the share grows with the score. */
  readonly direction: number;
}

/**
 * Cochran–Armitage test for trend in proportions, as R's `prop.trend.test(x, n, score)`: with
 * p̄ = Σx / Σn, T = Σ sᵢ(xᵢ − nᵢp̄) and V = p̄(1 − p̄)(Σ nᵢsᵢ² − (Σ nᵢsᵢ)² / Σn), χ² = T² / V.
 * Undefined when there is nothing to test (V = 0: one group with data, or p̄ of 0 or 1).
 */
export function cochranArmitage(x: readonly number[], n: readonly number[], scores: readonly number[] = x.map((_, i) => i + 1)): TrendTest | undefined {
  let events = 0;
  let trials = 0;
  let ns = 0;
  let nss = 0;
  let xs = 0;
  x.forEach((xi, i) => {
    const s = scores[i]!;
    events += xi;
    trials += n[i]!;
    ns += n[i]! * s;
    nss += n[i]! * s * s;
    xs += xi * s;
  });
  if (trials === 0) return undefined;
  const p = events / trials;
  const t = xs - p * ns;
  const v = p * (1 - p) * (nss - (ns * ns) / trials);
  // Rounding leaves a tiny positive variance where it is exactly zero (scores all equal).
  if (!(v > 1e-12 * Math.max(1, nss))) return undefined;
  const statistic = (t * t) / v;
  return { statistic, pValue: chiSquare1Tail(statistic), direction: Math.abs(t) < 1e-12 ? 0 : Math.sign(t) };
}

/** The median of the values (the mean of the middle two for an even count); undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Ranks 1…n, lowest first, ties sharing their mean rank (R's `rank`, ties.method = "average"). */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v || a.i - b.i);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.v === order[start]!.v) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k]!.i] = rank;
    start = end + 1;
  }
  return ranks;
}
