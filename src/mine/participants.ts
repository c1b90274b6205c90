import type { Attribution } from './attribution.js';
import { yearsIn } from './citations.js';

/*
 * An interview study's coded participants. A qualitative study quotes its interviewees by a code, with a role and a
 * place after it (`… in public” (P18, councillor, City A)`, a block quotation closed by `(P4, head of digital services)`):
 * the words are the participant's, whom the study keeps unnamed. The definition is quoted, with no author (a wrong name,
 * the study's own authors', would misfile its sector and year), and the year is the interview's, read from the row the
 * study's participants table gives the code (`P4  head of digital services  municipality  City B  Mar 2026`).
 */

// A participant's code: `P4`, `R12`, `FG2-P3`, `Participant 7`, `Interviewee 3`.
const CODE = String.raw`(?:FG\d{1,2}-)?[PR]\d{1,3}|(?:Participant|Interviewee|Respondent|Informant)\s\d{1,3}`;
// The code opening a parenthesis, alone or before a comma and a description: `(P4)`, `(P4, head of digital services, City B)`.
// (the description is bounded and holds no parenthesis: linear in the window it is read in)
const CODE_IN_PARENS = new RegExp(String.raw`^\((${CODE})(?:,[^()\n]{1,120})?\)`, 'u');
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
 * The participant whose code closes the quotation a clause is in: the first parenthesis after the clause, in its sentence
 * (`… in public” (P18, councillor, City A)`), or standing between two sentences after it, as the source line of a block
 * quotation run into its paragraph (`… itself. Most days we are nowhere near that. (P4, head of digital services) In …`).
 * Nothing between may open another quotation or parenthesis, nor (past the sentence) introduce one with a colon.
 * `from` is the clause's end in the paragraph's text, `sentenceEnd` its sentence's. (Reads a bounded window: linear.)
 */
export function participantAfter(paragraph: string, from: number, sentenceEnd: number): string | undefined {
  const window = paragraph.slice(from, from + WINDOW);
  const open = window.indexOf('(');
  if (open < 0 || /[“()]/u.test(window.slice(0, open))) return undefined;
  const code = CODE_IN_PARENS.exec(window.slice(open));
  if (!code) return undefined;
  if (from + open >= sentenceEnd) {
    const between = window.slice(0, open);
    const next = paragraph.slice(from + open + code[0].length, from + open + code[0].length + 3);
    if (between.includes(':') || !/[.!?][”’"]?\s+$/u.test(between) || !/^(?:\s*$|\s+[\p{Lu}“‘"])/u.test(next)) return undefined;
  }
  return key(code[1]!);
}

/**
 * A definition a coded participant said: quoted, no author, the interview's year when the table gives it. A source the
 * rules found by name or marker (`As Harrison put it, “…” (P3)`) keeps its attribution.
 */
export function saidByParticipant(found: Attribution | undefined, code: string | undefined, years: ReadonlyMap<string, number>): Attribution | undefined {
  if (code === undefined || found?.author !== undefined || found?.ref !== undefined) return found;
  const year = years.get(code) ?? found?.year;
  return { ...(year !== undefined ? { year } : {}), cue: found?.cue ?? 'participant code' };
}
