import { describe, expect, it } from 'vitest';
import { mine } from './cases.js';

// The forty-first extractor, part a: attribution (who said it). Every text is written here, none copied from the labelled
// set; each case fails without the change it is named for.

const attributionOf = (text: string | string[]) => mine(text).map((c) => ({ clause: c.clause.slice(0, 24), ...c.attribution }));

describe('an attribution line under a quotation on a slide (`— Name, Year [n]`)', () => {
  it('files the quotation under the line below it, not under the affiliation printed above it', () => {
    const slide = [
      'WHY CITIES COUNT',
      'Prof. Ilse Marrow-Quint',
      'Department of Civic Computing, Tolland University',
      '“A smart city is a city that tells its residents which of its sensors changed a decision last year.”',
      '— Benedek Ashcombe-Leroy, 2018',
      'Agenda',
      '• Counting what counts',
    ].join('\n');
    expect(attributionOf(slide)).toEqual([{ clause: 'A smart city is a city t', author: 'Ashcombe-Leroy', year: 2018, cue: 'source label' }]);
  });

  it('keeps the numbered marker after the year and resolves it through the reference list', () => {
    const pages = [
      [
        'LIMITS FIRST',
        '“Smart sustainable cities are cities that count their water before they count their sensors.”',
        '— Odile Frantzen-Mahe, 2020 [4]',
        'Speaker notes',
        'The quotation is the shortest case I know for limits.',
      ].join('\n'),
      [
        'REFERENCES',
        '[3] Quarrender, T. (2019). Meters and mayors. Civic Data Review 3(1), 1–9.',
        '[4] Frantzen-Mahe, O. (2020). Water first: the smart sustainable city. Tolland Journal of Planning 8(2), 40–58.',
      ].join('\n'),
    ];
    expect(attributionOf(pages)).toEqual([{ clause: 'Smart sustainable cities', author: 'Frantzen-Mahe', year: 2020, ref: '[4]', cue: 'source label' }]);
  });
});

describe('a name the reference list gives, filed as the list prints it', () => {
  const pages = [
    'Vendors are blunter: an urban digital twin is “a live replica of a city’s pipes and roads, refreshed every five minutes” [3].',
    [
      'References',
      '[2] Okonkwo-Lind, T. (2018). Cities that count. Civic Data Review 2(1), 1–9.',
      '[3] Quorvane Dataworks (2023). Twin platform: a product brief.',
    ].join('\n'),
  ];
  it('keeps a body entered without initials whole (`Quorvane Dataworks (2023).`), not as a person by surname', () => {
    expect(attributionOf(pages)).toEqual([{ clause: 'an urban digital twin is', author: 'Quorvane Dataworks', year: 2023, ref: '[3]', cue: 'citation' }]);
  });

  it('still files a person the entry gives by surname and initials by surname', () => {
    const person = [pages[0]!.replace('[3]', '[2]'), pages[1]!];
    expect(attributionOf(person)).toEqual([{ clause: 'an urban digital twin is', author: 'Okonkwo-Lind', year: 2018, ref: '[2]', cue: 'citation' }]);
  });
});

describe('a body and its document in a numbered reference entry (`Body, Title: …, 2025.`)', () => {
  const entries = [
    'References',
    '[4] Brenmoor Agency for Local Networks, Connected Parishes Programme: Guidance Note 2, 2024.',
    '[5] Department for Business, Innovation and Skills, Smart Cities: Background Paper, BIS, London, 2013.',
  ].join('\n');
  it('files the definition under the body, not the body glued to its document’s title', () => {
    const text = ['The Brenmoor Agency for Local Networks [4] states that “a smart city is a parish that publishes what its sensors record”.', entries];
    expect(attributionOf(text)).toEqual([
      { clause: 'a smart city is a parish', author: 'Brenmoor Agency for Local Networks', year: 2024, ref: '[4]', cue: 'states' },
    ]);
  });

  it('keeps a portfolio listed to an `and` in the body’s name', () => {
    const text = ['A government paper [5] states that “a smart city is a city that joins up its data, its services and its people”.', entries];
    expect(attributionOf(text).map((a) => a.author)).toEqual(['Department for Business, Innovation and Skills']);
  });
});

describe('a standard’s identifier printed before its marker in a table row (convention 3)', () => {
  it('files the row under the identifier, not the publisher the reference entry names', () => {
    const text = [
      'Table 2. Definitions by source.',
      'ID    Source                    Year  Sector      Definition',
      'D07   QSB 4410:2020 [3]         2020  Standard    A smart sustainable city is a city that meets its climate targets with digital means',
      'D08   Harlow-Nyqvist [2]        2019  Academic    A smart city is a city that can say which data changed which decision',
      'References',
      '[2] M. Harlow-Nyqvist, Decisions and data, J. Urban Syst. 4 (2019) 1–20.',
      '[3] Quellmere Standards Board, QSB 4410:2020 Smart sustainable cities — Vocabulary, QSB, 2020.',
    ].join('\n');
    expect(attributionOf(text).map((a) => [a.author, a.year, a.ref])).toEqual([
      ['QSB 4410:2020', 2020, '[3]'],
      ['Harlow-Nyqvist', 2019, '[2]'],
    ]);
  });
});

describe('a record’s source field naming a body and its document (`"source": "Body, Title (white paper)"`)', () => {
  it('files the record under the body, a document of an organisation being the organisation', () => {
    const text = [
      'Listing 1. One record of the file.',
      '[',
      '  {',
      '    "id": "R9",',
      '    "source": "Ostrava Technologies, Twins for Town Halls (white paper)",',
      '    "year": 2023,',
      '    "definition": "A digital twin is a live software model of a town’s assets, fed by their own sensors."',
      '  }',
      ']',
    ].join('\n');
    expect(attributionOf(text)).toEqual([{ clause: 'A digital twin is a live', author: 'Ostrava Technologies', year: 2023, cue: 'record fields' }]);
  });
});

describe('a numbered marker closing a quotation whose source the lead-in names with its year', () => {
  it('keeps the marker as the ref (`As A and B (2019) put it, X is “…” [4].`)', () => {
    const text = 'As Pellham and Osoro (2019) put it, a smart city is “a city whose data answers to its residents before its vendors” [4].';
    expect(attributionOf(text)).toEqual([{ clause: 'a smart city is “a city ', author: 'Pellham and Osoro', year: 2019, ref: '[4]', cue: 'as X puts it' }]);
  });
});

describe('a speaker who told the writer, before a quotation (`X once told me that … “…”`)', () => {
  it('files the quotation under the speaker named before `told me`', () => {
    const text = 'At the launch, Okonedo once told me, with a straight face, that a smart city is “a city where the buses wait for you”.';
    expect(attributionOf(text).map((a) => a.author)).toEqual(['Okonedo']);
  });
});
