import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/mine/citations.js';
import { mine } from './cases.js';

// The thirty-first extractor: general rules for the error classes of the thirtieth round (test27.jsonl,
// review-paper-40, a patent application; bench/RESULTS.md, "Thirty-first extractor"). Every case is written here,
// none copied from the labelled set; each rule has cases it must change and definitions it must leave.

describe('a patent’s paragraph number (`[0042]`) is not a citation', () => {
  it('cites nothing with a zero-padded paragraph number, and still cites `[12]` and `[100]`', () => {
    expect(findCitations('[0042] As used herein, a smart grid means a grid that meters every feeder.')).toEqual([]);
    expect(findCitations('a grid that meters every feeder [0042].')).toEqual([]);
    expect(findCitations('a grid that meters every feeder [12].')[0]).toMatchObject({ ref: '[12]' });
    expect(findCitations('a grid that meters every feeder [100].')[0]).toMatchObject({ ref: '[100]' });
  });

  it('leaves the application’s own definition unquoted when the next paragraph’s number follows it', () => {
    const found = mine(
      [
        '[0031] As used herein, the term “smart city” means a town whose street lamps and water mains are metered and switched remotely.',
        '[0032] As used herein, the term “street lamp” refers to a lamp on a public road.',
      ].join('\n'),
    );
    const city = found.find((d) => d.term === 'smart city');
    expect(city).toMatchObject({ quoted: false });
    expect(city?.attribution?.ref).toBeUndefined();
  });
});

describe('a patent’s non-patent and patent literature markers (`[NPL 4]`, `[PTL 2]`)', () => {
  it('reads them as numbered citations', () => {
    expect(findCitations('a grid that meters every feeder [NPL 4].')[0]).toMatchObject({ ref: '[NPL 4]' });
    expect(findCitations('a grid that meters every feeder [PTL 2].')[0]).toMatchObject({ ref: '[PTL 2]' });
    expect(findCitations('a grid that meters every feeder [ABC 2].')).toEqual([]);
  });

  it('files the marker with a quoted definition, without resolving it through a reference list it does not number', () => {
    const [found] = mine('A smart city has been described as “a town that balances its water and power every minute” [NPL 4].');
    expect(found).toMatchObject({ quoted: true, attribution: { ref: '[NPL 4]' } });
  });
});

describe('a company named with its legal form (`Nordvik Sensing GmbH`) is filed whole, not by a surname', () => {
  it('keeps the firm’s name', () => {
    const [found] = mine('According to Nordvik Sensing GmbH, a smart city is a city whose lamps report their own faults.');
    expect(found).toMatchObject({ attribution: { author: 'Nordvik Sensing GmbH' } });
  });

  it('still gives a person by surname', () => {
    const [found] = mine('According to Hanne Nordvik, a smart city is a city whose lamps report their own faults.');
    expect(found).toMatchObject({ attribution: { author: 'Nordvik' } });
  });
});
