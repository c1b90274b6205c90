import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { cli, HEADER } from '../helpers.js';
import { makePdf } from '../pdf.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// The "done when": 30 definitions from a CSV, one from flags, the ones mined from a PDF,
// added to a copy of the shipped corpus; analyze then counts them and validate stays clean.
it('grows the shipped corpus from a CSV, flags and a PDF; analyze includes them, validate stays clean', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'citydefs-scenario-'));
  cpSync(path.join(root, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
  const before = await cli(['validate'], dir);
  const recordsBefore = Number(/^(\d+) records/.exec(before.stdout)![1]);

  // Thirty distinct definitions: no two share more than a couple of word pairs.
  const names = [
    'Ada',
    'Bram',
    'Cleo',
    'Dara',
    'Emil',
    'Fenna',
    'Gus',
    'Hana',
    'Ivo',
    'Jun',
    'Kai',
    'Lena',
    'Milo',
    'Nora',
    'Omar',
    'Pia',
    'Quinn',
    'Rosa',
    'Sami',
    'Tess',
    'Ugo',
    'Vera',
    'Wim',
    'Xena',
    'Yara',
    'Zeno',
    'Abel',
    'Bea',
    'Cas',
    'Dewi',
  ];
  const verbs = ['funds', 'schedules', 'monitors', 'shares', 'repairs', 'plants'];
  const aims = ['clean air', 'cheap housing', 'quiet streets', 'fast permits', 'open budgets'];
  const groups = ['pensioners', 'students', 'shopkeepers', 'cyclists', 'newcomers', 'nurses', 'farmers'];
  const rows = names.map(
    (name, i) =>
      `survey-${i + 1},ngo,,smart city,definition,Survey respondent ${name},2024,Resident survey,,"For ${name}, a smart city ${verbs[i % 6]} ${aims[i % 5]} for ${groups[i % 7]}."`,
  );
  writeFileSync(path.join(dir, 'survey.csv'), [HEADER, ...rows].join('\n') + '\n');
  const fromCsv = await cli(['add', '--from', 'survey.csv'], dir);
  expect(fromCsv.stderr).toBe('');
  expect(fromCsv.stdout).toMatch(/^Added 30 records/);

  const fromFlags = await cli(
    [
      'add',
      '--text',
      'A smart city is a municipality whose tram, water and tax offices answer residents within a day.',
      '--sector',
      'government',
      '--author',
      'Town of Example',
      '--year',
      '2025',
      '--title',
      'Charter',
      '--url',
      'https://example.org/charter',
    ],
    dir,
  );
  expect(fromFlags).toMatchObject({ code: 0, stdout: 'Added 1 record to corpus/definitions.csv: town-of-example-2025\n' });

  writeFileSync(
    path.join(dir, 'report.pdf'),
    makePdf([
      ['Annual report 2025.'],
      ['In this report a smart city is defined as a city whose public ser-', 'vices learn from open data and from the people who use them.'],
    ]),
  );
  const mined = await cli(
    ['mine', 'report.pdf', '--add', '--sector', 'private', '--author', 'Example Consulting', '--year', '2025', '--title', 'Annual report'],
    dir,
  );
  expect(mined.stdout).toContain('Added 1 record to corpus/definitions.csv: example-consulting-2025-p2\n');

  const after = await cli(['validate'], dir);
  expect(after.code).toBe(0);
  expect(after.stdout).toMatch(new RegExp(`^${recordsBefore + 32} records`));
  const analyzed = await cli(['analyze', '--no-png'], dir);
  expect(analyzed.code).toBe(0);
  const definitions = readFileSync(path.join(dir, 'output', 'records.csv'), 'utf8');
  for (const id of ['survey-1', 'survey-30', 'town-of-example-2025', 'example-consulting-2025-p2'])
    expect(definitions).toMatch(new RegExp(`^${id},.*,analysed,`, 'm'));
  expect(definitions).toMatch(/^example-consulting-2025-p2,private,,smart city,definition,Example Consulting,2025,"Annual report, p. 2",,,analysed,/m);
});
