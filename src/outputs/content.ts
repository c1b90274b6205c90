/**
 * An output's text made piece by piece as it is written, for the outputs that grow with the corpus
 * (a row per definition or per term use): the writer pulls the pieces and writes them out, so a
 * million-definition table is never one string in memory (nor past V8's limit on string length).
 */
export class TextStream {
  /** Pieces of text (each encoded to UTF-8 on its own), or of its UTF-8 bytes. */
  constructor(readonly pieces: () => Iterable<string | Uint8Array>) {}

  /**
   * The whole text, for a caller that needs it at once (tests, the workbook export): what the file's
   * bytes read back as (each text piece is encoded on its own: a lone half of a surrogate pair, at
   * its end or anywhere, is U+FFFD).
   */
  text(): string {
    const decoder = new TextDecoder();
    let out = '';
    for (const piece of this.pieces()) out += decoder.decode(typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece, { stream: true });
    return out + decoder.decode();
  }
}

/**
 * An output's bytes made on another thread while this one writes other files (`writeFolder` writes
 * it alongside them): pieces arrive as they are made.
 */
export class BackgroundStream {
  constructor(readonly pieces: () => AsyncIterable<Uint8Array>) {}
}

/** What an output file holds: text, bytes, text written as it is made, or bytes still being made elsewhere. */
export type OutputContent = string | Uint8Array | TextStream | BackgroundStream | Promise<Uint8Array>;

/** The content as text or bytes, a stream joined. */
export function whole(content: string | Uint8Array | TextStream): string | Uint8Array {
  return content instanceof TextStream ? content.text() : content;
}

/** Any content as text or bytes, once it is made. */
export async function wholeLater(content: OutputContent): Promise<string | Uint8Array> {
  const made = await content;
  if (!(made instanceof BackgroundStream)) return whole(made);
  const pieces: Uint8Array[] = [];
  for await (const piece of made.pieces()) pieces.push(piece);
  return Buffer.concat(pieces);
}

/**
 * Short parts (a CSV line) are joined up to about this many characters before they are handed on:
 * one write per line cost more than the encoding. A table's writer joins its lines itself (one
 * generator step per joined string, not per line).
 */
export const JOIN_CHARS = 8192;

/**
 * The parts (lines, entries) joined into texts of about `JOIN_CHARS` characters as they come: no
 * long string is ever built, so the garbage a large output makes stays young. The writer encodes
 * each text on its own straight into the buffer it writes (see `writeFileSynced`), so no bytes are
 * made here. `wholeCharacters`: no part ends in half a surrogate pair (each CSV line ends in `\n`),
 * so none is looked at (reading a character of a string made by `+=` copies it whole).
 */
export function* textPieces(parts: Iterable<string>, wholeCharacters = false): Generator<string> {
  let pending = '';
  for (const part of parts) {
    pending += part;
    // A part ending in half a surrogate pair ends its text, as it always did (encoded with a next
    // part starting with the other half, it would encode differently).
    if (pending.length >= JOIN_CHARS || (!wholeCharacters && endsInHighSurrogate(part))) {
      yield pending;
      pending = '';
    }
  }
  if (pending) yield pending;
}

function endsInHighSurrogate(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff;
}
