/** One rerun of the clustering and coding: the settings it changed. */
export interface SensitivityRun {
  readonly seed: number;
  readonly resolution: number;
  readonly minDefinitions: number;
  /** Factors that run found (that code at least one definition). */
  readonly factors: number;
}

/** How one factor of the run fares over the reruns. */
export interface FactorSensitivity {
  readonly factorId: string;
  /**
   * Reruns that find it again: a codebook factor by its id; another factor when one of the rerun's
   * factors without a codebook id shares more than `sensitivity.jaccard` of its terms.
   */
  readonly found: number;
  /** Over the reruns, the Jaccard overlap of its terms with its match (0 where none; two empty term lists count as the same). */
  readonly meanJaccard: number;
  readonly minJaccard: number;
}

/** A matrix cell whose value some rerun does not give. */
export interface CellSensitivity {
  readonly definitionId: string;
  readonly factorId: string;
  /** Its value in the run's matrix. */
  readonly value: 0 | 1;
  /** Reruns in which the cell is 1. */
  readonly ones: number;
}

/** What `analyze --sensitivity` found: which factors and cells hold over the reruns. */
export interface Sensitivity {
  /** Every rerun, in the order seeds × resolutions × minimum definitions. */
  readonly runs: readonly SensitivityRun[];
  /** Per factor of the run, in the run's factor order. */
  readonly factors: readonly FactorSensitivity[];
  /** The cells that flip in at least one rerun, definitions then factors in the run's order. */
  readonly cells: readonly CellSensitivity[];
  /** Cells of the run's matrix compared (definitions × factors). */
  readonly cellsCompared: number;
}
