import { parse } from 'csv-parse/sync';
import type { CsvError } from 'csv-parse';
import type { Diagnostics } from './diagnostics.js';

export interface CsvRow {
  /** Physical line where the record starts (1-based; the header is line 1). */
  readonly line: number;
  readonly fields: Record<string, string>;
}

const ruleOf: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'csv-quote-not-closed',
  CSV_RECORD_INCONSISTENT_COLUMNS: 'csv-column-count',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'csv-column-count',
  INVALID_OPENING_QUOTE: 'csv-invalid-quote',
  CSV_INVALID_CLOSING_QUOTE: 'csv-invalid-quote',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'csv-invalid-quote',
};

const QUOTE_ERRORS = new Set(['CSV_QUOTE_NOT_CLOSED', 'CSV_INVALID_CLOSING_QUOTE', 'INVALID_OPENING_QUOTE']);

/**
 * Reads a CSV file with a header row. A broken record is reported with the line it starts on and
 * skipped; the records after it still load, even after a quote that never closes (the parse
 * resumes on the line after the one that opened it).
 */
export function readCsv(text: string, file: string, diagnostics: Diagnostics, stage = 'ingest'): CsvRow[] {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const header = lines[0] ?? '';
  if (header.trim() === '') {
    diagnostics.error(`${stage}/csv-no-header`, 'Expected a header row, not an empty first line', { file, line: 1 });
    return [];
  }
  const rows: CsvRow[] = [];
  // Physical line of the first body line in this pass (a resumed pass starts after a broken line).
  let first = 2;
  for (;;) {
    let lastEnd = first - 1;
    let resumeAfter: number | undefined;
    // csv-parse counts lines from the header of the text it is given: map them back.
    const physical = (parsedLine: number) => parsedLine - 2 + first;
    const nextRecordLine = () => {
      let line = lastEnd + 1;
      while (line <= lines.length && (lines[line - 1] ?? '').trim() === '') line++;
      return line;
    };
    parse(header + '\n' + lines.slice(first - 1).join('\n'), {
      columns: (names: string[]) => names.map((n) => n.trim()),
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_record: (record: Record<string, string>, context: { lines: number }) => {
        if (resumeAfter !== undefined) return null;
        rows.push({ line: nextRecordLine(), fields: record });
        lastEnd = physical(context.lines);
        return null;
      },
      on_skip: (error: CsvError | undefined) => {
        if (!error || resumeAfter !== undefined) return;
        const line = nextRecordLine();
        diagnostics.error(`${stage}/${ruleOf[error.code] ?? 'csv-invalid-record'}`, describe(error), { file, line });
        if (QUOTE_ERRORS.has(error.code)) resumeAfter = line;
        else lastEnd = physical(Number(error.lines));
      },
    });
    if (resumeAfter === undefined) break;
    first = resumeAfter + 1;
  }
  return rows;
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
      return `Expected as many fields as the header has columns: ${error.message.replace(/^Invalid Record Length: /, '')}`;
    default:
      return error.message;
  }
}
