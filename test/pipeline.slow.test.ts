import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/generate.mjs';
import { cli, readFolder } from './helpers.js';

// A corpus big enough that the tokenizer works in batches on workers and the bootstrap runs on a
// worker while the outputs that do not show stability are written (2,500 definitions; the batches
// hold 2,000): every output must be byte for byte the single-threaded run's.
const work = mkdtempSync(path.join(tmpdir(), 'citydefs-workers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the analysis on worker threads', () => {
  it('writes the same outputs whatever the number of workers (none, one, three)', async () => {
    await generateCorpus({ size: 2500, dir: path.join(work, 'corpus'), seed: 7 });
    const outputs = [];
    for (const workers of [0, 1, 3]) {
      const run = await cli(['analyze', '--corpus', 'corpus', '--out', `out-${workers}`, '--workers', String(workers), '--json'], work);
      expect(run.code, run.stderr).toBeLessThan(2);
      outputs.push({ files: readFolder(path.join(work, `out-${workers}`)), summary: JSON.parse(run.stdout) as { files: string[] } });
    }
    const [single, ...threaded] = outputs;
    expect(Object.keys(single!.files).length).toBeGreaterThan(20);
    expect(single!.files['factors.csv']).toMatch(/,0\.\d{4},/);
    for (const run of threaded) {
      expect(run.files).toEqual(single!.files);
      expect(run.summary.files).toEqual(single!.summary.files);
    }
  });
});
