import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config/schema.js';
import { explain, mineDefinitions, shownScore } from '../../src/mine/index.js';
import { mineLearned, shippedModel } from '../../src/mine/learn/miner.js';
import { mineBy } from '../../src/mine/method.js';
import { EVALUATION_CONCEPT } from './evaluation-data.js';

// The shipped model (src/mine/learn/model.json, `npm run train:mine`; retrained and compared in learn-model.slow.test.ts).
describe('learned miner: the shipped model', () => {
  it('is small, with the threshold chosen by cross-validation', () => {
    const model = shippedModel();
    expect(model.threshold).toBe(0.5);
    // (299.5 KB since the nineteenth extractor retrained it with the seventeenth round: 12,596 features of three files or more, three decimals)
    expect(statSync(new URL('../../src/mine/learn/model.json', import.meta.url)).size).toBeLessThanOrEqual(300 * 1024);
    expect(Object.keys(model.weights).length).toBeGreaterThan(1000);
  });

  it('keeps a plain definition, with its probability and the rule pattern it overlaps', () => {
    const [found, ...rest] = mineLearned(
      ['Cities differ. A smart city is a city that uses information and communication technologies to improve the quality of life of its residents.'],
      { concept: EVALUATION_CONCEPT },
    );
    expect(rest).toEqual([]);
    expect(found).toMatchObject({
      page: 1,
      line: 1,
      term: 'smart city',
      pattern: 'learned',
      quoted: false,
      context: 'paragraph',
      explanation: { learned: { threshold: 0.5, overlaps: { pattern: 'is-a' } } },
    });
    expect(found!.clause).toMatch(
      /^A smart city is a city that uses information and communication technologies to improve the quality of life of its residents$/u,
    );
    expect(found!.score).toBeGreaterThanOrEqual(0.5);
    expect(found!.explanation.learned!.probability).toBe(found!.score);
    expect(explain(found!)).toMatch(/^learned p (?:0\.[89]\d\d\d|1\.0000) \(kept from 0\.50\) × 21 words; overlaps the rules' is-a 0\.\d\d$/u);
    expect(shownScore(found!)).toBe(found!.score.toFixed(4));
  });

  it('takes the attribution of the rules’ candidate it overlaps', () => {
    const found = mineLearned(
      ['Caragliu et al. (2011) define a smart city as a city where investments in human and social capital fuel sustainable economic growth.'],
      { concept: EVALUATION_CONCEPT },
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ quoted: true, attribution: { author: 'Caragliu et al.', year: 2011 } });
  });

  it('keeps nothing from sentences that name the concept without defining it', () => {
    const pages = ['Smart cities were discussed at length at the Berlin conference last year. Several smart city projects ran late.'];
    expect(mineLearned(pages, { concept: EVALUATION_CONCEPT })).toEqual([]);
  });

  it('spans a run-on sentence in its first 4,000 characters only, so that its spans cost what a sentence’s do', () => {
    // (unclipped, each of its hundreds of spans read all 88,000 characters of it for its features)
    const definition = 'A smart city is a city that uses information and communication technologies to improve the quality of life of its residents';
    const runOn = `Smart city projects ran late${', and smart city projects ran late in Berlin'.repeat(2000)}.`;
    const started = performance.now();
    const found = mineLearned([`${definition}. ${runOn}`], { concept: EVALUATION_CONCEPT });
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(found.map((c) => c.clause)).toEqual([definition]);
    expect(mineLearned([runOn], { concept: EVALUATION_CONCEPT })).toEqual([]);
  });

  it('is the rules by default, and the model with `learned`', () => {
    const pages = ['A smart city is a city that uses data to run its services. Smart cities were discussed in Berlin.'];
    expect(mineBy('rules', pages, { concept: EVALUATION_CONCEPT })).toEqual(mineDefinitions(pages, { concept: EVALUATION_CONCEPT }));
    expect(mineBy('learned', pages, { concept: EVALUATION_CONCEPT })).toEqual(mineLearned(pages, { concept: EVALUATION_CONCEPT }));
  });
});

describe('config: mine.method', () => {
  it('defaults to learned, takes rules, and names the values it takes otherwise', () => {
    expect(ConfigSchema.parse({}).mine.method).toBe('learned');
    expect(ConfigSchema.parse({ mine: { method: 'rules' } }).mine.method).toBe('rules');
    const bad = ConfigSchema.safeParse({ mine: { method: 'neural' } });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]).toMatchObject({ path: ['mine', 'method'], message: 'Expected `rules` or `learned`' });
  });
});
