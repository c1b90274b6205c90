import type { RunResult, Sensitivity } from '../model/index.js';
import { headerOf } from './dictionary.js';
import { fixed, toCsv } from './format.js';

const headerFor = (file: string, result: RunResult) => headerOf(file, { sectors: result.config.sectors, factorIds: result.factors.map((f) => f.id) });

/** `sensitivity-factors.csv`: how often each factor of the run is found again over the reruns. */
export function sensitivityFactorsCsv(result: RunResult, sensitivity: Sensitivity): string {
  const { precision } = result.config;
  const runs = sensitivity.runs.length;
  const byId = new Map(result.factors.map((f) => [f.id, f]));
  return toCsv(
    headerFor('sensitivity-factors.csv', result),
    sensitivity.factors.map((s) => {
      const f = byId.get(s.factorId)!;
      return [s.factorId, f.label, f.origin, runs, s.found, fixed(s.found / runs, precision), fixed(s.meanJaccard, precision), fixed(s.minJaccard, precision)];
    }),
  );
}

/** `sensitivity-cells.csv`: the matrix cells that some rerun gives another value, with the share of reruns where they are 1. */
export function sensitivityCellsCsv(result: RunResult, sensitivity: Sensitivity): string {
  const { precision } = result.config;
  const runs = sensitivity.runs.length;
  return toCsv(
    headerFor('sensitivity-cells.csv', result),
    sensitivity.cells.map((c) => [c.definitionId, c.factorId, c.value, runs, c.ones, fixed(c.ones / runs, precision)]),
  );
}
