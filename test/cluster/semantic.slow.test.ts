import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { bcubed } from '../../src/agree/bcubed.js';
import { cluster, type ClusterInput } from '../../src/cluster/index.js';
import { semanticGroups } from '../../src/cluster/semantic.js';
import { openWordNet } from '../../src/cluster/wordnet.js';
import type { Config } from '../../src/config/schema.js';
import { Diagnostics } from '../../src/core/diagnostics.js';
import { seededRandom } from '../../src/core/random.js';
import { analyze } from '../../src/pipeline.js';

// How well data-driven factors (no codebook) recover the themes a reader names, on the shipped
// corpus: B-cubed against test/fixtures/reference-themes/terms.csv (terms marked `none` left out),
// judged over a range of settings, never one run. Results in bench/RESULTS.md, "Data-driven factors".
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const themes = new Map(
  readFileSync(path.join(root, 'test', 'fixtures', 'reference-themes', 'terms.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',') as [string, string])
    .filter(([, theme]) => theme !== 'none'),
);

/** Mean B-cubed F1 of random splits of the same terms into groups of the same sizes. */
function randomF1(groups: ReadonlyMap<string, string>, seeds = 50): number {
  const terms = [...groups.keys()].sort();
  let sum = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const labels = terms.map((t) => groups.get(t)!);
    const random = seededRandom(seed);
    for (let i = labels.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [labels[i], labels[j]] = [labels[j]!, labels[i]!];
    }
    sum += bcubed(new Map(terms.map((t, i) => [t, labels[i]!])), themes).f1;
  }
  return sum / seeds;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

test("grouping by WordNet meaning recovers the reader's themes well above chance, over k = 6…10", async () => {
  const result = await analyze({ corpus: path.join(root, 'corpus'), overrides: { factors: { codebook: false, method: 'cooccurrence', bootstrap: 0 } } });
  const lexicon = openWordNet();
  const input: ClusterInput = {
    terms: result.terms,
    uses: result.uses,
    definitionIds: result.analysed.map((d) => d.id),
    codebook: [],
    codebookFactorOf: (labels) => labels.map(() => -1),
  };
  const run = (factors: Partial<Config['factors']>, byMeaning?: number) => {
    const clustered = cluster(
      { ...input, ...(byMeaning ? { groupByMeaning: (terms) => semanticGroups(terms, lexicon, { groups: byMeaning }) } : {}) },
      { ...result.config, factors: { ...result.config.factors, ...factors } },
      new Diagnostics(),
    );
    // Term → factor id, for the clustered terms.
    return new Map(
      result.terms.flatMap((t, i) =>
        clustered.termFactors.factor[i]! >= 0 ? [[t.term, clustered.factors[clustered.termFactors.factor[i]!]!.id] as const] : [],
      ),
    );
  };

  const rows: string[] = [];
  const semantic: number[] = [];
  const chance: number[] = [];
  for (let k = 6; k <= 10; k++) {
    const groups = run({ method: 'semantic', groups: k }, k);
    const score = bcubed(groups, themes);
    semantic.push(score.f1);
    chance.push(randomF1(groups));
    rows.push(
      `semantic k=${k}: P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)} F1 ${score.f1.toFixed(3)} (random split of the same sizes ${chance.at(-1)!.toFixed(3)}; ${score.items} terms scored)`,
    );
  }
  const cooccurrence: number[] = [];
  const cooccurrenceChance: number[] = [];
  for (const resolution of [0.5, 0.75, 1, 1.5, 2]) {
    const groups = run({ method: 'cooccurrence', resolution });
    const score = bcubed(groups, themes);
    cooccurrence.push(score.f1);
    cooccurrenceChance.push(randomF1(groups));
    rows.push(
      `co-occurrence resolution=${resolution}: P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)} F1 ${score.f1.toFixed(3)} (random ${cooccurrenceChance.at(-1)!.toFixed(3)}; ${new Set(groups.values()).size} factors)`,
    );
  }
  rows.push(
    `mean F1: semantic ${mean(semantic).toFixed(3)}, co-occurrence ${mean(cooccurrence).toFixed(3)}, random ${mean(chance).toFixed(3)} / ${mean(cooccurrenceChance).toFixed(3)}`,
  );
  console.log(rows.join('\n'));

  // Floors that fail if the semantic grouping falls back towards chance (measured: mean 0.460,
  // each k 0.450–0.465, random 0.30).
  expect(Math.min(...semantic)).toBeGreaterThan(0.4);
  expect(mean(semantic)).toBeGreaterThan(0.43);
  expect(mean(semantic) - mean(chance)).toBeGreaterThan(0.1);
});
