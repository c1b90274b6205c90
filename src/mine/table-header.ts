// A table's header row: column names only, one of them the definition's (`Author(s) Year Definition`, `No. Sector Source Definition`).
const COLUMN_NAME =
  /^(?:no\.?|#|sector|type|category|source\(?s?\)?|author\(?s?\)?|year|date|reference|ref\.?|keywords?|term|concept|definitions?|meaning|description|wording|domain|country)$/iu;
const DEFINITION_COLUMN = /^(?:definitions?|meaning|description|wording)$/iu;
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

/** A header line with the notes in parentheses after its column names blanked out, offsets kept. */
export function withoutColumnNotes(header: string): string {
  return header.replace(/(?<=\p{L}\.?)[ \t]+\([^()]{1,60}\)/gu, (note) => ' '.repeat(note.length));
}
