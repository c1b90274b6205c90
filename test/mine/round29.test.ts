import { describe, expect, it } from 'vitest';
import { pageText, type TextItem } from '../../src/ingest/pdf-layout.js';
import { findCitations, NO_NUMBERED_LIST } from '../../src/mine/citations.js';
import { mine } from './cases.js';

// The twenty-ninth extractor: general rules for the error classes of the twenty-eighth round (test25.jsonl,
// review-paper-38; bench/RESULTS.md, "Twenty-ninth extractor"). Every case is written here, none copied from the
// labelled set; each rule has cases it must change and definitions it must leave.

const LEFT_COLUMN = [
  'Twins differ in how often',
  'their data are refreshed',
  'and in who may change them.',
  'The pilots we reviewed kept',
  'their models for years and',
  'rarely said who owned them.',
];
const RIGHT_COLUMN = [
  'Some are calibrated once,',
  'others hourly from meters,',
  'and a few never at all.',
  'Owners were named in two',
  'of the nine cases we read',
  'and in neither contract.',
];

describe('an expert heard in a session: `X of Y, who told them that “…”`, under a heading dated in parentheses', () => {
  const minutes = [
    'Evidence hearing 4 (Tuesday 4 May 2027)',
    'Members heard from Professor Ana Velho-Pires of the University of Eastmoor, who told them that “a smart city is a city that listens to its people.” Several members disagreed.',
  ].join('\n');

  it('files the quotation under the person, not the heading’s date nor the institution, dated by the session', () => {
    const [found] = mine(minutes);
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Velho-Pires', year: 2027 } });
  });

  it('reads no citation in a calendar date in parentheses, but still one in an author’s', () => {
    expect(findCitations('Hearing 4 (Tuesday 4 May 2027) was held in public.', NO_NUMBERED_LIST)).toEqual([]);
    expect(findCitations('The brief (March 2026) was short.', NO_NUMBERED_LIST)).toEqual([]);
    expect(findCitations('as argued before (Marchetti, 2026) and later', NO_NUMBERED_LIST)[0]).toMatchObject({ author: 'Marchetti', year: 2026 });
  });

  it('keeps a body that states a quotation under its own name', () => {
    const [found] = mine('The Institute of Planning, which states that “a smart city is a city that listens to its people.”');
    expect(found!.attribution?.author).toBe('Institute of Planning');
  });
});

describe('a body’s titled document as the subject (`Harwick City Council’s Digital Harwick Plan (2021) defines …`)', () => {
  it('files the definition under the body, the year from the citation or the title', () => {
    const [plan] = mine(
      'The Harwick City Council’s Digital Harwick Plan (2021) defines a smart city as “a city that shares its data with residents”, but the budget does not.',
    );
    expect(plan).toMatchObject({ quoted: true, attribution: { author: 'Harwick City Council', year: 2021 } });
    const [agenda] = mine('• The Department of Urban Affairs’s Housing Agenda 2030 defines a smart city as a city that uses data to plan homes for all.');
    expect(agenda).toMatchObject({ quoted: true, attribution: { author: 'Department of Urban Affairs', year: 2030 } });
  });

  it('keeps a body named with a possessive whole when its name ends in no document noun', () => {
    const [office] = mine('The Mayor’s Office of Technology defines a smart city as “a city that shares its data with residents”.');
    expect(office!.attribution?.author).toBe('Mayor’s Office of Technology');
  });
});

describe('a footnote under a two-column page whose lines stop short of the gutter between ones that cross it', () => {
  it('reads the note as one block, no blank line where a short line follows a long one', () => {
    const items: TextItem[] = [];
    // The body in two columns, then a full-width note whose middle line alone reaches past the gutter.
    LEFT_COLUMN.forEach((l, i) => items.push([l, 72, 100 + i * 12, 180, 10], [RIGHT_COLUMN[i]!, 320, 100 + i * 12, 180, 10]));
    items.push(
      ['¹ The definition we follow is Marsh’s [2]: a digital twin is a model', 72, 300, 300, 10],
      ['of a physical asset that its data keep up to date and that is used to run it', 72, 312, 440, 10],
      ['day by day.', 72, 324, 50, 10],
    );
    const text = pageText({ width: 612, height: 792, items });
    expect(text.split('\n').slice(-3)).toEqual([
      '¹ The definition we follow is Marsh’s [2]: a digital twin is a model',
      'of a physical asset that its data keep up to date and that is used to run it',
      'day by day.',
    ]);
    expect(text.split('\n').slice(0, LEFT_COLUMN.length)).toEqual(LEFT_COLUMN);
  });
});

describe('a work cited through a numbered relay (`Marlow-Essien’s (2015, as cited in [7])`)', () => {
  const paper = [
    'Its first version is Marlow-Essien’s (2015, as cited in [7]): a smart city is a city that runs on its own data.',
    'References',
    '[7] Quenby, R. (2022). Smart cities revisited. Urban Press.',
  ];

  it('files the definition under the work cited, its year, and the relay’s marker, not the relay’s entry', () => {
    const [found] = mine(paper.join('\n'));
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Marlow-Essien', year: 2015, ref: '[7]' } });
  });

  it('still reads a plain marker through the reference list', () => {
    const [found] = mine(['Its first version is in [7]: a smart city is a city that runs on its own data.', ...paper.slice(1)].join('\n'));
    expect(found!.attribution).toMatchObject({ author: 'Quenby', year: 2022, ref: '[7]' });
  });
});

describe('a thesaurus record’s `Source:` field under its `Definition:` field', () => {
  const record = (source: string) =>
    [
      'Preferred term: smart cities',
      'Definition: Smart cities are cities that use shared data to plan services with their residents and within their budgets.',
      source,
      'Broader term: cities',
    ].join('\n');

  it('files the definition under the source line, though that short line reads as a heading', () => {
    const [found] = mine(record('Source: Halvard Urban Vocabulary Board (2024)'));
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Halvard Urban Vocabulary Board', year: 2024 } });
  });

  it('leaves the record the writers’ own when the line under it is another field', () => {
    const [found] = mine(record('Scope note: used in planning documents'));
    expect(found!.quoted).toBe(false);
  });
});

describe('a multilingual glossary record, each language on a line labelled with its code (`EN: …`, `DE: …`)', () => {
  const record = [
    'EN: smart city — a city that runs its services on shared data and asks its residents first',
    'DE: intelligente Stadt — eine Stadt, die ihre Dienste mit geteilten Daten betreibt',
    'Status: approved (Vocabulary Office, 03/2026)',
  ].join('\n');

  it('reads the English line alone, not quoted: the language code is no source, the next language no part of it', () => {
    const [found] = mine(record);
    expect(found).toMatchObject({ clause: 'smart city — a city that runs its services on shared data and asks its residents first', quoted: false });
  });

  it('still files a definition under a source’s label in capitals', () => {
    const [found] = mine('UNDP: a smart city is a city that runs its services on shared data and asks its residents first.');
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'UNDP' } });
  });
});

describe("a term in straight single quotes opening the clause (`'Digital twin' refers to …`)", () => {
  it('quotes the term, not the definiens: the writers’ own definition', () => {
    const [found] = mine(
      "Twins are one promising advance.\n'Digital twin' refers to a live model of a farm that forecasts yields from sensor and weather data.",
    );
    expect(found!.quoted).toBe(false);
  });

  it('still reads a definiens in straight single quotes as someone’s words', () => {
    const [found] = mine("Experts put it like this: 'a smart city is a city whose services share one data platform and answer to residents'.");
    expect(found!.quoted).toBe(true);
  });
});
