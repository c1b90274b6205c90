import { compare } from '../core/text.js';
import type { TermStats, TermUses } from '../model/index.js';

/**
 * The clustered terms of each definition as sorted, unique local numbers (compressed rows:
 * definition `d` has `items[offsets[d]..offsets[d + 1]]`). Built once; the bootstrap counts it
 * many times under different weights.
 */
export interface Incidence {
  /** Local number → term label, in code-point order (the order the network is built in). */
  readonly terms: readonly string[];
  /** Local number → the term's index in the terms list. */
  readonly termIds: Int32Array;
  readonly offsets: Int32Array;
  readonly items: Int32Array;
}

/** The incidence of the `selected` terms (indices into `terms`) over every definition of `uses`. */
export function incidence(uses: TermUses, terms: readonly TermStats[], selected: readonly number[]): Incidence {
  const byLabel = [...selected].sort((a, b) => compare(terms[a]!.term, terms[b]!.term));
  const local = new Int32Array(terms.length).fill(-1);
  byLabel.forEach((t, i) => (local[t] = i));
  const definitions = uses.offsets.length - 1;
  const offsets = new Int32Array(definitions + 1);
  const items: number[] = [];
  const seen = new Int32Array(byLabel.length).fill(-1);
  for (let d = 0; d < definitions; d++) {
    const from = items.length;
    for (let u = uses.offsets[d]!; u < uses.offsets[d + 1]!; u++) {
      const l = local[uses.term[u]!]!;
      if (l < 0 || seen[l] === d) continue;
      seen[l] = d;
      items.push(l);
    }
    sortRange(items, from, items.length);
    offsets[d + 1] = items.length;
  }
  return { terms: byLabel.map((t) => terms[t]!.term), termIds: Int32Array.from(byLabel), offsets, items: Int32Array.from(items) };
}

/** Definitions as lists of term labels: for tests and small corpora. */
export function incidenceOf(documents: readonly (readonly string[])[]): Incidence {
  const terms = [...new Set(documents.flat())].sort(compare);
  const number = new Map(terms.map((t, i) => [t, i]));
  const offsets = new Int32Array(documents.length + 1);
  const items: number[] = [];
  documents.forEach((doc, d) => {
    items.push(...[...new Set(doc.map((t) => number.get(t)!))].sort((a, b) => a - b));
    offsets[d + 1] = items.length;
  });
  return { terms, termIds: Int32Array.from(terms, (_, i) => i), offsets, items: Int32Array.from(items) };
}

export interface Cooccurrence {
  readonly incidence: Incidence;
  /** Local term → definitions containing it. */
  readonly df: Float64Array;
  /** At `a × terms + b` (a < b): definitions containing both. Dense: the clustered terms are few (`factors.maxTerms`). */
  readonly pairs: Float64Array;
  /** How many definitions were counted (with weights: their sum). */
  readonly documents: number;
}

/**
 * Counts each term's definitions and each pair's. `weights` counts definition i that many times (a
 * bootstrap resample); without, every definition once. `reuse`: an earlier count of the same
 * incidence whose arrays are overwritten (it is no longer valid after).
 */
export function cooccurrence(index: Incidence, weights?: ArrayLike<number>, reuse?: Cooccurrence): Cooccurrence {
  const n = index.terms.length;
  // A bootstrap counts many times: the last count's arrays are cleared and filled again.
  const df = reuse ? reuse.df.fill(0) : new Float64Array(n);
  const pairs = reuse ? reuse.pairs.fill(0) : new Float64Array(n * n);
  const { offsets, items } = index;
  let total = 0;
  for (let d = 0; d + 1 < offsets.length; d++) {
    const w = weights ? weights[d]! : 1;
    if (w === 0) continue;
    total += w;
    const to = offsets[d + 1]!;
    for (let i = offsets[d]!; i < to; i++) {
      const a = items[i]!;
      df[a]! += w;
      const row = a * n;
      for (let j = i + 1; j < to; j++) pairs[row + items[j]!]! += w;
    }
  }
  return { incidence: index, df, pairs, documents: total };
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
  const { terms } = counts.incidence;
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

/** Sorts `list[from..to)` ascending in place (rows are short: insertion sort). */
function sortRange(list: number[], from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const v = list[i]!;
    let j = i - 1;
    while (j >= from && list[j]! > v) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = v;
  }
}
