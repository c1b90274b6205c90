import { describe, expect, it } from 'vitest';
import { mine } from './cases.js';

// The twenty-seventh extractor: general rules for the error classes of the twenty-sixth blind round (review-paper-36,
// test24.jsonl; bench/RESULTS.md, "Twenty-seventh extractor"). Every case is written here, none copied from the labelled
// set; each rule has cases it must change and definitions it must leave.

// A short introduction to a collection, its list of the collected papers (APA, two authors each).
const introduction = (body: string): string[] => [
  `${body}\n`,
  [
    'References',
    'Marchetti-Lowe, P., & Osterby-Quaye, N. (2025). Counting the council. Urban Data Review, 4, 11–30.',
    'Vellacott, R., Ndiaye-Storm, K., & Abernathy, L. (2023). Sensing the street. Urban Data Review, 2, 1–19.',
  ].join('\n'),
];

describe('two authors named as a citation names them, without a year (`Marchetti-Lowe and Osterby-Quaye define …`)', () => {
  it('take the year of the list’s one entry by those authors', () => {
    const [found] = mine(
      introduction(
        'Marchetti-Lowe and Osterby-Quaye define the smart city as a council that has made the routine use of data part of how it answers for its services.',
      ),
    );
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Marchetti-Lowe and Osterby-Quaye', year: 2025 } });
  });

  it('so does `Vellacott et al.` for an entry of three authors', () => {
    const [found] = mine(introduction('Vellacott et al. define the smart city as a city that reads its streets through sensors it owns.'));
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Vellacott et al.', year: 2023 } });
  });

  it('leaves authors the list does not hold together without a year', () => {
    const [found] = mine(introduction('Marchetti-Lowe and Ndiaye-Storm define the smart city as a city that reads its streets through sensors it owns.'));
    expect(found!.attribution).toMatchObject({ author: 'Marchetti-Lowe and Ndiaye-Storm' });
    expect(found!.attribution!.year).toBeUndefined();
  });
});

describe('a verb of regarding before a bare genus (`We treat the digital twin, for now, as an open question`)', () => {
  it('is a framing, not a definition (convention 12): below the default threshold', () => {
    expect(mine('We treat the urban digital twin, for the moment, as an open puzzle.')).toEqual([]);
    expect(mine('The engineers, for their part, treat the smart city as a cost centre rather than a plan, and they say so.')).toEqual([]);
  });

  it('leaves a genus with a differentia, and other verbs, as they were', () => {
    expect(mine('We treat the smart city as a city that plans its services around the data its residents can see.')).toHaveLength(1);
    expect(mine('Vellacott (2023) defines the smart city as a sensing network.')).toHaveLength(1);
  });
});

describe('an indefinite pronoun after the copula (`is something a council does rather than something a city has`)', () => {
  it('names no genus, as a free relative names none (convention 12): below the default threshold', () => {
    expect(mine('A smart city, on this view, is something a ministry funds rather than something a town builds.')).toEqual([]);
    expect(mine('Digital twins, however, are something far harder to price.')).toEqual([]);
  });

  it('leaves `nothing more … than` a genus with a differentia, and a noun phrase, as they were', () => {
    expect(mine('A digital twin is nothing more exotic than a model that updates itself from its asset.')).toHaveLength(1);
    expect(mine('A smart city is a city that funds its services from the data it shares.')).toHaveLength(1);
  });
});
