import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { HEADER, lines, tempCorpus } from '../helpers.js';
import { makePdf } from '../pdf.js';

const TEXT = 'A smart city is a city that invests in human capital and ICT to fuel sustainable growth.';
const CITED = {
  doi: 'https://doi.org/10.1080/10630732.2011.601117',
  journal: 'Journal of Urban Technology',
  volume: 18,
  issue: '2',
  pages: '65-82',
  publisher: 'Taylor & Francis',
};
const EXPECTED = {
  doi: '10.1080/10630732.2011.601117',
  container: 'Journal of Urban Technology',
  volume: '18',
  issue: '2',
  pages: '65-82',
  publisher: 'Taylor & Francis',
};

async function definitionsOf(dir: string) {
  const { validated, diagnostics } = await check({ corpus: dir });
  return { valid: validated.valid, problems: diagnostics.list().filter((d) => d.severity !== 'info') };
}

describe('citation fields', () => {
  it('come from CSV columns, `journal` standing for `container`, with a DOI reduced to its bare form', async () => {
    const dir = tempCorpus({
      'definitions.csv':
        `${HEADER},doi,journal,volume,issue,pages,publisher\n` +
        `caragliu-2011,academic,,smart city,definition,Caragliu,2011,Smart cities in Europe,,${TEXT},${CITED.doi},${CITED.journal},18,2,65-82,Taylor & Francis\n` +
        'ibm-2009,private,,smart city,definition,IBM,2009,,,A smart city uses IT to make its infrastructure aware.,,,,,,\n',
    });
    const { valid, problems } = await definitionsOf(dir);
    expect(problems).toEqual([]);
    expect(valid[0]).toMatchObject(EXPECTED);
    // Empty cells are unknown fields, not empty strings.
    expect(Object.keys(valid[1]!)).not.toContain('doi');
  });

  it('reports a DOI that is not `10.x/…` as an invalid field', async () => {
    const dir = tempCorpus({ 'definitions.csv': `${HEADER},doi\na,academic,,,,,,,,${TEXT},not-a-doi\n` });
    const { valid, problems } = await definitionsOf(dir);
    expect(valid).toEqual([]);
    expect(problems).toMatchObject([{ code: 'validate/invalid-doi', field: 'doi', actual: 'not-a-doi', line: 2 }]);
    expect(problems[0]!.message).toContain('Expected a DOI such as `10.1080/10630732.2011.601117`');
  });

  it('come from JSON, JSONL and text front matter', async () => {
    const front = Object.entries(CITED)
      .map(([k, v]) => `${k}: "${v}"`)
      .join('\n');
    const dir = tempCorpus({
      'a.json': JSON.stringify([{ id: 'a', sector: 'academic', text: TEXT, ...CITED }]),
      'b.jsonl': JSON.stringify({ id: 'b', sector: 'academic', text: `${TEXT} Also data.`, ...CITED, journal: undefined, container: CITED.journal }) + '\n',
      'c.md': `---\nid: c\nsector: academic\n${front}\n---\n\n${TEXT} And people.\n`,
    });
    const { valid, problems } = await definitionsOf(dir);
    expect(problems).toEqual([]);
    expect(valid.map((d) => d.id)).toEqual(['a', 'b', 'c']);
    for (const d of valid) expect(d).toMatchObject(EXPECTED);
  });

  it("come from a PDF's sidecar", async () => {
    const dir = tempCorpus({ 'paper.meta.json': JSON.stringify({ sector: 'academic', author: 'Caragliu, A.', year: 2011, ...CITED }) });
    writeFileSync(
      path.join(dir, 'paper.pdf'),
      makePdf([['Smart cities in Europe.', 'A smart city is a city that invests in human capital and ICT to fuel growth.']]),
    );
    const { valid, problems } = await definitionsOf(dir);
    expect(problems).toEqual([]);
    expect(valid).toHaveLength(1);
    expect(valid[0]).toMatchObject({ id: 'paper-p1', ...EXPECTED });
  });

  it('are known columns: no unknown-column warning', async () => {
    const dir = tempCorpus({
      'definitions.csv': `${HEADER},doi,container,journal,volume,issue,pages,publisher,page,language,extra\na,ngo,,,,,,,,${TEXT},,,,,,,,,,\n`,
    });
    const { diagnostics } = await check({ corpus: dir });
    expect(lines(diagnostics)).toEqual(['definitions.csv  warning  Ignored column `extra`  [validate/unknown-column]']);
  });
});
