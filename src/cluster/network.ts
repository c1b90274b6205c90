import { compare } from '../core/text.js';

export interface Cooccurrence {
  readonly df: Map<string, number>;
  /** `a\u0000b` with a < b → definitions containing both. */
  readonly pairs: Map<string, number>;
  readonly documents: number;
}

const SEP = '\u0000';

/** Counts, over documents given as term lists, each term's document frequency and each pair's. */
export function cooccurrence(documents: readonly (readonly string[])[]): Cooccurrence {
  const df = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const terms of documents) {
    const unique = [...new Set(terms)].sort(compare);
    for (let i = 0; i < unique.length; i++) {
      const a = unique[i]!;
      df.set(a, (df.get(a) ?? 0) + 1);
      for (let j = i + 1; j < unique.length; j++) {
        const key = a + SEP + unique[j]!;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }
  return { df, pairs, documents: documents.length };
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
 */
export function edges(counts: Cooccurrence): Edge[] {
  const out: Edge[] = [];
  for (const [key, c] of counts.pairs) {
    const [source, target] = key.split(SEP) as [string, string];
    const strength = (c * counts.documents) / (counts.df.get(source)! * counts.df.get(target)!);
    out.push({ source, target, cooccurrences: c, strength });
  }
  return out.sort((a, b) => compare(a.source, b.source) || compare(a.target, b.target));
}
