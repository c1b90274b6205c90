/** Why a definition has a factor: the factor's terms it uses, and the words as they stand in its text. */
export interface DefinitionFactor {
  readonly definitionId: string;
  readonly factorId: string;
  readonly terms: readonly string[];
  readonly evidence: readonly string[];
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
  /** For each analysed definition, in order, the ids of its factors. */
  readonly matrix: readonly { readonly definitionId: string; readonly sector: string; readonly factorIds: ReadonlySet<string> }[];
  readonly definitionFactors: readonly DefinitionFactor[];
  readonly sectorCells: readonly SectorCell[];
  readonly sectorTests: readonly SectorTest[];
  /** Analysed definitions with no factor at all. */
  readonly withoutFactor: readonly string[];
}
