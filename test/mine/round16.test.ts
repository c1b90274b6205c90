import { describe, expect, it } from 'vitest';
import { clauses, mine } from './cases.js';

// The sixteenth extractor: the framed functional predicates of settled convention 8 (fixture README) and the
// key-terms boxes, tables and labels that textbooks and project deliverables print (studied on test14.jsonl,
// review-paper-21 and review-paper-22; bench/RESULTS.md, "Sixteenth extractor"). Every case is written here, none
// copied from the labelled set; each rule has cases it must change and distractors it must leave.

describe('a functional predicate the text frames as a definition', () => {
  it('after a restating lead-in (put simply, in short, in other words)', () => {
    expect(clauses('Put simply, a smart city hears its pipes leak and sends a crew before the street floods.')).toEqual([
      'a smart city hears its pipes leak and sends a crew before the street floods',
    ]);
    expect(clauses('In other words, a sustainable city pays its ecological debts as it goes, not at the end of the century.')).toEqual([
      'a sustainable city pays its ecological debts as it goes, not at the end of the century',
    ]);
    expect(mine('In short, digital twins rehearse a decision on a copy of the harbour before the cranes move.')[0]?.pattern).toBe('framed-function');
  });

  it('after a definition label and a colon', () => {
    expect(clauses('We settled on one wording. Our definition: a digital twin mirrors the tram network in software and replays its worst days.')).toEqual([
      'a digital twin mirrors the tram network in software and replays its worst days',
    ]);
    expect(clauses('The guild offers a definition built on habits: a sustainable city “mends before it replaces and walks before it drives”.')).toEqual([
      'a sustainable city “mends before it replaces and walks before it drives',
    ]);
  });

  it('as the answer to a question asking what the term is, and under a numbered definition’s label', () => {
    expect(clauses('So what is a smart city, in the end? A smart city measures its own services and tells residents what it found.')).toEqual([
      'A smart city measures its own services and tells residents what it found',
    ]);
    expect(clauses('What, then, is a digital twin? An urban digital twin couples a survey of the streets to the sensors under them.')).toEqual([
      'An urban digital twin couples a survey of the streets to the sensors under them',
    ]);
    expect(clauses('Definition 4 (sustainable city). A sustainable city draws its water from rain it has stored itself.')).toEqual([
      'A sustainable city draws its water from rain it has stored itself',
    ]);
  });

  it('before a follow-up that calls it one (that, in a sentence, is …)', () => {
    expect(clauses('A smart city counts its lamp posts and its complaints with the same care. That, in a sentence, is a smart city.')).toEqual([
      'A smart city counts its lamp posts and its complaints with the same care',
    ]);
    expect(clauses('A digital twin keeps the model and the river in step. That is what this report means by the term.')).toEqual([
      'A digital twin keeps the model and the river in step',
    ]);
  });

  it('leaves the same predicates unframed, a question about another term, a pronoun answer and a lead-in that only sums up a result', () => {
    expect(clauses('A smart city counts its lamp posts and its complaints with the same care.')).toEqual([]);
    expect(clauses('Truly smart cities recognise that a sensor is a policy decision.')).toEqual([]);
    expect(clauses('So what is a data platform? A smart city keeps one for every department.')).toEqual([]);
    expect(clauses('What, then, is a sustainable city? It keeps its footprint within its region.')).toEqual([]);
    expect(clauses('A digital twin keeps the model and the river in step. That was the hard part.')).toEqual([]);
    expect(clauses('The survey asked residents what mattered. In short, a smart city is not what they asked for.')).toEqual([]);
  });
});

describe('an intensifier before the term’s modifier (a truly smart city)', () => {
  it('keeps `truly`, `genuinely` in the noun phrase: the copula with a genus defines', () => {
    expect(clauses('A truly smart city is a city in which the bus timetable is written with the people who ride the bus.')).toEqual([
      'A truly smart city is a city in which the bus timetable is written with the people who ride the bus',
    ]);
    expect(clauses('On that reading, a genuinely sustainable city is one that could lose its cars without losing its jobs.')).toEqual([
      'a genuinely sustainable city is one that could lose its cars without losing its jobs',
    ]);
  });

  it('leaves a functional predicate with the same qualifier', () => {
    expect(clauses('Truly smart cities publish the code of every algorithm they buy.')).toEqual([]);
  });
});
