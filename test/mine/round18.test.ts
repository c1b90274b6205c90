import { describe, expect, it } from 'vitest';
import { clauses, mine } from './cases.js';

// The eighteenth extractor: general rules for the error classes of the sixteenth blind round (test16.jsonl,
// review-paper-25 and review-paper-26; bench/RESULTS.md, "Eighteenth extractor"). Every case is written here, none
// copied from the labelled set; each rule has cases it must change and distractors it must leave.

const who = (text: string) => mine(text).map((c) => ({ clause: c.clause, quoted: c.quoted, author: c.attribution?.author, year: c.attribution?.year }));

describe('where a sentence ends', () => {
  it('at a full stop before a stage direction in brackets (`… data. [laughs] That is …`)', () => {
    expect(clauses('A smart city is a city that publishes its budget as open data. [laughs] That is the whole of my view.')).toEqual([
      'A smart city is a city that publishes its budget as open data',
    ]);
    // (a bracket with a capital or a number after the full stop was already read)
    expect(clauses('A digital twin is a model kept current by the network it copies. [Applause] Thank you.')).toEqual([
      'A digital twin is a model kept current by the network it copies',
    ]);
  });

  it('at a note number in plain digits after a closing bracket (`…“ [translation ours].2 The …`)', () => {
    expect(
      who('Okafor (2018: 9) defines the smart city as „a city whose offices answer to one data desk“ [translation ours].4 The reading is narrow.'),
    ).toEqual([{ clause: 'the smart city as „a city whose offices answer to one data desk“ [translation ours]', quoted: true, author: 'Okafor', year: 2018 }]);
    // (a version number after a bracket is still a number: no boundary inside `[v].2.1`)
    expect(clauses('The smart city is a city that runs its services on one platform [version 2].3 of the plan says so.')).toHaveLength(1);
  });
});

describe('a line that closes a parenthesis is not a list item', () => {
  it('reads `12) defines …` after a line ending in `(2019:` as the citation going on', () => {
    expect(
      who(
        [
          'Planners have argued about the term for a decade. Lindqvist (2019:',
          '12) defines the smart city as „a city that steers its networks as one system“.',
        ].join('\n'),
      ),
    ).toEqual([{ clause: 'the smart city as „a city that steers its networks as one system“', quoted: true, author: 'Lindqvist', year: 2019 }]);
  });

  it('still opens an item after a line that ends a sentence', () => {
    const text = ['The plan sets two aims:', '1) A smart city is a city that shares its data with residents.', '2) It reports every year.'].join('\n');
    expect(clauses(text)).toEqual(['A smart city is a city that shares its data with residents']);
  });
});

describe('a source label with a title', () => {
  it('names the person by surname as printed in mixed case (`DR OKONKWO-BELL:` → Okonkwo-Bell)', () => {
    expect(who('HOST: And what is it?\nDR OKONKWO-BELL: A smart city is a city that counts its trees as carefully as its cars.')).toEqual([
      { clause: 'A smart city is a city that counts its trees as carefully as its cars', quoted: true, author: 'Okonkwo-Bell', year: undefined },
    ]);
    // (a label without a title is left as printed: an organisation, `Siemens:`)
    expect(who('Siemens: A smart city is a city that counts its trees as carefully as its cars.')[0]?.author).toBe('Siemens');
  });
});

describe('ibid. and its kin', () => {
  it('takes `(ibid.: 17)`, `(ebd.: 4)`, `(a.a.O.: 9)` off the end of the definiens and cites the source the paragraph cited last', () => {
    const text = (marker: string) =>
      `Marlowe (2014: 12) calls the term a promise. She later narrows it: a smart city is a city whose offices share one ledger for their data ${marker}. Others disagree.`;
    for (const marker of ['(ibid.: 17)', '(ebd.: 4)', '(a.a.O.: 9)', '(op. cit., p. 30)']) {
      expect(who(text(marker)), marker).toEqual([
        { clause: 'a smart city is a city whose offices share one ledger for their data', quoted: true, author: 'Marlowe', year: 2014 },
      ]);
    }
  });

  it('names no one when nothing before it is cited by name, and leaves a parenthesis of other words alone', () => {
    expect(who('She narrows it: a smart city is a city whose offices share one ledger for their data (ibid.: 17).')).toEqual([
      { clause: 'a smart city is a city whose offices share one ledger for their data', quoted: true, author: undefined, year: undefined },
    ]);
    expect(
      mine('Marlowe (2014: 12) calls it a promise. A smart city is a city whose offices share one ledger (idle talk).')[0]?.attribution?.author,
    ).toBeUndefined();
  });
});

describe('a new statement after a comma and a conjunction', () => {
  it('ends the definiens before a new subject with a determiner and its own verb, or a name after `but`', () => {
    expect(clauses('A sustainable city is a city that lives on what its valley grows, and the two words need not mean the same.')).toEqual([
      'A sustainable city is a city that lives on what its valley grows',
    ]);
    expect(clauses('Smart cities are a way to mend the faults each borough finds, but the region is where the money sits.')).toEqual([
      'Smart cities are a way to mend the faults each borough finds',
    ]);
    expect(clauses('Smart cities are a way to mend the faults each borough finds, but Vision 2040 is the larger plan.')).toEqual([
      'Smart cities are a way to mend the faults each borough finds',
    ]);
  });

  it('keeps a second relative clause (`, and that is judged by …`) and a coordinated object', () => {
    expect(clauses('A smart city is a city that uses data to make its decisions, and that is judged by what they do for residents.')).toEqual([
      'A smart city is a city that uses data to make its decisions, and that is judged by what they do for residents',
    ]);
    expect(clauses('A smart city is a city that shares its data with residents, and the firms that serve them.')).toEqual([
      'A smart city is a city that shares its data with residents, and the firms that serve them',
    ]);
  });
});

describe('the name of a body', () => {
  it('keeps a secretariat, directorate or observatory whole, not as a person’s surname', () => {
    for (const body of ['State Secretariat of Urban Affairs of Kelmar', 'Planning Directorate of Norrvik', 'Urban Observatory of Aldmark']) {
      expect(who(`According to the ${body}, a smart city is a city that uses data to serve its residents.`)[0]?.author, body).toBe(body);
    }
    // (a person with an affiliation is still filed by surname)
    expect(who('According to Ana Reis of the Kelmar Urban Observatory, a smart city is a city that uses data to serve its residents.')[0]?.author).toBe('Reis');
  });
});

describe('German and French quotation marks', () => {
  it('reads a definiens in „…“, «…» or ‹…› as quoted, with no reporting verb needed', () => {
    expect(who('A smart city is „a city that steers its networks as one system and answers for them“ [translation ours].')[0]?.quoted).toBe(true);
    expect(who('In the guidance, a digital twin is « a model of the network that its operators keep current together ».')[0]?.quoted).toBe(true);
    // (a plain definition is still the writers' own)
    expect(who('A smart city is a city that steers its networks as one system and answers for them.')[0]?.quoted).toBe(false);
  });

  it('takes a page locator off a standard named as the subject (`DIN SPEC 91498:2023 (p. 6) defines …`)', () => {
    expect(who('ISO 37122:2019 (p. 6) defines the urban digital twin as „a model of the city that is coupled to it by data“.')).toEqual([
      { clause: 'the urban digital twin as „a model of the city that is coupled to it by data“', quoted: true, author: 'ISO 37122:2019', year: 2019 },
    ]);
  });
});

describe('an apposition introduced by `that is` in parentheses or after a dash', () => {
  it('reads `TERM (that is, …)` and `TERM (i.e. …)` up to the closing parenthesis', () => {
    expect(
      clauses('The port will commission an urban digital twin (that is, a virtual copy of its cranes and berths kept current by telemetry) next spring.'),
    ).toEqual(['an urban digital twin (that is, a virtual copy of its cranes and berths kept current by telemetry']);
    expect(clauses('Funding goes to digital twins (i.e. virtual copies of pumping stations that are updated from meter data) in three valleys.')).toEqual([
      'digital twins (i.e. virtual copies of pumping stations that are updated from meter data',
    ]);
  });

  it('reads `TERM — that is, …` up to the closing dash', () => {
    expect(clauses('The fund backs smart cities — that is, cities that use live data to run their ferries and depots — across the coast.')).toEqual([
      'smart cities — that is, cities that use live data to run their ferries and depots',
    ]);
  });

  it('ends `TERM, i.e. …` where a comma, a conjunction and a preposition resume the sentence', () => {
    expect(
      clauses(
        'The study turns to digital twins, i.e. virtual copies of pumping stations that are updated from meter data, and to their use in leak detection.',
      ),
    ).toEqual(['digital twins, i.e. virtual copies of pumping stations that are updated from meter data']);
  });

  it('not a parenthesis that names something other than a genus', () => {
    expect(clauses('The port will commission an urban digital twin (that is, next spring) for its cranes.')).toEqual([]);
  });
});

describe('a press release', () => {
  it('reads the source after the dateline, and an instrument named by number and year whole', () => {
    expect(
      who(
        'PORTO VERDE, Brazil, 3 March 2026 – The city’s new Data Policy (Decree 12/2026) defines a smart city as “a city that publishes every dataset it collects”.',
      ),
    ).toEqual([{ clause: 'a smart city as “a city that publishes every dataset it collects', quoted: true, author: 'Decree 12/2026', year: 2026 }]);
    expect(
      who('KELMFORD, March 3, 2026 – The Kelmford Data Office defines a smart city as “a city that publishes every dataset it collects”.')[0]?.author,
    ).toBe('Kelmford Data Office');
    expect(who('A smart city is a city that publishes every dataset it collects (Regulation No. 7/2024).')[0]?.author).toBe('Regulation No. 7/2024');
  });
});

describe('a scope, not a purpose', () => {
  it('does not doubt a definition after `For our purposes …:` as it doubts one after `… about its aims:`', () => {
    expect(
      clauses('For the Board’s purposes I would say it plainly: a sustainable city is a city that does not borrow from its neighbours to heat its homes.'),
    ).toEqual(['a sustainable city is a city that does not borrow from its neighbours to heat its homes']);
    expect(clauses('The charter is plain about its aims: a sustainable city is a city that does not borrow from its neighbours to heat its homes.')).toEqual(
      [],
    );
  });
});
