import type { Definition, Factor, Matrix, SectorCell, SectorTest, Tabulated, TermFactors, TermUses } from '../model/index.js';
import { adjustedResiduals, benjaminiHochberg, chiSquare, expectedCounts, fisherExact2xC } from './stats.js';

export interface TabulateInput {
  readonly definitions: readonly Definition[];
  readonly uses: TermUses;
  readonly factors: readonly Factor[];
  readonly termFactors: TermFactors;
  readonly sectors: readonly string[];
  /** Below this expected count in any cell the chi-square approximation is poor: Fisher's exact test instead. */
  readonly minExpected: number;
}

/** The definition × factor matrix with its evidence, and each factor's table and test by sector. */
export function tabulate(input: TabulateInput): Tabulated {
  const matrix = codeDefinitions(input.uses, input.termFactors, input.factors.length);
  const sectorOf = Int32Array.from(input.definitions, (d) => input.sectors.indexOf(d.sector));
  const { cells, tests } = sectorTables(matrix, sectorOf, input.factors, input.sectors, input.minExpected);
  const withoutFactor = input.definitions.filter((_, d) => !matrix.cells.subarray(d * matrix.factors, (d + 1) * matrix.factors).includes(1)).map((d) => d.id);
  return { matrix, sectorCells: cells, sectorTests: tests, withoutFactor };
}

/** A definition has a factor when it uses one of the factor's terms; those uses are the cell's evidence. */
function codeDefinitions(uses: TermUses, termFactors: TermFactors, F: number): Matrix {
  const n = uses.offsets.length - 1;
  const cells = new Uint8Array(n * F);
  const evidenceOffsets = new Int32Array(n * F + 1);
  const evidence: number[] = [];
  const byFactor: number[][] = Array.from({ length: F }, () => []);
  for (let d = 0; d < n; d++) {
    for (let u = uses.offsets[d]!; u < uses.offsets[d + 1]!; u++) {
      const f = termFactors.factor[uses.term[u]!]!;
      if (f >= 0) byFactor[f]!.push(u);
    }
    for (let f = 0; f < F; f++) {
      const list = byFactor[f]!;
      if (list.length) cells[d * F + f] = 1;
      for (const u of list) evidence.push(u);
      list.length = 0;
      evidenceOffsets[d * F + f + 1] = evidence.length;
    }
  }
  return { definitions: n, factors: F, cells, evidenceOffsets, evidence: Int32Array.from(evidence) };
}

/** For each factor, the 2 × sectors table (with / without the factor) and its test of independence. */
function sectorTables(matrix: Matrix, sectorOf: Int32Array, factors: readonly Factor[], sectors: readonly string[], minExpected: number) {
  const totals = new Array<number>(sectors.length).fill(0);
  const withFactor = factors.map(() => new Array<number>(sectors.length).fill(0));
  for (let d = 0; d < matrix.definitions; d++) {
    const s = sectorOf[d]!;
    if (s < 0) continue;
    totals[s]!++;
    for (let f = 0; f < factors.length; f++) if (matrix.cells[d * matrix.factors + f]) withFactor[f]![s]!++;
  }
  // Sectors without definitions carry no information and would divide by zero.
  const tested = sectors.map((_, j) => j).filter((j) => totals[j]! > 0);
  const cells: SectorCell[] = [];
  const tests: Omit<SectorTest, 'pAdjusted'>[] = [];
  factors.forEach((f, i) => {
    const counts = withFactor[i]!;
    const table: [number[], number[]] = [tested.map((j) => counts[j]!), tested.map((j) => totals[j]! - counts[j]!)];
    const degenerate = tested.length < 2 || table.some((row) => row.every((x) => x === 0));
    const expected = degenerate ? undefined : expectedCounts(table);
    const residuals = degenerate ? undefined : adjustedResiduals(table);
    sectors.forEach((sector, j) => {
      const k = tested.indexOf(j);
      cells.push({
        factorId: f.id,
        sector,
        definitions: counts[j]!,
        sectorTotal: totals[j]!,
        share: totals[j] ? counts[j]! / totals[j]! : undefined,
        expected: k >= 0 && expected ? expected[0]![k]! : 0,
        residual: k >= 0 && residuals ? residuals[0]![k]! : 0,
      });
    });
    if (degenerate) {
      tests.push({ factorId: f.id, test: 'none', statistic: 0, df: 0, pValue: undefined, minExpected: 0 });
      return;
    }
    const smallest = Math.min(...expected!.flat());
    const chi = chiSquare(table);
    const exact = smallest < minExpected ? fisherExact2xC(table) : undefined;
    tests.push({
      factorId: f.id,
      test: exact === undefined ? 'chi-square' : 'fisher-exact',
      statistic: chi.statistic,
      df: chi.df,
      pValue: exact ?? chi.pValue,
      minExpected: smallest,
    });
  });
  const withP = tests.filter((t) => t.pValue !== undefined);
  const q = benjaminiHochberg(withP.map((t) => t.pValue!));
  const adjusted = new Map(withP.map((t, i) => [t.factorId, q[i]]));
  return { cells, tests: tests.map((t) => ({ ...t, pAdjusted: adjusted.get(t.factorId) })) };
}
