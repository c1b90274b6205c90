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
  #texts = 0;

  constructor() {
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
      entry.forms.set(form, (pair = { key: entry.id, form: this.#forms.id(form), count: 0 }));
      this.#formCounts.push(pair);
    }
    return pair;
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
  readonly #prepared = new Map<number, Tokenized[]>();

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

  /** Tokenizes the texts of chunk `chunk` and holds them until `preparedBatch` asks for it. */
  prepare(chunk: number, texts: readonly string[]): void {
    this.#prepared.set(
      chunk,
      texts.map((text) => this.#tokenizeText(text)),
    );
  }

  /** The batch of the prepared chunk's texts at `keep` (ascending), the chunk then dropped. */
  preparedBatch(chunk: number, keep: ArrayLike<number>): TokenBatch {
    const done = this.#prepared.get(chunk);
    if (!done) throw new Error(`chunk ${chunk} was not prepared`);
    this.#prepared.delete(chunk);
    const builder = new BatchBuilder();
    for (let i = 0; i < keep.length; i++) {
      const { text, slots } = done[keep[i]!]!;
      builder.add(text, slots);
    }
    return builder.build();
  }
}
