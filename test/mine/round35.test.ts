import { describe, expect, it } from 'vitest';
import { mine } from './cases.js';

// The thirty-fifth extractor: general rules for the error classes left by round 32 (review-paper-42 and test29, released
// for study; bench/RESULTS.md, "Thirty-fifth extractor"). Every case is written here, none copied from the labelled set;
// each rule has cases it must change and definitions it must leave.

const LIST = [
  'References',
  '1. Odawa K. 2018. Cities that keep their own books. Urban Stud. Lett. 3:1–12',
  '2. Brisk-Lannon T, Ezeh M. 2021. Counted streets. J. City Data 9:40–58',
  '3. Marlowe P, Quist A, Ten-Hove R. 2016. Twins of the harbour. Port Model. Q. 2:7–19',
].join('\n');

describe('a numbered citation set in parentheses, resolved through the numbered list (`Nysgaard (15) notes …`)', () => {
  it('files the definition under the listed entry, the marker kept as printed', () => {
    const [found] = mine(`Brisk-Lannon & Ezeh (2) argue that a smart city is “a city whose residents can read every count its sensors take”.\n\n${LIST}`);
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Brisk-Lannon and Ezeh', year: 2021, ref: '(2)' } });
    const [paged] = mine(
      `Marlowe et al. (3, p. 9) describe a digital twin as “a model of one harbour that its pilots refresh from the tide gauges every hour”.\n\n${LIST}`,
    );
    expect(paged).toMatchObject({ quoted: true, attribution: { author: 'Marlowe et al.', year: 2016, ref: '(3, p. 9)' } });
  });

  it('leaves a number the list does not hold, and an enumerator, uncited', () => {
    const [unlisted] = mine(`Brisk-Lannon & Ezeh (7) argue that a smart city is “a city whose residents can read every count its sensors take”.\n\n${LIST}`);
    expect(unlisted?.attribution?.ref).toBeUndefined();
    const [item] = mine(`We propose the following:\n(1) A smart city is a city whose council keeps its own books and publishes them each year.\n\n${LIST}`);
    expect(item?.attribution?.ref).toBeUndefined();
  });
});

describe('a margin glossary’s `Term: meaning` entries without full stops, one under another', () => {
  it('reads each entry apart, its marker its own', () => {
    const found = mine(
      `KEY WORDS\nCivic data: records a council keeps about\nits streets and services (1)\nSmart city: a city whose council publishes\nits records and lets residents query them\nOpen model: a model whose code anyone may read (2)\n\n${LIST}`,
    );
    const smart = found.find((d) => d.term === 'smart city');
    expect(smart?.clause).toBe('Smart city: a city whose council publishes its records and lets residents query them');
  });

  it('leaves a colon in running prose, mid-sentence, to the paragraph', () => {
    const found = mine('The council’s plan was brief\nSmart city: a city whose council publishes its records, it said, and nothing more.');
    expect(found.every((d) => !d.clause.startsWith('Smart city: a city whose council publishes its records and'))).toBe(true);
  });
});

describe('the speaker’s and the writer’s words closing a definition (`…, end quote`, `(you could cite … here)`)', () => {
  it('leaves a spoken `end quote` out of the clause', () => {
    const [found] = mine(
      '[00:03:10] and the handbook puts it this way, a digital twin is, quote, a model of one bridge that its owner refreshes from its gauges, end quote, which is a low bar.',
    );
    expect(found?.clause).toBe('a digital twin is, quote, a model of one bridge that its owner refreshes from its gauges');
  });

  it('leaves a closing aside to the reader out, but not a parenthesis that is part of the definiens', () => {
    const [aside] = mine('A smart city is a city that publishes the readings of every sensor it owns (we return to this in the last chapter).');
    expect(aside?.clause).toBe('A smart city is a city that publishes the readings of every sensor it owns');
    const [kept] = mine('A smart city is a city that publishes the readings of every sensor it owns (traffic, air and noise).');
    expect(kept?.clause).toBe('A smart city is a city that publishes the readings of every sensor it owns (traffic, air and noise)');
  });
});

describe('a name denied to what the sentence lists (`…, none of which is described as a digital twin`)', () => {
  it('reads no definition', () => {
    expect(mine('The council funded nine sensor pilots last year, none of which is described as a digital twin.')).toEqual([]);
  });

  it('leaves the name given to a subject of its own', () => {
    const [found] = mine('A model of one district that is refreshed hourly from its own meters is described as a digital twin.');
    expect(found?.term).toBe('digital twin');
  });
});

describe('a definitions table whose source cells cite by number in parentheses (`Odawa (1)   2018   A smart city is …`)', () => {
  it('reads each row apart under a sector label, filed under its listed source', () => {
    const table = [
      'Table 2 Definitions by sector',
      'Source                          Year   Definition',
      'Universities',
      'Odawa (1)                       2018   A smart city is a city that keeps its own books',
      '                                       and publishes them every quarter',
      'Brisk-Lannon & Ezeh (2)         2021   A digital twin is a model of one street that',
      '                                       its sensors refresh every minute',
      'Councils',
      'Marlowe et al. (3)              2016   Uses the term without saying what it means',
    ].join('\n');
    const found = mine(`${table}\n\n${LIST}`);
    const twin = found.find((d) => d.term === 'digital twin');
    expect(twin?.clause).toBe('A digital twin is a model of one street that its sensors refresh every minute');
    expect(twin).toMatchObject({ quoted: true, attribution: { author: 'Brisk-Lannon and Ezeh', year: 2021, ref: '(2)' } });
  });
});

describe('a definiens spelt out after a colon by `one that …` (`a city that listens to itself: one that counts …`)', () => {
  it('keeps the elaboration in the clause', () => {
    const [found] = mine('For the mayor, a smart city is a city that keeps its promises: one that counts its potholes and fills them within a week.');
    expect(found?.clause).toBe('a smart city is a city that keeps its promises: one that counts its potholes and fills them within a week');
  });

  it('still ends the clause at a colon before a new statement', () => {
    const [found] = mine('A smart city is a city that keeps every record its services make about traffic: the council publishes them weekly.');
    expect(found?.clause).toBe('A smart city is a city that keeps every record its services make about traffic');
  });
});
