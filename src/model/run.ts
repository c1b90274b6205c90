import type { Config } from '../config/schema.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { Definition, DuplicateGroup, Exclusion, InputFile } from './records.js';
import type { Factor, TermFit, TermNetwork } from './factors.js';
import type { Agreement } from './agreement.js';
import type { Synthesis } from './synthesis.js';
import type { Tabulated } from './tables.js';
import type { DefinitionTerm, TermStats, TokenizedDefinition } from './terms.js';

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
  readonly tokenized: readonly TokenizedDefinition[];
  readonly terms: readonly TermStats[];
  readonly definitionTerms: readonly DefinitionTerm[];
  readonly factors: readonly Factor[];
  /** Term → factor id, for the terms in a factor. */
  readonly factorOf: ReadonlyMap<string, string>;
  /** Term → how well it fits its factor; seed terms have none. */
  readonly fitOf: ReadonlyMap<string, TermFit>;
  readonly network: TermNetwork;
  readonly tables: Tabulated;
  readonly synthesis: Synthesis;
  /** The matrix's agreement with `corpus/reference-coding.csv`, when the corpus has one. */
  readonly agreement?: Agreement;
  readonly diagnostics: readonly Diagnostic[];
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
