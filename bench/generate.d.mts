// Types of what the tests use from the corpus generator (generate.mjs is plain JavaScript).
export interface GeneratedCorpus {
  readonly size: number;
  readonly seed: number;
  readonly file: string;
  readonly bytes: number;
  readonly words: number;
  readonly nearDuplicates: number;
  readonly withSentence: number;
}
/** Writes a seeded corpus of `size` definitions (and the shipped config, thesaurus and codebook) to `dir`. */
export function generateCorpus(options: { size: number; dir: string; seed?: number }): Promise<GeneratedCorpus>;
