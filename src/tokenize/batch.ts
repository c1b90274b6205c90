import { packInfo, type TokenBatch } from '../model/index.js';
import type { CountSlot, FormCount } from './count-slot.js';
import { countingTokenizer, type TokenizedText, type TokenizeOptions } from './text.js';

/** A growable typed column: the batch's columns are filled one occurrence at a time. */
class Column<T extends Int32Array | Uint16Array | Uint8Array | Int16Array> {
  #data: T;
  length = 0;
  constructor(readonly make: (n: number) => T) {
    this.#data = make(1024);
  }
  push(value: number): void {
    if (this.length === this.#data.length) {
      const grown = this.make(this.#data.length * 2);
      grown.set(this.#data);
      this.#data = grown;
    }
    this.#data[this.length++] = value;
  }
  done(): T {
    return this.#data.slice(0, this.length) as T;
  }
}

/** Numbers strings in order of first sight. */
class Numbering {
  readonly list: string[] = [];
  readonly #ids = new Map<string, number>();
  id(value: string): number {
    let id = this.#ids.get(value);
    if (id === undefined) {
      this.#ids.set(value, (id = this.list.length));
      this.list.push(value);
    }
    return id;
  }
}

/** A key of the batch: its number, and how often each of its forms was said (by form). */
interface KeyEntry {
  readonly id: number;
  readonly forms: Map<string, FormCount>;
}

/** Packs tokenized texts into a `TokenBatch`, in the order they are added. */
export class BatchBuilder {
  // Keys, forms and pairs are numbered in order of first sight; one lookup of the key, then one
  // among its few forms (the form numbered only when the pair is new).
  readonly #keyEntries = new Map<string, KeyEntry>();
  readonly #keys: string[] = [];
  readonly #forms = new Numbering();
  readonly #cues = new Numbering();
  readonly #formCounts: FormCount[] = [];
  readonly #offsets = new Column((n) => new Int32Array(n));
  readonly #key = new Column((n) => new Int32Array(n));
  readonly #start = new Column((n) => new Int32Array(n));
  readonly #end = new Column((n) => new Int32Array(n));
  readonly #sentence = new Column((n) => new Uint16Array(n));
  readonly #info = new Column((n) => new Uint8Array(n));
  readonly #cue = new Column((n) => new Int16Array(n));
  readonly #sentenceOffsets = new Column((n) => new Int32Array(n));
  readonly #sentenceStart = new Column((n) => new Int32Array(n));
  readonly #sentenceEnd = new Column((n) => new Int32Array(n));
  readonly #hitOffsets = new Column((n) => new Int32Array(n));
  readonly #hitFactor = new Column((n) => new Int16Array(n));
  readonly #hitRule = new Column((n) => new Int32Array(n));
  readonly #hitStart = new Column((n) => new Int32Array(n));
  readonly #hitEnd = new Column((n) => new Int32Array(n));
  /** Each use's (key, form) pair, when asked for (`pairs`): what it takes to pack some of the texts again (`keptBatch`). */
  readonly #pairOf: Column<Int32Array> | undefined;
  #texts = 0;

  constructor({ pairs = false }: { pairs?: boolean } = {}) {
    if (pairs) this.#pairOf = new Column((n) => new Int32Array(n));
    this.#offsets.push(0);
    this.#sentenceOffsets.push(0);
    this.#hitOffsets.push(0);
  }

  /** Adds a text; `slots`: each occurrence's count slot, if any (see `countingTokenizer`), which spares looking its pair up again. */
  add(text: TokenizedText, slots?: readonly (CountSlot | undefined)[]): void {
    for (let i = 0; i < text.occurrences.length; i++) {
      const o = text.occurrences[i]!;
      const slot = slots?.[i];
      const pair = slot?.owner === this ? slot.counted! : this.#pair(o.key, o.form);
      pair.count++;
      if (slot) {
        slot.owner = this;
        slot.counted = pair;
      }
      this.#key.push(pair.key);
      this.#pairOf?.push(pair.index);
      this.#start.push(o.start);
      this.#end.push(o.end);
      this.#sentence.push(Math.min(o.sentence, 0xffff));
      this.#info.push(packInfo(o.pos, o.nested, o.determiner));
      this.#cue.push(o.cue === undefined ? -1 : this.#cues.id(o.cue));
    }
    for (const s of text.sentences) {
      this.#sentenceStart.push(s.start);
      this.#sentenceEnd.push(s.end);
    }
    for (const h of text.hits) {
      this.#hitFactor.push(h.factor);
      this.#hitRule.push(h.rule);
      this.#hitStart.push(h.start);
      this.#hitEnd.push(h.end);
    }
    this.#offsets.push(this.#key.length);
    this.#sentenceOffsets.push(this.#sentenceStart.length);
    this.#hitOffsets.push(this.#hitFactor.length);
    this.#texts++;
  }

  /** The count of a (key, form) pair, numbering the key, the form and the pair when first seen. */
  #pair(keyText: string, form: string): FormCount {
    let entry = this.#keyEntries.get(keyText);
    if (!entry) {
      this.#keyEntries.set(keyText, (entry = { id: this.#keys.length, forms: new Map() }));
      this.#keys.push(keyText);
    }
    let pair = entry.forms.get(form);
    if (!pair) {
      entry.forms.set(form, (pair = { index: this.#formCounts.length, key: entry.id, form: this.#forms.id(form), count: 0 }));
      this.#formCounts.push(pair);
    }
    return pair;
  }

  /** Each use's pair (index into `formCounts` triples), if the builder was asked to keep them. */
  pairs(): Int32Array | undefined {
    return this.#pairOf?.done();
  }

  build(): TokenBatch {
    const formCounts = new Int32Array(this.#formCounts.length * 3);
    let i = 0;
    for (const pair of this.#formCounts) {
      formCounts[i++] = pair.key;
      formCounts[i++] = pair.form;
      formCounts[i++] = pair.count;
    }
    return {
      texts: this.#texts,
      keys: this.#keys,
      forms: this.#forms.list,
      cues: this.#cues.list,
      formCounts,
      offsets: this.#offsets.done(),
      key: this.#key.done(),
      start: this.#start.done(),
      end: this.#end.done(),
      sentence: this.#sentence.done(),
      info: this.#info.done(),
      cue: this.#cue.done(),
      sentenceOffsets: this.#sentenceOffsets.done(),
      sentenceStart: this.#sentenceStart.done(),
      sentenceEnd: this.#sentenceEnd.done(),
      hits: {
        offsets: this.#hitOffsets.done(),
        factor: this.#hitFactor.done(),
        rule: this.#hitRule.done(),
        start: this.#hitStart.done(),
        end: this.#hitEnd.done(),
      },
    };
  }
}

/** Tokenizes and packs batches of texts: what this thread, or a worker, does with each batch. */
export function batchTokenizer(options: TokenizeOptions): (texts: readonly string[]) => TokenBatch {
  const chunks = new ChunkTokenizer(options);
  return (texts) => chunks.batch(texts);
}

type Tokenized = ReturnType<ReturnType<typeof countingTokenizer>>;

/**
 * A tokenizer thread's state: besides whole batches, chunks of texts tokenized before it is known
 * which of their texts the analysis keeps (`prepare`, while duplicates are still being found), each
 * packed later from the texts kept (`preparedBatch`). A text's tokens do not depend on when or
 * where it was tokenized, so the batch is the one `batch` would make of the texts kept.
 */
export class ChunkTokenizer {
  readonly #tokenizeText: (text: string) => Tokenized;
  readonly #prepared = new Map<number, PackedChunk>();

  constructor(options: TokenizeOptions) {
    this.#tokenizeText = countingTokenizer(options);
  }

  /** The batch of `texts`. */
  batch(texts: readonly string[]): TokenBatch {
    const builder = new BatchBuilder();
    for (const text of texts) {
      const { text: tokenized, slots } = this.#tokenizeText(text);
      builder.add(tokenized, slots);
    }
    return builder.build();
  }

  /**
   * Tokenizes the texts of chunk `chunk` and holds them, packed (columns, not objects: a thread
   * holds several chunks while duplicates are looked for), until `preparedBatch` asks for it.
   */
  prepare(chunk: number, texts: readonly string[]): void {
    const builder = new BatchBuilder({ pairs: true });
    for (const text of texts) {
      const { text: tokenized, slots } = this.#tokenizeText(text);
      builder.add(tokenized, slots);
    }
    this.#prepared.set(chunk, { batch: builder.build(), pairs: builder.pairs()! });
  }

  /** The batch of the prepared chunk's texts at `keep` (ascending), the chunk then dropped. */
  preparedBatch(chunk: number, keep: ArrayLike<number>): TokenBatch {
    const done = this.#prepared.get(chunk);
    if (!done) throw new Error(`chunk ${chunk} was not prepared`);
    this.#prepared.delete(chunk);
    return keptBatch(done, keep);
  }
}

/** A batch of every text of a chunk, with each use's (key, form) pair. */
interface PackedChunk {
  readonly batch: TokenBatch;
  readonly pairs: Int32Array;
}

/**
 * The batch a `BatchBuilder` makes of the chunk's texts at `keep` (ascending): keys, forms, cues
 * and pairs numbered again in order of first sight among those texts, pairs counted over them only.
 */
export function keptBatch({ batch, pairs }: PackedChunk, keep: ArrayLike<number>): TokenBatch {
  const pairCount = batch.formCounts.length / 3;
  const newKey = new Int32Array(batch.keys.length).fill(-1);
  const newForm = new Int32Array(batch.forms.length).fill(-1);
  const newCue = new Int32Array(batch.cues.length).fill(-1);
  const newPair = new Int32Array(pairCount).fill(-1);
  const keys: string[] = [];
  const forms: string[] = [];
  const cues: string[] = [];
  const pairOrder: number[] = [];
  const counts: number[] = [];
  let uses = 0;
  let sentences = 0;
  let hits = 0;
  for (let i = 0; i < keep.length; i++) {
    const t = keep[i]!;
    uses += batch.offsets[t + 1]! - batch.offsets[t]!;
    sentences += batch.sentenceOffsets[t + 1]! - batch.sentenceOffsets[t]!;
    hits += batch.hits.offsets[t + 1]! - batch.hits.offsets[t]!;
  }
  const offsets = new Int32Array(keep.length + 1);
  const key = new Int32Array(uses);
  const start = new Int32Array(uses);
  const end = new Int32Array(uses);
  const sentence = new Uint16Array(uses);
  const info = new Uint8Array(uses);
  const cue = new Int16Array(uses);
  const sentenceOffsets = new Int32Array(keep.length + 1);
  const sentenceStart = new Int32Array(sentences);
  const sentenceEnd = new Int32Array(sentences);
  const hitOffsets = new Int32Array(keep.length + 1);
  const hitFactor = new Int16Array(hits);
  const hitRule = new Int32Array(hits);
  const hitStart = new Int32Array(hits);
  const hitEnd = new Int32Array(hits);
  let [u, s, h] = [0, 0, 0];
  for (let i = 0; i < keep.length; i++) {
    const t = keep[i]!;
    for (let o = batch.offsets[t]!; o < batch.offsets[t + 1]!; o++, u++) {
      // As `BatchBuilder.add` numbers them: the key at first sight, then the form when the pair is new.
      const p = pairs[o]!;
      const k = batch.formCounts[3 * p]!;
      if (newKey[k]! < 0) {
        newKey[k] = keys.length;
        keys.push(batch.keys[k]!);
      }
      if (newPair[p]! < 0) {
        const f = batch.formCounts[3 * p + 1]!;
        if (newForm[f]! < 0) {
          newForm[f] = forms.length;
          forms.push(batch.forms[f]!);
        }
        newPair[p] = pairOrder.length;
        pairOrder.push(p);
        counts.push(0);
      }
      counts[newPair[p]!]!++;
      key[u] = newKey[k]!;
      start[u] = batch.start[o]!;
      end[u] = batch.end[o]!;
      sentence[u] = batch.sentence[o]!;
      info[u] = batch.info[o]!;
      const c = batch.cue[o]!;
      if (c >= 0 && newCue[c]! < 0) {
        newCue[c] = cues.length;
        cues.push(batch.cues[c]!);
      }
      cue[u] = c < 0 ? -1 : newCue[c]!;
    }
    offsets[i + 1] = u;
    const [s0, s1] = [batch.sentenceOffsets[t]!, batch.sentenceOffsets[t + 1]!];
    sentenceStart.set(batch.sentenceStart.subarray(s0, s1), s);
    sentenceEnd.set(batch.sentenceEnd.subarray(s0, s1), s);
    sentenceOffsets[i + 1] = s += s1 - s0;
    const [h0, h1] = [batch.hits.offsets[t]!, batch.hits.offsets[t + 1]!];
    hitFactor.set(batch.hits.factor.subarray(h0, h1), h);
    hitRule.set(batch.hits.rule.subarray(h0, h1), h);
    hitStart.set(batch.hits.start.subarray(h0, h1), h);
    hitEnd.set(batch.hits.end.subarray(h0, h1), h);
    hitOffsets[i + 1] = h += h1 - h0;
  }
  const formCounts = renumberedPairs(batch.formCounts, pairOrder, counts, newKey, newForm);
  return {
    texts: keep.length,
    keys,
    forms,
    cues,
    formCounts,
    offsets,
    key,
    start,
    end,
    sentence,
    info,
    cue,
    sentenceOffsets,
    sentenceStart,
    sentenceEnd,
    hits: { offsets: hitOffsets, factor: hitFactor, rule: hitRule, start: hitStart, end: hitEnd },
  };
}

/** The triples (key, form, count) of the pairs `order` (their old numbers) with the keys and forms numbered anew. */
function renumberedPairs(old: Int32Array, order: readonly number[], counts: readonly number[], newKey: Int32Array, newForm: Int32Array): Int32Array {
  const formCounts = new Int32Array(order.length * 3);
  for (let q = 0; q < order.length; q++) {
    const p = order[q]!;
    formCounts[3 * q] = newKey[old[3 * p]!]!;
    formCounts[3 * q + 1] = newForm[old[3 * p + 1]!]!;
    formCounts[3 * q + 2] = counts[q]!;
  }
  return formCounts;
}
