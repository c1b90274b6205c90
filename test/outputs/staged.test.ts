import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { render, WITHOUT_STABILITY } from '../../src/outputs/index.js';
import { analyze } from '../../src/pipeline.js';

// The shipped corpus: its factors have a stability (five resamples are enough to have one, and keep the test quick).
const corpus = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus');
const context = { created: '2026-01-01T00:00:00.000Z', versions: { citydefs: '0.0.0' }, corpusLabel: 'corpus' };

describe('outputs written while the bootstrap runs', () => {
  it('are the same bytes whatever the factors’ stability (the others show it)', async () => {
    const result = await analyze({ corpus, overrides: { factors: { bootstrap: 5 } } });
    expect(result.factors.some((f) => f.stability !== undefined)).toBe(true);
    const without = { ...result, factors: result.factors.map((f) => ({ ...f, stability: undefined })) };
    // Only the files compared are made: rendering every output twice was most of the test's time.
    const compared = (name: string) => WITHOUT_STABILITY.has(name) || name === 'factors.csv';
    const full = render(result, context, compared);
    const early = render(without, context, compared);
    for (const name of WITHOUT_STABILITY) expect(early.get(name), name).toEqual(full.get(name));
    // The check can fail: an output that shows stability differs.
    expect(early.get('factors.csv')).not.toEqual(full.get('factors.csv'));
  });
});
