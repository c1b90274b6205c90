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
/**
 * A text's record, in 32-bit numbers: shingles, common start, common end, excess, then a 128-bit
 * mask of the buckets its common shingles fall in (`excess`: those in a bucket already taken).
 */
const RECORD = 8;
const MASK_AT = 4;

const FUNCTION_WORDS = new Set(stopwords);
const ASCII = /^[\x00-\x7f]*$/;

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
  const { offsets, flat, length, shingleCount } = numberShingles(items, shingleSize, domain);
  // Texts per shingle, and for the rarer ones (2..MAX_POSTINGS texts) the texts themselves, in order.
  const df = new Int32Array(shingleCount);
  for (let k = 0; k < length; k++) df[flat[k]!]!++;
  const postingOffsets = new Int32Array(shingleCount + 1);
  for (let s = 0; s < shingleCount; s++) postingOffsets[s + 1] = postingOffsets[s]! + (df[s]! >= 2 && df[s]! <= MAX_POSTINGS ? df[s]! : 0);
  const postings = new Int32Array(postingOffsets[shingleCount]!);
  const filled = postingOffsets.slice(0, shingleCount);
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
  // which of 128 buckets they fall in. Two texts share common shingles only in buckets both take:
  // at most one per such bucket, plus the fewer of their shingles that fell in a bucket already
  // taken. (A tight bound matters: at a million texts most candidates fail it, and each merge of
  // two lists read from anywhere in memory costs more than the check.)
  const records = new Int32Array(items.length * RECORD);
  for (let i = 0, c = 0; i < items.length; i++) {
    const r = i * RECORD;
    records[r] = offsets[i + 1]! - offsets[i]!;
    records[r + 1] = commonOffsets[i]!;
    records[r + 2] = commonOffsets[i + 1]!;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const s = flat[k]!;
      if (df[s]! <= MAX_POSTINGS) continue;
      common[c++] = s;
      const bucket = Math.imul(s, 0x9e3779b1) >>> 25;
      const word = r + MASK_AT + (bucket >>> 5);
      const bit = 1 << (bucket & 31);
      if (records[word]! & bit) records[r + 3]!++;
      else records[word]! |= bit;
    }
  }
  const commonAtMost = (a: number, b: number) => {
    const x = a * RECORD;
    const y = b * RECORD;
    return (
      bitCount(records[x + MASK_AT]! & records[y + MASK_AT]!) +
      bitCount(records[x + MASK_AT + 1]! & records[y + MASK_AT + 1]!) +
      bitCount(records[x + MASK_AT + 2]! & records[y + MASK_AT + 2]!) +
      bitCount(records[x + MASK_AT + 3]! & records[y + MASK_AT + 3]!) +
      Math.min(records[x + 3]!, records[y + 3]!)
    );
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
    const sizeA = records[a * RECORD]!;
    const found = pairs.length;
    for (let c = 0; c < count; c++) {
      const b = candidates[c]!;
      const larger = Math.max(sizeA, records[b * RECORD]!);
      const rare = sharedRare[b]!;
      sharedRare[b] = 0;
      const atMost = rare + commonAtMost(a, b);
      if (atMost < minShared || atMost / larger < threshold) continue;
      const both = rare + sharedSorted(common, records[a * RECORD + 1]!, records[a * RECORD + 2]!, records[b * RECORD + 1]!, records[b * RECORD + 2]!);
      const similarity = both / larger;
      if (similarity >= threshold && both >= minShared) pairs.push({ a, b, similarity });
    }
    // In (a, b) order: the few pairs found, not the many candidates, are sorted.
    if (pairs.length - found > 1) pairs.push(...pairs.splice(found).sort((x, y) => x.b - y.b));
  }
  return withShortRepeats(items, offsets, minShared, pairs);
}

/**
 * A text with fewer than `minShared` shingles ("A smart city shares data.") can reach no pair
 * above; the same words said again are still the same definition. Only such short texts are keyed
 * by their words: a longer repeat shares its shingles and is found above.
 */
function withShortRepeats(items: readonly DuplicateCandidate[], offsets: Int32Array, minShared: number, pairs: SimilarPair[]): SimilarPair[] {
  const first = new Map<string, number>();
  const repeats: SimilarPair[] = [];
  for (let i = 0; i < items.length; i++) {
    if (offsets[i + 1]! - offsets[i]! >= minShared) continue;
    const key = words(items[i]!.text).join(' ');
    const a = first.get(key);
    if (a === undefined) first.set(key, i);
    else repeats.push({ a, b: i, similarity: 1 });
  }
  return repeats.length ? [...pairs, ...repeats].sort((x, y) => x.a - y.a || x.b - y.b) : pairs;
}

/** Each text's distinct shingle numbers, sorted, text `i` at `offsets[i]..offsets[i + 1]` of `flat`. */
function numberShingles(items: readonly DuplicateCandidate[], shingleSize: number, domain: ReadonlySet<string>) {
  const ids = new ShingleNumbers(domain);
  const offsets = new Int32Array(items.length + 1);
  let flat = new Int32Array(Math.max(1024, items.length * 8));
  let length = 0;
  items.forEach((item, i) => {
    const numbers = ids.of(item.text, shingleSize);
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
  return { offsets, flat, length, shingleCount: ids.size };
}

/** Set bits of a 32-bit number. */
function bitCount(n: number): number {
  n = n - ((n >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (Math.imul((n + (n >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
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
 * Numbers the shingles of texts' content words (as `contentWords` and `shingles` cut them) without
 * building their strings: words are numbered, each with whether it is left out, and a shingle is
 * keyed by its words' numbers (one word: by its number; two: in a hash table of number pairs; more:
 * a string of numbers), which name the same word sequences the joined words would.
 */
class ShingleNumbers {
  readonly #words = new Map<string, number>();
  /** Per word number: 1 when it is a function word or a domain word. */
  #leftOut = new Uint8Array(1024);
  /** Per word number: the number of the one-word shingle plus one (0: none yet). */
  #single = new Int32Array(1024);
  /** Open addressing: `#pairKeys[2i]` = first word + 1 (0: empty), `[2i + 1]` = second word, `#pairValues[i]` = shingle. */
  #pairKeys = new Int32Array(1 << 17);
  #pairValues = new Int32Array(1 << 16);
  #pairs = 0;
  readonly #longer = new Map<string, number>();
  #size = 0;
  #numbers = new Int32Array(64);
  #wordIds = new Int32Array(64);

  constructor(private readonly domain: ReadonlySet<string>) {}

  get size(): number {
    return this.#size;
  }

  /** The number of each shingle of `text`'s content words (repeats included, unsorted); valid until the next call. */
  of(text: string, size: number): Int32Array {
    let length = 0;
    const keep = (w: string) => {
      const id = this.#word(w);
      if (!this.#leftOut[id]) this.#wordIds[length++] = id;
    };
    if (ASCII.test(text)) {
      // `words` without its regular expression: in ASCII, letters and digits are [a-z0-9] once lower-cased.
      const lower = text.toLowerCase();
      if (this.#wordIds.length < lower.length + 1) this.#wordIds = new Int32Array(lower.length + 1);
      let from = -1;
      for (let i = 0; i <= lower.length; i++) {
        const c = i < lower.length ? lower.charCodeAt(i) : 0;
        const inWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
        if (inWord && from < 0) from = i;
        else if (!inWord && from >= 0) {
          keep(lower.slice(from, i));
          from = -1;
        }
      }
    } else {
      const all = words(text);
      if (this.#wordIds.length < all.length + 1) this.#wordIds = new Int32Array(all.length * 2 + 1);
      for (const w of all) keep(w);
    }
    if (this.#numbers.length < length + 1) this.#numbers = new Int32Array(length * 2 + 1);
    let count = 0;
    if (length <= size) {
      if (length) this.#numbers[count++] = this.#number(0, length);
    } else {
      for (let i = 0; i + size <= length; i++) this.#numbers[count++] = this.#number(i, size);
    }
    return this.#numbers.subarray(0, count);
  }

  #word(w: string): number {
    let id = this.#words.get(w);
    if (id !== undefined) return id;
    id = this.#words.size;
    this.#words.set(w, id);
    if (id === this.#leftOut.length) {
      this.#leftOut = grow(this.#leftOut, new Uint8Array(id * 2));
      this.#single = grow(this.#single, new Int32Array(id * 2));
    }
    this.#leftOut[id] = FUNCTION_WORDS.has(w) || this.domain.has(w) ? 1 : 0;
    return id;
  }

  #number(from: number, length: number): number {
    const a = this.#wordIds[from]!;
    if (length === 1) return this.#single[a]! ? this.#single[a]! - 1 : (this.#single[a] = ++this.#size) - 1;
    if (length === 2) return this.#pair(a, this.#wordIds[from + 1]!);
    const key = Array.from(this.#wordIds.subarray(from, from + length)).join(' ');
    let id = this.#longer.get(key);
    if (id === undefined) this.#longer.set(key, (id = this.#size++));
    return id;
  }

  #pair(a: number, b: number): number {
    const mask = this.#pairValues.length - 1;
    for (let i = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & mask; ; i = (i + 1) & mask) {
      const first = this.#pairKeys[2 * i]!;
      if (first === 0) {
        this.#pairKeys[2 * i] = a + 1;
        this.#pairKeys[2 * i + 1] = b;
        this.#pairValues[i] = this.#size;
        if (++this.#pairs * 2 > this.#pairValues.length) this.#rehash();
        return this.#size++;
      }
      if (first === a + 1 && this.#pairKeys[2 * i + 1] === b) return this.#pairValues[i]!;
    }
  }

  #rehash(): void {
    const keys = this.#pairKeys;
    const values = this.#pairValues;
    this.#pairKeys = new Int32Array(keys.length * 2);
    this.#pairValues = new Int32Array(values.length * 2);
    const mask = this.#pairValues.length - 1;
    for (let j = 0; j < values.length; j++) {
      const first = keys[2 * j]!;
      if (first === 0) continue;
      const a = first - 1;
      const b = keys[2 * j + 1]!;
      let i = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & mask;
      while (this.#pairKeys[2 * i] !== 0) i = (i + 1) & mask;
      this.#pairKeys[2 * i] = first;
      this.#pairKeys[2 * i + 1] = b;
      this.#pairValues[i] = values[j]!;
    }
  }
}

/** `into` (larger) with `from` copied to its start. */
function grow<T extends Uint8Array | Int32Array>(from: T, into: T): T {
  into.set(from);
  return into;
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
