import { isUtf8 } from 'node:buffer';
import { parse } from 'csv-parse/sync';
import type { CsvError } from 'csv-parse';
import { Diagnostics } from './diagnostics.js';

export interface CsvRow {
  /** Physical line where the record starts (1-based; the header is line 1). */
  readonly line: number;
  readonly fields: Record<string, string>;
}

/** csv-parse's error codes → the rule in our diagnostic code (`<stage>/<rule>`). */
export const ruleOf: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'csv-quote-not-closed',
  CSV_RECORD_INCONSISTENT_COLUMNS: 'csv-column-count',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'csv-column-count',
  INVALID_OPENING_QUOTE: 'csv-invalid-quote',
  CSV_INVALID_CLOSING_QUOTE: 'csv-invalid-quote',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'csv-invalid-quote',
};

const QUOTE_ERRORS = new Set(['CSV_QUOTE_NOT_CLOSED', 'CSV_INVALID_CLOSING_QUOTE', 'INVALID_OPENING_QUOTE']);

const STOP = Symbol('stop');

/** Past this many broken quotes a file is not worth resuming on: each resume re-reads the rest. */
const MAX_RESUMES = 50;
/**
 * Nor once the resumed passes have re-read this much (a big file broken early): 8 times the file,
 * or 32 million characters for a smaller one (a few seconds of parsing).
 */
const rereadBudget = (length: number) => Math.max(8 * length, 32_000_000);
/** Past this many broken records a file is not read on: each costs time, and the list helps no one. */
const MAX_ERRORS = 200;

/**
 * Reads a CSV file with a header row. A broken record is reported with the line it starts on and
 * skipped; the records after it still load, even after a quote that never closes (the parse
 * resumes on the line after the one that opened it). The work stays linear in the file: every
 * resume starts further on, and a file is abandoned after `MAX_RESUMES` broken quotes, once the
 * resumed passes have read `rereadBudget`, or after `MAX_ERRORS` broken records.
 */
export function readCsv(text: string, file: string, diagnostics: Diagnostics, stage: CsvStage = 'ingest'): CsvRow[] {
  return readCsvTable(text, file, diagnostics, stage).rows;
}

/** The stages that read CSV files, and name the codes of what they find. */
export const CSV_STAGES = ['ingest', 'thesaurus', 'codebook', 'coding'] as const;
export type CsvStage = (typeof CSV_STAGES)[number];

/** `readCsv`, with the header's column names (undefined when the header is unusable, reported). */
export function readCsvTable(
  text: string,
  file: string,
  diagnostics: Diagnostics,
  stage: CsvStage = 'ingest',
): { columns: string[] | undefined; rows: CsvRow[] } {
  const normalized = text.replace(/\r\n?/g, '\n');
  const lines = normalized.split('\n');
  const columns = readHeader(lines[0] ?? '', file, diagnostics, stage);
  if (!columns) return { columns, rows: [] };
  // Where each line starts in `normalized`, so a resumed pass is a slice, not a join of the rest.
  const starts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) starts.push(at);
  const rows: CsvRow[] = [];
  // Physical line of the first body line in this pass (a resumed pass starts after a broken line).
  let first = 2;
  let reread = 0;
  let errors = 0;
  const giveUp = (line: number, what: string) =>
    diagnostics.error(`${stage}/csv-too-many-errors`, `Expected a CSV file; stopped reading after ${what} (is it a CSV file?)`, { file, line });
  for (let resumes = 0; ; resumes++) {
    const rest = normalized.slice(starts[first - 1] ?? normalized.length);
    if (resumes > 0) reread += rest.length;
    if (resumes > MAX_RESUMES || reread > rereadBudget(normalized.length)) {
      giveUp(first, `${resumes} broken quotes`);
      break;
    }
    let lastEnd = first - 1;
    let resumeAfter: number | undefined;
    // csv-parse counts lines from the start of the text it is given: map them back.
    const physical = (parsedLine: number) => parsedLine - 1 + first;
    const nextRecordLine = () => {
      let line = lastEnd + 1;
      while (line <= lines.length && (lines[line - 1] ?? '').trim() === '') line++;
      return line;
    };
    try {
      parse(rest, {
        columns,
        skip_empty_lines: true,
        skip_records_with_error: true,
        on_record: (record: Record<string, string>, context: { lines: number }) => {
          rows.push({ line: nextRecordLine(), fields: record });
          lastEnd = physical(context.lines);
          return null;
        },
        on_skip: (error: CsvError | undefined) => {
          if (!error) return;
          const line = nextRecordLine();
          if (++errors > MAX_ERRORS) {
            giveUp(line, `${MAX_ERRORS} broken records`);
            resumeAfter = undefined;
            throw STOP;
          }
          diagnostics.error(`${stage}/${ruleOf[error.code] ?? 'csv-invalid-record'}`, describe(error), { file, line });
          if (!QUOTE_ERRORS.has(error.code)) {
            lastEnd = physical(Number(error.lines));
            return;
          }
          // What follows a broken quote is misread: stop here and resume on the next line.
          resumeAfter = line;
          throw STOP;
        },
      });
    } catch (error) {
      if (error !== STOP) throw error;
    }
    if (resumeAfter === undefined || errors > MAX_ERRORS) break;
    first = Math.max(resumeAfter, first) + 1;
  }
  return { columns, rows };
}

/** The header's column names, or undefined (reported) when the first line is not a usable header. */
function readHeader(header: string, file: string, diagnostics: Diagnostics, stage: CsvStage): string[] | undefined {
  if (header.trim() === '') {
    diagnostics.error(`${stage}/csv-no-header`, 'Expected a header row, not an empty first line', { file, line: 1 });
    return undefined;
  }
  let names: string[];
  try {
    names = (parse(header, { relax_column_count: true }) as string[][])[0] ?? [];
  } catch (error) {
    const reason =
      error instanceof Error && 'code' in error && QUOTE_ERRORS.has(String(error.code)) ? 'a quote that does not close on the line' : 'a malformed field';
    diagnostics.error(`${stage}/csv-bad-header`, `Expected a header row of column names; the first line has ${reason}, so the file is skipped`, {
      file,
      line: 1,
    });
    return undefined;
  }
  const trimmed = names.map((n) => n.trim());
  const repeated = trimmed.filter((n, i) => trimmed.indexOf(n) !== i);
  if (repeated.length) {
    diagnostics.error(`${stage}/csv-bad-header`, `Expected each column name once; \`${repeated[0]}\` repeats, so the file is skipped`, { file, line: 1 });
    return undefined;
  }
  return trimmed;
}

function describe(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'Expected the quote opened in this record to close before the next field; the record is skipped';
    case 'INVALID_OPENING_QUOTE':
      return 'Expected a quote only at the start of a field (write a quote inside a quoted field as ""); the record is skipped';
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      return `Expected as many fields as the header has columns: ${error.message.replace(/^Invalid Record Length: /, '').replace(/ on line \d+$/, '')}`;
    default:
      return error.message;
  }
}

/**
 * `readCsvTable` for a file read piece by piece (a corpus of a million definitions is half a
 * gigabyte): the file is never one string, and rows come out as they are parsed. It reads only a
 * clean file: UTF-8 text without control bytes whose header and records all parse. At anything
 * `decodeText` or `readCsvTable` would report (another encoding, binary bytes, a broken quote, a
 * short row…), it returns undefined without reporting, and the caller reads the file whole with
 * `readCsvTable`, which reports exactly as it always has. Rows and lines are those `readCsvTable`
 * gives (a test compares the two on generated files cut into random pieces). The pieces stay bytes
 * (`CleanBytes`): decoding each to a string and encoding it back for the parser took a fifth of
 * the reading's CPU at 20,000 definitions and two fifths at a million.
 */
export async function readCsvStreaming(
  pieces: AsyncIterable<Uint8Array>,
  file: string,
  stage: CsvStage = 'ingest',
): Promise<{ columns: string[]; rows: CsvRow[] } | undefined> {
  const clean = new CleanBytes();
  const rows: CsvRow[] = [];
  const header: Buffer[] = [];
  let parser: CleanRecords | undefined;
  // Physical lines (1-based) that are blank, for the line a record starts on (as `readCsvTable` counts it).
  let blank = new Uint8Array(1024);
  let line = 1;
  let lineHasText = false;
  let lastEnd = 1;
  // Lines whose blankness is known: those ended so far, and at the end the last one too.
  let known = 0;

  const markLine = () => {
    if (line >= blank.length) {
      const grown = new Uint8Array(blank.length * 2);
      grown.set(blank);
      blank = grown;
    }
    blank[line] = lineHasText ? 0 : 1;
    known = line;
  };
  const markLines = (bytes: Buffer) => {
    for (let at = 0; ;) {
      const newline = bytes.indexOf(NEWLINE, at);
      const end = newline < 0 ? bytes.length : newline;
      if (!lineHasText && end > at) lineHasText = hasText(bytes, at, end);
      if (newline < 0) return;
      markLine();
      line++;
      lineHasText = false;
      at = newline + 1;
    }
  };
  const nextRecordLine = () => {
    let next = lastEnd + 1;
    while (next <= known && blank[next] === 1) next++;
    return next;
  };
  /** Normalised text's bytes on: the header line first, then the records. */
  const take = (bytes: Buffer, end: boolean) => {
    if (!parser) {
      const newline = bytes.indexOf(NEWLINE);
      header.push(newline < 0 ? bytes : bytes.subarray(0, newline));
      if (newline < 0 && !end) return;
      const names = readHeader(Buffer.concat(header).toString('utf8'), file, new Diagnostics(), stage);
      // One column: a line of spaces is a record there, and the line `readCsvTable` gives a record
      // looks ahead over such lines, past what has been read; that rare file is read whole.
      if (!names || names.length < 2) return false;
      if (newline < 0) return true;
      markLines(Buffer.from([NEWLINE]));
      // Record lines as csv-parse counts them from the first body line; physical ones are one more.
      parser = new CleanRecords(names, (fields, lastLine) => {
        rows.push({ line: nextRecordLine(), fields });
        lastEnd = lastLine + 1;
      });
      bytes = bytes.subarray(newline + 1);
    }
    markLines(bytes);
    if (end) markLine();
    return parser.write(bytes, end);
  };

  for await (const piece of pieces) {
    const bytes = clean.next(piece, false);
    if (bytes === undefined || take(bytes, false) === false) return undefined;
  }
  const rest = clean.next(new Uint8Array(0), true);
  if (rest === undefined || take(rest, true) === false) return undefined;
  const names = parser?.columns ?? readHeader(Buffer.concat(header).toString('utf8'), file, new Diagnostics(), stage);
  return names ? { columns: names, rows } : undefined;
}

/**
 * Whether the bytes from `from` to `to` (whole characters) hold a character that is not white
 * space (`\S`): an ASCII byte other than tab, line ends, vertical tab, form feed and space, or
 * any other character but Unicode's spaces (rare: decoded and tested as the expression would).
 */
function hasText(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (b !== 0x20 && (b < 0x09 || b > 0x0d)) return true;
      i++;
      continue;
    }
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    if (/\S/.test(Buffer.from(bytes.buffer, bytes.byteOffset + i, length).toString('utf8'))) return true;
    i += length;
  }
  return false;
}

/** Bytes `decodeText` would refuse or report (NUL, other C0 controls than tab, line ends, form feed, escape): 1. */
const REPORTED_CONTROL = new Uint8Array(0x20);
for (const b of [0, 1, 2, 3, 4, 5, 6, 7, 8, 0x0b, 0x0e, 0x0f, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1c, 0x1d, 0x1e, 0x1f])
  REPORTED_CONTROL[b] = 1;

const RETURN = 0x0d;

/**
 * A file's pieces as the bytes of the text a fatal UTF-8 `TextDecoder` gives, line ends made `\n`
 * as `readCsvTable` makes them (`\r\n` and a lone `\r`), without decoding: the byte order mark is
 * dropped, each piece ends at a character's end (the rest is held for the next), and a piece that
 * is not UTF-8 or holds a control byte `decodeText` would report gives undefined.
 */
class CleanBytes {
  #held: Uint8Array | undefined;
  #start = true;
  #heldReturn = false;

  next(piece: Uint8Array, last: boolean): Buffer | undefined {
    let bytes = this.#held ? Buffer.concat([this.#held, piece]) : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    this.#held = undefined;
    // A character cut at the end waits for the rest of its bytes (none come after the last piece: not UTF-8).
    const whole = last ? bytes.length : charactersEnd(bytes);
    if (whole < bytes.length) {
      this.#held = Buffer.from(bytes.subarray(whole));
      bytes = bytes.subarray(0, whole);
    }
    if (!isUtf8(bytes)) return undefined;
    if (this.#start && bytes.length) {
      this.#start = false;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    }
    let returns = false;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (b < 0x20) {
        if (REPORTED_CONTROL[b] === 1) return undefined;
        if (b === RETURN) returns = true;
      }
    }
    if (!returns && !this.#heldReturn) return bytes;
    return this.#newlines(bytes, last);
  }

  /** `\r\n` and a lone `\r` as `\n`; a `\r` at the end held, since the next piece may begin with its `\n`. */
  #newlines(bytes: Buffer, last: boolean): Buffer {
    if (!bytes.length && !last) return bytes;
    const out = Buffer.allocUnsafe(bytes.length + 1);
    let n = 0;
    let i = 0;
    if (this.#heldReturn) {
      this.#heldReturn = false;
      out[n++] = NEWLINE;
      if (bytes[0] === NEWLINE) i = 1;
    }
    for (; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (b !== RETURN) out[n++] = b;
      else if (i + 1 < bytes.length) {
        out[n++] = NEWLINE;
        if (bytes[i + 1] === NEWLINE) i++;
      } else if (last) out[n++] = NEWLINE;
      else this.#heldReturn = true;
    }
    return out.subarray(0, n);
  }
}

/** Where the last whole character of UTF-8 bytes ends: before a lead byte whose continuation bytes are not all there. */
function charactersEnd(bytes: Uint8Array): number {
  let i = bytes.length - 1;
  while (i >= 0 && i > bytes.length - 4 && (bytes[i]! & 0xc0) === 0x80) i--;
  if (i < 0) return bytes.length;
  const b = bytes[i]!;
  const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
  return i + length > bytes.length ? i : bytes.length;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const NEWLINE = 0x0a;

/**
 * The records of a CSV body as csv-parse reads them with `columns` and `skip_empty_lines` (comma,
 * double quotes, `""` inside quotes, `\n` line ends), for well-formed bodies only: where csv-parse
 * would report something (a quote inside a bare field, text after a closing quote, a quote that
 * never closes, a row of the wrong length) it stops and `write` says false. Fields are decoded
 * from the bytes, so none keeps a piece of the file alive. The rows and lines are csv-parse's (the
 * streaming tests compare).
 */
class CleanRecords {
  #carry: Buffer | undefined;
  /** Where the carried record and the next piece are joined, reused: a fresh buffer per piece faulted its memory in each time. */
  #joined: Buffer | undefined;
  /** The line (from 1, in the body) the unparsed bytes start on. */
  #line = 1;
  readonly #plainNames: boolean;

  constructor(
    readonly columns: string[],
    readonly onRecord: (fields: Record<string, string>, lastLine: number) => void,
  ) {
    this.#plainNames = !columns.includes('__proto__');
  }

  /** The carried record's bytes, then `bytes` (nothing read keeps a view of them: fields are decoded, a carry copied). */
  #join(carry: Buffer, bytes: Buffer): Buffer {
    const length = carry.length + bytes.length;
    if (!this.#joined || this.#joined.length < length) this.#joined = Buffer.allocUnsafe(Math.max(length, 2 * (this.#joined?.length ?? 0)));
    carry.copy(this.#joined, 0);
    bytes.copy(this.#joined, carry.length);
    return this.#joined.subarray(0, length);
  }

  /** Parses what `bytes` completes; `end`: no more bytes come. False when the body is not well-formed. */
  write(bytes: Buffer, end: boolean): boolean {
    const buf = this.#carry ? this.#join(this.#carry, bytes) : bytes;
    this.#carry = undefined;
    let pos = 0;
    while (pos < buf.length) {
      // An empty line is no record.
      if (buf[pos] === NEWLINE) {
        pos++;
        this.#line++;
        continue;
      }
      const start = pos;
      const values: string[] = [];
      let newlines = 0;
      let complete = false;
      for (;;) {
        if (pos >= buf.length) {
          // After a comma at the very end: the last field is empty, or still to come.
          if (!end) break;
          values.push('');
          complete = true;
          break;
        }
        if (buf[pos] === QUOTE) {
          let close = -1;
          for (let j = pos + 1; ;) {
            const q = buf.indexOf(QUOTE, j);
            if (q < 0) break;
            if (buf[q + 1] === QUOTE) {
              j = q + 2;
              continue;
            }
            // A quote at the very end may be the first of a doubled one in the next piece.
            if (q + 1 >= buf.length && !end) break;
            close = q;
            break;
          }
          if (close < 0) {
            if (end) return false;
            break;
          }
          let raw = buf.toString('utf8', pos + 1, close);
          if (raw.includes('""')) raw = raw.replaceAll('""', '"');
          for (let n = buf.indexOf(NEWLINE, pos + 1); n >= 0 && n < close; n = buf.indexOf(NEWLINE, n + 1)) newlines++;
          values.push(raw);
          const after = buf[close + 1];
          pos = close + 2;
          if (after === COMMA) continue;
          if (after === NEWLINE || after === undefined) {
            complete = true;
            break;
          }
          return false;
        }
        // The field ends at the first comma or line end (a byte loop: fields are short, and three
        // searches of the buffer per field cost more); a quote before it is not well-formed.
        let stop = pos;
        while (stop < buf.length) {
          const b = buf[stop];
          if (b === COMMA || b === NEWLINE || b === QUOTE) break;
          stop++;
        }
        if (stop < buf.length && buf[stop] === QUOTE) {
          // Unless the field has not ended yet, when the next piece decides.
          if (!end && buf.indexOf(COMMA, stop) < 0 && buf.indexOf(NEWLINE, stop) < 0) break;
          return false;
        }
        if (stop >= buf.length && !end) break;
        const comma = stop < buf.length && buf[stop] === COMMA;
        values.push(buf.toString('utf8', pos, stop));
        pos = stop + 1;
        if (comma) continue;
        complete = true;
        break;
      }
      if (!complete) {
        // The record goes on in the next piece: kept (copied, so the piece can go).
        this.#carry = Buffer.from(buf.subarray(start));
        return true;
      }
      if (values.length !== this.columns.length) return false;
      const fields: Record<string, string> = {};
      // Assigning is defining (an own, enumerable, writable field) for every name but `__proto__`.
      if (this.#plainNames) for (let i = 0; i < values.length; i++) fields[this.columns[i]!] = values[i]!;
      else this.columns.forEach((name, i) => Object.defineProperty(fields, name, { value: values[i], enumerable: true, writable: true, configurable: true }));
      this.onRecord(fields, this.#line + newlines);
      this.#line += newlines + 1;
    }
    return true;
  }
}
