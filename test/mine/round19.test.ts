import { describe, expect, it } from 'vitest';
import { spelledOut } from '../../src/mine/acronyms.js';
import { parseReferences } from '../../src/mine/references.js';
import { isTableHeader } from '../../src/mine/table-header.js';
import { mine } from './cases.js';

// The nineteenth extractor: general rules for the error classes of the seventeenth blind round (test17.jsonl and
// review-paper-27; bench/RESULTS.md, "Nineteenth extractor"). Every case is written here, none copied from the labelled
// set; each rule has cases it must change and distractors it must leave.

const who = (text: string) => mine(text).map((c) => ({ clause: c.clause, author: c.attribution?.author, year: c.attribution?.year }));

describe('a table whose header names a column of its own after the source and the definition', () => {
  it('reads `Source Definition Focus` as a header, so a row’s source is not run into the header or the last row’s cell', () => {
    const text = [
      'Table 4. Working definitions of the smart city',
      'Source Definition Focus',
      'Brennan (2018) A smart city is a city that publishes its water data for anyone to reuse. Openness',
      'Moreau and Patel (2021) A smart city is a city whose services share one booking system with residents. Service',
    ].join('\n');
    expect(who(text)).toEqual([
      { clause: 'A smart city is a city that publishes its water data for anyone to reuse', author: 'Brennan', year: 2018 },
      { clause: 'A smart city is a city whose services share one booking system with residents', author: 'Moreau and Patel', year: 2021 },
    ]);
    expect(isTableHeader('Author Definition Dimension')).toBe(true);
    // (not a heading with two column names and a word of its own before them, nor one whose own word comes first)
    expect(isTableHeader('Key Term Definitions')).toBe(false);
    expect(isTableHeader('Focus Source Definition')).toBe(false);
  });

  it('goes on with a row whose cell stops mid-sentence on a margin line in upper case, not one that opens a source cell', () => {
    const text = [
      'Source Definition Emphasis',
      'Lindqvist [3] A smart city is a city that steers its water, power and',
      'ICT networks from one control room. Control',
      'Ahmadi et al. [5] A smart city is a city that lets residents vote on the budget online. Participation',
    ].join('\n');
    expect(mine(text).map((c) => c.clause)).toEqual([
      'A smart city is a city that steers its water, power and ICT networks from one control room',
      'A smart city is a city that lets residents vote on the budget online',
    ]);
    // (a row that ends its sentence, or a line with a source cell of its own, opens the next row)
    const rows = ['Source Definition', 'Kell (2016) A smart city is a city that counts its buses', 'Orsi (2019) A smart city is a city that shares its maps'];
    expect(mine(rows.join('\n')).map((c) => c.attribution?.author)).toEqual(['Kell', 'Orsi']);
  });
});

describe('a body cited by its acronym and named in full in the document', () => {
  it('files the definition under the full name (`(NWA, 2021)` after `the Northern Water Agency`)', () => {
    const text =
      'The Northern Water Agency has published the clearest wording: “A smart city is a city that meters every main and reports its losses each month” (NWA, 2021, p. 4).';
    expect(who(text)).toEqual([
      { clause: 'A smart city is a city that meters every main and reports its losses each month', author: 'Northern Water Agency', year: 2021 },
    ]);
  });

  it('spells out only a name whose capitalised words give the acronym letter for letter, and only one such name', () => {
    expect(spelledOut('DfT', 'the Department for Transport')).toBeUndefined();
    expect(spelledOut('BoE', 'the Bank of England')).toBeUndefined();
    expect(spelledOut('OUC', 'the Office for Urban Change said')).toBe('Office for Urban Change');
    expect(spelledOut('CDA', 'the City Data Authority and the Coastal Defence Agency')).toBeUndefined();
    expect(spelledOut('CDA', 'the City Data Authority Board')).toBeUndefined();
    expect(spelledOut('CDA', 'the City, Data and Action')).toBeUndefined();
    // (an acronym without a name in full is left as printed)
    expect(who('The guidance is blunt: “A smart city is a city that meters every main and reports its losses each month” (NWA, 2021).')[0]?.author).toBe('NWA');
  });
});

describe('a body that is also its entry’s publisher', () => {
  const authorsOf = (entry: string) => parseReferences([{ text: entry, page: 1, line: 1 }])[0]?.authors;

  it('is the author up to the comma where its name, printed again after the title, ends', () => {
    expect(authorsOf('[7] Port of Ellismere, Ellismere Harbour Twin: Licence and Sources, Port of Ellismere, 2023.')).toEqual(['Port of Ellismere']);
    expect(authorsOf('[8] Port of Ellismere, Ellismere Harbour Twin Handbook, Port of Ellismere, 2023.')).toEqual(['Port of Ellismere']);
    // (a body named once keeps its name as before)
    expect(authorsOf('[9] Ministry of Coastal Affairs, National Harbour Strategy 2020–2030, 2020.')).toEqual(['Ministry of Coastal Affairs']);
  });
});

describe('a review’s counts are not definitions', () => {
  it('does not read shares of the definitions counted (`as a market (48%) or a platform (30%)`) as a definiens', () => {
    expect(
      mine('Business sources define the smart city as a market (48% of business definitions) or a platform (30%); cities as a service or a plan.'),
    ).toEqual([]);
    // (a percentage inside a definiens with no parenthesis is still read)
    expect(mine('Ostrander (2019) defines the smart city as a city where 40 per cent of trips are made on foot.')).toHaveLength(1);
  });

  it('does not read a numbered grouping of records (`Topic 2 treats … as`) as a source that defines', () => {
    expect(mine('Topic 2 treats the smart city as a market for sensor platforms; its papers describe vendors.')).toEqual([]);
    // (a named source with the same verb still defines)
    expect(who('Varela (2020) treats the smart city as a market for sensor platforms.')).toEqual([
      { clause: 'the smart city as a market for sensor platforms', author: 'Varela', year: 2020 },
    ]);
  });
});

describe('what is said of the term that is not a definiens', () => {
  it('does not read a focus set off by dashes (`the smart city—especially the financing of smart cities—has …`) as an apposition', () => {
    expect(mine('Over the last decade, the notion of the smart city—especially the financing of smart cities—has become a common theme for planners.')).toEqual(
      [],
    );
    // (a genus between the dashes still glosses the term)
    expect(mine('Over the last decade, the smart city—a city that runs its services on shared data—has become a common theme for planners.')).toHaveLength(1);
  });

  it('does not read an intensified judgement of worth (`are extremely useful instruments for …`) as a genus', () => {
    expect(mine('Urban digital twins are extremely useful instruments for flood planning because they copy the city in software.')).toEqual([]);
    // (an intensified adjective that restricts the kind still defines)
    expect(mine('Smart cities are highly connected cities that share data across their services.')).toHaveLength(1);
  });
});

describe('a numbered marker after a dated document', () => {
  it('takes the year of `the Agency’s 2021 handbook [4]` for the source the marker cites', () => {
    expect(
      mine('A digital twin, in the sense used in the Agency’s 2021 handbook [4], is a model of a network that is updated from its sensors every hour.').map(
        (c) => [c.attribution?.year, c.attribution?.ref],
      ),
    ).toEqual([[2021, '[4]']]);
  });

  it('leaves the horizon of a plan (`the region’s 2040 strategy [2]`) undated', () => {
    expect(
      mine('According to the region’s 2040 strategy [2], a smart city is a city that runs its buses, trams and bicycles from one timetable.').map((c) => [
        c.attribution?.year,
        c.attribution?.ref,
      ]),
    ).toEqual([[undefined, '[2]']]);
  });
});

describe('a run-in glossary entry whose genus has a participle set off after it', () => {
  it('reads `(d) Digital twin. A dynamic digital model of a bridge, linked to it by data.` as an entry', () => {
    expect(mine('(d) Digital twin. A dynamic digital model of a bridge, linked to it by data.').map((c) => c.clause)).toEqual([
      'Digital twin. A dynamic digital model of a bridge, linked to it by data',
    ]);
    // (a finite verb after the genus still makes it a sentence about the term, not its meaning)
    expect(mine('(d) Digital twin. A dynamic digital model of the bridge, linked to it by data, was built in 2019.')).toEqual([]);
  });
});
