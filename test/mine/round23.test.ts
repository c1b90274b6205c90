import { describe, expect, it } from 'vitest';
import { clauses } from './cases.js';

// The twenty-third extractor: general rules for the error classes of the twenty-second blind round (review-paper-32,
// test21.jsonl; bench/RESULTS.md, "Twenty-third extractor"). Every case is written here, none copied from the labelled
// set; each rule has cases it must change and definitions it must leave.

describe('a verb of judging, selling or reading after a named source', () => {
  it('says how the source judges the term, not what it is', () => {
    expect(clauses('Okafor-Lindqvist (2015, 12) dismisses the smart city as a branding exercise run by the real-estate lobby.')).toEqual([]);
    expect(clauses('Brandt and Moreau (2021) read the digital twin as a promise of control that planners cannot keep.')).toEqual([]);
    expect(clauses('Halloran et al. (2019) celebrate the sustainable city as the great civic project of the century.')).toEqual([]);
  });

  it('leaves a named source that defines, describes or envisages', () => {
    expect(clauses('Okafor-Lindqvist (2015, 12) defines the smart city as a city that runs its services on shared data.')).toEqual([
      'the smart city as a city that runs its services on shared data',
    ]);
    expect(clauses('Brandt and Moreau (2021) envisage the digital twin as a live model of a district that is updated from its sensors.')).toEqual([
      'the digital twin as a live model of a district that is updated from its sensors',
    ]);
  });
});

describe('treated as … with no source named', () => {
  it('says how a body of work handles the term, not a definition', () => {
    expect(clauses('A second, more technical strand treats the smart city as a control room for the whole region.')).toEqual([]);
    expect(clauses('Most of the transport literature treats the digital twin as a calibration aid for traffic models.')).toEqual([]);
  });

  it('leaves a named or cited source that treats it so, and the writers themselves', () => {
    expect(
      clauses('Marlowe and Quist (2020) treat the smart city as a governance arrangement in which decisions are routinely informed by sensor data.'),
    ).toEqual(['the smart city as a governance arrangement in which decisions are routinely informed by sensor data']);
    expect(clauses('In this paper we treat the smart city as a city that governs its infrastructure through shared, open data.')).toEqual([
      'the smart city as a city that governs its infrastructure through shared, open data',
    ]);
  });
});
