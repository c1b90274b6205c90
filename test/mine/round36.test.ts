import { describe, expect, it } from 'vitest';
import { findCitations, NO_NUMBERED_LIST, type ListedNumbers } from '../../src/mine/citations.js';
import { mine } from './cases.js';

// The thirty-sixth extractor: superscript citations as a PDF's text prints them, digits run onto the word or mark before
// them (Nature, Lancet, Vancouver style), resolved through the numbered list; and the list's membership given to every
// reader of citations. Every case is written here, none copied from the labelled set; each rule has cases it must change
// and cases it must leave.

// A Nature-style numbered list (the year after the journal, in parentheses).
const LIST = [
  'References',
  '1. Odawa, K. Cities that keep their own books. Urban Stud. Lett. 3, 1–12 (2018).',
  '2. Brisk-Lannon, T. & Ezeh, M. Counted streets. J. City Data 9, 40–58 (2021).',
  '3. Marlowe, P., Quist, A. & Ten-Hove, R. Twins of the harbour. Port Model. Q. 2, 7–19 (2016).',
  '4. Ferrand, L. Ledger towns. Civic Rev. 5, 1–9 (2019).',
  '5. Okafor, N. & Lindqvist, S. The counting city. Nat. Cities 1, 10–20 (2022).',
  '6. Tamsin, J. Sensors and streets. Urban Data 2, 3–4 (2020).',
  '7. Reyes, M. Civic ledgers. Plan. Q. 8, 11–19 (2017).',
].join('\n');

describe('a superscript citation printed as digits run onto the word before (`… of residents3,4.`)', () => {
  it('resolves the digits through the numbered list, the ref as printed without brackets', () => {
    const [found] = mine(`A smart city is a city that measures the quality of life of its residents3,4. Other cities wait.\n\n${LIST}`);
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Marlowe et al.', year: 2016, ref: '3,4' } });
    const [range] = mine(`A sustainable city is a city that shares its roads, pipes and wires.1–3 Other cities do not.\n\n${LIST}`);
    expect(range).toMatchObject({ quoted: true, attribution: { author: 'Odawa', year: 2018, ref: '1–3' } });
    const [quotation] = mine(`A smart city is a city “that keeps its own books in public”7. The phrase stuck.\n\n${LIST}`);
    expect(quotation).toMatchObject({ quoted: true, attribution: { author: 'Reyes', year: 2017, ref: '7' } });
  });

  it('leaves the digits out of the defining clause', () => {
    const [found] = mine(`A smart city is a city that measures the quality of life of its residents3,4. Other cities wait.\n\n${LIST}`);
    expect(found?.clause).toBe('A smart city is a city that measures the quality of life of its residents');
    const [range] = mine(`A sustainable city is a city that shares its roads, pipes and wires.1–3 Other cities do not.\n\n${LIST}`);
    expect(range?.clause).toBe('A sustainable city is a city that shares its roads, pipes and wires');
  });

  it('ends the clause at a superscript after a comma that commentary follows, as at `[3,4], though`', () => {
    const [found] = mine(`The smart city has been described as a city that keeps its books in public,3,4 though others disagree.5\n\n${LIST}`);
    expect(found).toMatchObject({ clause: 'The smart city has been described as a city that keeps its books in public', attribution: { ref: '3,4' } });
  });

  it('attributes to the name the digits run onto, as `Okafor and Lindqvist [5]` does', () => {
    const [argued] = mine(`As Okafor and Lindqvist5 argue, a smart city is a city whose council publishes every count it takes.\n\n${LIST}`);
    expect(argued).toMatchObject({ quoted: true, attribution: { author: 'Okafor and Lindqvist', year: 2022, ref: '5' } });
    const [etAl] = mine(`Marlowe et al.3 define a digital twin as a model of one harbour that its pilots refresh every hour.\n\n${LIST}`);
    expect(etAl).toMatchObject({ quoted: true, attribution: { author: 'Marlowe et al.', year: 2016, ref: '3' } });
  });

  it('reads `(ref. 6)` and `refs 3,4` as numbered citations', () => {
    const [found] = mine(`A smart city is defined as a city that keeps its own books (ref. 6). Few cities do.\n\n${LIST}`);
    expect(found).toMatchObject({
      quoted: true,
      clause: 'A smart city is defined as a city that keeps its own books',
      attribution: { author: 'Tamsin', year: 2020, ref: '6' },
    });
  });

  it('leaves the digits uncited in a document without a numbered list', () => {
    const [found] = mine('A smart city is a city that measures the quality of life of its residents3,4. Other cities wait.');
    expect(found?.attribution?.ref).toBeUndefined();
    expect(found?.quoted).toBe(false);
  });

  it('leaves a superscript the document prints a footnote for to that note, even when its list holds the number', () => {
    const page = [
      'A smart city is a city whose council publishes every count its sensors take.6',
      '',
      '6 Harbour Towns Network, Counting in public: a primer (2024), p. 3.',
    ].join('\n');
    const [found] = mine([page, LIST]);
    expect(found?.attribution?.author).toBe('Harbour Towns Network');
    expect(found?.attribution?.ref).toBeUndefined();
  });
});

describe('digits that are part of a name or a measure are never superscript citations', () => {
  // (a list that holds every number up to 999: only the shape of the text can keep these out)
  const everything: ListedNumbers = { numbered: true, holds: (n) => n >= 1 && n <= 999, noted: () => false };
  const refs = (text: string) => findCitations(text, everything).map((c) => c.ref);

  it('leaves acronyms, units, versions, labels, years and decimals', () => {
    expect(refs('Cities that run on 5G networks and 3D models meet ISO37120 and SDG11 targets by 2030.')).toEqual([]);
    expect(refs('During COVID19 the CO2 readings fell in 120 m2 plots, and Industry4.0 plants slowed.')).toEqual([]);
    expect(refs('As Fig.3 and Table2 show (p.12), 2.5 per cent of 1,000 sensors failed in the 1st year.')).toEqual([]);
  });

  it('reads the same digits run onto a word when the list holds them', () => {
    expect(refs('the quality of life of residents3,4.')).toEqual(['3,4']);
    expect(refs('as Okafor and Lindqvist12 argue')).toEqual(['12']);
    expect(refs('its infrastructure.15–17')).toEqual(['15–17']);
    expect(refs('a city “that uses data”7 and')).toEqual(['7']);
    expect(refs('Smith et al.8 define')).toEqual(['8']);
  });

  it('reads none without the list', () => {
    expect(findCitations('the quality of life of residents3,4 as Okafor and Lindqvist12 argue', NO_NUMBERED_LIST)).toEqual([]);
  });
});

describe('what kind of thing the term is taken for, against a kind it is not (`as a tool rather than a kind of city`)', () => {
  it('is a framing, not a definition', () => {
    expect(mine('Ferrand (2019) treats the digital twin as an instrument of budgeting rather than a type of model, and others follow her.')).toEqual([]);
    expect(mine('The smart city can be seen as a slogan rather than a kind of settlement, and few planners use it.')).toEqual([]);
  });

  it('keeps a genus with a differentia of its own', () => {
    const [found] = mine('Ferrand (2019) treats the smart city as a city that publishes its accounts every month rather than a kind of brand.');
    expect(found?.clause).toMatch(/^the smart city as a city that publishes its accounts/u);
  });
});

describe('the term named as a word after a short opener, a verb of meaning after it (`In planning documents smart city usually means …`)', () => {
  it('reads the clause as the sentence’s own subject', () => {
    const [found] = mine('In council minutes smart city usually means a city that publishes its sensor readings every day; in adverts it means less.');
    expect(found?.clause).toBe('smart city usually means a city that publishes its sensor readings every day');
  });

  it('leaves the term as a modifier after the opener', () => {
    expect(mine('In 2010 smart city projects were rare and the phrase meant little to planners.')).toEqual([]);
  });
});

describe('a connective adverb that draws a conclusion before the clause (`…, therefore a digital twin can be considered …`)', () => {
  it('sits as after a conjunction', () => {
    const [found] = mine('Its sensors report every hour, therefore a digital twin is a model that its owner refreshes from those readings.');
    expect(found?.clause).toBe('a digital twin is a model that its owner refreshes from those readings');
  });
});

describe('a superscript run onto the term itself (`A smart city3 is …`)', () => {
  it('reads the term and its citation when the list holds the number', () => {
    const [found] = mine(`A smart city3 is a city that publishes every count its sensors take.\n\n${LIST}`);
    expect(found).toMatchObject({ term: 'smart city', quoted: true, attribution: { author: 'Marlowe et al.', year: 2016, ref: '3' } });
  });

  it('leaves digits that are no citation to a word of their own', () => {
    expect(mine('A smart city3 is a city that publishes every count its sensors take.')).toEqual([]);
    expect(mine(`A smart city5G is a city that publishes every count its sensors take.\n\n${LIST}`)).toEqual([]);
  });
});
