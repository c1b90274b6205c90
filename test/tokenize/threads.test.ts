import { describe, expect, it } from 'vitest';
import { defaultWorkers } from '../../src/core/parallel.js';
import { BATCH_SIZE } from '../../src/tokenize/batch-size.js';
import { ONE_TOKENIZER_BELOW, tokenizerThreadsFor, workersFor } from '../../src/tokenize/threads.js';

describe('tokenizer threads by corpus size', () => {
  const cores = defaultWorkers();

  it('keeps small corpora on this thread', () => {
    expect(workersFor(4 * BATCH_SIZE, undefined)).toBe(0);
    expect(tokenizerThreadsFor(4 * BATCH_SIZE, undefined)).toBe(0);
  });

  it('takes one thread up to the switch and one per core from it', () => {
    expect(workersFor(4 * BATCH_SIZE + 1, undefined)).toBe(1);
    expect(workersFor(ONE_TOKENIZER_BELOW - 1, undefined)).toBe(1);
    expect(workersFor(ONE_TOKENIZER_BELOW, undefined)).toBe(cores);
    expect(tokenizerThreadsFor(ONE_TOKENIZER_BELOW, undefined)).toBe(cores);
  });

  it('does what --workers asks, except that one batch or less is never handed to a thread', () => {
    expect(workersFor(10, 3)).toBe(3);
    expect(tokenizerThreadsFor(BATCH_SIZE, 3)).toBe(0);
    expect(tokenizerThreadsFor(BATCH_SIZE + 1, 3)).toBe(3);
    expect(tokenizerThreadsFor(100_000, 0)).toBe(0);
  });
});
