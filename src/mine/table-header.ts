// A table's header row: column names only, one of them the definition's (`Author(s) Year Definition`, `No. Sector Source Definition`).
const COLUMN_NAME =
  /^(?:no\.?|#|sector|type|category|source\(?s?\)?|author\(?s?\)?|year|date|reference|ref\.?|keywords?|term|concept|definitions?|meaning|description|wording|domain|country)$/iu;
const DEFINITION_COLUMN = /^(?:definitions?|meaning|description|wording)$/iu;
/** A column's name (lower case, as `columnsOf` and `gappedHeader` give it) that holds the definition. */
export const isDefinitionColumn = (name: string): boolean => DEFINITION_COLUMN.test(name);
// Columns that label a row (its number, sector, type) rather than give its source or its definition.
export const LABEL_NAME = /^(?:no\.?|#|sector|type|category|domain|country|region)$/iu;
const SOURCE_COLUMN = /^(?:source\(?s?\)?|author\(?s?\)?|reference)$/iu;
/**
 * A line of column names under which each line that starts at the margin opens a row and indented ones continue it.
 * Besides the usual names, a table may name a column of its own (`Source Term Emphasis Definition`): one
 * capitalised word among at least three usual names, or last after a source and a definition column.
 */
export function isTableHeader(text: string): boolean {
  // (a note in parentheses on a column's name is not a column: `Definition (as printed in the source)`)
  const words = withoutColumnNotes(text).trim().split(/\s+/);
  if (words.length < 2 || words.length > 6 || !words.some((w) => DEFINITION_COLUMN.test(w))) return false;
  const named = words.filter((w) => COLUMN_NAME.test(w)).length;
  if (named === words.length) return true;
  if (named !== words.length - 1 || !words.every((w) => /^\p{Lu}\p{Ll}{1,14}$/u.test(w) || COLUMN_NAME.test(w))) return false;
  // (with only two usual names, the own one must close a row that opens with its source: `Source Definition Emphasis`,
  // not a heading such as `Key Term Definitions`)
  return named >= 3 || (words.length === 3 && SOURCE_COLUMN.test(words[0]!) && DEFINITION_COLUMN.test(words[1]!));
}

/**
 * A tab-separated table (as a spreadsheet or a web page's table is copied out): a header line of two to six cells between
 * tabs, each a short capitalised name, one of them, not the first, naming the definition (`Term⇥Definition`,
 * `Term⇥Meaning in this report⇥Material topic?`). Which cells of a row to read: those up to the definition's (a row's
 * label columns left out) and a source column after it; undefined when the line is no such header.
 */
export function tabbedHeader(line: string): { readonly keep: readonly boolean[] } | undefined {
  if (!line.includes('\t')) return undefined;
  const cells = line.split(/\t+/u).map((c) => c.trim());
  if (cells.length < 2 || cells.length > 6 || cells.some((c) => !/^\p{Lu}/u.test(c) || c.split(/\s+/u).length > 5)) return undefined;
  const first = cells.map((c) => c.split(/\s+/u)[0]!.toLowerCase());
  const definition = first.findIndex((w) => DEFINITION_COLUMN.test(w));
  if (definition < 1) return undefined;
  return { keep: first.map((w, i) => (i <= definition ? !LABEL_NAME.test(w) : SOURCE_COLUMN.test(w))) };
}

/** A header line with the notes in parentheses after its column names blanked out, offsets kept. */
export function withoutColumnNotes(header: string): string {
  return header.replace(/(?<=\p{L}\.?)[ \t]+\([^()]{1,60}\)/gu, (note) => ' '.repeat(note.length));
}

/** A column of a table's header row: its name (lower case) and where it starts on the line; a label column is left out of its rows. */
export interface HeaderColumn {
  readonly name: string;
  readonly at: number;
  readonly label?: boolean;
}

// The column a header names in a few words as the definition's (`Definition or, if none, what it does`, `How the term is defined`).
const DEFINITION_CELL = /^(?:definitions?|meaning|description|wording)\b|\bdefin(?:ed|es|ition|itions)\b/iu;
// Columns a row keeps besides its first and its definition: its date, its term, its source.
const KEPT_COLUMN = /^(?:year|date|term|concept|source\(?s?\)?|author\(?s?\)?|reference|ref\.?)$/iu;

/**
 * A header row set out as a fixed-width table prints it: column names parted by runs of two spaces or more, one of
 * them naming the definition's column in a few words (`Country  Instrument  Year  Definition or, if none, what it
 * does`, `Paper  Method  Term  How the term is defined`), the others short capitalised names, one a usual name, and
 * the next line a row at the margin whose cells start where the names do. Between the row's first kept column and
 * its definition, a column that is not its date, term or source (`Method`) labels the row and is left out, as a
 * `Sector` column is.
 */
export function gappedHeader(line: string, next: string, after = ''): HeaderColumn[] | undefined {
  if (/^\s/u.test(line)) return undefined;
  const cells = [...line.trimEnd().matchAll(/\S+(?: \S+)*/gu)].map((m) => ({ text: m[0], at: m.index }));
  if (cells.length < 3 || cells.length > 6) return undefined;
  // (a long column name may wrap onto an indented line of its own, `Definition or, if none, what the` / `… document
  // funds or measures`: the first row is the line after it)
  if (headerGoesOn(cells, next)) next = after;
  if (!/^\S/u.test(next)) return undefined;
  const definitions = cells.filter((c) => DEFINITION_CELL.test(c.text));
  if (definitions.length !== 1 || definitions[0] === cells[0] || definitions[0]!.text.split(' ').length > 8) return undefined;
  const definition = cells.indexOf(definitions[0]!);
  const others = cells.filter((_, i) => i !== definition);
  const named = (c: { text: string }) => namesOf(c.text).some((n) => COLUMN_NAME.test(n));
  // (a name of its own is a short capitalised one; a count's symbol, `n`, `N`, `%`, is a column's name too)
  const ownName = (n: string) => (/^\p{Lu}[\p{L}()-]*(?: [\p{L}()-]+){0,2}$/u.test(n) && !/[.:;!?,]$/u.test(n)) || /^(?:n|N|k|%)$/u.test(n);
  if (!others.every((c) => namesOf(c.text).every((n) => COLUMN_NAME.test(n) || ownName(n)))) return undefined;
  if (!others.some(named)) return undefined;
  // (the row under it has its cells where the names are: a gap of two spaces before a later column's first character)
  if (!cells.slice(1).some((c) => next.slice(c.at - 2, c.at) === '  ' && /\S/u.test(next[c.at] ?? ''))) return undefined;
  const firstKept = cells.findIndex((c) => !LABEL_NAME.test(c.text));
  return cells.map((c, i) => ({
    name: i === definition ? 'definition' : c.text.toLowerCase(),
    at: c.at,
    // (a column after the definition's is read only when it names the source, `Source`, `Year`, as a tab-separated header's
    // is: a reply, status or comment column, `Reply  Comment`, says what someone makes of the entry, not what it means)
    ...(LABEL_NAME.test(c.text) ||
    (i > firstKept && i < definition && !namesOf(c.text).some((n) => KEPT_COLUMN.test(n))) ||
    (i > definition && !namesOf(c.text).some((n) => KEPT_COLUMN.test(n)))
      ? { label: true }
      : {}),
  }));
}

/**
 * The names one column's header joins (`First author, year`, `Author and year`): a source column that prints its year
 * in the same cell is named for both. At most three parts; a single name is itself.
 */
function namesOf(cell: string): string[] {
  const parts = cell.split(/,\s+|\s+(?:and|&)\s+/u);
  return parts.length <= 3 ? parts : [cell];
}

/**
 * An indented line that goes on with a gapped header's column names: each of its cells starts where a column's name
 * does, and reads as a name's words (lower case, no full stop), as a wrapped `… what the` / `document funds or measures`.
 */
export function headerGoesOn(header: readonly { readonly at: number }[], next: string): boolean {
  if (!/^\s+\S/u.test(next)) return false;
  const cells = [...next.trimEnd().matchAll(/\S+(?: \S+)*/gu)];
  return cells.length > 0 && cells.every((c) => header.some((h) => h.at === c.index) && /^[\p{Ll}(][\p{L}\s(),-]{0,60}$/u.test(c[0]));
}
