/**
 * One occurrence of a candidate term in a text, as the tokenizer finds it; offsets point into the
 * text. What later stages need of the words around it (the role cue, a determiner) is read here,
 * so no later stage needs the tokens.
 */
export interface TermOccurrence {
  /** Merge key: stems of the words, or `=label` for a term the thesaurus fixed. */
  readonly key: string;
  /** The lemmatised form, from which the term's display label is chosen. */
  readonly form: string;
  readonly words: number;
  /** Part of speech of a single word (`NOUN`, `ADJ`, `VERB`, `PROPN`); `PHRASE` for a multi-word term. */
  readonly pos: PartOfSpeech;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  /** Said inside a longer term of the same text ("life" in "quality of life"). */
  readonly nested: boolean;
  /** The nearest role cue before it in its sentence ("uses", "improve"), as a lemma. */
  readonly cue: string | undefined;
  /** The determiner right before it ("the", "its", "their"), lower case. */
  readonly determiner: Determiner | undefined;
}

export const PARTS_OF_SPEECH = ['NOUN', 'PROPN', 'ADJ', 'VERB', 'PHRASE'] as const;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];
export const DETERMINERS = ['the', 'its', 'their'] as const;
export type Determiner = (typeof DETERMINERS)[number];

/** Where a codebook rule matches a text: the factor (its index in the codebook), the rule (counted across factors), the span. */
export interface RuleHit {
  readonly factor: number;
  readonly rule: number;
  readonly start: number;
  readonly end: number;
}

/** A sentence of a text, as offsets into it. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The tokenizer's findings for a run of texts, packed in columns: what the per-document stage
 * hands on, mergeable across batches and workers. Keys, forms and cues are numbered within the
 * batch; `offsets[i]..offsets[i + 1]` are the occurrences of the batch's i-th text.
 */
export interface TokenBatch {
  readonly texts: number;
  readonly keys: readonly string[];
  readonly forms: readonly string[];
  readonly cues: readonly string[];
  /** Occurrences of each (key, form) pair, as triples: key, form, count. */
  readonly formCounts: Int32Array;
  readonly offsets: Int32Array;
  readonly key: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly sentence: Uint16Array;
  /** Part of speech, nested flag and determiner, packed (see `packInfo`). */
  readonly info: Uint8Array;
  /** Batch cue number, or -1. */
  readonly cue: Int16Array;
  /** `sentenceOffsets[i]..[i + 1]` index the i-th text's sentences in `sentenceStart`/`sentenceEnd`. */
  readonly sentenceOffsets: Int32Array;
  readonly sentenceStart: Int32Array;
  readonly sentenceEnd: Int32Array;
  /** The codebook rules' matches of the i-th text: `hits.offsets[i]..[i + 1]`. */
  readonly hits: CodeHits;
}

/**
 * Where the codebook's rules match each text: text `d` has matches `offsets[d]..offsets[d + 1]`,
 * in text order. A match codes its factor whatever the clustering finds.
 */
export interface CodeHits {
  readonly offsets: Int32Array;
  /** The factor's index in the codebook. */
  readonly factor: Int16Array;
  /** The rule's number, counted across the codebook's factors in order. */
  readonly rule: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
}

/**
 * Every term use of the analysed definitions, terms resolved to their index in `terms`: the one
 * hand-off from the terms stage that every later stage reads (no stage re-joins keys to labels).
 * Definition `d` (its index in the analysed definitions) has uses `offsets[d]..offsets[d + 1]`,
 * in text order; its sentences are `sentenceOffsets[d]..[d + 1]` in `sentenceStart`/`sentenceEnd`.
 */
export interface TermUses {
  readonly offsets: Int32Array;
  readonly term: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly sentence: Uint16Array;
  readonly info: Uint8Array;
  /** Index into `cues`, or -1. */
  readonly cue: Int16Array;
  readonly cues: readonly string[];
  readonly sentenceOffsets: Int32Array;
  readonly sentenceStart: Int32Array;
  readonly sentenceEnd: Int32Array;
}

/** Part of speech (3 bits), nested (1 bit), determiner (2 bits: none, the, its, their). */
export function packInfo(pos: PartOfSpeech, nested: boolean, determiner: Determiner | undefined): number {
  return PARTS_OF_SPEECH.indexOf(pos) | (nested ? 8 : 0) | ((determiner ? DETERMINERS.indexOf(determiner) + 1 : 0) << 4);
}
export const posOf = (info: number): PartOfSpeech => PARTS_OF_SPEECH[info & 7]!;
export const isNested = (info: number): boolean => (info & 8) !== 0;
export const determinerOf = (info: number): Determiner | undefined => DETERMINERS[(info >> 4) - 1];
/** A noun use names something: the synthesized sentence takes its phrasing only from these. */
export const isNounUse = (info: number): boolean => {
  const pos = posOf(info);
  return pos === 'NOUN' || pos === 'PROPN' || pos === 'PHRASE';
};

/** The sentence of definition `d` that use `u` stands in. */
export function sentenceOf(uses: TermUses, d: number, u: number): Span {
  const i = uses.sentenceOffsets[d]! + uses.sentence[u]!;
  return { start: uses.sentenceStart[i]!, end: uses.sentenceEnd[i]! };
}

export interface TermStats {
  /** The term's label: its most frequent form. Its index in the terms list is its id. */
  readonly term: string;
  /** The merge keys it gathers, `|`-separated. */
  readonly key: string;
  readonly words: number;
  readonly frequency: number;
  readonly definitions: number;
  readonly share: number;
  /** Occurrences inside a longer term ("life" in "quality of life"). */
  readonly nested: number;
  /** The part of speech it has most often (`PHRASE` for multi-word terms). */
  readonly pos: PartOfSpeech;
  /** Definitions containing the term, per sector (every configured sector is present). */
  readonly bySector: Readonly<Record<string, number>>;
  /** The lemmatised forms merged into this term, most frequent first. */
  readonly variants: readonly string[];
}

/** Each definition's key terms, best first: definition `d` has `term[offsets[d]..offsets[d + 1]]` with their scores. */
/** Each definition's key terms, best first: definition d's are `offsets[d]` to `offsets[d + 1]`. */
export interface KeyTerms {
  readonly offsets: Int32Array;
  readonly term: Int32Array;
  readonly score: Float64Array;
  /** Where the term is first said in the definition's text, as written there. */
  readonly start: Int32Array;
  readonly end: Int32Array;
}

/** The terms' order, and so their ids: most definitions first, then most occurrences, then alphabetical. */
export function compareTerms(a: TermStats, b: TermStats): number {
  return b.definitions - a.definitions || b.frequency - a.frequency || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);
}
