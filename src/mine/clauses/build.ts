import type { Citation } from '../citations.js';
import { afterQuotedDefiniens, clauseEnd, nextStatement, outsideQuotation, quotationClose, secondPredicate, trailingSource } from './extent.js';
import type { Clause, Factor } from './types.js';

// A clause from a family's draft: cut where it ends (extent.ts), lowered by the doubts its sentence voices
// (dismissed, loosened, undefinable, hypothetical, a myth), scored as pattern × position × length × checks.

interface Draft {
  readonly start: number;
  readonly term: string;
  readonly pattern: Factor;
  readonly position: Factor;
  readonly checks: readonly Factor[];
  readonly citations: readonly Citation[];
  readonly own: boolean;
  readonly reporter?: NonNullable<Clause['reporter']>;
  /** A table row or glossary line: a trailing `Source (2014)` is a cell, not part of the text. */
  readonly row?: boolean;
  /** Where a second object of the same verb begins (`…, and TERM as …`): the clause ends before it. */
  readonly limit?: number | undefined;
}

// `… as any city that has installed a few sensors, but such a description says little …`: the
// writer sets the definition up to reject it.
const DISMISSED =
  /,\s+but\s+(?:such|this|that|the|these|those)\s+(?:\p{L}+\s+)?(?:descriptions?|definitions?|views?|framings?|characteri[sz]ations?|accounts?|readings?)\b/iu;
// Adverbs that loosen the defining verb: `might be described, loosely, as`.
const LOOSENED = /^[^.;:]{0,60}?\b(?:loosely|vaguely|roughly|crudely)\b/iu;

// What it says is that it has no definition: `… a diverse reality that cannot be pinned down by a single definition`,
// `… a notion that defies definition`, `…, for which there is no agreed definition`.
const UNDEFINABLE =
  /\b(?:cannot|can\s?not|can['’]t|could\s+not|(?:is|are)\s+(?:hard|difficult|impossible)\s+to|defies|defy|resists?|escapes?|eludes?)\b[^.;:]{0,40}?\b(?:defin|pin(?:ned)?\s+down|captur|pinpoint)|\b(?:no|lacks?\s+an?|without\s+an?)\s+(?:single|agreed|universal|common|clear|unique|precise|fixed|settled|consensus|standard|shared)\s+definitions?\b/iu;

// (or `…, but that describes the term’s history, not what it refers to`: the writer says what was said is not what the
// term means; a bounded window after `but that`)
const DISCLAIMED =
  /,\s+but\s+(?:that|this|it)\s+(?:\p{Ll}+ly\s+)?(?:describes?|says?|tells?|gives?|names?|records?|is|concerns?)\b[^.;]{0,80}?\bnot\s+what\s+(?:it|the\s+term|the\s+word|they)\s+(?:refers?\s+to|means?|is|are|denotes?|names?)\b/iu;

// (or a speaker's self-correction, `… a city that measures itself — no, that’s not right, every city …`, `…, sorry, I
// mean …`: the wording is withdrawn in the same breath)
const SELF_CORRECTED =
  /(?:\s[—–-]\s*|—|…\s*|\.\.\.\s*|,\s+)(?:no|wait|sorry|actually)\s*[,.]?\s+(?:that['’]s\s+not\s+(?:quite\s+)?(?:right|it|true)|scratch\s+that|let\s+me\s+(?:start\s+again|rephrase)|i\s+mean)\b/iu;

/** General evidence against a candidate found anywhere after its start: dismissed, loosened, undefinable. */
function doubts(sentence: string, start: number): { checks: Factor[]; end: number } {
  const rest = sentence.slice(start);
  const checks: Factor[] = [];
  const dismissed = DISMISSED.exec(rest) ?? DISCLAIMED.exec(rest) ?? SELF_CORRECTED.exec(rest);
  if (dismissed) checks.push({ name: 'dismissed in the same sentence', value: 0.4 });
  if (LOOSENED.test(rest)) checks.push({ name: 'loosened (loosely, roughly …)', value: 0.8 });
  if (UNDEFINABLE.test(rest)) checks.push({ name: 'says it cannot be defined', value: 0.3 });
  return { checks, end: dismissed ? start + dismissed.index : sentence.length };
}

// An impersonal hypothetical reporting clause: `one might argue that …`, `it could be said that …`, `some may object that …`.
const HYPOTHETICAL =
  /\b(?:(?:one|some|someone|people|you)\s+(?:might|could|may|would)\s+(?:well\s+)?(?:argue|say|claim|think|suppose|object|conclude|infer)|it\s+(?:might|could|may|would)\s+(?:well\s+)?be\s+(?:argued|said|claimed|thought|supposed|objected|concluded))\s+that\s+$/iu;
// A proposition given as the content of a contested noun: `the claim that …`, `the myth that …`, `the misconception that …`.
const CONTESTED =
  /\b(?:claims?|allegations?|accusations?|charges?|complaints?|criticisms?|suspicions?|fears?|myths?|misconceptions?|misunderstandings?|fallacy|fallacies|caricatures?)\s+that\s+$/iu;
// (a proposition given as a noun's content whose bare genus the sentence's own verb follows at once, `Team B’s line that the
// smart city can be seen as a compromise was never unpacked`: the sentence reports the line and judges it; read in the 60
// characters before the clause and its first 200)
const CONTENT_NOUN =
  /\b(?:lines?|claims?|ideas?|arguments?|views?|suggestions?|notions?|points?|theses|thesis|assertions?|proposals?|contentions?|remarks?|statements?)\s+that\s+$/iu;
const BARE_GENUS_THEN_VERB =
  /^[^,;:]{1,80}?\s(?:is|are|as|be)\s+(?:an?|the)\s+(?:(?!(?:that|which|who|whose|where|of|in|for|with|to|by|on|at|from|and|or)\s)[\p{L}-]+\s+){0,3}?(?:was|were|has\s+been|had\s+been|is|remains|remained|went|goes|needs|needed)\s/iu;
// `IS A CITY THAT`, `IS ONE WHERE`, `ARE THE CITIES IN WHICH`: a copula, an article's genus of at most three words and a relative
// (bounded repetitions of words without backtracking past a space)
const CAPITAL_DEFINITION = /\b(?:IS|ARE)\s+(?:A|AN|THE|ONE)\s+(?:[\p{Lu}'’-]+\s+){0,3}(?:THAT|WHERE|WHICH|WHOSE|IN\s+WHICH)\s+\p{Lu}/u;
// Two number cells (a median, a spread, a share) and an outcome that rejects the statement, as a rating table prints them
// (no outcome that can be an adjective before a noun: `2 3 rejected bids` is prose).
const NOT_ADOPTED_ROW = /(?<![\p{L}\p{N}.,])\d{1,3}(?:\.\d{1,2})?%?\s+\d{1,3}(?:\.\d{1,2})?%?\s+(?:no\s+consensus|not\s+adopted|not\s+retained|dissensus)\b/iu;
// The term, `is` and nothing after it but a stop, or a colon and a work's kind (`: a three-round Delphi study of …`).
const WHAT_IT_IS_UNANSWERED =
  /^[^.;:!?]{1,60}?\s(?:is|are)\s*(?:[;.,?!]|$|:\s*(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:study|review|survey|analysis|report|essay|inquiry|enquiry|investigation|exploration|comparison|assessment|evaluation|examination)\b)/iu;
// A lead-in that says the statement after its colon is a purpose (`… is plainer about purpose: smart cities aim to …`).
const ANNOUNCED_PURPOSE = /\b(?:purposes?|goals?|aims?|objectives?|missions?|ambitions?)\b[^:.;]{0,40}:\s*[‘'"“]?\s*$/iu;

/**
 * Where a spoken quotation closes (`…, end quote, and I want you to notice …`, `… unquote`), as captions and transcripts
 * print a speaker's marks: the definiens ends there, the speaker's comment after it is no part of it.
 */
function spokenQuotationClose(sentence: string, start: number): number {
  const m = /,?\s+(?:end\s+(?:of\s+)?quote|unquote|close\s+quote)\b/iu.exec(sentence.slice(start));
  return m ? start + m.index : sentence.length;
}

/** The clause from its start to the sentence end, trailing citations and punctuation left out, scored. */
export function build(sentence: string, draft: Draft): Clause {
  const doubt = doubts(sentence, draft.start);
  const lead = sentence.slice(Math.max(0, draft.start - 60), draft.start);
  // (`For our purposes, …:`, `For the Committee’s purposes …:` scope what follows; they announce no purpose)
  if (ANNOUNCED_PURPOSE.test(lead) && !/\bfor\s+(?:[\p{L}’'-]+\s+){0,2}purposes\b(?![^:]*\b(?:goals?|aims?|objectives?|missions?|ambitions?)\b)/iu.test(lead))
    doubt.checks.push({ name: 'announced as a purpose', value: 0.3 });
  // (`we ask what a digital twin is.`: an indirect question whose copula closes it, a stop or nothing after `is`; or a title,
  // `Agreeing what the smart city is: a Delphi study of …`, whose colon opens a subtitle naming the work's kind, not the answer
  // lead-in.ts reads after `what X is:`)
  if (/(?<![\p{L}-])what\s+$/iu.test(lead) && WHAT_IT_IS_UNANSWERED.test(sentence.slice(draft.start, draft.start + 160)))
    doubt.checks.push({ name: 'an indirect question (what X is), not a definition', value: 0.3 });
  if (HYPOTHETICAL.test(lead)) doubt.checks.push({ name: 'a hypothetical view (one might argue that)', value: 0.5 });
  if (CONTESTED.test(lead)) doubt.checks.push({ name: 'the content of a claim or a myth, not a definition', value: 0.5 });
  if (CONTENT_NOUN.test(lead) && BARE_GENUS_THEN_VERB.test(sentence.slice(draft.start, draft.start + 200)))
    doubt.checks.push({ name: 'a reported line the sentence goes on to judge (the line that X is a Y was …)', value: 0.3 });
  const d = doubt.checks.length ? { ...draft, checks: [...draft.checks, ...doubt.checks] } : draft;
  const cut = Math.min(
    clauseEnd(sentence, d.start, d.citations, Boolean(d.row)),
    quotationClose(sentence, d.start),
    // (a second predicate or statement inside the quoted definiens is the source's own words: the quotation's close ends it)
    outsideQuotation(sentence, d.start, secondPredicate(sentence, d.start)),
    trailingSource(sentence, d.start),
    outsideQuotation(sentence, d.start, nextStatement(sentence, d.start)),
    afterQuotedDefiniens(sentence, d.start),
    spokenQuotationClose(sentence, d.start),
    doubt.end,
    d.limit ?? sentence.length,
  );
  // A cut before a source or a second statement leaves the punctuation and quotes before it out too.
  let end = cut;
  const trimEnd = () => {
    while (end > d.start && /[\s.,;:’'"”»]/u.test(sentence[end - 1]!) && !/(?:…|\.\.\.)$/u.test(sentence.slice(d.start, end).replace(/[\s’'"”»]+$/u, '')))
      end--;
  };
  trimEnd();
  // (a sentence set in parentheses, `(A railway digital twin is a model …)`, closes them after its full stop: the
  // parenthesis opened before the clause, so its closing one is not the clause's; counted once: linear)
  if (sentence[end - 1] === ')') {
    const inside = sentence.slice(d.start, end);
    if ((inside.match(/\)/gu)?.length ?? 0) > (inside.match(/\(/gu)?.length ?? 0)) {
      end--;
      trimEnd();
    }
  }
  const text = sentence.slice(d.start, end);
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const length: Factor =
    words < 5
      ? { name: 'very short', value: 0.4 }
      : words < 8
        ? { name: 'short', value: 0.8 }
        : words > 150
          ? { name: 'very long', value: 0.6 }
          : words > 100
            ? { name: 'long', value: 0.85 }
            : { name: 'usual length', value: 1 };
  // (a clause with no lower-case letter is a title or a running head set in capitals, `WHAT THE CODE SAYS A SMART CITY IS:
  // DEFINITIONS, …`: no labelled definition is printed so)
  // (but not the content of a verb's `THAT`, `WHO TAUGHT US THAT A SUSTAINABLE CITY IS ONE WHERE YOU …`, with a copula, a genus
  // and a relative on it: a sentence that reports a definition, as a plaque or an inscription prints one, is no title; a
  // definition in capitals that opens its sentence stays a title's reading, round39.test.ts)
  const capitals =
    /\p{Ll}/u.test(text) || !/\p{Lu}/u.test(text) || (CAPITAL_DEFINITION.test(text) && /\bTHAT\s+$/u.test(sentence.slice(Math.max(0, d.start - 8), d.start)))
      ? d.checks
      : [...d.checks, { name: 'set in capitals (a title)', value: 0.3 }];
  // (a rated statement's row run into the clause with its outcome cell saying the panel did not adopt it, `… across its
  // 2 2 no consensus public space`: a statement put to judgement, a distractor (convention 14(a)))
  const allChecks = NOT_ADOPTED_ROW.test(text)
    ? [...capitals, { name: 'a rated statement the panel did not adopt (number cells, then no consensus)', value: 0.3 }]
    : capitals;
  const checks = allChecks.reduce((p, c) => p * c.value, 1);
  const score = Math.round(d.pattern.value * d.position.value * length.value * checks * 100) / 100;
  return {
    start: d.start,
    end,
    term: d.term,
    pattern: d.pattern,
    position: d.position,
    words,
    length,
    checks: allChecks,
    score,
    own: d.own,
    ...(d.reporter ? { reporter: d.reporter } : {}),
  };
}
