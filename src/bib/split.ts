/** One entry of a bibliography file, as text, with the line it starts on. */
export interface EntryText {
  readonly text: string;
  readonly line: number;
}

/**
 * BibTeX entries, split at each `@type{` that starts a line, because one malformed entry makes
 * citation-js reject the whole file. `@string` macros are kept apart and given to every entry;
 * `@comment` and `@preamble` are dropped.
 */
export function splitBibtex(text: string): { entries: EntryText[]; macros: string } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const chunks: EntryText[] = [];
  lines.forEach((line, i) => {
    if (/^\s*@\s*\w+\s*[{(]/.test(line)) chunks.push({ text: line, line: i + 1 });
    else if (chunks.length) chunks[chunks.length - 1] = { ...chunks[chunks.length - 1]!, text: `${chunks[chunks.length - 1]!.text}\n${line}` };
  });
  const kind = (c: EntryText) => /^\s*@\s*(\w+)/.exec(c.text)![1]!.toLowerCase();
  return {
    entries: chunks.filter((c) => !['string', 'comment', 'preamble'].includes(kind(c))),
    macros: chunks
      .filter((c) => kind(c) === 'string')
      .map((c) => c.text)
      .join('\n'),
  };
}

/** RIS records, from each `TY  -` line to its `ER  -` line. */
export function splitRis(text: string): EntryText[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const out: EntryText[] = [];
  let current: { line: number; lines: string[] } | undefined;
  lines.forEach((line, i) => {
    if (/^TY {2}- /.test(line)) {
      if (current) out.push({ line: current.line, text: current.lines.join('\n') });
      current = { line: i + 1, lines: [line] };
    } else if (current) {
      current.lines.push(line);
      if (/^ER {2}-/.test(line)) {
        out.push({ line: current.line, text: current.lines.join('\n') });
        current = undefined;
      }
    }
  });
  if (current) out.push({ line: current.line, text: current.lines.join('\n') });
  return out;
}
