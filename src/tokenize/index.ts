import { PorterStemmer } from 'natural/lib/natural/stemmers/index.js';
import type { ThesaurusEntry } from '../config/thesaurus.js';
import { compare } from '../core/text.js';
import type { Definition, TermOccurrence, Token, TokenizedDefinition } from '../model/index.js';
import { readTokens, type RawToken } from './nlp.js';
import { PhraseMatcher } from './phrases.js';

export interface TokenizeOptions {
  readonly thesaurus: readonly ThesaurusEntry[];
  /** Domain stopwords (general English ones are always dropped). */
  readonly stopwords: readonly string[];
  readonly maxWords: number;
  /** Called after each definition, for a progress display on long runs. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** A token after the thesaurus: `fixed` is the term it was replaced by. */
interface Word extends RawToken {
  readonly fixed?: string;
}

const CONTENT = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB']);
const PHRASE = new Set(['NOUN', 'PROPN', 'ADJ']);
// List markers such as "(iv)" are tagged as nouns.
const ROMAN = /^x{0,3}(ix|iv|v?i{0,3})$/;

/** Finds the candidate terms of every definition: content words and multi-word terms. */
export function tokenize(definitions: readonly Definition[], options: TokenizeOptions): TokenizedDefinition[] {
  const tokenizeText = textTokenizer(options);
  return definitions.map((d, i) => {
    const tokenized = tokenizeText(d.id, d.text);
    options.onProgress?.(i + 1, definitions.length);
    return tokenized;
  });
}

/**
 * The merge key a phrase such as a codebook seed ("sustainability", "ICTs") has when the
 * definitions say it, or undefined when it is not a term (a stopword, say).
 */
export function phraseKeys(phrases: readonly string[], options: TokenizeOptions): (string | undefined)[] {
  const tokenizeText = textTokenizer(options);
  return phrases.map((phrase) => {
    const { occurrences } = tokenizeText('', phrase);
    const whole = occurrences.filter((o) => o.start === 0 && o.end === phrase.length);
    return whole.sort((a, b) => b.words - a.words)[0]?.key;
  });
}

function textTokenizer(options: TokenizeOptions): (id: string, text: string) => TokenizedDefinition {
  const matcher = new PhraseMatcher(options.thesaurus);
  const domain = new Set(options.stopwords.map((s) => s.toLowerCase()));
  const stems = new Map<string, string>();
  const stem = (word: string) => {
    let s = stems.get(word);
    if (s === undefined) stems.set(word, (s = word.includes('-') ? word : PorterStemmer.stem(word)));
    return s;
  };
  return (id, text) => tokenizeOne(id, text, matcher, domain, stem, options.maxWords);
}

function tokenizeOne(
  id: string,
  text: string,
  matcher: PhraseMatcher,
  domain: ReadonlySet<string>,
  stem: (word: string) => string,
  maxWords: number,
): TokenizedDefinition {
  const words = applyThesaurus(readTokens(text), matcher);
  const isGeneralStop = (w: Word) => !w.fixed && (w.stop || !/^\p{L}/u.test(w.normal) || w.normal.length < 2 || ROMAN.test(w.normal));
  const isDomainStop = (w: Word) => !w.fixed && (domain.has(w.normal) || domain.has(w.lemma));
  const keyOf = (w: Word) => (w.fixed ? `=${w.fixed}` : stem(w.lemma));
  const formOf = (w: Word) => w.lemma;
  const occurrences: TermOccurrence[] = [];
  const add = (run: readonly Word[], key: string, form: string) => {
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const pos = run.length > 1 ? 'PHRASE' : first.pos;
    occurrences.push({ key, form, words: form.split(' ').length, pos, start: first.start, end: last.end, sentence: first.sentence });
  };

  // Single words.
  for (const w of words) {
    if (w.fixed) add([w], keyOf(w), w.fixed);
    else if (CONTENT.has(w.pos) && !isGeneralStop(w) && !isDomainStop(w)) add([w], keyOf(w), w.lemma);
  }

  // Adjective/noun runs ending in a noun, without stopwords at either end.
  const inPhrase = (w: Word) => Boolean(w.fixed) || (PHRASE.has(w.pos) && !isGeneralStop(w));
  for (let i = 0; i < words.length; ) {
    if (!inPhrase(words[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < words.length && inPhrase(words[j]!) && words[j]!.sentence === words[i]!.sentence) j++;
    let run = words.slice(i, j);
    while (run.length && isDomainStop(run[0]!)) run = run.slice(1);
    while (run.length && (isDomainStop(run[run.length - 1]!) || !isNounLike(run[run.length - 1]!))) run = run.slice(0, -1);
    if (run.length > maxWords) run = run.slice(run.length - maxWords);
    if (run.length >= 2) add(run, run.map(keyOf).join(' '), run.map(formOf).join(' '));

    // "X of Y": the run's last noun, "of", then a short noun phrase ("quality of life").
    const of = words[j];
    const head = run[run.length - 1] ?? (isNounLike(words[j - 1]!) && !isDomainStop(words[j - 1]!) ? words[j - 1]! : undefined);
    if (head && of && of.normal === 'of' && of.sentence === head.sentence) {
      let k = j + 1;
      while (k < words.length && inPhrase(words[k]!) && words[k]!.sentence === of.sentence && k - j <= 2) k++;
      let tail = words.slice(j + 1, k);
      while (tail.length && !isNounLike(tail[tail.length - 1]!)) tail = tail.slice(0, -1);
      if (tail.length && !tail.every(isDomainStop) && tail.length + 2 <= maxWords + 1) {
        add([head, ...tail], `${keyOf(head)} of ${tail.map(keyOf).join(' ')}`, `${formOf(head)} of ${tail.map(formOf).join(' ')}`);
      }
    }
    i = j;
  }

  occurrences.sort((a, b) => a.start - b.start || a.end - b.end || compare(a.key, b.key));
  const tokens: Token[] = words.map((w) => ({ lemma: w.fixed ?? w.lemma, pos: w.pos, start: w.start, end: w.end, sentence: w.sentence }));
  return { id, tokens, occurrences };
}

function isNounLike(w: Word): boolean {
  return Boolean(w.fixed) || w.pos === 'NOUN' || w.pos === 'PROPN';
}

/** Replaces thesaurus phrases by one fixed word each; a phrase mapped to nothing disappears. */
function applyThesaurus(tokens: readonly RawToken[], matcher: PhraseMatcher): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < tokens.length; ) {
    const match = matcher.match(tokens, i);
    if (!match) {
      out.push(tokens[i]!);
      i++;
      continue;
    }
    const first = tokens[i]!;
    const last = tokens[i + match.length - 1]!;
    if (match.entry.replaceBy) {
      // One replaced word keeps its own form inside longer terms ("economic development").
      const inPhrase = match.length === 1 ? first.lemma : match.entry.replaceBy;
      // A replaced word keeps its part of speech ("environmental" stays an adjective); a phrase is a noun.
      out.push({ ...first, lemma: inPhrase, pos: match.length === 1 ? first.pos : 'NOUN', stop: false, end: last.end, fixed: match.entry.replaceBy });
    }
    i += match.length;
  }
  return out;
}
