import { describe, expect, it } from 'vitest';
import { mine } from './cases.js';

// The twenty-fifth extractor: general rules for the error classes of the twenty-fourth blind round (review-paper-34,
// test23.jsonl; bench/RESULTS.md, "Twenty-fifth extractor"). Every case is written here, none copied from the labelled
// set; each rule has cases it must change and definitions it must leave.

describe('`can be seen as` a bare genus, then a second clause after `, and` (convention 11)', () => {
  it('evaluates: the second clause is no differentia of the genus', () => {
    expect(mine('A smart city can be viewed as a slogan, and most residents never hear the word.')).toEqual([]);
    expect(mine('The sustainable city may be regarded as a horizon, but no council has reached it so far.')).toEqual([]);
  });

  it('leaves a genus with a differentia, or a relative after the comma, alone', () => {
    expect(mine('A smart city can be seen as a city that shares its sensor data with residents, and most councils now try to.')).toHaveLength(1);
    expect(mine('A digital twin can be considered as a replica of a plant, and that is updated from its sensors every minute.')).toHaveLength(1);
  });
});

describe('a locator in parentheses after a closing quotation mark (`” (paragraph 6.12)`, `” (p. 7)`, `” (s. 4)`)', () => {
  it('is cut from the clause: it says where the words are, not what the term is', () => {
    expect(
      mine('The draft plan defines a smart city as “a town whose data is planned together with its roads and drains” (paragraph 4.3). We agree.'),
    ).toMatchObject([{ clause: 'a smart city as “a town whose data is planned together with its roads and drains' }]);
    expect(mine('The strategy defines a digital twin as “a live model of the water network kept current from its meters” (s. 12).')).toMatchObject([
      { clause: 'a digital twin as “a live model of the water network kept current from its meters' },
    ]);
  });

  it('leaves a parenthesis with a locator word but no number after the mark alone', () => {
    expect(mine('The strategy defines a smart city as “a town whose data is planned together with its roads” (paragraph under review).')[0]!.clause).toContain(
      '(paragraph under review)',
    );
  });
});
