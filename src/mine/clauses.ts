import { findCitations, type Citation } from './citations.js';
import { appositionClause } from './clauses/apposition.js';
import type { SentenceContext } from './clauses/framed.js';
import { csvRowClause, glossaryClause } from './clauses/glossary.js';
import { invertedClause, splitTermClause } from './clauses/inverted.js';
import { nounPhraseStart } from './clauses/noun-phrase.js';
import { meanClause, nominalAs, reportingClause } from './clauses/reporting.js';
import { subjectClause } from './clauses/subject.js';
import { canonical, type TermMatcher } from './clauses/terms.js';
import type { Clause } from './clauses/types.js';

export { headedEntry } from './clauses/glossary.js';
export { bodyBeforeTitle, citedName, nameLike, ORGANISATION, personalName, PORTFOLIO } from './clauses/names.js';
export { reporterIn } from './clauses/lead-in.js';
export { termMatcher } from './clauses/terms.js';
export type { TermMatcher } from './clauses/terms.js';
export type { Clause, Factor } from './clauses/types.js';
export type { SentenceContext } from './clauses/framed.js';

// The defining clauses of a sentence. Each naming of a configured term is read against the pattern families in
// turn (clauses/: a glossary line, a reporting verb, `we mean`, an apposition, the term as the subject of a
// defining verb), then the whole sentence against the families where the term comes last; overlapping finds
// keep the strongest. What the families share: the noun phrase around the term (noun-phrase.ts), the judge of a
// complement (predicate.ts), the lead-in and its speaker (lead-in.ts, names.ts), and the clause's end and score
// (extent.ts, build.ts).

/**
 * The defining clauses of a sentence, strongest first, none overlapping another (`Dirks and
 * Keeling (2009) [6] decipher the smart city as …, and Kanter and Litow (2009) [7] consider a
 * smarter city as …`), in text order.
 */
export function findClauses(sentence: string, matcher: TermMatcher, context: SentenceContext, onUnread?: () => void): Clause[] {
  const kept: Clause[] = [];
  for (const c of candidates(readable(sentence), matcher, context, onUnread).sort((a, b) => b.score - a.score || a.start - b.start)) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * A sentence's part set in capitals after a label's colon (`Placard text: A SUSTAINABLE CITY IS A CITY WHERE …`: a sign, a
 * placard, a slide transcribed) read in lower case, so that its articles, copula and relatives are the words the patterns
 * know; the offsets stay those of the printed sentence (only when lower-casing keeps the length), so the clause is cut from
 * it as printed. A sentence wholly in capitals, with no label, stays as it is: a title or a running head (round39.test.ts).
 */
function readable(sentence: string): string {
  let lastLower = sentence.length - 1;
  while (lastLower >= 0 && !/\p{Ll}/u.test(sentence[lastLower]!)) lastLower--;
  const colon = lastLower < 0 ? -1 : sentence.indexOf(': ', lastLower);
  if (colon < 0) return sentence;
  const from = colon + 2;
  const tail = sentence.slice(from);
  if ((tail.match(/\p{Lu}{2,}/gu)?.length ?? 0) < 4) return sentence;
  const lower = tail.toLowerCase();
  return lower.length === tail.length ? sentence.slice(0, from) + lower : sentence;
}

/** The namings of the concept read in one sentence; the rest of a longer run is left unread. */
export const MAX_NAMINGS = 64;

/** The clauses a sentence may define; `onUnread` is told when namings past `MAX_NAMINGS` are left unread. */
function candidates(sentence: string, matcher: TermMatcher, context: SentenceContext, onUnread?: () => void): Clause[] {
  if (/\?["'”’)\]]*\s*$/u.test(sentence)) return [];
  const citations = findCitations(sentence, context.listed);
  const found: Clause[] = [];
  let namings = 0;
  for (const m of sentence.matchAll(matcher.regex)) {
    // Each naming is read against the whole sentence: a run-on "sentence" naming the term thousands of times
    // (a spliced or generated text) would cost its length squared. No real sentence names it this often.
    if (++namings > MAX_NAMINGS) {
      onUnread?.();
      break;
    }
    const term = canonical(matcher, m[0]);
    if (!term) continue;
    // (digits run onto the term are read with it only as a superscript citation: `A smart city3 is …`)
    let termEnd = m.index + m[0].length;
    if (/\p{N}/u.test(sentence[termEnd] ?? '')) {
      const superscript = citations.find((c) => c.markerStart === termEnd);
      if (!superscript) continue;
      termEnd = superscript.end;
    }
    const clause = clauseAt(sentence, m.index, termEnd, term, citations, matcher, context);
    if (clause) found.push(clause);
  }
  const inverted = invertedClause(sentence, matcher, citations);
  if (inverted) found.push(inverted);
  const split = splitTermClause(sentence, matcher, citations);
  if (split) found.push(split);
  return found;
}

/** The clause in which the term written at [termStart, termEnd) is defined, if it is. */
function clauseAt(
  sentence: string,
  termStart: number,
  termEnd: number,
  term: string,
  citations: readonly Citation[],
  matcher: TermMatcher,
  context: SentenceContext | undefined,
): Clause | undefined {
  const np = nounPhraseStart(sentence, termStart, termEnd);
  const prefix = sentence.slice(0, np.start);

  // Glossary: `Smart city: an urban area that …`, a table row `Smart sustainable city A city that …`.
  const glossary = csvRowClause(sentence, np, term, prefix, citations) ?? glossaryClause(sentence, np, term, prefix, citations);
  if (glossary) return glossary;

  const reported = reportingClause(sentence, prefix, np.end, np, term, citations, matcher);
  if (reported) return reported;

  const meaning = meanClause(sentence, prefix, np.end, np, term, citations) ?? nominalAs(sentence, prefix, np, term, citations);
  if (meaning) return meaning;
  const apposition = appositionClause(sentence, prefix, np, term, citations);
  if (apposition) return apposition;
  return subjectClause(sentence, prefix, np, term, citations, { matcher, context });
}
