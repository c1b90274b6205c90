import type { Citation } from '../citations.js';
import { build } from './build.js';
import { positionOf, reporterIn } from './lead-in.js';
import { canonical, type TermMatcher } from './terms.js';
import type { Clause } from './types.js';

// The term after its definiens (`A city that … is what we call a smart city`, `… is often indicated by the
// notion of smart city`), and the term's modifier said of its head (`A city can be defined as ‘smart’ when …`).

/**
 * `A city that … is what we call a smart sustainable city.`, `… can be termed (as) a smart city`, `… are known in the plan as …`,
 * `… is what planners have started calling a smart city`, `… is what the utility calls its digital twin`.
 * (the namer's words may carry a possessive or a year, `what the county's 2024 plan calls`; a quoted sentence may close after
 * its full stop, `… is what we call a sustainable city.’`)
 */
export function invertedClause(sentence: string, matcher: TermMatcher, citations: readonly Citation[]): Clause | undefined {
  const m =
    /\s(?:is|are|(?:can|may|could|might)\s+be)\s+(?:(?:an?|the)\s+(?:concept|term|notion|idea|approach|paradigm|phenomenon)\s+(?:(?:that|which)\s+(?:is|are)\s+)?(?:commonly\s+|often\s+|usually\s+|now\s+)?(?=(?:referred|known|called|termed|named|dubbed|labell?ed|designated|described)\b))?(?:what\s+(?:[\p{L}\p{N}][\p{L}\p{N}'’-]*\s+){1,8}?(?:call|calls|called|calling|term|terms|termed|name|names|named|mean\s+by)|(?:called|termed|labell?ed|named|dubbed)(?:\s+as)?|(?:referred\s+to|known|designated|described|defined)(?:\s+(?:here|in\s+(?:this|the|our)\s+\p{L}+|below|hereafter))?\s+as)\s+(?:an?\s+|the\s+|(?<=what\s[^.;:]{1,120})(?:its|their|our)\s+)?[‘'"“]?([\p{L}\s-]+?)[’'"”]?(?:\s+(?:here|below|hereafter|in\s+(?:this|the\s+present|our)\s+\p{L}+))?\s*(?:\([^)]*\)|\[[^\]]*\])?\s*[.!]?[’'"”]?\s*$/iu.exec(
      sentence,
    );
  // `A town that … is, in the language of the 2024 regional charter, a sustainable city`: a name given in a source's vocabulary.
  const language =
    m ??
    /\s(?:is|are)\s*,\s*in\s+(?:the\s+)?(?:language|words|terms|vocabulary|parlance)\s+of\s+[^,;]{2,80},\s+(?:an?\s+|the\s+)?[‘'"“]?([\p{L}\s-]+?)[’'"”]?\s*[.!]?\s*$/iu.exec(
      sentence,
    );
  // `… is often indicated by the notion of smart city`: a name given under a notion or label.
  const notion =
    language ??
    /\s(?:is|are)\s+(?:(?:often|commonly|usually|generally|sometimes|now|also|increasingly|widely)\s+)?(?:indicated|denoted|designated|captured|covered|summed\s+up|grouped|gathered|subsumed)\s+(?:by|with|under)\s+(?:the\s+)?(?:notion|term|concept|label|name|idea|heading|banner|umbrella)\s+(?:of\s+)?(?:an?\s+|the\s+)?[‘'"“]?([\p{L}\s-]+?)[’'"”]?\s*(?:\([^)]*\)|\[[^\]]*\])?\s*[.!]?\s*$/iu.exec(
      sentence,
    );
  if (!notion) return undefined;
  const term = canonical(matcher, notion[1]!.trim());
  if (!term) return undefined;
  // `… 14 projects, none of which is described as a digital twin`: the name denied to what the sentence lists, no definition.
  if (
    /\b(?:none|neither|no\s+one)\s+of\s+(?:which|whom|them|these|those|its|their|the)\b[^,;:]{0,40}$/iu.test(
      sentence.slice(Math.max(0, notion.index - 80), notion.index),
    )
  )
    return undefined;
  // After a lead-in ending in a colon (`X (2019) [14] later put the idea in one sentence: the idea that …`).
  // (or after a reporting verb's `that`: `Our guest, planner X, argues that towns which … are what she would call …`;
  // or a verb of assent: `I will accept that any model of a street … can be called a digital twin`)
  const colon = sentence.slice(0, notion.index).lastIndexOf(': ');
  const reported =
    /\b(?:argues|argued|says|said|suggests|suggested|contends|contended|claims|claimed|believes|believed|holds|held|writes|wrote|thinks|maintains|maintained|accepts?|accepted|agrees?|agreed|assumes?|assumed|grants?|granted|concedes?|conceded)\s+that\s+(?=\S)/u.exec(
      sentence.slice(Math.max(0, colon), Math.min(notion.index, Math.max(0, colon) + 400)),
    );
  const from = reported ? Math.max(0, colon) + reported.index + reported[0].length : colon >= 0 ? colon + 2 : 0;
  let lead = from + /^\s*(?:\(?(?:[a-z]|\d{1,3})\)|\d{1,3}\.?)?\s*[‘'"“]?/u.exec(sentence.slice(from))![0].length;
  // A table row: the source cell (`Lombardi et al. (2012) [15]`) before the subject is not part of it.
  let cell = false;
  for (const c of citations) {
    if (c.start !== lead || !/^\s+(?:\p{Lu}|\[)/u.test(sentence.slice(c.end))) continue;
    lead = c.end + /^\s*/u.exec(sentence.slice(c.end))![0].length;
    cell = true;
  }
  // A heading or a bracketed label run into the sentence (`Civic Night #4 — event page A city that …`, `[Stop 7, Depot] ‘A city
  // that …`): the subject begins at the capitalised article after it, when what stands before holds no verb (its first 80
  // characters are read).
  let label = false;
  if (!/^[‘'"“]?(?:a|an|the|any|every|cities|places|urban)\b/iu.test(sentence.slice(lead))) {
    const run = /^(?:\[[^\]]{1,60}\]|[^.;:!?[\]]{1,80}?[\p{L}\p{N}])\s+[‘'"“]?(?=(?:A|An|The|Any|Every)\s)/u.exec(sentence.slice(lead, lead + 90));
    if (run && !/\b(?:is|are|was|were|be|been)\b/iu.test(run[0])) {
      lead += run[0].length;
      label = true;
    }
  }
  const subject = sentence.slice(lead, notion.index);
  const subjectWords = subject.split(/\s+/).filter(Boolean);
  // (or a bare plural with its relative clause: `Settlements that draw their energy from … are referred to here as …`)
  if (
    subjectWords.length < 4 ||
    !(/^(?:a|an|the|any|every|cities|places|urban)\b/iu.test(subject) || /^\p{L}\p{Ll}+s\s+(?:that|which|where|whose|who)\b/u.test(subject))
  )
    return undefined;
  return build(sentence, {
    start: lead,
    term,
    pattern: { name: 'term-last', value: 0.8 },
    position:
      cell || label
        ? { name: 'after a table cell or label', value: 0.85 }
        : reported
          ? { name: 'after "that"', value: 0.9 }
          : { name: from ? 'after a colon' : 'sentence start', value: from ? 0.95 : 1 },
    checks: [],
    citations,
    own: /\b(?:we|here|in\s+this)\b/iu.test(notion[0]),
    row: cell,
    ...(from ? reporterIn(sentence.slice(0, from)) : {}),
  });
}

// Each split term's pattern, compiled once (a concept's split terms are few; building and compiling it for every
// sentence of every document was a tenth of `mine --method learned`'s main thread on report prose).
const SPLIT_TERM_PATTERNS = new Map<string, RegExp>();
function splitTermPattern(s: TermMatcher['split'][number]): RegExp {
  const key = `${s.heads.join('\u0000')}\u0001${s.modifier}`;
  let re = SPLIT_TERM_PATTERNS.get(key);
  if (re) return re;
  const heads = s.heads.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const modifier = s.modifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  re = new RegExp(
    `(?:^|[\\s,:;(‘'"“*])((?:(?:an?|the|any)\\s+(?:(?:part|district|quarter|neighbou?rhood|area)\\s+of\\s+(?:an?|the)\\s+)?|(?<=^[‘'"“]?|[:;]\\s[‘'"“]?)(?=\\p{Lu}?\\p{L}*s\\b))[‘'"“]?(?:${heads})[’'"”]?\\s+(?:can\\s+be|may\\s+be|is|are|to\\s+be|as)\\s+(?:(?:defined|considered|called|termed|named|labell?ed|described|regarded|deemed|said\\s+to\\s+be|understood)\\s+(?:as\\s+)?)?[‘'"“]?${modifier}[’'"”]?\\s*,?\\s+(?:when|if|whenever|where|because|insofar\\s+as|to\\s+the\\s+extent\\s+that)\\b)`,
    'iu',
  );
  SPLIT_TERM_PATTERNS.set(key, re);
  return re;
}

/**
 * `A city can be defined as ‘smart’ when …`: the term's modifier said of its head; a naming verb may give it (`can be termed
 * smart when`), a part of the head may bear it (`A district of a city is smart when …`), and Markdown emphasis may open it.
 */
export function splitTermClause(sentence: string, matcher: TermMatcher, citations: readonly Citation[]): Clause | undefined {
  for (const s of matcher.split) {
    const m = splitTermPattern(s).exec(sentence);
    if (!m) continue;
    const start = m.index + m[0].length - m[1]!.length;
    return build(sentence, {
      start,
      term: s.term,
      pattern: { name: 'is-smart-when', value: 0.85 },
      position: positionOf(sentence.slice(0, start), sentence, start),
      checks: [],
      citations,
      own: false,
      ...reporterIn(sentence.slice(0, start)),
    });
  }
  return undefined;
}
