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
