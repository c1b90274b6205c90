import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempCorpus } from '../helpers.js';
import { makePdf } from '../pdf.js';

// `citydefs mine` with `--workers 1` and `3` (command.test.ts has the rest; one worker mines on the main thread, three
// on mining threads of their own): in the slow project for the threads it starts (some 1.3 s of the fast project's minute on two cores), as pipeline.slow.test.ts compares analyze's outputs
// whatever the number of workers.
describe('citydefs mine', () => {
  it('gives byte-identical output whatever the number of workers', async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 5; i++) {
      files[`papers/p${i}.pdf`] = makePdf([
        [`Paper ${i}.`],
        [`A smart city is a city that measures ${i} things about itself every day.`],
        ['Smart cities are growing.'],
      ]);
    }
    // Mined on threads, a file's warnings are told on the main thread as before: a sentence naming the concept too often.
    files['papers/long.txt'] = new TextEncoder().encode(`A smart city is a city that counts. ${'The smart city, '.repeat(70)}and so on.\n`);
    const dir = tempCorpus({});
    for (const [name, data] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), data);
    }
    const runs = await Promise.all([1, 3].map((workers) => cli(['mine', 'papers', '--workers', String(workers)], dir)));
    expect(runs[0]!.stdout).toContain('papers/p4.pdf (3 pages): 1 candidate definition');
    expect(runs[0]!.stderr).toContain('mine/long-sentence');
    expect(runs[1]).toEqual(runs[0]);
  });
});
