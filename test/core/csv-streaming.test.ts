import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvStreaming, readCsvTable } from '../../src/core/csv.js';
import { decodeText } from '../../src/core/decode.js';
import { Diagnostics } from '../../src/core/diagnostics.js';

/** The bytes in pieces cut at the given positions (anywhere: inside a character, between `\r` and `\n`). */
async function* piecesOf(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  for (const to of [...at, bytes.length]) {
    yield bytes.subarray(from, to);
    from = to;
  }
}

/** What the whole-file reading gives: decoded as `ingest` decodes, then `readCsvTable`; with what it reports. */
function wholeFile(bytes: Uint8Array) {
  const decoded = decodeText(bytes);
  if (!decoded.ok || decoded.guessed || decoded.nul) return { clean: false } as const;
  const diagnostics = new Diagnostics();
  const table = readCsvTable(decoded.text, 'x.csv', diagnostics);
  return { clean: diagnostics.list().length === 0, table } as const;
}

// Characters that matter to decoding, line counting and CSV parsing, often together.
const char = fc.constantFrom('a', 'b', 'é', '€', '😀', ' ', '\t', ',', '"', '\n', '\r', '\r\n', '\u00a0', '\u2028', '\x0c', '\x01', '\0');
const messy = fc.array(char, { maxLength: 80 }).map((c) => c.join(''));
// Well-formed CSV: fields quoted when they need it, so most files are clean and take the streaming path.
const field = fc.array(fc.constantFrom('a', 'é', '😀', ' ', ',', '"', '\n', '\r\n', 'x'), { maxLength: 6 }).map((c) => c.join(''));
const quoted = (f: string) => (/[",\n\r]/.test(f) || f.trim() !== f ? `"${f.replaceAll('"', '""')}"` : f);
const wellFormedOf = (minWidth: number) =>
  fc
    .tuple(
      fc.integer({ min: minWidth, max: 4 }),
      fc.array(fc.array(field, { minLength: 4, maxLength: 4 }), { maxLength: 12 }),
      fc.constantFrom('\n', '\r\n', '\r'),
      fc.boolean(),
      fc.array(fc.nat(12), { maxLength: 3 }),
      fc.boolean(),
    )
    .map(([width, rows, eol, bom, blankAfter, finalEol]) => {
      const header = ['id', 'text', 'x', 'y'].slice(0, width).join(',');
      const lines = [header, ...rows.map((r) => r.slice(0, width).map(quoted).join(','))];
      for (const b of blankAfter) if (b < lines.length) lines.splice(b + 1, 0, '');
      return (bom ? '\uFEFF' : '') + lines.join(eol) + (finalEol ? eol : '');
    });
const wellFormed = wellFormedOf(1);

describe('readCsvStreaming', () => {
  it('gives the rows and lines of the whole-file reading, or hands a file that has anything to report back to it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(wellFormed, messy), fc.array(fc.nat(), { maxLength: 6 }), async (text, cuts) => {
        const bytes = Buffer.from(text, 'utf8');
        const expected = wholeFile(bytes);
        const streamed = await readCsvStreaming(piecesOf(bytes, cuts), 'x.csv');
        if (streamed === undefined) return;
        expect(expected.clean).toBe(true);
        expect(streamed).toEqual(expected.table);
      }),
      { numRuns: 300 },
    );
  });

  it('reads well-formed files of two columns or more itself, whatever the line ends and however the bytes are cut', async () => {
    await fc.assert(
      fc.asyncProperty(wellFormedOf(2), fc.array(fc.nat(), { maxLength: 6 }), async (text, cuts) => {
        const bytes = Buffer.from(text, 'utf8');
        expect(await readCsvStreaming(piecesOf(bytes, cuts), 'x.csv')).toEqual(wholeFile(bytes).table);
      }),
      { numRuns: 300 },
    );
  });

  it('reads the bytes as the decoded text wherever two cuts fall: a byte order mark, a character or `\\r\\n` cut', async () => {
    const text = '\uFEFFid,text\r\n\r\ne1,"caf\u00e9 \u20ac\r\n\u{1F600}"\r\r\n\ne2,"\u00a0x\r\u20ac"\r';
    const bytes = Buffer.from(text, 'utf8');
    const expected = wholeFile(bytes).table;
    expect(expected?.rows.map((r) => r.line)).toEqual([3, 7]);
    for (let a = 0; a <= bytes.length; a++)
      for (let b = a; b <= bytes.length; b++) expect(await readCsvStreaming(piecesOf(bytes, [a, b]), 'x.csv')).toEqual(expected);
    // An empty piece between a \r and its \n.
    const pieces = async function* () {
      for (const piece of ['id,text\r', '', '\na,x\r', '', '\n']) yield Buffer.from(piece);
    };
    expect(await readCsvStreaming(pieces(), 'x.csv')).toEqual({ columns: ['id', 'text'], rows: [{ line: 2, fields: { id: 'a', text: 'x' } }] });
  });

  it('hands back files in another encoding, with control bytes, or with a broken record', async () => {
    const back = async (bytes: Uint8Array) => readCsvStreaming(piecesOf(bytes, [3]), 'x.csv');
    expect(await back(Buffer.from('id,text\na,caf\xe9\n', 'latin1'))).toBeUndefined();
    expect(await back(Buffer.from('id,text\na,x\0y\n'))).toBeUndefined();
    expect(await back(Buffer.from('\xff\xfei\0d\0', 'latin1'))).toBeUndefined();
    expect(await back(Buffer.from('id,text\na,"open\nb,y\n'))).toBeUndefined();
    expect(await back(Buffer.from('id,text\na,x,extra\n'))).toBeUndefined();
    expect(await back(Buffer.from('id,id\na,x\n'))).toBeUndefined();
    expect(await back(Buffer.from('id,text\r\na,"two\r\nlines"\r\n\r\nb,y'))).toEqual({
      columns: ['id', 'text'],
      rows: [
        { line: 2, fields: { id: 'a', text: 'two\nlines' } },
        { line: 5, fields: { id: 'b', text: 'y' } },
      ],
    });
  });
});
