import { cluster, type ClusterInput } from '../cluster/index.js';
import { code } from '../code/index.js';
import type { Config } from '../config/schema.js';
import { Diagnostics } from '../core/diagnostics.js';
import type { CellSensitivity, CodeHits, Factor, FactorSensitivity, Matrix, Sensitivity, SensitivityRun } from '../model/index.js';

export interface SensitivityInput {
  /** What the run clustered: the terms and uses are reused, never tokenized again. */
  readonly cluster: ClusterInput;
  readonly hits: CodeHits;
  readonly config: Config;
  /** The run's own factors and matrix, which the reruns are compared with. */
  readonly factors: readonly Factor[];
  readonly matrix: Matrix;
  /** Told after each rerun. */
  readonly onRun?: (done: number, total: number) => void;
}

/** The Jaccard overlap of two term lists; two empty lists are the same. */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  if (!a.length && !b.length) return 1;
  const set = new Set(a);
  let shared = 0;
  for (const t of new Set(b)) if (set.has(t)) shared++;
  return shared / (set.size + new Set(b).size - shared);
}

/**
 * Reruns the clustering and coding over every combination of `sensitivity.seeds`,
 * `.resolutions` and `.minDefinitions` (as `factors.minDefinitions`; no bootstrap: only the
 * factors matter here), and counts, for each factor and each matrix cell of the run, the reruns
 * that keep it. A codebook factor is matched by its id; any other factor by the rerun's factor
 * without a codebook id that shares the most of its terms, if more than `sensitivity.jaccard`
 * (at 0.5 or above no two factors can match the same one). A cell of a factor a rerun does not find is 0.
 */
export function sensitivity(input: SensitivityInput): Sensitivity {
  const { config, factors, matrix } = input;
  const { seeds, resolutions, minDefinitions, jaccard: threshold } = config.sensitivity;
  const settings = seeds.flatMap((seed) => resolutions.flatMap((resolution) => minDefinitions.map((m) => ({ seed, resolution, minDefinitions: m }))));
  const clusterInput = {
    ...input.cluster,
    codebookFactorOf: memoFactors(input.cluster.codebookFactorOf),
    ...(input.cluster.groupByMeaning ? { groupByMeaning: memoGroups(input.cluster.groupByMeaning) } : {}),
  };
  const F = factors.length;
  const D = matrix.definitions;
  const found = new Int32Array(F);
  const jaccardSum = new Float64Array(F);
  const jaccardMin = new Float64Array(F).fill(1);
  const ones = new Int32Array(D * F);
  const runs: SensitivityRun[] = [];
  settings.forEach((s, i) => {
    const rerunConfig: Config = {
      ...config,
      seed: s.seed,
      factors: { ...config.factors, resolution: s.resolution, minDefinitions: s.minDefinitions, bootstrap: 0 },
    };
    // The reruns' diagnostics repeat or vary the run's own: they are not reported.
    const clustered = cluster(clusterInput, rerunConfig, new Diagnostics());
    const coded = code({
      terms: input.cluster.terms,
      uses: input.cluster.uses,
      hits: input.hits,
      codebook: input.cluster.codebook,
      factors: clustered.factors,
      termFactors: clustered.termFactors,
      ...config.coding,
    });
    runs.push({ ...s, factors: coded.factors.length });
    const byId = new Map(coded.factors.map((f, j) => [f.id, j]));
    const others = coded.factors.map((f, j) => ({ f, j })).filter(({ f }) => f.origin !== 'codebook');
    factors.forEach((factor, f) => {
      let match = -1;
      let overlap = 0;
      if (factor.origin === 'codebook') {
        match = byId.get(factor.id) ?? -1;
        overlap = match >= 0 ? jaccard(factor.terms, coded.factors[match]!.terms) : 0;
      } else {
        // The best overlap; ties go to the earlier (more prevalent) factor.
        for (const { f: other, j } of others) {
          const o = jaccard(factor.terms, other.terms);
          if (o > overlap) [overlap, match] = [o, j];
        }
        if (overlap <= threshold) match = -1;
      }
      jaccardSum[f]! += overlap;
      jaccardMin[f] = Math.min(jaccardMin[f]!, overlap);
      if (match < 0) return;
      found[f]!++;
      const cells = coded.matrix.cells;
      const width = coded.matrix.factors;
      for (let d = 0; d < D; d++) ones[d * F + f]! += cells[d * width + match]!;
    });
    input.onRun?.(i + 1, settings.length);
  });
  const factorRows: FactorSensitivity[] = factors.map((f, i) => ({
    factorId: f.id,
    found: found[i]!,
    meanJaccard: jaccardSum[i]! / settings.length,
    minJaccard: jaccardMin[i]!,
  }));
  const cells: CellSensitivity[] = [];
  const ids = input.cluster.definitionIds;
  for (let d = 0; d < D; d++) {
    for (let f = 0; f < F; f++) {
      const value = matrix.cells[d * F + f] === 1 ? 1 : 0;
      const held = value ? ones[d * F + f]! : settings.length - ones[d * F + f]!;
      if (held < settings.length) cells.push({ definitionId: ids[d]!, factorId: factors[f]!.id, value, ones: ones[d * F + f]! });
    }
  }
  return { runs, factors: factorRows, cells, cellsCompared: D * F };
}

/** Grouping by meaning depends only on the terms clustered (not on seed or resolution): each distinct set is grouped once. */
function memoGroups(group: NonNullable<ClusterInput['groupByMeaning']>): NonNullable<ClusterInput['groupByMeaning']> {
  const cache = new Map<string, ReturnType<typeof group>>();
  return (terms) => {
    const key = terms.map((t) => t.term).join('\n');
    let result = cache.get(key);
    if (!result) cache.set(key, (result = group(terms)));
    return result;
  };
}

/** Which codebook factor names each term label: the same in every rerun, so each label is matched against the rules once. */
function memoFactors(factorOf: ClusterInput['codebookFactorOf']): ClusterInput['codebookFactorOf'] {
  const cache = new Map<string, number>();
  return (labels) => {
    const missing = [...new Set(labels.filter((l) => !cache.has(l)))];
    if (missing.length) factorOf(missing).forEach((f, i) => cache.set(missing[i]!, f));
    return labels.map((l) => cache.get(l)!);
  };
}
