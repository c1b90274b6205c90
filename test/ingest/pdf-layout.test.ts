import { describe, expect, it } from 'vitest';
import { readPdfText } from '../../src/ingest/pdf.js';
import { pageText, type TextItem } from '../../src/ingest/pdf-layout.js';
import { PdfPool } from '../../src/ingest/pdf-pool.js';
import { mineDefinitions } from '../../src/mine/index.js';
import { makePdf as makePaperPdf } from '../fixtures/mining/make-pdf.mjs';
import { makePdf, makePlacedPdf } from '../pdf.js';

const LEFT = ['A smart city is a city that uses', 'sensors and data to manage its', 'infrastructure for its residents.', 'Other text on the left side here.'];
const RIGHT = [
  'Cities differ in many ways, and',
  'a sustainable city is one that lives',
  'within the means of its region.',
  'Closing words on the right side.',
];

describe('pageText', () => {
  it('reads two columns one after the other, whatever order the items come in, and keeps a full-width title in place', () => {
    const items: TextItem[] = [['A review of smart city definitions across the literature', 72, 60, 400, 10]];
    // Row by row, left then right: the order a line-by-line typesetter writes.
    LEFT.forEach((l, i) => items.push([l, 72, 100 + i * 12, 180, 10], [RIGHT[i]!, 320, 100 + i * 12, 180, 10]));
    expect(pageText({ width: 612, height: 792, items }).split('\n')).toEqual([
      'A review of smart city definitions across the literature',
      '',
      ...LEFT,
      '',
      ...RIGHT,
    ]);
  });

  it('joins the items of one line, superscripts included, and marks a paragraph gap with a blank line', () => {
    const items: TextItem[] = [
      ['A smart city', 72, 100, 60, 10],
      ['is a city', 135, 100, 40, 10],
      ['1', 176, 96, 4, 6],
      ['Next paragraph.', 72, 140, 80, 10],
    ];
    expect(pageText({ width: 612, height: 792, items })).toBe('A smart city is a city 1\n\nNext paragraph.');
  });

  it('keeps apart two lines printed over each other on nearby baselines (body text run into the running foot)', () => {
    const items: TextItem[] = [
      ['Urban Review · Harlow and Mbeki', 60, 749.5, 150, 9],
      ['planning records. Urban Stud. 2021, 4, 11–19.', 60, 752.5, 200, 10],
      ['212', 60, 762, 14, 9],
      ['8. Ortega, L. Twins of towns. City 2020, 3, 1–9.', 60, 765, 210, 10],
    ];
    expect(pageText({ width: 612, height: 792, items }).split('\n')).toEqual([
      'Urban Review · Harlow and Mbeki',
      'planning records. Urban Stud. 2021, 4, 11–19.',
      '212',
      '8. Ortega, L. Twins of towns. City 2020, 3, 1–9.',
    ]);
    // A superscript beside its word, on a raised baseline, still joins the line.
    expect(
      pageText({
        width: 612,
        height: 792,
        items: [
          ['a twin', 60, 100, 30, 10],
          ['2', 90.5, 97, 4, 6],
        ],
      }),
    ).toBe('a twin 2');
  });
  it("keeps a table's column gaps and a wrapped cell's indent on a grid of the average character width, and running text as it is", () => {
    // Every item 5 units a character: the grid's pitch is 5, the margin 72 (where most lines start).
    const item = (str: string, x: number, y: number): TextItem => [str, x, y, str.length * 5, 10];
    const items: TextItem[] = [
      item('Term', 72, 100),
      item('Definition', 132, 100),
      item('Smart city', 72, 112),
      item('A city that uses data', 132, 112),
      item('to serve residents.', 132, 124),
      // A justified line's stretched word space (0.7 of the font height) is a word space still.
      item('This', 72, 150),
      item('line', 99, 150),
      item('is running text, set at the margin.', 124, 150),
      item('An indented line.', 87, 162),
    ];
    expect(pageText({ width: 612, height: 792, items }).split('\n')).toEqual([
      'Term        Definition',
      'Smart city  A city that uses data',
      '            to serve residents.',
      '',
      'This line is running text, set at the margin.',
      '   An indented line.',
    ]);
  });
  it('reads two justified columns apart across a gutter as narrow as the type size (LaTeX: 10 pt at 10 pt)', () => {
    // Every line of a justified column ends at its edge: the gutter is the whole gap between the columns on every line.
    const items: TextItem[] = [];
    LEFT.forEach((l, i) => items.push([l, 72, 100 + i * 12, 230, 10], [RIGHT[i]!, 312, 100 + i * 12, 230, 10]));
    expect(pageText({ width: 612, height: 792, items }).split('\n')).toEqual([...LEFT, '', ...RIGHT]);
  });

  it("reads a single-column page's two-cell table row by row, prose above and below it (not a block of columns)", () => {
    const item = (str: string, x: number, y: number): TextItem => [str, x, y, str.length * 5, 10];
    const prose = [
      'The partners use the terms below as the published sources define them, and this section',
      'explains where each definition comes from and why the partners chose it over the others.',
    ];
    // A label, then its definition wrapped onto lines of its own: split at the middle but not two columns.
    const table: [string, string][] = [
      ['Source', 'Definition as published'],
      ['Manville (2014)', 'A smart city is one with at least one initiative'],
      ['', 'addressing one of six characteristics of smart'],
      ['', 'governance, people, living, mobility, economy.'],
      ['Sørlie (2018)', 'A sustainable city is a settlement whose use of'],
      ['', 'land, energy and materials could continue at its'],
      ['', 'present rate indefinitely without shifting costs.'],
      ['Okafor (2022)', 'Smart sustainable cities align each digital'],
      ['', 'investment with the climate targets of the city.'],
      ['Vance (2020)', 'No explicit definition of any of the terms.'],
      ['Brandt (2021)', 'A digital twin is a model kept current by data.'],
    ];
    const items: TextItem[] = prose.map((l, i) => item(l, 72, 100 + i * 12));
    table.forEach(([label, cell], i) => {
      if (label) items.push(item(label, 72, 136 + i * 12));
      items.push(item(cell, 300, 136 + i * 12));
    });
    prose.forEach((l, i) => items.push(item(l, 72, 284 + i * 12)));
    const lines = pageText({ width: 612, height: 792, items }).split('\n');
    expect(lines.filter((l) => l.startsWith('Manville (2014) ') || l.startsWith('Sørlie (2018) '))).toHaveLength(2);
    expect(lines.indexOf('Sørlie (2018)')).toBe(-1);
  });

  it('reads a table set across the page below two columns row by row, a gap between its cells under the gutter', () => {
    // The layout of review-paper-59's page 3: two columns, a caption across the page, then Table 1 whose Definition
    // cells start where the right column does; read as more columns, its Author and Sector cells came first, and a
    // definition ran on into the next row's cells.
    const items: TextItem[] = [];
    LEFT.forEach((l, i) => items.push([l, 72, 100 + i * 12, 180, 10], [RIGHT[i]!, 320, 100 + i * 12, 180, 10]));
    items.push(['Table 1. Definitions by source (selected; continued overleaf)', 72, 160, 330, 10]);
    const rows: [number, string][][] = [
      [
        [72, 'Author (year)'],
        [200, 'Sector'],
        [320, 'Definition'],
        [480, 'Core factors'],
      ],
      [
        [72, 'Stonegrave et al. (2014)'],
        [200, 'Academic'],
        [320, 'A smart sustainable city is a'],
      ],
      [[320, 'city that writes binding']],
      [[320, 'environmental targets into its']],
      [
        [320, 'annual budget'],
        [480, 'budget; data'],
      ],
      [
        [72, 'Brackenfold City Council'],
        [200, 'Government'],
        [320, 'Describes eleven pilot projects;'],
      ],
      [
        [72, '(2019)'],
        [320, 'the term itself is not defined'],
        [480, 'pilots'],
      ],
    ];
    rows.forEach((cells, i) => cells.forEach(([x, text]) => items.push([text, x, 172 + i * 12, text.length * 4.5, 10])));
    const lines = pageText({ width: 612, height: 792, items }).split('\n');
    expect(lines.slice(0, 10)).toEqual([...LEFT, '', ...RIGHT, '']);
    const table = lines.slice(lines.indexOf('Table 1. Definitions by source (selected; continued overleaf)') + 1).map((l) => l.trim().split(/\s{2,}/));
    expect(table).toEqual([
      ['Author (year)', 'Sector', 'Definition', 'Core factors'],
      ['Stonegrave et al. (2014)', 'Academic', 'A smart sustainable city is a'],
      ['city that writes binding'],
      ['environmental targets into its'],
      ['annual budget', 'budget; data'],
      ['Brackenfold City Council', 'Government', 'Describes eleven pilot projects;'],
      ['(2019)', 'the term itself is not defined', 'pilots'],
    ]);
    // Read row by row, the definition ends with its cell.
    expect(mineDefinitions([lines.join('\n')]).map((c) => c.clause)).toContain(
      'A smart sustainable city is a city that writes binding environmental targets into its annual budget',
    );
  });
});

describe('readPdfText', () => {
  it('reads a two-column PDF written line by line across the columns in reading order', async () => {
    const page = LEFT.flatMap((l, i) => [
      { x: 72, y: 700 - i * 12, text: l },
      { x: 320, y: 700 - i * 12, text: RIGHT[i]! },
    ]);
    const pdf = await readPdfText(makePlacedPdf([page]));
    expect(pdf).toEqual({ ok: true, pages: [[...LEFT, '', ...RIGHT].join('\n')], total: 1 });
  });

  it('reads two columns between full-width text above and below them that crosses the gutter on many lines', async () => {
    // The layout of review-paper-40's page 3: a paragraph across the page, two columns (the left one longer), then a
    // caption and full-width lines below the columns, which together cross the gutter on more than a quarter of the
    // page's lines; set as a typesetter writes it (make-pdf.mjs: the left column, then the right one).
    const above = [
      'Several kinds of model are called digital twins in the literature cited below, and the',
      'earlier patents use the term for quite different systems, as the table below shows.',
    ];
    const left = [
      '[0012] An urban digital twin has been',
      'described as a virtual replica of a city',
      'that is kept current by data from the city',
      'and is used to test decisions before they',
      'are taken in the city council [NPL 3].',
      '[0013] The authors of NPL 3 surveyed 31',
      'twins and found 22 of them without data.',
    ];
    const right = [
      '[0014] A digital twin is a living model of',
      'a physical system that receives its state',
      'from that system and sends decisions back',
      'to it, as the supplier puts it [NPL 7].',
      '[0015] A data lake is a repository that',
    ];
    const below = [
      'Table 1 - Earlier definitions and disclosures',
      'Hallvik Networks AB (PTL 1) 2019 smart city: an operations centre for lighting and signals',
      'Stellwick Mobility (PTL 2) 2021 digital twin: a traffic simulator recalibrated every day',
      'Meridane Grid KK (PTL 3) 2020 smart sustainable city: a district energy network run to a',
      'published carbon budget for every building it serves, with its data open to the public',
    ];
    const foot = ['Orrinvale Urban Systems AG - Urban digital twin of a smart city - Description and claims', '3'];
    const pdf = await readPdfText(makePaperPdf([[...above, ...left, ...right, '', ...below, ...foot].join('\n')], [{ from: 2, split: 9, to: 14 }]));
    if (!pdf.ok) throw new Error(pdf.message);
    expect(pdf.pages[0]!.split('\n').filter(Boolean)).toEqual([...above, ...left, ...right, ...below, ...foot]);
  });

  it('reads a table whose cells a PDF places by x position row by row: cells under their column names, wrapped cells indented', async () => {
    const row = (y: number, cells: [number, string][]) => cells.map(([x, text]) => ({ x, y, text }));
    const page = [
      ...row(700, [[72, 'Table 2 lists the instruments we read and what each defines.']]),
      ...row(686, [
        [72, 'Country'],
        [150, 'Instrument'],
        [290, 'Year'],
        [326, 'Definition or, if none, what it does'],
      ]),
      ...row(674, [
        [72, 'Ecuador'],
        [150, 'National Urban Agenda'],
        [290, '2020'],
        [326, 'A sustainable city is a city that plans'],
      ]),
      ...row(662, [[326, 'its growth within its ecological limits']]),
      ...row(650, [
        [72, 'Chile'],
        [150, 'Digital strategy'],
        [290, '2022'],
        [326, 'no definition; aims at connecting every'],
      ]),
      ...row(638, [[326, 'municipal building by 2027']]),
    ];
    const pdf = await readPdfText(makePlacedPdf([page]));
    if (!pdf.ok) throw new Error(pdf.message);
    const lines = pdf.pages[0]!.split('\n');
    expect(lines[0]).toBe('Table 2 lists the instruments we read and what each defines.');
    // Each cell starts where its column's name does, two spaces or more after the cell before it.
    const starts = (line: string) => [...line.matchAll(/(?<=^|\s{2})\S/g)].map((m) => m.index);
    expect(starts(lines[2]!)).toEqual(starts(lines[1]!));
    expect(starts(lines[4]!)).toEqual(starts(lines[1]!));
    expect(lines[3]).toBe(' '.repeat(starts(lines[1]!)[3]!) + 'its growth within its ecological limits');
    expect(lines[5]).toBe(' '.repeat(starts(lines[1]!)[3]!) + 'municipal building by 2027');
    // Read row by row under its header, the table's definition ends with its cell, not in the next row.
    expect(mineDefinitions(pdf.pages).map((c) => [c.clause, c.context])).toEqual([
      ['A sustainable city is a city that plans its growth within its ecological limits', 'row'],
    ]);
  });

  it('gives the same text whatever the number of workers, and a timeout ends the worker, not the run', async () => {
    const data = makePdf([['A smart city is a city that learns.'], ['Page two.']]);
    const one = new PdfPool({ workers: 1 });
    const three = new PdfPool({ workers: 2, filesPerWorker: 1 });
    try {
      const a = await Promise.all([1, 2, 3].map(() => readPdfText(data, { timeoutMs: 60_000 }, one)));
      const b = await Promise.all([1, 2, 3].map(() => readPdfText(data, { timeoutMs: 60_000 }, three)));
      expect(b).toEqual(a);
      // Long enough that a warm worker cannot answer within the millisecond.
      const long = makePdf(Array.from({ length: 400 }, (_, i) => [`Page ${i} of a long report on smart cities.`]));
      expect(await readPdfText(long, { timeoutMs: 1 }, one)).toEqual({
        ok: false,
        reason: 'timeout',
        message: 'Gave up after 0.0 s (limits.pdfTimeoutSeconds)',
      });
      expect(await readPdfText(data, { timeoutMs: 60_000 }, one)).toEqual(a[0]);
    } finally {
      await Promise.all([one.close(), three.close()]);
    }
  });
});
