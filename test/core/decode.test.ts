import { describe, expect, it } from 'vitest';
import { decodeReported, decodeText } from '../../src/core/decode.js';
import { Diagnostics } from '../../src/core/diagnostics.js';
import { lines } from '../helpers.js';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeText', () => {
  it('reads UTF-8 as it is, and strips a BOM (the one place one is stripped)', () => {
    expect(decodeText(bytes('Zürich, ok'))).toEqual({ ok: true, text: 'Zürich, ok', encoding: 'UTF-8', bom: false, guessed: false });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'id,text'))).toEqual({ ok: true, text: 'id,text', encoding: 'UTF-8', bom: true, guessed: false });
  });

  it('decodes UTF-16 LE and BE after their byte-order mark', () => {
    const text = 'id,text\nz,Zürich ’quoted’';
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toMatchObject({
      ok: true,
      text,
      encoding: 'UTF-16 LE',
      bom: true,
    });
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({ ok: true, text, encoding: 'UTF-16 BE' });
  });

  it('refuses UTF-16 without a byte-order mark, and UTF-32, naming them', () => {
    expect(decodeText(Buffer.from('id,text\na,b\n', 'utf16le'))).toMatchObject({
      ok: false,
      problem: 'encoding',
      message: expect.stringContaining('looks like UTF-16 LE without a byte-order mark'),
    });
    expect(decodeText(Buffer.from('id,text\na,b\n', 'utf16le').swap16())).toMatchObject({ ok: false, message: expect.stringContaining('UTF-16 BE') });
    expect(decodeText(bytes([0xff, 0xfe, 0, 0], [0x41, 0, 0, 0]))).toMatchObject({ ok: false, message: expect.stringContaining('UTF-32') });
  });

  it('reads Windows-1252 when that is certain, and says so', () => {
    expect(decodeText(Buffer.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' ou '), 0x93, ...Buffer.from('quoted'), 0x94]))).toEqual({
      ok: true,
      text: 'Café ou “quoted”',
      encoding: 'Windows-1252',
      bom: false,
      guessed: true,
    });
  });

  it('refuses bytes that are neither: a mix with valid UTF-8, bytes 1252 leaves undefined', () => {
    expect(decodeText(bytes('Zürich ', [0xe9], '\n'))).toMatchObject({
      ok: false,
      problem: 'encoding',
      message: expect.stringContaining('byte 0xE9 on line 1, among valid UTF-8'),
    });
    expect(decodeText(bytes('a', [0x81], 'b'))).toMatchObject({ ok: false, problem: 'encoding', message: expect.stringContaining('byte 0x81') });
  });

  it('refuses binary data; removes a few stray NUL bytes, counting them', () => {
    expect(decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4, 5, 6, 7, 8]))).toMatchObject({ ok: false, problem: 'binary' });
    expect(decodeText(Buffer.alloc(100))).toMatchObject({ ok: false, problem: 'binary', message: expect.stringContaining('100 NUL bytes') });
    expect(decodeText(bytes('id,text\na,b', [0], 'c\n', 'x'.repeat(40)))).toMatchObject({
      ok: true,
      text: `id,text\na,bc\n${'x'.repeat(40)}`,
      nul: { count: 1, line: 2 },
    });
  });

  it('decodeReported names the stage in the code', () => {
    const d = new Diagnostics();
    expect(decodeReported(Buffer.alloc(64), 'thesaurus.csv', d, 'thesaurus')).toBeUndefined();
    expect(decodeReported(Buffer.from([0x43, 0x61, 0x66, 0xe9]), 'codebook.csv', d, 'codebook')).toBe('Café');
    expect(lines(d)).toEqual([
      'codebook.csv  warning  Expected UTF-8 text; read the file as Windows-1252 (Latin-1), which its bytes are: check its accented letters, and save it as UTF-8 to be sure  [codebook/encoding-guessed]',
      'thesaurus.csv  error  Expected a text file; found binary data (64 NUL bytes in 64); the file is skipped  [thesaurus/binary-file]',
    ]);
  });
});
