import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/core/csv.js';
import { decodeText } from '../../src/core/decode.js';
import { Diagnostics } from '../../src/core/diagnostics.js';
import { lines } from '../helpers.js';

describe('readCsv', () => {
  it('gives each record the line it starts on, across quoted multi-line fields and blank lines', () => {
    const d = new Diagnostics();
    const rows = readCsv('id,text\na,"two\nlines"\n\nb,one\n', 'x.csv', d);
    expect(rows).toEqual([
      { line: 2, fields: { id: 'a', text: 'two\nlines' } },
      { line: 5, fields: { id: 'b', text: 'one' } },
    ]);
    expect(lines(d)).toEqual([]);
  });

  it('reads CRLF files (decoded first: decodeText drops the BOM)', () => {
    const decoded = decodeText(Buffer.from('\uFEFFid,text\r\na,x\r\nb,y\r\n'));
    const rows = readCsv(decoded.ok ? decoded.text : '', 'x.csv', new Diagnostics());
    expect(Object.keys(rows[0]!.fields)).toEqual(['id', 'text']);
    expect(rows.map((r) => [r.line, r.fields.id])).toEqual([
      [2, 'a'],
      [3, 'b'],
    ]);
  });

  it('reports a row with the wrong number of fields and keeps the others', () => {
    const d = new Diagnostics();
    const rows = readCsv('id,text\na,x,extra\nb,y\n', 'x.csv', d);
    expect(rows.map((r) => [r.line, r.fields.id])).toEqual([[3, 'b']]);
    expect(lines(d)).toEqual(['x.csv:2  error  Expected as many fields as the header has columns: columns length is 2, got 3  [ingest/csv-column-count]']);
  });

  it('after an unclosed quote, reports the line it opened on and reads the rows after it', () => {
    const d = new Diagnostics();
    const rows = readCsv('id,text\na,x\nb,"never closed\nc,z\nd,"fine, quoted"\n', 'x.csv', d);
    expect(rows.map((r) => [r.line, r.fields.id])).toEqual([
      [2, 'a'],
      [4, 'c'],
      [5, 'd'],
    ]);
    expect(lines(d)).toEqual([
      'x.csv:3  error  Expected the quote opened in this record to close before the next field; the record is skipped  [ingest/csv-invalid-quote]',
    ]);
  });

  it('reports a quote that is still open at the end of the file', () => {
    const d = new Diagnostics();
    const rows = readCsv('id,text\na,x\nb,"open to the end\nc,z\n', 'x.csv', d);
    expect(rows.map((r) => [r.line, r.fields.id])).toEqual([
      [2, 'a'],
      [4, 'c'],
    ]);
    expect(lines(d)).toEqual([
      'x.csv:3  error  Expected the quote opened in this record to close before the next field; the record is skipped  [ingest/csv-quote-not-closed]',
    ]);
  });

  it('reports a bare quote inside an unquoted field', () => {
    const d = new Diagnostics();
    const rows = readCsv('id,text\na,x\nb,bare "quote" here\nc,z\n', 'x.csv', d);
    expect(rows.map((r) => r.fields.id)).toEqual(['a', 'c']);
    expect(lines(d)[0]).toMatch(/^x\.csv:3 {2}error {2}Expected a quote only at the start of a field/);
  });

  it('reports a file without a header', () => {
    const d = new Diagnostics();
    expect(readCsv('\na,b\n', 'x.csv', d)).toEqual([]);
    expect(lines(d)[0]).toContain('x.csv:1  error  Expected a header row');
  });
});

describe('readCsv on hostile input', () => {
  it('skips a file whose header has a quote that never closes, at once', () => {
    const d = new Diagnostics();
    expect(readCsv('id,"text\na,x\nb,y\n', 'x.csv', d)).toEqual([]);
    expect(lines(d)).toEqual([
      'x.csv:1  error  Expected a header row of column names; the first line has a quote that does not close on the line, so the file is skipped  [ingest/csv-bad-header]',
    ]);
  });

  it('gives up on a file of many broken quotes in linear time', () => {
    const d = new Diagnostics();
    const text = 'id,text\n' + Array.from({ length: 5000 }, (_, i) => `${i},"broken`).join('\n');
    readCsv(text, 'x.csv', d);
    expect(d.list().at(-1)?.code).toBe('ingest/csv-too-many-errors');
  });
});
