import { describe, expect, it } from 'vitest';
import { duplicateRows, excludedKinds, excludedRecords, termMeanYears } from '../../../src/outputs/report/data.js';
import type { RunResult } from '../../../src/model/index.js';
import { analyze } from '../../../src/pipeline.js';
import { HEADER, tempCorpus } from '../../helpers.js';

/** Just what `termMeanYears` reads: the terms' labels and their mean years, indexed alike. */
const runOf = (years: Record<string, number>) =>
  ({
    terms: Object.keys(years).map((term) => ({ term })),
    analyses: { time: { termMeanYear: Float64Array.from(Object.values(years)) } },
  }) as unknown as RunResult;

describe('termMeanYears', () => {
  const run = runOf({ ict: 2012, data: NaN, citizen: 2004.5, energy: 2019, mobility: 2010 });

  it('gives the years of the labels asked for (those some dated definition uses) and the range over every term', () => {
    const { years, lo, hi } = termMeanYears(run, ['mobility', 'ict', 'data']);
    // In the terms' order; `data` has no dated definition.
    expect([...years]).toEqual([
      ['ict', 2012],
      ['mobility', 2010],
    ]);
    // The scale runs over all terms, those not asked for (2004.5, 2019) included, NaN left out.
    expect([lo, hi]).toEqual([2004.5, 2019]);
  });

  it('ignores labels that are no term, and has an empty range when no term has a year', () => {
    expect([...termMeanYears(run, ['ict', 'nothing']).years]).toEqual([['ict', 2012]]);
    const undated = termMeanYears(runOf({ ict: NaN, data: NaN }), ['ict']);
    expect([undated.years.size, undated.lo, undated.hi]).toEqual([0, Infinity, -Infinity]);
  });
});

describe('the excluded records and duplicate groups the report lists', () => {
  it('finds each named record among the valid ones', async () => {
    const rows = [
      HEADER,
      `a,academic,,smart city,definition,Ann,2010,,,A smart city uses ICT to improve the quality of life of citizens.`,
      `b,ngo,,smart city,goal,NGO,,,,Cities should be liveable.`,
      `c,government,,smart city,definition,Gov,2012,,,A smart sustainable city uses ICT and data for sustainable services.`,
      `d,private,,smart city,definition,Copy,2015,,,A smart sustainable city uses ICT and data for sustainable services.`,
      `e,ngo,,smart city,vision,Vis,,,,Cities should be green and open.`,
    ];
    const result = await analyze({ corpus: tempCorpus({ 'definitions.csv': rows.join('\n') + '\n' }) });
    expect(excludedKinds(result)).toEqual([
      { label: 'goal', value: 1 },
      { label: 'vision', value: 1 },
    ]);
    expect(excludedRecords(result).map((r) => [r.definition.id, r.definition.author, r.reason])).toEqual([
      ['b', 'NGO', 'kind'],
      ['d', 'Copy', 'duplicate'],
      ['e', 'Vis', 'kind'],
    ]);
    expect(duplicateRows(result).map((g) => [g.keptId, g.keptAuthor, g.others.map((o) => [o.id, o.author])])).toEqual([['c', 'Gov', [['d', 'Copy']]]]);
  });
});
