/** A core factor of the concept: a group of terms that definitions use together. */
export interface Factor {
  /** The codebook's id, `emergent-N` for a group the codebook does not name, `factor-N` without a codebook. */
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly origin: 'codebook' | 'emergent';
  /** Its terms, most definitions first. */
  readonly terms: readonly string[];
  /** The codebook seed terms the corpus uses (a subset of `terms`). */
  readonly seeds: readonly string[];
  /** Analysed definitions using at least one of its terms. */
  readonly definitions: number;
  readonly share: number;
  /** Mean best-match Jaccard over bootstrap resamples (1 = always the same terms); undefined without bootstrap. */
  readonly stability: number | undefined;
}

/** Terms as nodes, definitions sharing two terms as edges. */
export interface TermNetwork {
  readonly nodes: readonly { readonly term: string; readonly definitions: number; readonly factorId: string | undefined }[];
  readonly edges: readonly {
    readonly source: string;
    readonly target: string;
    /** Definitions containing both terms. */
    readonly cooccurrences: number;
    /** Association strength: cooccurrences × N / (definitions of source × definitions of target). */
    readonly strength: number;
  }[];
}

/** The clustering's verdict on each term, indexed like the terms list. */
export interface TermFactors {
  /** Index into the factors, or -1 for a term in no factor. */
  readonly factor: Int32Array;
  /**
   * For a term that joined a factor (not one of its seeds): the share of the definitions using it
   * that also use one of the factor's anchors, and that share over chance (the lift). NaN otherwise.
   */
  readonly fit: Float64Array;
  readonly lift: Float64Array;
}
