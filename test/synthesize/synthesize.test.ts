import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import { thirdPerson } from '../../src/synthesize/roles.js';
import { HEADER, tempCorpus } from '../helpers.js';

const codebook = readFileSync('corpus/codebook.csv', 'utf8');
// The shipped settings (stopwords and all), on corpora of four definitions.
const shipped = JSON.parse(readFileSync('corpus/config.json', 'utf8'));
const config = JSON.stringify({
  ...shipped,
  factors: { ...shipped.factors, minDefinitions: 2, bootstrap: 0 },
  synthesis: { ...shipped.synthesis, minShare: 0.5 },
});

function corpus(texts: string[]): string {
  const rows = texts.map((t, i) => `d${i},${['academic', 'private', 'government', 'ngo'][i % 4]},,smart city,definition,,,,,"${t}"`);
  return tempCorpus({ 'definitions.csv': [HEADER, ...rows].join('\n'), 'codebook.csv': codebook, 'config.json': config });
}

describe('synthesize', () => {
  it('writes an environmental definition from environmental definitions', async () => {
    const { synthesis } = await analyze({
      corpus: corpus([
        'A city that protects the environment and saves energy.',
        'A city that cuts energy use to protect the environment.',
        'A city designed to protect the environment with clean energy.',
        'A city that protects the environment for future generations.',
      ]),
    });
    expect(synthesis.text).toBe('A smart sustainable city is a city that protects the environment.');
    expect(synthesis.clauses.map((c) => [c.factorId, c.role])).toEqual([['environment', 'end']]);
  });

  it('puts what a city uses before what it achieves, and who takes part after', async () => {
    const { synthesis } = await analyze({
      corpus: corpus([
        'A city that uses ICT to improve the quality of life of its citizens.',
        'Citizens and business share a place that employs ICT and data for a better quality of life.',
        'Through ICT, municipalities improve the quality of life that citizens enjoy every day.',
        'An urban area where citizens use ICT networks to enhance their quality of life.',
      ]),
    });
    // All three are in every definition: equal support, so factor id order.
    expect(synthesis.clauses.map((c) => [c.factorId, c.role])).toEqual([
      ['ict', 'means'],
      ['people', 'actor'],
      ['quality-of-life', 'end'],
    ]);
    expect(synthesis.text).toBe('A smart sustainable city is a city that uses ICT to improve the quality of life, involving citizens.');
    expect(synthesis.representative?.factorIds).toHaveLength(3);
  });

  it('says nothing when no factor reaches the threshold', async () => {
    const { synthesis } = await analyze({ corpus: corpus(['Energy.', 'Data.', 'Citizens.', 'Roads.']) });
    expect(synthesis.text).toBe('');
  });
});

/** The parts of a synthesized sentence: verb phrases and the noun phrase of each clause. */
const SENTENCE =
  /^A smart sustainable city is a city that (\w+) ([^,]+(?:, [^,]+)*?)(?: to (\w+) ([^,]+(?:, [^,]+)*?))?(?:, involving ([^,]+(?:, [^,]+)*?))?\.$/;

/** Checks what makes the sentence read as English: the template, each factor named once, no stacked "and"s. */
function expectGrammatical(synthesis: Awaited<ReturnType<typeof analyze>>['synthesis']) {
  expect(synthesis.text).toMatch(SENTENCE);
  const phrases = synthesis.clauses.map((c) => c.phrase);
  for (const phrase of phrases) {
    expect(phrase).not.toMatch(/ and /);
    expect(synthesis.text.split(phrase).length - 1, phrase).toBeGreaterThanOrEqual(1);
  }
  expect(new Set(phrases).size).toBe(phrases.length);
  expect(synthesis.text).not.toMatch(/\band \w+ and\b/);
}

describe('the synthesized sentence reads as English, each factor named once', () => {
  const shipped = (extra: Record<string, string> = {}) =>
    tempCorpus({
      ...Object.fromEntries(['definitions.csv', 'config.json', 'thesaurus.csv', 'codebook.csv'].map((f) => [f, readFileSync(`corpus/${f}`, 'utf8')])),
      ...extra,
    });
  const fast = { factors: { bootstrap: 0 } };

  it('on the shipped corpus', async () => {
    const { synthesis } = await analyze({ corpus: shipped(), overrides: fast });
    expectGrammatical(synthesis);
    expect(synthesis.text).toBe(
      'A smart sustainable city is a city that uses technologies and collaboration to improve sustainability, services, quality of life and economy, involving citizens.',
    );
  });

  it('on the shipped corpus grown by 53 published definitions', async () => {
    const grown = shipped({ 'more.csv': readFileSync('test/fixtures/reference-coding/unseen-definitions.csv', 'utf8') });
    const { synthesis, analysed } = await analyze({ corpus: grown, overrides: fast });
    expect(analysed.length).toBeGreaterThan(110);
    expectGrammatical(synthesis);
  });

  it('without a codebook', async () => {
    const { synthesis } = await analyze({ corpus: shipped(), overrides: { ...fast, factors: { bootstrap: 0, codebook: false } } });
    expect(synthesis.clauses.length).toBeGreaterThan(0);
    expectGrammatical(synthesis);
  });
});

describe('roles', () => {
  it('conjugates the verbs it uses', () => {
    expect(['use', 'apply', 'reach', 'employ'].map(thirdPerson)).toEqual(['uses', 'applies', 'reaches', 'employs']);
  });
});
