import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextStream, whole } from '../../src/outputs/content.js';
import { csvCell, csvCells, csvLine, csvLineStream, csvStream, safeText, toCsv, type Cell } from '../../src/outputs/format.js';

// The CSV writer is ours (csv-stringify cost about a microsecond a cell, most of a 20,000-definition
// run's table writing); its bytes must stay those csv-stringify wrote with our formula-safe cast.
function viaCsvStringify(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const body = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? safeText(cell) : cell === undefined ? '' : String(cell))));
  return stringify([header.map(safeText), ...body], { record_delimiter: '\n' });
}

// Text with every character the quoting and the formula guard look at, often at the start.
const tricky = fc
  .array(fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', '\t', '=', '+', '-', '@', "'", '1', '.', 'e', 'é', '😀', ';'), { maxLength: 8 })
  .map((c) => c.join(''));
const cell: fc.Arbitrary<Cell> = fc.oneof(tricky, fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.constant(undefined));

describe('CSV writer', () => {
  it('writes the bytes csv-stringify wrote, header and cells made formula-safe', () => {
    fc.assert(
      fc.property(
        fc.array(tricky, { minLength: 1, maxLength: 5 }),
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 20 }),
        (header, rows) => {
          expect(toCsv(header, rows)).toBe(viaCsvStringify(header, rows));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('streams the same bytes in pieces, only as the writer pulls them', () => {
    let made = 0;
    const rows = () =>
      (function* () {
        for (let i = 0; i < 20_000; i++) {
          made++;
          yield [`row ${i}`, i, i % 3 ? undefined : '=1+1, "quoted"'];
        }
      })();
    const stream = csvStream(['name', 'n', 'note'], rows);
    expect(made).toBe(0);
    const pieces = [...stream.pieces()];
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(toCsv(['name', 'n', 'note'], [...rows()]));
    expect(whole(stream)).toBe(pieces.join(''));
    expect(whole('text')).toBe('text');
    expect(new TextStream(() => []).text()).toBe('');
  });
});

// The large tables (kwic.csv, definition-terms.csv, …) build their lines from cells escaped once
// (`csvCell`, `csvCells`) instead of `csvLine` per row: the bytes must be the same.
describe('CSV lines built from cells escaped once', () => {
  it('join to what csvLine writes, and a memoised cell is the same cell', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 8 }), (cells) => {
        expect(`${cells.map(csvCell).join(',')}\n`).toBe(csvLine(cells));
        const memo = csvCells(cells, (c) => c);
        for (let i = cells.length - 1; i >= 0; i--) expect([memo(i), memo(i)]).toEqual([csvCell(cells[i]), csvCell(cells[i])]);
      }),
      { numRuns: 500 },
    );
  });

  it('stream as csvStream does', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 20 }), (rows) => {
        const lines = () => rows.map((row) => `${row.map(csvCell).join(',')}\n`);
        expect(whole(csvLineStream(['a', 'b'], lines))).toEqual(whole(csvStream(['a', 'b'], () => rows)));
      }),
      { numRuns: 100 },
    );
  });
});
