import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { xlsxFromCsv } from '../../src/outputs/exports/xlsx.js';
import { toCsv } from '../../src/outputs/format.js';
import { fixture, runCase } from './harness.js';

// What a corpus says never runs in a spreadsheet: formula prefixes (= + - @, tab, CR) are made
// text in every CSV output and in the workbook, numbers stay numbers, and ids that look like
// numbers stay the ids they are.
//
// `--out` and `export --out` never replace what citydefs did not write: the corpus, a folder of the
// user's notes, the project, `/`: test/outputs/out-folder.test.ts covers each case.
// Wall times (one run, shared two-core machine): 0.8 s (analyze), 0.4 s each (export).

const PREFIX = /^[=+\-@\t\r]/;

/** Every cell of every CSV output that starts like a formula, unless it is a number. */
function liveCells(csv: string): string[] {
  // The outputs quote cells with a line break; a simple split is enough for a first-character check.
  return csv
    .split('\n')
    .flatMap((line) => line.split(','))
    .map((cell) => cell.replace(/^"/, ''))
    .filter((cell) => PREFIX.test(cell) && !/^[-+]?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(cell));
}

async function sheets(file: string): Promise<Map<string, ExcelJS.Worksheet>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return new Map(workbook.worksheets.map((s) => [s.name, s]));
}

describe('formula prefixes and numeric-looking ids in the outputs', () => {
  it('CSV outputs: every formula-like text cell is neutralised, numbers stay numbers', async () => {
    const run = await runCase({ files: { 'corpus/formulas.csv': fixture('csv-formula-cells.csv') } }, ['analyze']);
    expect(run.code).toBe(0);
    const out = path.join(run.dir, 'output');
    const definitions = readFileSync(path.join(out, 'records.csv'), 'utf8');
    expect(definitions).toContain(`f1,academic,,smart city,definition,"'=HYPERLINK(""http://evil.example"")",2015`);
    expect(definitions).toContain("f2,private,,smart city,definition,'@SUM(A1),2016");
    // Validation trims fields, so a leading tab or CR never reaches an output from the corpus; toCsv handles them anyway (below).
    expect(definitions).toContain('f3,government,,smart city,definition,Tabbed,2017');
    for (const name of [
      'records.csv',
      'terms.csv',
      'definition-terms.csv',
      'factors.csv',
      'definition-factors.csv',
      'sector-factors.csv',
      'definition-matrix.csv',
      'cooccurrence.csv',
    ]) {
      expect(liveCells(readFileSync(path.join(out, name), 'utf8')), name).toEqual([]);
    }
  });

  it('XLSX: no formula anywhere, text cells neutralised, numbers numeric', async () => {
    const run = await runCase({ files: { 'corpus/formulas.csv': fixture('csv-formula-cells.csv') } }, ['export', '--format', 'xlsx']);
    expect(run.code).toBe(0);
    const file = path.join(run.dir, 'exports', 'citydefs.xlsx');
    const zip = await JSZip.loadAsync(readFileSync(file));
    for (const name of Object.keys(zip.files).filter((n) => n.startsWith('xl/worksheets/'))) {
      expect(await zip.files[name]!.async('string'), name).not.toMatch(/<f[ >]/);
    }
    const definitions = (await sheets(file)).get('records')!;
    const author = definitions.getRow(1).values as unknown[];
    const authorColumn = author.indexOf('author');
    const yearColumn = author.indexOf('year');
    const authors: unknown[] = [];
    definitions.eachRow((row, n) => {
      if (n === 1) return;
      authors.push(row.getCell(authorColumn).value);
      expect(typeof row.getCell(yearColumn).value, `year on row ${n}`).toBe('number');
    });
    expect(authors).toEqual(expect.arrayContaining([`'=HYPERLINK("http://evil.example")`, "'@SUM(A1)", 'Tabbed', 'Plain']));
  });

  it('toCsv and the workbook: every prefix (= + - @ tab CR) made text, numbers (-12.5, +3, 1e-5) left numbers', async () => {
    const cells = ['=1+1', '+cmd', '-cmd', '@SUM(A1)', '\tx', '\rx', '-12.5', '+3', '1.5e-5', 'plain'];
    const csv = toCsv(
      ['value'],
      cells.map((c) => [c]),
    );
    expect((parse(csv, { columns: true }) as { value: string }[]).map((r) => r.value)).toEqual([
      "'=1+1",
      "'+cmd",
      "'-cmd",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      '-12.5',
      '+3',
      '1.5e-5',
      'plain',
    ]);
    const numbers = toCsv(['n'], [['-12.5'], ['3'], ['0.25']]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await xlsxFromCsv(
        new Map([
          ['text.csv', csv],
          ['numbers.csv', numbers],
        ]),
      )) as unknown as ArrayBuffer,
    );
    const text = workbook.getWorksheet('text')!;
    expect(text.getCell('A2').value).toBe("'=1+1");
    expect(text.getCell('A6').value).toBe("'\tx");
    expect(workbook.getWorksheet('numbers')!.getCell('A2').value).toBe(-12.5);
  });

  it('XLSX: ids that look like numbers (1e5, 1.10, 20 digits, Infinity, 007, 1e400) stay text; the file opens', async () => {
    const run = await runCase({ files: { 'corpus/ids.csv': fixture('csv-numeric-ids.csv') } }, ['export', '--format', 'xlsx']);
    expect(run.codes).toEqual([]);
    expect(run.code).toBe(0);
    const definitions = (await sheets(path.join(run.dir, 'exports', 'citydefs.xlsx'))).get('records')!;
    const ids: unknown[] = [];
    definitions.eachRow((row, n) => {
      if (n > 1) ids.push(row.getCell(1).value);
    });
    expect(ids.sort()).toEqual(['007', '1.10', '12345678901234567890', '1e400', '1e5', 'Infinity', 'g1', 'g2', 'g3'].sort());
  });
});
