import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// wink-nlp learns POS patterns in only one instance per process, so there is exactly one.
let instance: WinkMethods | undefined;
// Only what the analysis reads: sentences, parts of speech (lemmas need them); no entities or sentiment.
export const getNlp = (): WinkMethods => (instance ??= winkNLP(model, ['sbd', 'pos']));

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

/** What a token of wink's says, whatever its place: the same for every token of one lexeme and part of speech. */
interface Lexeme {
  readonly normal: string;
  readonly lemma: string;
  readonly pos: string;
  readonly stop: boolean;
}

/**
 * The lexemes met so far, by wink's id of the token's text and its part of speech: a token's value,
 * lemma and stop flag depend on nothing else (wink lemmatises from the word and its tag, and an
 * unknown word is never a base form), except for a contraction's parts, which are read each time.
 */
const lexemes = new Map<number, Lexeme>();
const posCodes = new Map<string, number>();

/** The tokens of `text` (see `readTokens`) and its sentences as offsets, in order. */
export function readText(text: string): { tokens: RawToken[]; sentences: { start: number; end: number }[] } {
  const nlp = getNlp();
  const its = nlp.its;
  const source = blankLongPunctuation(lowerKeepingOffsets(text));
  const doc = nlp.readDoc(source);
  const tokens: RawToken[] = [];
  const sentences: { start: number; end: number }[] = [];
  // Each property read once for the whole text (not per sentence): one pass of wink's `out` each.
  const all = doc.tokens();
  const lexemesOf = textLexemes(all, its);
  const spans = doc.sentences().out(asIts<number[]>(its.span)) as number[][];
  let cursor = 0;
  for (let sentenceIndex = 0; sentenceIndex < spans.length; sentenceIndex++) {
    const from = spans[sentenceIndex]![0]!;
    const to = spans[sentenceIndex]![1]!;
    const firstOfSentence = tokens.length;
    for (let i = from; i <= to; i++) {
      const lexeme = lexemesOf[i]!;
      const value = lexeme.normal;
      const at = findNear(source, value, cursor);
      const start = at >= 0 ? at : cursor;
      const end = at >= 0 ? at + value.length : cursor;
      cursor = end;
      tokens.push({ normal: value, lemma: lexeme.lemma, pos: lexeme.pos, stop: lexeme.stop, start, end, sentence: sentenceIndex });
    }
    const first = tokens[firstOfSentence];
    sentences.push({ start: first ? first.start : cursor, end: cursor });
  }
  return { tokens: joinHyphenated(tokens), sentences };
}

type Tokens = ReturnType<ReturnType<WinkMethods['readDoc']>['tokens']>;

/**
 * Each token's lexeme: wink's id and tag of each token (two cheap passes), the lexemes met before
 * looked up by them; the values, lemmas and stop flags asked of wink only for a text with a lexeme
 * not met yet or a contraction.
 */
function textLexemes(all: Tokens, its: WinkMethods['its']): Lexeme[] {
  const ids = all.out(asIts<number>(its.uniqueId)) as number[];
  const pos = all.out(asIts<string>(its.pos)) as string[];
  const contracted = all.out(asIts<boolean>(its.contractionFlag)) as boolean[];
  const out: Lexeme[] = new Array<Lexeme>(ids.length);
  const keys: number[] = new Array<number>(ids.length);
  let complete = true;
  for (let i = 0; i < ids.length; i++) {
    const tag = pos[i] ?? 'X';
    let code = posCodes.get(tag);
    if (code === undefined) posCodes.set(tag, (code = posCodes.size));
    // Wink has 17 tags; a key is -1 (never kept) were there ever more than 64.
    const key = (keys[i] = code < 64 ? ids[i]! * 64 + code : -1);
    const known = contracted[i] || key < 0 ? undefined : lexemes.get(key);
    if (known) out[i] = known;
    else complete = false;
  }
  if (complete) return out;
  const values = all.out();
  const lemmas = all.out(asIts<string>(its.lemma));
  const stops = all.out(asIts<boolean>(its.stopWordFlag));
  for (let i = 0; i < ids.length; i++) {
    if (out[i]) continue;
    const value = values[i]!;
    const lemma = (lemmas[i] ?? value).toLowerCase();
    const lexeme: Lexeme = { normal: value, lemma: keptAsWritten(lemma, value) ? value : lemma, pos: pos[i] ?? 'X', stop: Boolean(stops[i]) };
    out[i] = lexeme;
    if (!contracted[i] && keys[i]! >= 0) lexemes.set(keys[i]!, lexeme);
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

function joinHyphenated(tokens: RawToken[]): RawToken[] {
  // Most texts have no hyphen token: nothing to join, no copy.
  if (!tokens.some((t) => t.normal === '-')) return tokens;
  const out: RawToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const prev = out[out.length - 1];
    const dash = tokens[i]!;
    const next = tokens[i + 1];
    if (prev && next && dash.normal === '-' && prev.end === dash.start && dash.end === next.start && /\p{L}/u.test(prev.normal) && /\p{L}/u.test(next.normal)) {
      const pos = ['NOUN', 'PROPN', 'ADJ', 'VERB'].includes(next.pos) ? next.pos : 'NOUN';
      out[out.length - 1] = {
        normal: `${prev.normal}-${next.normal}`,
        lemma: `${prev.normal}-${next.lemma}`,
        pos,
        stop: false,
        start: prev.start,
        end: next.end,
        sentence: prev.sentence,
      };
      i++;
    } else {
      out.push(dash);
    }
  }
  return out;
}

/**
 * Long runs of punctuation or symbols ("=====", a line of commas) carry no term, and wink's
 * tokenizer slows down more than linearly on them: blanked to spaces, so offsets stay valid.
 */
function blankLongPunctuation(text: string): string {
  return text.replace(/[^\p{L}\p{N}\s]{32,}/gu, (run) => ' '.repeat(run.length));
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
