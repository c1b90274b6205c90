import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { wholeLater } from '../../src/outputs/content.js';
import { referencesBib, referencesInBackground, referencesRis } from '../../src/outputs/references.js';
import { analyze } from '../../src/pipeline.js';

const corpus = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus');

describe('references formatted on a worker thread', () => {
  it('are byte for byte those formatted here, across batches (the shipped sources four times: 268)', async () => {
    const { analysed } = await analyze({ corpus });
    const sources = [0, 1, 2, 3].flatMap((n) => analysed.map((d) => ({ ...d, id: `${d.id}-${n}` })));
    expect(sources.length).toBeGreaterThan(200);
    for (const [format, here] of [
      ['bib', referencesBib],
      ['ris', referencesRis],
    ] as const) {
      const there = Buffer.from(await wholeLater(referencesInBackground(format, sources))).toString('utf8');
      expect(there, format).toBe(here(sources));
    }
    expect(Buffer.from(await wholeLater(referencesInBackground('bib', []))).toString('utf8')).toBe('');
  });

  it('start at once and give the same bytes when read long after (what was made meanwhile is held)', async () => {
    const { analysed } = await analyze({ corpus });
    const sources = Array.from({ length: 20 }, (_, n) => analysed.map((d) => ({ ...d, id: `${d.id}-${n}` }))).flat();
    const stream = referencesInBackground('ris', sources);
    // The thread works before anyone reads: by now it has made (and holds) much of the file.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(Buffer.from(await wholeLater(stream)).toString('utf8')).toBe(referencesRis(sources));
  });
});
