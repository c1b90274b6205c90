// What every clause pattern gives back: the defining clause found in a sentence, and the named factors of its
// score, so that a candidate's score can be explained factor by factor.

/** A factor of a candidate's score, named so the score can be explained. */
export interface Factor {
  readonly name: string;
  readonly value: number;
}

/** A defining clause found in a sentence, before attribution. */
export interface Clause {
  /** Offsets of the clause in the sentence (end exclusive; trailing citation and punctuation left out). */
  readonly start: number;
  readonly end: number;
  /** The configured term the clause defines. */
  readonly term: string;
  /** The defining construction and its weight. */
  readonly pattern: Factor;
  /** Where the clause sits in the sentence. */
  readonly position: Factor;
  /** Words in the clause, and the factor their number gives. */
  readonly words: number;
  readonly length: Factor;
  /** Checks on what is said of the term that lowered the score (negated, evaluative, …). */
  readonly checks: readonly Factor[];
  readonly score: number;
  /** Who the sentence says defines it: the subject of a reporting verb or of an attribution phrase. */
  readonly reporter?: { readonly text: string; readonly start: number; readonly end: number; readonly cue: string };
  /** The writers' own definition: `we define`, `understood here as`, `in this study`. */
  readonly own: boolean;
}
