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
  /** Cell `c`'s evidence: the term uses `evidence[evidenceOffsets[c]..[c + 1]]` (indices into the term uses), in text order. */
  readonly evidenceOffsets: Int32Array;
  readonly evidence: Int32Array;
}

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

/** Whether definition `d` has factor `f`. */
export const hasFactor = (m: Matrix, d: number, f: number): boolean => m.cells[d * m.factors + f] === 1;

/** The term uses behind cell (d, f), as indices into the term uses. */
export function cellEvidence(m: Matrix, d: number, f: number): Int32Array {
  const c = d * m.factors + f;
  return m.evidence.subarray(m.evidenceOffsets[c]!, m.evidenceOffsets[c + 1]!);
}
