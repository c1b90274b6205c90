import { assemblePdf } from './pdf-assemble.mjs';
const esc = (s: string) => s.replace(/[\\()]/g, (c) => '\\' + c);

/**
 * A minimal valid PDF (Helvetica), one text line per entry, with a correct xref table. From the
 * stack notes; `encrypted` adds a standard security handler whose user password is not empty.
 */
export function makePdf(pages: string[][], options: { encrypted?: boolean } = {}): Uint8Array {
  return assemble(
    pages.map((lines) => 'BT /F1 12 Tf 14 TL 72 720 Td ' + lines.map((l) => `(${esc(l)}) Tj T*`).join(' ') + ' ET'),
    options.encrypted ?? false,
  );
}

/** A PDF whose text lines are placed at given points (x from the left, y from the bottom), in the order given. */
export function makePlacedPdf(pages: { x: number; y: number; text: string }[][]): Uint8Array {
  return assemble(
    pages.map((lines) => lines.map((l) => `BT /F1 10 Tf 1 0 0 1 ${l.x} ${l.y} Tm (${esc(l.text)}) Tj ET`).join('\n')),
    false,
  );
}

/** The PDF around the pages' content streams (test/pdf-assemble.mjs, shared with the .mjs generators). */
function assemble(contents: readonly string[], encrypted: boolean): Uint8Array {
  return new TextEncoder().encode(assemblePdf(contents, { encrypted }));
}
