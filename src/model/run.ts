import type { Config } from '../config/schema.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { Definition, DuplicateGroup, Exclusion, InputFile } from './records.js';
import type { Agreement } from './agreement.js';
import type { Sensitivity } from './sensitivity.js';
import type { Analyses } from './analyses.js';
import type { Factor, TermFactors, TermNetwork } from './factors.js';
import type { Synthesis } from './synthesis.js';
import type { Tabulated } from './tables.js';
import type { KeyTerms, TermStats, TermUses } from './terms.js';

export interface RunResult {
  readonly config: Config;
  readonly inputs: {
    readonly files: readonly InputFile[];
    /** The config file, relative to the corpus folder, and its hash. */
    readonly config?: { readonly path: string; readonly sha256: string };
    readonly thesaurus?: { readonly entries: number; readonly sha256: string };
    readonly codebook?: { readonly factors: number; readonly sha256: string };
  };
  /** Every record read, valid or not. */
  readonly records: number;
  readonly valid: readonly Definition[];
  readonly analysed: readonly Definition[];
  readonly exclusions: readonly Exclusion[];
  readonly duplicates: readonly DuplicateGroup[];
  /** Every term, most definitions first; a term's index is its id in `uses` and `termFactors`. */
  readonly terms: readonly TermStats[];
  /** Every use of a term in the analysed definitions (indexed like `analysed`). */
  readonly uses: TermUses;
  /** Each analysed definition's key terms, ranked. */
  readonly keyTerms: KeyTerms;
  readonly factors: readonly Factor[];
  readonly termFactors: TermFactors;
  /** The codebook's rules as written, numbered as the matrix's evidence numbers them. */
  readonly rules: readonly string[];
  readonly network: TermNetwork;
  readonly tables: Tabulated;
  readonly synthesis: Synthesis;
  /** Time, thematic map and correspondence analysis, from the matrix and the term uses. */
  readonly analyses: Analyses;
  /** The matrix's agreement with `corpus/reference-coding.csv`, when the corpus has one. */
  readonly agreement?: Agreement;
  /** How factors and cells hold when the clustering is rerun over other settings (`analyze --sensitivity`). */
  readonly sensitivity?: Sensitivity;
  readonly diagnostics: readonly Diagnostic[];
  /** Milliseconds per stage: for the --json summary and the benchmark, never in the outputs (they vary). */
  readonly timings: Readonly<Record<string, number>>;
}

/** The run's counts, as the manifest and the --json summary report them. */
export function runCounts(result: RunResult) {
  return {
    records: result.records,
    valid: result.valid.length,
    analysed: result.analysed.length,
    excluded: result.exclusions.length,
    duplicateGroups: result.duplicates.length,
    terms: result.terms.length,
    factors: result.factors.length,
    definitionsWithoutFactor: result.tables.withoutFactor.length,
  };
}
