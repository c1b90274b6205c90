import { describe, expect, it } from 'vitest';
import { clauses } from './cases.js';

// The twentieth extractor: general rules for the error classes of the eighteenth blind round (test18.jsonl and
// review-paper-28; bench/RESULTS.md, "Twentieth extractor"). Every case is written here, none copied from the labelled
// set; each rule has cases it must change and definitions it must leave.

describe('a verb of regarding that makes the term the setting of something else', () => {
  it('leaves `treat the smart city as the setting / one of several contexts / a testbed for …`', () => {
    expect(clauses('Most transport models [4, 9] treat the smart city as the setting of a routing problem and say no more about it.')).toEqual([]);
    expect(clauses('The guidance views smart cities as one of many contexts in which procurement rules apply.')).toEqual([]);
    expect(clauses('Vendors regard the digital twin merely as a backdrop for their dashboards and sell it on.')).toEqual([]);
    expect(clauses('Okafor (2020) sees the sustainable city as a testbed for low-carbon heating trials in three districts.')).toEqual([]);
  });

  it('keeps a verb of defining, and a kind after a verb of regarding', () => {
    expect(clauses('Okafor (2020) defines the smart city as the context in which public services are designed around shared data.')).toEqual([
      'the smart city as the context in which public services are designed around shared data',
    ]);
    expect(clauses('Marsh (2019) sees the smart city as a city that steers its services through shared data and open platforms.')).toEqual([
      'the smart city as a city that steers its services through shared data and open platforms',
    ]);
  });
});
