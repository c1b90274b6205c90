import { describe, expect, it } from 'vitest';
import { mine } from './cases.js';

// A glossary row whose meaning cell declines to give one, or points to another entry, defines nothing. Every text is
// written here, none copied from the labelled set.

describe('a glossary row with no meaning in it', () => {
  it('finds no definition in a row that says the term is not defined, or points elsewhere', () => {
    for (const row of [
      'Sustainable city: not defined here; where one is needed we use the council’s (Table 2).',
      'Smart city: see Intelligent city.',
      'Digital twin: n/a (the plan does not use the term).',
      'Smart sustainable city: to be defined by the working group in 2027.',
    ])
      expect(mine(['Glossary', `Urban platform: a shared system that holds a city’s data for every department.\n${row}`])).toEqual([]);
  });

  it('still finds the row that gives a meaning, even one that opens with a negative word', () => {
    const [found] = mine(['Glossary', 'Smart city: a city that uses data networks to run its services, not only to watch them.']);
    expect(found?.clause).toBe('Smart city: a city that uses data networks to run its services, not only to watch them');
    const [seen] = mine(['Glossary', 'Digital twin: a model of a place that is seen and updated by the people who use it.']);
    expect(seen?.clause).toBe('Digital twin: a model of a place that is seen and updated by the people who use it');
  });
});
