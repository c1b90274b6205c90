import { isAdjective, tagsOf } from '../lexicon.js';
import type { Factor } from './types.js';

// The noun phrase around a naming of the term: its article (`this smart city` is not the concept in general),
// adjectives, quotes, a wrapper (`the term ‘…’`), a gerund (`being a …`). Every family reads from its edges.

const NOT_GENERIC = /^(?:this|that|these|those|such|our|their|its|his|her|your|my|some|many|most|few|several|other|another)$/iu;

// Adjectives of time, order or worth: `a new port digital twin` is one twin, not a domain's kind.
const NOT_A_DOMAIN = /^(?:new|old|first|last|next|same|own|recent|current|proposed|existing|future|typical|good|better|best|single|big|small|large)$/iu;

/**
 * A hyphenated compound that modifies as an adjective does: its last part a participle or an adjective (`simulation-based`,
 * `data-driven`, `AI-enabled`), or its first an adjective (`open-source`, `low-cost`).
 */
function compoundAdjective(word: string): boolean {
  const parts = word.split('-');
  if (parts.length < 2 || parts.some((p) => p === '')) return false;
  const last = parts.at(-1)!.toLowerCase();
  return /\p{L}{2}ed$/u.test(last) || tagsOf(last).includes('VBN') || isAdjective(last) || isAdjective(parts[0]!.toLowerCase());
}

/** The noun phrase around a term: article, premodifying adjectives, `the term ‘…’` wrapper, quotes. */
export function nounPhraseStart(sentence: string, termStart: number, termEnd: number): { start: number; end: number; checks: Factor[] } {
  let start = termStart;
  let end = termEnd;
  const checks: Factor[] = [];
  // A quoted term keeps its quotes: ‘Smart cities’ as ….
  const open = /[‘'"“]\s*$/u.exec(sentence.slice(0, start));
  const close = /^\s*[,.]?\s*[’'"”]/u.exec(sentence.slice(end));
  if (open && close) {
    start -= open[0].length;
    end += close[0].length;
  }
  // Adjectives before the term: `Urban digital twins`.
  // (a comma may stand between two of them, `an analytics-driven, simulation-based digital twin`, never straight before the term)
  for (let n = 0; n < 2; n++) {
    const m = (n === 0 ? /([\p{L}][\p{L}-]*)\s+$/u : /([\p{L}][\p{L}-]*),?\s+$/u).exec(sentence.slice(0, start));
    // (a quantifier is a determiner, not a modifier: `many digital twins` is not the concept in general)
    if (
      !m ||
      !(isAdjective(m[1]!) || compoundAdjective(m[1]!)) ||
      /^(?:a|an|the|this|that|such|our|their|its|same|other|new|true|so-called|many|most|few|several|some|all|every|each|any|numerous|certain)$/iu.test(m[1]!)
    )
      break;
    // A section label run into the text (`Abstract Smart cities is a term …`), not a modifier.
    if (
      m.index === 0 &&
      /^(?:abstract|summary|introduction|background|definition|definitions|glossary|note|notes|conclusion|conclusions|highlights|keywords)$/iu.test(m[1]!)
    )
      break;
    if (/^\p{Lu}/u.test(m[1]!) && m.index > 0 && !/[.:;]\s*$/u.test(sentence.slice(0, m.index))) break;
    start = m.index;
  }
  // (`a truly smart city`: an intensifier of the term's own modifier belongs to the noun phrase; convention 8 reads
  // `A truly smart city is a city where …` as a definition, and the predicate still decides)
  // (so is a qualifier that says the term is meant in full, `A true smart city is one that …`, `a genuine digital twin`)
  const intensified = /(?<![\p{L}-])(?:truly|genuinely|really|fully|true|genuine)\s+$/iu.exec(sentence.slice(0, start));
  if (intensified) start = intensified.index;
  // (`a so-called smart city`: the writer's distance from the name, not a modifier of it)
  const soCalled = /(?<![\p{L}-])so[-\u2010]called\s+$/iu.exec(sentence.slice(0, start));
  if (soCalled) start = soCalled.index;
  // Nouns before the term that name a domain, opening the sentence after an article: `A supply chain digital twin is …`,
  // `The port digital twin …` (a kind of the term, as an adjective makes one); not a subject and its verb (`The board funds digital twins`).
  // (or a sentence set in parentheses, as an aside to the one before: `(A railway digital twin is …)`)
  // (or after a colon that announces it: `Their definition is given in the opening section: a port digital twin is …`)
  // (or after a lead-in's comma with an indefinite article, a kind: `In the vendor’s words, a district heating digital
  // twin is …`; `For that purpose, the city digital twin is …` is one city's)
  // (or after a defining verb with an indefinite article, a kind as its object: `The vendor defines a city digital twin as …`;
  // or after `include`, a kind named as an item of a list or a schedule: `Entries may include a port digital twin, that is, …`)
  const nouns =
    /(?:(?:^|:\s+)[‘'"“«(]?(?:[Aa]|[Aa]n|[Tt]he)\s+|(?:,|(?<![\p{L}-])(?:defines?|defined|describes?|described|includes?|included|including))\s+an?\s+)((?:\p{Ll}[\p{Ll}-]*\s+){1,2})$/u.exec(
      sentence.slice(0, start),
    );
  // (after an indefinite article, the domain may be an adjective and its noun, a kind named by a compound: `A smart city
  // digital twin is …`, `an urban water digital twin`)
  const domain = nouns?.[1]!.trim().split(/\s+/u) ?? [];
  const noun = (w: string) => /^NNS?$/u.test(tagsOf(w)[0] ?? '') && !tagsOf(w).some((t) => /^VB[ZDN]$/u.test(t)) && !isAdjective(w);
  const compound =
    domain.length === 2 &&
    /(?:^|:\s+)[‘'"“«(]?(?:[Aa]|[Aa]n)\s|(?:,|[\p{L}-])\s+an?\s/u.test(nouns![0]) &&
    isAdjective(domain[0]!) &&
    !NOT_GENERIC.test(domain[0]!) &&
    !NOT_A_DOMAIN.test(domain[0]!) &&
    noun(domain[1]!);
  if (nouns && start === termStart && (domain.every(noun) || compound)) start = nouns.index + nouns[0].length - nouns[1]!.length;
  // (a bare plural opening the sentence takes a domain's compound before it the same way, in any case: `Smart City Digital
  // Twins (SCDTs) are …`, `Water network digital twins are …`; a generic plural needs no article)
  const opening =
    start === termStart && /s$/iu.test(sentence.slice(termStart, termEnd)) ? /^[‘'"“«]?((?:[\p{L}-]+\s+){1,2})$/u.exec(sentence.slice(0, start)) : null;
  const openingWords = opening?.[1]!.trim().toLowerCase().split(/\s+/u) ?? [];
  const openingDomain =
    openingWords.length > 0 &&
    // (not a gerund and its object: `Understanding smart cities means …`, `Building sustainable cities means …`; nor an
    // adverb of time, `Today smart cities are …`)
    !openingWords.some(
      (w) =>
        NOT_GENERIC.test(w) ||
        NOT_A_DOMAIN.test(w) ||
        /^(?:a|an|the|all|every|each|any|numerous|certain|so-called|true|today|now|nowadays|currently|here|there|then|still|also)$|ing$/u.test(w) ||
        tagsOf(w)[0] === 'RB',
    ) &&
    (openingWords.every(noun) || (openingWords.length === 2 && isAdjective(openingWords[0]!) && noun(openingWords[1]!)));
  if (opening && openingDomain) start = opening.index + opening[0].length - opening[1]!.length;
  // (a markup tag's `>` may stand straight before the article: `<p class='lead'>A smart city is …`; so may a field's opening
  // brace, `description={A smart city is …`, and a unified diff's mark of an added line, `+A digital twin is …`, never a
  // removed line's `-`, a wording taken out, convention 13(c); or a key's `=`, `smart-city=A smart city is …`, a
  // configuration entry's value)
  const det =
    /(^|[\s(‘'"“«>{]|(?<=[\p{L}\p{N}_]=)|(?:^|\s)\+)(a|an|the|every|each|all|any|this|these|those|such|our|their|its|some|many|most|few|several|other|another)\s+$/iu.exec(
      sentence.slice(0, start),
    );
  if (det) {
    if (NOT_GENERIC.test(det[2]!)) checks.push({ name: `not the concept in general (${det[2]!.toLowerCase()} …)`, value: 0.3 });
    start = det.index + det[1]!.length;
  } else {
    // `A city’s “digital twin” is …`: a possessor with its own generic article is the determiner of the term.
    const possessor = /(^|[\s(‘"“«])((?:a|an|every|each|any)\s+[\p{L}-]+['’]s)\s+$/iu.exec(sentence.slice(0, start));
    if (possessor) start = possessor.index + possessor[1]!.length;
  }
  // `The term ‘smart city’`, `the concept of (the) smart city`, `One straightforward definition of smart cities`, also opening a quotation (`states that “the concept of smart city refers to …`).
  const wrapper =
    /(?:^|[\s(‘'"“«])((?:the|a|one)\s+(?:(?:core|basic|working|common|general|usual|broad|narrow|very|official|accepted|standard|simple|straightforward|short|brief|plain)\s+)?(?:term|concept|notion|idea|label|expression|phrase|word|vision|model|paradigm|definition|meaning)s?\s+(?:of\s+|(?<=(?:definitions?|meanings?)\s+)for\s+)?)$/iu.exec(
      sentence.slice(0, start),
    );
  if (wrapper) start -= wrapper[1]!.length;
  // (or a named source's definition, its name the possessive determiner, the definition quoted after the verb: `the Digital
  // Twin Consortium’s definition of a digital twin is “…”`; up to six capitalised words, so the look-back stays bounded;
  // unquoted, `X’s definition of the sustainable city is the only one that …`, it is spoken of, not given)
  const owned =
    wrapper || !/^[’”"']?\s+(?:is|reads)\s*:?\s*[“"‘]/u.test(sentence.slice(end, end + 16))
      ? null
      : /(?:^|[\s(‘"“«])((?:the\s+)?(?:\p{Lu}[\p{L}&.-]*\s+){0,5}\p{Lu}[\p{L}&.-]*['’]s?\s+(?:(?:working|official|own|formal)\s+)?definition\s+of\s+)$/u.exec(
          sentence.slice(Math.max(0, start - 160), start),
        );
  if (owned) start -= owned[1]!.length;
  // `being a smart city means …`: a gerund subject; the clause is about being one.
  const gerund = /(?<![\p{L}\p{N}])(?:being|becoming)\s+$/iu.exec(sentence.slice(0, start));
  if (gerund) start = gerund.index;
  // (`Becoming a smart city is a long process`: the subject is the change into one, not what one is)
  // (`becoming a smart city means …` says what it takes, and stays)
  if (gerund && /^becoming/iu.test(gerund[0]) && /^\s+(?:is|are|was|were)\b/iu.test(sentence.slice(end)))
    checks.push({ name: 'becoming one (a change), not the concept', value: 0.3 });
  return { start, end, checks };
}
