import type { Period } from '../config/periods.js';
import type { Analyses, Definition, Factor, Matrix, SectorCell, TermFactors, TermNetwork, TermStats, TermUses } from '../model/index.js';
import { correspondence } from './correspondence.js';
import { thematicMap } from './thematic-map.js';
import { analyseTime } from './time.js';

export interface AnalysesInput {
  readonly definitions: readonly Definition[];
  readonly matrix: Matrix;
  readonly factors: readonly Factor[];
  readonly sectors: readonly string[];
  readonly sectorCells: readonly SectorCell[];
  readonly periods: readonly Period[];
  readonly terms: readonly TermStats[];
  readonly uses: TermUses;
  readonly termFactors: TermFactors;
  readonly network: TermNetwork;
}

/** Time, the thematic map and correspondence analysis: each linear in the definitions (one pass over the matrix or the term uses). */
export function analyseFurther(input: AnalysesInput): Analyses {
  const time = analyseTime(input);
  const ids = input.factors.map((f) => f.id);
  const bySector = new Map(input.sectorCells.map((c) => [`${c.factorId}\u0000${c.sector}`, c.definitions]));
  const sectorTable = ids.map((id) => input.sectors.map((s) => bySector.get(`${id}\u0000${s}`) ?? 0));
  const periodTable = time.factors.map((f) => [...f.definitions]);
  return {
    time,
    thematicMap: thematicMap(input.network, input.factors),
    correspondence: {
      sectors: correspondence(sectorTable, ids, input.sectors, 'sector'),
      periods: correspondence(
        periodTable,
        ids,
        time.periods.map((p) => p.label),
        'period',
      ),
    },
  };
}
