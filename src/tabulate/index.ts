import type { Definition, DefinitionFactor, Factor, SectorCell, SectorTest, Tabulated, TokenizedDefinition } from '../model/index.js';
import { adjustedResiduals, benjaminiHochberg, chiSquare, expectedCounts, fisherExact2xC } from './stats.js';

/** Below this expected count in any cell, the chi-square approximation is poor: use the exact test. */
const MIN_EXPECTED = 5;

export function tabulate(
  definitions: readonly Definition[],
  tokenized: readonly TokenizedDefinition[],
  factors: readonly Factor[],
  factorOf: ReadonlyMap<string, string>,
  labelOf: ReadonlyMap<string, string>,
  sectors: readonly string[],
): Tabulated {
  const textOf = new Map(definitions.map((d) => [d.id, d.text]));
  const sectorOf = new Map(definitions.map((d) => [d.id, d.sector]));
  const order = new Map(factors.map((f, i) => [f.id, i]));
  const definitionFactors: DefinitionFactor[] = [];
  const matrix = tokenized.map((t) => {
    const text = textOf.get(t.id)!;
    const found = new Map<string, { terms: Set<string>; evidence: Set<string> }>();
    for (const o of t.occurrences) {
      const term = labelOf.get(o.key)!;
      const factorId = factorOf.get(term);
      if (!factorId) continue;
      let entry = found.get(factorId);
      if (!entry) found.set(factorId, (entry = { terms: new Set(), evidence: new Set() }));
      entry.terms.add(term);
      entry.evidence.add(text.slice(o.start, o.end));
    }
    const ids = [...found.keys()].sort((a, b) => order.get(a)! - order.get(b)!);
    for (const factorId of ids) {
      const { terms, evidence } = found.get(factorId)!;
      definitionFactors.push({ definitionId: t.id, factorId, terms: [...terms], evidence: [...evidence] });
    }
    return { definitionId: t.id, sector: sectorOf.get(t.id)!, factorIds: new Set(ids) };
  });

  const { cells, tests } = sectorTables(matrix, factors, sectors);
  return {
    matrix,
    definitionFactors,
    sectorCells: cells,
    sectorTests: tests,
    withoutFactor: matrix.filter((m) => m.factorIds.size === 0).map((m) => m.definitionId),
  };
}

/** For each factor, the 2 × sectors table (with / without the factor) and its test of independence. */
function sectorTables(matrix: Tabulated['matrix'], factors: readonly Factor[], sectors: readonly string[]) {
  const totals = sectors.map((s) => matrix.filter((m) => m.sector === s).length);
  // Sectors without definitions carry no information and would divide by zero.
  const tested = sectors.map((_, j) => j).filter((j) => totals[j]! > 0);
  const cells: SectorCell[] = [];
  const tests: Omit<SectorTest, 'pAdjusted'>[] = [];
  for (const f of factors) {
    const withFactor = sectors.map((s) => matrix.filter((m) => m.sector === s && m.factorIds.has(f.id)).length);
    const table: [number[], number[]] = [tested.map((j) => withFactor[j]!), tested.map((j) => totals[j]! - withFactor[j]!)];
    const degenerate = tested.length < 2 || table.some((row) => row.every((x) => x === 0));
    const expected = degenerate ? undefined : expectedCounts(table);
    const residuals = degenerate ? undefined : adjustedResiduals(table);
    sectors.forEach((sector, j) => {
      const k = tested.indexOf(j);
      cells.push({
        factorId: f.id,
        sector,
        definitions: withFactor[j]!,
        sectorTotal: totals[j]!,
        share: totals[j] ? withFactor[j]! / totals[j]! : undefined,
        expected: k >= 0 && expected ? expected[0]![k]! : 0,
        residual: k >= 0 && residuals ? residuals[0]![k]! : 0,
      });
    });
    if (degenerate) {
      tests.push({ factorId: f.id, test: 'none', statistic: 0, df: 0, pValue: undefined, minExpected: 0 });
      continue;
    }
    const minExpected = Math.min(...expected!.flat());
    const chi = chiSquare(table);
    const exact = minExpected < MIN_EXPECTED ? fisherExact2xC(table) : undefined;
    tests.push({
      factorId: f.id,
      test: exact === undefined ? 'chi-square' : 'fisher-exact',
      statistic: chi.statistic,
      df: chi.df,
      pValue: exact ?? chi.pValue,
      minExpected,
    });
  }
  const withP = tests.filter((t) => t.pValue !== undefined);
  const q = benjaminiHochberg(withP.map((t) => t.pValue!));
  const adjusted = new Map(withP.map((t, i) => [t.factorId, q[i]]));
  return { cells, tests: tests.map((t) => ({ ...t, pAdjusted: adjusted.get(t.factorId) })) };
}
