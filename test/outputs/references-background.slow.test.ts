import { beforeAll, describe, expect, it } from 'vitest';
import { wholeLater } from '../../src/outputs/content.js';
import { referenceFilesInBackground, referencesBib, referencesRis } from '../../src/outputs/references.js';
import type { Definition } from '../../src/model/index.js';
import { shippedAnalysed } from './shipped-sources.js';

// references-background.test.ts's cases past what the thread holds ahead (64 batches): in the slow project for their
// size (16,750 sources formatted on the thread and here, some 4 s of the fast project's minute on two cores).
describe('references formatted on a worker thread', () => {
  // The shipped corpus's definitions for every case (their sources only).
  let analysed: readonly Definition[];
  beforeAll(async () => {
    analysed = await shippedAnalysed();
  });

  // The shipped sources without authors, 250 times (16,750: 84 batches), and their two files as formatted here: both
  // tests read them from the thread, and formatting them here (about half a second) is done once for both.
  const many = () => Array.from({ length: 250 }, (_, n) => analysed.map((d) => ({ ...d, id: `${d.id}-${n}`, author: '' }))).flat();
  const here = new Map<'bib' | 'ris', string>();
  const manyHere = (format: 'bib' | 'ris') => {
    if (!here.has(format)) here.set(format, (format === 'bib' ? referencesBib : referencesRis)(many()));
    return here.get(format)!;
  };

  it('come from one thread for both files, the same bytes, even read one after the other past what it holds ahead (the shipped sources, without authors, 250 times: 84 batches)', async () => {
    // Past 64 batches (what the thread holds ahead) is the point, not the authors: without them, citation-js formats the 16,750 sources in less than half the time.
    const sources = many();
    const files = referenceFilesInBackground(['bib', 'ris'], sources);
    // All of the BibTeX first: the RIS file's pieces are held meanwhile, and the thread must not wait for them to be read.
    const bib = Buffer.from(await wholeLater(files.get('bib')!)).toString('utf8');
    const ris = Buffer.from(await wholeLater(files.get('ris')!)).toString('utf8');
    expect(bib).toBe(manyHere('bib'));
    expect(ris).toBe(manyHere('ris'));
  }, 60_000);

  it('formatted whole ahead of any reader (`whole`), past what the thread would otherwise hold: the same bytes', async () => {
    const sources = many();
    const files = referenceFilesInBackground(['bib', 'ris'], sources, { whole: true });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const ris = Buffer.from(await wholeLater(files.get('ris')!)).toString('utf8');
    const bib = Buffer.from(await wholeLater(files.get('bib')!)).toString('utf8');
    expect(ris).toBe(manyHere('ris'));
    expect(bib).toBe(manyHere('bib'));
  }, 60_000);
});
