/**
 * An output's text made piece by piece as it is written, for the outputs that grow with the corpus
 * (a row per definition or per term use): the writer pulls the pieces and writes them out, so a
 * million-definition table is never one string in memory (nor past V8's limit on string length).
 */
export class TextStream {
  /** Pieces of text, or of its UTF-8 bytes (a writer that encodes as it goes leaves little garbage behind). */
  constructor(readonly pieces: () => Iterable<string | Uint8Array>) {}

  /** The whole text, for a caller that needs it at once (tests, the workbook export). */
  text(): string {
    const decoder = new TextDecoder();
    let out = '';
    for (const piece of this.pieces()) out += typeof piece === 'string' ? piece : decoder.decode(piece, { stream: true });
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

/** Text is encoded into pieces of this many bytes before they are handed on. */
const PIECE_BYTES = 1 << 16;

/**
 * The parts (lines, entries), encoded to UTF-8 as they come and handed on in pieces of about
 * 64 kB: no long string is ever built, so the garbage a large output makes stays young.
 */
export function* utf8Pieces(parts: Iterable<string>): Generator<Uint8Array> {
  let piece = Buffer.allocUnsafe(PIECE_BYTES);
  let at = 0;
  for (const part of parts) {
    // A UTF-16 unit is at most 3 bytes of UTF-8: a part that may not fit starts a new piece.
    if (at + part.length * 3 > piece.length) {
      if (at > 0) yield piece.subarray(0, at);
      piece = Buffer.allocUnsafe(Math.max(PIECE_BYTES, part.length * 3));
      at = 0;
    }
    at += piece.write(part, at);
  }
  if (at > 0) yield piece.subarray(0, at);
}
