import type { CodebookRule, RuleWord } from '../config/rules.js';
import type { RuleHit } from '../model/index.js';
import { readTokens } from './nlp.js';

/** The rules of each codebook factor, in codebook order; a rule's number counts across all factors. */
export type FactorRules = readonly { readonly rules: readonly CodebookRule[] }[];

/** A word of the text as rules see it: a thesaurus phrase is as many words as its label has. */
interface Slot {
  readonly normal: string;
  /** `f:` + each form it has (as written, lemma, thesaurus label), `s:` + each of their stems. */
  readonly keys: readonly string[];
  readonly start: number;
  readonly end: number;
}

interface Compiled {
  readonly factor: number;
  readonly rule: number;
  readonly words: readonly Test[];
  readonly except: readonly (readonly Test[])[];
}

type Test = ((slot: Slot) => boolean) & { readonly keys?: ReadonlySet<string> };

/**
 * Finds where the codebook's rules match a text. A rule's word matches a word of the text by stem
 * (derivations), by lemma (`=word`: inflections), or by its start or end (`pre*`, `*suf`); a match
 * inside one of the rule's `!` phrases does not count.
 */
export class RuleMatcher {
  readonly #rules: Compiled[] = [];
  /** Rules by the keys their first word matches; the rest (wildcards) are tried everywhere. */
  readonly #byKey = new Map<string, Compiled[]>();
  readonly #anywhere: Compiled[] = [];

  constructor(
    factors: FactorRules,
    private readonly stem: (word: string) => string,
  ) {
    let n = 0;
    factors.forEach((f, factor) => {
      for (const rule of f.rules) {
        const compiled = { factor, rule: n++, words: rule.words.map((w) => this.#test(w)), except: rule.except.map((p) => p.map((w) => this.#test(w))) };
        this.#rules.push(compiled);
        const keys = compiled.words[0]!.keys;
        if (!keys) this.#anywhere.push(compiled);
        for (const key of keys ?? []) {
          const list = this.#byKey.get(key);
          if (list) list.push(compiled);
          else this.#byKey.set(key, [compiled]);
        }
      }
    });
  }

  get size(): number {
    return this.#rules.length;
  }

  /** Every match in `words` (the tokens after the thesaurus), one per factor and span, in text order. */
  match(words: readonly { readonly normal: string; readonly lemma: string; readonly fixed?: string; readonly start: number; readonly end: number }[]): RuleHit[] {
    if (!this.#rules.length) return [];
    const slots = words.flatMap((w): Slot[] => {
      const label = w.fixed ?? w.lemma;
      if (label.includes(' ')) return label.split(' ').map((part) => ({ normal: part, keys: [`f:${part}`, `s:${this.stem(part)}`], start: w.start, end: w.end }));
      const forms = new Set([w.normal, w.lemma, label]);
      const keys = new Set([...[...forms].map((f) => `f:${f}`), ...[...forms].map((f) => `s:${this.stem(f)}`)]);
      return [{ normal: w.normal, keys: [...keys], start: w.start, end: w.end }];
    });
    const hits: RuleHit[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < slots.length; i++) {
      const found = new Set(this.#anywhere);
      for (const key of slots[i]!.keys) for (const rule of this.#byKey.get(key) ?? []) found.add(rule);
      // In codebook order, so which rule a span is credited to does not depend on how it was found.
      for (const rule of [...found].sort((a, b) => a.rule - b.rule)) {
        const end = matchAt(rule.words, slots, i);
        if (end < 0) continue;
        const span = { start: slots[i]!.start, end: slots[end - 1]!.end };
        if (rule.except.some((phrase) => covers(phrase, slots, span))) continue;
        const key = `${rule.factor}:${span.start}:${span.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        hits.push({ factor: rule.factor, rule: rule.rule, ...span });
      }
    }
    return hits.sort((a, b) => a.start - b.start || a.end - b.end || a.factor - b.factor);
  }

  #test(word: RuleWord): Test {
    switch (word.match) {
      case 'prefix':
        return (slot) => slot.normal.startsWith(word.text);
      case 'suffix':
        return (slot) => slot.normal.endsWith(word.text);
      case 'lemma': {
        const keys = new Set([`f:${word.text}`, `f:${readTokens(word.text)[0]?.lemma ?? word.text}`]);
        return Object.assign((slot: Slot) => slot.keys.some((k) => keys.has(k)), { keys });
      }
      case 'stem': {
        const keys = new Set([`s:${this.stem(word.text)}`, `s:${this.stem(readTokens(word.text)[0]?.lemma ?? word.text)}`]);
        return Object.assign((slot: Slot) => slot.keys.some((k) => keys.has(k)), { keys });
      }
    }
  }
}

/** The slot after a match of `tests` starting at slot `i`, or -1. */
function matchAt(tests: readonly Test[], slots: readonly Slot[], i: number): number {
  if (i + tests.length > slots.length) return -1;
  for (let k = 0; k < tests.length; k++) if (!tests[k]!(slots[i + k]!)) return -1;
  return i + tests.length;
}

/** Whether a match of the phrase contains the span. */
function covers(phrase: readonly Test[], slots: readonly Slot[], span: { start: number; end: number }): boolean {
  for (let i = 0; i < slots.length; i++) {
    if (slots[i]!.start > span.start) break;
    const end = matchAt(phrase, slots, i);
    if (end >= 0 && slots[i]!.start <= span.start && slots[end - 1]!.end >= span.end) return true;
  }
  return false;
}

