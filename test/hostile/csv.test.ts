import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/core/diagnostics.js';
import { readers } from '../../src/ingest/readers.js';
import { fixture, runCase, validCount, type CaseRun } from './harness.js';

// Malformed CSV files in the corpus, each beside a good file (3 definitions). `validate` reads and
// checks without the NLP stages; `analyze` where later stages could be slowed. Wall times noted are
// of one run on the two-core development machine, shared (load average 10); the table's cases took
// under 60 ms each. The slow project asserts the bounds (bounded.slow.test.ts).

interface CsvCase {
  readonly file: string;
  /** The codes expected on stderr (as a set; each at least once). */
  readonly codes: readonly string[];
  readonly exit: number;
  /** Valid records in all (the good file's 3 plus the hostile file's). */
  readonly valid: number;
  readonly check?: (run: CaseRun) => void;
}

const CASES: readonly CsvCase[] = [
  // Skipped at once, never re-parsed per line (it looped forever before).
  { file: 'csv-header-quote.csv', codes: ['ingest/csv-bad-header'], exit: 1, valid: 3 },
  { file: 'csv-ragged.csv', codes: ['ingest/csv-column-count'], exit: 1, valid: 5 },
  { file: 'csv-extra-columns.csv', codes: ['validate/unknown-column'], exit: 0, valid: 4 },
  { file: 'csv-missing-text-column.csv', codes: ['validate/missing-column'], exit: 1, valid: 3 },
  { file: 'csv-only-header.csv', codes: [], exit: 0, valid: 3 },
  { file: 'csv-empty.csv', codes: ['ingest/csv-no-header'], exit: 1, valid: 3 },
  {
    file: 'csv-nul-bytes.csv',
    codes: ['ingest/nul-bytes'],
    exit: 0,
    valid: 4,
    check: (run) => expect(run.stderr).toContain('Expected text without NUL bytes; removed 2 (the first on line 2)'),
  },
  { file: 'csv-nul-heavy.csv', codes: ['ingest/binary-file'], exit: 1, valid: 3 },
  { file: 'csv-utf16le-bom.csv', codes: [], exit: 0, valid: 4 },
  { file: 'csv-utf16be-bom.csv', codes: [], exit: 0, valid: 4 },
  {
    file: 'csv-utf16le-no-bom.csv',
    codes: ['ingest/encoding-unsupported'],
    exit: 1,
    valid: 3,
    check: (run) => expect(run.stderr).toContain('looks like UTF-16 LE without a byte-order mark'),
  },
  { file: 'csv-utf32.csv', codes: ['ingest/encoding-unsupported'], exit: 1, valid: 3, check: (run) => expect(run.stderr).toContain('UTF-32') },
  {
    file: 'csv-latin1.csv',
    codes: ['ingest/encoding-guessed'],
    exit: 0,
    valid: 4,
    check: (run) => expect(run.stderr).toContain('read the file as Windows-1252 (Latin-1)'),
  },
  {
    file: 'csv-invalid-utf8.csv',
    codes: ['ingest/encoding-unsupported'],
    exit: 1,
    valid: 3,
    check: (run) => expect(run.stderr).toContain('the bytes are not UTF-8 (byte 0xE9 on line 3, among valid UTF-8)'),
  },
  { file: 'csv-cr-only.csv', codes: [], exit: 0, valid: 5 },
  { file: 'csv-bom-crlf.csv', codes: [], exit: 0, valid: 4 },
  { file: 'csv-bare-quote.csv', codes: ['ingest/csv-invalid-quote'], exit: 1, valid: 5 },
  { file: 'csv-quote-open-to-end.csv', codes: ['ingest/csv-quote-not-closed'], exit: 1, valid: 5 },
  { file: 'csv-duplicate-header.csv', codes: ['ingest/csv-bad-header'], exit: 1, valid: 3 },
  {
    file: 'csv-proto-columns.csv',
    codes: ['validate/unknown-column'],
    exit: 0,
    valid: 4,
    check: (run) => {
      expect(run.stderr).toContain('Ignored columns `__proto__`, `constructor`, `prototype`');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  },
];

describe('malformed CSV in the corpus', () => {
  for (const c of CASES) {
    it(`${c.file}: ${c.codes.join(', ') || 'read cleanly'}, exit ${c.exit}`, async () => {
      const run = await runCase({ files: { [`corpus/${c.file}`]: fixture(c.file) } }, ['validate']);
      expect(new Set(run.codes)).toEqual(new Set(c.codes));
      expect(run.code).toBe(c.exit);
      expect(validCount(run)).toBe(c.valid);
      c.check?.(run);
    });
  }

  it('decodes UTF-16 and Windows-1252 to the characters written, typographic quotes included', async () => {
    const read = async (name: string) => (await readers['.csv']!(fixture(name), name, new Diagnostics(), {}))![0]!.fields.text;
    expect(await read('csv-utf16le-bom.csv')).toBe('A smart city in Zürich is a city that uses ICT for citizens’ well-being.');
    expect(await read('csv-utf16be-bom.csv')).toBe('A smart city in Zürich is a city that uses ICT for citizens’ well-being.');
    expect(await read('csv-latin1.csv')).toBe('A smart city in Málaga is a city that uses ICT for its citizens’ well-being, façade to façade.');
  });

  // analyze, 20 kB of random bytes named .csv: 0.95 s, the NLP model's load included (past 2 minutes before).
  it('csv-random-bytes.csv: refused as binary at once; analyze goes on with the good file', async () => {
    const run = await runCase({ files: { 'corpus/random.csv': fixture('csv-random-bytes.csv') } }, ['analyze']);
    expect(run.codes).toEqual(['ingest/binary-file']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Analysed 3 of 3 records');
  });

  // analyze, 3,000 broken quotes: 0.2 s; reading stops after 50.
  it('csv-broken-quotes.csv: reports the first 50 broken quotes, then stops reading the file', async () => {
    const run = await runCase({ files: { 'corpus/broken.csv': fixture('csv-broken-quotes.csv') } }, ['analyze']);
    expect(new Set(run.codes)).toEqual(new Set(['ingest/csv-invalid-quote', 'ingest/csv-too-many-errors']));
    expect(run.codes.length).toBeLessThanOrEqual(52);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Analysed 3 of 3 records');
  });

  // The 5 MB field and the row of 20,000 columns are read in csv-huge.slow.test.ts: some 4 s of the fast project's
  // minute on two cores (the 5 MB field's time bound is in bounded.slow.test.ts).
});
