import { NounInflector } from 'natural/lib/natural/inflectors/index.js';
import type { Config } from './schema.js';

/** The concept whose definitions a corpus collects, as the config names it. */
export interface Concept {
  /** How outputs name the concept; its words are dropped as domain stopwords. */
  readonly name: string;
  /** The terms whose definitions are mined, singular (`smart city`); plurals are derived. */
  readonly terms: readonly string[];
  /** Other spellings, each mapped to the term it names (`smart and sustainable city` → `smart sustainable city`). */
  readonly variants: Readonly<Record<string, string>>;
}

/** One written form of a term, and the term it stands for. */
export interface TermForm {
  readonly form: string;
  readonly term: string;
}

const inflector = new NounInflector();

/** The plural of a term: its last word pluralized (`smart city` → `smart cities`). */
export function pluralOf(term: string): string {
  const words = term.trim().split(/\s+/);
  const last = words.pop()!;
  return [...words, inflector.pluralize(last)].join(' ');
}

/**
 * Every form of the concept's terms, singular and plural, variants included, longest first (so a
 * matcher prefers `smart sustainable city` to `sustainable city`). Lower case.
 */
export function termForms(concept: Concept): TermForm[] {
  const forms = new Map<string, string>();
  const add = (form: string, term: string) => {
    const key = form.trim().toLowerCase().replace(/\s+/g, ' ');
    if (key && !forms.has(key)) forms.set(key, term);
  };
  for (const term of concept.terms) {
    add(term, term);
    add(pluralOf(term), term);
  }
  for (const [variant, term] of Object.entries(concept.variants)) {
    add(variant, term);
    add(pluralOf(variant), term);
  }
  return [...forms].map(([form, term]) => ({ form, term })).sort((a, b) => b.form.length - a.form.length || (a.form < b.form ? -1 : a.form > b.form ? 1 : 0));
}

/**
 * The words of the concept's name with the plural of its head: `smart city` → smart, city, cities.
 * Every definition repeats them, so they say nothing about a definition: the analysis drops them
 * as domain stopwords, and outputs can use them to name the concept.
 */
export function conceptWords(concept: Pick<Concept, 'name'>): string[] {
  const words = concept.name.toLowerCase().split(/\s+/).filter(Boolean);
  const plural = pluralOf(concept.name).toLowerCase().split(/\s+/).at(-1);
  return [...new Set([...words, ...(plural ? [plural] : [])])];
}

/** The domain stopwords of a run: the configured `stopwords` and the concept's own words. */
export function domainStopwords(config: Pick<Config, 'stopwords' | 'concept'>): string[] {
  return [...new Set([...config.stopwords, ...conceptWords(config.concept)])];
}
