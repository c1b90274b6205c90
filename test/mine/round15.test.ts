import { describe, expect, it } from 'vitest';
import { mine } from './cases.js';
import { citedName } from '../../src/mine/clauses.js';

// The fifteenth extractor: mechanisms that failed on more than one of test11.jsonl, review-paper-16 and
// review-paper-17 (bench/RESULTS.md, "Fifteenth extractor", classes A–O). Every case is written here, none
// copied from the labelled set; each rule has cases it must change and distractors it must leave.

const who = (text: string | string[]) => mine(text).map((c) => [c.attribution?.author ?? null, c.attribution?.year ?? null]);

describe('A. a source named with a description after it, and a person by surname', () => {
  it('takes the name before an apposition, a relative or a participle phrase between commas', () => {
    expect(who('Imogen Tarrow, head of mapping at Quellport, describes a digital twin as a model of the harbour that is updated by its own cranes.')).toEqual([
      ['Tarrow', null],
    ]);
    expect(who('The Fenmoor Water Board, a group of drainage engineers, defines a sustainable city as a town that keeps its rain where it falls.')).toEqual([
      ['Fenmoor Water Board', null],
    ]);
    expect(who('For Otieno Wambugu-Park, who runs the tram depot in Selby, a smart city is “a city whose trams tell the depot when they are tired”.')).toEqual([
      ['Wambugu-Park', null],
    ]);
    expect(
      who('For Lisette Corbeau-Nash, speaking at the spring conference, a digital twin is “a copy of the sewers that the engineers can flood on purpose”.'),
    ).toEqual([['Corbeau-Nash', null]]);
  });

  it('drops titles, given names, an affiliation and a role; keeps a body’s list-like name and a particle', () => {
    expect(citedName('Dr Halima Osei-Brandt of Westmarch College')).toBe('Osei-Brandt');
    expect(citedName('Alderman Pieter van der Hoeven, Chair of the Harbour Board')).toBe('van der Hoeven');
    expect(citedName('Department for Roads, Rivers and Bridges')).toBe('Department for Roads, Rivers and Bridges');
    // (two or three capitalised words that end in a dictionary word are a body or a site, not a person)
    expect(citedName('Marlow Data Trust')).toBe('Marlow Data Trust');
    expect(citedName('Gridline Energy Portal')).toBe('Gridline Energy Portal');
  });

  it('reads `told us that` and `has written that` as reporting verbs with the subject before them', () => {
    expect(
      who('Professor Ines Kowalczyk-Dube of Harlow University told us that a smart city is “a city that answers its letters within a week” (Q12).'),
    ).toEqual([['Kowalczyk-Dube', null]]);
    expect(
      who(
        'Tobiah Renner, who chaired the panel that wrote the code of practice, has written that “a digital twin is a model that is fed by the thing it models”.',
      ),
    ).toEqual([['Renner', null]]);
  });

  it('leaves a description whose last words happen to be a name, and a body list', () => {
    // (the subject is a group; the name inside it is the topic, not the source)
    expect(who('The admirers of modern Smart Harbours have defined a smart city as “a port town that lets its ships book the quay themselves”.')).toEqual([
      [null, null],
    ]);
    expect(
      who('The Department for Roads, Rivers and Bridges defines a sustainable city as a town whose bridges outlast the cars that cross them (2021).')[0]![0],
    ).toBe('Department for Roads, Rivers and Bridges');
  });
});

describe('E. a quoted definiens is never split, and ends at its closing mark before a new clause', () => {
  it('keeps `, and that …` inside the quotation with the definiens', () => {
    expect(
      mine(
        'Lorna Achebe-Voss described a digital twin as “a model of the pumping stations that is fed by their own gauges, and that engineers use to rehearse a flood”.',
      ).map((c) => c.clause),
    ).toEqual(['a digital twin as “a model of the pumping stations that is fed by their own gauges, and that engineers use to rehearse a flood']);
  });

  it('ends at the closing mark when `, and` + a subject and a finite verb follow it', () => {
    expect(
      mine(
        'The Tarn Observatory defines a sustainable city as “a town that keeps its heat, water and waste within its own boundary”, and the observatory now ranks towns by it.',
      ).map((c) => c.clause),
    ).toEqual(['a sustainable city as “a town that keeps its heat, water and waste within its own boundary']);
  });

  it('goes on after the closing mark with a relative, or without a comma and clause', () => {
    expect(
      mine('The Tarn Observatory defines a digital twin as “a model of a place” that is “kept in step with the place by its own sensors”.').map(
        (c) => c.clause,
      ),
    ).toEqual(['a digital twin as “a model of a place” that is “kept in step with the place by its own sensors']);
    // (`, and which …` continues the definiens, not a new statement)
    expect(
      mine('The Tarn Observatory defines a smart city as “a town that reads its own meters every hour”, and which publishes the readings the same day.').map(
        (c) => c.clause,
      ),
    ).toEqual(['a smart city as “a town that reads its own meters every hour”, and which publishes the readings the same day']);
  });
});

describe('B. a note marker after a definition resolved through the note it points to', () => {
  it('takes the source and its date from a footnote numbered in plain digits at the page foot', () => {
    const page = [
      '12. The water board’s handbook, as revised in May 2022, defines a sustainable city as “a town that keeps its rain where it falls”.4 The',
      'board has not said how it will measure this.',
      '',
      '4 Fenmoor Water Board, Keeping rain local: a handbook for towns, revised',
      '  edition, 9 May 2022',
    ].join('\n');
    expect(who(page)).toEqual([['Fenmoor Water Board', 2022]]);
  });

  it('reads superscript endnotes on a later page, a person in a note by surname, a body of dictionary words', () => {
    const pages = [
      'Two sources put it briefly. One engineer wrote that “a digital twin is a model of a bridge that the bridge keeps up to date”.¹ A portal goes further: “A smart city is a town whose lamps, bins and buses share one network.”²',
      'Notes\n¹ Imre Szalontai, “Bridges that report”, Span Quarterly, 2019\n² Civic Lamp Portal, “What makes a town smart”, https://lamps.example/2021/smart\nFurther reading\nA list of books.',
    ];
    expect(who(pages)).toEqual([
      ['Szalontai', 2019],
      ['Civic Lamp Portal', null],
    ]);
  });

  it('leaves a note of the writers’ own, a table’s numbered rows mid-page, and a number that is no marker', () => {
    expect(
      who('A digital twin is a tool, and a model kept in step with its place by live readings.3\n\n3 In this note, a tool means software that staff use.'),
    ).toEqual([[null, null]]);
    const table = [
      'A smart city is a city that publishes every reading its sensors take.2',
      '1 Pilot     One district shares its data.',
      '2 Scaled    Every district shares its data.',
      'The stages are described below.',
    ].join('\n');
    expect(mine(table).map((c) => c.quoted)).toEqual([false]);
  });
});

describe('D. a dated document of a named source as the subject', () => {
  it('gives the possessor and the year of `X’s 2023 <document> defines …`', () => {
    expect(who('Harrowgate Data Lab’s 2023 sector survey defines a smart city as “a city that buys its software from more than one vendor”.')).toEqual([
      ['Harrowgate Data Lab', 2023],
    ]);
  });

  it('leaves the writers’ own dated document and an undated description', () => {
    expect(who('Our 2023 sector survey defines a smart city as a city that buys its software from more than one vendor.')).toEqual([[null, null]]);
    expect(who('Their early sector survey defines a smart city as a city that buys its software from more than one vendor.')).toEqual([[null, null]]);
  });
});

describe('F. a short insertion between the verb and its complement', () => {
  it('judges the complement after `are, in <phrase>,`, `is defined in <phrase> as`, and a participle like its base (`read`)', () => {
    expect(mine('Sustainable cities are, in the planning charter, “towns that grow no further than their rivers can carry”.').map((c) => c.term)).toEqual([
      'sustainable city',
    ]);
    expect(mine('A digital twin is described in the tender documents as a model of the depot that its own sensors keep current.').map((c) => c.term)).toEqual([
      'digital twin',
    ]);
    expect(mine('Smart cities can be read as towns that price every sensor by the service it improves.').map((c) => c.pattern)).toEqual(['read-as']);
  });

  it('still rejects an adjective or a state after the insertion', () => {
    expect(mine('Smart cities are, in the planning charter, “expensive and fragile”.')).toEqual([]);
    expect(mine('A digital twin is, for most councils, still out of reach.')).toEqual([]);
  });
});

describe('G, H. a contents entry and a genus with only a contrast after it', () => {
  it('rejects `Term: title ....... 7` and `X is a N, not a M` / `a N before it is a M`', () => {
    expect(mine('Sustainable cities: water first ............................ 7')).toEqual([]);
    expect(mine('A smart city is a habit, not a purchase.')).toEqual([]);
    expect(mine('A digital twin is a planning aid before it is a picture.')).toEqual([]);
  });

  it('keeps a glossary line that ends in a number, and a genus with a differentia before the contrast', () => {
    expect(mine('Smart city: a city whose services answer within 24 hours').map((c) => c.term)).toEqual(['smart city']);
    expect(mine('A digital twin is a model that its own sensors keep current, not a one-off survey.').map((c) => c.term)).toEqual(['digital twin']);
  });
});

describe('C, J. a source label around a quotation, a heading in capitals, a source-first table row', () => {
  it('reads a label with a submission code before the colon, also when the box caption runs into it', () => {
    expect(who('Harbour Trust (HT0012): “A sustainable city is a town whose port runs on the power its tides make.”')).toEqual([['Harbour Trust', null]]);
    expect(
      who('Box 3: Definitions received in writing Tarn Valley Council (TVC0031): “A smart city is a town that answers its residents’ letters within a week.”'),
    ).toEqual([['Tarn Valley Council', null]]);
  });

  it('reads a source in parentheses standing alone after the quotation’s sentence, but not a locator', () => {
    expect(who('- "A digital twin is a model of a pump that the pump keeps up to date every minute." (Quellwerk)')).toEqual([['Quellwerk', null]]);
    expect(who('- "A digital twin is a model of a pump that the pump keeps up to date every minute." (2019)')[0]![0]).toBeNull();
  });

  it('does not take a heading in capitals after the definition for its source', () => {
    expect(who('Put plainly: a smart city is a city that fixes what its residents report within a week.\nKEY FINDINGS\n• Most towns report less.')).toEqual([
      [null, null],
    ]);
  });

  it('gives a source-first pipe row’s definition cell alone, quoted from its source cell', () => {
    const found = mine('Source | Term | Definition\nOkonjo (2020) | Smart city | A city that prices every sensor by the service it improves');
    expect(found.map((c) => [c.clause, c.attribution?.author])).toEqual([['A city that prices every sensor by the service it improves', 'Okonjo']]);
  });
});

describe('K. a note or item marker before a lead-in', () => {
  it('scores the clause by its lead-in, not as a clause inside the sentence', () => {
    const found = mine(
      'The first grants went to small towns.⁴\n⁴ Here a sustainable city is taken to be a town that meets its water needs from its own catchment.',
    );
    expect(found.map((c) => [c.term, c.quoted])).toEqual([['sustainable city', false]]);
    expect(mine('(c) In this plan a digital twin is understood as a model of the depot that its sensors keep current.').map((c) => c.term)).toEqual([
      'digital twin',
    ]);
  });

  it('still refuses a clause inside a question after a marker', () => {
    expect(mine('⁵ Whether a smart city is a city that sells its data was not asked.')).toEqual([]);
  });
});

describe('B. a note of prose that cites the source', () => {
  it('takes the author and year of the citation in the note (conventions rule 6)', () => {
    const page =
      'Put narrowly, a smart city is a city that publishes the data of every public service it runs.² Others read it more widely.\n² The wording is adapted from Okwuosa-Brandt (2019), p. 14.';
    expect(who(page)).toEqual([['Okwuosa-Brandt', 2019]]);
  });

  it('leaves a note that sets the definition against a citation', () => {
    const page =
      'Put narrowly, a smart city is a city that publishes the data of every public service it runs.² Others read it more widely.\n² This is narrower than Okwuosa-Brandt (2019), who counts private data.';
    expect(who(page)).toEqual([[null, null]]);
  });
});

describe('M. a reporting verb with `to mean` after its object', () => {
  it('reads `we take X to mean Y` as `we define X as Y`', () => {
    expect(
      mine('In this report we take a digital twin to mean a model of a depot that its own sensors keep current.').map((c) => [c.pattern, c.quoted]),
    ).toEqual([['we-define', false]]);
  });

  it('leaves `take X to mean` with a clause or an adjective after it', () => {
    expect(mine('We take a smart city to mean that the council is listening.')).toEqual([]);
  });
});
