import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { definitionFactorRows } from '../../src/model/views.js';
import { analyze } from '../../src/pipeline.js';
import { HEADER, tempCorpus } from '../helpers.js';

const settings = Object.fromEntries(['config.json', 'thesaurus.csv', 'codebook.csv'].map((f) => [f, readFileSync(`corpus/${f}`, 'utf8')]));

/** The shipped settings on definitions given as text; each definition's factors, with the words behind them. */
async function coded(texts: string[]): Promise<Record<string, Record<string, string[]>>> {
  const rows = texts.map((t, i) => `d${i},academic,,smart city,definition,,,,,"${t}"`);
  const result = await analyze({
    corpus: tempCorpus({ ...settings, 'definitions.csv': [HEADER, ...rows].join('\n') }),
    overrides: { factors: { bootstrap: 0 }, duplicates: { merge: false } },
  });
  const out: Record<string, Record<string, string[]>> = Object.fromEntries(texts.map((_, i) => [`d${i}`, {}]));
  for (const row of definitionFactorRows(result)) out[row.definitionId]![row.factorId] = [...row.evidence];
  return out;
}

describe('coding with the shipped codebook', () => {
  it('counts codebook words whatever their frequency or nesting (the misses the issue lists)', async () => {
    const result = await coded([
      'A city is smart when investments in transport and ICT infrastructure fuel growth.',
      'Collaboration and partnership between the municipality and its stakeholders.',
      'A liveable city with ICT-based services.',
      'Critical infrastructure and ICT infrastructure for all.',
    ]);
    expect(result.d0!.mobility).toEqual(['transport']);
    expect(result.d1!.governance).toEqual(['Collaboration', 'partnership', 'municipality', 'stakeholders']);
    expect(result.d2!['quality-of-life']).toEqual(['liveable']);
    expect(result.d2!.ict).toEqual(['ICT-based']);
    expect(result.d3!.infrastructure).toEqual(['infrastructure']);
  });

  it('does not code words used in another sense (the false cells the issue lists)', async () => {
    const result = await coded([
      'Managing the life cycle of physical development with new generation services.',
      'Complex urban environments where people use mobile devices.',
      'Offering a place for the future, with a new approach.',
    ]);
    expect(result.d0!['quality-of-life']).toBeUndefined();
    expect(result.d0!.ict).toBeUndefined();
    expect(result.d0!.infrastructure).toEqual(['services']);
    expect(result.d1!.environment).toBeUndefined();
    expect(result.d1!.mobility).toBeUndefined();
    expect(result.d2).toEqual({});
  });
});
