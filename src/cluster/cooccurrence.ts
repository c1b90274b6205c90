import { compare } from '../core/text.js';

/** Documents as sorted, unique term numbers: counted many times (bootstrap), so indexed once. */
export interface IndexedDocuments {
  /** Term number → term, in code-point order. */
  readonly terms: readonly string[];
  readonly documents: readonly Int32Array[];
}

export function indexDocuments(documents: readonly (readonly string[])[]): IndexedDocuments {
  const terms = [...new Set(documents.flat())].sort(compare);
  const number = new Map(terms.map((t, i) => [t, i]));
  return {
    terms,
    documents: documents.map((doc) => Int32Array.from(new Set(doc.map((t) => number.get(t)!))).sort()),
  };
}

export interface Cooccurrence {
  readonly index: IndexedDocuments;
  /** Term number → documents containing it. */
  readonly df: Float64Array;
  /** At `a × terms + b` (a < b): documents containing both. Dense: the clustered terms are few (`factors.maxTerms`). */
  readonly pairs: Float64Array;
  /** How many documents were counted (with weights: their sum). */
  readonly documents: number;
}

/**
 * Counts each term's documents and each pair's. `weights` counts document i that many times (a
 * bootstrap resample); without, every document once.
 */
export function cooccurrence(index: IndexedDocuments, weights?: ArrayLike<number>): Cooccurrence {
  const n = index.terms.length;
  const df = new Float64Array(n);
  const pairs = new Float64Array(n * n);
  let total = 0;
  index.documents.forEach((doc, d) => {
    const w = weights ? weights[d]! : 1;
    if (w === 0) return;
    total += w;
    for (let i = 0; i < doc.length; i++) {
      const a = doc[i]!;
      df[a]! += w;
      for (let j = i + 1; j < doc.length; j++) {
        pairs[a * n + doc[j]!]! += w;
      }
    }
  });
  return { index, df, pairs, documents: total };
}

export interface Edge {
  readonly source: string;
  readonly target: string;
  readonly cooccurrences: number;
  readonly strength: number;
}

/**
 * Edges weighted by association strength (VOSviewer's normalisation): observed co-occurrences over
 * those expected if the two terms were independent, so frequent terms do not pull everything in.
 * Sorted by source, then target.
 */
export function edges(counts: Cooccurrence): Edge[] {
  const { terms } = counts.index;
  const n = terms.length;
  const out: Edge[] = [];
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const c = counts.pairs[a * n + b]!;
      if (c > 0) out.push({ source: terms[a]!, target: terms[b]!, cooccurrences: c, strength: (c * counts.documents) / (counts.df[a]! * counts.df[b]!) });
    }
  }
  return out;
}
