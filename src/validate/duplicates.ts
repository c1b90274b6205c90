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
/** Buckets of a text's common shingles, counted to bound what two texts can share (a power of two). */
const COMMON_BUCKETS = 16;
/** A text's record, in 32-bit numbers: shingles, common start, common end, unused, then the 16 bucket bytes. */
const RECORD = 8;
const BUCKETS_AT = 4;

const FUNCTION_WORDS = new Set(stopwords);

/**
 * The words two texts are compared by: function words and the domain's own words left out, so
 * that "A city that protects …" openings shared by every definition do not make them alike.
 */
export function contentWords(text: string, domain: ReadonlySet<string>): string[] {
  return words(text).filter((w) => !FUNCTION_WORDS.has(w) && !domain.has(w));
}

/**
 * Pairs of texts whose word-shingle similarity reaches `threshold`, in (a, b) order. Candidates
 * come from an inverted index of shingles, so only texts that share a rarer shingle are compared.
 * Shingles are numbered and each text's kept as a sorted list of numbers: the work is one pass
 * per text over its candidates, without a set of every pair seen (which at 100,000 texts cost more
 * than the rest of reading the corpus).
 */
export function similarPairs(
  items: readonly DuplicateCandidate[],
  shingleSize: number,
  threshold: number,
  domain: ReadonlySet<string>,
  minShared: number,
): SimilarPair[] {
  const ids = new ShingleNumbers();
  const offsets = new Int32Array(items.length + 1);
  let flat = new Int32Array(Math.max(1024, items.length * 8));
  let length = 0;
  items.forEach((item, i) => {
    const numbers = ids.of(contentWords(item.text, domain), shingleSize);
    if (length + numbers.length > flat.length) {
      const grown = new Int32Array(Math.max(flat.length * 2, length + numbers.length));
      grown.set(flat.subarray(0, length));
      flat = grown;
    }
    // Each distinct shingle once, in order.
    numbers.sort();
    for (let k = 0; k < numbers.length; k++) if (k === 0 || numbers[k] !== numbers[k - 1]) flat[length++] = numbers[k]!;
    offsets[i + 1] = length;
  });
  // Texts per shingle, and for the rarer ones (2..MAX_POSTINGS texts) the texts themselves, in order.
  const df = new Int32Array(ids.size);
  for (let k = 0; k < length; k++) df[flat[k]!]!++;
  const postingOffsets = new Int32Array(ids.size + 1);
  for (let s = 0; s < ids.size; s++) postingOffsets[s + 1] = postingOffsets[s]! + (df[s]! >= 2 && df[s]! <= MAX_POSTINGS ? df[s]! : 0);
  const postings = new Int32Array(postingOffsets[ids.size]!);
  const filled = postingOffsets.slice(0, ids.size);
  for (let i = 0; i < items.length; i++) {
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const s = flat[k]!;
      if (postingOffsets[s + 1]! > postingOffsets[s]!) postings[filled[s]!++] = i;
    }
  }
  // Each text's shingles too common to be indexed, sorted: what two texts share beyond the rarer ones.
  const commonOffsets = new Int32Array(items.length + 1);
  for (let i = 0; i < items.length; i++) {
    let count = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) if (df[flat[k]!]! > MAX_POSTINGS) count++;
    commonOffsets[i + 1] = commonOffsets[i]! + count;
  }
  const common = new Int32Array(commonOffsets[items.length]!);
  // What a candidate is checked by, in one 32-byte record per text (one read from memory, where
  // separate arrays cost a cache miss each): its number of shingles, where its common ones are, and
  // how many of them fall in each of 16 buckets (a byte each, 255 meaning "at least"); two texts
  // share at most the smaller count in every bucket.
  const records = new Int32Array(items.length * RECORD);
  const buckets = new Uint8Array(records.buffer);
  for (let i = 0, c = 0; i < items.length; i++) {
    records[i * RECORD] = offsets[i + 1]! - offsets[i]!;
    records[i * RECORD + 1] = commonOffsets[i]!;
    records[i * RECORD + 2] = commonOffsets[i + 1]!;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const s = flat[k]!;
      if (df[s]! <= MAX_POSTINGS) continue;
      common[c++] = s;
      const at = (i * RECORD + BUCKETS_AT) * 4 + (s & (COMMON_BUCKETS - 1));
      if (buckets[at]! < 255) buckets[at]!++;
    }
  }
  const commonAtMost = (a: number, b: number) => {
    let sum = 0;
    const x0 = (a * RECORD + BUCKETS_AT) * 4;
    const y0 = (b * RECORD + BUCKETS_AT) * 4;
    for (let i = 0; i < COMMON_BUCKETS; i++) {
      const x = buckets[x0 + i]!;
      const y = buckets[y0 + i]!;
      // A full bucket may hold more: no bound from it.
      sum += x === 255 || y === 255 ? Infinity : x < y ? x : y;
    }
    return sum;
  };
  const pairs: SimilarPair[] = [];
  // Rarer shingles text `a` shares with each later text: counted over the postings, so a candidate
  // that could not reach the threshold even sharing every common shingle it might is never compared.
  const sharedRare = new Int32Array(items.length);
  let candidates = new Int32Array(1024);
  for (let a = 0; a < items.length; a++) {
    let count = 0;
    for (let k = offsets[a]!; k < offsets[a + 1]!; k++) {
      const s = flat[k]!;
      for (let p = postingOffsets[s]!; p < postingOffsets[s + 1]!; p++) {
        const b = postings[p]!;
        if (b <= a || sharedRare[b]!++ > 0) continue;
        if (count === candidates.length) {
          const grown = new Int32Array(count * 2);
          grown.set(candidates);
          candidates = grown;
        }
        candidates[count++] = b;
      }
    }
    const sorted = candidates.subarray(0, count).sort();
    const sizeA = records[a * RECORD]!;
    for (let c = 0; c < count; c++) {
      const b = sorted[c]!;
      const larger = Math.max(sizeA, records[b * RECORD]!);
      const rare = sharedRare[b]!;
      sharedRare[b] = 0;
      const atMost = rare + commonAtMost(a, b);
      if (atMost < minShared || atMost / larger < threshold) continue;
      const both = rare + sharedSorted(common, records[a * RECORD + 1]!, records[a * RECORD + 2]!, records[b * RECORD + 1]!, records[b * RECORD + 2]!);
      const similarity = both / larger;
      if (similarity >= threshold && both >= minShared) pairs.push({ a, b, similarity });
    }
  }
  return pairs;
}

/** How many numbers two sorted ranges of `list` have in common. */
function sharedSorted(list: Int32Array, a: number, aEnd: number, b: number, bEnd: number): number {
  let count = 0;
  while (a < aEnd && b < bEnd) {
    const x = list[a]!;
    const y = list[b]!;
    if (x === y) {
      count++;
      a++;
      b++;
    } else if (x < y) a++;
    else b++;
  }
  return count;
}

/**
 * Numbers the shingles of texts, as `shingles` cuts them, without building their strings: words
 * are numbered, and a shingle is keyed by its words' numbers (one or two as a number, more as a
 * string of numbers), which name the same word sequences the joined words would.
 */
class ShingleNumbers {
  readonly #words = new Map<string, number>();
  readonly #shingles = new Map<number | string, number>();
  #numbers = new Int32Array(64);

  get size(): number {
    return this.#shingles.size;
  }

  /** The number of each shingle of `tokens` (repeats included, unsorted); valid until the next call. */
  of(tokens: readonly string[], size: number): Int32Array {
    const wordIds = tokens.map((w) => {
      let id = this.#words.get(w);
      if (id === undefined) this.#words.set(w, (id = this.#words.size));
      return id;
    });
    if (this.#numbers.length < tokens.length + 1) this.#numbers = new Int32Array(tokens.length * 2 + 1);
    let count = 0;
    if (tokens.length <= size) {
      if (tokens.length) this.#numbers[count++] = this.#number(wordIds, 0, tokens.length);
    } else {
      for (let i = 0; i + size <= tokens.length; i++) this.#numbers[count++] = this.#number(wordIds, i, size);
    }
    return this.#numbers.subarray(0, count);
  }

  #number(wordIds: readonly number[], from: number, length: number): number {
    // One word: below zero; two (numbered below 2^26): above zero; any other: a string. Keys never mix.
    const a = wordIds[from]!;
    const b = wordIds[from + 1]!;
    const key = length === 1 ? -a - 1 : length === 2 && a < 2 ** 26 && b < 2 ** 26 ? (a + 1) * 2 ** 26 + b : wordIds.slice(from, from + length).join(' ');
    let id = this.#shingles.get(key);
    if (id === undefined) this.#shingles.set(key, (id = this.#shingles.size));
    return id;
  }
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
