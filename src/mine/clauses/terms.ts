import type { TermForm } from '../../config/concept.js';

// Finding the configured terms in a sentence: each term's written forms (hyphenated or not, modifiers swapped)
// and the term a written form stands for. Every pattern starts from a naming of the term.

/** The matcher of the configured terms' forms in a sentence. */
export interface TermMatcher {
  readonly regex: RegExp;
  readonly termOf: ReadonlyMap<string, string>;
  /** The terms of two words or more, split into modifier and head (for "a city is ‘smart’ when"). */
  readonly split: readonly { readonly term: string; readonly modifier: string; readonly heads: readonly string[] }[];
}

export function termMatcher(forms: readonly TermForm[]): TermMatcher {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const all = [...forms, ...swappedModifiers(forms)].sort((a, b) => b.form.length - a.form.length);
  const separator = '(?:\\s+|\\s*[-\\u2010]\\s*)';
  const alternatives = all.map((f) => f.form.split(' ').map(escape).join(separator));
  // A two-word term with one word of domain between its words (`digital water twins`, convention 10), after every
  // written form, so a configured three-word form still wins; not a function or degree word (`smart enough city`).
  const inserted = forms
    .map((f) => f.form.split(' '))
    .filter((w) => w.length === 2)
    .map(([m, h]) => `${escape(m!)}${separator}(?!${INSERT_STOP.source}${separator})\\p{L}[\\p{L}\\p{N}]*${separator}${escape(h!)}`);
  // (digits may run onto the term, a PDF's superscript citation, `smart city3 is …`: readers take the term only when the
  // document's numbered list makes them a citation; a number run into letters or a version, `city5G`, `City4.0`, never)
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...alternatives, ...inserted].join('|')})(?!\\p{L}|\\p{N}+(?:\\p{L}|\\.\\p{N}))`, 'giu');
  const termOf = new Map(all.map((f) => [f.form, f.term]));
  const split = new Map<string, { term: string; modifier: string; heads: string[] }>();
  for (const f of forms) {
    const words = f.form.split(' ');
    if (words.length < 2) continue;
    const modifier = words.slice(0, -1).join(' ');
    const key = `${f.term}|${modifier}`;
    const entry = split.get(key) ?? { term: f.term, modifier, heads: [] };
    entry.heads.push(words.at(-1)!);
    split.set(key, entry);
  }
  return { regex, termOf, split: [...split.values()] };
}

/**
 * A term's two modifiers in the other order name the same thing (`digital urban twin` for `urban
 * digital twin`, `sustainable smart city` for `smart sustainable city`); forms already configured win.
 */
function swappedModifiers(forms: readonly TermForm[]): TermForm[] {
  const known = new Set(forms.map((f) => f.form));
  const out: TermForm[] = [];
  for (const f of forms) {
    const words = f.form.split(' ');
    if (words.length !== 3 || words.some((w) => /^(?:and|or|of|the|for|in|a|an|&)$/iu.test(w))) continue;
    const swapped = [words[1], words[0], words[2]].join(' ');
    if (!known.has(swapped)) {
      known.add(swapped);
      out.push({ form: swapped, term: f.term });
    }
  }
  return out;
}

// Words that never stand between a term's two words as its domain.
const INSERT_STOP = /(?:a|an|the|and|or|of|for|in|on|to|as|is|are|be|so|too|very|more|less|most|least|enough|plus|not|no)/iu;
const ONLY_INSERT_STOP = new RegExp(`^${INSERT_STOP.source}$`, 'iu');

/** The term a written form stands for: a configured form, or a two-word form with a domain word between (`digital water twin`). */
export function canonical(matcher: TermMatcher, written: string): string | undefined {
  const key = written.toLowerCase().replace(/\s*[-\u2010]\s*|\s+/g, ' ');
  const term = matcher.termOf.get(key);
  if (term) return term;
  const words = key.split(' ');
  if (words.length !== 3 || ONLY_INSERT_STOP.test(words[1]!)) return undefined;
  return matcher.termOf.get(`${words[0]} ${words[2]}`);
}
