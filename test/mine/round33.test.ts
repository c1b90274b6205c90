import { describe, expect, it } from 'vitest';
import { clauses, mine } from './cases.js';

// The thirty-third extractor: general rules for the error classes left by round 31 (review-paper-41 and test28, released
// for study; bench/RESULTS.md, "Thirty-third extractor"). Every case is written here, none copied from the labelled set;
// each rule has cases it must change and definitions it must leave.

describe('a line locator after the definiens (`(p. 4, lines 12–14)`, `(lines 3–5)`)', () => {
  it('ends the clause before the locator, as a page locator alone', () => {
    expect(clauses('Reply to the editor: We now define a digital twin as a model of one pumping station that its sensors refresh every minute (p. 7, lines 20–23).')).toEqual([
      'a digital twin as a model of one pumping station that its sensors refresh every minute',
    ]);
    expect(clauses('We now define a digital twin as a model of one pumping station that its sensors refresh every minute (lines 20–23).')).toEqual([
      'a digital twin as a model of one pumping station that its sensors refresh every minute',
    ]);
  });

  it('leaves a page locator alone as it was', () => {
    expect(clauses('We now define a digital twin as a model of one pumping station that its sensors refresh every minute (p. 7).')).toEqual([
      'a digital twin as a model of one pumping station that its sensors refresh every minute',
    ]);
  });
});

describe('the term with its original-language form in brackets before `as` (`the smart city [ciudad inteligente] as …`)', () => {
  it('reads the reporting verb’s object across the bracketed form', () => {
    expect(clauses('Resumen traducido. This paper defines the sustainable city [città sostenibile] as a city whose parks and drains are planned together for the next fifty years.')).toEqual([
      'the sustainable city [città sostenibile] as a city whose parks and drains are planned together for the next fifty years',
    ]);
    expect(clauses('We understand a smart city (ville intelligente) as a city that lets residents see every contract its council signs for data.')).toEqual([
      'a smart city (ville intelligente) as a city that lets residents see every contract its council signs for data',
    ]);
  });

});
