/** A coded value: any category (0/1 for the matrix cells). */
export type Category = string | number;

/** Cohen's κ for two coders over the same units: observed and chance agreement, and κ. */
export interface Kappa {
  /** Units both coders coded. */
  readonly units: number;
  /** p_o: share of units on which the coders agree. */
  readonly observed: number | undefined;
  /** p_e = Σ_k p_A(k) · p_B(k): agreement expected from each coder's own category shares. */
  readonly expected: number | undefined;
  /**
   * (p_o − p_e) / (1 − p_e); undefined when there are no units or p_e = 1 (each coder used one
   * and the same category throughout: agreement cannot be told from chance).
   */
  readonly kappa: number | undefined;
}

/** Cohen (1960) κ for two coders; `pairs` holds each unit's two codes. */
export function cohensKappa(pairs: readonly (readonly [Category, Category])[]): Kappa {
  const units = pairs.length;
  if (units === 0) return { units, observed: undefined, expected: undefined, kappa: undefined };
  const first = new Map<Category, number>();
  const second = new Map<Category, number>();
  let agree = 0;
  for (const [a, b] of pairs) {
    if (a === b) agree++;
    first.set(a, (first.get(a) ?? 0) + 1);
    second.set(b, (second.get(b) ?? 0) + 1);
  }
  const observed = agree / units;
  let expected = 0;
  for (const [category, n] of first) expected += (n / units) * ((second.get(category) ?? 0) / units);
  // p_e = 1 only when both coders used one and the same category for every unit.
  const constant = first.size === 1 && second.size === 1 && first.keys().next().value === second.keys().next().value;
  return { units, observed, expected, kappa: constant ? undefined : (observed - expected) / (1 - expected) };
}

/** Krippendorff's α for nominal data, with the coincidence matrix behind it. */
export interface Alpha {
  /** Pairable values: values in units that at least two coders coded (n.. of the coincidence matrix). */
  readonly values: number;
  /** D_o, observed disagreement (share of off-diagonal coincidences). */
  readonly observedDisagreement: number | undefined;
  /** D_e, disagreement expected by chance from the pooled category counts. */
  readonly expectedDisagreement: number | undefined;
  /** 1 − D_o / D_e; undefined without pairable values or when every value is the same category (D_e = 0). */
  readonly alpha: number | undefined;
}

/**
 * Krippendorff's α, nominal metric (Krippendorff 2004, 2011): any number of coders, missing
 * values allowed. `units` holds, per unit, each coder's value or undefined (not coded). A unit
 * coded by fewer than two coders is not pairable and is left out. Coincidences: each ordered pair
 * of values from different coders in a unit adds 1/(m_u − 1), m_u the unit's number of values.
 */
export function krippendorffAlpha(units: readonly (readonly (Category | undefined)[])[]): Alpha {
  const coincidence = new Map<Category, Map<Category, number>>();
  const add = (c: Category, k: Category, w: number) => {
    let row = coincidence.get(c);
    if (!row) coincidence.set(c, (row = new Map()));
    row.set(k, (row.get(k) ?? 0) + w);
  };
  for (const unit of units) {
    const values = unit.filter((v): v is Category => v !== undefined);
    const m = values.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j) add(values[i]!, values[j]!, 1 / (m - 1));
  }
  const totals = new Map<Category, number>();
  let n = 0;
  let diagonal = 0;
  for (const [c, row] of coincidence) {
    for (const [k, w] of row) {
      totals.set(c, (totals.get(c) ?? 0) + w);
      n += w;
      if (c === k) diagonal += w;
    }
  }
  // Sums of 1/(m−1) shares: round away float dust so n is the whole number of pairable values.
  n = Math.round(n * 1e9) / 1e9;
  if (n === 0) return { values: 0, observedDisagreement: undefined, expectedDisagreement: undefined, alpha: undefined };
  const observedDisagreement = (n - diagonal) / n;
  let sameByChance = 0;
  for (const t of totals.values()) sameByChance += t * (t - 1);
  const expectedDisagreement = (n * (n - 1) - sameByChance) / (n * (n - 1));
  const alpha = expectedDisagreement > 1e-12 ? 1 - observedDisagreement / expectedDisagreement : undefined;
  return { values: n, observedDisagreement, expectedDisagreement, alpha };
}

/** Precision, recall and F1 of the compared coder's 1s against the reference coder's 1s. */
export interface PrecisionRecall {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  /** Undefined when the compared coder marked no 1 (nothing to be precise about). */
  readonly precision: number | undefined;
  /** Undefined when the reference has no 1. */
  readonly recall: number | undefined;
  readonly f1: number | undefined;
}

/** `pairs`: per unit, [reference, compared], each 1 (present) or 0. */
export function precisionRecall(pairs: readonly (readonly [0 | 1, 0 | 1])[]): PrecisionRecall {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [reference, compared] of pairs) {
    if (reference === 1 && compared === 1) tp++;
    else if (reference === 0 && compared === 1) fp++;
    else if (reference === 1 && compared === 0) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : undefined;
  const recall = tp + fn ? tp / (tp + fn) : undefined;
  const f1 = precision === undefined || recall === undefined ? undefined : precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}

/** Landis & Koch (1977) words for a κ, as content-analysis papers quote them. */
export function kappaLabel(kappa: number | undefined): string {
  if (kappa === undefined) return 'undefined';
  if (kappa < 0) return 'poor';
  if (kappa <= 0.2) return 'slight';
  if (kappa <= 0.4) return 'fair';
  if (kappa <= 0.6) return 'moderate';
  if (kappa <= 0.8) return 'substantial';
  return 'almost perfect';
}

/** Krippendorff (2004): α ≥ 0.800 reliable, 0.667–0.800 tentative conclusions only, below that not reliable. */
export function alphaLabel(alpha: number | undefined): string {
  if (alpha === undefined) return 'undefined';
  if (alpha >= 0.8) return 'reliable';
  if (alpha >= 0.667) return 'tentative';
  return 'unreliable';
}
