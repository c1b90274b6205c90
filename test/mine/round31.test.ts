import { describe, expect, it } from 'vitest';
import { findCitations, NO_NUMBERED_LIST } from '../../src/mine/citations.js';
import { mine } from './cases.js';

// The thirty-first extractor: general rules for the error classes of the thirtieth round (test27.jsonl,
// review-paper-40, a patent application; bench/RESULTS.md, "Thirty-first extractor"). Every case is written here,
// none copied from the labelled set; each rule has cases it must change and definitions it must leave.

describe('a patent’s paragraph number (`[0042]`) is not a citation', () => {
  it('cites nothing with a zero-padded paragraph number, and still cites `[12]` and `[100]`', () => {
    expect(findCitations('[0042] As used herein, a smart grid means a grid that meters every feeder.', NO_NUMBERED_LIST)).toEqual([]);
    expect(findCitations('a grid that meters every feeder [0042].', NO_NUMBERED_LIST)).toEqual([]);
    expect(findCitations('a grid that meters every feeder [12].', NO_NUMBERED_LIST)[0]).toMatchObject({ ref: '[12]' });
    expect(findCitations('a grid that meters every feeder [100].', NO_NUMBERED_LIST)[0]).toMatchObject({ ref: '[100]' });
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
    expect(findCitations('a grid that meters every feeder [NPL 4].', NO_NUMBERED_LIST)[0]).toMatchObject({ ref: '[NPL 4]' });
    expect(findCitations('a grid that meters every feeder [PTL 2].', NO_NUMBERED_LIST)[0]).toMatchObject({ ref: '[PTL 2]' });
    expect(findCitations('a grid that meters every feeder [ABC 2].', NO_NUMBERED_LIST)).toEqual([]);
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

  it('keeps an analytics firm’s name too', () => {
    const [found] = mine('According to Marsh Lane Analytics, a smart city is a city whose lamps report their own faults.');
    expect(found).toMatchObject({ attribution: { author: 'Marsh Lane Analytics' } });
  });

  it('still gives a person by surname', () => {
    const [found] = mine('According to Hanne Nordvik, a smart city is a city whose lamps report their own faults.');
    expect(found).toMatchObject({ attribution: { author: 'Nordvik' } });
  });
});

describe('a patent’s citation list (`PTL 1: … (Applicant)`, `NPL 2: Authors, …`) resolves its labels', () => {
  const application = [
    '[0005] Nordlys Grid AS (PTL 1) describes a smart city as “a town whose lamps and meters answer to one control room”.',
    '[0006] A digital twin has been described as “a model of a town that is kept current by the town’s own sensors” [NPL 2].',
    '[0007] The city council of Varrow states that a smart city is “a city that publishes every reading it takes” (NPL 1, p. 4).',
    'Citation list',
    'Patent literature',
    'PTL 1: XX 2018/0012345 A1 (Nordlys Grid AS), published 4 June 2018',
    'Non-patent literature',
    'NPL 1: Varrow City Council, A data strategy for the town, 2021',
    'NPL 2: Okonjo, P., Lindahl, S., Brandt, E., Twins of towns, Journal of Civic Models 3',
    '       (2019) 11–30',
  ].join('\n');

  it('dates a patent by its publication and files a bracketed label’s entry under its authors', () => {
    const found = mine(application);
    expect(found.find((d) => d.clause.includes('control room'))).toMatchObject({
      attribution: { author: 'Nordlys Grid AS', year: 2018 },
    });
    expect(found.find((d) => d.term === 'digital twin')).toMatchObject({ quoted: true, attribution: { author: 'Okonjo et al.', year: 2019, ref: '[NPL 2]' } });
  });

  it('names and dates a source cited by label in parentheses, with no marker filed', () => {
    const found = mine(application).find((d) => d.clause.includes('publishes every reading'));
    expect(found).toMatchObject({ attribution: { author: 'Varrow City Council', year: 2021 } });
    expect(found?.attribution?.ref).toBeUndefined();
  });
});

describe('a turn labelled by a role alone (`APPLICANT:`, `STUDENT 2:`) is no source label', () => {
  it('files no author for the unnamed speaker’s own answer', () => {
    const [found] = mine(
      'PANEL: Say in your own words what a smart city is.\nAPPLICANT: A smart city is a city that keeps its buses, bins and lamps on one shared data platform.',
    );
    expect(found?.attribution?.author).toBeUndefined();
    expect(found).toMatchObject({ quoted: false });
  });

  it('still files a named label', () => {
    const [found] = mine('Harbour Trust: A smart city is a city that keeps its buses, bins and lamps on one shared data platform.');
    expect(found).toMatchObject({ attribution: { author: 'Harbour Trust' } });
  });
});

describe('a patent’s embodiment (`In one embodiment, the digital twin is …`) is an instance, not a definition', () => {
  it('finds nothing in an embodiment’s lead-in', () => {
    expect(mine('[0052] In a further embodiment, the digital twin is a mesh model of each street held on the edge device.')).toEqual([]);
    expect(mine('In the second embodiment, the smart city is a port town whose cranes report to one server.')).toEqual([]);
  });

  it('finds nothing in a term post-modified by its embodiment', () => {
    expect(mine('The digital twin in this embodiment is the model of the harbour held on the twin server.')).toEqual([]);
  });

  it('still finds the application’s definition and a lead-in that is not an embodiment', () => {
    expect(mine('In this Act, a smart city is a city whose public services are run on shared sensor data.')).toHaveLength(1);
  });
});

describe('a quoted definiens closed inside a parenthesis, then a new clause (`(for X, a city is “…”), and those …`)', () => {
  it('ends the clause at the closing quotation mark', () => {
    const [found] = mine(
      'Several towns joined the scheme (for Hallström (2019, p. 8), the smart city is “a city that repairs what its sensors report within a day”), and those towns published a report each month.',
    );
    expect(found?.clause).toMatch(/within a day”?$/u);
  });

  it('still runs on over a relative after the parenthesis', () => {
    const [found] = mine('A smart city is “a city that repairs what its sensors report within a day”, which the towns then publish.');
    expect(found?.clause).toMatch(/within a day/u);
  });
});
