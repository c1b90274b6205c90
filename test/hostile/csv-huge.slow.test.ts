import { describe, expect, it } from 'vitest';
import { HEADER } from '../helpers.js';
import { runCase } from './harness.js';

// Malformed CSV in the corpus (csv.test.ts), the huge inputs: each built here, read and analysed beside the good file.
// In the slow project for their size (some 4 s of the fast project's minute on two cores); the 5 MB field's time bound is
// in bounded.slow.test.ts. Wall times noted are of one run on the two-core development machine, shared.
describe('malformed CSV in the corpus', () => {
  // analyze, one 5 MB field: 0.7 s (past 2 minutes before); the text is cut to limits.maxFieldChars.
  it('a 5 MB field: cut to limits.maxFieldChars with a warning; analyze stays fast', async () => {
    const huge = `A smart city is a city that ${'uses data and sensors to serve its residents '.repeat(120_000)}.`;
    expect(huge.length).toBeGreaterThan(5_000_000);
    const run = await runCase({ files: { 'corpus/huge.csv': `${HEADER}\nbig,ngo,,smart city,definition,Big,2020,,,"${huge}"\n` } }, ['analyze']);
    expect(run.codes).toEqual(['ingest/field-truncated']);
    expect(run.stderr).toContain('corpus/huge.csv:2 [text]  warning  Expected at most 20000 characters in a field (limits.maxFieldChars); found');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Analysed 4 of 4 records');
  });

  // analyze, a row of 20,000 fields under a header of as many columns: 1.4 s.
  it('a huge row (20,000 columns): the unknown columns are one warning, the run is not slowed', async () => {
    const extra = Array.from({ length: 20_000 }, (_, i) => `c${i}`);
    const text = `${HEADER},${extra.join(',')}\nwide,ngo,,smart city,definition,W,2020,,,A smart city is a city that uses data to serve its residents.,${extra.map(() => 'x').join(',')}\n`;
    const run = await runCase({ files: { 'corpus/wide.csv': text } }, ['analyze']);
    expect(run.codes).toEqual(['validate/unknown-column']);
    expect(run.stderr).toContain('`c18`, `c19`, and 19980 more');
    expect(run.stderr.length).toBeLessThan(2000);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Analysed 4 of 4 records');
  });
});
