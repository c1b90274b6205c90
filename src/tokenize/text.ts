import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import type { ThesaurusEntry } from '../config/thesaurus.js';
import { compare } from '../core/text.js';
import { DETERMINERS, type Determiner, type PartOfSpeech, type RuleHit, type Span, type TermOccurrence } from '../model/index.js';
import { lexemeOf, readColumns, TokenColumns, type Lexeme } from './nlp.js';
import { PhraseMatcher } from './phrases.js';
import type { CountSlot } from './count-slot.js';
import { RuleMatcher, type FactorRules, type SlotForm } from './rules.js';

export interface TokenizeOptions {
  readonly thesaurus: readonly ThesaurusEntry[];
  /** Domain stopwords (general English ones are always dropped). */
  readonly stopwords: readonly string[];
  readonly maxWords: number;
  /** Lemmas that cue the role of the terms after them ("use", "improve"), for the synthesis. */
  readonly cues: readonly string[];
  /** How many tokens back, within the sentence, a cue may stand before its term. */
  readonly cueWindow: number;
  /** The codebook's rules, by factor. */
  readonly rules: FactorRules;
}

/** What the tokenizer finds in one text. */
export interface TokenizedText {
  readonly occurrences: readonly TermOccurrence[];
  readonly sentences: readonly Span[];
  readonly hits: readonly RuleHit[];
}

const CONTENT = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB']);
const PHRASE = new Set(['NOUN', 'PROPN', 'ADJ']);
// List markers such as "(iv)" are tagged as nouns.
const ROMAN = /^x{0,3}(ix|iv|v?i{0,3})$/;
const DETERMINER_SET: ReadonlySet<string> = new Set(DETERMINERS);

/** A tokenizer of single texts, with the thesaurus, stopwords and stems it needs built once. */
export function textTokenizer(options: TokenizeOptions): (text: string) => TokenizedText {
  const tokenize = countingTokenizer(options);
  return (text) => {
    const { occurrences, sentences, hits } = tokenize(text).text;
    // Only the occurrence's own fields (the tokenizer's are kept with it for the batch).
    const plain = occurrences.map(({ key, form, words, pos, start, end, sentence, nested, cue, determiner }) => ({
      key,
      form,
      words,
      pos,
      start,
      end,
      sentence,
      nested,
      cue,
      determiner,
    }));
    return { occurrences: plain, sentences, hits };
  };
}

/**
 * `textTokenizer`, with each occurrence's count slot (a single-word term's, else undefined) for a
 * batch to count it by (`BatchBuilder.add`).
 */
export function countingTokenizer(
  options: TokenizeOptions,
  /** How many multi-word terms' trie nodes are kept before it is emptied (a test empties it at every term). */
  { phraseCacheLimit = 100_000 }: { phraseCacheLimit?: number } = {},
): (text: string) => { text: TokenizedText; slots: (CountSlot | undefined)[] } {
  const matcher = new PhraseMatcher(options.thesaurus);
  const domain = new Set(options.stopwords.map((s) => s.toLowerCase()));
  const cues = new Set(options.cues);
  const stem = cachedStemmer();
  const rules = new RuleMatcher(options.rules, stem);
  const facts = wordFacts(domain, stem, cues, matcher);
  const context: Context = {
    matcher,
    domain,
    cues,
    stem,
    facts,
    rules,
    maxWords: options.maxWords,
    cueWindow: options.cueWindow,
    words: new TokenColumns(),
    wordFacts: [],
    wordForms: [],
    formsByLexeme: new LexemeTable(),
    replacements: new Map(),
    phrases: new PhraseCache(phraseCacheLimit),
  };
  return (text) => tokenizeText(text, context);
}

/**
 * The merge key a phrase such as a codebook seed ("sustainability", "ICTs") has when the
 * definitions say it, or undefined when it is not a term (a stopword, say).
 */
export function phraseKeys(phrases: readonly string[], options: TokenizeOptions): (string | undefined)[] {
  const tokenizeOne = textTokenizer(options);
  return phrases.map((phrase) => {
    const { occurrences } = tokenizeOne(phrase);
    const whole = occurrences.filter((o) => o.start === 0 && o.end === phrase.length);
    return [...whole].sort((a, b) => b.words - a.words)[0]?.key;
  });
}

/**
 * For each phrase (a term's label), the one codebook factor whose rules match in it, or -1 when
 * none or several do: the factor a term belongs to by the codebook.
 */
export function ruleFactors(phrases: readonly string[], options: TokenizeOptions): number[] {
  const hitsOf = ruleHits(options);
  return phrases.map((phrase) => {
    const factors = new Set(hitsOf(phrase).map((h) => h.factor));
    return factors.size === 1 ? [...factors][0]! : -1;
  });
}

/** Each options object's rule matcher: a run asks `ruleFactors` several times with the same options. */
const ruleMatchers = new WeakMap<TokenizeOptions, (text: string) => readonly RuleHit[]>();

/** The rule hits of `textTokenizer(options)` (the same tokenizer: one way of reading words, thesaurus and rules). */
export function ruleHits(options: TokenizeOptions): (text: string) => readonly RuleHit[] {
  let hitsOf = ruleMatchers.get(options);
  if (!hitsOf) {
    const tokenize = countingTokenizer(options);
    hitsOf = (text) => tokenize(text).text.hits;
    ruleMatchers.set(options, hitsOf);
  }
  return hitsOf;
}

/** The Porter stem of a word (a hyphenated word is its own stem), each worked out once. */
function cachedStemmer(): (word: string) => string {
  const stems = new Map<string, string>();
  return (word) => {
    let s = stems.get(word);
    if (s === undefined) stems.set(word, (s = word.includes('-') ? word : PorterStemmer.stem(word)));
    return s;
  };
}

interface Context {
  readonly matcher: PhraseMatcher;
  readonly domain: ReadonlySet<string>;
  readonly cues: ReadonlySet<string>;
  readonly stem: (word: string) => string;
  /** A word's facts, by its lexeme. */
  readonly facts: (w: Lexeme) => WordFacts;
  readonly rules: RuleMatcher;
  readonly maxWords: number;
  readonly cueWindow: number;
  /** The text's words (kept from text to text): its tokens, then, in place, the words after the thesaurus. */
  readonly words: TokenColumns;
  /** Each word's facts and rule forms (the first `words.length` in use). */
  readonly wordFacts: WordFacts[];
  readonly wordForms: (readonly SlotForm[])[];
  /** Each lexeme's forms as rules see them, by lexeme id. */
  readonly formsByLexeme: LexemeTable<readonly SlotForm[]>;
  /** The lexeme a thesaurus match stands for, by its first word's lexeme, then the entry's replacement (one word or several). */
  readonly replacements: Map<number, Map<string, Lexeme>>;
  readonly phrases: PhraseCache;
}

/** A term found in a text: what the batch packs of it, the word it starts at and its count slot. */
type Found = { -readonly [K in keyof TermOccurrence]: TermOccurrence[K] } & { readonly first: number; readonly slot: CountSlot | undefined };

function tokenizeText(text: string, context: Context): { text: TokenizedText; slots: (CountSlot | undefined)[] } {
  const { words, wordFacts: facts } = context;
  const sentences = readColumns(text, words);
  applyThesaurusInPlace(words, context);
  const { found, singles } = findTerms(words, facts, context);
  markNested(found, singles);
  found.sort((a, b) => a.start - b.start || a.end - b.end || compare(a.key, b.key));
  const slots: (CountSlot | undefined)[] = new Array<CountSlot | undefined>(found.length);
  for (let i = 0; i < found.length; i++) {
    const o = found[i]!;
    const before = o.first - 1;
    o.determiner = before >= 0 && words.sentence[before] === o.sentence ? facts[before]!.determiner : undefined;
    o.cue = cueBefore(words, facts, o.first, context);
    slots[i] = o.slot;
  }
  // A word's forms as rules see them, kept by its lexeme: one lookup per word.
  const forms = context.wordForms;
  for (let i = 0; i < words.length; i++) {
    const lexeme = words.lexemes[i]!;
    forms[i] = context.formsByLexeme.get(lexeme.id) ?? context.formsByLexeme.set(lexeme.id, context.rules.formsOf(lexeme));
  }
  return { text: { occurrences: found, sentences, hits: context.rules.match(forms, words.start, words.end, words.length) }, slots };
}

/**
 * Marks the single words said inside a longer term: one sweep in start order, longer terms first at
 * a start (a stable sort: at equal places, in `found`'s order). `found[0..singles)` (one per word)
 * and the rest (one run after another) are each in that order already, as a rule: then they are
 * merged, not sorted.
 */
function markNested(found: readonly Found[], singles: number): void {
  let reach = -1;
  const visit = (o: Found) => {
    if (o.words > 1) reach = Math.max(reach, o.end);
    else if (reach >= o.end) o.nested = true;
  };
  if (!inPlaceOrder(found, 0, singles) || !inPlaceOrder(found, singles, found.length)) {
    for (const o of [...found].sort(byPlace)) visit(o);
    return;
  }
  let a = 0;
  let b = singles;
  while (a < singles || b < found.length) {
    // On a tie the earlier one in `found` (a single) goes first, as the stable sort puts it.
    if (b >= found.length || (a < singles && byPlace(found[a]!, found[b]!) <= 0)) visit(found[a++]!);
    else visit(found[b++]!);
  }
}

/** Start order, longer first at a start. */
const byPlace = (a: Found, b: Found) => a.start - b.start || b.end - a.end;

/** Whether `found[from..to)` is in `byPlace` order. */
function inPlaceOrder(found: readonly Found[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (byPlace(found[i - 1]!, found[i]!) > 0) return false;
  return true;
}

/** What the term finder asks of a word; the same for every occurrence of the same word (see `wordFacts`). */
interface WordFacts extends CountSlot {
  /** A general stopword, punctuation, a number, a one-letter word or a list marker; never a thesaurus term. */
  readonly generalStop: boolean;
  /** One of the corpus's domain stopwords (as written or as lemma); never a thesaurus term. */
  readonly domainStop: boolean;
  /** The merge key: the lemma's stem, or `=label` for a thesaurus term. */
  readonly key: string;
  /** A single-word term on its own. */
  readonly single: boolean;
  /** Can stand in an adjective/noun run. */
  readonly inPhrase: boolean;
  readonly nounLike: boolean;
  /** The word (lemma, or thesaurus label) when it is a role cue. */
  readonly cue: string | undefined;
  /** A thesaurus entry may start at the word (plain words only). */
  readonly startsPhrase: boolean;
  /** The determiner the word is, as a term's determiner when it stands right before it ("the", "its", "their"). */
  readonly determiner: Determiner | undefined;
}

/**
 * Each word's `WordFacts`, worked out once per lexeme (form as written, lemma, part of speech, stop
 * flag, thesaurus label: all they depend on) rather than per occurrence; a thesaurus term's are
 * its label's.
 */
function wordFacts(domain: ReadonlySet<string>, stem: (word: string) => string, cues: ReadonlySet<string>, matcher: PhraseMatcher): (w: Lexeme) => WordFacts {
  const byLexeme = new LexemeTable<WordFacts>();
  const fixed = new Map<string, WordFacts>();
  const determinerOf = (w: Lexeme) => (DETERMINER_SET.has(w.fixed ?? w.lemma) && DETERMINER_SET.has(w.normal) ? (w.normal as Determiner) : undefined);
  const factsOf = (w: Lexeme): WordFacts => {
    if (w.fixed) {
      const label = w.fixed;
      let facts = fixed.get(label);
      if (!facts) {
        const found = { generalStop: false, domainStop: false, key: `=${label}`, single: true, inPhrase: true, nounLike: true, startsPhrase: false };
        fixed.set(label, (facts = withSlot(found, cues.has(label) ? label : undefined, undefined)));
      }
      // The determiner depends on the words replaced, not on the label: a facts object of its own then.
      const determiner = determinerOf(w);
      return determiner === undefined ? facts : withSlot(facts, facts.cue, determiner);
    }
    const generalStop = w.stop || !/^\p{L}/u.test(w.normal) || w.normal.length < 2 || ROMAN.test(w.normal);
    const domainStop = domain.has(w.normal) || domain.has(w.lemma);
    return withSlot(
      {
        generalStop,
        domainStop,
        key: stem(w.lemma),
        single: CONTENT.has(w.pos) && !generalStop && !domainStop,
        inPhrase: PHRASE.has(w.pos) && !generalStop,
        nounLike: w.pos === 'NOUN' || w.pos === 'PROPN',
        startsPhrase: matcher.starts(w.normal, w.lemma),
      },
      cues.has(w.lemma) ? w.lemma : undefined,
      determinerOf(w),
    );
  };
  return (w) => byLexeme.get(w.id) ?? byLexeme.set(w.id, factsOf(w));
}

/** Every field set from the start, slots included: objects of one shape keep property reads fast. */
function withSlot(
  found: Pick<WordFacts, 'generalStop' | 'domainStop' | 'key' | 'single' | 'inPhrase' | 'nounLike' | 'startsPhrase'>,
  cue: string | undefined,
  determiner: Determiner | undefined,
): WordFacts {
  const { generalStop, domainStop, key, single, inPhrase, nounLike, startsPhrase } = found;
  return { generalStop, domainStop, key, single, inPhrase, nounLike, startsPhrase, cue, determiner, owner: undefined, counted: undefined };
}

/**
 * The multi-word terms met, as a trie over the lexemes of their words (an "of" between them as -1):
 * a term's key, form and word count are made once, and its count slot is kept with it, as a single
 * word's is with its facts. Emptied when it grows past `limit` nodes (memory stays bounded on any corpus).
 */
class PhraseCache {
  #root = PhraseCache.#node();
  #size = 0;
  constructor(readonly limit: number) {}

  static #node(): PhraseNode {
    return { next: undefined, key: undefined, form: '', words: 0, owner: undefined, counted: undefined };
  }

  get root(): PhraseNode {
    if (this.#size > this.limit) {
      this.#root = PhraseCache.#node();
      this.#size = 0;
    }
    return this.#root;
  }

  /** The node after `node` by `code` (a lexeme id, or -1 for "of"). */
  step(node: PhraseNode, code: number): PhraseNode {
    node.next ??= new Map();
    let child = node.next.get(code);
    if (!child) {
      node.next.set(code, (child = PhraseCache.#node()));
      this.#size++;
    }
    return child;
  }
}

interface PhraseNode extends CountSlot {
  next: Map<number, PhraseNode> | undefined;
  /** The term's merge key, once the node was the end of one. */
  key: string | undefined;
  form: string;
  words: number;
}

/** Single content words, adjective/noun runs ending in a noun, and "X of Y" terms. */
function findTerms(words: TokenColumns, facts: readonly WordFacts[], context: Context): { found: Found[]; singles: number } {
  const { maxWords, phrases } = context;
  const { lexemes, start, end, sentence } = words;
  const count = words.length;
  const isDomainStop = (i: number) => facts[i]!.domainStop;
  const inPhrase = (i: number) => facts[i]!.inPhrase;
  const nounLike = (i: number) => facts[i]!.nounLike;
  const found: Found[] = [];
  const add = (head: number, last: number, words: number, pos: PartOfSpeech, key: string, form: string, slot: CountSlot | undefined) => {
    found.push({
      key,
      form,
      words,
      pos,
      start: start[head]!,
      end: end[last]!,
      sentence: sentence[head]!,
      nested: false,
      cue: undefined,
      determiner: undefined,
      first: head,
      slot,
    });
  };
  // Runs of words (`from`..`to`) joined: their keys, and their lemmas (a loop: no arrays per run).
  const keys = (from: number, to: number) => {
    let joined = facts[from]!.key;
    for (let k = from + 1; k < to; k++) joined += ` ${facts[k]!.key}`;
    return joined;
  };
  const lemmas = (from: number, to: number) => {
    let joined = lexemes[from]!.lemma;
    for (let k = from + 1; k < to; k++) joined += ` ${lexemes[k]!.lemma}`;
    return joined;
  };
  // The trie node of words `from`..`to` (after `node`).
  const walk = (node: PhraseNode, from: number, to: number) => {
    for (let k = from; k < to; k++) node = phrases.step(node, lexemes[k]!.id);
    return node;
  };

  for (let i = 0; i < count; i++) {
    const f = facts[i]!;
    // A word's facts decide its single-word term's key and form: they hold its count slot.
    if (f.single) {
      const w = lexemes[i]!;
      const form = w.fixed ?? w.lemma;
      add(i, i, wordCount(form), w.pos as PartOfSpeech, f.key, form, f);
    }
  }
  const singles = found.length;

  for (let i = 0; i < count;) {
    if (!inPhrase(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < count && inPhrase(j) && sentence[j] === sentence[i]) j++;
    let from = i;
    let to = j;
    while (from < to && isDomainStop(from)) from++;
    while (to > from && (isDomainStop(to - 1) || !nounLike(to - 1))) to--;
    if (to - from > maxWords) from = to - maxWords;
    if (to - from >= 2) {
      const node = walk(phrases.root, from, to);
      if (node.key === undefined) {
        node.form = lemmas(from, to);
        node.words = wordCount(node.form);
        node.key = keys(from, to);
      }
      add(from, to - 1, node.words, 'PHRASE', node.key, node.form, node);
    }

    // "X of Y": the run's last noun, "of", then a short noun phrase ("quality of life").
    const headAt = to > from ? to - 1 : nounLike(j - 1) && !isDomainStop(j - 1) ? j - 1 : -1;
    if (headAt >= 0 && j < count && lexemes[j]!.normal === 'of' && sentence[j] === sentence[headAt]) {
      let k = j + 1;
      while (k < count && inPhrase(k) && sentence[k] === sentence[j] && k - j <= 2) k++;
      while (k > j + 1 && !nounLike(k - 1)) k--;
      const tail = k - (j + 1);
      let allDomain = true;
      for (let t = j + 1; t < k; t++) allDomain &&= isDomainStop(t);
      if (tail && !allDomain && tail + 2 <= maxWords + 1) {
        const node = walk(phrases.step(walk(phrases.root, headAt, headAt + 1), -1), j + 1, k);
        if (node.key === undefined) {
          node.form = `${lexemes[headAt]!.lemma} of ${lemmas(j + 1, k)}`;
          node.words = wordCount(node.form);
          node.key = `${facts[headAt]!.key} of ${keys(j + 1, k)}`;
        }
        add(headAt, k - 1, node.words, 'PHRASE', node.key, node.form, node);
      }
    }
    i = j;
  }
  return { found, singles };
}

/** The nearest cue lemma within `cueWindow` tokens before token `first`, in its sentence. */
function cueBefore(words: TokenColumns, facts: readonly WordFacts[], first: number, context: Context): string | undefined {
  const sentence = words.sentence;
  const at = sentence[first];
  for (let k = first - 1; k >= 0 && k >= first - context.cueWindow && sentence[k] === at; k--) {
    const cue = facts[k]!.cue;
    if (cue !== undefined) return cue;
  }
  return undefined;
}

/** `form.split(' ').length`, without the array. */
function wordCount(form: string): number {
  let n = 1;
  for (let at = form.indexOf(' '); at >= 0; at = form.indexOf(' ', at + 1)) n++;
  return n;
}

/**
 * Replaces thesaurus phrases by one fixed word each (a phrase mapped to nothing disappears), on the
 * text's columns, in place (the words only move back), with each word's facts: a word's facts say
 * whether a thesaurus entry can start there, so most words cost one lookup.
 */
function applyThesaurusInPlace(words: TokenColumns, context: Context): void {
  const facts = context.wordFacts;
  const { lexemes, start, end, sentence } = words;
  const count = words.length;
  let kept = 0;
  for (let i = 0; i < count;) {
    const own = context.facts(lexemes[i]!);
    const match = own.startsPhrase ? context.matcher.match(lexemes, i, count) : undefined;
    if (!match) {
      if (kept !== i) words.move(i, kept);
      facts[kept++] = own;
      i++;
      continue;
    }
    const replaced = replacementLexeme(lexemes[i]!, match, context.replacements);
    if (replaced) {
      const last = end[i + match.length - 1]!;
      lexemes[kept] = replaced;
      start[kept] = start[i]!;
      end[kept] = last;
      sentence[kept] = sentence[i]!;
      facts[kept++] = context.facts(replaced);
    }
    i += match.length;
  }
  words.length = kept;
}

/** The lexeme of `replacement` for a match starting at a word of lexeme `first`, or undefined when its entry maps it to nothing. */
function replacementLexeme(first: Lexeme, match: { entry: ThesaurusEntry; length: number }, cache: Map<number, Map<string, Lexeme>>): Lexeme | undefined {
  const fixed = match.entry.replaceBy;
  if (!fixed) return undefined;
  let byLabel = cache.get(first.id);
  if (!byLabel) cache.set(first.id, (byLabel = new Map()));
  // One replaced word keeps its own form inside longer terms ("economic development") and its part
  // of speech ("environmental" stays an adjective); a phrase is a noun.
  const one = match.length === 1;
  const label = one ? `1${fixed}` : `n${fixed}`;
  let lexeme = byLabel.get(label);
  if (!lexeme) byLabel.set(label, (lexeme = lexemeOf(first.normal, one ? first.lemma : fixed, one ? first.pos : 'NOUN', false, fixed)));
  return lexeme;
}

/** Values by lexeme id (ids are dense: an array, filled up to an id rather than set past its end, so that it stays packed). */
class LexemeTable<T> {
  readonly #values: (T | undefined)[] = [];
  get(id: number): T | undefined {
    return this.#values[id];
  }
  set(id: number, value: T): T {
    while (this.#values.length < id) this.#values.push(undefined);
    this.#values[id] = value;
    return value;
  }
}
