import { beforeAll, describe, expect, it } from 'vitest';
import { wholeLater } from '../../src/outputs/content.js';
import { referenceFilesAhead } from '../../src/outputs/index.js';
import { referencesBib, referencesInBackground, referencesRis } from '../../src/outputs/references.js';
import type { Definition } from '../../src/model/index.js';
import { shippedAnalysed } from './shipped-sources.js';

describe('references formatted on a worker thread', () => {
  // The shipped corpus's definitions for every case (their sources only).
  let analysed: readonly Definition[];
  beforeAll(async () => {
    analysed = await shippedAnalysed();
  });

  it('are byte for byte those formatted here, across batches (the shipped sources four times: 268)', async () => {
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
    const sources = Array.from({ length: 20 }, (_, n) => analysed.map((d) => ({ ...d, id: `${d.id}-${n}` }))).flat();
    const stream = referencesInBackground('ris', sources);
    // The thread works before anyone reads: by now it has made (and holds) much of the file.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(Buffer.from(await wholeLater(stream)).toString('utf8')).toBe(referencesRis(sources));
  });

  // Past the 64 batches the thread holds ahead (the shipped sources, without authors, 250 times: 16,750), read one file
  // after the other and formatted whole ahead of any reader: references-background.slow.test.ts (some 4 s of the fast
  // project's minute on two cores).

  it('made ahead (`referenceFilesAhead`) only past a references thread’s size: both files, the same bytes', async () => {
    expect(referenceFilesAhead(analysed)).toBeUndefined();
    const sources = Array.from({ length: Math.ceil(2001 / analysed.length) }, (_, n) => analysed.map((d) => ({ ...d, id: `${d.id}-${n}`, author: '' }))).flat();
    const ahead = referenceFilesAhead(sources)!;
    expect([...ahead.keys()].sort()).toEqual(['references.bib', 'references.ris']);
    expect(Buffer.from(await wholeLater(ahead.get('references.bib')!)).toString('utf8')).toBe(referencesBib(sources));
    expect(Buffer.from(await wholeLater(ahead.get('references.ris')!)).toString('utf8')).toBe(referencesRis(sources));
  }, 60_000);
});
