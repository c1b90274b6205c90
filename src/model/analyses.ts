/**
 * The analyses a researcher reaches for after the matrix: time (periods, trends, the terms' mean
 * year, thematic evolution), the thematic map (strategic diagram) and correspondence analysis.
 * Plain data, computed once per run from the matrix, the term uses and the term network.
 */

/** A configured period with the analysed definitions published in it. */
export interface PeriodTotal {
  readonly label: string;
  readonly from: number | undefined;
  readonly to: number | undefined;
  readonly definitions: number;
}

/** One factor's definitions by period, and those without a year or outside every period. */
export interface FactorPeriods {
  readonly factorId: string;
  /** Per configured period, in order. */
  readonly definitions: readonly number[];
  /** Definitions with the factor and no year. */
  readonly undated: number;
  /** Definitions with the factor whose year is in no period (a gap between periods). */
  readonly outside: number;
}

/**
 * The Cochran–Armitage test for a trend in the share of definitions with the factor across the
 * ordered periods (scores 1, 2, … by period), as R's `prop.trend.test`; only dated definitions in a
 * period count.
 */
export interface FactorTrend {
  readonly factorId: string;
  /** `none` when there is nothing to test: fewer than two periods with definitions, or the factor in all or none of them. */
  readonly test: 'cochran-armitage' | 'none';
  /** Periods with definitions. */
  readonly periods: number;
  /** Dated definitions in a period, and how many of them have the factor. */
  readonly dated: number;
  readonly withFactor: number;
  /** Chi-square with 1 df; undefined without a test. */
  readonly statistic: number | undefined;
  readonly pValue: number | undefined;
  /** Benjamini–Hochberg adjusted over the factors tested. */
  readonly pAdjusted: number | undefined;
  /** The sign of the trend (the share grows or shrinks with the period's score); undefined without a test. */
  readonly direction: 'rising' | 'falling' | 'flat' | undefined;
}

/** A factor's terms as the definitions of one period use them. */
export interface PeriodTheme {
  /** Index into `periods`. */
  readonly period: number;
  readonly factorId: string;
  /** The factor's terms used by at least one definition of the period, the factor's term order. */
  readonly terms: readonly string[];
  /** The period's definitions with the factor. */
  readonly definitions: number;
}

/** A factor from one period to the next period with definitions: how much of its vocabulary carries over. */
export interface EvolutionLink {
  readonly from: number;
  readonly to: number;
  readonly factorId: string;
  /** The factor's terms used in the earlier period (A) and the later one (B). */
  readonly fromTerms: number;
  readonly toTerms: number;
  /** Terms used in both periods. */
  readonly shared: readonly string[];
  /** |A ∩ B| / min(|A|, |B|) (Cobo et al. 2011); undefined when A or B is empty (the factor appears or disappears). */
  readonly inclusion: number | undefined;
  /** Terms of the later period the earlier one did not use, and the other way round. */
  readonly entered: readonly string[];
  readonly left: readonly string[];
}

export interface TimeAnalysis {
  readonly periods: readonly PeriodTotal[];
  /** Analysed definitions without a year: counted, never in a period. */
  readonly undated: number;
  /** Dated analysed definitions in no period (a gap in the configured periods). */
  readonly outside: number;
  /** Factor order. */
  readonly factors: readonly FactorPeriods[];
  readonly trends: readonly FactorTrend[];
  /**
   * Each term's mean publication year over the dated definitions using it (VOSviewer's overlay),
   * indexed like the terms; NaN for a term no dated definition uses.
   */
  readonly termMeanYear: Float64Array;
  /** Per period with definitions, per factor with terms there. */
  readonly themes: readonly PeriodTheme[];
  readonly evolution: readonly EvolutionLink[];
}

export const QUADRANTS = ['motor', 'niche', 'emerging-or-declining', 'basic'] as const;
/**
 * Callon's strategic diagram: motor (central and dense), niche (dense, peripheral), emerging or
 * declining (neither), basic and transversal (central, not dense).
 */
export type Quadrant = (typeof QUADRANTS)[number];

/** A factor placed on the thematic map. */
export interface ThemePlacement {
  readonly factorId: string;
  /** Its clustered terms (the map's nodes). */
  readonly terms: number;
  readonly definitions: number;
  /** 10 × the sum of the equivalence indexes of its links to other factors' terms (Cobo et al. 2011). */
  readonly centrality: number;
  /** 100 × the sum of the equivalence indexes of its internal links / its number of terms. */
  readonly density: number;
  /** Ranks among the factors (1 = lowest; ties share the mean rank), as bibliometrix plots them. */
  readonly centralityRank: number;
  readonly densityRank: number;
  readonly quadrant: Quadrant;
}

export interface ThematicMap {
  readonly themes: readonly ThemePlacement[];
  /** The quadrants' borders; undefined without factors. */
  readonly medianCentrality: number | undefined;
  readonly medianDensity: number | undefined;
}

/** A row or column of a correspondence analysis. */
export interface CaPoint {
  readonly id: string;
  /** Its share of the table's total. */
  readonly mass: number;
  /** Its share of the total inertia. */
  readonly inertia: number;
  /** Principal coordinates, one per dimension. */
  readonly coordinates: readonly number[];
  /** Its contribution to each dimension's inertia (mass × coordinate² / principal inertia). */
  readonly contributions: readonly number[];
  /** How well each dimension represents it (squared cosine). */
  readonly quality: readonly number[];
}

export interface CorrespondenceAnalysis {
  /** The columns: the sectors, or the periods. */
  readonly columns: 'sector' | 'period';
  /** Total of the table (definition × factor incidences, so a definition counts once per factor). */
  readonly total: number;
  /** Pearson's chi-square of the table; total inertia = chi-square / total. */
  readonly chiSquare: number;
  readonly totalInertia: number;
  /** Principal inertia (eigenvalue) of each dimension, largest first. */
  readonly inertias: readonly number[];
  readonly rows: readonly CaPoint[];
  readonly cols: readonly CaPoint[];
  /** Rows and columns left out because they are empty (no definitions). */
  readonly emptyRows: readonly string[];
  readonly emptyCols: readonly string[];
  /** Why there are no dimensions (a table with one row or column, or no association at all). */
  readonly note: string | undefined;
}

export interface Analyses {
  readonly time: TimeAnalysis;
  readonly thematicMap: ThematicMap;
  readonly correspondence: { readonly sectors: CorrespondenceAnalysis; readonly periods: CorrespondenceAnalysis };
}
