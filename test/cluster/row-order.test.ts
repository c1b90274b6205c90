import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/core/random.js';
import { cli, tempCorpus } from '../helpers.js';

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
    const run = async (records: string[][]) => {
      const dir = tempCorpus({ ...settings, 'corpus/definitions.csv': stringify([header!, ...records]) });
      const out = path.join(mkdtempSync(path.join(tmpdir(), 'citydefs-order-')), 'out');
      expect((await cli(['analyze', '--out', out, '--quiet'], dir)).code).toBe(0);
      const read = (f: string) => readFileSync(path.join(out, f), 'utf8');
      const sortedRows = (f: string) => read(f).split('\n').sort();
      return {
        factors: read('factors.csv'),
        sectors: read('sector-factors.csv'),
        synthesis: read('synthesized-definition.md'),
        matrix: sortedRows('definition-matrix.csv'),
        keyTerms: sortedRows('definition-keyterms.csv'),
      };
    };
    const [original, reordered] = await Promise.all([run(rows), run(shuffled)]);
    expect(reordered).toEqual(original);
  }, 60_000);
});
