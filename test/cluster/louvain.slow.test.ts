import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { generateCorpus } from '../../bench/generate.mjs';
import { Louvain, type LouvainResult } from '../../src/cluster/louvain.js';
import { analyze } from '../../src/pipeline.js';
import { compareOnGraph, graphOfSize, graphologyLouvain, randomGraph, replay } from './louvain-oracle.js';

// The CSR Louvain against graphology-communities-louvain on many more graphs than the fast suite
// checks, and on every Louvain run of real analyses: the first clustering, the sensitivity reruns
// (resolutions 0.8, 1, 1.2) and the 50 bootstrap resamples.
const work = mkdtempSync(path.join(tmpdir(), 'citydefs-louvain-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

describe('CSR Louvain on random graphs', () => {
  it('gives graphology’s communities, count, level and draws on 1,000 graphs of up to 120 nodes', () => {
    const differences: string[] = [];
    // Seed 1468 has 128 edges, where graphology's byte-wide offsets wrap (the oracle widens them).
    for (let seed = 1000; seed < 2000; seed++) {
      const difference = compareOnGraph(randomGraph(seed, 120), seed);
      if (difference) differences.push(difference);
    }
    expect(differences).toEqual([]);
  });

  it('does on 12 graphs of 300–400 nodes, dense like the term network, each weighted three times', () => {
    const differences: string[] = [];
    for (let seed = 1; seed <= 12; seed++) {
      let graph = randomGraph(seed * 104729, 400);
      for (let tries = 1; graph.network.order < 300 || graph.weightings.length < 3; tries++) graph = randomGraph(seed * 104729 + tries, 400);
      const difference = compareOnGraph(graph, seed);
      if (difference) differences.push(difference);
    }
    expect(differences).toEqual([]);
  });

  it('on 32,768 edges (65,536 slots, where graphology’s two-byte offsets wrap) gives wide-array graphology’s communities', () => {
    expect(compareOnGraph(graphOfSize(300, 32768, 1, 2), 1)).toBeUndefined();
  });
});

/** Checks every Louvain run of `run()` against graphology on the same weights and draws; returns how many ran. */
async function everyRunChecked(run: () => Promise<unknown>): Promise<{ runs: number; differences: string[]; levels: number[] }> {
  const original = Louvain.prototype.run;
  const checked = { runs: 0, differences: [] as string[], levels: [] as number[] };
  vi.spyOn(Louvain.prototype, 'run').mockImplementation(function (this: Louvain, weights, resolution, random): LouvainResult {
    const drawn: number[] = [];
    const result = original.call(this, weights, resolution, () => {
      const value = random();
      drawn.push(value);
      return value;
    });
    const theirs = replay(drawn);
    const expected = graphologyLouvain(this.network, weights, resolution, theirs.random);
    checked.runs++;
    checked.levels.push(result.level);
    if (theirs.taken() !== drawn.length) checked.differences.push(`run ${checked.runs}: graphology took ${theirs.taken()} draws, ours ${drawn.length}`);
    if (expected.join() !== result.community.join()) checked.differences.push(`run ${checked.runs} (resolution ${resolution}): communities differ`);
    return result;
  });
  await run();
  return checked;
}

describe('CSR Louvain on the project’s networks', () => {
  it('gives graphology’s communities in every run of the shipped corpus’s analysis, sensitivity reruns included', async () => {
    const checked = await everyRunChecked(() => analyze({ corpus: 'corpus', workers: 0, overrides: { sensitivity: { enabled: true } } }));
    // The first clustering, 50 resamples, 5 seeds × 3 resolutions × 3 minimum counts.
    expect(checked.runs).toBe(1 + 50 + 45);
    expect(Math.max(...checked.levels)).toBeGreaterThan(1);
    expect(checked.differences).toEqual([]);
  });

  it('does on a generated corpus of 3,000 definitions', async () => {
    await generateCorpus({ size: 3000, dir: path.join(work, 'corpus'), seed: 11 });
    const checked = await everyRunChecked(() => analyze({ corpus: path.join(work, 'corpus'), workers: 0 }));
    expect(checked.runs).toBe(51);
    expect(checked.differences).toEqual([]);
  });
});
