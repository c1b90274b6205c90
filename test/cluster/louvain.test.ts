import { describe, expect, it } from 'vitest';
import { Louvain, LouvainNetwork } from '../../src/cluster/louvain.js';
import { compareOnGraph, counted, graphOfSize, graphologyLouvain, randomGraph } from './louvain-oracle.js';

// The CSR Louvain must find graphology-communities-louvain's communities exactly (the bootstrap's
// stability figures and every factor depend on them); `louvain.slow.test.ts` checks many more graphs
// and the project's own networks.
describe('CSR Louvain', () => {
  it('gives graphology-communities-louvain’s communities, count, level and draws on 150 random graphs', () => {
    const differences: string[] = [];
    for (let seed = 1; seed <= 150; seed++) {
      const difference = compareOnGraph(randomGraph(seed, 40), seed * 7);
      if (difference) differences.push(difference);
    }
    expect(differences).toEqual([]);
  });

  it('on exactly 128 edges and 256 nodes, where graphology’s byte-wide arrays wrap, gives graphology’s communities with wide arrays', () => {
    const differences: string[] = [];
    for (let seed = 1; seed <= 20; seed++) {
      const difference = compareOnGraph(graphOfSize(20 + seed, 128, seed), seed);
      if (difference) differences.push(difference);
    }
    for (let seed = 1; seed <= 6; seed++) {
      const difference = compareOnGraph(graphOfSize(256, 600 + 150 * seed, seed, 2), seed);
      if (difference) differences.push(difference);
    }
    expect(differences).toEqual([]);
  });

  it('lays out every edge, at every size: each end lists the other once, 128 and 32,768 edges included', () => {
    for (const [order, edges] of [
      [20, 127],
      [20, 128],
      [40, 129],
      [300, 32768],
    ] as const) {
      const { network } = graphOfSize(order, edges, order + edges, 1);
      const listed = new Map<string, number>();
      // Wrong slots collected and compared once: an expect per slot was most of the suite's time at 32,768 edges.
      const wrong: string[] = [];
      for (let i = 0; i < order; i++) {
        for (let k = network.starts[i]!; k < network.starts[i + 1]!; k++) {
          const e = network.edgeOf[k]!;
          const ends = [network.source[e], network.target[e]];
          if (!ends.includes(i) || !ends.includes(network.neighbour[k]))
            wrong.push(`node ${i} slot ${k}: edge ${e} (${ends.join('-')}) to ${network.neighbour[k]}`);
          listed.set(`${e}:${i}`, (listed.get(`${e}:${i}`) ?? 0) + 1);
        }
      }
      expect(wrong).toEqual([]);
      expect(listed.size).toBe(2 * edges);
      expect(Math.max(...listed.values())).toBe(1);
    }
  });

  it('differs from graphology as published on most graphs of exactly 128 edges: the wrap is not copied', () => {
    // graphology's byte-wide offsets end the last node's neighbours at slot 0: it scans none of them.
    let differ = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const { network, weightings } = graphOfSize(20 + seed, 128, seed, 1);
      const ours = new Louvain(network).run(weightings[0]!, 1, counted(seed).random).community;
      if (graphologyLouvain(network, weightings[0]!, 1, counted(seed).random, undefined, true).join() !== ours.join()) differ++;
    }
    expect(differ).toBeGreaterThanOrEqual(10);
  });

  it('reuses its buffers: one instance, many weightings and resolutions, each as a fresh run', () => {
    const graph = randomGraph(4242, 60);
    const reused = new Louvain(graph.network);
    for (let k = 0; k < 20; k++) {
      const weights = Float64Array.from(graph.weightings[0]!, (w, e) => (w * ((e * 31 + k * 17) % 7)) / 3);
      const resolution = [0.8, 1, 1.2][k % 3]!;
      const fresh = new Louvain(graph.network).run(weights, resolution, counted(k).random);
      expect(reused.run(weights, resolution, counted(k).random)).toEqual(fresh);
      expect(fresh.community).toEqual(graphologyLouvain(graph.network, weights, resolution, counted(k).random));
    }
  });

  it('finds the two triangles of two triangles joined by one edge, and leaves an isolated node alone', () => {
    // Nodes 0–2 and 3–5 are triangles, 2–3 the bridge, 6 has no edge. Each triangle is a community:
    // Q = 2 × (3/7 − (7/14)²) = 0.357 against 0 for one community of all.
    const source = Int32Array.from([0, 0, 1, 3, 3, 4, 2]);
    const target = Int32Array.from([1, 2, 2, 4, 5, 5, 3]);
    const network = new LouvainNetwork(7, source, target);
    const { community, count } = new Louvain(network).run(new Float64Array(7).fill(1), 1, counted(1).random);
    expect(count).toBe(3);
    expect(new Set([community[0], community[1], community[2]]).size).toBe(1);
    expect(new Set([community[3], community[4], community[5]]).size).toBe(1);
    expect(community[0]).not.toBe(community[3]);
    expect([community[0], community[3]]).not.toContain(community[6]);
  });

  it('takes no draw and keeps every node alone when there is no edge, as graphology does', () => {
    const stream = counted(3);
    const result = new Louvain(new LouvainNetwork(3, new Int32Array(0), new Int32Array(0))).run([], 1, stream.random);
    expect(result).toEqual({ community: Int32Array.from([0, 1, 2]), count: 3, level: 0 });
    expect(stream.draws).toBe(0);
  });
});
