import { describe, expect, it } from 'vitest';
import { batchTokenizer, ruleFactors } from '../../src/tokenize/index.js';
import { parseRule, type CodebookRule } from '../../src/config/rules.js';
import { planBatches, splitTail, TokenizerThreads, tokenizeInWorkers } from '../../src/tokenize/workers.js';
import { collectTerms } from '../../src/terms/index.js';
import type { Definition, TokenBatch } from '../../src/model/index.js';
import { options, texts } from './texts.js';

const definitions = texts.map((text, i) => ({ id: `d${i}`, sector: 'academic', text }) as Definition);

describe('tokenizing on worker threads', () => {
  // One thread and two, in batches of three and two, handed over in text order: workers.slow.test.ts (three threads
  // that load the language model, some 3 s of the fast project's minute on two cores); the next case still compares
  // two threads' terms and uses with one thread's here.
  it('uses threads started ahead as it would its own, and ends those it does not take', async () => {
    const single = collectTerms([batchTokenizer(options)(texts)], definitions, ['academic']);
    const threads = new TokenizerThreads(options, 3);
    const batches: TokenBatch[] = [];
    // Two of the three are taken; the third is ended, and closing again is harmless.
    await tokenizeInWorkers(texts, options, 2, 2, (batch) => batches.push(batch), undefined, threads);
    await threads.close();
    const merged = collectTerms(batches, definitions, ['academic']);
    expect(merged.terms).toEqual(single.terms);
    expect(merged.uses).toEqual(single.uses);
    // None is left to take.
    expect(threads.take(3)).toEqual([]);
  });

  it('fails, rather than waits, when a thread started ahead has died before its run', async () => {
    const threads = new TokenizerThreads(options, 1);
    const [dead] = threads.take(1);
    await dead!.terminate();
    // Handed to a run as if it were still idle: the run is told why it cannot work.
    const ahead = { take: () => [dead!], failure: (w: NonNullable<typeof dead>) => threads.failure(w) } as unknown as TokenizerThreads;
    await expect(tokenizeInWorkers(texts, options, 1, 2, () => undefined, undefined, ahead)).rejects.toThrow(/exited/);
  });

  it('plans one batch per chunk prepared from, asking for a prepared chunk even when it keeps nothing', () => {
    const worker = {} as never;
    const prepared = { count: 7, size: 3, chunks: new Map([[1, worker]]) };
    // Texts at places 0, 2 (chunk 0), none of chunk 1, 6 (chunk 2).
    const plan = planBatches(['a', 'b', 'c'], 3, prepared, Int32Array.from([0, 2, 6]));
    expect(plan.map((p) => ({ texts: p.texts, chunk: p.chunk, keep: [...p.keep!], prepared: p.worker === worker }))).toEqual([
      { texts: ['a', 'b'], chunk: 0, keep: [0, 2], prepared: false },
      { texts: [], chunk: 1, keep: [], prepared: true },
      { texts: ['c'], chunk: 2, keep: [0], prepared: false },
    ]);
    // Without prepared chunks, batches of the size asked.
    expect(planBatches(['a', 'b', 'c'], 2).map((p) => p.texts)).toEqual([['a', 'b'], ['c']]);
    expect(() => planBatches(['a', 'b'], 3, prepared, Int32Array.from([2, 1]))).toThrow(/ascend/);
  });

  it('cuts the last texts of unprepared batches into smaller batches, in order, and leaves prepared ones whole', () => {
    const worker = {} as never;
    const batch = (texts: string[], prepared = false) => ({ texts, ...(prepared ? { worker } : {}) });
    const plan = [batch(['a', 'b', 'c', 'd'], true), batch(['e', 'f', 'g', 'h']), batch(['i', 'j', 'k', 'l']), batch(['m', 'n'])];
    // The last 5 texts reach into the second-last batch: it is cut too (6 texts), in batches of 2.
    expect(splitTail(plan, 5, 2).map((p) => p.texts)).toEqual([
      ['a', 'b', 'c', 'd'],
      ['e', 'f', 'g', 'h'],
      ['i', 'j'],
      ['k', 'l'],
      ['m', 'n'],
    ]);
    // A prepared batch is never cut, nor one before it.
    expect(splitTail(plan, 100, 3).map((p) => p.texts)).toEqual([['a', 'b', 'c', 'd'], ['e', 'f', 'g'], ['h'], ['i', 'j', 'k'], ['l'], ['m', 'n']]);
    expect(splitTail([batch(['a'], true)], 10, 1)).toHaveLength(1);
  });

  it('gives the threads back after a run, to work out codebook factors as this thread does, and ends them on close', async () => {
    const rule = (source: string) => parseRule(source) as CodebookRule;
    const withRules = { ...options, rules: [{ rules: [rule('ict'), rule('=data')] }, { rules: [rule('environment'), rule('energy')] }] };
    const threads = new TokenizerThreads(withRules, 2);
    const batches: TokenBatch[] = [];
    await tokenizeInWorkers(texts, withRules, 2, 2, (batch) => batches.push(batch), undefined, threads);
    // ICT's, the environment's, both (-1), none (-1).
    const phrases = ['ict', 'energy', 'ict energy', 'quality of life'];
    expect(await threads.ruleFactors(phrases)).toEqual([0, 1, -1, -1]);
    expect(ruleFactors(phrases, withRules)).toEqual([0, 1, -1, -1]);
    // One thread kept is enough to ask; none kept, none to ask (the others are being ended meanwhile; `close` waits for them).
    threads.keep(1);
    expect(await threads.ruleFactors(phrases.slice(0, 2))).toEqual([0, 1]);
    threads.keep(0);
    await expect(threads.ruleFactors(phrases)).rejects.toThrow(/no tokenizer thread/);
    await threads.close();
    await expect(threads.ruleFactors(phrases)).rejects.toThrow(/no tokenizer thread/);
  });
});
