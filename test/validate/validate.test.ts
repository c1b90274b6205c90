import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config/schema.js';
import { Diagnostics } from '../../src/core/diagnostics.js';
import type { SourceRecord } from '../../src/model/index.js';
import { shingles, shingleSimilarity } from '../../src/validate/duplicates.js';
import { validate } from '../../src/validate/index.js';
import { lines } from '../helpers.js';

const config = ConfigSchema.parse({});
let nextLine = 2;
const rec = (fields: Record<string, string>): SourceRecord => ({
  origin: { file: 'd.csv', line: nextLine++ },
  fields: { sector: 'academic', kind: 'definition', text: 'A city that uses data.', ...fields },
});

describe('validate', () => {
  it('reports every bad field with file, line, field and value, and skips the record', () => {
    nextLine = 2;
    const d = new Diagnostics();
    const out = validate([rec({ id: 'ok' }), rec({ id: 'bad', sector: 'media', year: '19x5', text: '  ' }), rec({ id: 'ok' })], config, d);
    expect(out.valid.map((x) => x.id)).toEqual(['ok']);
    expect(lines(d)).toEqual([
      'd.csv:3 [sector]  error  Expected a sector, one of academic, private, government, ngo; found `media` (record `bad`)  [validate/invalid-sector]',
      'd.csv:3 [text]  error  Expected the definition `text`, not an empty cell (record `bad`)  [validate/invalid-text]',
      'd.csv:3 [year]  error  Expected a four-digit year (1800–2100) or nothing; found `19x5` (record `bad`)  [validate/invalid-year]',
      'd.csv:4 [id]  error  Expected a unique id; `ok` is already used at d.csv:2 (record `ok`)  [validate/duplicate-id]',
    ]);
    expect(d.list().find((x) => x.field === 'year')?.actual).toBe('19x5');
  });

  it('skips a CSV file whose header lacks a required column', () => {
    const d = new Diagnostics();
    const out = validate([{ origin: { file: 'x.csv', line: 2 }, fields: { id: 'a', sector: 'ngo' } }], config, d);
    expect(out.valid).toEqual([]);
    expect(lines(d)).toEqual(['x.csv:1  error  Expected column `text` in the header; the file is skipped  [validate/missing-column]']);
  });

  it('excludes other kinds from the analysis, saying why', () => {
    nextLine = 2;
    const out = validate([rec({ id: 'a' }), rec({ id: 'g', kind: 'goal', text: 'Different words entirely here.' })], config, new Diagnostics());
    expect(out.analysed.map((x) => x.id)).toEqual(['a']);
    expect(out.exclusions).toEqual([{ id: 'g', reason: 'kind', detail: 'kind `goal` is not analysed (config `kinds`)' }]);
  });
});

describe('extract: duplicates', () => {
  const long = 'A smart city uses information and communication technologies to improve the quality of life of its citizens and the efficiency of services';

  it('compares content words only, and needs five shared shingles', () => {
    const d = new Diagnostics();
    nextLine = 2;
    const out = validate(
      [
        rec({ id: 'x', text: 'A city that protects the environment and saves energy.' }),
        rec({ id: 'y', text: 'A city that protects the environment for future generations.' }),
      ],
      config,
      d,
    );
    expect(out.duplicates).toEqual([]);
  });

  it('measures shared shingles over the longer text', () => {
    const a = shingles(['a', 'b', 'c', 'd'], 2); // ab bc cd
    const b = shingles(['a', 'b', 'c', 'x', 'y'], 2); // ab bc cx xy
    expect(shingleSimilarity(a, b)).toBe(2 / 4);
    expect(shingleSimilarity(b, a)).toBe(2 / 4);
  });

  // By hand: without function words and "smart"/"city", the original has 10 words (9 word pairs);
  // the quote adds "one report puts" in front: 13 words, 12 pairs, 9 of them shared: 9 / 12 = 0.75.
  it('counts a near-duplicate once, keeping the earliest source, and says why', () => {
    nextLine = 2;
    const d = new Diagnostics();
    const out = validate(
      [
        rec({ id: 'quote', year: '2015', text: `As one report puts it, ${long}.` }),
        rec({ id: 'original', year: '2009', text: `${long}.` }),
        rec({ id: 'other', text: 'A sustainable city is designed with environmental concerns in mind.' }),
      ],
      config,
      d,
    );
    expect(out.analysed.map((x) => x.id)).toEqual(['original', 'other']);
    expect(out.duplicates).toEqual([
      {
        keptId: 'original',
        why: 'earliest year, 2009',
        members: [
          { id: 'quote', exact: false, similarity: 0.75 },
          { id: 'original', exact: true, similarity: 1 },
        ],
      },
    ]);
    expect(out.exclusions[0]).toMatchObject({ id: 'quote', reason: 'duplicate', keptId: 'original' });
    expect(lines(d)[0]).toContain('Same definition in 2 records, counted once: kept `original` (earliest year, 2009); `quote` similarity 0.75');
  });

  it('keeps every copy when duplicates.merge is off', () => {
    nextLine = 2;
    const out = validate([rec({ id: 'a', text: long }), rec({ id: 'b', text: long })], ConfigSchema.parse({ duplicates: { merge: false } }), new Diagnostics());
    expect(out.analysed.map((x) => x.id)).toEqual(['a', 'b']);
    expect(out.duplicates).toHaveLength(1);
  });
});
