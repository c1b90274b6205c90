import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config/schema.js';
import { contrastedGenus, roleNotKind } from '../../src/mine/complement.js';
import { explain, mineDefinitions, type Candidate } from '../../src/mine/index.js';

// The thirteenth extractor: what a copula or a definitional predicate says of the term, read from the
// structure of its complement (a corrected genus, a role or a value, a kind), and the mechanisms found by
// sorting test8's and review-paper-12's errors into classes. Every case is written here, none copied from
// the labelled set; each mechanism has cases it must change and cases it must leave.

const concept = ConfigSchema.parse({
  concept: {
    terms: ['smart city', 'smart sustainable city', 'sustainable city', 'digital twin'],
    variants: { 'urban digital twin': 'digital twin' },
  },
}).concept;
const mine = (text: string, minScore = 0.5): Candidate[] => mineDefinitions([text], { concept, minScore });
const clauses = (text: string) => mine(text).map((c) => c.clause);

describe('a negated genus corrected by a positive one (`is not X but Y`)', () => {
  it('reads the noun phrase after `but` as the definiens when it has a differentia', () => {
    const found = mine('On this reading, a sustainable city is not a green suburb but a dense town whose residents walk to work.');
    expect(found.map((c) => c.clause)).toEqual(['a sustainable city is not a green suburb but a dense town whose residents walk to work']);
    expect(found[0]!.pattern).toBe('not-x-but-y');
    expect(explain(found[0]!)).toMatch(/^not-x-but-y 0\.85 × after an introductory phrase/u);
    expect(clauses('A digital twin is not a static map but a model of the network that is updated from meters every hour.')).toHaveLength(1);
  });

  it('leaves a bare corrected genus, an additive `not only … but also`, and a negation without a noun phrase', () => {
    for (const sentence of [
      'The smart city is not a destination but a process, and this chapter follows it in two towns.',
      'A smart city is not only a place with sensors but also a place with good schools.',
      'A smart city is not just about technology but about people who live there.',
      'A smart city is not a city with sensors on every lamppost.',
    ])
      expect(clauses(sentence), sentence).toEqual([]);
    expect(contrastedGenus('not a destination but a process, and the rest follows')).toBe('a process');
    expect(contrastedGenus('not merely a city with sensors but a city that listens')).toBeUndefined();
  });
});

describe('a role or a value is not a kind', () => {
  it('rejects a head ranked by importance that relates the term to something else, and a way or means to a purpose', () => {
    for (const sentence of [
      'A digital twin is a key enabler in running the water network of a region.',
      'Smart cities are an essential instrument for reaching the climate targets of the union.',
      'Sustainable cities are the way forward to cut emissions and keep housing affordable.',
      'The smart city is the means to deliver services faster to every household.',
    ])
      expect(clauses(sentence), sentence).toEqual([]);
    expect(roleNotKind('a', 'key enabler in implementing plans')).toMatch(/role or a value/u);
    expect(roleNotKind('the', 'way forward to not only improve')).toMatch(/means or a way/u);
  });

  it('keeps a ranked genus with a relative clause of its own, and an ordinary genus', () => {
    expect(clauses('A smart city is a powerful paradigm that applies sensing and networks to the running of urban services.')).toHaveLength(1);
    expect(clauses('A digital twin is an important model that mirrors a city’s assets from live sensor data.')).toHaveLength(1);
    expect(clauses('A smart city is the city that uses data to improve the services it gives its residents.')).toHaveLength(1);
    expect(roleNotKind('a', 'city that uses data')).toBeUndefined();
  });
});

describe('the complement of `represents`, `constitutes` is judged as a copula’s is', () => {
  it('rejects a term noun without a definiens after a definitional verb', () => {
    expect(clauses('The smart city represents a widely discussed concept which nonetheless lacks a settled meaning.')).toEqual([]);
    expect(clauses('A digital twin constitutes a crucial asset for the operators of the grid.')).toEqual([]);
  });

  it('keeps a kind with its differentia', () => {
    expect(clauses('A smart city represents an urban system in which data from sensors steer the public services.')).toHaveLength(1);
    expect(clauses('A digital twin constitutes a virtual model of a physical asset that is kept current by sensor data.')).toHaveLength(1);
  });
});
