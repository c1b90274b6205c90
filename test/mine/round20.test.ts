import { describe, expect, it } from 'vitest';
import { clauses, mine } from './cases.js';

// The twentieth extractor: general rules for the error classes of the eighteenth blind round (test18.jsonl and
// review-paper-28; bench/RESULTS.md, "Twentieth extractor"). Every case is written here, none copied from the labelled
// set; each rule has cases it must change and definitions it must leave.

describe('a verb of regarding that makes the term the setting of something else', () => {
  it('leaves `treat the smart city as the setting / one of several contexts / a testbed for …`', () => {
    expect(clauses('Most transport models [4, 9] treat the smart city as the setting of a routing problem and say no more about it.')).toEqual([]);
    expect(clauses('The guidance views smart cities as one of many contexts in which procurement rules apply.')).toEqual([]);
    expect(clauses('Vendors regard the digital twin merely as a backdrop for their dashboards and sell it on.')).toEqual([]);
    expect(clauses('Okafor (2020) sees the sustainable city as a testbed for low-carbon heating trials in three districts.')).toEqual([]);
  });

  it('keeps a verb of defining, and a kind after a verb of regarding', () => {
    expect(clauses('Okafor (2020) defines the smart city as the context in which public services are designed around shared data.')).toEqual([
      'the smart city as the context in which public services are designed around shared data',
    ]);
    expect(clauses('Marsh (2019) sees the smart city as a city that steers its services through shared data and open platforms.')).toEqual([
      'the smart city as a city that steers its services through shared data and open platforms',
    ]);
  });
});

describe('three or more surnames listed in an author-year citation', () => {
  const who = (text: string) => mine(text).map((c) => c.attribution?.author);

  it('are written as the first and et al. (convention 1)', () => {
    expect(who('A smart city is a city that lets residents see what its sensors record (Lindgren, Obi-Walsh, Castellano, 2019).')).toEqual(['Lindgren et al.']);
    expect(who('A smart city is a city that lets residents see what its sensors record (Lindgren, van Dijk & Castellano, 2019).')).toEqual(['Lindgren et al.']);
  });

  it('leaves two surnames, and a body whose name has commas', () => {
    expect(who('A smart city is a city that lets residents see what its sensors record (Lindgren & Castellano, 2019).')).toEqual(['Lindgren & Castellano']);
    expect(who('A smart city is a city that lets residents see what its sensors record (Department of Transport, Housing and Planning, 2019).')).toEqual([
      'Department of Transport, Housing and Planning',
    ]);
  });
});

describe('a table whose first column numbers the rows', () => {
  it('leaves the row number out of the source cell’s author; an identifier’s number after its body stays', () => {
    const text = [
      'Table 3. Definitions of the smart city',
      'No.\tSource\tDefinition',
      '1\tLindgren and Obi (2018)\tA smart city is a city that lets residents see what its sensors record',
      '2\tCastellano et al. (2021)\tA smart city is a city whose budget follows the data its services produce',
    ].join('\n');
    expect(mine(text).map((c) => c.attribution?.author)).toEqual(['Lindgren and Obi', 'Castellano et al.']);
    expect(mine('PAS 180:2014 defines a smart city as a city that lets residents see what its sensors record [4].').map((c) => c.attribution?.author)).toEqual([
      'PAS 180:2014',
    ]);
  });
});

describe('a standard’s identifier named before a numbered marker', () => {
  it('is the author as printed (convention 3), not the publisher the reference list gives; a name that is no identifier takes the list’s', () => {
    const page1 = [
      'Urban digital twins.',
      'The technical specification NUSB/TS 4410:2024 [3] defines an urban digital twin as a model of physical urban assets that is kept in step with them at a stated frequency.',
      'One guidance note [2] describes a smart city as a city that integrates its infrastructure systems so that services improve for residents.',
    ].join('\n');
    const page2 = [
      'References',
      '1. Lindgren A. Twins and cities. Urban Stud. 2020;12(3):1–9.',
      '2. Orbis Planning Institute. Guidance on integrated services. Leeds: OPI; 2021.',
      '3. Nordic Union for Standards and Benchmarks. NUSB/TS 4410:2024. Urban digital twins — Vocabulary. Oslo: NUSB; 2024.',
    ].join('\n');
    expect(mine([page1, page2]).map((c) => [c.attribution?.author, c.attribution?.year])).toEqual([
      ['NUSB/TS 4410:2024', 2024],
      ['Orbis Planning Institute', 2021],
    ]);
  });
});

describe('a standard cited in parentheses with its year after a colon', () => {
  it('is named whole (convention 3), with a clause or page after it', () => {
    const who = (text: string) => mine(text).map((c) => [c.attribution?.author, c.attribution?.year]);
    expect(who('Under the national vocabulary, a smart city is defined as a city that lets residents see what its sensors record (NUSB 4402:2019).')).toEqual([
      ['NUSB 4402:2019', 2019],
    ]);
    expect(who('A smart city is a city that lets residents see what its sensors record (ISO/IEC 30182:2017, clause 3.1).')).toEqual([
      ['ISO/IEC 30182:2017', 2017],
    ]);
    // (an author's page after the year, German style, is no identifier)
    expect(who('A smart city is a city that lets residents see what its sensors record (Marsh 2017: 12).')).toEqual([['Marsh', 2017]]);
  });
});

describe('a quotation straight after one whose speaker is named after its closing mark', () => {
  it('is the same speaker’s (news prose), and a quotation after a sentence with no such speaker stays unnamed', () => {
    const who = (text: string) => mine(text).map((c) => c.attribution?.author);
    const said = '“People hear ‘smart city’ and picture sensors on every lamp post,” said Ines Okafor, who chairs the transport board.';
    const quote = '“A smart city is a city that can tell its residents what each of its sensors is for.”';
    expect(who(`${said} ${quote} The board meets in May.`)).toEqual(['Okafor']);
    expect(who(`“People picture sensors on every lamp post,” Ines Okafor said. ${quote}`)).toEqual(['Okafor']);
    expect(who(`The mayor spoke last. ${quote}`)).toEqual([undefined]);
  });
});

describe('a dated document named after a passive reporting verb, the marker closing the sentence', () => {
  it('dates the definition, but a plan named for its horizon does not', () => {
    const year = (text: string) => mine(text).map((c) => c.attribution?.year);
    expect(
      year('Sustainable cities are described in the Agency’s 2024 handbook as cities that keep their water and waste loops within local limits [3].'),
    ).toEqual([2024]);
    expect(
      year('Sustainable cities are described in the city’s 2040 strategy as cities that keep their water and waste loops within local limits [3].'),
    ).toEqual([undefined]);
  });
});

describe('footnotes whose wrapped lines open with a capital or a digit (Chicago notes as a PDF reader gives them)', () => {
  const page = (notes: string[]) =>
    [
      'Chapter 3 · Cities and their words',
      'The planning office of a port city wrote the definition its staff still quote:',
      '    A smart city is a municipality that publishes the data its sensors collect so that',
      '    residents can hold its services to account.14',
      'The sentence was quoted for a decade and changed little in practice.15',
      ...notes,
    ].join('\n');

  it('reads a note that wraps over unindented lines, and takes its source for the definition', () => {
    const [found] = mine(
      page([
        '14 Marta Okonkwo-Lindqvist, Sharing the Port City: A Handbook for Municipal Data Offices (Aalborg:',
        'Harbour Press, 2016), 22.',
        '15 Ibid., 30.',
      ]),
    );
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Okonkwo-Lindqvist', year: 2016 } });
  });

  it('names the people a note opens with as a citation does: surnames, `and`, `et al.` for three or more', () => {
    const author = (note: string[]) => mine(page([...note, '15 Ibid., 30.']))[0]?.attribution?.author;
    expect(author(['14 Marta Okonkwo-Lindqvist and Tomas Reyes, Sharing the Port City (Aalborg:', 'Harbour Press, 2016), 22.'])).toBe(
      'Okonkwo-Lindqvist and Reyes',
    );
    expect(author(['14 Marta Okonkwo-Lindqvist, Tomas Reyes and Ana Vidal, “Sharing the Port City,”', 'Urban Data 4 (2016): 22.'])).toBe(
      'Okonkwo-Lindqvist et al.',
    );
    expect(author(['14 Marta Okonkwo-Lindqvist et al., Sharing the Port City (Aalborg:', 'Harbour Press, 2016), 22.'])).toBe('Okonkwo-Lindqvist et al.');
    // (a body's name is as printed)
    expect(author(['14 Harbour Data Office, Sharing the Port City (Aalborg:', 'Harbour Press, 2016), 22.'])).toBe('Harbour Data Office');
  });

  it('leaves numbered lines that do not follow one another as body text', () => {
    const [found] = mine(
      page(['14 Marta Okonkwo-Lindqvist, Sharing the Port City (Aalborg:', 'Harbour Press, 2016), 22.', '19 Unrelated numbered line of a table']),
    );
    expect(found?.clause).toMatch(/^A smart city is a municipality that publishes/u);
    expect(found?.attribution?.year).not.toBe(2016);
  });
});
