import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import type { ThesaurusEntry } from '../config/thesaurus.js';
import { compare } from '../core/text.js';
import { DETERMINERS, type Determiner, type PartOfSpeech, type RuleHit, type Span, type TermOccurrence } from '../model/index.js';
import { readText, type RawToken } from './nlp.js';
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

/** A token after the thesaurus: `fixed` is the term it was replaced by. */
interface Word extends RawToken {
  readonly fixed?: string;
}

const CONTENT = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB']);
const PHRASE = new Set(['NOUN', 'PROPN', 'ADJ']);
// List markers such as "(iv)" are tagged as nouns.
const ROMAN = /^x{0,3}(ix|iv|v?i{0,3})$/;
const DETERMINER_SET: ReadonlySet<string> = new Set(DETERMINERS);

/** A tokenizer of single texts, with the thesaurus, stopwords and stems it needs built once. */
export function textTokenizer(options: TokenizeOptions): (text: string) => TokenizedText {
  const tokenize = countingTokenizer(options);
  return (text) => tokenize(text).text;
}

/**
 * `textTokenizer`, with each occurrence's count slot (a single-word term's, else undefined) for a
 * batch to count it by (`BatchBuilder.add`).
 */
export function countingTokenizer(options: TokenizeOptions): (text: string) => { text: TokenizedText; slots: (CountSlot | undefined)[] } {
  const matcher = new PhraseMatcher(options.thesaurus);
  const domain = new Set(options.stopwords.map((s) => s.toLowerCase()));
  const cues = new Set(options.cues);
  const stem = cachedStemmer();
  const rules = new RuleMatcher(options.rules, stem);
  const facts = wordFacts(domain, stem, cues, matcher);
  const context: Context = { matcher, domain, cues, stem, facts, rules, maxWords: options.maxWords, cueWindow: options.cueWindow };
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

/** The hits of `textTokenizer(options)`, found without the terms: words, thesaurus, rules. */
export function ruleHits(options: TokenizeOptions): (text: string) => readonly RuleHit[] {
  let hitsOf = ruleMatchers.get(options);
  if (!hitsOf) {
    const matcher = new PhraseMatcher(options.thesaurus);
    const rules = new RuleMatcher(options.rules, cachedStemmer());
    hitsOf = (text) => rules.match(applyThesaurus(readText(text).tokens, matcher));
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
  readonly facts: (w: Word) => WordFacts;
  readonly rules: RuleMatcher;
  readonly maxWords: number;
  readonly cueWindow: number;
}

type Found = Omit<TermOccurrence, 'nested' | 'cue' | 'determiner'> & { readonly first: number; readonly slot: CountSlot | undefined };

function tokenizeText(text: string, context: Context): { text: TokenizedText; slots: (CountSlot | undefined)[] } {
  const { tokens, sentences } = readText(text);
  const { words, facts } = applyThesaurusWithFacts(tokens, context);
  const { found, singles } = findTerms(words, facts, context);
  const nested = nestedWords(found, singles);
  found.sort((a, b) => a.start - b.start || a.end - b.end || compare(a.key, b.key));
  const occurrences = found.map((o): TermOccurrence => {
    const before = words[o.first - 1];
    const determiner = before && before.sentence === o.sentence && DETERMINER_SET.has(before.fixed ?? before.lemma) ? (before.normal as Determiner) : undefined;
    return {
      key: o.key,
      form: o.form,
      words: o.words,
      pos: o.pos,
      start: o.start,
      end: o.end,
      sentence: o.sentence,
      nested: nested.has(o),
      cue: cueBefore(words, facts, o.first, context),
      determiner: determiner && DETERMINER_SET.has(determiner) ? determiner : undefined,
    };
  });
  // A plain word's forms as rules see them are kept with its facts: one lookup per word, not two.
  const forms = words.map((w, i) => (w.fixed ? context.rules.formsOf(w) : (facts[i]!.ruleForms ??= context.rules.formsOf(w))));
  return { text: { occurrences, sentences, hits: context.rules.match(words, forms) }, slots: found.map((o) => o.slot) };
}

/**
 * The single words said inside a longer term: one sweep in start order, longer terms first at a
 * start (a stable sort: at equal places, in `found`'s order). `found[0..singles)` (one per word) and
 * the rest (one run after another) are each in that order already, as a rule: then they are merged,
 * not sorted.
 */
function nestedWords(found: readonly Found[], singles: number): Set<Found> {
  const out = new Set<Found>();
  let reach = -1;
  const visit = (o: Found) => {
    if (o.words > 1) reach = Math.max(reach, o.end);
    else if (reach >= o.end) out.add(o);
  };
  if (!inPlaceOrder(found, 0, singles) || !inPlaceOrder(found, singles, found.length)) {
    for (const o of [...found].sort(byPlace)) visit(o);
    return out;
  }
  let a = 0;
  let b = singles;
  while (a < singles || b < found.length) {
    // On a tie the earlier one in `found` (a single) goes first, as the stable sort puts it.
    if (b >= found.length || (a < singles && byPlace(found[a]!, found[b]!) <= 0)) visit(found[a++]!);
    else visit(found[b++]!);
  }
  return out;
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
  /** The word's forms as codebook rules see them, once asked (plain words only: a thesaurus term's depend on the words it replaced). */
  ruleForms: readonly SlotForm[] | undefined;
  /** A thesaurus entry may start at the word (plain words only). */
  readonly startsPhrase: boolean;
}

/**
 * Each word's `WordFacts`, worked out once per distinct word (form as written, lemma, part of
 * speech, stop flag, thesaurus label: all they depend on) rather than per occurrence.
 */
function wordFacts(domain: ReadonlySet<string>, stem: (word: string) => string, cues: ReadonlySet<string>, matcher: PhraseMatcher): (w: Word) => WordFacts {
  const plain = new Map<string, PlainFacts[]>();
  const fixed = new Map<string, WordFacts>();
  return (w) => {
    if (w.fixed) {
      let facts = fixed.get(w.fixed);
      if (!facts) {
        const key = `=${w.fixed}`;
        fixed.set(
          w.fixed,
          (facts = factsOf(
            '',
            '',
            false,
            { generalStop: false, domainStop: false, key, single: true, inPhrase: true, nounLike: true, startsPhrase: false },
            cues.has(w.fixed) ? w.fixed : undefined,
          )),
        );
      }
      return facts;
    }
    const list = plain.get(w.normal);
    if (list) for (const facts of list) if (facts.lemma === w.lemma && facts.pos === w.pos && facts.stop === w.stop) return facts;
    const generalStop = w.stop || !/^\p{L}/u.test(w.normal) || w.normal.length < 2 || ROMAN.test(w.normal);
    const domainStop = domain.has(w.normal) || domain.has(w.lemma);
    const facts = factsOf(
      w.lemma,
      w.pos,
      w.stop,
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
    );
    if (list) list.push(facts);
    else plain.set(w.normal, [facts]);
    return facts;
  };
}

/** Facts with what tells plain words apart (a thesaurus term's: empty). */
type PlainFacts = WordFacts & { readonly lemma: string; readonly pos: string; readonly stop: boolean };

/** Every field set from the start, slots included: objects of one shape keep property reads fast. */
function factsOf(
  lemma: string,
  pos: string,
  stop: boolean,
  found: Pick<WordFacts, 'generalStop' | 'domainStop' | 'key' | 'single' | 'inPhrase' | 'nounLike' | 'startsPhrase'>,
  cue: string | undefined,
): PlainFacts {
  return { lemma, pos, stop, ...found, cue, ruleForms: undefined, owner: undefined, counted: undefined };
}

/** Single content words, adjective/noun runs ending in a noun, and "X of Y" terms. */
function findTerms(words: readonly Word[], facts: readonly WordFacts[], context: Context): { found: Found[]; singles: number } {
  const { maxWords } = context;
  const isDomainStop = (i: number) => facts[i]!.domainStop;
  const inPhrase = (i: number) => facts[i]!.inPhrase;
  const nounLike = (i: number) => facts[i]!.nounLike;
  const found: Found[] = [];
  const add = (head: Word, last: Word, count: number, first: number, key: string, form: string, slot?: CountSlot) => {
    const pos: PartOfSpeech = count > 1 ? 'PHRASE' : (head.pos as PartOfSpeech);
    found.push({ key, form, words: wordCount(form), pos, start: head.start, end: last.end, sentence: head.sentence, first, slot });
  };
  // Runs of words (`from`..`to`) joined: their keys, and their lemmas (a loop: no arrays per run).
  const keys = (from: number, to: number) => {
    let joined = facts[from]!.key;
    for (let k = from + 1; k < to; k++) joined += ` ${facts[k]!.key}`;
    return joined;
  };
  const lemmas = (from: number, to: number) => {
    let joined = words[from]!.lemma;
    for (let k = from + 1; k < to; k++) joined += ` ${words[k]!.lemma}`;
    return joined;
  };

  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // A word's facts decide its single-word term's key and form: they hold its count slot.
    if (facts[i]!.single) add(w, w, 1, i, facts[i]!.key, w.fixed ?? w.lemma, facts[i]);
  }
  const singles = found.length;

  for (let i = 0; i < words.length;) {
    if (!inPhrase(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < words.length && inPhrase(j) && words[j]!.sentence === words[i]!.sentence) j++;
    let from = i;
    let to = j;
    while (from < to && isDomainStop(from)) from++;
    while (to > from && (isDomainStop(to - 1) || !nounLike(to - 1))) to--;
    if (to - from > maxWords) from = to - maxWords;
    if (to - from >= 2) add(words[from]!, words[to - 1]!, to - from, from, keys(from, to), lemmas(from, to));

    // "X of Y": the run's last noun, "of", then a short noun phrase ("quality of life").
    const of = words[j];
    const headAt = to > from ? to - 1 : nounLike(j - 1) && !isDomainStop(j - 1) ? j - 1 : -1;
    const head = words[headAt];
    if (head && of && of.normal === 'of' && of.sentence === head.sentence) {
      let k = j + 1;
      while (k < words.length && inPhrase(k) && words[k]!.sentence === of.sentence && k - j <= 2) k++;
      while (k > j + 1 && !nounLike(k - 1)) k--;
      const tail = k - (j + 1);
      let allDomain = true;
      for (let t = j + 1; t < k; t++) allDomain &&= isDomainStop(t);
      if (tail && !allDomain && tail + 2 <= maxWords + 1) {
        add(head, words[k - 1]!, tail + 1, headAt, `${facts[headAt]!.key} of ${keys(j + 1, k)}`, `${head.lemma} of ${lemmas(j + 1, k)}`);
      }
    }
    i = j;
  }
  return { found, singles };
}

/** The nearest cue lemma within `cueWindow` tokens before token `first`, in its sentence. */
function cueBefore(words: readonly Word[], facts: readonly WordFacts[], first: number, context: Context): string | undefined {
  const sentence = words[first]?.sentence;
  for (let k = first - 1; k >= 0 && k >= first - context.cueWindow && words[k]!.sentence === sentence; k--) {
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
 * `applyThesaurus`, with each word's facts: a word's facts say whether a thesaurus entry can start
 * there, so most words cost one lookup, and a text without an entry is not copied.
 */
function applyThesaurusWithFacts(tokens: RawToken[], context: Pick<Context, 'matcher' | 'facts'>): { words: Word[]; facts: WordFacts[] } {
  const facts: WordFacts[] = [];
  // The words, once a phrase was replaced: until then, the tokens themselves.
  let out: Word[] | undefined;
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i]!;
    const own = context.facts(token);
    const match = own.startsPhrase ? context.matcher.match(tokens, i) : undefined;
    if (!match) {
      out?.push(token);
      facts.push(own);
      i++;
      continue;
    }
    out ??= tokens.slice(0, i);
    const replaced = replacement(tokens, i, match);
    if (replaced) {
      out.push(replaced);
      facts.push(context.facts(replaced));
    }
    i += match.length;
  }
  return { words: out ?? tokens, facts };
}

/** Replaces thesaurus phrases by one fixed word each; a phrase mapped to nothing disappears. */
function applyThesaurus(tokens: readonly RawToken[], matcher: PhraseMatcher): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < tokens.length;) {
    const match = matcher.match(tokens, i);
    if (!match) {
      out.push(tokens[i]!);
      i++;
      continue;
    }
    const replaced = replacement(tokens, i, match);
    if (replaced) out.push(replaced);
    i += match.length;
  }
  return out;
}

/** The one word a thesaurus match at `tokens[i]` stands for, or undefined when its entry maps it to nothing. */
function replacement(tokens: readonly RawToken[], i: number, match: { entry: ThesaurusEntry; length: number }): Word | undefined {
  if (!match.entry.replaceBy) return undefined;
  const first = tokens[i]!;
  const last = tokens[i + match.length - 1]!;
  // One replaced word keeps its own form inside longer terms ("economic development").
  const inPhrase = match.length === 1 ? first.lemma : match.entry.replaceBy;
  // A replaced word keeps its part of speech ("environmental" stays an adjective); a phrase is a noun.
  return { ...first, lemma: inPhrase, pos: match.length === 1 ? first.pos : 'NOUN', stop: false, end: last.end, fixed: match.entry.replaceBy };
}
