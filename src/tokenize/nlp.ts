import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';
import { winkModel } from './wink-model.js';

// wink-nlp learns POS patterns in only one instance per process, so there is exactly one.
let instance: WinkMethods | undefined;
// Only what the analysis reads: sentences, parts of speech (lemmas need them); no entities or sentiment.
export const getNlp = (): WinkMethods => (instance ??= winkNLP(winkModel(), ['sbd', 'pos']));

// wink-nlp's typings reject its own `its.*` helpers under `strict`.
const asIts = <T>(f: unknown) => f as ItsFunction<T>;

const SEARCH_WINDOW = 256;

/** A word as the analysis sees it; offsets point into the text that was read. */
export interface RawToken {
  readonly normal: string;
  readonly lemma: string;
  readonly pos: string;
  readonly stop: boolean;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

/**
 * Plurals used as mass nouns, kept as written: "data" is not "datum" to anyone writing about
 * cities (big data, open data), nor "media" "medium". The shipped thesaurus mapped them back;
 * a new corpus has no thesaurus.
 */
const KEPT_AS_WRITTEN: ReadonlyMap<string, string> = new Map([
  ['datum', 'data'],
  ['medium', 'media'],
]);

/** `KEPT_AS_WRITTEN.get(lemma) === value`, without a lookup for every other word. */
function keptAsWritten(lemma: string, value: string): boolean {
  return (lemma === 'datum' || lemma === 'medium') && KEPT_AS_WRITTEN.get(lemma) === value;
}

/**
 * Sentences, tokens, POS and lemmas of `text`. The text is read in lower case: wink tags a
 * capitalised noun as a proper noun and then leaves it unlemmatised ("Technologies", "Cities").
 * Hyphenated words are joined back into one token ("cost-effective", "well-being").
 */
export function readTokens(text: string): RawToken[] {
  return readText(text).tokens;
}

/**
 * A word as the tokenizer sees it, whatever its place: one object per distinct word (form as
 * written, lemma, part of speech, stop flag, thesaurus term), numbered in order of first sight, so
 * that what depends on the word alone is worked out once and found by its number.
 */
export interface Lexeme {
  readonly id: number;
  readonly normal: string;
  readonly lemma: string;
  readonly pos: string;
  readonly stop: boolean;
  /** The thesaurus term the word (or the phrase it starts) was replaced by. */
  readonly fixed: string | undefined;
}

const lexemeIds = new Map<string, Lexeme>();

/** The one lexeme of these fields (every field set: objects of one shape keep property reads fast). */
export function lexemeOf(normal: string, lemma: string, pos: string, stop: boolean, fixed?: string): Lexeme {
  // Lengths first: no separator can be confused with a character of the fields.
  const key = `${normal.length}:${lemma.length}:${pos.length}:${pos}:${stop ? 1 : 0}:${fixed === undefined ? -1 : fixed.length}:${normal}${lemma}${fixed ?? ''}`;
  let lexeme = lexemeIds.get(key);
  if (!lexeme) lexemeIds.set(key, (lexeme = { id: lexemeIds.size, normal, lemma, pos, stop, fixed }));
  return lexeme;
}

/**
 * The lexemes of wink's tokens by wink's id of the token's text, then its part of speech: a token's
 * value, lemma and stop flag depend on nothing else (wink lemmatises from the word and its tag, and
 * an unknown word is never a base form), except for a contraction's parts, which are read each time.
 */
const winkLexemes: ((Lexeme | undefined)[] | undefined)[] = [];
const posCodes = new Map<string, number>();
// A text's lexemes and keys, in arrays kept from text to text.
const textLexemeBuffer: Lexeme[] = [];
const winkKeys: number[] = [];

/**
 * A text's tokens as columns: token `i < length` is `lexemes[i]`, at `start[i]..end[i]` of the
 * text, in sentence `sentence[i]`. A tokenizer keeps one and fills it text after text.
 */
export class TokenColumns {
  length = 0;
  readonly lexemes: Lexeme[] = [];
  start = new Int32Array(256);
  end = new Int32Array(256);
  sentence = new Int32Array(256);

  push(lexeme: Lexeme, start: number, end: number, sentence: number): void {
    if (this.length === this.start.length) {
      for (const column of ['start', 'end', 'sentence'] as const) {
        const grown = new Int32Array(this.length * 2);
        grown.set(this[column]);
        this[column] = grown;
      }
    }
    const i = this.length++;
    this.lexemes[i] = lexeme;
    this.start[i] = start;
    this.end[i] = end;
    this.sentence[i] = sentence;
  }

  /** Token `from` moved to place `to` (`to <= from`: the columns are compacted in place). */
  move(from: number, to: number): void {
    this.lexemes[to] = this.lexemes[from]!;
    this.start[to] = this.start[from]!;
    this.end[to] = this.end[from]!;
    this.sentence[to] = this.sentence[from]!;
  }
}

/** The tokens of `text` (see `readTokens`) and its sentences as offsets, in order. */
export function readText(text: string): { tokens: RawToken[]; sentences: { start: number; end: number }[] } {
  const columns = new TokenColumns();
  const sentences = readColumns(text, columns);
  const tokens: RawToken[] = [];
  for (let i = 0; i < columns.length; i++) {
    const { normal, lemma, pos, stop } = columns.lexemes[i]!;
    tokens.push({ normal, lemma, pos, stop, start: columns.start[i]!, end: columns.end[i]!, sentence: columns.sentence[i]! });
  }
  return { tokens, sentences };
}

/** `readText` into `columns` (emptied first); returns the sentences. */
export function readColumns(text: string, columns: TokenColumns): { start: number; end: number }[] {
  const nlp = getNlp();
  const its = nlp.its;
  const source = blankLongPunctuation(lowerKeepingOffsets(text));
  const doc = nlp.readDoc(source);
  const sentences: { start: number; end: number }[] = [];
  const lexemes = textLexemes(doc.tokens(), its);
  const spans = doc.sentences().out(asIts<number[]>(its.span)) as number[][];
  columns.length = 0;
  let hyphens = false;
  let cursor = 0;
  for (let sentenceIndex = 0; sentenceIndex < spans.length; sentenceIndex++) {
    const from = spans[sentenceIndex]![0]!;
    const to = spans[sentenceIndex]![1]!;
    let first = -1;
    for (let i = from; i <= to; i++) {
      const lexeme = lexemes[i]!;
      const value = lexeme.normal;
      const at = findNear(source, value, cursor);
      const start = at >= 0 ? at : cursor;
      if (first < 0) first = start;
      cursor = at >= 0 ? at + value.length : cursor;
      columns.push(lexeme, start, cursor, sentenceIndex);
      if (value === '-') hyphens = true;
    }
    sentences.push({ start: first >= 0 ? first : cursor, end: cursor });
  }
  // Most texts have no hyphen token: nothing to join.
  if (hyphens) joinHyphenated(columns);
  return sentences;
}

type Tokens = ReturnType<ReturnType<WinkMethods['readDoc']>['tokens']>;

/**
 * Each token's lexeme: wink's id and tag of each token (cheap passes), the lexemes met before
 * looked up by them; the values, lemmas and stop flags asked of wink only for a text with a word
 * not met yet or a contraction.
 */
function textLexemes(all: Tokens, its: WinkMethods['its']): Lexeme[] {
  const ids = all.out(asIts<number>(its.uniqueId)) as number[];
  const pos = all.out(asIts<string>(its.pos)) as string[];
  const contracted = all.out(asIts<boolean>(its.contractionFlag)) as boolean[];
  const out = textLexemeBuffer;
  const codes = winkKeys;
  let missing = 0;
  for (let i = 0; i < ids.length; i++) {
    const tag = pos[i] ?? 'X';
    let code = posCodes.get(tag);
    if (code === undefined) posCodes.set(tag, (code = posCodes.size));
    codes[i] = code;
    const byTag = contracted[i] ? undefined : winkLexemes[ids[i]!];
    const known = byTag?.[code];
    if (known) out[i] = known;
    else missing++;
  }
  if (!missing) return out;
  const values = all.out();
  const lemmas = all.out(asIts<string>(its.lemma));
  const stops = all.out(asIts<boolean>(its.stopWordFlag));
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const code = codes[i]!;
    const known = contracted[i] ? undefined : winkLexemes[id]?.[code];
    if (known) {
      out[i] = known;
      continue;
    }
    const value = values[i]!;
    const lemma = (lemmas[i] ?? value).toLowerCase();
    const lexeme = lexemeOf(value, keptAsWritten(lemma, value) ? value : lemma, pos[i] ?? 'X', Boolean(stops[i]));
    out[i] = lexeme;
    if (contracted[i]) continue;
    // Filled up to the id, not set past the end: the arrays stay packed.
    while (winkLexemes.length <= id) winkLexemes.push(undefined);
    const byTag = (winkLexemes[id] ??= []);
    while (byTag.length < code) byTag.push(undefined);
    byTag[code] = lexeme;
  }
  return out;
}

/**
 * Where `value` first occurs in `source` at or after `cursor`, looking only near the cursor (a
 * token wink rewrote must not cost a scan of the whole text), or -1. Most tokens start at the
 * cursor or after a few spaces: those are found without the search.
 */
function findNear(source: string, value: string, cursor: number): number {
  let p = cursor;
  while (p - cursor <= SEARCH_WINDOW && isBlank(source.charCodeAt(p))) p++;
  // No occurrence can start on a blank when the value does not start with one.
  if (value.length > 0 && p - cursor <= SEARCH_WINDOW && !isBlank(value.charCodeAt(0)) && source.startsWith(value, p)) return p;
  const near = source.slice(cursor, cursor + value.length + SEARCH_WINDOW).indexOf(value);
  return near >= 0 ? cursor + near : -1;
}

/** Space, tab, line feed, carriage return. */
const isBlank = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/** Each hyphenated word (by the two words' lexemes). */
const joinedLexemes = new Map<number, Map<number, Lexeme>>();
const LETTER = /\p{L}/u;
const JOINED_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB']);

/** Joins "cost", "-", "effective" into one token, in place (a joined word may join again: "state-of-the-art"). */
function joinHyphenated(columns: TokenColumns): void {
  const { lexemes, start, end } = columns;
  let kept = 0;
  for (let i = 0; i < columns.length; i++) {
    const dash = lexemes[i]!;
    if (kept > 0 && i + 1 < columns.length && dash.normal === '-' && end[kept - 1] === start[i] && end[i] === start[i + 1]) {
      const prev = lexemes[kept - 1]!;
      const next = lexemes[i + 1]!;
      if (LETTER.test(prev.normal) && LETTER.test(next.normal)) {
        lexemes[kept - 1] = joined(prev, next);
        end[kept - 1] = end[i + 1]!;
        i++;
        continue;
      }
    }
    columns.move(i, kept++);
  }
  columns.length = kept;
}

/** The hyphenated word of `prev` and `next`: the first as written, the second's lemma, its part of speech if a content word's. */
function joined(prev: Lexeme, next: Lexeme): Lexeme {
  let byNext = joinedLexemes.get(prev.id);
  if (!byNext) joinedLexemes.set(prev.id, (byNext = new Map()));
  let lexeme = byNext.get(next.id);
  if (!lexeme) {
    const pos = JOINED_POS.has(next.pos) ? next.pos : 'NOUN';
    byNext.set(next.id, (lexeme = lexemeOf(`${prev.normal}-${next.normal}`, `${prev.normal}-${next.lemma}`, pos, false)));
  }
  return lexeme;
}

/**
 * Long runs of punctuation or symbols ("=====", a line of commas) carry no term, and wink's
 * tokenizer slows down more than linearly on them: blanked to spaces, so offsets stay valid.
 */
function blankLongPunctuation(text: string): string {
  if (!mayHaveLongPunctuation(text)) return text;
  return text.replace(/[^\p{L}\p{N}\s]{32,}/gu, (run) => ' '.repeat(run.length));
}

/**
 * Whether `text` may hold such a run: 32 characters in a row, none an ASCII letter, digit or blank
 * (any other character may be one). Most texts have none: they are not searched again.
 */
function mayHaveLongPunctuation(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const breaks = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 32 || (c >= 9 && c <= 13);
    if (breaks) run = 0;
    else if (++run >= 32) return true;
  }
  return false;
}

/** Lower case, except characters whose lower case is longer ("İ"): offsets must stay valid. */
function lowerKeepingOffsets(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return Array.from(text, (c) => {
    const l = c.toLowerCase();
    return l.length === c.length ? l : c;
  }).join('');
}
