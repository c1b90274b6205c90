import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { wholeLater } from '../../src/outputs/content.js';
import { kwicCsv } from '../../src/outputs/concordance.js';
import { kwicInBackground } from '../../src/outputs/kwic.js';
import { analyze } from '../../src/pipeline.js';

const corpus = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus');

describe('kwic.csv made on a worker thread', () => {
  it('is byte for byte the one made here', async () => {
    const result = await analyze({ corpus });
    const here = kwicCsv(result).text();
    expect(here.split('\n').length).toBeGreaterThan(1000);
    expect(Buffer.from(await wholeLater(kwicInBackground(result))).toString('utf8')).toBe(here);
  });
});
