import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { keptInKwic } from '../../src/model/concordance.js';
import { render } from '../../src/outputs/index.js';
import { analyze } from '../../src/pipeline.js';
import { HEADER, tempCorpus } from '../helpers.js';

/**
 * Four definitions in which the term "sensor" stands six times, in concordance order (definition,
 * then text offset): d1 at 20 and 44, d2 at 36, d3 at 21, d4 at 0 and 25. Every other term and
 * rule occurs at most twice, so a cap of 2 or more keeps all of them.
 */
const DEFINITIONS = [
  HEADER,
  'd1,academic,,smart city,definition,Ann,2010,Paper A,,"A smart city places sensors on streets. Its sensors watch traffic."',
  'd2,private,,smart city,definition,Bob,2011,Paper B,,"A smart city collects readings from sensors to plan energy use."',
  'd3,government,,smart city,definition,Cat,2012,Paper C,,"A city is smart when sensors guide its water network."',
  'd4,ngo,,smart city,definition,Dan,2013,Paper D,,"Sensors in buildings and sensors in parks let a smart city save resources."',
].join('\n');

type Row = Record<string, string>;

const context = { created: '2026-01-01T00:00:00.000Z', versions: { citydefs: '0.0.0' }, corpusLabel: 'corpus' };
const corpus = tempCorpus({ 'definitions.csv': DEFINITIONS });

/** The run with `report.kwicFilePerTerm` = `cap`: kwic.csv's rows, the manifest, the diagnostics about the cap. */
async function analyzeWithCap(cap: number) {
  const result = await analyze({ corpus, overrides: { report: { kwicFilePerTerm: cap } } });
  const files = render(result, context, (name) => name === 'kwic.csv' || name === 'manifest.json');
  const rows = parse(files.get('kwic.csv') as string, { columns: true }) as Row[];
  const manifest = JSON.parse(files.get('manifest.json') as string) as { counts: { kwic?: unknown } };
  return { rows, manifest, capped: result.diagnostics.filter((d) => d.code === 'outputs/kwic-capped') };
}

/** Where a term's rows are: `definition@start`. */
const placesOf = (rows: readonly Row[], term: string) => rows.filter((r) => r.kind === 'term' && r.term === term).map((r) => `${r.definition_id}@${r.start}`);

describe('kwic.csv cap (report.kwicFilePerTerm)', () => {
  it('keeps occurrence k of n when ⌊(k + 1)·cap / n⌋ > ⌊k·cap / n⌋', () => {
    // n = 6, cap 2: ⌊(k+1)/3⌋ steps up at k = 2 and 5.
    expect([0, 1, 2, 3, 4, 5].filter((k) => keptInKwic(k, 6, 2))).toEqual([2, 5]);
    // cap 3: ⌊(k+1)/2⌋ steps up at k = 1, 3, 5.
    expect([0, 1, 2, 3, 4, 5].filter((k) => keptInKwic(k, 6, 3))).toEqual([1, 3, 5]);
    // cap 5: ⌊5(k+1)/6⌋ = 0, 1, 2, 3, 4, 5 for k = 0…5: every step but the first.
    expect([0, 1, 2, 3, 4, 5].filter((k) => keptInKwic(k, 6, 5))).toEqual([1, 2, 3, 4, 5]);
    // At or under the cap, and with cap 0, all are kept.
    expect([0, 1, 2].every((k) => keptInKwic(k, 3, 3) && keptInKwic(k, 3, 0))).toBe(true);
  });

  it('keeps exactly the hand-worked occurrences of a term, all of the others, and says how many it left out', async () => {
    const all = await analyzeWithCap(0);
    expect(placesOf(all.rows, 'sensor')).toEqual(['d1@20', 'd1@44', 'd2@36', 'd3@21', 'd4@0', 'd4@25']);
    expect(all.capped).toEqual([]);
    expect(all.manifest.counts.kwic).toBeUndefined();

    const two = await analyzeWithCap(2);
    // k = 2 and 5 of the six (see above): d2's one and d4's second.
    expect(placesOf(two.rows, 'sensor')).toEqual(['d2@36', 'd4@25']);
    // Nothing else occurs more than twice: the other rows are the uncapped file's, in its order.
    const others = (rows: readonly Row[]) => rows.filter((r) => r.term !== 'sensor');
    expect(others(two.rows)).toEqual(others(all.rows));
    expect(two.rows.length).toBe(all.rows.length - 4);
    expect(two.manifest.counts.kwic).toEqual({ occurrences: all.rows.length, written: all.rows.length - 4, leftOut: 4 });
    expect(two.capped.map((d) => d.message)).toEqual([
      `kwic.csv: 4 of ${all.rows.length} occurrences left out, beyond 2 per term or rule (1 term or rule has more; those kept are spread over the corpus); set \`report.kwicFilePerTerm\`: 0 for all`,
    ]);

    const three = await analyzeWithCap(3);
    expect(placesOf(three.rows, 'sensor')).toEqual(['d1@44', 'd3@21', 'd4@25']);

    // A cap of 6 or more leaves everything in, and says nothing.
    const six = await analyzeWithCap(6);
    expect(six.rows).toEqual(all.rows);
    expect(six.capped).toEqual([]);
  });
});
