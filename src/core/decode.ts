import { isUtf8 } from 'node:buffer';
import type { CsvStage } from './csv.js';
import type { Diagnostics } from './diagnostics.js';

/**
 * Bytes to text, for every file citydefs reads as text (corpus files, sidecars, settings, `add`
 * targets): the one place byte-order marks are stripped and encodings are recognised.
 *
 * - UTF-8, with or without a BOM: read as is.
 * - UTF-16 LE/BE with a BOM: decoded.
 * - UTF-16 without a BOM, UTF-32: refused, naming the encoding (guessing could garble every word).
 * - Not UTF-8 but certainly Windows-1252 (Latin-1): decoded, with `guessed` set so the caller warns.
 * - Anything else that is not UTF-8, or binary data (NUL or control bytes): refused.
 * A few stray NUL bytes in otherwise good text are removed and counted.
 */
export type Decoded =
  | {
      readonly ok: true;
      readonly text: string;
      readonly encoding: TextEncoding;
      /** The file started with a byte-order mark (already stripped from `text`). */
      readonly bom: boolean;
      /** Decoded as Windows-1252 because the bytes are not UTF-8: worth a warning. */
      readonly guessed: boolean;
      /** NUL bytes removed from the text, and the line of the first. */
      readonly nul?: { readonly count: number; readonly line: number };
    }
  | { readonly ok: false; readonly problem: 'binary' | 'encoding'; readonly message: string };

export type TextEncoding = 'UTF-8' | 'UTF-16 LE' | 'UTF-16 BE' | 'Windows-1252';

/** Share of control bytes (other than NUL) past which a file is binary, not text with a stray byte. */
const BINARY_SHARE = 0.01;
/** Share of NUL bytes past which a file is binary; fewer are stray bytes, removed with a warning. */
const NUL_SHARE = 0.1;
/** Share of bytes above 0x7F past which non-UTF-8 bytes are too many to be accented letters. */
const MAX_HIGH_SHARE = 0.3;

const SAVE_AS_UTF8 = 'save it as UTF-8 (in Excel: "CSV UTF-8"; in an editor: "Save with encoding")';

export function decodeText(data: Uint8Array): Decoded {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return refuse('encoding', `Expected UTF-8 text; the file is UTF-32, which is not supported: ${SAVE_AS_UTF8}`);
  }
  if (startsWith(bytes, [0xff, 0xfe])) return fromUtf16(bytes.subarray(2), 'UTF-16 LE');
  if (startsWith(bytes, [0xfe, 0xff])) return fromUtf16(bytes.subarray(2), 'UTF-16 BE');
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = bom ? bytes.subarray(3) : bytes;

  const utf16 = utf16WithoutBom(body);
  if (utf16) return refuse('encoding', `Expected UTF-8 text; the file looks like ${utf16} without a byte-order mark: ${SAVE_AS_UTF8}`);
  const binary = binaryEvidence(countControls(body), body.length);
  if (binary) return refuse('binary', `Expected a text file; found binary data (${binary})`);
  if (isUtf8(body)) return text(body.toString('utf8'), 'UTF-8', bom, false);
  const latin = windows1252Certain(body);
  if (latin === true) return text(fromWindows1252(body), 'Windows-1252', bom, true);
  return refuse('encoding', `Expected UTF-8 text; the bytes are not UTF-8 (${latin}), nor certainly Windows-1252 (Latin-1): ${SAVE_AS_UTF8}`);
}

function text(decoded: string, encoding: TextEncoding, bom: boolean, guessed: boolean): Decoded {
  if (!decoded.includes('\0')) return { ok: true, text: decoded, encoding, bom, guessed };
  const first = decoded.indexOf('\0');
  const line = lineAt(decoded, first);
  let count = 0;
  const cleaned = decoded.replace(/\0/g, () => {
    count++;
    return '';
  });
  return { ok: true, text: cleaned, encoding, bom, guessed, nul: { count, line } };
}

function refuse(problem: 'binary' | 'encoding', message: string): Decoded {
  return { ok: false, problem, message };
}

function fromUtf16(body: Buffer, encoding: 'UTF-16 LE' | 'UTF-16 BE'): Decoded {
  let decoded: string;
  try {
    decoded = new TextDecoder(encoding === 'UTF-16 LE' ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(body);
  } catch {
    return refuse(
      'encoding',
      `Expected ${encoding} text after its byte-order mark; found bytes that are not (an odd length or a broken surrogate pair): ${SAVE_AS_UTF8}`,
    );
  }
  const binary = binaryEvidence(countControls(Buffer.from(decoded.replace(/[^\u0000-\u001f]/g, ''), 'latin1')), decoded.length);
  if (binary) return refuse('binary', `Expected a text file; found binary data after a ${encoding} byte-order mark (${binary})`);
  return text(decoded, encoding, true, false);
}

function startsWith(bytes: Buffer, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/**
 * UTF-16 of mostly ASCII text: every other byte NUL, on the same side, and the bytes between them
 * printable (not controls, as in binary data). Looked for in the first 4 kB.
 */
function utf16WithoutBom(bytes: Buffer): 'UTF-16 LE' | 'UTF-16 BE' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  const count = (from: number) => {
    let nul = 0;
    let control = 0;
    for (let i = from; i < n; i += 2) {
      const b = bytes[i]!;
      if (b === 0) nul++;
      else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) control++;
    }
    return { nul, control };
  };
  const even = count(0);
  const odd = count(1);
  const pairs = n / 2;
  const textual = (side: { nul: number; control: number }) => side.nul <= pairs * 0.02 && side.control <= pairs * 0.02;
  if (odd.nul >= pairs * 0.4 && textual(even)) return 'UTF-16 LE';
  if (even.nul >= pairs * 0.4 && textual(odd)) return 'UTF-16 BE';
  return undefined;
}

/** NUL bytes, and other C0 control bytes that text does not hold (tab, line ends, form feed and escape are fine). */
function countControls(bytes: Buffer): { nul: number; other: number } {
  let nul = 0;
  let other = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x0c || b === 0x1b) continue;
    if (b === 0) nul++;
    else other++;
  }
  return { nul, other };
}

/** Why the bytes are binary, or undefined when they may be text. */
function binaryEvidence(counts: { nul: number; other: number }, length: number): string | undefined {
  if (counts.other > Math.max(2, length * BINARY_SHARE)) return `${counts.other} control bytes in ${length}`;
  if (counts.nul > Math.max(2, length * NUL_SHARE)) return `${counts.nul} NUL bytes in ${length}`;
  return undefined;
}

/**
 * Windows-1252's characters for 0x80–0x9F (where it differs from Latin-1). Node's TextDecoder
 * reads `windows-1252` as Latin-1, giving control characters there, so the table is ours.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function fromWindows1252(bytes: Buffer): string {
  return bytes.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** Bytes Windows-1252 leaves undefined: a file holding them is not Windows-1252. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * True when bytes that are not UTF-8 are certainly Windows-1252 (or Latin-1, its subset): no valid
 * UTF-8 multi-byte sequence anywhere (a mix means a damaged file), no byte 1252 leaves undefined,
 * and few high bytes (accented letters and typographic punctuation among ASCII). Otherwise, where
 * the first invalid byte is, for the message.
 */
function windows1252Certain(bytes: Buffer): true | string {
  const invalid = firstInvalidUtf8(bytes);
  const where = `byte 0x${bytes[invalid]!.toString(16).toUpperCase().padStart(2, '0')} on line ${lineOfByte(bytes, invalid)}`;
  let high = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    high++;
    if (UNDEFINED_1252.has(b)) return where;
    if (utf8SequenceAt(bytes, i) > 1) return `${where}, among valid UTF-8`;
  }
  if (high > bytes.length * MAX_HIGH_SHARE) return where;
  return true;
}

/** Length of a valid UTF-8 multi-byte sequence starting at `i`, or 0. */
function utf8SequenceAt(bytes: Buffer, i: number): number {
  const b = bytes[i]!;
  const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (!length || i + length > bytes.length) return 0;
  for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return length;
}

function firstInvalidUtf8(bytes: Buffer): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceAt(bytes, i);
    if (!length) return i;
    i += length;
  }
  return 0;
}

function lineOfByte(bytes: Buffer, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * `decodeText` with its findings reported on `file`: the text, or undefined (an error reported)
 * when the file cannot be read as text. Codes are `<stage>/binary-file`, `<stage>/encoding-unsupported`,
 * `<stage>/encoding-guessed` and `<stage>/nul-bytes`.
 */
export function decodeReported(data: Uint8Array, file: string, diagnostics: Diagnostics, stage: DecodeStage = 'ingest'): string | undefined {
  const decoded = decodeText(data);
  if (!decoded.ok) {
    const code = decoded.problem === 'binary' ? 'binary-file' : 'encoding-unsupported';
    diagnostics.error(`${stage}/${code}`, `${decoded.message}; the file is skipped`, { file });
    return undefined;
  }
  if (decoded.guessed) {
    diagnostics.warn(
      `${stage}/encoding-guessed`,
      `Expected UTF-8 text; read the file as ${decoded.encoding} (Latin-1), which its bytes are: check its accented letters, and save it as UTF-8 to be sure`,
      { file },
    );
  }
  if (decoded.nul) {
    diagnostics.warn(`${stage}/nul-bytes`, `Expected text without NUL bytes; removed ${decoded.nul.count} (the first on line ${decoded.nul.line})`, {
      file,
      line: decoded.nul.line,
    });
  }
  return decoded.text;
}

/** The stages that read files as text, and name the codes of what they find. */
export type DecodeStage = CsvStage;
