import { NO_YEAR, OTHER_YEARS } from '../config/periods.js';
import type { CorrespondenceAnalysis, RunResult } from '../model/index.js';
import { headerOf } from './dictionary.js';
import { fixed, formatP, toCsv, type Cell } from './format.js';

// The tables of the time, thematic map and correspondence analyses (see `model/analyses.ts`).

const header = (file: string, result: RunResult) => headerOf(file, { sectors: result.config.sectors, factorIds: result.factors.map((f) => f.id) });

/** Fixed precision without a negative zero (a coordinate of −0.00001 prints as 0.0000, not -0.0000). */
export function signed(value: number, precision: number): string {
  const text = fixed(value, precision);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

const share = (count: number, total: number, precision: number): Cell => (total > 0 ? fixed(count / total, precision) : undefined);

/** Factor × period: the definitions with the factor in each period, then those outside every period, then those without a year. */
export function factorPeriodsCsv(result: RunResult): string {
  const { precision } = result.config;
  const time = result.analyses.time;
  return toCsv(
    header('factor-periods.csv', result),
    time.factors.flatMap((f) => [
      ...time.periods.map((p, i) => [f.factorId, p.label, p.from, p.to, f.definitions[i], p.definitions, share(f.definitions[i]!, p.definitions, precision)]),
      ...(time.outside ? [[f.factorId, OTHER_YEARS, undefined, undefined, f.outside, time.outside, share(f.outside, time.outside, precision)]] : []),
      [f.factorId, NO_YEAR, undefined, undefined, f.undated, time.undated, share(f.undated, time.undated, precision)],
    ]),
  );
}

/** One trend test per factor across the ordered periods. */
export function factorTrendsCsv(result: RunResult): string {
  const { precision } = result.config;
  return toCsv(
    header('factor-trends.csv', result),
    result.analyses.time.trends.map((t) => [
      t.factorId,
      t.test,
      t.periods,
      t.dated,
      t.withFactor,
      t.statistic === undefined ? undefined : fixed(t.statistic, precision),
      t.statistic === undefined ? undefined : 1,
      t.pValue === undefined ? undefined : formatP(t.pValue, precision),
      t.pAdjusted === undefined ? undefined : formatP(t.pAdjusted, precision),
      t.direction,
    ]),
  );
}

/** Each factor from one period with definitions to the next: its terms in both, the inclusion index, what entered and left. */
export function thematicEvolutionCsv(result: RunResult): string {
  const { precision } = result.config;
  const { periods, evolution } = result.analyses.time;
  return toCsv(
    header('thematic-evolution.csv', result),
    evolution.map((l) => [
      periods[l.from]!.label,
      periods[l.to]!.label,
      l.factorId,
      l.fromTerms,
      l.toTerms,
      l.shared.length,
      l.inclusion === undefined ? undefined : fixed(l.inclusion, precision),
      l.shared.join('; '),
      l.entered.join('; '),
      l.left.join('; '),
    ]),
  );
}

/** Each factor's place on the strategic diagram. */
export function thematicMapCsv(result: RunResult): string {
  const { precision } = result.config;
  const labelOf = new Map(result.factors.map((f) => [f.id, f.label]));
  return toCsv(
    header('thematic-map.csv', result),
    result.analyses.thematicMap.themes.map((t) => [
      t.factorId,
      labelOf.get(t.factorId),
      t.terms,
      t.definitions,
      fixed(t.centrality, precision),
      fixed(t.density, precision),
      t.centralityRank,
      t.densityRank,
      t.quadrant,
    ]),
  );
}

/** Both correspondence analyses in long form: every row and column point on every dimension. */
export function correspondenceCsv(result: RunResult): string {
  const { precision } = result.config;
  const { sectors, periods } = result.analyses.correspondence;
  const rows = (analysis: string, ca: CorrespondenceAnalysis): Cell[][] =>
    (
      [
        ['factor', ca.rows],
        [ca.columns, ca.cols],
      ] as const
    ).flatMap(([kind, points]) =>
      points.flatMap((p) =>
        ca.inertias.map((lambda, k) => [
          analysis,
          kind,
          p.id,
          k + 1,
          signed(p.coordinates[k]!, precision),
          fixed(p.mass, precision),
          fixed(p.inertia, precision),
          fixed(p.contributions[k]!, precision),
          fixed(p.quality[k]!, precision),
          fixed(lambda, precision),
          fixed(lambda / ca.totalInertia, precision),
        ]),
      ),
    );
  return toCsv(header('correspondence.csv', result), [...rows('factor-sector', sectors), ...rows('factor-period', periods)]);
}
