import { describe, expect, it } from 'vitest';
import { mine } from './cases.js';

// The fortieth extractor: definitions in the shapes that contracts, manuals, FAQs and data listings print. Every text is
// written here, none copied from the labelled set; each rule has cases it must change and cases it must leave.

describe('a numbered clause of a contract or manual (`1.2 “Smart City” means …`)', () => {
  it('reads a clause number with a point in it as a marker, as it reads `2.`', () => {
    const text = [
      '1. Definitions',
      '1.1 "Service Credit" means the sum credited to the Council for each hour of downtime.',
      '1.2 “Smart City” means the part of the Borough in which the Contractor’s sensors and data services are deployed.',
    ].join('\n');
    const clauses = mine(text).map((c) => c.clause);
    expect(clauses).toEqual(['“Smart City” means the part of the Borough in which the Contractor’s sensors and data services are deployed']);
  });

  it('leaves a compound defined term (`"Smart City Platform" means …`) and a version number before other words', () => {
    const text = [
      '4.2 "Smart City Platform" means the software supplied by the Contractor under Schedule 2.',
      'Release 2.3 of the app lists what a smart city is in its glossary.',
    ].join('\n');
    expect(mine(text)).toEqual([]);
  });
});

describe('a record of a printed JSON listing, its source and year in fields beside the definition', () => {
  const listing = [
    'Listing 2. Two records of the released file.',
    '[',
    '  {',
    '    "id": 41,',
    '    "term": "smart city",',
    '    "source": "Okafor and Lind",',
    '    "definition": "A smart city is a city that publishes the data its sensors gather so residents can check its services.",',
    '    "year": 2017',
    '  },',
    '  {',
    '    "id": 42,',
    '    "term": "digital twin",',
    '    "definition": "A digital twin is a model of a district that its own meter readings keep up to date.",',
    '    "source": "Brannock et al. (2021)"',
    '  }',
    ']',
  ].join('\n');

  it('files each definition under its own record’s source and year, never the next record’s', () => {
    const found = mine(listing);
    expect(found.map((c) => c.attribution)).toEqual([
      { author: 'Okafor and Lind', year: 2017, cue: 'record fields' },
      { author: 'Brannock et al.', year: 2021, cue: 'record fields' },
    ]);
  });

  it('leaves a record without source or year fields, and a quotation in running text, to their own readings', () => {
    const record = '{"definition": "A smart city is a city that publishes the data its sensors gather so residents can check its services.", "note": "draft"}';
    // (a JSON value's marks delimit a string, they quote no one: a record with no source field is the document's own,
    // as test36's JSON-LD glossary term is labelled; round 46b)
    expect(mine(record)[0]).toMatchObject({ quoted: false });
    expect(mine(record)[0]?.attribution).toBeUndefined();
    const text = 'Okafor and Lind (2017) write that “a smart city is a city that publishes the data its sensors gather”.';
    expect(mine(text)[0]?.attribution).toMatchObject({ author: 'Okafor and Lind', year: 2017 });
  });
});

describe('an aside between dashes that names the term again, the verb after the closing dash', () => {
  it('reads `Smart cities – the smart cities, of which … – are …` as one sentence whose verb follows the aside', () => {
    const text =
      'Smart cities – the smart cities, of which councils have spoken for a decade and of which there are many partial examples – are, in essence, cities that run their services from data they share.';
    const [found, ...rest] = mine(text);
    expect(rest).toEqual([]);
    expect(found?.clause).toBe(text.slice(0, -1));
  });

  it('leaves a meaning set between dashes (`The sustainable city — a city that … — is the goal …`) ending at the second', () => {
    const text = 'The sustainable city — a city that lives within what its hinterland renews each year — is the goal of the county plan.';
    expect(mine(text).map((c) => c.clause)).toEqual(['The sustainable city — a city that lives within what its hinterland renews each year']);
  });
});

describe('a correction notice: `It should have read: “…”` under the signed work it names', () => {
  it('files the corrected wording under the authors of the article the notice names, uncited', () => {
    const text = [
      'Corrections',
      'In the spring issue, the feature by Marlowe and Ibsen-Tate printed their definition of a smart city without its last clause. It should have read: “A smart city is a city that gathers data about its services and lets its residents see and question it.” We regret the error.',
    ].join('\n');
    const [found] = mine(text);
    expect(found?.clause).toBe('A smart city is a city that gathers data about its services and lets its residents see and question it');
    expect(found?.attribution).toMatchObject({ author: 'Marlowe and Ibsen-Tate' });
  });

  it('leaves a correction whose sentence before names no signed work', () => {
    const text =
      'In the spring issue, a caption misquoted the council’s plan. It should have read: “A smart city is a city that gathers data about its services and lets its residents see and question it.”';
    expect(mine(text)[0]?.attribution?.author).toBeUndefined();
  });
});

describe('a written answer’s header (`Answered by Baroness …, 3 March 2026`)', () => {
  const question = ['Digital Twins: Ports', 'Asked by Lord Ravensworth', 'To ask His Majesty’s Government what they mean by a digital twin of a port.'];
  it('files the answer’s definition under the answerer, with the year of the answer’s date', () => {
    const text = [
      ...question,
      'Answered by Baroness Tillingham-Orde, 14 January 2027',
      'The Department’s working definition is that a digital twin is a model of a port that its own sensor data keeps current and that is used to plan its operations.',
    ].join('\n');
    const [found] = mine(text);
    expect(found?.attribution).toMatchObject({ author: 'Tillingham-Orde', year: 2027, cue: 'answered by' });
  });

  it('leaves a definition with no answer’s header above it, and a header that only mentions answers', () => {
    const text = [
      ...question,
      'Questions answered by the panel are listed below.',
      'The Department’s working definition is that a digital twin is a model of a port that its own sensor data keeps current and that is used to plan its operations.',
    ].join('\n');
    expect(mine(text)[0]?.attribution).toBeUndefined();
  });
});

describe('a speaker’s role label with the person in parentheses, run into the line', () => {
  it('files the turn’s definition under the person the label names', () => {
    const text =
      'Ferry tour, stop 3. PASSENGER: And in a sentence? PILOT (Dr Orla Venning-Moss, Harbour Board): In short, a smart city is a city that shares what its sensors see with the people who live in it. PASSENGER: Thanks.';
    const [found] = mine(text);
    expect(found?.attribution).toMatchObject({ author: 'Venning-Moss', cue: 'source label' });
  });

  it('leaves a role label in capitals without a person, and a caption in parentheses with no colon', () => {
    for (const text of [
      'Ferry tour, stop 3. PASSENGER: And in a sentence? PILOT: In short, a smart city is a city that shares what its sensors see with the people who live in it.',
      'MAP (Harbour Board) In short, a smart city is a city that shares what its sensors see with the people who live in it.',
    ])
      expect(mine(text)[0]?.attribution?.author).toBeUndefined();
  });
});

describe('a bulleted entry of a disambiguation page (`* Smart city, an urban area that …`)', () => {
  const page = [
    'Smart city (disambiguation)',
    'Smart city may refer to:',
    '* Smart city, an urban area that runs its services from data gathered by sensors and residents',
    '* Smart City (album), a 2011 album by the Fenwick Lanterns',
    '* Smart City, a business park that the Orlen Group built near Gdańsk',
  ].join('\n');
  it('reads the entry of the concept as its definition, and neither the album’s nor the place’s', () => {
    expect(mine(page).map((c) => c.clause)).toEqual(['Smart city, an urban area that runs its services from data gathered by sensors and residents']);
  });

  it('leaves a bulleted term in lower case, and one whose genus has no relative clause', () => {
    expect(mine('* smart city, an urban area that runs its services from data gathered by sensors')).toEqual([]);
    expect(mine('* Smart city, a 2011 programme of the Fenwick county council')).toEqual([]);
  });
});

describe('a Markdown or e-mail block quotation’s markers at the line’s start', () => {
  it('reads the quoted lines without their markers, so the source line under them is read as one', () => {
    const text = ['From the launch:', '', '> A smart city is a city that asks its residents before it builds.', '> — Tomasz Wrenfield, 2022'].join('\n');
    const [found, ...rest] = mine(text);
    expect(rest).toEqual([]);
    expect(found?.clause).toBe('A smart city is a city that asks its residents before it builds');
    expect(found?.attribution).toMatchObject({ author: 'Wrenfield', year: 2022 });
  });

  it('leaves a comparison sign before a number', () => {
    const text = '> 50 sensors per street: a smart city is a city that watches its residents more than it serves them, critics say.';
    expect(mine(text).map((c) => c.sentence)).toEqual([text]);
  });
});
