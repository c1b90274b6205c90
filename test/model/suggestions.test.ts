import { describe, expect, it } from 'vitest';
import { codebookSuggestions } from '../../src/model/suggestions.js';
import { contextLine } from '../../src/model/concordance.js';
import { analyze } from '../../src/pipeline.js';
import { HEADER, tempCorpus } from '../helpers.js';

// `sensor` is used with the codebook's `ict` and `data` in d1–d3 and alone (with parks) in d4: it
// joins `ict` by co-occurrence, but the codebook names only ict and data, so it does not code it.
const rows = [
  HEADER,
  'd1,academic,,smart city,definition,A,2001,,,"ICT, data and sensors."',
  'd2,private,,smart city,definition,B,2002,,,ICT and sensors.',
  'd3,government,,smart city,definition,C,2003,,,Data and sensors.',
  'd4,ngo,,smart city,definition,D,2004,,,Sensors and parks.',
  'd5,academic,,smart city,definition,E,2005,,,Parks and energy.',
  'd6,private,,smart city,definition,F,2006,,,Energy and parks.',
];
const run = (rules: string) =>
  analyze({
    corpus: tempCorpus({
      'definitions.csv': rows.join('\n') + '\n',
      'codebook.csv': `factor_id,label,description,seed_terms\nict,ICT,,${rules}\n`,
      'config.json': '{"factors": {"minDefinitions": 2, "bootstrap": 0}}',
    }),
  });

describe('codebook suggestions', () => {
  it('list a term that joined a codebook factor without coding it, with fit, lift, what a rule would add and examples', async () => {
    const result = await run('ict;data');
    const ict = result.factors.find((f) => f.id === 'ict')!;
    expect(ict.terms).toContain('sensor');
    expect(ict.definitions).toBe(3);
    const [s, ...rest] = codebookSuggestions(result);
    expect(rest).toEqual([]);
    expect(result.terms[s!.term]!.term).toBe('sensor');
    expect(result.factors[s!.factor]!.id).toBe('ict');
    // In 4 definitions, 3 of them with ict or data: fit 3/4; 3 of the 6 definitions use an
    // anchor, so chance is 1/2 and the lift 0.75 / 0.5 = 1.5. d4 is the one a rule would add.
    expect([s!.definitions, s!.fit, s!.lift, s!.newDefinitions]).toEqual([4, 0.75, 1.5, 1]);
    expect(s!.rule).toBe('sensor');
    expect(s!.examples.map((e) => result.analysed[e.definition]!.id)).toEqual(['d4', 'd1']);
    expect(contextLine(s!.examples[0]!, result.analysed[s!.examples[0]!.definition]!.text)).toBe('Sensors and parks.');
    // The emergent factor's terms are not codebook suggestions.
    expect(result.factors.some((f) => f.origin === 'emergent')).toBe(true);
  });

  it('the rule it suggests, added to the codebook, codes the definitions it said and leaves nothing to suggest', async () => {
    const before = await run('ict;data');
    const [s] = codebookSuggestions(before);
    const after = await run(`ict;data;${s!.rule}`);
    expect(after.factors.find((f) => f.id === 'ict')!.definitions).toBe(3 + s!.newDefinitions);
    const f = after.factors.findIndex((x) => x.id === 'ict');
    const d4 = after.analysed.findIndex((d) => d.id === 'd4');
    expect(after.tables.matrix.cells[d4 * after.tables.matrix.factors + f]).toBe(1);
    expect(codebookSuggestions(after)).toEqual([]);
  });

  it('are none without a codebook', async () => {
    const result = await analyze({
      corpus: tempCorpus({
        'definitions.csv': rows.join('\n') + '\n',
        'config.json': '{"factors": {"minDefinitions": 2, "bootstrap": 0, "codebook": false, "method": "cooccurrence"}}',
      }),
    });
    expect(result.factors.length).toBeGreaterThan(0);
    expect(codebookSuggestions(result)).toEqual([]);
  });
});
