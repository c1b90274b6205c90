import { agnes } from 'ml-hclust';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { words as stopwordList } from 'natural/lib/natural/util/stopwords.js';
import { compare } from '../core/text.js';
import type { Lexicon, Synset } from './wordnet.js';

/** A frequent term to group, as the terms stage counts it. */
export interface SemanticTerm {
  readonly term: string;
  /** `NOUN`, `ADJ`, `VERB`, `PROPN`, or `PHRASE` for a multi-word term. */
  readonly pos: string;
  /** Other lemmatised forms of the term, tried when the label is not in WordNet. */
  readonly variants?: readonly string[];
  /** Definitions using the term: the most used term names its group. */
  readonly definitions: number;
}

export interface SemanticOptions {
  /** How many groups (themes) to cut the tree into. */
  readonly groups: number;
  /** Senses of each word taken, most frequent first (default 3). */
  readonly senses?: number;
  /** WordNet relations whose glosses extend a sense's gloss, as pointer symbols (default `GLOSS_RELATIONS`). */
  readonly relations?: readonly string[];
  /** How many hypernyms up the extended gloss reaches (default 2). */
  readonly hypernymLevels?: number;
}

/** A group of terms that share a meaning, most used term first. */
export interface SemanticGroup {
  readonly terms: readonly string[];
}

export interface SemanticResult {
  /** The groups, largest first (ties: first term). */
  readonly groups: readonly SemanticGroup[];
  /** Terms WordNet does not know (under any form): left out of the grouping. */
  readonly unknown: readonly string[];
}

/**
 * The relations a sense's gloss is extended with: hypernyms (and instance hypernyms), attributes,
 * derivations and pertainyms. Banerjee & Pedersen (2003) also use hyponyms, meronyms, holonyms,
 * similar-to and also-see; on the shipped corpus those added noise (bench/RESULTS.md).
 */
export const GLOSS_RELATIONS = ['@', '@i', '=', '+', '\\'] as const;
const HYPERNYM = new Set(['@', '@i']);

/** Acronyms frequent in the field, read as the words they stand for (WordNet does not list them). */
export const ACRONYMS: Readonly<Record<string, readonly string[]>> = {
  ict: ['information technology', 'telecommunication'],
  icts: ['information technology', 'telecommunication'],
  it: ['information technology'],
  iot: ['internet', 'sensor'],
  ai: ['artificial intelligence'],
  gis: ['geographic information system'],
};

const STOPWORDS = new Set([...stopwordList, 'something', 'someone', 'especially', 'usually', 'often', 'etc', 'one', 'two', 'use', 'used']);

/**
 * The noun senses a term stands for. Adjectives and verbs go through the nouns WordNet derives them
 * from or relates them to ("social" → society, "sustainable" → sustainability), not their own noun
 * senses ("social" is not a party); an acronym through what it stands for; a multi-word term not in
 * WordNet through its words. A word without any noun link keeps its own senses.
 */
export function conceptsOf(term: SemanticTerm, lexicon: Lexicon, senses = 3): Synset[] {
  const forms = [term.term, ...(term.variants ?? [])];
  for (const form of forms) {
    const expansion = ACRONYMS[form.toLowerCase()];
    if (expansion) return unique(expansion.flatMap((e) => wordConcepts(e, 'NOUN', lexicon, senses)));
  }
  for (const form of forms) {
    const found = wordConcepts(form, term.pos === 'PHRASE' ? 'NOUN' : term.pos, lexicon, senses);
    if (found.length) return found;
  }
  if (term.pos !== 'PHRASE') return [];
  // A phrase WordNet does not list: its head noun, and the other words as modifiers.
  const parts = term.term.split(' ').filter((w) => !STOPWORDS.has(w));
  const head = parts[parts.length - 1];
  const modifiers = parts.slice(0, -1);
  return unique([...(head ? wordConcepts(head, 'NOUN', lexicon, senses) : []), ...modifiers.flatMap((m) => wordConcepts(m, 'ADJ', lexicon, 1))]);
}

function wordConcepts(word: string, pos: string, lexicon: Lexicon, senses: number): Synset[] {
  if (pos === 'ADJ' || pos === 'VERB') {
    const own = lexicon.senses(word, pos === 'ADJ' ? 'a' : 'v');
    const nouns = unique(
      own.flatMap((s) =>
        s.pointers.filter((p) => p.target.startsWith('n') && (p.symbol === '+' || p.symbol === '\\' || p.symbol === '=')).map((p) => lexicon.synset(p.target)),
      ),
    );
    if (nouns.length) return nouns.slice(0, senses);
    if (own.length) return own.slice(0, senses);
    // Tagged an adjective or a verb, known to WordNet only as a noun.
    return lexicon.senses(word, 'n').slice(0, senses);
  }
  const nouns = lexicon.senses(word, 'n');
  if (nouns.length) return nouns.slice(0, senses);
  const adjectives = lexicon.senses(word, 'a');
  return adjectives.length ? wordConcepts(word, 'ADJ', lexicon, senses) : wordConcepts(word, 'VERB', lexicon, senses);
}

function unique(list: readonly (Synset | undefined)[]): Synset[] {
  const seen = new Set<string>();
  const out: Synset[] = [];
  for (const s of list) {
    if (!s || seen.has(s.id)) continue;
    seen.add(s.id);
    out.push(s);
  }
  return out;
}

const stems = new Map<string, string>();
function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) stems.set(word, (s = PorterStemmer.stem(word)));
  return s;
}

/** Content-word stems of a text (a gloss, a synset's words). */
export function glossTokens(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/_/g, ' ')
      .match(/[a-z]+/g) ?? []
  )
    .filter((w) => w.length > 2 && !STOPWORDS.has(w))
    .map(stem);
}

/**
 * A sense's extended gloss: its words and gloss, those of the synsets it is related to, and of the
 * hypernyms of its hypernyms up to `hypernymLevels` (so "citizen" and "inhabitant" meet at "person").
 */
export function extendedGloss(synset: Synset, lexicon: Lexicon, relations: readonly string[] = GLOSS_RELATIONS, hypernymLevels = 2): string[] {
  const wanted = new Set(relations);
  const seen = new Set([synset.id]);
  const reached: Synset[] = [synset];
  let frontier: Synset[] = [synset];
  for (let level = 1; level <= Math.max(1, hypernymLevels) && frontier.length; level++) {
    const next: Synset[] = [];
    for (const s of frontier) {
      for (const p of s.pointers) {
        // Past the first step only hypernyms are followed.
        if (!wanted.has(p.symbol) || (level > 1 && !HYPERNYM.has(p.symbol)) || seen.has(p.target)) continue;
        seen.add(p.target);
        const target = lexicon.synset(p.target);
        if (target) next.push(target);
      }
    }
    reached.push(...next);
    frontier = next;
  }
  return reached.flatMap((s) => glossTokens(`${s.words.join(' ')} ${s.gloss}`));
}

type Vector = Map<string, number>;

/**
 * Term × term relatedness in [0, 1]: each sense's extended gloss as a tf-idf vector (idf over the
 * senses of all the terms), and two terms as related as their closest pair of senses (cosine).
 */
export function relatedness(
  concepts: readonly (readonly Synset[])[],
  lexicon: Lexicon,
  relations: readonly string[] = GLOSS_RELATIONS,
  hypernymLevels = 2,
): number[][] {
  const bags = concepts.map((senses) => senses.map((s) => extendedGloss(s, lexicon, relations, hypernymLevels)));
  const documents = bags.flat();
  const df = new Map<string, number>();
  for (const doc of documents) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string) => Math.log((documents.length + 1) / ((df.get(t) ?? 0) + 1)) + 1;
  const vectors = bags.map((senses) => senses.map((doc) => unitVector(doc, idf)));
  const n = concepts.length;
  const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    matrix[i]![i] = vectors[i]!.length ? 1 : 0;
    for (let j = i + 1; j < n; j++) {
      let best = 0;
      for (const a of vectors[i]!) for (const b of vectors[j]!) best = Math.max(best, dot(a, b));
      matrix[i]![j] = matrix[j]![i] = best;
    }
  }
  return matrix;
}

function unitVector(tokens: readonly string[], idf: (t: string) => number): Vector {
  const v: Vector = new Map();
  for (const t of tokens) v.set(t, (v.get(t) ?? 0) + 1);
  let norm = 0;
  for (const [t, tf] of v) {
    const w = tf * idf(t);
    v.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [t, w] of small) {
    const other = large.get(t);
    if (other !== undefined) sum += w * other;
  }
  return sum;
}

/**
 * Groups terms by WordNet meaning: relatedness of their extended glosses, complete-linkage
 * agglomerative clustering cut into `groups` clusters. Deterministic: the terms are taken in a
 * fixed order (label), and ties in the tree merge the first pair found.
 */
export function semanticGroups(terms: readonly SemanticTerm[], lexicon: Lexicon, options: SemanticOptions): SemanticResult {
  const sorted = [...terms].sort((a, b) => compare(a.term, b.term));
  const concepts = sorted.map((t) => conceptsOf(t, lexicon, options.senses ?? 3));
  const known = sorted.filter((_, i) => concepts[i]!.length > 0);
  const unknown = sorted.filter((_, i) => concepts[i]!.length === 0).map((t) => t.term);
  if (known.length === 0) return { groups: [], unknown };
  const similarity = relatedness(
    concepts.filter((c) => c.length > 0),
    lexicon,
    options.relations,
    options.hypernymLevels,
  );
  const members = cut(similarity, Math.min(options.groups, known.length));
  const byUse = (a: SemanticTerm, b: SemanticTerm) => b.definitions - a.definitions || compare(a.term, b.term);
  const groups = members
    .map((indices) => ({
      terms: indices
        .map((i) => known[i]!)
        .sort(byUse)
        .map((t) => t.term),
    }))
    .sort((a, b) => b.terms.length - a.terms.length || compare(a.terms[0]!, b.terms[0]!));
  return { groups, unknown };
}

/** Complete-linkage clusters of a similarity matrix, as lists of row indices. */
function cut(similarity: readonly (readonly number[])[], groups: number): number[][] {
  if (similarity.length === 1) return [[0]];
  const distance = similarity.map((row, i) => row.map((s, j) => (i === j ? 0 : 1 - s)));
  const tree = agnes(distance, { method: 'complete', isDistanceMatrix: true });
  return tree.group(groups).children.map((c) => c.indices().sort((a, b) => a - b));
}
