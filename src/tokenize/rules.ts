import type { CodebookRule, RuleWord } from '../config/rules.js';
import type { RuleHit } from '../model/index.js';
import { readTokens } from './nlp.js';

/** The rules of each codebook factor, in codebook order; a rule's number counts across all factors. */
export type FactorRules = readonly { readonly rules: readonly CodebookRule[] }[];

/** A word form as rules see it, worked out once per distinct word (texts repeat their words). */
export interface SlotForm {
  readonly normal: string;
  /** `f:` + each form it has (as written, lemma, thesaurus label), `s:` + each of their stems. */
  readonly keys: readonly string[];
  /** The rules whose first word matches this form, once each, in codebook order. */
  readonly first: readonly Compiled[];
}

interface Compiled {
  readonly factor: number;
  readonly rule: number;
  readonly words: readonly Test[];
  readonly except: readonly (readonly Test[])[];
}

/** A test of one word of the text as rules see it (a thesaurus phrase is as many words as its label has). */
type Test = ((slot: Pick<SlotForm, 'normal' | 'keys'>) => boolean) & { readonly keys?: ReadonlySet<string> };

/**
 * Finds where the codebook's rules match a text. A rule's word matches a word of the text by stem
 * (derivations), by lemma (`=word`: inflections), or by its start or end (`pre*`, `*suf`); a match
 * inside one of the rule's `!` phrases does not count.
 */
export class RuleMatcher {
  readonly #rules: Compiled[] = [];
  /** Rules by the keys their first word matches; wildcards by the first (`pre*`) or last (`*suf`) letter it needs. */
  readonly #byKey = new Map<string, Compiled[]>();

  constructor(
    factors: FactorRules,
    private readonly stem: (word: string) => string,
  ) {
    let n = 0;
    factors.forEach((f, factor) => {
      for (const rule of f.rules) {
        const compiled = { factor, rule: n++, words: rule.words.map((w) => this.#test(w)), except: rule.except.map((p) => p.map((w) => this.#test(w))) };
        this.#rules.push(compiled);
        const first = rule.words[0]!;
        const keys = compiled.words[0]!.keys ?? [first.match === 'prefix' ? `p:${first.text[0] ?? ''}` : `x:${first.text.at(-1) ?? ''}`];
        for (const key of keys) {
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

  /**
   * Every match in the first `count` words of a text (the tokens after the thesaurus), one per factor
   * and span, in text order: each word's `formsOf` and its place in the text.
   */
  match(forms: readonly (readonly SlotForm[])[], starts: ArrayLike<number>, ends: ArrayLike<number>, count = forms.length): RuleHit[] {
    if (!this.#rules.length) return [];
    // The forms are the cached ones (no object per word); their places in the text go alongside,
    // in arrays kept from text to text (their lengths, not the arrays, say how much is in use).
    const slots = this.#slots;
    const slotStarts = this.#starts;
    const slotEnds = this.#ends;
    let n = 0;
    for (let k = 0; k < count; k++) {
      const wordForms = forms[k]!;
      for (let f = 0; f < wordForms.length; f++) {
        slots[n] = wordForms[f]!;
        slotStarts[n] = starts[k]!;
        slotEnds[n++] = ends[k]!;
      }
    }
    // The arrays keep their length from text to text (shrinking them would free and regrow their storage): `n` says how much is in use.
    const hits: RuleHit[] = [];
    for (let i = 0; i < n; i++) {
      const first = slots[i]!.first;
      for (let r = 0; r < first.length; r++) {
        const rule = first[r]!;
        // The rule's first word matches this slot (that is how it is in `first`): the others are tested.
        const end = matchAt(rule.words, slots, n, i, 1);
        if (end < 0) continue;
        const span = { start: slotStarts[i]!, end: slotEnds[end - 1]! };
        if (rule.except.length && rule.except.some((phrase) => covers(phrase, slots, n, slotStarts, slotEnds, span, end - 1))) continue;
        hits.push({ factor: rule.factor, rule: rule.rule, start: span.start, end: span.end });
      }
    }
    // One hit per factor and span, the first found: the sort is stable, so it leads its equals.
    hits.sort((a, b) => a.start - b.start || a.end - b.end || a.factor - b.factor);
    let kept = 0;
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i]!;
      const last = kept > 0 ? hits[kept - 1]! : undefined;
      if (last && last.start === h.start && last.end === h.end && last.factor === h.factor) continue;
      hits[kept++] = h;
    }
    hits.length = kept;
    return hits;
  }

  readonly #slots: SlotForm[] = [];
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];

  /** A word as rules see it (a thesaurus phrase: one form per word of its label), computed once per distinct word. */
  readonly #formCache = new Map<string, readonly SlotForm[]>();
  /** The other words (replaced or inflected), by form as written, then lemma, then label: no key joined per word. */
  readonly #otherForms = new Map<string, Map<string, Map<string, readonly SlotForm[]>>>();
  formsOf(w: { readonly normal: string; readonly lemma: string; readonly fixed?: string }): readonly SlotForm[] {
    const label = w.fixed ?? w.lemma;
    // Most words are neither replaced nor inflected: their key is the word itself.
    const plain = w.normal === w.lemma && label === w.lemma;
    let forms = plain ? this.#formCache.get(w.normal) : this.#otherForms.get(w.normal)?.get(w.lemma)?.get(label);
    if (!forms) {
      const written = [...new Set([w.normal, w.lemma, label])];
      const parts = label.includes(' ')
        ? label.split(' ').map((part) => ({ normal: part, keys: [`f:${part}`, `s:${this.stem(part)}`] }))
        : [{ normal: w.normal, keys: [...new Set([...written.map((f) => `f:${f}`), ...written.map((f) => `s:${this.stem(f)}`)])] }];
      forms = parts.map((part) => ({ ...part, first: this.#firstMatches(part) }));
      if (plain) this.#formCache.set(w.normal, forms);
      else {
        const byLemma = getOrSet(this.#otherForms, w.normal, () => new Map<string, Map<string, readonly SlotForm[]>>());
        getOrSet(byLemma, w.lemma, () => new Map<string, readonly SlotForm[]>()).set(label, forms);
      }
    }
    return forms;
  }

  /**
   * The rules whose first word can match a form, once each, in codebook order (so which rule a span
   * is credited to does not depend on how it was found): by its keys, and the wildcards it passes.
   */
  #firstMatches(form: { readonly normal: string; readonly keys: readonly string[] }): Compiled[] {
    const found: Compiled[] = [];
    for (const key of form.keys) for (const rule of this.#byKey.get(key) ?? []) found.push(rule);
    for (const key of [`p:${form.normal[0] ?? ''}`, `x:${form.normal.at(-1) ?? ''}`, 'p:', 'x:']) {
      for (const rule of this.#byKey.get(key) ?? []) if (rule.words[0]!(form)) found.push(rule);
    }
    return [...new Set(found)].sort((a, b) => a.rule - b.rule);
  }

  #test(word: RuleWord): Test {
    switch (word.match) {
      case 'prefix':
        return (slot) => slot.normal.startsWith(word.text);
      case 'suffix':
        return (slot) => slot.normal.endsWith(word.text);
      case 'lemma': {
        const keys = new Set([`f:${word.text}`, `f:${readTokens(word.text)[0]?.lemma ?? word.text}`]);
        return Object.assign((slot: Pick<SlotForm, 'keys'>) => hasAny(slot.keys, keys), { keys });
      }
      case 'stem': {
        const keys = new Set([`s:${this.stem(word.text)}`, `s:${this.stem(readTokens(word.text)[0]?.lemma ?? word.text)}`]);
        return Object.assign((slot: Pick<SlotForm, 'keys'>) => hasAny(slot.keys, keys), { keys });
      }
    }
  }
}

function getOrSet<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

/** Whether any of `forms` is in `keys` (a loop: this runs for every word a rule's first word matched). */
function hasAny(forms: readonly string[], keys: ReadonlySet<string>): boolean {
  for (let i = 0; i < forms.length; i++) if (keys.has(forms[i]!)) return true;
  return false;
}

/** The slot after a match of `tests` starting at slot `i` of the first `n` (the tests before `from` known to pass), or -1. */
function matchAt(tests: readonly Test[], slots: readonly SlotForm[], n: number, i: number, from = 0): number {
  if (i + tests.length > n) return -1;
  for (let k = from; k < tests.length; k++) if (!tests[k]!(slots[i + k]!)) return -1;
  return i + tests.length;
}

/** Whether a match of the phrase contains the span (`slots[0..n)`; `starts`, `ends`: their places in the text; `spanLast`: the span's last slot). */
function covers(
  phrase: readonly Test[],
  slots: readonly SlotForm[],
  n: number,
  starts: readonly number[],
  ends: readonly number[],
  span: { start: number; end: number },
  spanLast: number,
): boolean {
  // Slots' ends never decrease (words are in text order): a match must reach the first slot ending
  // where the span does, so none starting more than a phrase's length before it can cover the span.
  let reach = spanLast;
  while (reach > 0 && ends[reach - 1]! >= span.end) reach--;
  for (let i = Math.max(0, reach - phrase.length + 1); i < n; i++) {
    if (starts[i]! > span.start) break;
    const end = matchAt(phrase, slots, n, i);
    if (end >= 0 && starts[i]! <= span.start && ends[end - 1]! >= span.end) return true;
  }
  return false;
}
