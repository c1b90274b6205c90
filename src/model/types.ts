/** Where a value came from. Lines and pages are 1-based; `file` is posix, relative to the corpus folder. */
export interface Origin {
  readonly file: string;
  readonly line?: number;
  readonly page?: number;
  /** 1-based position of the record in a file without lines per record (a JSON array). */
  readonly record?: number;
  readonly field?: string;
}

/** Ingest's output: one raw record, strings only, not yet interpreted. */
export interface SourceRecord {
  readonly origin: Origin;
  readonly fields: Readonly<Record<string, string>>;
  /** Set when the text was mined from a document (a PDF, an abstract) rather than typed in. */
  readonly mined?: Mined;
}

/** How a definition was found in a document: the wording that matched and its score (0–1). */
export interface Mined {
  readonly score: number;
  readonly pattern: string;
}

/** A validated record of the corpus, with the seed's fields. */
export interface Definition {
  readonly id: string;
  readonly sector: string;
  readonly orgType: string;
  readonly term: string;
  readonly kind: string;
  readonly author: string;
  readonly year: number | undefined;
  readonly title: string;
  readonly url: string;
  readonly text: string;
  readonly origin: Origin;
  readonly mined?: Mined;
}

/** Why a valid record is left out of the analysis. */
export interface Exclusion {
  readonly id: string;
  readonly reason: 'kind' | 'duplicate';
  readonly detail: string;
  /** For a duplicate: the record kept in its place. */
  readonly keptId?: string;
}

/** A group of records whose texts are the same definition (exactly or nearly). */
export interface DuplicateGroup {
  readonly keptId: string;
  readonly why: string;
  readonly members: readonly { readonly id: string; readonly similarity: number; readonly exact: boolean }[];
}

/** One occurrence of a candidate term in a definition; offsets point into `Definition.text`. */
export interface TermOccurrence {
  /** Merge key: stems of the words, or `=label` for a term the thesaurus fixed. */
  readonly key: string;
  /** The lemmatised form, from which the term's display label is chosen. */
  readonly form: string;
  readonly words: number;
  /** Part of speech of a single word (`NOUN`, `ADJ`, `VERB`, `PROPN`); `PHRASE` for a multi-word term. */
  readonly pos: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

/** A token kept for later stages (roles in the synthesis need the verbs around the terms). */
export interface Token {
  readonly lemma: string;
  readonly pos: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

export interface TokenizedDefinition {
  readonly id: string;
  readonly tokens: readonly Token[];
  readonly occurrences: readonly TermOccurrence[];
}

export interface TermStats {
  readonly term: string;
  readonly key: string;
  readonly words: number;
  readonly frequency: number;
  readonly definitions: number;
  readonly share: number;
  /** Occurrences inside a longer term ("life" in "quality of life"). */
  readonly nested: number;
  /** The part of speech it has most often (`PHRASE` for multi-word terms). */
  readonly pos: string;
  /** Definitions containing the term, per sector (every configured sector is present). */
  readonly bySector: Readonly<Record<string, number>>;
  /** The lemmatised forms merged into this term, most frequent first. */
  readonly variants: readonly string[];
}

/** How often a definition uses a term. */
export interface DefinitionTerm {
  readonly definitionId: string;
  readonly term: string;
  readonly count: number;
}

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

/** Why a definition has a factor: the factor's terms it uses, and the words as they stand in its text. */
export interface DefinitionFactor {
  readonly definitionId: string;
  readonly factorId: string;
  readonly terms: readonly string[];
  readonly evidence: readonly string[];
}

/** One cell of a factor × sector table. */
export interface SectorCell {
  readonly factorId: string;
  readonly sector: string;
  /** Analysed definitions of the sector with the factor. */
  readonly definitions: number;
  readonly sectorTotal: number;
  readonly share: number | undefined;
  /** Expected count under independence of factor and sector. */
  readonly expected: number;
  /** Adjusted standardized residual. */
  readonly residual: number;
}

/** The test of independence of one factor (present / absent) and the sector. */
export interface SectorTest {
  readonly factorId: string;
  readonly test: 'chi-square' | 'fisher-exact' | 'none';
  /** Pearson's chi-square statistic (reported with either test). */
  readonly statistic: number;
  readonly df: number;
  readonly pValue: number | undefined;
  /** Benjamini–Hochberg adjusted over all factors. */
  readonly pAdjusted: number | undefined;
  readonly minExpected: number;
}

/** What a factor's words do in the definitions: what a city uses, what it achieves, who takes part. */
export type Role = 'means' | 'end' | 'actor';

export interface Clause {
  readonly factorId: string;
  readonly role: Role;
  /** How many occurrences of the factor's terms read as each role. */
  readonly votes: Readonly<Record<Role, number>>;
  /** The words of the synthesized sentence for this factor, in the corpus's most frequent phrasing. */
  readonly phrase: string;
  readonly definitions: number;
  readonly share: number;
  /** Sectors where the factor's share is above its overall share, highest first. */
  readonly strongIn: readonly string[];
  /** Definitions that show the factor best: most of its terms, then earliest. */
  readonly examples: readonly string[];
}

export interface Synthesis {
  readonly term: string;
  /** The synthesized definition; empty when no factor reaches the threshold. */
  readonly text: string;
  readonly minShare: number;
  readonly clauses: readonly Clause[];
  /** The verbs the sentence uses, as the corpus uses them most often for each role. */
  readonly verbs: { readonly means: string; readonly end: string };
  /** The existing definition that covers the most consensus factors. */
  readonly representative: { readonly definitionId: string; readonly factorIds: readonly string[] } | undefined;
}
