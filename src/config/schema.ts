import { z } from 'zod';

const slug = z.string().regex(/^[a-z][a-z0-9-]*$/, 'Expected a lower-case slug such as `academic`');

/** The analysis settings a researcher keeps in `corpus/config.json`; every key has a default. */
export const ConfigSchema = z.strictObject({
  /** The sectors a definition's `sector` must be one of; the order is the order of the output columns. */
  sectors: z.array(slug).min(1).default(['academic', 'private', 'government', 'ngo']),
  /** Which `kind`s of record are analysed; others are validated and reported as excluded. */
  kinds: z.array(z.string().min(1)).min(1).default(['definition']),
  /** Domain words every definition repeats, dropped on top of general English stopwords. */
  stopwords: z.array(z.string().min(1)).default(['smart', 'city', 'cities']),
  terms: z
    .strictObject({
      /** Longest multi-word term, in words. */
      maxWords: z.int().min(1).max(6).default(4),
    })
    .prefault({}),
  duplicates: z
    .strictObject({
      /** Count each distinct definition once: near-duplicates beyond the first are excluded. */
      merge: z.boolean().default(true),
      /** Share of the longer text's word shingles the other shares, from which two texts are one definition. */
      similarity: z.number().gt(0).max(1).default(0.4),
      /** Words per shingle. */
      shingle: z.int().min(1).max(8).default(3),
    })
    .prefault({}),
  /** Decimal places of the shares and statistics in the outputs. */
  precision: z.int().min(0).max(10).default(4),
});

export type Config = z.infer<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;
