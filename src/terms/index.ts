import { Column, int32Column, uint8Column } from '../core/columns.js';
import { compare } from '../core/text.js';
import {
  compareTerms,
  isNested,
  PARTS_OF_SPEECH,
  posOf,
  type CodeHits,
  type Definition,
  type TermStats,
  type TermUses,
  type TokenBatch,
} from '../model/index.js';

export interface CollectedTerms {
  /** Every term, most definitions first (see `compareTerms`); a term's index is its id in `uses`. */
  readonly terms: TermStats[];
  readonly uses: TermUses;
  /** Where the codebook's rules match, definition by definition. */
  readonly hits: CodeHits;
}

/**
 * The reduce step of the pipeline's map/reduce split: the tokenizer (the map, per document, in
 * worker threads or anywhere else) hands over `TokenBatch`es, and this merges them, in definition
 * order, into one vocabulary and one column of term uses. A batch is folded in as it arrives and
 * not kept, so memory holds the merged columns, never every batch as well. Occurrences whose keys
 * share a label (their most frequent form) are one term; a term is counted once per definition for
 * `definitions` and its sectors.
 */
export class TermCounter {
  readonly #keys = new Map<string, number>();
  readonly #formsOfKey: Map<string, number>[] = [];
  readonly #cues = new Map<string, number>();
  /** Occurrences, parts of speech and nested uses per key: summed per term at the end. */
  readonly #keyFrequency = new Column((n) => new Int32Array(n));
  readonly #keyNested = new Column((n) => new Int32Array(n));
  readonly #keyPos = new Column((n) => new Int32Array(n));
  readonly #offsets: Int32Array;
  readonly #sentenceOffsets: Int32Array;
  readonly #hitOffsets: Int32Array;
  readonly #key: Column<Int32Array>;
  readonly #start: Column<Int32Array>;
  readonly #end: Column<Int32Array>;
  readonly #sentence = new Column((n) => new Uint16Array(n));
  readonly #info: Column<Uint8Array>;
  readonly #cue = new Column((n) => new Int16Array(n));
  readonly #sentenceStart = new Column((n) => new Int32Array(n));
  readonly #sentenceEnd = new Column((n) => new Int32Array(n));
  readonly #hitFactor = new Column((n) => new Int16Array(n));
  readonly #hitRule = new Column((n) => new Int32Array(n));
  readonly #hitStart: Column<Int32Array>;
  readonly #hitEnd: Column<Int32Array>;
  #texts = 0;

  /**
   * `definitions`: how many texts the batches hold in all (the columns are sized ahead from it).
   * `shared`: the columns the key-terms thread reads go on shared memory, so that it is sent them
   * without a copy (some 250 MB at a million definitions, held while the terms are clustered).
   */
  constructor(
    readonly definitions: number,
    { shared = false }: { shared?: boolean } = {},
  ) {
    const int32 = (n: number) => int32Column(n, shared);
    this.#offsets = int32(definitions + 1);
    this.#sentenceOffsets = new Int32Array(definitions + 1);
    this.#hitOffsets = int32(definitions + 1);
    this.#key = new Column(int32);
    this.#start = new Column(int32);
    this.#end = new Column(int32);
    this.#info = new Column((n) => uint8Column(n, shared));
    this.#hitStart = new Column(int32);
    this.#hitEnd = new Column(int32);
  }

  /** Folds in the next batch (batches come in definition order). */
  add(batch: TokenBatch): void {
    if (this.#texts + batch.texts > this.definitions) throw new Error(`More texts than the ${this.definitions} announced`);
    const keyMap = Int32Array.from(batch.keys, (k) => {
      let id = this.#keys.get(k);
      if (id === undefined) {
        this.#keys.set(k, (id = this.#formsOfKey.length));
        this.#formsOfKey.push(new Map());
      }
      return id;
    });
    for (let i = 0; i < batch.formCounts.length; i += 3) {
      const forms = this.#formsOfKey[keyMap[batch.formCounts[i]!]!]!;
      const form = batch.forms[batch.formCounts[i + 1]!]!;
      forms.set(form, (forms.get(form) ?? 0) + batch.formCounts[i + 2]!);
    }
    const cueMap = Int16Array.from(batch.cues, (c) => getId(this.#cues, c));
    const P = PARTS_OF_SPEECH.length;
    const keys = this.#keys.size;
    for (const [column, size] of [
      [this.#keyFrequency, keys],
      [this.#keyNested, keys],
      [this.#keyPos, keys * P],
    ] as const) {
      column.reserve(size - column.length);
      column.length = size;
    }
    const frequency = this.#keyFrequency.data;
    const nested = this.#keyNested.data;
    const pos = this.#keyPos.data;

    // Sized ahead from the values per text so far: the columns are then filled in place, not regrown.
    const estimate = (done: number, more: number) => Math.ceil(((done + more) / (this.#texts + batch.texts)) * this.definitions * 1.05);
    const u = this.#key.length;
    const s = this.#sentenceStart.length;
    const h = this.#hitFactor.length;
    const n = batch.key.length;
    const sentences = batch.sentenceStart.length;
    const hits = batch.hits.factor.length;
    for (const column of [this.#key, this.#start, this.#end, this.#sentence, this.#info, this.#cue]) column.reserve(n, estimate(u, n));
    for (const column of [this.#sentenceStart, this.#sentenceEnd]) column.reserve(sentences, estimate(s, sentences));
    for (const column of [this.#hitFactor, this.#hitRule, this.#hitStart, this.#hitEnd]) column.reserve(hits, estimate(h, hits));

    const key = this.#key.data;
    const cue = this.#cue.data;
    for (let j = 0; j < n; j++) {
      const k = keyMap[batch.key[j]!]!;
      const info = batch.info[j]!;
      key[u + j] = k;
      cue[u + j] = batch.cue[j]! < 0 ? -1 : cueMap[batch.cue[j]!]!;
      frequency[k]!++;
      pos[k * P + (info & 7)]!++;
      if (isNested(info)) nested[k]!++;
    }
    this.#key.length += n;
    this.#cue.length += n;
    this.#start.append(batch.start);
    this.#end.append(batch.end);
    this.#sentence.append(batch.sentence);
    this.#info.append(batch.info);
    this.#sentenceStart.append(batch.sentenceStart);
    this.#sentenceEnd.append(batch.sentenceEnd);
    this.#hitFactor.append(batch.hits.factor);
    this.#hitRule.append(batch.hits.rule);
    this.#hitStart.append(batch.hits.start);
    this.#hitEnd.append(batch.hits.end);
    for (let i = 0; i < batch.texts; i++) {
      const d = this.#texts + i;
      this.#offsets[d] = u + batch.offsets[i]!;
      this.#sentenceOffsets[d] = s + batch.sentenceOffsets[i]!;
      this.#hitOffsets[d] = h + batch.hits.offsets[i]!;
    }
    this.#texts += batch.texts;
  }

  /** The vocabulary (term ids in the terms' order), the uses and the rule matches, as columns. */
  finish(definitions: readonly Definition[], sectors: readonly string[]): CollectedTerms {
    if (this.#texts !== definitions.length) throw new Error(`The batches hold ${this.#texts} texts, not ${definitions.length}`);
    const D = this.#texts;
    this.#offsets[D] = this.#key.length;
    this.#sentenceOffsets[D] = this.#sentenceStart.length;
    this.#hitOffsets[D] = this.#hitFactor.length;

    // A key's label is its most frequent form; keys with one label are one term.
    const labelIds = new Map<string, number>();
    const labels: string[] = [];
    const termOfKey = Int32Array.from(this.#formsOfKey, (forms) => getId(labelIds, mostFrequent(forms), labels));
    const T = labels.length;
    const S = sectors.length;
    const P = PARTS_OF_SPEECH.length;
    const frequency = new Int32Array(T);
    const nested = new Int32Array(T);
    const pos = new Int32Array(T * P);
    const keyFrequency = this.#keyFrequency.data;
    const keyNested = this.#keyNested.data;
    const keyPos = this.#keyPos.data;
    for (let k = 0; k < termOfKey.length; k++) {
      const t = termOfKey[k]!;
      frequency[t]! += keyFrequency[k]!;
      nested[t]! += keyNested[k]!;
      for (let p = 0; p < P; p++) pos[t * P + p]! += keyPos[k * P + p]!;
    }
    // Definitions (and their sectors) per term: one pass over the uses, their keys turned into terms.
    const term = this.#key.done();
    const sectorOf = Int32Array.from(definitions, (x) => sectors.indexOf(x.sector));
    const inDefinitions = new Int32Array(T);
    const bySector = new Int32Array(T * S);
    const lastDefinition = new Int32Array(T).fill(-1);
    for (let d = 0; d < D; d++) {
      for (let i = this.#offsets[d]!; i < this.#offsets[d + 1]!; i++) {
        const t = (term[i] = termOfKey[term[i]!]!);
        if (lastDefinition[t] !== d) {
          lastDefinition[t] = d;
          inDefinitions[t]!++;
          if (sectorOf[d]! >= 0) bySector[t * S + sectorOf[d]!]!++;
        }
      }
    }

    const keysOfTerm: string[][] = labels.map(() => []);
    const formsOfTerm: Map<string, number>[] = labels.map(() => new Map());
    for (const [keyText, k] of this.#keys) {
      const t = termOfKey[k]!;
      keysOfTerm[t]!.push(keyText);
      for (const [form, count] of this.#formsOfKey[k]!) formsOfTerm[t]!.set(form, (formsOfTerm[t]!.get(form) ?? 0) + count);
    }
    const stats: TermStats[] = labels.map((label, t) => ({
      term: label,
      key: keysOfTerm[t]!.sort(compare).join('|'),
      words: label.split(' ').length,
      frequency: frequency[t]!,
      definitions: inDefinitions[t]!,
      share: D ? inDefinitions[t]! / D : 0,
      nested: nested[t]!,
      pos: posOf(argMax(pos, t * P, P)),
      bySector: Object.fromEntries(sectors.map((sector, j) => [sector, bySector[t * S + j]!])),
      variants: [...formsOfTerm[t]!].sort((a, b) => b[1] - a[1] || compare(a[0], b[0])).map(([form]) => form),
    }));

    // Ids follow the table's order, so a term's id is its row in terms.csv.
    const order = stats.map((_, t) => t).sort((a, b) => compareTerms(stats[a]!, stats[b]!));
    const rank = new Int32Array(T);
    order.forEach((t, r) => (rank[t] = r));
    for (let i = 0; i < term.length; i++) term[i] = rank[term[i]!]!;
    const uses: TermUses = {
      offsets: this.#offsets,
      term,
      start: this.#start.done(),
      end: this.#end.done(),
      sentence: this.#sentence.done(),
      info: this.#info.done(),
      cue: this.#cue.done(),
      cues: [...this.#cues.keys()],
      sentenceOffsets: this.#sentenceOffsets,
      sentenceStart: this.#sentenceStart.done(),
      sentenceEnd: this.#sentenceEnd.done(),
    };
    const hits: CodeHits = {
      offsets: this.#hitOffsets,
      factor: this.#hitFactor.done(),
      rule: this.#hitRule.done(),
      start: this.#hitStart.done(),
      end: this.#hitEnd.done(),
    };
    return { terms: order.map((t) => stats[t]!), uses, hits };
  }
}

/** `TermCounter` over batches at hand (in definition order). */
export function collectTerms(batches: readonly TokenBatch[], definitions: readonly Definition[], sectors: readonly string[]): CollectedTerms {
  const counter = new TermCounter(definitions.length);
  for (const batch of batches) counter.add(batch);
  return counter.finish(definitions, sectors);
}

/** The uses of definition `d`, as index range `[from, to)` into the columns of `uses`. */
export function usesOf(uses: TermUses, d: number): { from: number; to: number } {
  return { from: uses.offsets[d]!, to: uses.offsets[d + 1]! };
}

function getId(ids: Map<string, number>, value: string, list?: string[]): number {
  let id = ids.get(value);
  if (id === undefined) {
    ids.set(value, (id = ids.size));
    list?.push(value);
  }
  return id;
}

/** The index with the highest count; ties go to the alphabetically first part of speech. */
function argMax(counts: Int32Array, from: number, length: number): number {
  let best = 0;
  for (let i = 1; i < length; i++) {
    const c = counts[from + i]!;
    const b = counts[from + best]!;
    if (c > b || (c === b && compare(PARTS_OF_SPEECH[i]!, PARTS_OF_SPEECH[best]!) < 0)) best = i;
  }
  return best;
}

function mostFrequent(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [form, count] of counts) {
    if (count > bestCount || (count === bestCount && compare(form, best) < 0)) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}
