/**
 * The definition × factor matrix: which analysed definition has which factor, and the evidence for
 * every cell. Definition `d` (its index among the analysed definitions) and factor `f` (its index
 * among the factors) meet at cell `d × factors + f`.
 */
export interface Matrix {
  readonly definitions: number;
  readonly factors: number;
  /** 1 where the definition has the factor. */
  readonly cells: Uint8Array;
  /** How each cell was decided: see `CELL_SOURCES`. */
  readonly sources: Uint8Array;
  /**
   * Cell `c`'s evidence: items `evidenceOffsets[c]..[c + 1]`, in text order, each a span of the
   * definition's text and what matched there: a codebook rule (`evidenceRule`, else -1) or a term
   * that codes the factor (`evidenceTerm`, else -1).
   */
  readonly evidenceOffsets: Int32Array;
  readonly evidenceStart: Int32Array;
  readonly evidenceEnd: Int32Array;
  readonly evidenceRule: Int32Array;
  readonly evidenceTerm: Int32Array;
  /** The researcher's corrections applied (`corpus/coding.csv`), in file order: each overrides its cell. */
  readonly corrections: readonly Correction[];
}

/** A researcher's override of one cell, applied after the coding. */
export interface Correction {
  readonly definition: number;
  readonly factor: number;
  readonly value: 0 | 1;
  /** Why, in the researcher's words. */
  readonly note: string;
  /** The line of `coding.csv` it is on. */
  readonly line: number;
}

/** What decided a cell: nothing (0), the text (rules or terms), or a researcher's correction. */
export const CELL_SOURCES = ['none', 'text', 'correction'] as const;
export type CellSource = (typeof CELL_SOURCES)[number];

/** One cell of a factor × sector table. */
export interface SectorCell {
  readonly factorId: string;
  readonly sector: string;
  /** Analysed definitions of the sector with the factor. */
  readonly definitions: number;
  readonly sectorTotal: number;
  readonly share: number | undefined;
  /** Expected count under independence of factor and sector. */
  readonly expected: number;
  /** Adjusted standardized residual. */
  readonly residual: number;
}

/** The test of independence of one factor (present / absent) and the sector. */
export interface SectorTest {
  readonly factorId: string;
  readonly test: 'chi-square' | 'fisher-exact' | 'none';
  /** Pearson's chi-square statistic (reported with either test). */
  readonly statistic: number;
  readonly df: number;
  readonly pValue: number | undefined;
  /** Benjamini–Hochberg adjusted over all factors. */
  readonly pAdjusted: number | undefined;
  readonly minExpected: number;
}

export interface Tabulated {
  readonly matrix: Matrix;
  readonly sectorCells: readonly SectorCell[];
  readonly sectorTests: readonly SectorTest[];
  /** Analysed definitions with no factor at all. */
  readonly withoutFactor: readonly string[];
}

/** The correction of cell (d, f), if the researcher made one. */
export function correctionOf(m: Matrix, d: number, f: number): Correction | undefined {
  return m.sources[d * m.factors + f] === CELL_SOURCES.indexOf('correction') ? m.corrections.find((c) => c.definition === d && c.factor === f) : undefined;
}

/** Whether definition `d` has factor `f`. */
export const hasFactor = (m: Matrix, d: number, f: number): boolean => m.cells[d * m.factors + f] === 1;

/** The evidence of cell (d, f): spans of the definition's text and the rule or term that matched there. */
export function cellEvidence(m: Matrix, d: number, f: number): { start: number; end: number; rule: number; term: number }[] {
  const c = d * m.factors + f;
  const out = [];
  for (let e = m.evidenceOffsets[c]!; e < m.evidenceOffsets[c + 1]!; e++) {
    out.push({ start: m.evidenceStart[e]!, end: m.evidenceEnd[e]!, rule: m.evidenceRule[e]!, term: m.evidenceTerm[e]! });
  }
  return out;
}
