import { z } from 'zod';
import { DEFAULT_LIMITS } from './limits.js';
import { PeriodsSchema } from './periods.js';
import { DEFAULT_MINE_METHOD, MINE_METHODS } from './mine-method.js';

const unique = (list: readonly unknown[]) => new Set(list).size === list.length;

const slug = z.string().regex(/^[a-z][a-z0-9-]*$/, 'Expected a lower-case slug such as `academic`');

/** The analysis settings a researcher keeps in `corpus/config.json`; every key has a default. */
export const ConfigSchema = z.strictObject({
  /** The sectors a definition's `sector` must be one of; the order is the order of the output columns. */
  sectors: z.array(slug).min(1).refine(unique, 'Expected each sector once').default(['academic', 'private', 'government', 'ngo']),
  /** Which `kind`s of record are analysed; others are validated and reported as excluded. */
  kinds: z.array(z.string().min(1)).min(1).refine(unique, 'Expected each kind once').default(['definition']),
  /**
   * The concept the corpus defines: `mine` looks for definitions of its terms (and their plurals and
   * variants), and its name's words are domain stopwords. The default is the smart city family.
   */
  concept: z
    .strictObject({
      /** How outputs name the concept (default: the first term); its words are dropped as domain stopwords. */
      name: z.string().trim().min(1).optional(),
      /** The defined terms, singular; plurals are derived (`smart city` → `smart cities`). Default: the name alone. */
      terms: z.array(z.string().trim().min(1)).min(1).refine(unique, 'Expected each term once').optional(),
      /** Other spellings of a term, each mapped to one of `terms`. */
      variants: z.record(z.string().trim().min(1), z.string().trim().min(1)).default({}),
    })
    .refine((c) => c.terms !== undefined || c.name !== undefined, { message: 'Expected `terms` (the defined terms), or at least a `name`', path: ['terms'] })
    .refine((c) => Object.values(c.variants).every((t) => (c.terms ?? [c.name]).includes(t)), {
      message: 'Expected every variant to map to one of `terms`',
      path: ['variants'],
    })
    .default({
      name: 'smart city',
      terms: ['smart city', 'smart sustainable city', 'sustainable city'],
      variants: { 'smart and sustainable city': 'smart sustainable city', 'smarter city': 'smart city' },
    })
    .transform((c) => ({ name: c.name ?? c.terms![0]!, terms: c.terms ?? [c.name!], variants: c.variants })),
  /** Domain words every definition repeats, dropped on top of general English stopwords. */
  stopwords: z.array(z.string().min(1)).default(['smart', 'city', 'cities']),
  terms: z
    .strictObject({
      /** Longest multi-word term, in words. */
      maxWords: z.int().min(1).max(6).default(4),
      /** Key terms per definition: this share of its terms, at least `min` and at most `max` (fewer when it has fewer). */
      keyTerms: z
        .strictObject({ min: z.int().min(1).default(8), max: z.int().min(1).default(15), share: z.number().gt(0).max(1).default(0.35) })
        .refine((k) => k.min <= k.max, 'Expected `min` at most `max`')
        .prefault({}),
    })
    .prefault({}),
  duplicates: z
    .strictObject({
      /** Count each distinct definition once: near-duplicates beyond the first are excluded. */
      merge: z.boolean().default(true),
      /** Share of the longer text's word shingles the other shares, from which two texts are one definition. */
      similarity: z.number().gt(0).max(1).default(0.3),
      /** Content words per shingle. */
      shingle: z.int().min(1).max(8).default(2),
      /**
       * Shingles two texts must share as well: two short texts that share one phrase are not one
       * definition (stock phrases such as "improve the quality of life of citizens" are up to four).
       */
      minShared: z.int().min(1).default(5),
    })
    .prefault({}),
  tests: z
    .strictObject({
      /** Below this expected count in any cell of a factor × sector table, Fisher's exact test replaces chi-square. */
      minExpected: z.number().min(0).default(5),
      /** An adjusted standardized residual beyond ± this marks a cell that departs from independence (1.96: 5% level). */
      residual: z.number().gt(0).default(1.96),
    })
    .prefault({}),
  factors: z
    .strictObject({
      /** Terms in at least this many definitions are clustered into factors. */
      minDefinitions: z.int().min(1).default(3),
      /** At most this many terms (the most frequent) are clustered, to keep large corpora fast. */
      maxTerms: z.int().min(2).default(400),
      /** Louvain resolution: higher gives more, smaller factors. */
      resolution: z.number().gt(0).default(1),
      /** Bootstrap resamples of the definitions used to measure each factor's stability (0: none). */
      bootstrap: z.int().min(0).max(1000).default(50),
      /** A word is left to its longer term when at least this share of its occurrences are inside one ("life" in "quality of life"). */
      nestedShare: z.number().gt(0).max(1).default(0.75),
      /** Guide the clustering with `codebook.csv`; false is purely data-driven. */
      codebook: z.boolean().default(true),
      /**
       * Without a codebook, how terms are grouped: `semantic` by WordNet meaning (extended glosses,
       * complete linkage into `groups` factors), `cooccurrence` by the definitions that use them
       * together (Louvain at `resolution`). With a codebook the co-occurrence partition is used.
       */
      method: z.enum(['semantic', 'cooccurrence']).default('semantic'),
      /** Factors the `semantic` method makes. */
      groups: z.int().min(2).max(50).default(8),
    })
    .prefault({}),
  coding: z
    .strictObject({
      /** A term of an emergent factor codes it only with at least this lift over chance (fit ÷ the share of definitions with the factor's other terms)… */
      minLift: z.number().min(0).default(2),
      /** …and in at least this many definitions; weaker terms, and every term that joined a codebook factor, are suggestions. */
      minDefinitions: z.int().min(1).default(3),
    })
    .prefault({}),
  synthesis: z
    .strictObject({
      /** The defined term the synthesized sentence starts with (default: the concept's name). */
      term: z.string().min(1).optional(),
      /** What the concept is a kind of, as the sentence says it: "A smart city is *a city* that …". */
      genus: z.string().min(1).default('a city'),
      /** Factors in at least this share of the analysed definitions make the synthesized definition. */
      minShare: z.number().min(0).max(1).default(0.25),
      /** Lemmas that introduce what a city uses (means) or achieves (end), read before a factor's terms. */
      cues: z
        .strictObject({
          means: z
            .array(z.string().min(1))
            .default([
              'use',
              'employ',
              'utilize',
              'utilise',
              'leverage',
              'apply',
              'adopt',
              'exploit',
              'harness',
              'through',
              'via',
              'base',
              'enable',
              'deploy',
              'embed',
              'rely',
              'take',
            ]),
          end: z
            .array(z.string().min(1))
            .default([
              'improve',
              'enhance',
              'increase',
              'ensure',
              'promote',
              'achieve',
              'boost',
              'support',
              'deliver',
              'provide',
              'reduce',
              'foster',
              'create',
              'meet',
              'address',
              'optimize',
              'optimise',
              'protect',
              'grow',
              'make',
              'serve',
              'offer',
              'aim',
              'maintain',
              'catalyse',
              'catalyze',
              'solve',
              'respond',
            ]),
        })
        .prefault({}),
      /** How many words back, within the sentence, a cue may stand before the term it governs. */
      cueWindow: z.int().min(1).max(50).default(8),
      /** Terms that name who takes part: their factor reads as the actors of the sentence. */
      actors: z
        .array(z.string().min(1))
        .default([
          'citizen',
          'people',
          'inhabitant',
          'resident',
          'community',
          'stakeholder',
          'government',
          'business',
          'society',
          'user',
          'public',
          'enterprise',
          'person',
          'individual',
          'actor',
        ]),
    })
    .prefault({}),
  /** How definitions are found in documents (`mine`, and the corpus's PDFs, web pages and texts with a sidecar). */
  mine: z
    .strictObject({
      /**
       * `learned` (the default, `DEFAULT_MINE_METHOD`): a model trained on the labelled files, which finds more
       * definitions on unseen text at a higher precision (bench/blind-rounds.csv). `rules`: the hand-written extractor,
       * which explains each candidate by its pattern (README, Mining definitions).
       */
      method: z.enum(MINE_METHODS, { error: 'Expected `rules` or `learned`' }).default(DEFAULT_MINE_METHOD),
    })
    .prefault({}),
  /** Bounds on the work any one input can cause, so a hostile or broken file cannot stall a run. */
  limits: z
    .strictObject({
      /** Longer field values (a definition's text, any column) are cut here, with a warning. */
      maxFieldChars: z.int().min(100).default(DEFAULT_LIMITS.maxFieldChars),
      /** Pages read from one PDF; later pages are left out, with a warning. */
      pdfMaxPages: z.int().min(1).default(DEFAULT_LIMITS.pdfMaxPages),
      /** Seconds one PDF may take to read before it is given up on. */
      pdfTimeoutSeconds: z.number().gt(0).max(3600).default(DEFAULT_LIMITS.pdfTimeoutSeconds),
    })
    .prefault({}),
  /** How much of a large corpus the report lists, and how it shows the concordance (`kwic.csv` has more, up to `kwicFilePerTerm`). */
  report: z
    .strictObject({
      /**
       * Rows each per-record listing of the report shows (analysed definitions, excluded records,
       * duplicate groups, diagnostics); a longer one shows its first rows and says where all are
       * (the CSV and JSON outputs hold every one). Keeps the report of a large corpus readable.
       */
      maxRows: z.int().min(1).default(2000),
      /** Characters of context either side of a keyword in the concordance, cut at a word boundary. */
      kwicContext: z.int().min(0).max(1000).default(60),
      /** report.html shows at most this many occurrences of each term or rule (`kwic.csv` up to `kwicFilePerTerm`)… */
      kwicPerTerm: z.int().min(1).default(20),
      /** …and at most this many rows in all, fewer per term when there are many terms. */
      kwicMaxRows: z.int().min(1).default(2000),
      /**
       * `kwic.csv` keeps at most this many occurrences of each term and of each rule, spread evenly
       * over the corpus; 0 keeps every one. A million definitions make 4 GB of concordance otherwise.
       */
      kwicFilePerTerm: z.int().min(0).default(1000),
      /**
       * Whether `figures/` holds each chart's PNG beside its SVG. The PNGs are most of the time a
       * small corpus's outputs take to make; false writes the SVGs only (and needs no resvg).
       */
      png: z.boolean().default(true),
    })
    .prefault({}),
  /**
   * `analyze --sensitivity`: the clustering and coding rerun over every combination of these
   * seeds, resolutions and minimum definitions, to show which factors and matrix cells hold.
   */
  sensitivity: z
    .strictObject({
      /** Run it (the `--sensitivity` flag sets this). */
      enabled: z.boolean().default(false),
      seeds: z.array(z.int()).min(1).refine(unique, 'Expected each seed once').default([1, 2, 3, 4, 5]),
      resolutions: z.array(z.number().gt(0)).min(1).refine(unique, 'Expected each resolution once').default([0.8, 1, 1.2]),
      /** Values of `factors.minDefinitions`: how many definitions a term needs to be clustered. */
      minDefinitions: z.array(z.int().min(1)).min(1).refine(unique, 'Expected each value once').default([3, 4, 5]),
      /**
       * A factor without a codebook id is found again in a rerun when a factor there shares more than
       * this Jaccard overlap of terms with it (Hennig 2007: at or below 0.5 a cluster has dissolved).
       */
      jaccard: z.number().min(0.5).lt(1).default(0.5),
    })
    .prefault({}),
  /**
   * Publication periods for the time analyses (factor × period tables, trend tests, thematic
   * evolution), oldest first: `[{ "label": "≤2010", "to": 2010 }, { "from": 2011, "to": 2014 }, …]`.
   */
  periods: PeriodsSchema,
  /** The term network the report draws and the GEXF, GraphML and VOSviewer files hold. */
  network: z
    .strictObject({
      /** At most this many terms, the most frequent clustered ones: a drawing stays readable. */
      maxNodes: z.int().min(1).default(80),
      /** A link needs at least this many definitions using both terms… */
      minCooccurrences: z.int().min(1).default(2),
      /** …and an association strength above this (1: more often together than chance). */
      minStrength: z.number().min(0).default(1),
    })
    .prefault({}),
  /** Seed of every random choice (clustering, bootstrap), so reruns give the same result. */
  seed: z.int().default(1),
  /** Decimal places of the shares and statistics in the outputs. */
  precision: z.int().min(0).max(10).default(4),
});

export type Config = z.infer<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;
export { DEFAULT_LIMITS, type Limits } from './limits.js';
