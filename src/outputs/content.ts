/**
 * An output's text made piece by piece as it is written, for the outputs that grow with the corpus
 * (a row per definition or per term use): the writer pulls the pieces and writes them out, so a
 * million-definition table is never one string in memory (nor past V8's limit on string length).
 */
export class TextStream {
  constructor(readonly pieces: () => Iterable<string>) {}

  /** The whole text, for a caller that needs it at once (tests, the workbook export). */
  text(): string {
    let out = '';
    for (const piece of this.pieces()) out += piece;
    return out;
  }
}

/** What an output file holds: text, bytes, text written as it is made, or bytes still being made (a PNG drawing). */
export type OutputContent = string | Uint8Array | TextStream | Promise<Uint8Array>;

/** The content as text or bytes, a stream joined. */
export function whole(content: string | Uint8Array | TextStream): string | Uint8Array {
  return content instanceof TextStream ? content.text() : content;
}
