import { describe, expect, it } from 'vitest';
import { clauses, mine } from './cases.js';

// The twenty-fourth extractor: general rules for the error classes of the twenty-third blind round (review-paper-33,
// test22.jsonl; bench/RESULTS.md, "Twenty-fourth extractor"). Every case is written here, none copied from the labelled
// set; each rule has cases it must change and definitions it must leave.

describe('a two-word term with a word of domain between its words (convention 10)', () => {
  it('is the term under a restriction', () => {
    expect(mine('Digital Railway Twins are continuously synchronised models of a rail network built from track sensors and timetables.')).toMatchObject([
      { term: 'digital twin', clause: 'Digital Railway Twins are continuously synchronised models of a rail network built from track sensors and timetables' },
    ]);
    expect(clauses('The Digital Forest Twin is a live simulation of a managed woodland, fed by drone surveys and soil probes.')).toEqual([
      'The Digital Forest Twin is a live simulation of a managed woodland, fed by drone surveys and soil probes',
    ]);
  });

  it('leaves a function or degree word between them alone', () => {
    expect(clauses('A smart enough city is a city that lets technology earn its place in each service.')).toEqual([]);
    expect(clauses('How sustainable a city is depends on its water, its land and its people.')).toEqual([]);
  });
});
