import { describe, expect, it } from 'vitest';
import { clauses, mine } from './cases.js';

// The sixteenth extractor: the framed functional predicates of settled convention 8 (fixture README) and the
// key-terms boxes, tables and labels that textbooks and project deliverables print (studied on test14.jsonl,
// review-paper-21 and review-paper-22; bench/RESULTS.md, "Sixteenth extractor"). Every case is written here, none
// copied from the labelled set; each rule has cases it must change and distractors it must leave.

describe('a functional predicate the text frames as a definition', () => {
  it('after a restating lead-in (put simply, in short, in other words)', () => {
    expect(clauses('Put simply, a smart city hears its pipes leak and sends a crew before the street floods.')).toEqual([
      'a smart city hears its pipes leak and sends a crew before the street floods',
    ]);
    expect(clauses('In other words, a sustainable city pays its ecological debts as it goes, not at the end of the century.')).toEqual([
      'a sustainable city pays its ecological debts as it goes, not at the end of the century',
    ]);
    expect(mine('In short, digital twins rehearse a decision on a copy of the harbour before the cranes move.')[0]?.pattern).toBe('framed-function');
  });

  it('after a definition label and a colon', () => {
    expect(clauses('We settled on one wording. Our definition: a digital twin mirrors the tram network in software and replays its worst days.')).toEqual([
      'a digital twin mirrors the tram network in software and replays its worst days',
    ]);
    expect(clauses('The guild offers a definition built on habits: a sustainable city “mends before it replaces and walks before it drives”.')).toEqual([
      'a sustainable city “mends before it replaces and walks before it drives',
    ]);
  });

  it('as the answer to a question asking what the term is, and under a numbered definition’s label', () => {
    expect(clauses('So what is a smart city, in the end? A smart city measures its own services and tells residents what it found.')).toEqual([
      'A smart city measures its own services and tells residents what it found',
    ]);
    expect(clauses('What, then, is a digital twin? An urban digital twin couples a survey of the streets to the sensors under them.')).toEqual([
      'An urban digital twin couples a survey of the streets to the sensors under them',
    ]);
    expect(clauses('Definition 4 (sustainable city). A sustainable city draws its water from rain it has stored itself.')).toEqual([
      'A sustainable city draws its water from rain it has stored itself',
    ]);
  });

  it('before a follow-up that calls it one (that, in a sentence, is …)', () => {
    expect(clauses('A smart city counts its lamp posts and its complaints with the same care. That, in a sentence, is a smart city.')).toEqual([
      'A smart city counts its lamp posts and its complaints with the same care',
    ]);
    expect(clauses('A digital twin keeps the model and the river in step. That is what this report means by the term.')).toEqual([
      'A digital twin keeps the model and the river in step',
    ]);
  });

  it('leaves the same predicates unframed, a question about another term, a pronoun answer and a lead-in that only sums up a result', () => {
    expect(clauses('A smart city counts its lamp posts and its complaints with the same care.')).toEqual([]);
    expect(clauses('Truly smart cities recognise that a sensor is a policy decision.')).toEqual([]);
    expect(clauses('So what is a data platform? A smart city keeps one for every department.')).toEqual([]);
    expect(clauses('What, then, is a sustainable city? It keeps its footprint within its region.')).toEqual([]);
    expect(clauses('A digital twin keeps the model and the river in step. That was the hard part.')).toEqual([]);
    expect(clauses('The survey asked residents what mattered. In short, a smart city is not what they asked for.')).toEqual([]);
  });
});

describe('an intensifier before the term’s modifier (a truly smart city)', () => {
  it('keeps `truly`, `genuinely` in the noun phrase: the copula with a genus defines', () => {
    expect(clauses('A truly smart city is a city in which the bus timetable is written with the people who ride the bus.')).toEqual([
      'A truly smart city is a city in which the bus timetable is written with the people who ride the bus',
    ]);
    expect(clauses('On that reading, a genuinely sustainable city is one that could lose its cars without losing its jobs.')).toEqual([
      'a genuinely sustainable city is one that could lose its cars without losing its jobs',
    ]);
  });

  it('leaves a functional predicate with the same qualifier', () => {
    expect(clauses('Truly smart cities publish the code of every algorithm they buy.')).toEqual([]);
  });
});

describe('key-terms boxes, glossary tables and coded boxes of definitions', () => {
  it('reads a key-terms box under a label in capitals: a lower-case term, no separator, a capitalised meaning', () => {
    const text = [
      'The chapter ends with the words it has used most.',
      'KEY TERMS',
      'smart city A city that publishes what its sensors measure and lets residents challenge what',
      '  the council does with it.',
      'heat island The rise in night-time temperature in a built-up area compared with its fields.',
      'sustainable city A city whose water, food and energy could come from its own region for a century.',
    ].join('\n');
    expect(clauses(text)).toEqual([
      'smart city A city that publishes what its sensors measure and lets residents challenge what the council does with it',
      'sustainable city A city whose water, food and energy could come from its own region for a century',
    ]);
  });

  it('reads a glossary row whose meaning opens with a capitalised verb in the present (a functional predicate the glossary frames)', () => {
    const text = [
      'Term\tMeaning',
      'Digital twin\tCopies the water network into software and replays a storm on it before the storm arrives',
      'Open data\tData anyone may reuse',
    ].join('\n');
    expect(clauses(text)).toEqual(['Digital twin Copies the water network into software and replays a storm on it before the storm arrives']);
    const box = [
      'KEY TERMS',
      'digital twin Keeps a model of the harbour in step with the cranes and ships, so that a change can be tried first.',
      '3D model A drawing of the quays in three dimensions.',
    ].join('\n');
    expect(clauses(box)).toEqual(['digital twin Keeps a model of the harbour in step with the cranes and ships, so that a change can be tried first']);
  });

  it('reads a glossary line after a note marker and coded entries of a box of definitions', () => {
    expect(
      clauses('The plan uses the phrase in every chapter.¹\n¹ Sustainable city: a city that grows most of its food within a day’s drive of its markets.'),
    ).toEqual(['Sustainable city: a city that grows most of its food within a day’s drive of its markets']);
    const box = [
      'The partners agreed on the wording below.',
      'Box 3 – Working definitions (draft 2)',
      '  D1 Smart city: a city in which the council and its suppliers share the data they collect on',
      '     its streets and publish what it changed.',
      '  D2 Digital twin: a model of the city’s networks that is updated from their sensors every hour.',
    ].join('\n');
    expect(clauses(box)).toEqual(
      [
        'D1 Smart city: a city in which the council and its suppliers share the data they collect on its streets and publish what it changed',
        'D2 Digital twin: a model of the city’s networks that is updated from their sensors every hour',
      ].map((c) => c.replace(/^D\d /u, '')),
    );
  });

  it('reads a box’s label run into its first entry', () => {
    expect(
      clauses('Key terms\nSmart city: a city that tells its residents what its sensors record and who reads it.\nOpen data: data anyone may reuse.'),
    ).toEqual(['Smart city: a city that tells its residents what its sensors record and who reads it']);
  });

  it('leaves a title with a capitalised word after the term, a short row and a lower-case term in prose', () => {
    expect(clauses('Smart City Plans in Northern Europe and the Baltic Region')).toEqual([]);
    expect(clauses('Term\tMeaning\nSmart city\tPlans for 2030')).toEqual([]);
    expect(clauses('The pilots ended in March. digital twin pilots were run again in 2024 in three towns.')).toEqual([]);
  });
});

describe('a parenthetical citation of an organisation’s dated document', () => {
  it('takes the organisation before the comma as the author, the year from the document', () => {
    const [c] = mine(
      '¹ Smart city: a city whose transport and water data are open to every resident by default (Harbury Borough Council, Digital Charter 2022, annex).',
    );
    expect([c?.attribution?.author, c?.attribution?.year]).toEqual(['Harbury Borough Council', 2022]);
  });

  it('keeps an author with initials and a list of authors', () => {
    const [c] = mine('A smart city is a city that measures what its services do for residents (Okafor, J. A. 2018).');
    // (the surname alone since settled convention 1, `(Khan, S.A, 2018)` → `Khan`; round 46b)
    expect(c?.attribution?.author).toBe('Okafor');
  });
});

describe('where a definiens ends: a list after a colon, an occasion after a quotation', () => {
  it('keeps a short lower-case list that spells out a noun before the colon', () => {
    expect(clauses('For Okonjo, a sustainable city is a city that has stopped passing on its costs: its heat, its noise and its traffic.')).toEqual([
      'a sustainable city is a city that has stopped passing on its costs: its heat, its noise and its traffic',
    ]);
  });

  it('still ends at a colon before a statement of its own or a capitalised enumeration', () => {
    expect(clauses('A digital twin is an exact replica of a construction project or asset: A building, a bridge, a highway or a whole city.')).toEqual([
      'A digital twin is an exact replica of a construction project or asset',
    ]);
    expect(clauses('A digital twin is a model of a city that is fed by its own sensors: they report to it every minute.')).toEqual([
      'A digital twin is a model of a city that is fed by its own sensors',
    ]);
  });

  it('leaves an interview and its date after the closing quotation out', () => {
    expect(clauses('For the harbour master, a smart city is “a city whose ships never wait for a berth” (interview, 3 March 2025).')).toEqual([
      'a smart city is “a city whose ships never wait for a berth',
    ]);
  });
});

describe('statements that are not definitions', () => {
  it('a quoted statement set as an essay prompt', () => {
    expect(clauses('3. ‘A smart city is a city that has installed more sensors than its neighbours.’ Discuss.')).toEqual([]);
    expect(clauses('‘A sustainable city is one that has stopped growing.’ Do you agree?')).toEqual([]);
    expect(clauses('‘A smart city is a city that has installed more sensors than its neighbours.’ The council wrote this in 2019.')).toHaveLength(1);
  });

  it('a purpose set against another, and a research domain', () => {
    expect(clauses('Okafor [4] argues that smart cities use sensors mostly to police traffic rather than to serve pedestrians.')).toEqual([]);
    expect(clauses('Smart cities use sensors to serve pedestrians and cyclists before drivers.')).toHaveLength(1);
    expect(clauses('Digital twins are still a young research domain with few field trials.')).toEqual([]);
  });
});

describe('appositions: between dashes, after `which is`, after `by which we mean`', () => {
  it('ends a noun phrase set between two dashes at the second, the sentence going on', () => {
    expect(clauses('The board funds digital twins—live replicas of pumps, pipes and reservoirs—so the engineers can test a repair first.')).toEqual([
      'digital twins—live replicas of pumps, pipes and reservoirs',
    ]);
    expect(clauses('The idea of the smart city—a city whose services learn from the data they produce—has reached every council.')).toEqual([
      'The idea of the smart city—a city whose services learn from the data they produce',
    ]);
  });

  it('reads a non-restrictive `which is` and `by which we mean` as a restatement', () => {
    expect(clauses('Pupils drew their own picture of the sustainable city, which is a city kind to both its rivers and its people.')).toEqual([
      'the sustainable city, which is a city kind to both its rivers and its people',
    ]);
    expect(clauses('The team works towards a smart sustainable city, by which we mean a city that buys sensors only where they cut emissions.')).toEqual([
      'a smart sustainable city, by which we mean a city that buys sensors only where they cut emissions',
    ]);
  });

  it('leaves a relative that says more of something the term is said of', () => {
    expect(clauses('Songdo is a smart city, which is a city of some 200,000 people built on reclaimed land.')).toEqual([]);
  });
});

describe('a numbered clause, an insertion after the copula, a contact clause after `one`', () => {
  it('ends a sentence before a numbered clause of a contract or minutes', () => {
    expect(
      clauses(
        '2.1 In this contract, “Smart City” means the use by the Council of shared sensors to run its services. 2.2 “Supplier” means the firm named in Schedule 2.',
      ),
    ).toEqual(['“Smart City” means the use by the Council of shared sensors to run its services']);
  });

  it('reads the copula across `as X puts it` and a long `in the words of X`', () => {
    expect(
      clauses('In English, a smart city is, as the Borough of Kelby’s 2024 data strategy puts it, “a city whose data serve the people it is about”.'),
    ).toEqual(['a smart city is, as the Borough of Kelby’s 2024 data strategy puts it, “a city whose data serve the people it is about']);
    expect(
      clauses(
        'A sustainable city is, in the words of the Federal Institute for Regional Planning’s planning glossary, a city that keeps its land, water and air fit for its grandchildren.',
      ),
    ).toHaveLength(1);
  });

  it('reads `one` before a quotation or a contact clause as `one that`', () => {
    expect(clauses('A sustainable city is one your children can still afford to live in.')).toEqual([
      'A sustainable city is one your children can still afford to live in',
    ]);
    expect(clauses('For her, a smart city is one “where every sensor has a named owner”.')).toEqual([
      'a smart city is one “where every sensor has a named owner',
    ]);
    expect(clauses('A smart city is one of many labels for the same programme.')).toEqual([]);
  });
});

describe('who said it: an aside after the copula, a speaker’s definition announced, `told <name> that`', () => {
  const who = (text: string) => mine(text).map((c) => [c.quoted, c.attribution?.author ?? null, c.attribution?.year ?? null]);

  it('reads the source from `is, as X’s strategy puts it,` and `is, in the words of X’s glossary,`', () => {
    expect(who('A smart city is, as the Borough of Kelby’s 2024 data strategy puts it, “a city whose data serve the people it is about”.')).toEqual([
      [true, 'Borough of Kelby', 2024],
    ]);
    expect(
      who('A sustainable city is, in the words of the Regional Planning Agency’s glossary, a city that keeps its land fit for its grandchildren.'),
    ).toEqual([[true, 'Regional Planning Agency', null]]);
  });

  it('takes a speaker who asked that her definition be recorded, and the one who told a magazine', () => {
    expect(
      who(
        '4.2 Cllr Maria Osterberg asked that her definition be recorded in the minutes: a sustainable city is one whose every budget line is tested against its carbon limit.',
      ),
    ).toEqual([[true, 'Osterberg', null]]);
    expect(who('Jonas Ekwall, who runs the harbour’s data office, told Portside that a smart city is one “where every crane reports its own faults”.')).toEqual(
      [[true, 'Ekwall', null]],
    );
  });
});

describe('the term last after a bare plural or a source’s vocabulary; an ellipsis between the term and its verb', () => {
  it('reads `Settlements that … are referred to here as sustainable cities` and `is, in the language of X, a sustainable city`', () => {
    expect(
      clauses('Towns that grow most of their food within a day’s drive and reuse most of their water are referred to here as sustainable cities.'),
    ).toHaveLength(1);
    expect(
      clauses(
        'A port that heats its homes from its own waste and runs its buses on its own power is, in the language of the 2023 coastal charter, a sustainable city.',
      ),
    ).toHaveLength(1);
    expect(clauses('Towns are, in the language of the charter, a sustainable city.')).toEqual([]);
  });

  it('reads across words left out of a quotation', () => {
    expect(clauses('In the words of the council’s plan, “a smart city … is one that can say what it knows about each street”.')).toEqual([
      'a smart city … is one that can say what it knows about each street',
    ]);
  });
});

describe('a speaker named in an aside between the term and its verb', () => {
  const who = (text: string) => mine(text).map((c) => [c.quoted, c.attribution?.author ?? null]);

  it('reads `, X argues,`, `, as X puts it,` and `, argues X, a professor of …,`', () => {
    expect(who('A sustainable city, Okonkwo-Lind argues, is one in which no household is more than ten minutes from a bus.')).toEqual([[true, 'Okonkwo-Lind']]);
    expect(who('Smart cities, as Tarrow puts it, are cities in which every lamp post reports its own faults.')).toEqual([[true, 'Tarrow']]);
    expect(
      clauses(
        'Digital twins, argues Petra Lindqvist-Moe, a lecturer in civil engineering at Harlow College, are “models that are paid for by the decisions they change”.',
      ),
    ).toHaveLength(1);
  });

  it('leaves an aside that names no one', () => {
    expect(who('A smart city, some argue, is one in which no decision is taken without data.')).toEqual([[false, null]]);
  });
});
