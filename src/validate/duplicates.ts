import { words as stopwords } from 'natural/lib/natural/util/stopwords.js';
import { words } from '../core/text.js';

export interface DuplicateCandidate {
  readonly id: string;
  readonly text: string;
}

export interface SimilarPair {
  readonly a: number;
  readonly b: number;
  readonly similarity: number;
}

/** Shingles shared by more texts than this are too common to propose pairs (keeps the search near-linear). */
const MAX_POSTINGS = 64;

const FUNCTION_WORDS = new Set(stopwords);

/**
 * The words two texts are compared by: function words and the domain's own words left out, so
 * that "A city that protects …" openings shared by every definition do not make them alike.
 */
export function contentWords(text: string, domain: ReadonlySet<string>): string[] {
  return words(text).filter((w) => !FUNCTION_WORDS.has(w) && !domain.has(w));
}

/**
 * Pairs of texts whose word-shingle similarity reaches `threshold`. Candidates come from an
 * inverted index of shingles, so only texts that share a shingle are compared.
 */
export function similarPairs(items: readonly DuplicateCandidate[], shingleSize: number, threshold: number, domain: ReadonlySet<string> = new Set()): SimilarPair[] {
  const shingleSets = items.map((item) => shingles(contentWords(item.text, domain), shingleSize));
  const postings = new Map<string, number[]>();
  shingleSets.forEach((set, index) => {
    for (const s of set) {
      const list = postings.get(s);
      if (list) list.push(index);
      else postings.set(s, [index]);
    }
  });
  const seen = new Set<number>();
  const pairs: SimilarPair[] = [];
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > MAX_POSTINGS) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        const key = a * items.length + b;
        if (seen.has(key)) continue;
        seen.add(key);
        const similarity = shingleSimilarity(shingleSets[a]!, shingleSets[b]!);
        if (similarity >= threshold && shared(shingleSets[a]!, shingleSets[b]!) >= MIN_SHARED) pairs.push({ a, b, similarity });
      }
    }
  }
  return pairs.sort((x, y) => x.a - y.a || x.b - y.b);
}

export function shingles(tokens: readonly string[], size: number): Set<string> {
  const set = new Set<string>();
  if (tokens.length <= size) {
    if (tokens.length) set.add(tokens.join(' '));
    return set;
  }
  for (let i = 0; i + size <= tokens.length; i++) set.add(tokens.slice(i, i + size).join(' '));
  return set;
}

/**
 * Shared shingles over the shingles of the longer text. Unlike Jaccard, a quote with a preamble
 * ("The UK Department … considers …") still scores high; unlike the overlap coefficient, a short
 * text is not a duplicate of every long one that contains its few words.
 */
export function shingleSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const larger = Math.max(a.size, b.size);
  return larger === 0 ? 0 : shared(a, b) / larger;
}

/** Two short texts that share one phrase are not one definition: a duplicate shares at least this many shingles
 * (stock phrases such as "improve the quality of life of citizens" are up to four). */
export const MIN_SHARED = 5;

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let count = 0;
  for (const s of small) if (large.has(s)) count++;
  return count;
}

/** Connected groups of the pairs (union-find), each as sorted indices; singletons are left out. */
export function groupPairs(count: number, pairs: readonly SimilarPair[]): number[][] {
  const parent = Array.from({ length: count }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const { a, b } of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(i);
    else groups.set(root, [i]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
