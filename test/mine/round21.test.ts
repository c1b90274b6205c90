import { describe, expect, it } from 'vitest';
import { clauses, mine } from './cases.js';

// The twenty-first extractor: general rules for the error classes of the nineteenth blind round (test19.jsonl and
// review-paper-29; bench/RESULTS.md, "Twenty-first extractor"). Every case is written here, none copied from the
// labelled set; each rule has cases it must change and definitions it must leave.

describe('a verb of use with no purpose after it', () => {
  it('describes what the term uses, below the default threshold', () => {
    expect(clauses('Smart cities rely on cameras, parking sensors and open-data portals across every district.')).toEqual([]);
    expect(clauses('A digital twin of a port employs a range of tools for berth planning, crane scheduling and customs checks.')).toEqual([]);
  });

  it('keeps a purpose, also when a numbered list opens it', () => {
    expect(clauses('Smart cities use shared sensor data to plan bus routes and street lighting together.')).toEqual([
      'Smart cities use shared sensor data to plan bus routes and street lighting together',
    ]);
    expect(clauses('Smart cities use shared sensor data to (1) plan bus routes, (2) time street lighting and (3) publish both.')).toEqual([
      'Smart cities use shared sensor data to (1) plan bus routes, (2) time street lighting and (3) publish both',
    ]);
  });
});

describe('a wrapper noun opening a quotation', () => {
  it('is part of the subject (`states that “the concept of smart city refers to …”`)', () => {
    expect(clauses('The code of practice states that “the concept of smart city refers to a council’s duty to publish what its sensors record”.')).toEqual([
      'the concept of smart city refers to a council’s duty to publish what its sensors record',
    ]);
    expect(clauses('Its glossary says: “The term digital twin means a model of the city updated from its own sensors each hour”.')).toEqual([
      'The term digital twin means a model of the city updated from its own sensors each hour',
    ]);
  });

  it('leaves a wrapper that is not the subject', () => {
    expect(clauses('Nobody in the council could say what “the concept of smart city” meant for the budget.')).toEqual([]);
  });
});

describe('a standard cited in parentheses with its year after a colon and a page after another', () => {
  const who = (text: string) => mine(text).map((c) => [c.attribution?.author, c.attribution?.year]);

  it('is named whole (convention 3), its year read', () => {
    expect(who('The code states that “a smart city is a city that publishes what its sensors record each day” (NUSB 4410:2021: 12).')).toEqual([
      ['NUSB 4410:2021', 2021],
    ]);
  });

  it('leaves an author with a year and a page', () => {
    expect(who('The code states that “a smart city is a city that publishes what its sensors record each day” (Marsh 2021: 12).')).toEqual([['Marsh', 2021]]);
  });
});

describe('a verb of selling, presenting, praising or attacking before as', () => {
  it('says how the term is put or judged, not what it is', () => {
    expect(clauses('Digital twins are often marketed as the missing link between planning departments and their residents.')).toEqual([]);
    expect(clauses('For a decade the smart city has been hailed above all as a remedy for congested and costly public services.')).toEqual([]);
    expect(clauses('The sustainable city is increasingly criticised as a planners’ slogan that hides the costs of growth.')).toEqual([]);
  });

  it('keeps a verb of defining or describing, and a participle the lists lack', () => {
    expect(clauses('The sustainable city is often described as a city that keeps its land, water and energy use within local limits.')).toEqual([
      'The sustainable city is often described as a city that keeps its land, water and energy use within local limits',
    ]);
    expect(clauses('The smart city can be summed up as the use of shared data to run buses, bins and lights together.')).toEqual([
      'The smart city can be summed up as the use of shared data to run buses, bins and lights together',
    ]);
  });
});

describe('an as aside between the term and its verb that runs long or holds a list', () => {
  it('is read across to the verb', () => {
    expect(
      clauses('Digital twins, as planning aids for residents, surveyors, and council officers, are live models of a district that planners query.'),
    ).toEqual(['Digital twins, as planning aids for residents, surveyors, and council officers, are live models of a district that planners query']);
    expect(
      clauses(
        'The term “sustainable city”, as the regional planning officer Dana Whitcombe explained at last week’s hearing, means a city that lives within its water budget.',
      ),
    ).toEqual([
      'The term “sustainable city”, as the regional planning officer Dana Whitcombe explained at last week’s hearing, means a city that lives within its water budget',
    ]);
  });

  it('takes the speaker an as aside names after a role (convention 1: the surname)', () => {
    const found = mine(
      'The term “sustainable city”, as the regional planning officer Dana Whitcombe explained at last week’s hearing, means a city that lives within its water budget.',
    );
    expect(found.map((c) => c.attribution?.author)).toEqual(['Whitcombe']);
  });

  it('leaves an aside no verb group follows', () => {
    expect(clauses('Digital twins, as planning aids for residents, surveyors, and council officers, gained ground after 2020.')).toEqual([]);
  });
});

describe('nouns naming a domain before the term, after the article that opens the sentence', () => {
  it('make a kind of the term, read as its subject', () => {
    expect(clauses('A port logistics digital twin is a live model of berths, cranes and trucks that the harbour office uses to schedule arrivals.')).toEqual([
      'A port logistics digital twin is a live model of berths, cranes and trucks that the harbour office uses to schedule arrivals',
    ]);
    expect(clauses('The campus digital twin is a shared model of every building and cable on the site that estates staff update each week.')).toEqual([
      'The campus digital twin is a shared model of every building and cable on the site that estates staff update each week',
    ]);
  });

  it('leaves nouns after a verb or a preposition, and a noun that is not the subject', () => {
    expect(clauses('Officers said the port digital twin is a live model of berths that the harbour office uses to schedule arrivals.')).toEqual([]);
    expect(clauses('Funding for a port digital twin is a matter the harbour board has put off to next year.')).toEqual([]);
  });
});

describe('a participle straight before a noun or an adjective after a copula', () => {
  it('modifies a bare plural noun phrase (`are detailed digital models of …`)', () => {
    expect(clauses('Digital twins are detailed digital models of physical assets that planners refresh from live sensor feeds.')).toEqual([
      'Digital twins are detailed digital models of physical assets that planners refresh from live sensor feeds',
    ]);
  });

  it('leaves a participle that is a verb’s (`are based on …`, `are made up of …`)', () => {
    expect(clauses('Digital twins are based on detailed models of physical assets that planners refresh from live sensor feeds.')).toEqual([]);
    expect(clauses('Smart cities are made up of districts that share their sensor data with the council.')).toEqual([]);
  });
});

describe('a speaker who said that …', () => {
  const who = (text: string) => mine(text).map((c) => [c.attribution?.author, c.attribution?.year]);

  it('is the author, named after a role and a date as a lead-in names them (convention 1: the surname)', () => {
    expect(
      who(
        'Opening the 2021 planning summit, the chief executive of Marlow Water, Dana Whitcombe, said that “a sustainable city is a city that lives within its water budget”.',
      ),
    ).toEqual([['Whitcombe', 2021]]);
    expect(who('Ruiz said that “a smart city is a city that publishes what its sensors record each day”.')).toEqual([['Ruiz', undefined]]);
  });

  it('drops a judge’s post-nominal (`Okafor LJ said that …`)', () => {
    expect(
      who('In Marlow v Kestrel [2024] EWCA 9, Okafor LJ said that a digital twin, in its plain sense, “is a model kept in step with the asset it copies”.'),
      // (dated by the judgment cited with it since round 52, as review-paper-23's and -56's labels date a judge's words)
    ).toEqual([['Okafor', 2024]]);
  });

  it('names no one for a group or the writers', () => {
    expect(who('Critics have said that a smart city is a city that sells its residents’ data to pay for its sensors.')).toEqual([[undefined, undefined]]);
    expect(who('We said that a smart city is a city that publishes what its sensors record each day.')).toEqual([[undefined, undefined]]);
  });
});

describe('a source’s phrase', () => {
  const who = (text: string) => mine(text).map((c) => [c.attribution?.author, c.quoted]);

  it('names its possessor as the author, as a source’s words, terms or formulation do', () => {
    expect(who('In Okonjo-Brandt’s phrase, a smart city is a city that learns from its own data to serve its residents.')).toEqual([['Okonjo-Brandt', true]]);
  });

  it('leaves the writers’ own phrase and a phrase without a possessor', () => {
    expect(who('In our phrase, a smart city is a city that learns from its own data to serve its residents.')).toEqual([[undefined, false]]);
    expect(who('In a phrase, a smart city is a city that learns from its own data to serve its residents.')).toEqual([[undefined, false]]);
  });
});
