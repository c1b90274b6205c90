import { describe, expect, it } from 'vitest';
import { findCitations, type ListedNumbers } from '../../src/mine/citations.js';
import { gappedHeader } from '../../src/mine/table-header.js';
import { mine } from './cases.js';

// The forty-fifth extractor, part c: definitions relayed through another source (`[12, cited in 4]`) and tables whose
// header names its columns in a review's style (`First author, year`, `n`). Every text is written here, none copied from
// the labelled set; each rule has cases it must change and cases it must leave.

const REFERENCES = [
  'References',
  '1. Harrowgate P. Counting sensors. J Civic Syst. 2015;2:1–9.',
  '2. Lindqvist A, Obuya K. Reading the grid. Urban Inform. 2018;4:33–50.',
  '3. Marrowby Water Board. MWB 4410:2012 Catchment models — vocabulary. Marrowby: MWB; 2012.',
  '4. Tarrant Q. Cities that keep count. Civic Press; 2003.',
  '5. Okonjo E, Petrak L. Twins reviewed. Infrastruct Rev. 2020;7:1–20.',
].join('\n');
const LISTED: ListedNumbers = { numbered: true, holds: (n) => n >= 1 && n <= 5, noted: () => false };

describe('a numbered marker that names its relay (`[4, cited in 2]`): a citation, the first number the source', () => {
  it('reads the marker whole, with or without `as`, a locator after the relay', () => {
    const s = 'A smart city is “a city that keeps count” [4, cited in 2].';
    expect(findCitations(s, LISTED).map((c) => c.ref)).toEqual(['[4, cited in 2]']);
    expect(findCitations('It says so [4; as quoted in 5, p. 7].', LISTED).map((c) => c.ref)).toEqual(['[4; as quoted in 5, p. 7]']);
  });

  it('ends the clause at the closing quotation mark and files it under the first number’s entry', () => {
    const [found] = mine([
      `Two reviews cite older work. Obuya’s review relays Tarrant’s book, in which a smart city is “a city that counts what it spends and says what it counted” [4, cited in 2]. The book itself is hard to find.`,
      REFERENCES,
    ]);
    expect(found?.clause).toBe('a smart city is “a city that counts what it spends and says what it counted');
    expect(found?.attribution).toMatchObject({ author: 'Tarrant', year: 2003, ref: '[4, cited in 2]' });
  });

  it('leaves words in brackets that name no relay', () => {
    expect(findCitations('It says so [4, see also the appendix].', LISTED)).toEqual([]);
    expect(findCitations('It says so [4, cited by many].', LISTED)).toEqual([]);
  });
});

describe('a source’s view in a relative clause: `Body, for which a … is “…”`, `the body’s strategy, in which a … is “…”`', () => {
  it('reads the clause as the body’s or the document’s content, not a relative clause', () => {
    const [body] = mine('The survey quotes the Kettlewell Transit Trust, for which a smart city is “a city whose buses arrive when the board says they will”.');
    expect(body?.clause).toBe('a smart city is “a city whose buses arrive when the board says they will');
    const [document] = mine(
      'It cites the Dornby council’s housing strategy, in which the sustainable city is “a city that builds no faster than it can heat”.',
    );
    expect(document?.clause).toBe('the sustainable city is “a city that builds no faster than it can heat');
  });

  it('leaves a relative after a common noun or without a comma', () => {
    expect(mine('They bought a dashboard, for which a smart city is a market they can sell to.')).toEqual([]);
    expect(mine('That is the question for which a smart city is the answer they sell.')).toEqual([]);
  });
});

describe('a fixed-width table whose header joins two names in a column (`First author, year`) and counts in an `n` column', () => {
  const table = [
    'Table 3. The studies and what each adopts',
    'Study  First author, year      n     Focus             Definition adopted',
    'S1     Harrowgate, 2015 [1]    40    SC; sensors       A smart city is a city that counts its',
    '                                                       sensors before it buys more of them',
    'S2     Lindqvist, 2018 [2]     12    SC; grids         None stated',
    'S3     Okonjo, 2020 [5]        77    DT; assets        A digital twin is a model of an asset',
    '                                                       that its owner keeps current',
  ];

  it('reads each row cell by cell: the source cell kept, the row code, count and focus cells left out', () => {
    const found = mine([...table, '', REFERENCES].join('\n'));
    expect(found.map((c) => c.clause)).toEqual([
      'A smart city is a city that counts its sensors before it buys more of them',
      'A digital twin is a model of an asset that its owner keeps current',
    ]);
    expect(found.map((c) => c.attribution?.author)).toEqual(['Harrowgate', 'Okonjo and Petrak']);
  });

  it('keeps the joined source column and labels the count; leaves a header whose joined names are not column names', () => {
    const row = 'S1     Harrowgate, 2015 [1]    40    SC; sensors       A smart city is a city that counts its';
    const columns = gappedHeader('Study  First author, year      n     Focus             Definition adopted', row);
    expect(columns?.map((c) => [c.name, c.label === true])).toEqual([
      ['study', false],
      ['first author, year', false],
      ['n', true],
      ['focus', true],
      ['definition', false],
    ]);
    expect(gappedHeader('Study  Where we looked, and why    n     Definition adopted', row)).toBeUndefined();
  });
});

describe('a table’s key to its abbreviations under the rows (`n, number of studies. SC, smart city; …`)', () => {
  const rows = [
    'Study  First author, year      n     Focus             Definition adopted',
    'S1     Harrowgate, 2015 [1]    40    SC; sensors       A smart city is a city that counts its',
    '                                                       sensors before it buys more of them',
  ];
  it('ends the table: the key is not more of the last row’s cell', () => {
    const found = mine([...rows, 'n, number of studies included. SC, smart city; DT, digital twin.', '', REFERENCES].join('\n'));
    expect(found.map((c) => c.clause)).toEqual(['A smart city is a city that counts its sensors before it buys more of them']);
  });

  it('leaves a cell that goes on in lower case at the margin', () => {
    const found = mine([...rows, 'and pays for them, once, from one budget', '', REFERENCES].join('\n'));
    expect(found.map((c) => c.clause)).toEqual([
      'A smart city is a city that counts its sensors before it buys more of them and pays for them, once, from one budget',
    ]);
  });
});

describe('a relay’s marker after the source’s own (`Tarrant’s definition [4], quoted by S2 [2], is …`)', () => {
  it('files the definition under the source’s marker, not the relay’s', () => {
    const [found] = mine([
      'Tarrant’s definition [4], quoted by S2 [2], is the one later studies repeat: a smart city is “a city that counts what it spends”.',
      REFERENCES,
    ]);
    expect(found?.attribution).toMatchObject({ author: 'Tarrant', year: 2003, ref: '[4]' });
  });

  it('leaves a single marker after a relay, and a source named after its relay', () => {
    const [single] = mine(['As quoted by Lindqvist and Obuya [2], a smart city is “a city that counts what it spends”.', REFERENCES]);
    expect(single?.attribution).toMatchObject({ author: 'Lindqvist and Obuya', ref: '[2]' });
  });
});

describe('a standard named in the lead-in and printed in the cited entry (`the standard MWB 4410:2012, which defines … [3]`)', () => {
  it('files the definition by the identifier (settled convention 3), not the entry’s publisher', () => {
    const [found] = mine([
      'One review relays a standard: the vocabulary standard MWB 4410:2012, which defines a digital twin as “a model of a catchment kept in step with its gauges” [3, cited in 5].',
      REFERENCES,
    ]);
    expect(found?.attribution).toMatchObject({ author: 'MWB 4410:2012', year: 2012, ref: '[3, cited in 5]' });
  });

  it('leaves the publisher when the identifier printed is not the cited entry’s', () => {
    const [found] = mine([
      'Unlike MWB 9100:2019, the water board’s glossary defines a digital twin as “a model of a catchment kept in step with its gauges” [3].',
      REFERENCES,
    ]);
    expect(found?.attribution).toMatchObject({ author: 'Marrowby Water Board', ref: '[3]' });
  });
});

describe('sources numbered in brackets under a short text, with no heading (`[1] Kelby Trust, Cities on a Budget, 2021.`)', () => {
  it('resolves the text’s `[1]` through them', () => {
    const [found] = mine(
      'Weekly reading list\nThe Kelby Trust handbook defines a smart city as “a city that knows what its streetlights cost” [1].\n[1] Kelby Trust, Cities on a Budget, 2021.',
    );
    expect(found?.attribution).toMatchObject({ author: 'Kelby Trust', year: 2021, ref: '[1]' });
  });

  it('leaves numbered paragraphs that do not start at 1 and lines the text never cites', () => {
    const paragraphs = mine('[41] In this judgment a smart city is a city that publishes its contracts.\n[42] Nothing in 2019 turned on it.');
    expect(paragraphs[0]?.clause).toBe('a smart city is a city that publishes its contracts');
    const uncited = mine('A smart city is “a city that knows what its streetlights cost”.\n[1] Kelby Trust, Cities on a Budget, 2021.');
    expect(uncited[0]?.attribution?.year).toBeUndefined();
  });
});

describe('a quoted definiens followed by when or where it was said (`as “…” in her first lecture in 1989`)', () => {
  it('ends the clause at the closing mark', () => {
    const [found] = mine(
      'Our chair, Ines Marrow-Tate, described the smart city as “a city that answers its letters within a week” at the launch of the charter.',
    );
    expect(found?.clause).toBe('the smart city as “a city that answers its letters within a week');
    const [dated] = mine('Varnholt defined a digital twin as “a model of the harbour that the pilots trust” during the 2019 inquiry.');
    expect(dated?.clause).toBe('a digital twin as “a model of the harbour that the pilots trust');
  });

  it('leaves a relative after the mark, which goes on with the definiens', () => {
    const [found] = mine('Varnholt defined a digital twin as “a model of the whole harbour” in which the pilots can rehearse each berth.');
    expect(found?.clause).toBe('a digital twin as “a model of the whole harbour” in which the pilots can rehearse each berth');
  });
});

describe('the year of the occasion named after a quotation (`… as “…” in her first public lecture in 1989.`)', () => {
  it('dates the definition by it (convention 4)', () => {
    const [found] = mine('Our chair, Ines Marrow-Tate, described the smart city as “a city that answers its letters within a week” at the 2019 assembly.');
    expect(found?.attribution).toMatchObject({ author: 'Marrow-Tate', year: 2019 });
  });

  it('leaves an occasion without a year, and a year in a clause of its own', () => {
    const [undated] = mine('Our chair, Ines Marrow-Tate, described the smart city as “a city that answers its letters within a week” at the launch.');
    expect(undated?.attribution?.year).toBeUndefined();
    const [own] = mine('Our chair, Ines Marrow-Tate, described the smart city as “a city that answers its letters within a week”, and in 2019 we agreed.');
    expect(own?.attribution?.year).toBeUndefined();
  });
});

describe('element tags at a line’s start or end (`<gloss>A smart city is ….</gloss>`): markup, not words', () => {
  it('reads the line’s text as a sentence of its own', () => {
    const found = mine(
      '<item id="t4">\n  <gloss>A digital twin is a model of one bridge that its inspectors update after every visit.</gloss>\n  <usage><q>the digital twin team</q></usage>\n</item>',
    );
    expect(found.map((c) => c.clause)).toEqual(['A digital twin is a model of one bridge that its inspectors update after every visit']);
  });

  it('leaves tags inside a line, and angle brackets that are no tags', () => {
    const [inline] = mine('A smart city is a city that publishes its <em>whole</em> budget every month.');
    expect(inline?.clause).toBe('A smart city is a city that publishes its <em>whole</em> budget every month');
    const [domain] = mine('3.2\ndigital twin\n<bridges> model of one bridge that its inspectors update after every visit');
    expect(domain?.clause).toContain('<bridges>');
    const [compare] = mine('A smart city is a city whose buses wait < 5 minutes and > 2 minutes at each stop.');
    expect(compare?.clause).toBe('A smart city is a city whose buses wait < 5 minutes and > 2 minutes at each stop');
  });
});

describe('a configuration file’s next key after a sentence (`… for operating it.` / `show_in_nav: true`)', () => {
  it('ends the sentence before the key', () => {
    const [found] = mine('smart_city:\n  # A smart city, on this site, is a city that lets residents see where each bin lorry is.\n  show_in_menu: false');
    expect(found?.clause).toBe('A smart city, on this site, is a city that lets residents see where each bin lorry is');
  });

  it('leaves a snake_case word with no colon or equals sign after it', () => {
    const [found] = mine('A smart city is a city that lets residents see where each bin lorry is, e.g. refuse_lorry tracking.');
    expect(found?.clause).toBe('A smart city is a city that lets residents see where each bin lorry is, e.g. refuse_lorry tracking');
  });
});

describe('a pictograph between a label and a glossary entry (`Tip of the day 💡 Digital twin: a …`)', () => {
  it('reads the entry as after a label’s colon', () => {
    const [found] = mine('Tip of the day 💡 Digital twin: a model of a building that its sensors keep up to date. Swipe for more.');
    expect(found?.clause).toBe('Digital twin: a model of a building that its sensors keep up to date');
  });

  it('leaves an entry whose meaning opens with a capital, and a pictograph with no colon after the term', () => {
    expect(mine('Tip of the day 💡 Digital twin: Ask the team about it. Swipe for more.')).toEqual([]);
    expect(mine('Tip of the day 💡 Digital twin pilots start next week.')).toEqual([]);
  });
});

describe('a title in capitals with the part it cites (`FIELD MANUAL, section 4.1`) over the text', () => {
  it('heads the text: the sentence under it starts at its own capital', () => {
    const [found] = mine('HARBOUR OPERATIONS MANUAL, section 4.1\nA berth digital twin is a live model of one quay that the pilots check before each mooring.');
    expect(found?.clause).toBe('A berth digital twin is a live model of one quay that the pilots check before each mooring');
  });

  it('leaves a sentence-case line that cites a section', () => {
    const [found] = mine(
      'As the harbour manual sets out in section 4.1\nA berth digital twin is a live model of one quay that the pilots check before each mooring.',
    );
    expect(found?.clause).not.toBe('A berth digital twin is a live model of one quay that the pilots check before each mooring');
  });
});

describe('a witness’s address before the answer (`Madam, in policy H4 a smart city means …`)', () => {
  it('reads the position from the words after the address, a speaker’s label before it or not', () => {
    const [found] = mine(
      'INSPECTOR: What does the board mean by it?\nMR OKAFOR-BRIGGS (for the board): Madam, in policy H4 a smart city means a city whose council publishes every sensor it owns.',
    );
    expect(found?.clause).toBe('a smart city means a city whose council publishes every sensor it owns');
  });

  it('leaves what the words after the address would leave', () => {
    const [found] = mine('Madam, whether a smart city means a city whose council publishes every sensor it owns is for the board.');
    expect(found).toBeUndefined();
  });
});
