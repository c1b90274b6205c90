// Who said it: attribution rules added for the eleventh extractor, each with cases written in the style of
// the forms it reads (not taken from the labelled fixtures). A quoted definition is never filed under the
// quoting document: its author and year are the cited source's, or empty.
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config/schema.js';
import { mineDefinitions, type Candidate } from '../../src/mine/index.js';
import { layOut } from '../../src/mine/layout.js';
import { citedAs, parseReferences } from '../../src/mine/references.js';

const concept = ConfigSchema.parse({ concept: { terms: ['smart city', 'sustainable city', 'smart sustainable city', 'digital twin'] } }).concept;
const mine = (pages: readonly string[]) => mineDefinitions(pages, { concept });
const who = (c: Candidate | undefined) => ({ quoted: c?.quoted, author: c?.attribution?.author, year: c?.attribution?.year, ref: c?.attribution?.ref });
const find = (found: readonly Candidate[], start: string) => found.find((c) => c.clause.toLowerCase().startsWith(start.toLowerCase()));

describe('a block quotation whose citation follows its closing full stop', () => {
  it('gives the quotation the citation that opens the next line’s sentence', () => {
    const found = mine([
      [
        'Lindqvist, who surveyed Baltic ports, offers the definition used here:',
        '    A sustainable city is one that keeps its water, energy and land use within what its',
        '    hinterland can replace from one decade to the next. (Lindqvist, 2016, p. 41)',
        'The wording is strict about time but silent about money.',
      ].join('\n'),
    ]);
    expect(who(find(found, 'A sustainable city'))).toEqual({ quoted: true, author: 'Lindqvist', year: 2016, ref: undefined });
  });

  it('looks past the quotation’s later sentences to its citation', () => {
    const found = mine([
      [
        'After two rounds of interviews the harbour board settled on this:',
        '    A digital twin is a model of the port that is kept current by the port’s own sensors.',
        '    It is used to rehearse berth changes before they are made. (Harbour Board, 2022)',
        'The board did not say who keeps the model.',
      ].join('\n'),
    ]);
    expect(who(find(found, 'A digital twin'))).toEqual({ quoted: true, author: 'Harbour Board', year: 2022, ref: undefined });
  });

  it('does not give that citation to a definition in the sentence it opens', () => {
    const found = mine([
      [
        'Okoro lists the uses of the model:',
        '    The model serves planners, engineers and the public alike. (Okoro, 2019, p. 4)',
        'A smart city is a city that answers for the data it keeps.',
      ].join('\n'),
    ]);
    const own = find(found, 'A smart city');
    expect(own).toBeDefined();
    expect(own?.attribution?.author).toBeUndefined();
    expect(own?.attribution?.year).toBeUndefined();
  });
});

describe('a named source announcing the definition after a colon', () => {
  it('files a block quotation under the body that agreed on or adopted it, with the date of the lead-in', () => {
    const found = mine([
      [
        'In 2019, after a year of consultation, the Harbour Board adopted the following wording:',
        '',
        '    A digital twin is a model of the port that is kept current by the port’s own sensors.',
        '',
        'It has not been revised since.',
      ].join('\n'),
    ]);
    expect(who(find(found, 'A digital twin'))).toEqual({ quoted: true, author: 'Harbour Board', year: 2019, ref: undefined });
  });

  it('leaves the writers and parts of the document alone', () => {
    for (const lead of ['We adopt the following:', 'Table 3 gives the following:'])
      expect(find(mine([`${lead}\n    A digital twin is a model of the port that is kept current by the port’s own sensors.`]), 'A digital twin')?.quoted).toBe(
        false,
      );
  });
});

describe('the reporter’s name in full', () => {
  it('takes the authors from the narrative citation that holds the reporter’s surname', () => {
    const found = mine(['Surveying planning practice, Mensah et al. (2020, p. 3) put it in one line: “A smart city is a city that plans with its data.”']);
    expect(who(find(found, 'A smart city'))).toEqual({ quoted: true, author: 'Mensah et al.', year: 2020, ref: undefined });
  });
});

describe('a speaker named after the closing quotation mark', () => {
  it('gives the surname of a titled speaker, whatever follows the name', () => {
    const found = mine(['“A smart city is one that tells its residents what it measures,” said Councillor Tomas Reyes during the budget debate.']);
    expect(who(find(found, 'A smart city'))).toEqual({ quoted: true, author: 'Reyes', year: undefined, ref: undefined });
  });

  it('gives the speaker named before the verb, with or without a description', () => {
    for (const text of [
      '“A smart city is one that tells its residents what it measures,” Tomas Reyes, a councillor since 2019, said in the debate.',
      '“A smart city is one that tells its residents what it measures,” Reyes said.',
    ])
      expect(who(find(mine([text]), 'A smart city'))).toEqual({ quoted: true, author: 'Reyes', year: undefined, ref: undefined });
  });

  it('gives no author for a title alone or a time after the verb', () => {
    for (const text of [
      '“A smart city is one that tells its residents what it measures,” said the Minister at the opening.',
      '“A smart city is one that tells its residents what it measures,” she said on Tuesday.',
    ]) {
      const c = find(mine([text]), 'A smart city');
      expect(c?.quoted).toBe(true);
      expect(c?.attribution?.author).toBeUndefined();
    }
  });
});

describe('a reporting verb whose subject is described by a relative clause', () => {
  it('files the definition under the named subject, with the date the lead-in prints', () => {
    const found = mine([
      'The Harbour Liveability Ranking, which scored 60 cities on four continents in 2030, defines a smart city as one that turns its data into services residents use.',
    ]);
    expect(who(find(found, 'a smart city'))).toEqual({ quoted: true, author: 'Harbour Liveability Ranking', year: 2030, ref: undefined });
  });

  it('does not take a description for a name', () => {
    const found = mine(['The survey, which we ran in 2024, defines a smart city as one that turns its data into services residents use.']);
    expect(find(found, 'a smart city')?.attribution?.author).toBeUndefined();
  });
});

describe('an aside naming the source document', () => {
  it('quotes the definition, with the document’s date and no author when the owner is not named', () => {
    const found = mine(['Sustainable cities, in the agency’s 2024 handbook, are cities that plan housing, transport and energy as one system.']);
    expect(who(find(found, 'Sustainable cities'))).toEqual({ quoted: true, author: undefined, year: 2024, ref: undefined });
  });

  it('names the owner when the possessor is a name', () => {
    const found = mine(['Smart cities, in Moreau’s 2019 charter, are cities that publish every contract they sign for digital services.']);
    expect(who(find(found, 'Smart cities'))).toEqual({ quoted: true, author: 'Moreau', year: 2019, ref: undefined });
  });

  it('reads the aside as a lead-in, and after `according to` or `in the words of`', () => {
    expect(
      who(find(mine(['In the agency’s 2024 handbook, sustainable cities are cities that plan housing and transport as one system.']), 'sustainable cities')),
    ).toEqual({
      quoted: true,
      author: undefined,
      year: 2024,
      ref: undefined,
    });
    expect(
      who(find(mine(['A smart city, in the words of the 2021 Tallinn declaration, is a city that shares its data with its neighbours.']), 'A smart city')),
    ).toEqual({
      quoted: true,
      author: undefined,
      year: 2021,
      ref: undefined,
    });
    expect(who(find(mine(['A smart city, according to the UNECE, is a city that shares its data with its neighbours.']), 'A smart city'))).toEqual({
      quoted: true,
      author: 'UNECE',
      year: undefined,
      ref: undefined,
    });
  });

  it('leaves the writers’ own document and an undated generic phrase alone', () => {
    for (const text of [
      'Smart cities, in our 2024 framework, are cities that plan housing, transport and energy as one system.',
      'Smart cities, in the broad sense, are cities that plan housing, transport and energy as one system.',
      'Smart cities, in this report’s terms, are cities that plan housing, transport and energy as one system.',
      'In our 2022 survey, smart cities are cities that plan housing, transport and energy as one system.',
      'Smart cities, in Scandinavia, are cities that plan housing, transport and energy as one system.',
      'Smart cities, according to many planners, are cities that plan housing, transport and energy as one system.',
    ]) {
      const c = find(mine([text]), 'Smart cities');
      expect(c).toBeDefined();
      expect(c?.quoted).toBe(false);
    }
  });
});

describe('the document’s own numbered definitions', () => {
  const page = (label: string, note: string) =>
    [
      'The thesis fixes its terms as follows.',
      '',
      `${label} A smart city is a city whose council publishes the data it collects and answers for its use.²`,
      '',
      note,
    ].join('\n');

  it('are not made quoted by a note that compares them with a source', () => {
    const c = find(
      mine([page('Definition 3.2 (smart city).', '² Definition 3.2 is broader than Varga’s (2017), which names only transport.')]),
      'A smart city',
    );
    expect(c?.quoted).toBe(false);
  });

  it('are quoted when the label cites a source', () => {
    const c = find(mine([page('Definition 3.2 (after Varga, 2017).', '² See Varga (2017), p. 8.')]), 'A smart city');
    expect(c?.quoted).toBe(true);
  });
});

describe('notes that compare', () => {
  const page = (note: string) =>
    ['In this thesis, a smart city is a city whose council publishes the data it collects and answers for its use.²', '', note].join('\n');

  it('do not make a definition quoted when they set it against a source', () => {
    for (const note of [
      '² This is narrower than Varga’s (2017) definition, which also counts private data.',
      '² Unlike Varga (2017), it leaves out private data.',
    ])
      expect(find(mine([page(note)]), 'a smart city')?.quoted).toBe(false);
  });

  it('still quote it when they give its source', () => {
    expect(find(mine([page('² Adapted from Varga (2017), p. 8.')]), 'a smart city')?.quoted).toBe(true);
  });
});

describe('layout: running lines printed across two columns', () => {
  it('drops a footer whose halves fall on either side of the gutter, wherever it would be read', () => {
    const row = (a: string, b: string) => a.padEnd(48) + b;
    // (each page's own words: lines that repeat on every page at its top or foot are running lines)
    const page = (n: number, [a, b, c, d]: readonly string[]) =>
      [
        'Harbour Studies 4 (2026) 1–9',
        row(`The ${a} column opens with a few words`, `the words that end the ${a} part. The`),
        row(`and runs down the ${b} side of the sheet`, `right column then goes on to its ${b}`),
        row(`until it reaches the ${c} foot, where the`, `foot, and the page ends with ${c} words.`),
        row(`sentence goes on in the ${d} column with`, ''),
        row('Okafor · What the words mean', String(n)),
      ].join('\n');
    const body = layOut([
      page(1, ['first', 'left', 'lower', 'next']),
      page(2, ['second', 'west', 'bottom', 'other']),
      page(3, ['third', 'near', 'last', 'far']),
    ]).body;
    expect(body.filter((l) => /Okafor|Harbour Studies/u.test(l.text))).toEqual([]);
    // (the left column still runs straight into the right one)
    const page2 = body.filter((l) => l.page === 2 && l.text).map((l) => l.text);
    expect(page2.indexOf('sentence goes on in the other column with') + 1).toBe(page2.indexOf('the words that end the second part. The'));
  });
});

describe('reference lists', () => {
  it('find the publication year, not a year in the title or the venue', () => {
    const lines = (texts: string[]) => texts.map((text, i) => ({ text, page: 1, line: i + 1 }));
    const years = parseReferences(
      lines([
        '[1] A. Ruiz and P. Lindgren, “Cities after 2050: a scenario study,” Futures, vol. 12, pp. 1–9, 2018.',
        '[2] European Commission, Horizon 2020 work programme: smart cities and communities, Brussels, 2014.',
        '[3] Aalto, K. and Berg, M. 2011. The city in 2030. Helsinki: Otava.',
        '[4] Nordic Council. Norden 2030. A vision for the region, 2019.',
        '[5] T. Haas, “Twins of towns,” City Data Blog, 2017. [Online]. Available: https://example.org/2020/twins. Accessed: Mar. 3, 2022.',
        '[6] R. Ode, “Smart grids,” Energy, vol. 9, pp. 1998–2005, 2016, doi: 10.1000/2019.55.',
      ]),
    ).map((r) => r.year);
    expect(years).toEqual([2018, 2014, 2011, 2019, 2017, 2016]);
  });

  it('find the authors where the title follows the last initial (MDPI, ACS), not the title’s capitalised words', () => {
    // Entries as MDPI journals print them (Albino et al. 2015, Hollands 2008, Caragliu et al. 2011 are real works).
    const lines = (texts: string[]) => texts.map((text, i) => ({ text, page: 1, line: i + 1 }));
    const cited = parseReferences(
      lines([
        '1. Albino, V.; Berardi, U.; Dangelico, R.M. Smart Cities: Definitions, Dimensions, Performance, and Initiatives. J. Urban Technol. 2015, 22, 3–21.',
        '2. Hollands, R.G. Will the real smart city please stand up? City 2008, 12, 303–320.',
        '3. Caragliu, A.; Del Bo, C. Smart cities in Europe. J. Urban Technol. 2011, 18, 65–82.',
        '4. Batty, M. Digital twins. Environ. Plan. B Urban Anal. City Sci. 2018, 45, 817–820.',
        '5. ITU-T. Smart Sustainable Cities: An Analysis of Definitions; ITU: Geneva, Switzerland, 2014.',
        '6. Harrison, C., Eckman, B.: Foundations for smarter cities. IBM J. Res. Dev. 54, 1–16 (2010)',
      ]),
    ).map((r) => [citedAs(r.authors), r.year]);
    expect(cited).toEqual([
      ['Albino et al.', 2015],
      ['Hollands', 2008],
      ['Caragliu and Del Bo', 2011],
      ['Batty', 2018],
      ['ITU-T', 2014],
      ['Harrison and Eckman', 2010],
    ]);
  });

  it('read a references heading with a qualifier', () => {
    const text = ['Body text that runs on for a while.', 'References (selected)', 'Aalto, K. (2011) The city. Helsinki: Otava.'];
    const laid = layOut([text.join('\n')]);
    expect(laid.references.map((l) => l.text)).toEqual(['Aalto, K. (2011) The city. Helsinki: Otava.']);
  });
});

describe('a titled speaker in a colon lead-in', () => {
  it('is given by surname, as a speaker after the quotation is', () => {
    const quote = '“A smart city is a city that shares its data with its residents.”';
    for (const lead of ['Mayor Ingrid Solheim said:', 'At the launch, Deputy Mayor Ana Reis said:', 'Professor Lena Holt wrote:'])
      expect(who(find(mine([`${lead} ${quote}`]), 'A smart city')).author, lead).toBe(
        lead.includes('Solheim') ? 'Solheim' : lead.includes('Reis') ? 'Reis' : 'Holt',
      );
    expect(who(find(mine([`${quote.slice(0, -2)},” said Mayor Ingrid Solheim.`]), 'A smart city')).author).toBe('Solheim');
  });

  // (a person without a title by surname too: the attribution conventions settled 2026-12-03, rule 1)
  it('keeps a body’s name whole, and gives a name without a title by surname', () => {
    const quote = '“A smart city is a city that shares its data with its residents.”';
    expect(who(find(mine([`The European Commission said: ${quote}`]), 'A smart city')).author).toBe('European Commission');
    expect(who(find(mine([`Ingrid Solheim said: ${quote}`]), 'A smart city')).author).toBe('Solheim');
  });
});

describe('a line after the definition that is a label and its value', () => {
  const definition = 'A smart city is a city that uses data to serve its residents well.';

  it('`Source: X (2024).` names X, with the year apart', () => {
    expect(who(find(mine([`${definition}\nSource: Harbour Data Trust (2024).`]), 'A smart city'))).toMatchObject({
      quoted: true,
      author: 'Harbour Data Trust',
      year: 2024,
    });
    expect(who(find(mine([`${definition} Source: OECD (2024).`]), 'A smart city'))).toMatchObject({ quoted: true, author: 'OECD', year: 2024 });
  });

  it('`OECD: Agreed.` is someone speaking, not the source of the sentence above', () => {
    expect(who(find(mine([`${definition}\nOECD: Agreed.`]), 'A smart city'))).toMatchObject({ quoted: false, author: undefined });
    expect(who(find(mine([`OECD: Agreed. ${definition}`]), 'A smart city'))).toMatchObject({ quoted: false, author: undefined });
  });
});
