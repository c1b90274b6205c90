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
  const alternatives = all.map((f) => f.form.split(' ').map(escape).join('(?:\\s+|\\s*[-\\u2010]\\s*)'));
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
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

export function canonical(matcher: TermMatcher, written: string): string | undefined {
  return matcher.termOf.get(written.toLowerCase().replace(/\s*[-\u2010]\s*|\s+/g, ' '));
}
