import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/pipeline.js';
import { reportMarkdown } from '../../../src/outputs/report/index.js';
import { HEADER, tempCorpus } from '../../helpers.js';

const context = { created: '2026-01-01T00:00:00.000Z', versions: { citydefs: '0.0.0' }, corpusLabel: 'corpus' };

// Three analysed definitions (a, b, c); d excluded for its kind, e as c's duplicate; f invalid (its URL).
const rows = [
  HEADER,
  `a,academic,,smart city,definition,Ann,2010,,,A smart city uses ICT to improve the quality of life of citizens.`,
  `b,private,,smart city,definition,Bo,2012,,,A smart city puts people and data first in every service.`,
  `c,government,,smart sustainable city,definition,Gov,2012,,,A smart sustainable city uses ICT and data for sustainable services.`,
  `d,ngo,,smart city,goal,NGO,,,,Cities should be liveable.`,
  `e,government,,smart city,definition,Gov copy,2015,,,A smart sustainable city uses ICT and data for sustainable services.`,
  `f,ngo,,smart city,definition,Bad link,2016,,javascript:alert(1),A city with a bad link.`,
];
const corpus = () => tempCorpus({ 'definitions.csv': rows.join('\n') + '\n' });
const tableRows = (md: string, heading: string) => {
  const section = md.slice(md.indexOf(heading));
  const table = section.slice(section.indexOf('\n|'), section.indexOf('\n\n', section.indexOf('\n|') + 1));
  return table.trim().split('\n').slice(2);
};

describe('report.maxRows', () => {
  it('lists every row, with no note, when the listings fit', async () => {
    const md = reportMarkdown(await analyze({ corpus: corpus() }), context);
    expect(md).not.toContain('report.maxRows');
    expect(tableRows(md, '## Definitions')).toHaveLength(3);
  });

  it('lists the first rows of a longer listing and says where every row is; errors come first among the diagnostics', async () => {
    const result = await analyze({ corpus: corpus(), overrides: { report: { maxRows: 1 } } });
    const md = reportMarkdown(result, context);
    expect(md).toContain('The first 1 of the 3 analysed definitions (config `report.maxRows`)');
    expect(md).toContain('all 3 are in `records.csv`, their factors and words in `definition-factors.csv`');
    const definitions = tableRows(md, '## Definitions');
    expect(definitions).toHaveLength(1);
    expect(definitions[0]).toContain('| a |');
    expect(md).toContain('The first 1 of the 2 excluded records (config `report.maxRows`); all are in `records.csv`.');
    // The run lists a note before the error (no file sorts first): the error is picked over it.
    expect(result.diagnostics[0]!.severity).toBe('info');
    expect(md).toContain(
      `1 of the ${result.diagnostics.length} diagnostics (config \`report.maxRows\`), errors and warnings first; all are in \`diagnostics.json\`.`,
    );
    const diagnostics = tableRows(md, '## Diagnostics');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toContain('validate/invalid-url');
  });

  it('bounds the reference list too, and says that the reference files hold every source', async () => {
    const all = reportMarkdown(await analyze({ corpus: corpus() }), context);
    const references = (md: string) =>
      md
        .slice(md.indexOf('## References'))
        .split('\n')
        .filter((line) => / Definitions?: /.test(line));
    expect(references(all)).toHaveLength(3);
    expect(all).toContain('The sources of the 3 analysed definitions, one entry per source');
    const md = reportMarkdown(await analyze({ corpus: corpus(), overrides: { report: { maxRows: 2 } } }), context);
    expect(md).toContain('The first 2 of the 3 sources of the 3 analysed definitions (config `report.maxRows`)');
    expect(md).toContain('hold every one for a reference manager');
    expect(references(md)).toHaveLength(2);
  });
});
