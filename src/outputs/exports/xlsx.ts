import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parse } from 'csv-parse/sync';

/** Workbook and zip-entry dates are fixed, so the same tables give the same bytes. */
const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

// A plain decimal number as the CSV writers print it: no leading zeros (ids like "007" stay text).
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?(e[-+]?\d+)?$/i;

/** Columns that name things (`definition_id`, `factor_id`, …): text even when every value looks like a number. */
const NAME_COLUMN = /(^|_)id$/;

/**
 * A cell that is a number as the CSV writers print numbers: finite, at most 15 significant digits
 * (what a spreadsheet keeps), and printed back the same way at its own precision. `1e5`, `1e400`
 * (Infinity) and a 20-digit id are not.
 */
function isPlainNumber(text: string): boolean {
  if (!NUMBER.test(text)) return false;
  const value = Number(text);
  if (!Number.isFinite(value)) return false;
  const [mantissa = '', exponent] = text.toLowerCase().split('e');
  if (mantissa.replace(/^-/, '').replace('.', '').replace(/^0+/, '').length > 15) return false;
  const decimals = (mantissa.split('.')[1] ?? '').length;
  // Exponents only as small p-values print (`1.23e-5`); `1e5` is more likely a name than 100000.
  if (exponent !== undefined) return decimals > 0 && exponent.startsWith('-') && value.toExponential(decimals) === text.toLowerCase();
  return value.toFixed(decimals) === text;
}

/** Excel's rules for sheet names: at most 31 characters, none of `[]:*?/\`, unique. */
export function sheetName(file: string, taken: ReadonlySet<string>): string {
  const base =
    file
      .replace(/\.csv$/i, '')
      .replace(/[[\]:*?/\\]/g, '_')
      .slice(0, 31) || 'sheet';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)}-${i}`;
  return name;
}

/**
 * A column is numeric when every non-empty cell is a plain number; its cells become numbers shown
 * with as many decimals as the CSV has. Text cells keep the CSV's formula neutralisation (`'=…`).
 */
function columnFormats(header: readonly string[], rows: readonly string[][]): (string | undefined)[] {
  return header.map((name, c) => {
    if (NAME_COLUMN.test(name)) return undefined;
    const cells = rows.map((r) => r[c] ?? '').filter((v) => v !== '');
    if (!cells.length || !cells.every(isPlainNumber)) return undefined;
    const decimals = Math.max(0, ...cells.map((v) => (/e/i.test(v) ? -1 : (v.split('.')[1] ?? '').length)));
    return decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
  });
}

/** One sheet per CSV table (file name → CSV text), header row bold and frozen, numbers as numbers. */
export async function xlsxFromCsv(tables: ReadonlyMap<string, string>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'citydefs';
  workbook.lastModifiedBy = 'citydefs';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const taken = new Set<string>();
  for (const [file, csv] of tables) {
    const [header = [], ...rows] = parse(csv, { bom: true, relax_column_count: true }) as string[][];
    const name = sheetName(file, taken);
    taken.add(name.toLowerCase());
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
    const formats = columnFormats(header, rows);
    sheet.addRow(header).font = { bold: true };
    for (const row of rows) sheet.addRow(header.map((_, c) => cellValue(row[c] ?? '', formats[c])));
    header.forEach((title, c) => {
      const column = sheet.getColumn(c + 1);
      if (formats[c]) column.numFmt = formats[c]!;
      const longest = Math.max(title.length, ...rows.slice(0, 500).map((r) => (r[c] ?? '').length));
      column.width = Math.min(60, Math.max(8, longest + 2));
    });
  }
  return fixZipDates(Buffer.from(await workbook.xlsx.writeBuffer()));
}

function cellValue(text: string, format: string | undefined): string | number | null {
  if (text === '') return null;
  return format ? Number(text) : text;
}

/** exceljs stamps every zip entry with the current time; rewrite them with a fixed one. */
async function fixZipDates(buffer: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const out = new JSZip();
  // Entry order as exceljs wrote it ([Content_Types].xml first), which is already deterministic.
  for (const name of Object.keys(zip.files)) {
    const entry = zip.files[name]!;
    if (entry.dir) continue;
    out.file(name, await entry.async('uint8array'), { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
