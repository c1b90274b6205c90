import type { Citation } from '../citations.js';
import { tagsOf } from '../lexicon.js';
import { build } from './build.js';
import { predicate } from './predicate.js';
import { OWN_INTRO, positionOf, reporterIn, SAID_AFTER, saidAfter } from './lead-in.js';
import { nameLike } from './names.js';
import { framing, functionalVerb, type SentenceContext } from './framed.js';
import type { TermMatcher } from './terms.js';
import type { Clause, Factor } from './types.js';
import { ADVERBS, matchVerb, type VerbMatch } from './verbs.js';
import { FINITE, presentVerb, RELATIVE, STATE_VERBS } from './words.js';

// The commonest family: the term as the subject of a defining verb group (`A smart city is a city that …`,
// `Smart cities, as Batty puts it, are …`, `The definition of a smart city adopted here is …`), read across
// what may stand between the term and its verb.

// An instruction that sets the quotation before it as a question to argue: `Discuss.`, `Do you agree?`, `Critically assess this claim.`
const ESSAY_PROMPT = /^(?:(?:critically\s+)?(?:discuss|comment|evaluate|assess|examine)|do\s+you\s+agree)\b[^.?!]{0,60}[.?!]$/iu;

// A verb of taking out and what it takes, before a quotation's opening mark: `drops the line “`, `deleted the definition “`,
// `struck out “`.
const REMOVED =
  /\b(?:drops?|dropped|deletes?|deleted|removes?|removed|strikes\s+out|struck\s+out|withdraws?|withdrew|scraps?|scrapped|retires?|retired|cuts?)\s+(?:the\s+(?:old\s+|former\s+|earlier\s+)?(?:line|sentence|definition|wording|entry|phrase|text)\s*[:,]?\s*)?[“"‘]$/iu;

// The families that read a verb of use or action as defining weakly (a purpose, a series of verbs): a frame lifts them.
const FUNCTIONAL = /^(?:uses-to|verb-to|verb-series|aims-by|quoted-verb)$/u;
// A noun phrase that names the word or its definition rather than the thing (`the term X`, `the definition of X`).
const WORD_SUBJECT =
  /^(?:the|this|that|an?|our|its)\s+(?:terms?|words?|concepts?|notions?|definitions?|ideas?|phrases?|labels?|expressions?|meanings?|understandings?)\b/iu;
/**
 * A functional predicate the text frames as a definition (framed.ts), and its verb. Only the term itself can be its
 * subject: `The term Digital Twin covers many interpretations`, `The definition of smart city varies …` under `What is
 * …?` say what the word or its definitions do, not what the thing is.
 */
function framedPredicate(
  prefix: string,
  term: string,
  frame: { matcher: TermMatcher; context: SentenceContext | undefined },
  np: { start: number; end: number },
  sentence: string,
  verbAt: number,
): { check: Factor; verb: string } | undefined {
  const phrase = sentence.slice(np.start, np.end);
  if (WORD_SUBJECT.test(phrase)) return undefined;
  const check = framing(prefix, term, frame.context, frame.matcher);
  const verb = check && functionalVerb(sentence.slice(verbAt), /s['’]?$/u.test(phrase));
  return check && verb ? { check, verb } : undefined;
}

/**
 * The term as the subject of a defining verb group: the verb read after what may stand between them (a closing
 * quote, a parenthesis, a citation, a comma-delimited insertion, a short post-modifier).
 */
export function subjectClause(
  sentence: string,
  prefix: string,
  np: { start: number; end: number; checks: Factor[] },
  term: string,
  citations: readonly Citation[],
  frame?: { matcher: TermMatcher; context: SentenceContext | undefined },
): Clause | undefined {
  let after = np.end;
  // (a superscript citation run onto the term's closing quotation mark, `“smart city”5 refers to …`: the note's marker,
  // one the sentence's citations hold)
  const marker = citations.find((c) => c.markerStart === after && /[”’"]$/u.test(sentence.slice(0, after)));
  if (marker) after = marker.end;
  const relative = relativeDefinition(sentence, after, np, term, citations);
  if (relative) return relative;
  // What follows the term before its verb: a closing quote, a parenthesis, a citation, an ellipsis (`“a smart city …
  // is one that …`: words left out of a quotation), an insertion,
  // a coordinated noun (`A smart city or community aims at …`).
  const rest = sentence.slice(after);
  const skip =
    /^(?:\s*\([^()]{0,80}\)|\s*\[[^\]]{1,30}\]|\s*(?:…|\.\.\.|\[…\])(?=\s)|\s+(?:or|and|and\/or)\s+(?:community|communities|region|regions|town|towns|municipality|municipalities|territory|territories)\b|\s+(?:concept|paradigm|notion|idea|model|label|term)\b|\s+of\s+(?:(?:an?|the)\s+)?(?:city|cities|towns?|regions?|urban\s+\p{L}+|built\s+environment)\b|\s*,\s*(?:[\p{L}-]+(?:\s+[\p{L}-]+)?\s*,\s*){0,3}or\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*(?:\([^()]{0,60}\))?\s*,?)*/iu.exec(
      rest,
    )!;
  after += skip[0].length;
  const checks = [...np.checks];
  const verbAt = after + ADVERBS.exec(sentence.slice(after))![0].length;
  let verb = matchVerbAt(sentence, verbAt);
  // (a word's use said to name what follows, `has become common … to describe …`, is read of the term named as a word only:
  // `The phrase “digital twin” …`, `“Smart city” …`; `Smart cities have been used as test beds … to describe …` uses the things)
  if (verb?.pattern.name === 'used-to-describe' && !mentionedAsWord(sentence.slice(np.start, after))) verb = undefined;
  let speaker: NonNullable<Clause['reporter']> | undefined;
  if (!verb) {
    // `Smart cities, as Batty puts it, are …`: one comma-delimited insertion (insertionAt).
    // (or a speaker with a description after the name: `, argues Ingrid Moe, a professor of planning at Trondvik University,`)
    const insertion = insertionAt(sentence.slice(after));
    const described = SPEAKER_DESCRIBED.exec(sentence.slice(after));
    const aside = described && !(insertion && matchVerbAfter(sentence, after + insertion[0].length)) ? described : insertion;
    if (aside) {
      speaker = speakerIn(aside[1]!, after + aside[0].indexOf(aside[1]!));
      checks.push(...asideChecks(aside[1]!));
      verb = matchVerbAfter(sentence, after + aside[0].length);
    }
  }
  if (!verb && /^\s*,\s*as\s/u.test(sentence.slice(after))) {
    // An `as` aside may run longer or hold a list of its own (`, as decision aids for residents, planners, and officers,`,
    // `, as the council's digital lead Ana Ruiz explained at Tuesday's meeting,`): it ends at the first comma a verb group follows.
    const aside = sentence.slice(after, after + 200);
    for (const comma of aside.matchAll(/,/gu)) {
      if (comma.index === aside.indexOf(',') || /[;:“”"()]/u.test(aside.slice(0, comma.index))) continue;
      const found = matchVerbAfter(sentence, after + comma.index + 1);
      if (!found) continue;
      verb = found;
      const text = aside.slice(aside.indexOf(',') + 1, comma.index).trim();
      speaker = speakerIn(text, after + aside.indexOf(text));
      break;
    }
  }
  // `Digital twin cities – the ones we have talked of for years – are, in essence, …`: an aside between two dashes (or
  // two unspaced em dashes), the verb after the second; read in a bounded window.
  if (!verb) {
    const dashed = /^(?:\s+[–—]\s+[^–—]{1,300}?\s+[–—]|\s*—[^–—\s][^–—]{0,300}?—)(?=\s*\p{Ll})/u.exec(sentence.slice(after, after + 320));
    if (dashed) verb = matchVerbAfter(sentence, after + dashed[0].length);
  }
  // `“sustainable city” includes …`, `“smart city” should mean …`: the term in quotation marks is a word, and these
  // verbs give or propose its meaning (as statutes and their consultations write), where of the thing they would not.
  if (!verb && /^[“‘"']/u.test(sentence.slice(np.start))) {
    const word = /^[’”"']?\s*(includes|(?:should|shall|must|would|could|might|may)\s+(?:be\s+taken\s+to\s+)?mean)\b/u.exec(sentence.slice(after));
    if (word) verb = { pattern: { name: 'word-means', value: 0.85 }, text: word[1]! };
  }
  // `The definition of a sustainable city adopted in this plan is …`, `A Digital Twin for Cities is …`:
  // a short post-modifier without a verb of its own between the term and its predicate.
  if (!verb) {
    const post = postModifiedVerb(sentence, after);
    if (post) {
      verb = post;
      checks.push({ name: 'post-modified term', value: 0.95 });
      // (`The smart city in this embodiment is the town of …`: a patent's embodiment, one instance, not the term's meaning)
      if (/^\s+(?:in|of|for|according\s+to)\s+(?:this|that|one|another|each|the(?:\s+[\p{L}-]+)?)\s+embodiments?\b/iu.test(sentence.slice(after)))
        checks.push({ name: 'an embodiment (one instance of the invention)', value: 0.3 });
    }
  }
  // `According to ICLEI (2016), “sustainable cities work towards …”`: a quotation that opens with the
  // term, attributed to a source, is given as a definition whatever its verb.
  if (!verb && /[“"‘«]\s*$/u.test(prefix) && reporterIn(prefix.replace(/\s*[“"‘«]\s*$/u, '')).reporter) {
    const word = /^(\p{Ll}+)\b/u.exec(sentence.slice(verbAt))?.[1];
    // (not an auxiliary, `“the concept of smart cities has emerged as …`: a perfect tells what happened to it)
    if (word && !STATE_VERBS.test(word) && !FINITE.test(word) && tagsOf(word).some((t) => t === 'VBP' || t === 'VBZ'))
      verb = { pattern: { name: 'quoted-verb', value: 0.75 }, text: word };
  }
  // `Put simply, a smart city listens to …`, `So what is …? A sustainable city meets …`: it outweighs a verb of use.
  const framed = frame && (!verb || FUNCTIONAL.test(verb.pattern.name)) && framedPredicate(prefix, term, frame, np, sentence, verbAt);
  if (framed) {
    verb = { pattern: { name: 'framed-function', value: 0.85 }, text: framed.verb };
    checks.push(framed.check);
  }
  if (!verb) return undefined;
  // `‘A smart city is a city that …’ Discuss.`: a statement quoted for an essay or an exam to argue about.
  if (/^[‘'"“]$/u.test(prefix.trim()) && frame?.context?.next && ESSAY_PROMPT.test(frame.context.next.trim()))
    checks.push({ name: 'an essay prompt (‘…’ Discuss.)', value: 0.3 });
  // `v2 drops the line “A digital twin is …”`, `the editors deleted the sentence “…”`: a quotation reported as taken out of a
  // text, a wording no longer given (convention 13(c)); the last 80 characters of the lead are read
  if (/[“"‘]$/u.test(prefix.trim()) && REMOVED.test(prefix.trim().slice(-80)))
    checks.push({ name: 'a wording reported removed (drops the line “…”)', value: 0.3 });
  if (kindOfHeadAfter(sentence, verbAt, verb, term)) verb = { pattern: verb.pattern, text: verb.text };
  if (namedInPlural(sentence.slice(np.start, np.end), verb.text)) checks.push({ name: 'a name (the term in the plural with a singular verb)', value: 0.3 });
  if (namedSoftware(sentence.slice(np.start, np.end), sentence.slice(verbAt, verbAt + 160))) checks.push(SOFTWARE_NAME);
  const position = positionOf(prefix, sentence, np.start);
  const ownHere =
    /\b(?:here|in this (?:paper|study|article|review|report|work|chapter))\b/iu.test(verb.text) ||
    (OWN_INTRO.test(prefix) && !reporterIn(prefix).reporter?.text);
  // (`Smart cities in the authors’ sample are mostly …`, `Smart cities, in the national plans we read, use …`: the term
  // scoped to a sample the writers observed; what follows is a finding about those cases, not what the term means)
  checks.push(...(verb.check ? [verb.check] : []), ...(SAMPLE_SCOPE.test(sentence.slice(np.end, np.end + 120)) ? [SAMPLE_FINDING] : []));
  const before = reporterIn(prefix);
  return build(sentence, {
    ...(speaker && !before.reporter ? { reporter: speaker } : {}),
    start: np.start,
    term,
    pattern: verb.pattern,
    position,
    checks,
    citations,
    own: ownHere,
    ...(before.reporter ? before : speaker ? {} : saidAfter(sentence, np.start)),
  });
}

/** What an aside after the term says of the clause: that it refers back, a practice, a critique's charge. */
function asideChecks(aside: string): Factor[] {
  const checks: Factor[] = [];
  if (/\bas\s+(?:defined|described|discussed|mentioned|noted|outlined|explained)\s+(?:above|earlier|before|previously|below|here|in\s+section)/iu.test(aside)) {
    checks.push({ name: 'refers back to a definition', value: 0.3 });
  }
  // `The smart city, as marketed by the platform firms, is …`: what the term's thing is in someone's practice, not what the term means.
  if (
    /^as\s+(?:\p{Ll}+ly\s+)?(?:promoted|marketed|sold|advertised|pitched|packaged|practi[sc]ed|implemented|deployed|built)\s+(?:by|in|across)\b/iu.test(aside)
  )
    checks.push({ name: 'the thing as someone practises it, not the term', value: 0.5 });
  // `Smart cities, in the same critique, are surveillance cities …`, `, on the critics' account,`: the aside
  // frames what follows as a polemic's charge, a judgement of the thing, not a definition given of it.
  if (
    /^(?:in|on|by)\s+(?:the\s+same\s+|this\s+|that\s+|their\s+|such\s+(?:a\s+)?)?(?:critique|critics['’]?\s+(?:account|view|reading)|polemic|caricature|parody|satire|lampoon)s?$/iu.test(
      aside.trim(),
    )
  )
    checks.push({ name: 'a critique’s charge (in the same critique, …), not a definition', value: 0.3 });
  return checks;
}

/**
 * `digital twins, which the report defines as “a virtual … counterparts,” hold many benefits`: a relative clause that
 * gives a source's definition of the term inside a sentence about something else; the clause ends with the relative.
 */
function relativeDefinition(
  sentence: string,
  after: number,
  np: { start: number; checks: Factor[] },
  term: string,
  citations: readonly Citation[],
): Clause | undefined {
  const relative = RELATIVE_DEFINES.exec(sentence.slice(after, after + 120)) ?? PARTICIPLE_DEFINES.exec(sentence.slice(after, after + 60));
  if (!relative) return undefined;
  const from = after + relative[0].length;
  const open = sentence[from];
  // (a participle's definiens, `Sustainable cities, defined as urban areas that balance growth, equity, and nature, have
  // become …`, may hold commas of its own: it ends at the comma the sentence's own verb follows, read within 300 characters)
  const participle = !/which/u.test(relative[0]);
  const close =
    open === '“'
      ? sentence.indexOf('”', from + 1)
      : open === '"'
        ? sentence.indexOf('"', from + 1)
        : participle
          ? commaBeforeVerb(sentence, from)
          : sentence.indexOf(',', from);
  if (participle && close < 0) return undefined;
  const judged = predicate(sentence.slice(open === '“' || open === '"' ? from + 1 : from, close < 0 ? undefined : close));
  if (!judged) return undefined;
  return build(sentence, {
    start: np.start,
    term,
    pattern: { name: 'relative-defines', value: 0.85 },
    position: { name: 'a relative clause that defines (, which X defines as …)', value: 0.95 },
    checks: [...np.checks, ...(judged.check ? [judged.check] : [])],
    citations,
    own: false,
    ...(close > from ? { limit: close } : {}),
  });
}

// (its subject a document or a body, bounded, and a verb of defining with `as`)
// `, defined as …`, `, understood here as …`: a participle that does what `, which … defines as` does.
const PARTICIPLE_DEFINES = /^[’”"]?\s*,\s*(?:defined|understood|conceived)\s+(?:here\s+|broadly\s+|simply\s+)?as\s+/u;

/** The first comma after `from` (within 300 characters) that a finite verb follows, or -1. */
function commaBeforeVerb(sentence: string, from: number): number {
  const window = sentence.slice(from, from + 300);
  for (const comma of window.matchAll(/,\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/gu)) {
    const word = comma[1]!;
    if (FINITE.test(word) || (word !== 'and' && word !== 'or' && /^VB[ZP]$/u.test(tagsOf(word)[0] ?? ''))) return from + comma.index;
  }
  return -1;
}

const RELATIVE_DEFINES =
  /^[’”"]?\s*,\s*which\s+(?:the\s+|its\s+|their\s+|this\s+)?(?:\p{Lu}[\p{L}-]*\s+|[\p{Ll}-]+\s+){0,4}?(?:defines|defined|describes|described|characteri[sz]es|characteri[sz]ed)\s+as\s+/u;

const SAMPLE_FINDING: Factor = { name: 'a finding about a sample (in the sample, in the plans we read)', value: 0.3 };
const SAMPLE_SCOPE =
  /^\s*,?\s+in\s+(?:[\p{L}’'-]+\s+){0,4}?(?:samples?|corpus|corpora|datasets?|data\s+set|(?:cases|cities|plans|documents|strategies|texts|reports|papers|articles|studies|projects|interviews)\s+(?:we|they|I|the\s+authors)\s+(?:read|reviewed|studied|examined|analy[sz]ed|coded|surveyed|visited|sampled|selected))\b/u;

// `, argues Ingrid Moe, a professor of planning at Trondvik University,`: a reporting verb, a name, a description.
const SPEAKER_DESCRIBED =
  /^\s*,\s*((?:argues|argued|says|said|writes|wrote|notes|noted|suggests|suggested|claims|claimed|contends|insists|explains|observes|adds)\s+\p{Lu}[^,;:“”"]{1,60}?)\s*,\s*(?:an?|the)\s[^,;:“”"]{2,100}?,/u;
const ASIDE_VERB =
  '(?:argues|argued|says|said|writes|wrote|notes|noted|suggests|suggested|claims|claimed|contends|insists|explains|explained|observes|adds|puts\\s+it|put\\s+it)';

// (a role may stand before the name after `as`: `as the council's digital lead Ana Ruiz explained at the meeting`)
const NAME_THEN_VERB = new RegExp(
  `^(?:as\\s+(?:the\\s+[^,;:“”"]{1,60}?\\s+(?=\\p{Lu}[\\p{L}.’'-]*\\s+\\p{Lu}))?)?(\\p{Lu}[\\p{L}.’'-]*(?:\\s+(?:et\\s+al\\.|\\p{Lu}[\\p{L}.’'-]*|and|&|(?:of|for|de|van|von)\\s+\\p{Lu}[\\p{L}’'-]*)){0,5})\\s+${ASIDE_VERB}(?:\\s+(?:in|on|at)\\s+[^,;:“”"]{1,60})?$`,
  'u',
);
const VERB_THEN_NAME = new RegExp(`^${ASIDE_VERB}\\s+(\\p{Lu}[^,;:]{0,60}?)$`, 'u');

/**
 * One comma-delimited insertion after the term (`, as Batty puts it,`): a citation with its own commas may sit in it
 * (`, in Oyelowo’s (2021, p. 88) formulation,`), a relayed one too (`, for the planner Oskar Lind (1991, as cited in Moe,
 * 2012, p. 48),`).
 */
function insertionAt(rest: string): RegExpExecArray | null {
  return (
    /^\s*,\s*((?:[^,()]|\([^()]{0,40}\)){1,80}?),/u.exec(rest) ??
    /^\s*,\s*([^,()]{1,60}?\([^()]{0,40}?\bas\s+(?:cited|quoted)\s+in\b[^()]{1,60}\)),/u.exec(rest) ??
    /^\s*,\s*([^,]{1,80}?),/u.exec(rest)
  );
}

/**
 * `Azure Digital Twins is an … platform`, `Smart Cities is a programme that …`: the term in title case and in the plural
 * with a singular verb is a name (a product's, a programme's), not the concept.
 */
// `Urban Digital Twin is a reusable React/TypeScript web application for …`: the term in title case without an article,
// its genus a piece of software, is a product's or a repository's name.
const SOFTWARE_NAME: Factor = { name: 'a name (a title-case term without an article, a piece of software)', value: 0.3 };

function namedSoftware(term: string, predicate: string): boolean {
  return (
    /^(?:\p{Lu}[\p{L}-]*\s+)+\p{Lu}[\p{L}-]*$/u.test(term) &&
    !/^(?:an?|the)\s/iu.test(term) &&
    /^(?:is|was)\s+an?\s+(?:[\p{L}\p{N}./+#-]+\s+){0,4}?(?:web\s+|mobile\s+|desktop\s+|command-line\s+)?(?:app|application|library|package|plugin|plug-in|repository|repo|toolkit|sdk|cli|script|codebase|template|demo)\b(?!\s+of\b)/iu.test(
      predicate,
    )
  );
}

function namedInPlural(term: string, verb: string): boolean {
  return /^(?:\p{Lu}[\p{L}-]*\s+)+\p{Lu}[\p{L}-]*s$/u.test(term) && /^(?:is|was|has)\b/u.test(verb);
}

/** A verb group at `at`; a quotation may open at the verb (`a digital twin, in its ordinary meaning, “is a model …”`). */
// (a quotation may open at the verb, the writer's own words naming the term and the source's giving its meaning: `a smart
// city “is a city that …`, `the smart city “means taking …`, `a digital twin “refers to …`)
function matchVerbAt(sentence: string, at: number): VerbMatch | undefined {
  return matchVerb(sentence.slice(at).replace(/^[“‘](?=(?:is|are|means?|denotes?|refers?\s+to) )/u, ''));
}

/** A verb group after `at`, past its adverbs. */
function matchVerbAfter(sentence: string, at: number): VerbMatch | undefined {
  return matchVerbAt(sentence, at + ADVERBS.exec(sentence.slice(at))![0].length);
}

/**
 * The speaker an aside names (`Ramaswami-Fenn argues`, `as Batty puts it`, `argues Ingrid Moe`, `Moe argues in her second
 * book`), its offsets in the sentence from `offset`.
 */
function speakerIn(aside: string, offset: number): NonNullable<Clause['reporter']> | undefined {
  const m = NAME_THEN_VERB.exec(aside) ?? VERB_THEN_NAME.exec(aside);
  if (!m || !nameLike(m[1]!)) return undefined;
  const start = offset + aside.indexOf(m[1]!);
  return { text: m[1]!, start, end: start + m[1]!.length, cue: 'speaker in an aside' };
}

/**
 * A defining verb group up to ten words after the term, when the words between are a post-modifier
 * (a prepositional or participle phrase: no finite verb, no punctuation, no relative pronoun).
 */
function postModifiedVerb(sentence: string, after: number): VerbMatch | undefined {
  const tail = sentence.slice(after);
  // (a provision's subsections are part of its word, `within section 2(1)`, `under article 5(2)(a)`)
  const re = /\s+([\p{L}\p{N}][\p{L}\p{N}’'-]*(?:\([\p{L}\p{N}]{1,4}\)){0,3})/uy;
  let at = 0;
  for (let n = 0; n < 10; n++) {
    // (an aside between commas may close the modifier: `A digital twin of the water network, in the words of the
    // strategy, is …`)
    const aside = n > 1 ? /^\s*,\s*[^,;:“”"()[\]]{2,80}?,/uy : undefined;
    if (aside) {
      aside.lastIndex = 0;
      const m = aside.exec(tail.slice(at));
      const verb = m ? matchVerbAfter(tail, at + m[0].length) : undefined;
      if (verb && verb.pattern.name !== 'verb-to' && !verb.check) return verb;
    }
    re.lastIndex = at;
    const w = re.exec(tail);
    if (!w) return undefined;
    // The modifier opens with a preposition or a participle, never a verb or a relative pronoun.
    if (n === 0 && !/^(?:for|of|in|on|at|from|within|across|under|adopted|used|proposed|given|presented|applied|considered|discussed|developed)$/iu.test(w[1]!))
      return undefined;
    if (RELATIVE.test(w[1]!) || FINITE.test(w[1]!)) {
      const verb = matchVerb(tail.slice(at).trimStart());
      return verb && n > 0 ? verb : undefined;
    }
    const verb = n > 0 ? matchVerb(tail.slice(at).trimStart()) : undefined;
    if (verb && verb.pattern.name !== 'verb-to' && !verb.check) return verb;
    if (presentVerb(w[1]!) && n > 0) return undefined;
    at = re.lastIndex;
  }
  return undefined;
}

/**
 * `the sustainable city is a compact city`: short, but a kind of the term's own head noun set apart by
 * a modifier, so the check that lowered it does not apply (`Sustainable cities are compact cities,
 * according to …`: a bare plural, with its speaker after it).
 */
function kindOfHeadAfter(sentence: string, verbAt: number, verb: VerbMatch, term: string): boolean {
  if (verb.check?.name !== 'says too little' && verb.check?.name !== 'an adjective or a state, not a noun phrase') return false;
  const said = SAID_AFTER.exec(sentence.slice(verbAt));
  return kindOfHead(sentence.slice(verbAt + verb.text.length, said ? verbAt + said.index : sentence.length), term);
}

/** `a compact city`, `compact cities`: one to three modifiers before the head noun of the term, and nothing after. */
function kindOfHead(text: string, term: string): boolean {
  const head = term.split(' ').at(-1)!;
  const forms = [head, `${head}s`, head.replace(/y$/u, 'ies'), head.replace(/(?:s|x|ch|sh)$/u, '$&es')].map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const m = new RegExp(`^\\s*(?:(?:an?|the)\\s+)?((?:[\\p{L}-]+\\s+){1,3})(?:${forms.join('|')})\\s*(?:[.;]|$)`, 'iu').exec(text);
  // (not the term itself: `smart cities are smart cities`)
  if (!m || m[1]!.trim().toLowerCase() === term.split(' ').slice(0, -1).join(' ')) return false;
  // The modifiers must describe, not rank or merely point (`a good city`, `another city`, `the same city`).
  return m[1]!
    .trim()
    .split(/\s+/u)
    .every(
      (w) =>
        !/^(?:good|great|nice|bad|real|true|new|different|other|another|particular|certain|same|such|better|best|worse|worst|typical|normal|ordinary|whole)$/iu.test(
          w,
        ) && !FINITE.test(w),
    );
}

/** The term named as a word: in quotation marks, or after `the term`, `the phrase`, `the expression` … (`the label “…”`). */
function mentionedAsWord(subject: string): boolean {
  return /[“"‘'’”]/u.test(subject) || /^(?:the\s+)?(?:term|phrase|expression|word|words|label|name|notion|concept)\s/iu.test(subject.trim());
}
