import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.mjs';
import { wholeLater } from '../../src/outputs/content.js';
import { kwicCsv } from '../../src/outputs/concordance.js';
import { kwicInBackground } from '../../src/outputs/kwic.js';
import { analyze } from '../../src/pipeline.js';

const dir = mkdtempSync(path.join(tmpdir(), 'citydefs-kwic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kwic.csv made on a worker thread, on a generated corpus', () => {
  it('is byte for byte the one made here, over many more pieces than the worker makes ahead', async () => {
    await generateCorpus({ size: 1500, dir, seed: 3 });
    const result = await analyze({ corpus: dir });
    const here = kwicCsv(result).text();
    // Pieces are 64 kB and the worker makes 32 ahead: 2 MB; this table is larger.
    expect(Buffer.byteLength(here)).toBeGreaterThan(4 * 1024 * 1024);
    expect(Buffer.from(await wholeLater(kwicInBackground(result))).toString('utf8')).toBe(here);
  });
});
