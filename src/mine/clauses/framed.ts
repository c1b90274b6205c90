import type { ListedNumbers } from '../citations.js';
import { tagsOf } from '../lexicon.js';
import { canonical, type TermMatcher } from './terms.js';
import type { Factor } from './types.js';
import { FINITE } from './words.js';

// A functional predicate (`A smart city listens to …`, `An urban digital twin couples …`) says what the term does,
// not what it is: it defines only where the text frames it as a definition (settled convention 8, fixture README).
// The frames read here: a lead-in that restates (`Put simply,`, `In short,`, `In other words,`), a colon after a
// definition label (`Our definition: …`, `… gives a definition built on verbs: …`), the answer to a question asking
// what the term is (`So what is a sustainable city? A sustainable city meets …`), a numbered definition's label
// (`Definition 2 (digital twin). A digital twin couples …`), and a follow-up that calls it one (`That, in a
// sentence, is a digital twin.`, `That is what this chapter means by …`).

/** The sentences around the one being read, for the frames that stand outside it. */
export interface SentenceContext {
  readonly previous?: string;
  readonly next?: string;
  /** The document's numbered reference list's membership: which bare numbers cite (`(12)`, `residents3,4`). */
  readonly listed: ListedNumbers;
}

// A lead-in that restates what the term is in plainer words (after a script's speaker label in capitals, `NARRATOR: Put
// simply, …`, `DR OKAFOR: In short, …`, where the transcript has too few labels to be read as turns).
// Any short label and its colon may open it too (`Conference lanyard card (reverse): Put simply, …`), as before a question.
const RESTATING =
  /^(?:\p{Lu}[\p{Lu}.'’ -]{1,30}:\s*|[^:;.!?]{1,60}:\s*)?(?:put\s+(?:simply|plainly|briefly|another\s+way)|(?:simply|plainly)\s+(?:put|stated)|stated\s+(?:simply|plainly)|to\s+put\s+it\s+(?:simply|plainly|briefly|another\s+way)|in\s+short|in\s+brief|briefly|in\s+other\s+words|in\s+a\s+word|in\s+a\s+nutshell|in\s+essence|in\s+plain\s+(?:terms|words|english|language)|in\s+simple\s+terms|that\s+is\s+to\s+say|to\s+sum\s+up|in\s+sum)\s*,?$/iu;
// A colon after a label or lead-in naming a definition: `Our definition:`, `Definition:`, `gives a definition built on verbs rather than nouns:`.
const DEFINITION_COLON = /\bdefinitions?\b[^.:;!?]{0,60}:\s*$/iu;
// `Definition 2 (digital twin).`, `Definition 3.1.`: a numbered definition's label, a sentence of its own.
const DEFINITION_LABEL = /^(?:working\s+)?definition\s+\d{1,2}(?:\.\d{1,2})*\s*(?:\([^()]{1,60}\))?\s*[.:]?$/iu;
// `So what is a sustainable city?`, `What, then, is a smart city?`, `So what is a digital twin of a city, in plain terms?`
// (an interview's `Q:` may open it, and `A:` the answer; or any short label and its colon, `In this video: So what is …`,
// `Episode 4: What is …`)
const WHAT_IS =
  /^(?:(?:Q|Question)\s*\d{0,2}\s*[:.]\s*|[\p{L}\d][^:;.!?]{0,59}:\s*)?(?:(?:so|then|but|and|now)\s*,?\s+)?what\s*,?\s*(?:then\s*,?\s*)?(?:exactly\s+|really\s+|actually\s+)?(?:is|are)\s+(?=\S)([^?]{1,120})\?["”’]?$/iu;
// `That, in a sentence, is a digital twin.`, `That, in one sentence, is what this deliverable means by the term.`, `That,
// in short, is what the word means in this plan.`
const FOLLOW_UP =
  /^(?:that|this)\s*(?:,\s*(?:in\s+(?:a|one)\s+(?:sentence|word|nutshell|line)|in\s+short|in\s+brief|in\s+essence|put\s+simply|in\s+plain\s+terms)\s*,)?\s+is\s+(?:what\s+[^.;]{1,60}?\bmeans?\s+by\b|what\s+(?:the|this|that|our)\s+(?:word|term|phrase|expression|label)\s+means\b|(?:an?|the)\s+)/iu;
// An interview's answer label before the term: `A: An urban digital twin gathers …`.
const ANSWER_LABEL = /^(?:A|Answer)\s*:$/u;

/**
 * The frame that presents the sentence's statement about the term (its start at `start`, after `prefix`) as a
 * definition, if there is one.
 */
export function framing(prefix: string, term: string, context: SentenceContext | undefined, matcher: TermMatcher): Factor | undefined {
  const lead = prefix.trim().replace(/\s*[“"‘«]$/u, '');
  if (RESTATING.test(lead)) return { name: 'framed by a restating lead-in (put simply, in short …)', value: 1 };
  if (DEFINITION_COLON.test(lead)) return { name: 'framed by a definition label and a colon', value: 1 };
  // The frames outside the sentence hold for a term that opens it.
  if ((lead !== '' && !ANSWER_LABEL.test(lead)) || !context) return undefined;
  const previous = context.previous?.trim() ?? '';
  if (DEFINITION_LABEL.test(previous)) return { name: 'framed by a definition’s label', value: 1 };
  const question = WHAT_IS.exec(previous);
  if (question && askedTerm(question[1]!, matcher) === term) return { name: 'the answer to a question asking what it is', value: 1 };
  if (context.next && FOLLOW_UP.test(context.next.trim())) return { name: 'framed by a follow-up (that, in a sentence, is …)', value: 1 };
  return undefined;
}

// The `s` of a British `-ise`/`-yse` verb, at the word's end (a fixed suffix: no backtracking).
const BRITISH_S = /(?<=[iy])s(e|es|ed|ing)$/u;

/** The term a what-is question asks about: the configured term its noun phrase opens with (`a digital twin of a city`). */
function askedTerm(asked: string, matcher: TermMatcher): string | undefined {
  const np = /^(?:an?|the)\s+/iu.exec(asked);
  if (!np) return undefined;
  const m = new RegExp(matcher.regex.source, 'iuy');
  m.lastIndex = np[0].length;
  const found = m.exec(asked);
  return found ? canonical(matcher, found[0]) : undefined;
}

/**
 * A present-tense verb opening `text` (after the term and its adverbs), not an auxiliary or a modal: the head of a
 * functional predicate (`listens`, `keeps`, `couples`, `align`). A word the lexicon also lists as a plural noun
 * (`links`, `mirrors`) counts: straight after the subject it is the verb. `plural`: the term is written in the plural.
 */
export function functionalVerb(text: string, plural: boolean): string | undefined {
  const m = /^[“"‘]?(\p{Ll}+)\b\s*(\p{Ll}*)/u.exec(text);
  const word = m?.[1];
  // (`Put another way, a sustainable city would live in balance with …`: the ideal described in the conditional, a verb of
  // action after `would`; not `would be`, `would have`, `would cost`, which judge or price it)
  const next = m?.[2] ?? '';
  if (word === 'would' && tagsOf(next).includes('VB') && !/^(?:be|have|need|cost|require|take|seem|appear|become|remain|fail)$/u.test(next))
    return `${word} ${next}`;
  if (!word || FINITE.test(word) || /^(?:not|never|no|also|only)$/u.test(word)) return undefined;
  // (an auxiliary after it makes it the head of a compound the term modifies: `the smart cities approach will …`)
  if (FINITE.test(next)) return undefined;
  // (`couples`: the lexicon knows only the noun, but `couple` is a verb)
  // (after a plural term, the base form: `digital twins rehearse …`)
  // (a British spelling the lexicon lists only as the American: `analyse`, `optimise`, `prioritises` read as `-yze`, `-ize`)
  const tags = tagsOf(word).length > 0 ? tagsOf(word) : tagsOf(word.replace(BRITISH_S, 'z$1'));
  const verb =
    tags.some((t) => t === 'VBZ' || t === 'VBP' || (plural && t === 'VB')) ||
    (!plural && /\p{Ll}s$/u.test(word) && [word.slice(0, -1), word.replace(/ies$/u, 'y')].some((w) => tagsOf(w).includes('VB')));
  return verb ? word : undefined;
}
