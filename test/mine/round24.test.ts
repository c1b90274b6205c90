import { describe, expect, it } from 'vitest';
import { gbkQuotes, joinBrokenMarkers } from '../../src/mine/layout.js';
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

describe('curly quotation marks saved as GBK and read as Latin-1', () => {
  it('are read as the marks they were', () => {
    const garbled = mine('The council wrote that a smart city is ¡°a city that shares its data openly with its residents¡± and left it there.');
    const clean = mine('The council wrote that a smart city is “a city that shares its data openly with its residents” and left it there.');
    expect(garbled.map((c) => [c.clause, c.quoted])).toEqual(clean.map((c) => [c.clause, c.quoted]));
    expect(garbled).toHaveLength(1);
    expect(garbled[0]!.clause).toContain('“a city that shares');
  });

  it('leaves Spanish marks and a degree sign alone', () => {
    expect(gbkQuotes('¡Hola! It was 30° (±2°) in ¡the shade.')).toBe('¡Hola! It was 30° (±2°) in ¡the shade.');
  });
});

describe('a numbered citation broken over lines, one number a line', () => {
  it('is read as the marker it is', () => {
    expect(mine('A smart city is a city that shares its data openly with its residents [\n3,\n4]. It grew from there.')).toMatchObject([
      { clause: 'A smart city is a city that shares its data openly with its residents', quoted: true, attribution: { ref: '[3,4]' } },
    ]);
    expect(joinBrokenMarkers('as shown before [\n12]. Next')).toBe('as shown before [12]. Next');
  });

  it('leaves a bracket of words, and a list across lines that is no marker', () => {
    expect(joinBrokenMarkers('the [\nsic] reading')).toBe('the [\nsic] reading');
    expect(joinBrokenMarkers('items [\n1, 2 and\n3]')).toBe('items [\n1, 2 and\n3]');
  });
});
