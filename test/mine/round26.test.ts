import { describe, expect, it } from 'vitest';
import { mine } from './cases.js';

// The twenty-sixth extractor: general rules for the error classes of the twenty-fifth blind round (review-paper-35;
// bench/RESULTS.md, "Twenty-sixth extractor"). Every case is written here, none copied from the labelled set; each rule
// has cases it must change and definitions it must leave.

// A short review of one book, its bibliography under a Works Cited heading.
const review = (body: string): string[] => [
  `${body}\n`,
  [
    'Works Cited',
    'Lindqvist-Obi, Maren. The Listening Town: Data and the Municipal Ear. Leeds: Harrow Press, 2024.',
    'Pardoe, Amos, and Wen Castell. Drains and Dashboards. Bristol: Quay Books, 2022.',
  ].join('\n'),
];

describe('a definition cited by its page alone, in a document about a listed work (convention 4)', () => {
  it('is the work’s: quoted, its author named in the sentence, the year from the list', () => {
    const [found] = mine(review('In Lindqvist-Obi’s usage, a smart city is a city that answers to its residents for the data it keeps (p. 12).'));
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Lindqvist-Obi', year: 2024, cue: 'page locator' } });
  });

  it('resolves `she` or `the book` to the author the paragraph names before it', () => {
    const [found] = mine(
      review(
        'Maren Lindqvist-Obi’s book is patient and generous. Her own definition is plain: a digital twin is a model of a system kept current by data from that system (pp. 40–41).',
      ),
    );
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Lindqvist-Obi', year: 2024 } });
    const [two] = mine(review('Pardoe and Castell write plainly. For them, a smart city is a city that plans its drains and its data together (p. 8).'));
    expect(two).toMatchObject({ quoted: true, attribution: { author: 'Pardoe and Castell', year: 2022 } });
  });

  it('leaves a definition without a page locator, or with no listed author before it, as it was', () => {
    expect(mine(review('Maren Lindqvist-Obi is patient. In this review, a smart city is a city that answers to its residents for its data.'))[0]!.quoted).toBe(
      false,
    );
    expect(mine(review('A smart city is a city that answers to its residents for the data it keeps (p. 12).'))[0]!.quoted).toBe(false);
    // (no list: the locator alone names no one)
    expect(mine('Lindqvist-Obi is patient. A smart city is a city that answers to its residents for the data it keeps (p. 12).')[0]!.quoted).toBe(false);
  });

  it('gives a named author without a year the year of the list’s one entry by that author', () => {
    const [found] = mine(review('As Lindqvist-Obi puts it, a smart city is “a city that answers to its residents for the data it keeps”.'));
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Lindqvist-Obi', year: 2024 } });
  });
});

describe('a page locator after a block quotation’s full stop (`… for it. (p. 23) The definition …`)', () => {
  it('stays with the quotation and ends its sentence, as an author–year citation there does', () => {
    const found = mine(
      review(
        'Maren Lindqvist-Obi opens with a definition.\n    A smart city is a city that answers to its residents for the data it keeps. (p. 23) The definition is careful, and it is political.',
      ),
    );
    expect(found).toMatchObject([
      { clause: 'A smart city is a city that answers to its residents for the data it keeps', attribution: { author: 'Lindqvist-Obi' } },
    ]);
  });

  it('leaves a parenthesis that is no page locator where it was', () => {
    expect(mine('A smart city is a city that answers to its residents for its data. (See chapter two) The rest follows.')[0]!.clause).toBe(
      'A smart city is a city that answers to its residents for its data',
    );
  });
});

describe('a page locator before a comma and a conjunction (`… competence (pp. 40–44), and its case studies …`)', () => {
  it('closes the clause: what follows is another statement', () => {
    const [found] = mine(
      review(
        'Lindqvist-Obi treats the smart city as a bargain that a council strikes with its residents (pp. 12–14), and her chapters follow that bargain in four towns.',
      ),
    );
    expect(found).toMatchObject({
      clause: 'the smart city as a bargain that a council strikes with its residents',
      attribution: { author: 'Lindqvist-Obi', year: 2024 },
    });
    expect(mine('A smart city is a city that answers to its residents for its data (p. 4); the rest of the chapter is about money.')[0]!.clause).toBe(
      'A smart city is a city that answers to its residents for its data',
    );
  });

  it('leaves a locator that is not followed by another statement where it was', () => {
    expect(mine('A smart city is a city that answers to its residents for its data (p. 4), its budgets and its plans.')[0]!.clause).toContain(
      '(p. 4), its budgets',
    );
  });
});

describe('a short aside between the object of a reporting verb and its `as` (`defines X, by contrast, as …`)', () => {
  it('is read over: the verb still defines the term', () => {
    expect(mine('Okonkwo-Reyes (2021) defines the smart city, by contrast, as “a city that budgets its data as it budgets its water”.')).toMatchObject([
      { clause: 'the smart city, by contrast, as “a city that budgets its data as it budgets its water', attribution: { author: 'Okonkwo-Reyes', year: 2021 } },
    ]);
    expect(mine('The standard [4] defines a digital twin, in the energy sector, as a model of a plant that is updated from its meters.')).toHaveLength(1);
  });

  it('leaves a list of terms between commas alone (no single object)', () => {
    expect(mine('The report defines the smart city, the green city, as well as the digital region in its glossary.')).toEqual([]);
  });
});
