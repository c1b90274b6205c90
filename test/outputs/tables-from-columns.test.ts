import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/model/index.js';
import { cellRows, definitionFactorRows, termRow } from '../../src/model/views.js';
import { headerOf } from '../../src/outputs/dictionary.js';
import { fixed, toCsv } from '../../src/outputs/format.js';
import { render } from '../../src/outputs/index.js';
import { analyze } from '../../src/pipeline.js';
import { HEADER, tempCorpus } from '../helpers.js';

// The tables written straight from the packed columns (no row object per cell or term) against the
// same tables made from the row views, the way they were written before: the same bytes. The
// corpus has corrections (one setting a cell, one clearing it), evidence repeated in a cell, a
// note to quote and one to make safe, and terms in no factor.
const rows = [
  HEADER,
  'a,academic,,smart city,definition,Ann,2010,,,"A city that uses ICT, data and ""open data"" with ICT."',
  'b,private,,smart city,definition,Bob,,,,A city with good transport and data.',
  'c,ngo,,smart city,definition,"Cat, Ltd",2014,,,A city of data and people.',
  'd,government,,smart city,definition,Dan,2015,,,=A place where people meet.',
];
const context = { created: '2026-01-01T00:00:00.000Z', versions: { citydefs: '0.0.0' }, corpusLabel: 'corpus' };

const result = await analyze({
  corpus: tempCorpus({
    'definitions.csv': rows.join('\n') + '\n',
    'codebook.csv': 'factor_id,label,description,seed_terms\nict,ICT,,ict;data\nmobility,Mobility,,transport\n',
    'config.json': '{"factors": {"minDefinitions": 1, "bootstrap": 0}}',
    'coding.csv': 'definition_id,factor_id,value,note\nc,ict,0,"not here, say ""I"""\nd,ict,1,=corrected\n',
  }),
});

const header = (file: string, run: RunResult) => headerOf(file, { sectors: run.config.sectors, factorIds: run.factors.map((f) => f.id) });

describe('tables written from the columns', () => {
  const files = render(result, context, (name) => ['definition-factors.csv', 'definition-factor-long.csv', 'terms.csv'].includes(name));

  it('definition-factors.csv: the rows of definitionFactorRows', () => {
    const expected = toCsv(
      header('definition-factors.csv', result),
      [...definitionFactorRows(result)].map((d) => [d.definitionId, d.factorId, d.evidence.join('; '), d.terms.join('; '), d.source, d.note]),
    );
    expect(expected).toContain(`d,ict,,,correction,'=corrected`);
    expect(files.get('definition-factors.csv')).toBe(expected);
  });

  it('definition-factor-long.csv: the rows of cellRows', () => {
    const expected = toCsv(
      header('definition-factor-long.csv', result),
      [...cellRows(result)].map((c) => [c.definition.id, c.definition.sector, c.definition.year, c.factorId, c.value, c.evidence, c.source, c.note]),
    );
    // c's text evidence is kept under the correction that clears the cell.
    expect(expected).toContain('c,ngo,2014,ict,0,data,correction,"not here, say ""I"""');
    expect(files.get('definition-factor-long.csv')).toBe(expected);
  });

  it('terms.csv: the rows of termRow', () => {
    const { precision, sectors } = result.config;
    const decimals = (x: number | undefined) => (x === undefined ? undefined : fixed(x, precision));
    const meanYear = result.analyses.time.termMeanYear;
    const expected = toCsv(
      header('terms.csv', result),
      result.terms.map((_, i) => {
        const t = termRow(result, i);
        const year = Number.isNaN(meanYear[i]!) ? undefined : meanYear[i]!;
        return [
          t.term,
          t.frequency,
          t.definitions,
          fixed(t.share, precision),
          ...sectors.map((s) => t.bySector[s] ?? 0),
          t.factorId,
          decimals(t.fit),
          decimals(t.lift),
          t.words,
          t.nested,
          t.variants.join('; '),
          decimals(year),
        ];
      }),
    );
    expect(result.terms.some((_, i) => result.termFactors.factor[i]! < 0)).toBe(true);
    expect(files.get('terms.csv')).toBe(expected);
  });
});
