import type { Attribution } from './attribution.js';
import type { Clause } from './clauses.js';
import { YEAR_DIGITS } from './citations.js';
import { citedAs, parseReferences, type Reference } from './references.js';
import type { Unit } from './segment.js';
import { PERSONAL_TITLE } from './clauses/names.js';

/**
 * A transparent peer review file (settled convention 13): a manuscript's decision letters, reviewers' reports and the
 * authors' responses gathered in one document under the manuscript's byline. Each part is a signed text (convention 9):
 * the authors' response is the manuscript's authors', dated by the response; a signed reviewer's own definition is the
 * reviewer's, dated by the report; the manuscript's words a report quotes are the manuscript's authors', dated by the
 * file's `Received` date (the version that held them).
 */
export interface ReviewFile {
  /** The manuscript's authors as a citation names them (rule 1: `Lind`, `Lind and Moe`, `Lind et al.`). */
  readonly byline: string;
  readonly received?: number;
  /** The part a place in the document belongs to: unit `u`, at `offset` in its text. */
  partAt(u: number, offset: number): ReviewPart | undefined;
  /** A report's own numbered reference list, over the document's (`References cited in this report`), if it prints one. */
  referencesOf(part: ReviewPart | undefined): ReadonlyMap<number | string, Reference> | undefined;
}

export type ReviewPart =
  | { readonly kind: 'response'; readonly year?: number }
  // (a reviewer's comment the response repeats before answering it, `Comment 1.4: …`: still the reviewer's words)
  | { readonly kind: 'repeated comment' }
  | { readonly kind: 'report'; readonly reviewer?: string; readonly year?: number }
  | { readonly kind: 'editor' };

// A date as a file prints it, `4 November 2026`, `April 2, 2027`, `March 2027`: its year.
const DATE = String.raw`(?:\d{1,2}\s+)?\p{Lu}\p{Ll}{2,8}\.?\s+(?:\d{1,2},?\s+)?(${YEAR_DIGITS})\b`;
const TITLE = String.raw`(?:${PERSONAL_TITLE}\s+)`;
// (its words on one line: a byline's last name is not run on into the line below it)
const PERSON = String.raw`\p{Lu}[\p{L}’'.-]*(?:[^\S\n]+\p{Lu}[\p{L}’'.-]*){1,3}`;

// (or a surname alone, as a byline of surnames prints each: `Authors: Lind, Moe and Aas`)
const BYLINE_PERSON = String.raw`\p{Lu}[\p{L}’'.-]*(?:[^\S\n]+\p{Lu}[\p{L}’'.-]*){0,3}`;
const BYLINE_NAMES = String.raw`${BYLINE_PERSON}(?:\s*,\s*${BYLINE_PERSON}){0,9}(?:\s*,?\s+(?:and|&)\s+${BYLINE_PERSON})?`;

const FILE_TITLE = /\b(?:peer\s+review\s+(?:file|history)|transparent\s+peer\s+review)\b/iu;
// The byline: an `Authors:` line, or the names in parentheses after the manuscript's number, `manuscript UDJ-2027-0144
// (Lind, Moe and Aas)`; the names end the parenthesis.
const BYLINE = new RegExp(
  String.raw`(?:^|\s)Authors?\s*:\s+(${BYLINE_NAMES})|\b[Mm]anuscript\s+(?:(?:no\.|number|ID)\s*)?[\p{Lu}\d][\p{Lu}\d./-]{2,30}\s+\((${BYLINE_NAMES})\)`,
  'u',
);
const RECEIVED = new RegExp(String.raw`\b(?:Received|Submitted)\s*:?\s+(?:on\s+)?${DATE}`, 'u');

// Where a part opens: the authors' response or note, a reviewer's report (`REVIEWER 2 (signed: …)`, `Reviewer #1
// (Remarks to the Author):`), an editor's letter or notes; inside a response, a repeated comment and the answer to it.
// (each alternative opens with its own words, so the scan is linear; what follows a marker is read in a bounded window)
const MARKER =
  /\b(?:(AUTHORS?[’']?\s+(?:RESPONSE|REPLY|NOTE|REBUTTAL)|Authors?[’']?\s+(?:[Rr]esponse|[Rr]eply|[Nn]ote)|(?:Response|Reply|Rebuttal)\s+to\s+(?:the\s+)?(?:[Rr]eviewers?|[Rr]eferees?)|Point-by-point\s+response)|(REVIEWER\s+#?(\d{1,2})\b|Reviewer\s+#?(\d{1,2})\s*(?=[(·:—–]))|(DECISION\s+LETTER|Decision\s+letter|Editorial\s+notes?|EDITORIAL\s+NOTES?)|(Comment\s+\d{1,2}(?:\.\d{1,2})*\s*:)|(Response\s*:))/gu;

const SIGNED = new RegExp(String.raw`\bsigned(?:\s+by)?\s*:?\s+${TITLE}?(${PERSON})`, 'u');
const REPORT_DATE = new RegExp(String.raw`\b(?:received|dated|submitted)\s+(?:on\s+)?${DATE}`, 'iu');
// (or the date after a comma, `Authors’ response, 20 June 2027, signed by …`)
const DATED_AFTER_COMMA = new RegExp(String.raw`^\s*,\s*${DATE}`, 'u');
// The authors' answer opening: `We agree`, `We thank the reviewer`, `Thank you`, `Agreed`, `Done`.
const AUTHORS_ANSWER = /^\s*(?:We\s+(?:agree|thank|accept|have|now)\b|Thank\s+you\b|Agreed\b|Done\b)/u;
const PARENTHESISED_DATE = new RegExp(String.raw`^[^()]{0,60}\(\s*${DATE}\s*\)`, 'u');

/** The file's byline, its `Received` year and its parts, when the document is a peer review file; else undefined. */
export function reviewFileOf(units: readonly Unit[], references: ReadonlyMap<number | string, Reference>): ReviewFile | undefined {
  // (the title page: the first units, at most 3,000 characters read)
  const head = units
    .slice(0, 6)
    .map((u) => u.text)
    .join('\n')
    .slice(0, 3000);
  if (!FILE_TITLE.test(head)) return undefined;
  const byFound = BYLINE.exec(head);
  const names = byFound?.[1] ?? byFound?.[2];
  const surnames = names?.split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/u).map((n) => n.trim().split(/\s+/u).at(-1)!);
  const byline = surnames && citedAs(surnames);
  if (!byline) return undefined;
  const received = RECEIVED.exec(head)?.[1];
  const parts = partsOf(units);
  const lists = reportLists(units, parts, references);
  return {
    byline,
    ...(received ? { received: Number(received) } : {}),
    partAt(u, offset) {
      const inUnit = parts.markers[u] ?? [];
      let part = parts.atStart[u];
      for (const m of inUnit) if (m.at <= offset) part = m.part;
      return part;
    },
    referencesOf: (part) => (part ? lists.get(part) : undefined),
  };
}

// A report's own list's heading: `References cited in this report`, `References for this review`.
const REPORT_LIST = /\bReferences\s+(?:cited\s+)?(?:in|for)\s+this\s+(?:report|review|comment|letter)\b\s*:?/iu;
// Where a numbered entry opens in the list's run-together text: `[2] Kelvedon-Ashu, P., …`.
const ENTRY_START = /(?:^|\s)(?=\[\d{1,3}\]\s+\p{Lu})/u;

/**
 * Each report's own numbered list, read from its heading to the next part, entry by entry, merged over the document's
 * list: a report's `[2]` is its list's [2] (each report numbers its own).
 */
function reportLists(
  units: readonly Unit[],
  parts: ReturnType<typeof partsOf>,
  references: ReadonlyMap<number | string, Reference>,
): Map<ReviewPart, ReadonlyMap<number | string, Reference>> {
  const texts = new Map<ReviewPart, string[]>();
  units.forEach((unit, u) => {
    const starts = [{ at: 0, part: parts.atStart[u] }, ...parts.markers[u]!];
    starts.forEach(({ at, part }, k) => {
      if (part?.kind !== 'report') return;
      const segment = unit.text.slice(at, starts[k + 1]?.at ?? unit.text.length);
      const listed = texts.get(part);
      if (listed) return void listed.push(segment);
      const heading = REPORT_LIST.exec(segment);
      if (heading) texts.set(part, [segment.slice(heading.index + heading[0].length)]);
    });
  });
  const lists = new Map<ReviewPart, ReadonlyMap<number | string, Reference>>();
  for (const [part, segments] of texts) {
    const entries = segments
      .join(' ')
      .split(ENTRY_START)
      .filter((t) => /^\[\d/u.test(t))
      .map((text, line) => ({ text: text.trim(), page: 0, line }));
    const own = parseReferences(entries).filter((r) => r.number !== undefined);
    if (own.length) lists.set(part, new Map<number | string, Reference>([...references, ...own.map((r) => [r.number!, r] as const)]));
  }
  return lists;
}

/** Each unit's part at its start and the parts its text opens, read in one pass over the document. */
function partsOf(units: readonly Unit[]): {
  atStart: (ReviewPart | undefined)[];
  markers: { at: number; part: ReviewPart }[][];
} {
  let part: ReviewPart | undefined;
  let responseYear: number | undefined;
  // (a reviewer's signature holds for their later reports, `REVIEWER 2 · Report on the revised manuscript`)
  const signers = new Map<string, string>();
  const atStart: (ReviewPart | undefined)[] = [];
  const markers: { at: number; part: ReviewPart }[][] = [];
  units.forEach((unit, k) => {
    atStart.push(part);
    const found: { at: number; part: ReviewPart }[] = [];
    for (const m of unit.text.matchAll(MARKER)) {
      // (a marker's heading runs on into the unit below: `REVIEWER 2 (signed: …)` over `Report … · dated 22 December 2026`)
      const after = `${unit.text.slice(m.index + m[0].length, m.index + m[0].length + 200)}\n${units[k + 1]?.text.slice(0, 200) ?? ''}`.slice(0, 200);
      const before = unit.text.slice(Math.max(0, m.index - 20), m.index);
      let next: ReviewPart | undefined;
      if (m[1]) {
        const year = (PARENTHESISED_DATE.exec(after) ?? DATED_AFTER_COMMA.exec(after))?.[1];
        if (year) responseYear = Number(year);
        next = { kind: 'response', ...(responseYear !== undefined ? { year: responseYear } : {}) };
      } else if (m[2] && !/(?:to|by|from|of)\s+$/iu.test(before)) {
        const number = m[3] ?? m[4]!;
        // (the window stops at the next part's marker: `REVIEWER 1 …` then `REVIEWER 2 (signed: …)`)
        const own = after.split(/\bREVIEWER\b|\bReviewer\s+#?\d/u)[0]!;
        const signer = SIGNED.exec(own)?.[1];
        if (signer) signers.set(number, signer.split(/\s+/u).at(-1)!);
        const year = REPORT_DATE.exec(own)?.[1];
        const reviewer = /\banonymous\b/iu.test(own) ? undefined : signers.get(number);
        next = { kind: 'report', ...(reviewer ? { reviewer } : {}), ...(year ? { year: Number(year) } : {}) };
      } else if (m[5]) next = { kind: 'editor' };
      // (a comment's number that heads the authors' answer itself, `Comment 2.4: We agree, and now define …`, stays theirs)
      else if (m[6] && part?.kind === 'response' && !AUTHORS_ANSWER.test(after)) next = { kind: 'repeated comment' };
      else if (m[7] && part?.kind === 'repeated comment') next = { kind: 'response', ...(responseYear !== undefined ? { year: responseYear } : {}) };
      if (next) found.push({ at: m.index, part: (part = next) });
    }
    markers.push(found);
  });
  return { atStart, markers };
}

// The manuscript's words as a report quotes them: `the authors write: “…”`, `The manuscript’s own sentence on p. 11, “…”`,
// `the manuscript defines …` (not `as the revised manuscript uses the term`, a reviewer's own paraphrase).
const MANUSCRIPT_WORDS =
  /\b(?:the\s+authors\s+(?:write|say|state|define|describe|claim|propose)|the\s+(?:manuscript|submission|paper)(?:[’']s\s+own\s+(?:sentence|definition|wording|words)|\s+(?:writes|says|states|defines|describes|claims|proposes)))\b[^“”"]{0,60}[:,]?\s*[“"]?\s*$/iu;

const FIRST_PERSON = /(?:^|[^\p{L}’'])(?:I|my|My)(?![\p{L}’'])/u;

/**
 * A definition placed by the part of the review file it is in: an attribution naming its source (a citation, a name)
 * is kept; otherwise the authors' response is the manuscript's authors' (the response's year), the manuscript's words a
 * report quotes are the manuscript's authors' (the `Received` year), a reviewer's own definition is the reviewer's (the
 * report's year), or quoted with no author when the reviewer is anonymous.
 */
export function inReviewFile(
  found: Attribution | undefined,
  file: ReviewFile,
  part: ReviewPart | undefined,
  lead: string,
  clause: Clause,
): Attribution | undefined {
  if (!part || found?.author !== undefined || found?.ref !== undefined) return found;
  if (part.kind === 'response') {
    const year = part.year ?? found?.year;
    return { author: file.byline, ...(year !== undefined ? { year } : {}), cue: 'the manuscript authors’ response' };
  }
  if (part.kind !== 'report') return found;
  if (found?.cue === 'the reviewed work' || MANUSCRIPT_WORDS.test(lead.slice(-200))) {
    return { author: file.byline, ...(file.received !== undefined ? { year: file.received } : {}), cue: 'the manuscript, quoted in a report' };
  }
  // (the reviewer's own: the writers' own by the clause's reading, or said in the first person singular, `my own working
  // definition … is this:`, `I would define …`)
  if (found || !(clause.own || FIRST_PERSON.test(lead.slice(-200)))) return found;
  if (!part.reviewer) return { cue: 'an anonymous reviewer' };
  return { author: part.reviewer, ...(part.year !== undefined ? { year: part.year } : {}), cue: 'a signed reviewer' };
}
