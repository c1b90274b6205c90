import { periodOf, type Period } from '../config/periods.js';
import type {
  Definition,
  EvolutionLink,
  Factor,
  FactorPeriods,
  FactorTrend,
  Matrix,
  PeriodTheme,
  TermFactors,
  TermStats,
  TermUses,
  TimeAnalysis,
} from '../model/index.js';
import { benjaminiHochberg } from '../tabulate/stats.js';
import { cochranArmitage } from './stats.js';

export interface TimeInput {
  readonly definitions: readonly Definition[];
  readonly matrix: Matrix;
  readonly factors: readonly Factor[];
  readonly periods: readonly Period[];
  readonly terms: readonly TermStats[];
  readonly uses: TermUses;
  readonly termFactors: TermFactors;
}

/**
 * The time analyses, each one pass over the matrix or the term uses: factor × period counts,
 * a trend test per factor, each term's mean year, and each factor's vocabulary per period and
 * how much of it carries over to the next period.
 */
export function analyseTime(input: TimeInput): TimeAnalysis {
  const { matrix, factors, periods } = input;
  const periodOfDefinition = Int32Array.from(input.definitions, (d) => periodOf(periods, d.year));
  const totals = new Array<number>(periods.length).fill(0);
  let undated = 0;
  let outside = 0;
  const counts = factors.map(() => ({ byPeriod: new Array<number>(periods.length).fill(0), undated: 0, outside: 0 }));
  input.definitions.forEach((d, i) => {
    const p = periodOfDefinition[i]!;
    if (d.year === undefined) undated++;
    else if (p < 0) outside++;
    else totals[p]!++;
    for (let f = 0; f < matrix.factors; f++) {
      if (matrix.cells[i * matrix.factors + f] !== 1) continue;
      const c = counts[f]!;
      if (d.year === undefined) c.undated++;
      else if (p < 0) c.outside++;
      else c.byPeriod[p]!++;
    }
  });
  const factorPeriods: FactorPeriods[] = factors.map((f, i) => ({
    factorId: f.id,
    definitions: counts[i]!.byPeriod,
    undated: counts[i]!.undated,
    outside: counts[i]!.outside,
  }));
  const themes = periodThemes(input, periodOfDefinition, factorPeriods);
  return {
    periods: periods.map((p, i) => ({ label: p.label, from: p.from, to: p.to, definitions: totals[i]! })),
    undated,
    outside,
    factors: factorPeriods,
    trends: trendTests(factorPeriods, totals),
    termMeanYear: meanYears(input),
    themes,
    evolution: evolution(themes, totals, factors),
  };
}

/** Each factor's Cochran–Armitage test across the periods, scored 1, 2, … in order; BH over the factors tested. */
function trendTests(factors: readonly FactorPeriods[], totals: readonly number[]): FactorTrend[] {
  const scores = totals.map((_, i) => i + 1);
  const withData = totals.filter((n) => n > 0).length;
  const dated = totals.reduce((a, b) => a + b, 0);
  const tests = factors.map((f) => {
    const withFactor = f.definitions.reduce((a, b) => a + b, 0);
    const test = cochranArmitage(f.definitions, totals, scores);
    return { f, withFactor, test };
  });
  const tested = tests.filter((t) => t.test !== undefined);
  const adjusted = new Map(benjaminiHochberg(tested.map((t) => t.test!.pValue)).map((q, i) => [tested[i]!.f.factorId, q]));
  return tests.map(({ f, withFactor, test }) => ({
    factorId: f.factorId,
    test: test ? 'cochran-armitage' : 'none',
    periods: withData,
    dated,
    withFactor,
    statistic: test?.statistic,
    pValue: test?.pValue,
    pAdjusted: adjusted.get(f.factorId),
    direction: test === undefined ? undefined : test.direction > 0 ? 'rising' : test.direction < 0 ? 'falling' : 'flat',
  }));
}

/** Each term's mean year over the dated definitions using it (each definition once); NaN where none is dated. */
function meanYears(input: TimeInput): Float64Array {
  const { uses } = input;
  const sum = new Float64Array(input.terms.length);
  const count = new Int32Array(input.terms.length);
  const seen = new Int32Array(input.terms.length).fill(-1);
  input.definitions.forEach((d, i) => {
    if (d.year === undefined) return;
    for (let u = uses.offsets[i]!; u < uses.offsets[i + 1]!; u++) {
      const t = uses.term[u]!;
      if (seen[t] === i) continue;
      seen[t] = i;
      sum[t]! += d.year;
      count[t]!++;
    }
  });
  return sum.map((s, t) => (count[t]! > 0 ? s / count[t]! : Number.NaN));
}

/** Per period with definitions, each factor's terms its definitions use (in the factor's term order). */
function periodThemes(input: TimeInput, periodOfDefinition: Int32Array, factors: readonly FactorPeriods[]): PeriodTheme[] {
  const { uses, periods } = input;
  const termCount = input.terms.length;
  // used[p × terms + t]: a definition of period p uses term t (a term of some factor).
  const used = new Uint8Array(periods.length * termCount);
  for (let d = 0; d < periodOfDefinition.length; d++) {
    const p = periodOfDefinition[d]!;
    if (p < 0) continue;
    for (let u = uses.offsets[d]!; u < uses.offsets[d + 1]!; u++) {
      const t = uses.term[u]!;
      if (input.termFactors.factor[t]! >= 0) used[p * termCount + t] = 1;
    }
  }
  const idOf = new Map(input.terms.map((t, i) => [t.term, i]));
  const themes: PeriodTheme[] = [];
  periods.forEach((_, p) => {
    input.factors.forEach((f, fi) => {
      const terms = f.terms.filter((term) => {
        const t = idOf.get(term);
        return t !== undefined && input.termFactors.factor[t] === fi && used[p * termCount + t] === 1;
      });
      const definitions = factors[fi]!.definitions[p]!;
      if (terms.length || definitions) themes.push({ period: p, factorId: f.id, terms, definitions });
    });
  });
  return themes;
}

/** Each factor from a period with definitions to the next such period: the inclusion index of its terms there (none where it has terms in only one). */
function evolution(themes: readonly PeriodTheme[], totals: readonly number[], factors: readonly Factor[]): EvolutionLink[] {
  const withData = totals.map((n, i) => (n > 0 ? i : -1)).filter((i) => i >= 0);
  const themeOf = new Map(themes.map((t) => [`${t.period}\u0000${t.factorId}`, t]));
  const links: EvolutionLink[] = [];
  for (let k = 0; k + 1 < withData.length; k++) {
    const from = withData[k]!;
    const to = withData[k + 1]!;
    for (const f of factors) {
      const a = themeOf.get(`${from}\u0000${f.id}`)?.terms ?? [];
      const b = themeOf.get(`${to}\u0000${f.id}`)?.terms ?? [];
      if (!a.length && !b.length) continue;
      const inA = new Set(a);
      const inB = new Set(b);
      const shared = a.filter((t) => inB.has(t));
      links.push({
        from,
        to,
        factorId: f.id,
        fromTerms: a.length,
        toTerms: b.length,
        shared,
        inclusion: a.length && b.length ? shared.length / Math.min(a.length, b.length) : undefined,
        entered: b.filter((t) => !inA.has(t)),
        left: a.filter((t) => !inB.has(t)),
      });
    }
  }
  return links;
}
