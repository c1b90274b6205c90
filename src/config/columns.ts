import type { Diagnostics } from '../core/diagnostics.js';
import { someNamed } from '../core/text.js';

/** How a config table names its columns and the codes of what is wrong with them. */
export interface TableColumns {
  /** The table, as messages name it: `codebook`. */
  readonly what: string;
  /** Every column the table reads, in the documented order. */
  readonly known: readonly string[];
  /** The columns it cannot do without (default: all of `known`). */
  readonly required?: readonly string[];
  readonly missingCode: string;
  readonly unknownCode: string;
}

/**
 * Checks a config table's header: a required column missing is an error and the table is not used
 * (false); a column the table does not read is a warning, and the rest is read.
 */
export function checkColumns(columns: readonly string[], table: TableColumns, file: string, diagnostics: Diagnostics): boolean {
  const expected = table.known.join(',');
  const missing = (table.required ?? table.known).filter((c) => !columns.includes(c));
  if (missing.length) {
    diagnostics.error(
      table.missingCode,
      `Expected the columns \`${expected}\` (${someNamed(missing, missing.length)} missing); found \`${columns.join(',')}\`, so the ${table.what} is not used`,
      { file, line: 1, expected },
    );
    return false;
  }
  const extra = columns.filter((c) => !table.known.includes(c));
  if (extra.length) diagnostics.warn(table.unknownCode, `Ignored column${extra.length > 1 ? 's' : ''} ${someNamed(extra, 20)}`, { file, line: 1, expected });
  return true;
}
