import { describe, expect, it } from 'vitest';
import { mine } from './cases.js';

// The thirty-seventh extractor: where a quoted definiens ends when a source is set between the verb and the quotation or the
// comma sits inside the closing mark, and where a sentence ends before a lettered part of a document or a thread's next
// post. Every case is written here, none copied from the labelled set; each rule has cases it must change and cases it
// must leave.

describe('a quoted definiens followed by the writers’ own clause', () => {
  it('ends at the closing mark when a source sits between the verb and the quotation (`is, following X,12 “…”, and …`)', () => {
    const [found] = mine(
      'In this survey a smart city is, following Marrow-Tull,12 “a city whose services are judged by what they do for its poorest streets”, and each case is scored against that yardstick.',
    );
    expect(found?.clause).toBe('a smart city is, following Marrow-Tull,12 “a city whose services are judged by what they do for its poorest streets');
  });

  it('ends at straight closing marks with the comma inside them (`as "…," and had …`)', () => {
    const [found] = mine(
      'The Harbour Board defines a smart city as "a city that uses shared data to plan its streets, its water and its housing," and had asked districts for proposals.',
    );
    expect(found?.clause).toBe('a smart city as "a city that uses shared data to plan its streets, its water and its housing');
  });

  it('keeps a relative clause after the mark with the definiens', () => {
    const [found] = mine('The Harbour Board defines a smart city as "a city that shares its data," and which lets residents see it.');
    expect(found?.clause).toBe('a smart city as "a city that shares its data," and which lets residents see it');
  });
});

describe('where a sentence ends', () => {
  it('ends one after a lettered part of a document (`… set in Annex B. Volunteers …`)', () => {
    const [found] = mine('In this protocol, a sustainable city is a city that keeps its water use below the limits set in Annex B. Volunteers read the meters monthly.');
    expect(found?.clause).toBe('a sustainable city is a city that keeps its water use below the limits set in Annex B');
  });

  it('still reads a single capital after a name as an initial (`… by J. Okafor`)', () => {
    const [found] = mine('A smart city is a city that publishes what its sensors record, as argued by J. Okafor in the city report.');
    expect(found?.clause).toContain('J. Okafor');
  });

  it('ends one before a thread’s next post (`… produce it. 3/4 Most …`)', () => {
    const [found] = mine('2/4 My answer: a smart city is one that treats its data as a commons, run by those who produce it. 3/4 Most vendors leave that out.');
    expect(found?.clause).toBe('a smart city is one that treats its data as a commons, run by those who produce it');
  });
});
