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
