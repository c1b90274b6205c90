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
 * Short parts (a CSV line) are joined up to about this many characters before they are encoded: one
 * call per line cost more than the encoding. A table's writer joins its lines itself (one generator
 * step per joined string, not per line).
 */
export const JOIN_CHARS = 8192;

/**
 * The parts (lines, entries), encoded to UTF-8 as they come and handed on in pieces of about
 * 64 kB: no long string is ever built, so the garbage a large output makes stays young.
 * `wholeCharacters`: no part ends in half a surrogate pair (each CSV line ends in `\n`), so none is
 * looked at before it is encoded (reading a character of a string made by `+=` copies it whole).
 */
export function* utf8Pieces(parts: Iterable<string>, wholeCharacters = false): Generator<Uint8Array> {
  let piece = Buffer.allocUnsafe(PIECE_BYTES);
  let at = 0;
  let pending = '';
  const encode = function* (text: string): Generator<Uint8Array> {
    // A UTF-16 unit is at most 3 bytes of UTF-8: text that may not fit starts a new piece.
    if (at + text.length * 3 > piece.length) {
      if (at > 0) yield piece.subarray(0, at);
      piece = Buffer.allocUnsafe(Math.max(PIECE_BYTES, text.length * 3));
      at = 0;
    }
    at += piece.write(text, at);
  };
  for (const part of parts) {
    pending += part;
    // A part ending in half a surrogate pair is encoded on its own, as it always was (joined to a
    // next part starting with the other half, it would encode differently).
    if (pending.length >= JOIN_CHARS || (!wholeCharacters && endsInHighSurrogate(part))) {
      yield* encode(pending);
      pending = '';
    }
  }
  if (pending) yield* encode(pending);
  if (at > 0) yield piece.subarray(0, at);
}

function endsInHighSurrogate(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff;
}
