import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../src/core/diagnostics.js';
import { seededRandom } from '../../src/core/random.js';
import { render } from '../../src/outputs/index.js';
import { analyze } from '../../src/pipeline.js';
import { tempCorpus } from '../helpers.js';

const context = { created: '2026-01-01T00:00:00.000Z', versions: { citydefs: '0.0.0' }, corpusLabel: 'corpus' };

// The bootstrap draws definitions in id order and Louvain visits terms in term order, so the order
// of the corpus's rows must not change a factor, its stability or a table: a researcher who sorts
// definitions.csv gets the same results.
describe('the order of the corpus rows', () => {
  it('changes no factor, stability, sector table or synthesized definition of the shipped corpus', async () => {
    const [header, ...rows] = parse(readFileSync('corpus/definitions.csv'), { bom: true }) as string[][];
    const random = seededRandom(7);
    const shuffled = rows
      .map((r) => [random(), r] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, r]) => r);
    expect(shuffled.map((r) => r[0])).not.toEqual(rows.map((r) => r[0]));
    const settings = Object.fromEntries(['config.json', 'thesaurus.csv', 'codebook.csv'].map((f) => [`corpus/${f}`, readFileSync(`corpus/${f}`, 'utf8')]));
    // Only the files compared are rendered: the figures' PNGs took most of two whole `analyze` runs.
    const compared = ['factors.csv', 'sector-factors.csv', 'synthesized-definition.md', 'definition-matrix.csv', 'definition-keyterms.csv'];
    const run = async (records: string[][]) => {
      const dir = tempCorpus({ ...settings, 'corpus/definitions.csv': stringify([header!, ...records]) });
      const result = await analyze({ corpus: path.join(dir, 'corpus') });
      expect(exitCodeFor(result.diagnostics, false)).toBe(0);
      const files = render(result, context, (name) => compared.includes(name));
      expect([...files.keys()].sort()).toEqual([...compared].sort());
      const read = (f: string) => files.get(f) as string;
      const sortedRows = (f: string) => read(f).split('\n').sort();
      return {
        factors: read('factors.csv'),
        sectors: read('sector-factors.csv'),
        synthesis: read('synthesized-definition.md'),
        matrix: sortedRows('definition-matrix.csv'),
        keyTerms: sortedRows('definition-keyterms.csv'),
      };
    };
    const original = await run(rows);
    const reordered = await run(shuffled);
    expect(reordered).toEqual(original);
  }, 60_000);
});
