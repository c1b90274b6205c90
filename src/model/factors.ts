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

/** How well a term that joined a factor fits it; see `termFit`. */
export interface TermFit {
  /** Share of the definitions using the term that also use one of the factor's anchors. */
  readonly fit: number;
  /** `fit` over the share of all definitions using an anchor: above 1, more than chance. */
  readonly lift: number;
}
