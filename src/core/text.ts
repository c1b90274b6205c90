const ASCII = /^[\x00-\x7f]*$/;
/** Whitespace other than a single space: a tab, a line break, two spaces, a no-break space. */
const SPACING = /[^\S ]| {2}/;

/** The form every text is analysed in: Unicode NFKC, single spaces, trimmed. */
export function normalizeText(text: string): string {
  // ASCII is its own NFKC form, and single spaces stay as they are: most texts skip that work.
  const composed = ASCII.test(text) ? text : text.normalize('NFKC');
  return (SPACING.test(composed) ? composed.replace(/\s+/g, ' ') : composed).trim();
}

/** Lower-case words (letters and digits), for comparing texts regardless of punctuation. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Code-point order, independent of the machine's locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Appends `value` to the list under `key` (in place: appending by copying is quadratic). */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Letters and digits, lower case, `-` between words: a valid record id from a file name. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'record'
  );
}

/**
 * The first `limit` names in backticks, then how many more: a diagnostic about 20,000 columns or
 * 158 terms stays one readable line. `` `a`, `b`, and 3 more ``.
 */
export function someNamed(names: readonly string[], limit: number, format = (name: string) => `\`${name}\``): string {
  const shown = names.slice(0, limit).map(format);
  return shown.join(', ') + (names.length > limit ? `, and ${names.length - limit} more` : '');
}
