import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import { jaccard } from '../../src/sensitivity/index.js';
import { HEADER, tempCorpus } from '../helpers.js';

const rows = [
  HEADER,
  'd1,academic,,smart city,definition,A,2001,,,"ICT, data and sensors."',
  'd2,private,,smart city,definition,B,2002,,,ICT and sensors.',
  'd3,government,,smart city,definition,C,2003,,,Data and sensors.',
  'd4,ngo,,smart city,definition,D,2004,,,Sensors and parks.',
  'd5,academic,,smart city,definition,E,2005,,,Parks and energy.',
  'd6,private,,smart city,definition,F,2006,,,Energy and parks.',
  'd7,government,,smart city,definition,G,2007,,,"Parks, energy and trees."',
  'd8,ngo,,smart city,definition,H,2008,,,Trees and parks.',
  'm1,academic,,smart city,definition,I,2009,,,Mobility and transport.',
  'm2,private,,smart city,definition,J,2010,,,Transport and mobility.',
  'm3,government,,smart city,definition,K,2011,,,"Mobility, transport and traffic."',
  'm4,ngo,,smart city,definition,L,2012,,,Traffic and transport.',
];
const run = (config: object, codebook = 'factor_id,label,description,seed_terms\nict,ICT,,ict;data\n') =>
  analyze({
    corpus: tempCorpus({
      'definitions.csv': rows.join('\n') + '\n',
      'codebook.csv': codebook,
      'config.json': JSON.stringify({ factors: { minDefinitions: 2, bootstrap: 0 }, coding: { minDefinitions: 2 }, ...config }),
    }),
  });

describe('jaccard', () => {
  it('is the shared share of two term lists; two empty lists are the same', () => {
    expect(jaccard(['a', 'b', 'c'], ['b', 'c', 'd'])).toBe(2 / 4);
    expect(jaccard(['a'], ['b'])).toBe(0);
    expect(jaccard([], [])).toBe(1);
    expect(jaccard(['a', 'a'], ['a'])).toBe(1);
  });
});

describe('analyze with sensitivity', () => {
  it('runs only when enabled', async () => {
    expect((await run({})).sensitivity).toBeUndefined();
  });

  it('rerun over the run’s own settings only: every factor found with its terms, no cell flips, no warning', async () => {
    const result = await run({ seed: 3, sensitivity: { enabled: true, seeds: [3], resolutions: [1], minDefinitions: [2] } });
    const s = result.sensitivity!;
    expect(s.runs).toEqual([{ seed: 3, resolution: 1, minDefinitions: 2, factors: result.factors.length }]);
    expect(s.factors.map((f) => [f.factorId, f.found, f.meanJaccard])).toEqual(result.factors.map((f) => [f.id, 1, 1]));
    expect(s.cells).toEqual([]);
    expect(s.cellsCompared).toBe(result.analysed.length * result.factors.length);
    expect(result.diagnostics.some((d) => d.code === 'sensitivity/unstable-cells')).toBe(false);
  });

  it('never flips a cell the codebook’s rules code; the emergent factors’ cells flip with the terms clustered', async () => {
    const grid = { seeds: [1, 2], resolutions: [0.5, 1, 2], minDefinitions: [2, 3, 4] };
    const result = await run({ sensitivity: { enabled: true, ...grid } });
    const s = result.sensitivity!;
    // seeds × resolutions × minimum definitions, in that order.
    expect(s.runs).toHaveLength(18);
    expect(s.runs.slice(0, 4).map((r) => [r.seed, r.resolution, r.minDefinitions])).toEqual([
      [1, 0.5, 2],
      [1, 0.5, 3],
      [1, 0.5, 4],
      [1, 1, 2],
    ]);
    // The run (minimum 2): ict {sensor, data, ict} by its rules; emergent-1 {park, energy, tree}
    // codes d4–d8; emergent-2 {transport, mobility, traffic} codes m1–m4. Three components of the
    // network that no seed or resolution splits.
    expect(result.factors.map((f) => `${f.id}:${f.terms.join(',')}`)).toEqual([
      'emergent-1:park,energy,tree',
      'emergent-2:transport,mobility,traffic',
      'ict:sensor,data,ict',
    ]);
    // Minimum 3 clusters park 5, sensor 4, transport 4, energy 3, mobility 3: {transport, mobility}
    // is emergent-2 again (Jaccard 2/3 > 0.5, and transport codes m1–m4); park and energy no longer
    // code (their lift is below 2 without tree), and ict has no term left (data and ict are in 2
    // definitions) but is still coded by its rules. Minimum 4 leaves park, sensor and transport:
    // no emergent factor at all. So emergent-1 is found in the 6 reruns at minimum 2, emergent-2
    // in the 12 at 2 and 3, ict in all 18, with its terms in 6 (Jaccard 1, else 0: mean 1/3).
    expect(s.factors.map((f) => [f.factorId, f.found, f.meanJaccard, f.minJaccard])).toEqual([
      ['emergent-1', 6, 1 / 3, 0],
      ['emergent-2', 12, (6 * 1 + 6 * (2 / 3)) / 18, 0],
      ['ict', 18, 1 / 3, 0],
    ]);
    // Only the emergent factors' 1s flip; ict's cells, coded by its rules, never do.
    expect(s.cells.map((c) => `${c.definitionId}:${c.factorId}:${c.value}:${c.ones}`)).toEqual([
      'd4:emergent-1:1:6',
      'd5:emergent-1:1:6',
      'd6:emergent-1:1:6',
      'd7:emergent-1:1:6',
      'd8:emergent-1:1:6',
      'm1:emergent-2:1:12',
      'm2:emergent-2:1:12',
      'm3:emergent-2:1:12',
      'm4:emergent-2:1:12',
    ]);
    expect(s.cellsCompared).toBe(12 * 3);
    const warning = result.diagnostics.find((d) => d.code === 'sensitivity/unstable-cells')!;
    expect(warning.severity).toBe('warning');
    expect(warning.message).toContain('9 of 36 matrix cells change value in some of the 18 sensitivity reruns');
  });

  it('is deterministic: the same corpus and grid give the same counts', async () => {
    const config = { sensitivity: { enabled: true, seeds: [1, 2, 3], resolutions: [0.8, 1.2], minDefinitions: [2, 3] } };
    const [a, b] = [await run(config), await run(config)];
    expect(a.sensitivity).toEqual(b.sensitivity);
  });

  it('matches factors without a codebook by their terms, one to one', async () => {
    const result = await run(
      {
        factors: { minDefinitions: 2, bootstrap: 0, codebook: false, method: 'cooccurrence' },
        sensitivity: { enabled: true, seeds: [1, 2, 3], resolutions: [0.5, 1, 2], minDefinitions: [2] },
      },
      '',
    );
    const s = result.sensitivity!;
    expect(result.factors.every((f) => f.id.startsWith('factor-'))).toBe(true);
    for (const f of s.factors) {
      expect(f.found).toBeGreaterThanOrEqual(0);
      expect(f.found).toBeLessThanOrEqual(9);
      expect(f.meanJaccard).toBeGreaterThanOrEqual(0);
      expect(f.meanJaccard).toBeLessThanOrEqual(1);
    }
    // Over the reruns, the factors found in one rerun are at most the rerun's factors: a match is one to one.
    const found = s.factors.reduce((sum, f) => sum + f.found, 0);
    expect(found).toBeLessThanOrEqual(s.runs.reduce((sum, r) => sum + r.factors, 0));
  });
});
