import type { Attribution } from './attribution.js';
import { yearsIn } from './citations.js';

/*
 * An interview study's coded participants. A qualitative study quotes its interviewees by a code, with a role and a
 * place after it (`… in public” (P18, councillor, City A)`, a block quotation closed by `(P4, head of digital services)`):
 * the words are the participant's, whom the study keeps unnamed. The definition is quoted, with no author (a wrong name,
 * the study's own authors', would misfile its sector and year), and the year is the interview's, read from the row the
 * study's participants table gives the code (`P4  head of digital services  municipality  City B  Mar 2026`).
 */

// A participant's code: `P4`, `R12`, `FG2-P3`, `Participant 7`, `Interviewee 3`; a Delphi panel's experts, `E07`,
// `Expert 3`, `Panellist 12`.
const CODE = String.raw`(?:FG\d{1,2}-)?[PRE]\d{1,3}|(?:Participant|Interviewee|Respondent|Informant|Expert|Panel+ist)\s\d{1,3}`;
// The code opening a parenthesis, alone or before a comma and a description: `(P4)`, `(P4, head of digital services, City B)`.
// (the description is bounded and holds no parenthesis, though it may wrap to the next line: linear in the window it is
// read in)
const CODE_IN_PARENS = new RegExp(String.raw`^\((${CODE})(?:,([^()]{1,120}))?\)`, 'u');
// The round, session or wave of a study the description names: `(E12, academic, round 2)`, `(P3, session 4)`.
const ROUND = /\b(round|session|wave)\s+(\d{1,2})\b/iu;
// A study's round dated where its method describes it: `Round 1 (12 to 30 January 2026)`, `in round 2 (March 2026)`.
const DATED_ROUND = /\b(round|session|wave)\s+(\d{1,2})\s*\(([^()\n]{1,60})\)/giu;
// A participants table's row: the code opening the line, then its cells.
const CODE_ROW = new RegExp(String.raw`^\s*(${CODE})\s+(?=\S)`, 'u');
// How far after the clause a code is looked for: a block quotation's last sentences, not the paragraphs after it.
const WINDOW = 400;

function key(code: string): string {
  return code.replace(/\s+/gu, ' ').toUpperCase();
}

/**
 * The year of each participant a participants table lists with one year on its row (`P9  councillor  City C  Apr 2026`).
 * Two such rows at least: one line opening with `P2` is no table. Linear: one anchored match and a bounded scan a line.
 */
export function participantYears(lines: readonly { readonly text: string }[]): ReadonlyMap<string, number> {
  const years = new Map<string, number>();
  for (const { text } of lines) {
    const row = CODE_ROW.exec(text);
    if (!row) continue;
    const cells = text.slice(row[0].length, row[0].length + 200);
    const found = new Set(yearsIn(cells));
    if (found.size === 1) years.set(key(row[1]!), [...found][0]!);
  }
  return years.size >= 2 ? years : new Map();
}

/**
 * The year of each round (session, wave) of a study that its text dates in parentheses after the round's name (`Round
 * 1 (12 to 30 January 2026)`, `In round 2 (2 to 27 March 2026) each panellist rated …`): convention 14 files a coded
 * participant's words under the round's date. A round dated twice with different years is left undated. Linear: a
 * bounded match at each `round` word.
 */
export function roundYears(lines: readonly { readonly text: string }[]): ReadonlyMap<string, number> {
  const years = new Map<string, number | undefined>();
  for (const { text } of lines) {
    for (const m of text.matchAll(DATED_ROUND)) {
      const found = new Set(yearsIn(m[3]!));
      const name = roundKey(m[1]!, m[2]!);
      const year = found.size === 1 ? [...found][0]! : undefined;
      years.set(name, years.has(name) && years.get(name) !== year ? undefined : year);
    }
  }
  return new Map([...years].filter((e): e is [string, number] => e[1] !== undefined));
}

function roundKey(kind: string, n: string): string {
  return `${kind.toLowerCase()} ${Number(n)}`;
}

/** A coded participant cited after a clause: the code, and the round (`round 2`) its description names, if any. */
export interface CitedParticipant {
  readonly code: string;
  readonly round?: string;
}

/**
 * The participant whose code closes the quotation a clause is in: the first parenthesis after the clause, in its sentence
 * (`… in public” (P18, councillor, City A)`), or standing between two sentences after it, as the source line of a block
 * quotation run into its paragraph (`… itself. Most days we are nowhere near that. (P4, head of digital services) In …`).
 * Nothing between may open another quotation or parenthesis, nor (past the sentence) introduce one with a colon.
 * `from` is the clause's end in the paragraph's text, `sentenceEnd` its sentence's. (Reads a bounded window: linear.)
 */
export function participantAfter(paragraph: string, from: number, sentenceEnd: number): string | undefined {
  return participantCitedAfter(paragraph, from, sentenceEnd)?.code;
}

/** `participantAfter`, with the round the participant's description names (`(E12, academic, round 2)`). */
export function participantCitedAfter(paragraph: string, from: number, sentenceEnd: number): CitedParticipant | undefined {
  const window = paragraph.slice(from, from + WINDOW);
  const open = window.indexOf('(');
  if (open < 0 || /[“()]/u.test(window.slice(0, open))) return undefined;
  const code = CODE_IN_PARENS.exec(window.slice(open));
  if (!code) return undefined;
  if (from + open >= sentenceEnd) {
    const between = window.slice(0, open);
    const next = paragraph.slice(from + open + code[0].length, from + open + code[0].length + 3);
    // (or the quotation the clause is in runs on past its sentence and closes before the code: `… is “a model … something.
    // Without it, it is a map” (E12, academic)`)
    const closes = /[^.!?\s]”\s*$/u.test(between) && between.indexOf('”') === between.lastIndexOf('”') && inOpenQuotation(paragraph, from);
    const standsBetween = /[.!?][”’"]?\s+$/u.test(between) && /^(?:\s*$|\s+[\p{Lu}“‘"])/u.test(next);
    if (between.includes(':') || !(standsBetween || (closes && /^(?:\s|[.;,]|$)/u.test(next)))) return undefined;
  }
  const round = code[2] !== undefined ? ROUND.exec(code[2]) : null;
  return { code: key(code[1]!), ...(round ? { round: roundKey(round[1]!, round[2]!) } : {}) };
}

/** Whether a quotation opened before `at` is still open there (read in a bounded window before it). */
function inOpenQuotation(paragraph: string, at: number): boolean {
  const before = paragraph.slice(Math.max(0, at - WINDOW), at);
  return before.lastIndexOf('“') > before.lastIndexOf('”');
}

/**
 * A definition a coded participant said: quoted, no author, the interview's year when the table gives it, else the
 * date of the round the citation names when the method dates it (convention 14). A source the rules found by name or
 * marker (`As Harrison put it, “…” (P3)`) keeps its attribution.
 */
export function saidByParticipant(
  found: Attribution | undefined,
  cited: CitedParticipant | undefined,
  years: ReadonlyMap<string, number>,
  rounds: ReadonlyMap<string, number> = new Map(),
): Attribution | undefined {
  if (cited === undefined || found?.author !== undefined || found?.ref !== undefined) return found;
  const year = years.get(cited.code) ?? (cited.round !== undefined ? rounds.get(cited.round) : undefined) ?? found?.year;
  return { ...(year !== undefined ? { year } : {}), cue: found?.cue ?? 'participant code' };
}
