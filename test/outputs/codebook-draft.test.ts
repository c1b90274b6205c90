import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCodebook } from '../../src/config/codebook.js';
import { Diagnostics } from '../../src/core/diagnostics.js';
import { codebookDraft } from '../../src/outputs/codebook-draft.js';
import { cli, readFolder, tempCorpus } from '../helpers.js';

describe('codebook-draft.csv', () => {
  it('is a codebook citydefs reads back without a complaint, one entry per group', () => {
    const text = codebookDraft([
      { terms: ['quality of life', 'life', 'safe'], definitions: 30 },
      { terms: ['technology', 'ict', 'data', 'information'], definitions: 40 },
      { terms: ['Technology!', 'digital'], definitions: 3 },
      { terms: ['2030'], definitions: 1 },
      { terms: [], definitions: 0 },
    ]);
    const d = new Diagnostics();
    const factors = parseCodebook(text, 'codebook-draft.csv', d);
    expect(d.list()).toEqual([]);
    expect(factors.map((f) => [f.id, f.label, f.seeds.join(';')])).toEqual([
      ['quality-of-life', 'quality of life / life / safe', 'quality of life;life;safe'],
      ['technology', 'technology / ict / data', 'technology;ict;data;information'],
      ['technology-2', 'Technology! / digital', 'digital'],
      ['theme-4', '2030', '2030'],
    ]);
    expect(factors[0]!.description).toBe(
      'Draft: 3 terms grouped by meaning, used in 30 definitions; say what the factor is about and keep the seed terms that belong',
    );
  });
});

describe('analyze --no-codebook', () => {
  const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'factors', 'corpus');
  const corpus = Object.fromEntries(
    ['definitions.csv', 'codebook.csv', 'config.json'].map((n) => [`corpus/${n}`, readFileSync(path.join(fixture, n), 'utf8')]),
  );

  it('groups terms by meaning and writes codebook-draft.csv, a codebook the next run can use', async () => {
    const dir = tempCorpus(corpus);
    const run = await cli(['analyze', '--no-png', '--no-codebook'], dir);
    expect(run.code).toBe(0);
    const out = readFolder(path.join(dir, 'output'));
    expect(JSON.parse(out['manifest.json']!).outputs).toContain('codebook-draft.csv');
    expect(out['factors.csv']).toContain('Terms of related meaning (WordNet)');
    const d = new Diagnostics();
    const draft = parseCodebook(out['codebook-draft.csv']!, 'codebook-draft.csv', d);
    expect(d.list()).toEqual([]);
    expect(draft.length).toBeGreaterThan(0);
    // Saved as the codebook, it guides the next run.
    const next = tempCorpus({ ...corpus, 'corpus/codebook.csv': out['codebook-draft.csv']! });
    expect((await cli(['analyze', '--no-png'], next)).code).toBe(0);
    expect(readFolder(path.join(next, 'output'))['factors.csv']).toContain(',codebook,');
  });

  it('groups by co-occurrence with factors.method cooccurrence', async () => {
    const dir = tempCorpus({ ...corpus, 'corpus/config.json': JSON.stringify({ factors: { method: 'cooccurrence' } }) });
    await cli(['analyze', '--no-png', '--no-codebook'], dir);
    expect(readFolder(path.join(dir, 'output'))['factors.csv']).not.toContain('WordNet');
  });
});
