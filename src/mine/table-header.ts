// A table's header row: column names only, one of them the definition's (`Author(s) Year Definition`, `No. Sector Source Definition`).
const COLUMN_NAME =
  /^(?:no\.?|#|sector|type|category|source\(?s?\)?|author\(?s?\)?|year|date|reference|ref\.?|keywords?|term|concept|definitions?|meaning|description|wording|domain|country)$/iu;
/** A line of column names under which each line that starts at the margin opens a row and indented ones continue it. */
export function isTableHeader(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 6 &&
    words.every((w) => COLUMN_NAME.test(w)) &&
    words.some((w) => /^(?:definitions?|meaning|description|wording)$/iu.test(w))
  );
}
