import { readFile } from 'node:fs/promises';
import { readCsv } from '../core/csv.js';
import type { Diagnostics } from '../core/diagnostics.js';
import { someNamed } from '../core/text.js';
import { readOptional } from './load.js';

/** The researcher's corrections of the matrix, in the corpus folder. */
export const CORRECTIONS_FILE = 'coding.csv';
/** A hand coding the tool's matrix is measured against on every run, in the corpus folder. */
export const REFERENCE_CODING_FILE = 'reference-coding.csv';

export const CODING_COLUMNS = ['definition_id', 'factor_id', 'value', 'note'] as const;

/** One cell of a definition × factor coding: 1 the definition has the factor, 0 it has not. */
export interface CodedCell {
  readonly definitionId: string;
  readonly factorId: string;
  readonly value: 0 | 1;
  /** The coder's reason (quoted words, usually); may be empty. */
  readonly note: string;
  /** Line of the file the cell is on (1 is the header). */
  readonly line: number;
}

export interface CodingOptions {
  /** The factors a cell may name; a cell naming another is reported and skipped. Omitted: any id. */
  readonly factorIds?: ReadonlySet<string>;
  /** The definitions a cell may name; a cell naming another is reported and skipped. Omitted: any id. */
  readonly definitionIds?: ReadonlySet<string>;
}

/** A coding file that cannot be read at all (exit 2). */
export class CodingFileError extends Error {
  override name = 'CodingFileError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`Cannot read \`${file}\`: ${reason}`);
  }
}

/**
 * Reads a coding in long form, `definition_id,factor_id,value,note` (one row per cell; a cell
 * without a row is not coded). Each bad row is one diagnostic at its line, and is skipped: a
 * column missing, an empty id, a value other than 0 or 1, an unknown factor or definition, a cell
 * coded twice (the first row counts; an error if the two values differ, a warning if not).
 */
export function parseCoding(text: string, file: string, diagnostics: Diagnostics, options: CodingOptions = {}): CodedCell[] {
  const rows = readCsv(text, file, diagnostics, 'coding');
  if (!rows.length) return [];
  const missing = CODING_COLUMNS.filter((c) => c !== 'note' && !(c in rows[0]!.fields));
  if (missing.length) {
    diagnostics.error(
      'coding/missing-column',
      `Expected the columns \`${CODING_COLUMNS.join(',')}\` (\`note\` may be left out); \`${missing.join('`, `')}\` missing`,
      {
        file,
        line: 1,
      },
    );
    return [];
  }
  const cells: CodedCell[] = [];
  const firstLine = new Map<string, CodedCell>();
  for (const { line, fields } of rows) {
    const definitionId = (fields.definition_id ?? '').trim();
    const factorId = (fields.factor_id ?? '').trim();
    const raw = (fields.value ?? '').trim();
    const at = { file, line };
    if (!definitionId || !factorId) {
      diagnostics.error('coding/missing-id', `Expected a \`${definitionId ? 'factor_id' : 'definition_id'}\` in every row; the row is skipped`, {
        ...at,
        field: definitionId ? 'factor_id' : 'definition_id',
      });
      continue;
    }
    if (raw !== '0' && raw !== '1') {
      diagnostics.error('coding/invalid-value', 'Expected `value` 0 (the definition does not have the factor) or 1 (it has); the row is skipped', {
        ...at,
        field: 'value',
        actual: raw,
        recordId: definitionId,
      });
      continue;
    }
    if (options.factorIds && !options.factorIds.has(factorId)) {
      diagnostics.error('coding/unknown-factor', `Expected one of the known factors (${listed(options.factorIds)}); the row is skipped`, {
        ...at,
        field: 'factor_id',
        actual: factorId,
        recordId: definitionId,
      });
      continue;
    }
    if (options.definitionIds && !options.definitionIds.has(definitionId)) {
      diagnostics.warn('coding/unknown-definition', 'Expected the id of a definition in the corpus; the row is skipped', {
        ...at,
        field: 'definition_id',
        actual: definitionId,
      });
      continue;
    }
    const value = raw === '1' ? 1 : 0;
    const key = `${definitionId}\u0000${factorId}`;
    const earlier = firstLine.get(key);
    if (earlier) {
      const conflict = earlier.value !== value;
      diagnostics.add(
        conflict ? 'error' : 'warning',
        'coding/duplicate-cell',
        `Expected each definition × factor cell once; \`${definitionId}\` × \`${factorId}\` is already coded on line ${earlier.line}${conflict ? ` as ${earlier.value}` : ''}, which counts; this row is skipped`,
        { ...at, recordId: definitionId },
      );
      continue;
    }
    const cell: CodedCell = { definitionId, factorId, value, note: (fields.note ?? '').trim(), line };
    firstLine.set(key, cell);
    cells.push(cell);
  }
  return cells;
}

function listed(ids: ReadonlySet<string>): string {
  return someNamed([...ids].sort(), 10);
}

/** Reads a coding file named on the command line; `label` is how diagnostics name it. */
export async function loadCodingFile(file: string, label: string, diagnostics: Diagnostics, options: CodingOptions = {}): Promise<CodedCell[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CodingFileError(file, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a CSV file' : (code ?? 'unreadable'));
  }
  return parseCoding(text, label, diagnostics, options);
}

/** A coding kept in the corpus folder (`coding.csv`, `reference-coding.csv`), or undefined when there is none. */
export async function loadCorpusCoding(
  corpusDir: string,
  name: string,
  diagnostics: Diagnostics,
  options: CodingOptions = {},
): Promise<CodedCell[] | undefined> {
  const text = await readOptional(corpusDir, name, diagnostics, 'coding');
  return text === undefined ? undefined : parseCoding(text, name, diagnostics, options);
}
