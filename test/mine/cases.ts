import { ConfigSchema } from '../../src/config/schema.js';
import { mineDefinitions, type Candidate } from '../../src/mine/index.js';

// What the rule-case tests (spans, round12, round13) mine with: the labelled set's four terms.
export const concept = ConfigSchema.parse({
  concept: {
    terms: ['smart city', 'smart sustainable city', 'sustainable city', 'digital twin'],
    variants: { 'urban digital twin': 'digital twin' },
  },
}).concept;

/** The candidates of one page (or of several), at `minScore`. */
export const mine = (pages: string | string[], minScore = 0.5): Candidate[] =>
  mineDefinitions(typeof pages === 'string' ? [pages] : pages, { concept, minScore });

/** Their clauses only. */
export const clauses = (text: string, minScore = 0.5): string[] => mine(text, minScore).map((c) => c.clause);
