import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { widenColumns } from '../../src/amend/columns.js';
import { cli, HEADER, tempCorpus } from '../helpers.js';

describe('widenColumns', () => {
  it('adds empty columns, keeping every other byte: CRLF, quotes, multi-line fields, blank lines, a BOM', () => {
    const text = '\uFEFFid,text\r\na,"one\r\nline, ""two"""\r\n\r\nb,plain\r\n';
    expect(widenColumns(text, ['doi', 'volume'])).toBe('\uFEFFid,text,doi,volume\r\na,"one\r\nline, ""two""",,\r\n\r\nb,plain,,\r\n');
  });

  it('handles a last row without a line end', () => {
    expect(widenColumns('id,text\na,x', ['doi'])).toBe('id,text,doi\na,x,');
  });

  it('refuses a file it could damage: a quote that never closes, rows of another width', () => {
    expect(widenColumns('id,text\na,"open\n', ['doi'])).toBeUndefined();
    expect(widenColumns('id,text\na,x,extra\n', ['doi'])).toBeUndefined();
    expect(widenColumns('', ['doi'])).toBeUndefined();
  });
});

const SEED = `${HEADER}\r\nibm-2009,private,,smart city,definition,IBM,2009,,,"A smart city uses IT to make its infrastructure, and services, aware."\r\n`;
const read = (dir: string) => readFileSync(path.join(dir, 'corpus', 'definitions.csv'), 'utf8');
const CITE = [
  '--doi',
  'https://doi.org/10.1080/10630732.2011.601117',
  '--journal',
  'Journal of Urban Technology',
  '--volume',
  '18',
  '--issue',
  '2',
  '--pages',
  '65-82',
  '--publisher',
  'Taylor & Francis',
];
const ADD = [
  'add',
  '--text',
  'A smart city is a city that invests in human capital and ICT to fuel sustainable growth.',
  '--sector',
  'academic',
  '--author',
  'Caragliu, A.',
  '--year',
  '2011',
];

describe('citydefs add: citation fields', () => {
  it('adds the citation columns the file lacks, leaving its rows as they were', async () => {
    const dir = tempCorpus({ 'corpus/definitions.csv': SEED });
    const run = await cli([...ADD, ...CITE], dir);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(
      'Added 1 record to corpus/definitions.csv (with new columns `doi`, `container`, `volume`, `issue`, `pages`, `publisher`, empty for the rows already there): caragliu-2011\n',
    );
    expect(read(dir)).toBe(
      `${HEADER},doi,container,volume,issue,pages,publisher\r\n` +
        'ibm-2009,private,,smart city,definition,IBM,2009,,,"A smart city uses IT to make its infrastructure, and services, aware.",,,,,,\r\n' +
        'caragliu-2011,academic,,,definition,"Caragliu, A.",2011,,,A smart city is a city that invests in human capital and ICT to fuel sustainable growth.,10.1080/10630732.2011.601117,Journal of Urban Technology,18,2,65-82,Taylor & Francis\r\n',
    );
    const { valid } = await import('../../src/pipeline.js').then((p) => p.check({ corpus: path.join(dir, 'corpus') })).then((c) => c.validated);
    expect(valid[1]).toMatchObject({ doi: '10.1080/10630732.2011.601117', container: 'Journal of Urban Technology', pages: '65-82' });
  });

  it('fills the columns a file has under either name (`journal`), and shows them in a dry run', async () => {
    const dir = tempCorpus({ 'corpus/definitions.csv': `${HEADER},journal,doi\n` });
    const run = await cli([...ADD, '--container', 'J. Urban Tech.', '--doi', '10.10/x', '--dry-run'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('command line [doi]  error  Expected a DOI such as');
    const ok = await cli([...ADD, '--container', 'J. Urban Tech.', '--doi', 'doi:10.1080/10630732.2011.601117', '--dry-run'], dir);
    expect(ok.stdout).toBe(
      'Would append 1 record to corpus/definitions.csv:\ncaragliu-2011,academic,,,definition,"Caragliu, A.",2011,,,A smart city is a city that invests in human capital and ICT to fuel sustainable growth.,J. Urban Tech.,10.1080/10630732.2011.601117\n',
    );
    expect(read(dir)).toBe(`${HEADER},journal,doi\n`);
  });

  it('leaves a damaged file unwidened: the citation is left out with a warning, the file otherwise appended as before', async () => {
    const broken = `${HEADER}\nbad,ngo,,,,,,,,"never closed\n`;
    const dir = tempCorpus({ 'corpus/definitions.csv': broken });
    const run = await cli([...ADD, '--volume', '18'], dir);
    expect(run.stderr).toContain('command line [volume]  warning  Cannot keep `volume`: `definitions.csv` has no such column; the value is left out');
    expect(read(dir).startsWith(broken)).toBe(true);
    expect(read(dir).split('\n')[0]).toBe(HEADER);
  });
});
