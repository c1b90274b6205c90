import { termOccurrence, withContext, type ConcordanceOccurrence, type ConcordanceRow } from './concordance.js';
import type { RunResult } from './run.js';
import { memo } from './views.js';

/** A term that joined a codebook factor by co-occurrence but does not code it: a candidate rule. */
export interface CodebookSuggestion {
  /** Indexes into the run's factors and terms. */
  readonly factor: number;
  readonly term: number;
  /** Analysed definitions using the term. */
  readonly definitions: number;
  /** Of those, the ones not coded for the factor yet: what a rule for the term would add. */
  readonly newDefinitions: number;
  readonly fit: number;
  readonly lift: number;
  /** The rule that would code it, as `codebook.csv` writes rules: the term's label, which matches the words the term gathers (same stems). */
  readonly rule: string;
  /** Up to `EXAMPLES` uses in their sentences, from different definitions, the ones a rule would add first. */
  readonly examples: readonly ConcordanceRow[];
}

export const EXAMPLES = 2;

/**
 * The terms that joined a codebook factor but do not code it (`termFactors.codes` 0): in factor
 * order, then the highest lift first, then the most definitions, then by term order.
 */
export const codebookSuggestions = memo((result: RunResult): CodebookSuggestion[] => {
  const { factor: factorOf, fit, lift, codes } = result.termFactors;
  const { matrix } = result.tables;
  const candidates: number[] = [];
  result.terms.forEach((_, t) => {
    const f = result.factors[factorOf[t]!];
    if (f?.origin === 'codebook' && codes[t] === 0 && !f.seeds.includes(result.terms[t]!.term)) candidates.push(t);
  });
  const wanted = new Set(candidates);
  // Per candidate, in definition order: how many of its definitions a rule would add (not coded
  // for its factor yet), and the first `EXAMPLES` uses (the first in each definition, in the
  // concordance's order: start, then end) among those and among the others; no more are kept.
  const found = new Map<number, { fresh: number; freshUses: ConcordanceOccurrence[]; coded: ConcordanceOccurrence[] }>();
  const packed = result.uses;
  const firstIn = new Map<number, number>();
  for (let d = 0; d < result.analysed.length; d++) {
    firstIn.clear();
    for (let u = packed.offsets[d]!; u < packed.offsets[d + 1]!; u++) {
      const t = packed.term[u]!;
      if (!wanted.has(t)) continue;
      const first = firstIn.get(t);
      if (first === undefined || packed.start[u]! < packed.start[first]! || (packed.start[u] === packed.start[first] && packed.end[u]! < packed.end[first]!))
        firstIn.set(t, u);
    }
    for (const [t, u] of firstIn) {
      let entry = found.get(t);
      if (!entry) found.set(t, (entry = { fresh: 0, freshUses: [], coded: [] }));
      const isNew = matrix.cells[d * matrix.factors + factorOf[t]!] !== 1;
      if (isNew) entry.fresh++;
      const list = isNew ? entry.freshUses : entry.coded;
      if (list.length < EXAMPLES) list.push(termOccurrence(result, d, u));
    }
  }
  const suggestions = candidates.map((t): CodebookSuggestion => {
    const entry = found.get(t);
    return {
      factor: factorOf[t]!,
      term: t,
      definitions: result.terms[t]!.definitions,
      newDefinitions: entry?.fresh ?? 0,
      fit: fit[t]!,
      lift: lift[t]!,
      rule: result.terms[t]!.term,
      examples: entry ? [...entry.freshUses, ...entry.coded].slice(0, EXAMPLES).map((o) => withContext(result, o)) : [],
    };
  });
  const liftOf = (s: CodebookSuggestion) => (Number.isNaN(s.lift) ? -1 : s.lift);
  return suggestions.sort((a, b) => a.factor - b.factor || liftOf(b) - liftOf(a) || b.definitions - a.definitions || a.term - b.term);
});
