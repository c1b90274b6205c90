import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/core/codes.js';
import { readCsv } from '../../src/core/csv.js';
import { decodeText } from '../../src/core/decode.js';
import { Diagnostics } from '../../src/core/diagnostics.js';
import { readers } from '../../src/ingest/readers.js';
import { MINE_METHODS, mineBy } from '../../src/mine/method.js';
import { textTokenizer } from '../../src/tokenize/index.js';
import { readTokens } from '../../src/tokenize/nlp.js';
import { cli, HEADER, tempCorpus } from '../helpers.js';

// Property tests with fast-check. `npm test` runs a short pass; `npm run fuzz` a long one
// (CITYDEFS_FUZZ_RUNS, default 2000 there). Linear time is measured in fuzz-linear.slow.test.ts.
const RUNS = Number(process.env.CITYDEFS_FUZZ_RUNS ?? 40);
const few = (n: number) => Math.max(1, Math.round((RUNS * n) / 40));

/** Text made of what breaks readers: quotes, separators, line ends, brackets, BOMs, NULs, words. */
const hostileText = fc
  .array(
    fc.constantFrom(
      '"',
      ',',
      '\n',
      '\r',
      '\r\n',
      '{',
      '}',
      '[',
      ']',
      ':',
      '---',
      '\uFEFF',
      '\0',
      '\\',
      'id',
      'sector',
      'text',
      'ngo',
      ' ',
      'smart city',
      '\u00e9',
      '\ud83c\udfd9',
    ),
    { maxLength: 200 },
  )
  .map((parts) => parts.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  hostileText,
  hostileText.map((t) => `${HEADER}\n${t}`),
);
const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  anyText.map((t) => new TextEncoder().encode(t)),
);

function registered(diagnostics: Diagnostics): void {
  for (const d of diagnostics.list()) expect(CODES[d.code], d.code).toBeDefined();
}

describe('readers never throw past the diagnostics layer', () => {
  for (const ext of ['.csv', '.json', '.jsonl', '.txt', '.md']) {
    it(`${ext}: arbitrary bytes give records or diagnostics, never an exception`, async () => {
      await fc.assert(
        fc.asyncProperty(anyBytes, async (bytes) => {
          const diagnostics = new Diagnostics();
          const records = await readers[ext]!(Buffer.from(bytes), `x${ext}`, diagnostics, {});
          registered(diagnostics);
          for (const r of records ?? []) for (const value of Object.values(r.fields)) expect(typeof value).toBe('string');
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('readCsv: arbitrary text gives rows in line order and registered codes', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('ingest', 'thesaurus', 'codebook') as fc.Arbitrary<'ingest' | 'thesaurus' | 'codebook'>, (text, stage) => {
        const diagnostics = new Diagnostics();
        const rows = readCsv(text, 'x.csv', diagnostics, stage);
        const lines = rows.map((r) => r.line);
        expect(lines).toEqual([...lines].sort((a, b) => a - b));
        for (const line of lines) expect(line).toBeGreaterThanOrEqual(2);
        registered(diagnostics);
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('decodeText: any bytes decode or are refused with a reason; UTF-8 text is read as it is', () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const decoded = decodeText(bytes);
        if (!decoded.ok) expect(decoded.message).toMatch(/^Expected/);
        else expect(decoded.text.includes('\0')).toBe(false);
      }),
      { numRuns: RUNS * 5 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const decoded = decodeText(new TextEncoder().encode(text));
        // Text of control characters is binary; anything else is itself.
        if (decoded.ok) expect(decoded.text).toBe(text.replace(/^\uFEFF/, '').replace(/\0/g, ''));
      }),
      { numRuns: RUNS * 5 },
    );
  });
});

describe('the tokenizer', () => {
  it('never throws on arbitrary strings; offsets stay inside the text, in order', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), hostileText), (text) => {
        let previous = 0;
        for (const token of readTokens(text)) {
          expect(token.start).toBeGreaterThanOrEqual(previous);
          expect(token.end).toBeGreaterThanOrEqual(token.start);
          expect(token.end).toBeLessThanOrEqual(text.length);
          previous = token.start;
        }
      }),
      { numRuns: RUNS },
    );
  });

  const WORDS = [
    'smart',
    'city',
    'citizens',
    'data',
    'ICT',
    'sustainable',
    'quality',
    'of',
    'life',
    'governance',
    'uses',
    'improve',
    'services',
    'the',
    'and',
    'well-being',
    'e-government',
    'mobility',
    'Internet',
    'things',
    'a',
    'is',
    '.',
    ',',
  ];
  const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 30 }).map((w) => w.join(' '));
  const options = {
    thesaurus: [{ label: 'icts', replaceBy: 'ict', line: 2 }],
    stopwords: ['smart', 'city', 'cities'],
    maxWords: 4,
    cues: ['use', 'improve'],
    cueWindow: 8,
    rules: [],
  };

  it("adding a definition never changes another definition's terms", () => {
    fc.assert(
      fc.property(sentence, fc.array(sentence, { maxLength: 5 }), (text, others) => {
        const alone = textTokenizer(options)(text);
        // The same tokenizer after other texts (its caches warm): the same findings.
        const shared = textTokenizer(options);
        for (const other of others) shared(other);
        expect(shared(text)).toEqual(alone);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the miner', () => {
  for (const method of MINE_METHODS) {
    it(`${method}: never throws on arbitrary pages; every candidate is a clause of a sentence of them, on a page that exists`, () => {
      const page = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 300 }),
        hostileText,
        fc.constant('A smart city is a city that uses ICT-\nbased services. We define a smart city as one that listens.'),
      );
      fc.assert(
        fc.property(fc.array(page, { maxLength: 5 }), (pages) => {
          for (const c of mineBy(method, pages)) {
            expect(c.page).toBeGreaterThanOrEqual(1);
            expect(c.page).toBeLessThanOrEqual(pages.length);
            expect(c.score).toBeGreaterThanOrEqual(0);
            expect(c.score).toBeLessThanOrEqual(1);
            expect(c.sentence).toContain(c.clause);
          }
        }),
        { numRuns: RUNS },
      );
    });
  }
});

describe('record order', () => {
  // Factor columns (factor_id, factor_fit, factor_lift) are left out: the clustering is being
  // rewritten, and its order-invariance is its own test.
  const FACTOR_COLUMNS = new Set(['factor_id', 'factor_fit', 'factor_lift']);
  const rowsOf = (csv: string) => {
    const [header = '', ...rows] = csv.trimEnd().split('\n');
    const keep = header.split(',').map((c) => !FACTOR_COLUMNS.has(c));
    return rows
      .map((r) =>
        r
          .split(',')
          .filter((_, i) => keep[i] ?? true)
          .join(','),
      )
      .sort();
  };
  const SENTENCES = [
    'A smart city uses ICT to improve the quality of life of its citizens.',
    'A smart city is a city where data and sensors make public services efficient.',
    'Smart cities involve citizens in governance through digital platforms.',
    'A sustainable city uses technology to protect the environment and the quality of life.',
    'A smart city invests in human capital, mobility and ICT infrastructure for sustainable growth.',
    'Smart cities use the Internet of Things to make services efficient for citizens.',
  ];

  it('does not change the rows of terms.csv and definition-terms.csv', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(
          SENTENCES.map((s, i) => `r${i},${['academic', 'private', 'government', 'ngo'][i % 4]},,smart city,definition,A${i},${2010 + i},,,"${s}"`),
          { minLength: 4 },
        ),
        fc.context(),
        async (rows, ctx) => {
          const sorted = [...rows].sort();
          const outputs = await Promise.all(
            [rows, sorted].map(async (order) => {
              const dir = tempCorpus({ 'corpus/definitions.csv': `${HEADER}\n${order.join('\n')}\n` });
              const out = path.join(mkdtempSync(path.join(tmpdir(), 'citydefs-order-')), 'out');
              expect((await cli(['analyze', '--no-png', '--out', out, '--quiet'], dir)).code).toBe(0);
              return ['terms.csv', 'definition-terms.csv'].map((f) => rowsOf(readFileSync(path.join(out, f), 'utf8')));
            }),
          );
          ctx.log(rows.map((r) => r.split(',')[0]).join(' '));
          expect(outputs[0]).toEqual(outputs[1]);
        },
      ),
      // Two whole analyses a run: a few are enough, even in a long pass.
      { numRuns: Math.min(few(3), 20) },
    );
  }, 180_000);
});
