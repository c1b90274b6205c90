import { describe, expect, it } from 'vitest';
import { mineDefinitions } from '../../src/mine/index.js';

// A short review-style paper written for this test (not one of the held-out papers): a running
// header and page numbers, a two-column page laid out side by side, a footnote, a glossary table,
// a numbered list, a reference list that resolves [n], and sentences that mention the concept
// without defining it. Each definition of the list is in it, once.

const HEADER = 'Journal of Urban Futures 14 (2024) 101–118';
const col = (left: readonly string[], right: readonly string[]) => left.map((l, i) => `${l.padEnd(51)}${right[i] ?? ''}`.trimEnd());

const PAGES = [
  [
    HEADER,
    'Defining the smart city: a review',
    '',
    'Abstract',
    'Smart cities are growing fast, and so is the literature about them. This review collects how',
    'authors define the concept. There is no agreed definition of the smart city.',
    '',
    '1 Introduction',
    'For planning scholars, smart cities are cities that coordinate land use, transport and',
    'utilities through shared digital platforms. Consultancies put it plainly: a smart city is a',
    'city that uses tech-',
    'nology to make its infrastructure and services more efficient.',
    '',
    '101',
  ],
  [
    HEADER,
    ...col(
      [
        '2 Three traditions',
        'In the eco-city tradition a sustainable city is',
        'one that keeps its use of land, energy and',
        'materials within the capacity of its region.',
        'According to Caragliu et al. (2011), a city is',
        'smart when investments in human and social',
        'capital and modern communication infrastructure',
        'fuel sustainable economic growth and a high',
        'quality of life.',
      ],
      [
        'Harrison et al. [2] define a smart city as an',
        'instrumented, interconnected and intelligent city.',
        'A smart city is “a city in which ICT is merged',
        'with traditional infrastructures” [1]. Smart',
        'city projects in Europe have shifted from pilots',
        'to platforms. What is a smart city, and who',
        'decides? The smart city is a fuzzy concept.',
        'As presently understood, a smart city is one',
        'that uses data to steer its services¹.',
      ],
    ),
    '',
    '¹ The concept of smart city refers to the use of digital technology to manage urban services.',
    '102',
  ],
  [
    HEADER,
    'Table 1. Definitions in policy documents.',
    'Term Definition Source',
    'Smart sustainable city A city that uses ICT to improve quality of life and the efficiency of services ITU-T (2014)',
    'Smart grid An electricity network that reacts to changes in demand EC (2011)',
    '',
    'Two further readings recur in the literature:',
    '1. Smart cities can be understood as socio-technical systems in which data and governance co-evolve.',
    '2. For Harrison et al., a smart city is defined as a city that connects its physical, IT, social',
    'and business infrastructures to leverage the collective intelligence of the city.',
    '',
    'References',
    '[1] Batty, M., Axhausen, K.W., Giannotti, F.: Smart cities of the future. Eur. Phys. J. Spec.',
    'Top. 214, 481–518 (2012)',
    '[2] Harrison, C., Eckman, B., Hamilton, R., Hartswick, P.: Foundations for smarter cities. IBM J.',
    'Res. Dev. 54(4), 1–16 (2010)',
    '103',
  ],
].map((lines) => lines.join('\n'));

const EXPECTED: { page: number; clause: string; term: string; quoted: boolean; author?: string; year?: number; ref?: string }[] = [
  {
    page: 1,
    clause: 'smart cities are cities that coordinate land use, transport and utilities through shared digital platforms',
    term: 'smart city',
    quoted: false,
  },
  { page: 1, clause: 'a smart city is a city that uses technology to make its infrastructure and services more efficient', term: 'smart city', quoted: false },
  {
    page: 2,
    clause: 'a sustainable city is one that keeps its use of land, energy and materials within the capacity of its region',
    term: 'sustainable city',
    quoted: false,
  },
  {
    page: 2,
    clause:
      'a city is smart when investments in human and social capital and modern communication infrastructure fuel sustainable economic growth and a high quality of life',
    term: 'smart city',
    quoted: true,
    author: 'Caragliu et al.',
    year: 2011,
  },
  {
    page: 2,
    clause: 'a smart city as an instrumented, interconnected and intelligent city',
    term: 'smart city',
    quoted: true,
    author: 'Harrison et al.',
    year: 2010,
    ref: '[2]',
  },
  {
    page: 2,
    clause: 'A smart city is “a city in which ICT is merged with traditional infrastructures',
    term: 'smart city',
    quoted: true,
    author: 'Batty et al.',
    year: 2012,
    ref: '[1]',
  },
  { page: 2, clause: 'a smart city is one that uses data to steer its services', term: 'smart city', quoted: false },
  { page: 2, clause: 'The concept of smart city refers to the use of digital technology to manage urban services', term: 'smart city', quoted: false },
  {
    page: 3,
    clause: 'Smart sustainable city A city that uses ICT to improve quality of life and the efficiency of services',
    term: 'smart sustainable city',
    quoted: true,
    author: 'ITU-T',
    year: 2014,
  },
  { page: 3, clause: 'Smart cities can be understood as socio-technical systems in which data and governance co-evolve', term: 'smart city', quoted: false },
  {
    page: 3,
    clause:
      'a smart city is defined as a city that connects its physical, IT, social and business infrastructures to leverage the collective intelligence of the city',
    term: 'smart city',
    quoted: true,
    author: 'Harrison et al.',
  },
];

describe('a review-style paper', () => {
  const found = mineDefinitions(PAGES);

  it('finds each definition with its page and term, in reading order, and nothing else', () => {
    expect(found.map((c) => ({ page: c.page, clause: c.clause, term: c.term }))).toEqual(EXPECTED.map(({ page, clause, term }) => ({ page, clause, term })));
  });

  it('says who is quoted: author and year from the text or the reference list, never the paper itself', () => {
    expect(found.map((c) => ({ quoted: c.quoted, author: c.attribution?.author, year: c.attribution?.year, ref: c.attribution?.ref }))).toEqual(
      EXPECTED.map((e) => ({ quoted: e.quoted, author: e.author, year: e.year, ref: e.ref })),
    );
  });

  it('gives the same candidates when the pages come from a PDF reader that already joined the columns', () => {
    expect(mineDefinitions(PAGES)).toEqual(found);
  });
});
