import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config/schema.js';
import { readPdfText } from '../../src/ingest/pdf.js';
import { mineDefinitions, type Candidate } from '../../src/mine/index.js';
import { makePdf } from '../pdf.js';

// Entries of a terminology standard's "Terms and definitions" clause (ISO 704 / ISO 10241-1 and
// the ISO directives; BSI PAS; ITU-T Recommendations). The layouts follow the published formats;
// the wordings are taken from the published entries where a public page prints them (cited at each
// case) and written otherwise (said so). Entry numbers and SOURCE lines are given as the format
// writes them; where a case needs a real document's number it says where it comes from.

const concept = ConfigSchema.parse({
  concept: { name: 'smart city', terms: ['smart city', 'smart sustainable city', 'sustainable city', 'digital twin'] },
}).concept;
const mine = (pages: readonly string[]) => mineDefinitions(pages, { concept });
const brief = (c: Candidate) => ({
  term: c.term,
  clause: c.clause,
  quoted: c.quoted,
  author: c.attribution?.author ?? null,
  year: c.attribution?.year ?? null,
  ref: c.attribution?.ref ?? null,
});

// The smart city definition of the ISO Technical Management Board's Strategic Advisory Group on
// Smart Cities, which ISO 37122:2019 (and ISO 37100) take up as their "smart city" entry; wording as
// quoted at https://www.exsolutiongroup.com/blog/iso-standard-and-the-rise-of-smart-cities/ (shortened
// after "quality of life"); the note and the source line are written in the ISO format.
const ISO_SMART_CITY = [
  '3 Terms and definitions',
  'For the purposes of this document, the following terms and definitions apply.',
  '3.1',
  'city',
  'urban community falling under a specific administrative boundary, commonly referred to as a',
  'city, municipality or local government',
  '3.2',
  'smart city',
  'city that increases the pace at which it provides social, economic and environmental',
  'sustainability outcomes and that responds to challenges such as climate change, rapid',
  'population growth, and political and economic instability by fundamentally improving how it',
  'engages society, applies collaborative leadership methods, works across disciplines and city',
  'systems, and uses data information and modern technologies to deliver better services and',
  'quality of life to those in the city',
  'Note 1 to entry: A smart city is a city that measures these outcomes with the indicators of',
  'this document.',
  '[SOURCE: ISO 37122:2019, 3.7, modified — Note 2 to entry has been deleted.]',
  '3.3',
  'smart grid',
  'electricity network that uses digital technology to balance supply and demand in a smart city',
];
const ISO_SMART_CITY_CLAUSE =
  'smart city city that increases the pace at which it provides social, economic and environmental sustainability outcomes and that responds to challenges such as climate change, rapid population growth, and political and economic instability by fundamentally improving how it engages society, applies collaborative leadership methods, works across disciplines and city systems, and uses data information and modern technologies to deliver better services and quality of life to those in the city';

describe('terminology entries: ISO format (number, term line, definition, notes, source)', () => {
  it('reads the entry as term line + definition, its source line as the attribution, and nothing from the note or the other entries', () => {
    const found = mine([ISO_SMART_CITY.join('\n')]);
    expect(found.map(brief)).toEqual([{ term: 'smart city', clause: ISO_SMART_CITY_CLAUSE, quoted: true, author: 'ISO 37122:2019', year: 2019, ref: null }]);
    expect(found[0]).toMatchObject({ page: 1, line: 8, pattern: 'term-entry', score: 0.95 });
  });

  it('an abbreviation line between term and definition stays in the clause; an entry without a source line is the document’s own', () => {
    // Y.4900's definition (https://www.itu.int/en/ITU-T/ssc/Pages/info-ssc.aspx) set as an ISO entry
    // with its admitted abbreviation, as a national vocabulary would print it (written).
    const text = [
      '3.4',
      'smart sustainable city',
      'SSC',
      'innovative city that uses information and communication technologies (ICTs) and other',
      'means to improve quality of life, efficiency of urban operation and services, and',
      'competitiveness, while ensuring that it meets the needs of present and future generations',
      'with respect to economic, social, environmental as well as cultural aspects',
      'EXAMPLE A smart sustainable city is a city that reports its indicators every year.',
      '3.5',
      'digital twin',
      '<smart cities> digital representation of an object of interest with data connections that',
      'enable convergence between the physical and digital states at an appropriate rate of',
      'synchronization',
    ].join('\n');
    expect(mine([text]).map(brief)).toEqual([
      {
        term: 'smart sustainable city',
        clause:
          'smart sustainable city SSC innovative city that uses information and communication technologies (ICTs) and other means to improve quality of life, efficiency of urban operation and services, and competitiveness, while ensuring that it meets the needs of present and future generations with respect to economic, social, environmental as well as cultural aspects',
        quoted: false,
        author: null,
        year: null,
        ref: null,
      },
      // ITU-T's digital twin wording (summary of Recommendation ITU-T Y.4489 (11/2023),
      // https://www.itu.int/dms_pubrec/itu-t/rec/y/T-REC-Y.4489-202311-I!!SUM-HTM-E.htm), with a domain.
      {
        term: 'digital twin',
        clause:
          'digital twin <smart cities> digital representation of an object of interest with data connections that enable convergence between the physical and digital states at an appropriate rate of synchronization',
        quoted: false,
        author: null,
        year: null,
        ref: null,
      },
    ]);
  });

  it('a PAS-style entry with the number before the term, an admitted synonym and a source without a year', () => {
    // PAS 180:2014's smart cities wording, as https://www.designingbuildings.co.uk/wiki/PAS_180 quotes it
    // (after its ellipsis); the entry number and the synonym line are written.
    const text = [
      '2.1.9 smart cities',
      'smarter cities',
      'effective integration of physical, digital and human systems in the built environment to',
      'deliver a sustainable, prosperous and inclusive future for its citizens',
      '[SOURCE: PAS 180, 3.1.62]',
      '2.1.10 smart grid',
      'electricity network that can intelligently integrate the actions of all users connected to it',
    ].join('\n');
    expect(mine([text]).map(brief)).toEqual([
      {
        term: 'smart city',
        clause:
          'smart cities smarter cities effective integration of physical, digital and human systems in the built environment to deliver a sustainable, prosperous and inclusive future for its citizens',
        quoted: true,
        author: 'PAS 180',
        year: null,
        ref: null,
      },
    ]);
  });

  it('an abbreviation after a semicolon on the term line (as national standards print it)', () => {
    // Wording written; the layout follows the English editions of GB/T vocabularies (`3.1 smart city; SC`).
    const text = [
      '3.1',
      'smart city; SC',
      'city that uses new-generation information technologies to make its planning, construction,',
      'management and services intelligent',
    ].join('\n');
    expect(mine([text]).map((c) => [c.term, c.clause])).toEqual([
      [
        'smart city',
        'smart city; SC city that uses new-generation information technologies to make its planning, construction, management and services intelligent',
      ],
    ]);
  });

  it('a deprecated term: the entry defines its preferred term; a configured term that is only deprecated is not defined there', () => {
    const text = [
      '3.6',
      'smart sustainable city',
      'DEPRECATED: sustainable smart city',
      'city that uses information and communication technologies to meet the needs of present and',
      'future generations',
      '3.7',
      'intelligent community',
      'DEPRECATED: smart city',
      'community that uses broadband and digital services to build its local economy',
    ].join('\n');
    expect(mine([text]).map((c) => [c.term, c.clause])).toEqual([
      [
        'smart sustainable city',
        'smart sustainable city DEPRECATED: sustainable smart city city that uses information and communication technologies to meet the needs of present and future generations',
      ],
    ]);
  });

  it('joins a definition hyphenated across lines and across a page break, on the page of its term', () => {
    const page1 = ['Vocabulary — smart cities', '3.8', 'smart city', 'city that uses digital tech-'];
    const page2 = ['nology and data to improve the services it provides to its residents', 'Note 1 to entry: See also 3.9.'];
    expect(mine([page1.join('\n'), page2.join('\n')]).map((c) => [c.page, c.line, c.clause])).toEqual([
      [1, 3, 'smart city city that uses digital technology and data to improve the services it provides to its residents'],
    ]);
  });

  it('single blank lines inside an entry (a PDF reader’s wider gaps) do not end it', () => {
    const text = [
      '3.2',
      '',
      'smart city',
      '',
      ...ISO_SMART_CITY.slice(8, 14),
      '',
      ...ISO_SMART_CITY.slice(14, 17),
      '',
      '3.3',
      'smart grid',
      ISO_SMART_CITY[19],
    ].join('\n');
    expect(mine([text]).map(brief)).toEqual([
      { term: 'smart city', clause: ISO_SMART_CITY_CLAUSE, quoted: true, author: 'ISO 37122:2019', year: 2019, ref: null },
    ]);
  });

  it('a numbered source line is resolved through the bibliography', () => {
    const text = [
      ...ISO_SMART_CITY.slice(2, 15),
      '[SOURCE: [2], 3.7]',
      '4 Abbreviated terms',
      'SSC smart sustainable city',
      'ICT information and communication technology',
      'Bibliography',
      '[1] ISO 37101:2016, Sustainable development in communities — Management system',
      '[2] ISO 37122:2019, Sustainable cities and communities — Indicators for smart cities',
    ].join('\n');
    // (the author as the reference list gives it, the standard's identifier whole, as convention 3 writes it)
    expect(mine([text]).map(brief)).toEqual([
      { term: 'smart city', clause: ISO_SMART_CITY_CLAUSE, quoted: true, author: 'ISO 37122:2019', year: 2019, ref: '[2]' },
    ]);
  });
});

describe('terminology entries: ITU-T format (number, term, optional label, colon, definition sentence)', () => {
  // The layout of FG-SSC's technical reports (https://www.itu.int/wftp3/Public/epub_shared/TSB/
  // ITUT-Tech-Report-Specs/2016/en/ITUT-Tech-Rep-Specs-2016_opf_files/WebSearch/page0833.html): terms
  // defined elsewhere with a bracketed reference label, terms defined in the report, a references clause.
  const text = [
    '2 Normative references',
    '[ITU-T TR SSC Def] Technical Report on smart sustainable cities: an analysis of definitions (2014).',
    '[OECD KE] Organisation for Economic Co-operation and Development (1996), The knowledge-based economy.',
    '3 Definitions',
    '3.1 Terms defined elsewhere',
    'This Technical Report uses the following terms defined elsewhere:',
    '3.1.1 knowledge economy [OECD KE]: "An economy whose most important elements are the',
    'possession, control, production and utility of knowledge and intelligent resources".',
    '3.1.2 smart sustainable cities [ITU-T TR SSC Def]: A smart sustainable city is an innovative',
    'city that uses information and communication technologies (ICTs) and other means to improve',
    'quality of life, efficiency of urban operation and services, and competitiveness, while',
    'ensuring that it meets the needs of present and future generations with respect to economic,',
    'social, environmental as well as cultural aspects.',
    '3.2 Terms defined in this Technical Report',
    'This Technical Report defines the following term:',
    '3.2.1 digital twin: A digital representation of an object of interest with data connections',
    'that enable convergence between the physical and digital states at an appropriate rate of',
    'synchronization.',
    'NOTE – A digital twin of a smart city is often called an urban digital twin.',
    '4 Abbreviations and acronyms',
  ];
  const SSC =
    'smart sustainable cities [ITU-T TR SSC Def]: A smart sustainable city is an innovative city that uses information and communication technologies (ICTs) and other means to improve quality of life, efficiency of urban operation and services, and competitiveness, while ensuring that it meets the needs of present and future generations with respect to economic, social, environmental as well as cultural aspects';
  const DT =
    'digital twin: A digital representation of an object of interest with data connections that enable convergence between the physical and digital states at an appropriate rate of synchronization';

  it('a term defined elsewhere is quoted from its label (year from the references); a term defined in the report is its own', () => {
    expect(mine([text.join('\n')]).map(brief)).toEqual([
      { term: 'smart sustainable city', clause: SSC, quoted: true, author: 'ITU-T TR SSC Def', year: 2014, ref: null },
      { term: 'digital twin', clause: DT, quoted: false, author: null, year: null, ref: null },
    ]);
  });

  it('comes out of the PDF the same (mine’s PDF reader)', async () => {
    const pdf = await readPdfText(makePdf([text.slice(0, 10), text.slice(10)]));
    if (!pdf.ok) throw new Error(pdf.message);
    expect(mine(pdf.pages).map(brief)).toEqual(mine([text.slice(0, 10).join('\n'), text.slice(10).join('\n')]).map(brief));
    expect(mine(pdf.pages).map((c) => c.clause)).toEqual([SSC, DT]);
  });
});

describe('terminology entries: what is left alone', () => {
  it('the ISO entries come out of the PDF with the same clauses and attribution', async () => {
    const pdf = await readPdfText(makePdf([ISO_SMART_CITY.map((l) => l.replace('—', '-'))]));
    if (!pdf.ok) throw new Error(pdf.message);
    expect(mine(pdf.pages).map(brief)).toEqual([
      { term: 'smart city', clause: ISO_SMART_CITY_CLAUSE, quoted: true, author: 'ISO 37122:2019', year: 2019, ref: null },
    ]);
  });

  it('entry numbers at the top or foot of several pages are not taken for running heads', async () => {
    // An entry number alone at a page edge on most pages masks like a running line (`#.#`).
    const head = 'ISO 37122:2019(E)';
    const foot = (n: number) => ['(c) ISO 2019 - All rights reserved', String(n)];
    const pages = [
      [head, ...ISO_SMART_CITY.slice(0, 2), ...ISO_SMART_CITY.slice(2, 6), '3.2', ...foot(1)],
      [head, 'smart city', ...ISO_SMART_CITY.slice(8, 17).map((l) => l.replace('—', '-')), '3.3', ...foot(2)],
      [head, 'smart grid', ISO_SMART_CITY[19]!, '3.4', 'smart sustainable city', 'city that meets the needs of its present and future residents', ...foot(3)],
    ];
    const pdf = await readPdfText(makePdf(pages));
    if (!pdf.ok) throw new Error(pdf.message);
    for (const read of [pdf.pages, pages.map((p) => p.join('\n'))]) {
      expect(mine(read).map((c) => [c.page, c.term, c.clause === ISO_SMART_CITY_CLAUSE, c.attribution?.author ?? null])).toEqual([
        // (the clause starts at the term, on the page after its number)
        [2, 'smart city', true, 'ISO 37122:2019'],
        [3, 'smart sustainable city', false, null],
      ]);
    }
  });

  it('numbered prose and section headings stay with the sentence reader', () => {
    const text = [
      '2.1 Put simply, a smart city is one that uses data and digital technology to run its services.',
      '2.2 Smart cities and sustainable cities',
      'The two terms are often used together.',
    ].join('\n');
    expect(mine([text]).map((c) => [c.pattern, c.clause])).toEqual([
      ['is-one-that', 'a smart city is one that uses data and digital technology to run its services'],
    ]);
  });

  it('quantities and numbered headings that open a line are not entries, and the prose around them stays whole', () => {
    const text = [
      'The region grew by',
      '2.5 million residents in ten years, and smart cities are cities that plan for such growth with',
      'shared data.',
      '',
      '3.1 smart city programmes',
      'Vienna is a smart city that has topped several rankings.',
      '',
      '1.2 million people use the city app',
      'every day, and a smart city is a city that serves them through it.',
    ].join('\n');
    expect(mine([text]).map((c) => c.clause)).toEqual([
      'smart cities are cities that plan for such growth with shared data',
      'a smart city is a city that serves them through it',
    ]);
  });

  it('entries of other terms that mention the concept, notes and examples give nothing', () => {
    const text = [
      '3.1',
      'smart community infrastructure',
      'community infrastructure with enhanced technological performance that is designed, operated',
      'and maintained to contribute to sustainable development and resilience of a smart city',
      'Note 1 to entry: A smart city is a city whose infrastructures are smart community infrastructures.',
      'EXAMPLE A sustainable city is one whose water network reports its losses every hour.',
      '3.2',
      'indicator',
      'quantitative, qualitative or descriptive measure of a smart sustainable city',
    ].join('\n');
    expect(mine([text])).toEqual([]);
  });

  it('an unnumbered part after the last entry is not read into its definition', () => {
    const text = [
      ...ISO_SMART_CITY.slice(2, 14),
      'Annex A (informative)',
      'Definitions in use',
      'A sustainable city is a city that lives within the ecological means of its region.',
    ].join('\n');
    expect(mine([text]).map((c) => [c.pattern, c.clause])).toEqual([
      ['term-entry', ISO_SMART_CITY_CLAUSE],
      ['is-a', 'A sustainable city is a city that lives within the ecological means of its region'],
    ]);
  });

  it('keeps the prose definitions around the entries, in reading order', () => {
    const text = [
      'Introduction',
      'In this report, a smart city is a city that shares its data with its residents.',
      '',
      ...ISO_SMART_CITY.slice(2, 17),
      '',
      'Annex A',
      'A sustainable city is a city that lives within the ecological means of its region.',
    ].join('\n');
    expect(mine([text]).map((c) => [c.term, c.pattern])).toEqual([
      ['smart city', 'is-a'],
      ['smart city', 'term-entry'],
      ['sustainable city', 'is-a'],
    ]);
  });
});
