import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/core/random.js';
import { PARTS_OF_SPEECH, type CodeHits, type TermStats, type TermUses } from '../../src/model/index.js';
import { keyTerms } from '../../src/terms/keyterms.js';
import { keyTermsInWorker } from '../../src/terms/keyterms-thread.js';

// Random uses and rule hits over 300 definitions (nested spans, repeats, every kind of term): the
// key terms found on a worker thread are the ones found here.
function randomRun(seed: number) {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const terms = Array.from({ length: 40 }, () => ({ pos: PARTS_OF_SPEECH[pick(PARTS_OF_SPEECH.length)]! }) as TermStats);
  const offsets = [0];
  const hitOffsets = [0];
  const term: number[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const info: number[] = [];
  const hitStart: number[] = [];
  const hitEnd: number[] = [];
  for (let d = 0; d < 300; d++) {
    for (let u = pick(12); u > 0; u--) {
      const s = pick(200);
      term.push(pick(terms.length));
      start.push(s);
      end.push(s + 1 + pick(20));
      info.push(pick(5) | (random() < 0.3 ? 8 : 0));
    }
    offsets.push(term.length);
    for (let h = pick(3); h > 0; h--) {
      const s = pick(200);
      hitStart.push(s);
      hitEnd.push(s + 1 + pick(10));
    }
    hitOffsets.push(hitStart.length);
  }
  const uses = {
    offsets: Int32Array.from(offsets),
    term: Int32Array.from(term),
    start: Int32Array.from(start),
    end: Int32Array.from(end),
    info: Uint8Array.from(info),
  };
  const hits = { offsets: Int32Array.from(hitOffsets), start: Int32Array.from(hitStart), end: Int32Array.from(hitEnd) };
  return { terms, uses: uses as unknown as TermUses, hits: hits as unknown as CodeHits };
}

describe('key terms on a worker thread', () => {
  it('are the key terms found on this thread', async () => {
    for (const seed of [1, 2]) {
      const { terms, uses, hits } = randomRun(seed);
      const options = { min: 1, max: 4, share: 0.4 };
      const here = keyTerms(terms, uses, hits, options);
      expect(here.term.length).toBeGreaterThan(300);
      expect(await keyTermsInWorker(terms, uses, hits, options)).toEqual(here);
    }
  });
});
