import { describe, expect, it } from 'vitest';
import { fixture, runCase, validCount } from './harness.js';

// Settings files in the corpus: config.json (exit 2: the run cannot be done without valid settings),
// thesaurus.csv and codebook.csv (a diagnostic; the run goes on without the bad part).
// Wall times (one run, shared two-core machine): under 30 ms each, 0.4 s for the one `analyze`.

describe('hostile config.json', () => {
  it('wrong types: exit 2, every key named with what was expected', async () => {
    const run = await runCase({ files: { 'corpus/config.json': fixture('config-wrong-types.json') } }, ['validate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('sectors: Invalid input: expected array, received string');
    expect(run.stderr).toContain('factors.minDefinitions: Invalid input: expected number, received string');
    expect(run.stderr).toContain('factors.bootstrap: Too small: expected number to be >=0');
    expect(run.stderr).toContain('limits.maxFieldChars: Invalid input: expected number, received string');
    expect(run.stdout).toBe('');
  });

  it('unknown keys: exit 2, naming each and the keys allowed there', async () => {
    const run = await runCase({ files: { 'corpus/config.json': fixture('config-unknown-keys.json') } }, ['validate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('(top level): Unknown key `sectorz`; expected one of sectors, kinds, concept, stopwords,');
    expect(run.stderr).toContain('factors: Unknown key `minDefinitons`; expected one of minDefinitions, maxTerms,');
  });

  it('binary bytes: exit 2, saying it is not text', async () => {
    const run = await runCase({ files: { 'corpus/config.json': fixture('config-binary.json') } }, ['validate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/citydefs: Cannot use `corpus\/config.json`:\n {2}Expected (a text file; found binary data|UTF-8 text)/);
  });

  it('JSON nested 5,000 deep: exit 2 before anything recurses', async () => {
    const run = await runCase({ files: { 'corpus/config.json': fixture('config-deep.json') } }, ['validate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Expected settings; the JSON nests more than 64 levels deep');
  });

  it('UTF-16 with a byte-order mark: read', async () => {
    const run = await runCase({ files: { 'corpus/config.json': fixture('config-utf16.json') } }, ['validate']);
    expect(run.code).toBe(0);
    expect(validCount(run)).toBe(3);
  });

  it('a link: exit 2, not followed', async () => {
    const run = await runCase({ files: { 'elsewhere.json': '{"seed": 3}' }, links: { 'corpus/config.json': '../elsewhere.json' } }, ['validate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('it is a symbolic link, which citydefs does not follow in the corpus');
  });
});

describe('hostile thesaurus.csv', () => {
  it('wrong columns: an error, the thesaurus unused, the run goes on', async () => {
    const run = await runCase({ files: { 'corpus/thesaurus.csv': fixture('thesaurus-wrong-columns.csv') } }, ['validate']);
    expect(run.codes).toEqual(['thesaurus/missing-column']);
    expect(run.stderr).toContain('Expected the columns `label,replace_by` (`label`, `replace_by` missing); found `term,synonym`');
    expect(run.code).toBe(1);
    expect(validCount(run)).toBe(3);
  });

  it('a cycle (data → information → data): a warning naming the circle', async () => {
    const run = await runCase({ files: { 'corpus/thesaurus.csv': fixture('thesaurus-cycle.csv') } }, ['validate']);
    expect(run.codes).toEqual(['thesaurus/cycle']);
    expect(run.stderr).toContain('corpus/thesaurus.csv:2 [replace_by]  warning  `data` → `information` → `data`: replacements are applied once');
    expect(run.code).toBe(0);
  });

  it('a chain (icts → ict → technology): a warning saying where it stops', async () => {
    const run = await runCase({ files: { 'corpus/thesaurus.csv': fixture('thesaurus-chain.csv') } }, ['validate']);
    expect(run.codes).toEqual(['thesaurus/chain']);
    expect(run.stderr).toContain('`icts` is replaced by `ict`, which line 3 replaces by `technology`');
  });

  it('self-mappings (ict,ict): "keep as is", as the shipped thesaurus uses them; no diagnostic', async () => {
    const run = await runCase({ files: { 'corpus/thesaurus.csv': fixture('thesaurus-self.csv') } }, ['analyze']);
    expect(run.codes).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('a header quote that never closes: skipped at once', async () => {
    const run = await runCase({ files: { 'corpus/thesaurus.csv': fixture('thesaurus-header-quote.csv') } }, ['validate']);
    expect(run.codes).toEqual(['thesaurus/csv-bad-header']);
    expect(run.code).toBe(1);
  });

  it('binary bytes: refused, the run goes on', async () => {
    const run = await runCase({ files: { 'corpus/thesaurus.csv': fixture('csv-random-bytes.csv') } }, ['validate']);
    expect(run.codes).toEqual(['thesaurus/binary-file']);
    expect(validCount(run)).toBe(3);
  });

  it('a link: reported and not followed', async () => {
    const run = await runCase({ files: { 'other.csv': 'label,replace_by\nict,technology\n' }, links: { 'corpus/thesaurus.csv': '../other.csv' } }, [
      'validate',
    ]);
    expect(run.codes).toEqual(['thesaurus/unreadable']);
    expect(run.code).toBe(1);
  });
});

describe('hostile codebook.csv', () => {
  it('wrong columns: an error naming the missing ones, the codebook unused', async () => {
    const run = await runCase({ files: { 'corpus/codebook.csv': fixture('codebook-wrong-columns.csv') } }, ['validate']);
    expect(run.codes).toEqual(['codebook/missing-column']);
    expect(run.stderr).toContain('(`factor_id`, `seed_terms` missing); found `id,name,seeds`');
    expect(run.code).toBe(1);
  });

  it('wrong values: each bad id reported on its line', async () => {
    const run = await runCase({ files: { 'corpus/codebook.csv': fixture('codebook-wrong-types.csv') } }, ['validate']);
    expect(run.codes).toEqual(['codebook/invalid-id', 'codebook/invalid-id']);
    expect(run.stderr).toContain('corpus/codebook.csv:2 [factor_id]  error  Expected a `factor_id` slug such as `quality-of-life`; found `ICT Factor`');
  });

  it('an extra column: a warning, the codebook used', async () => {
    const run = await runCase({ files: { 'corpus/codebook.csv': fixture('codebook-extra-column.csv') } }, ['validate']);
    expect(run.codes).toEqual(['codebook/unknown-column']);
    expect(run.code).toBe(0);
  });

  it('UTF-16 without a byte-order mark: refused naming the encoding', async () => {
    const text = 'factor_id,label,description,seed_terms\nict,ICT,,ict\n';
    const run = await runCase({ files: { 'corpus/codebook.csv': Buffer.from(text, 'utf16le') } }, ['validate']);
    expect(run.codes).toEqual(['codebook/encoding-unsupported']);
    expect(run.stderr).toContain('looks like UTF-16 LE without a byte-order mark');
  });
});
