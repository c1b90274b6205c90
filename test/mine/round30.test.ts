import { describe, expect, it } from 'vitest';
import { shortNameIn } from '../../src/mine/acronyms.js';
import { findCitations, NO_NUMBERED_LIST } from '../../src/mine/citations.js';
import { mine } from './cases.js';

// The thirtieth extractor: general rules for the error classes of the twenty-ninth round (test26.jsonl,
// review-paper-39; bench/RESULTS.md, "Thirtieth extractor"). Every case is written here, none copied from the
// labelled set; each rule has cases it must change and definitions it must leave.

describe('a body cited by the short name the document sets up (`The Ministry of Roads and Rivers (the Ministry)`)', () => {
  const report = [
    'The Ministry of Roads, Rivers and Urban Renewal (the Ministry) runs the fund with the Harbour Trust.',
    'Its guidance says that a smart city is a city that uses data to keep its roads and rivers safe (Ministry, 2024, p. 3).',
  ].join('\n');

  it('files the citation under the full name', () => {
    const [found] = mine(report);
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Ministry of Roads, Rivers and Urban Renewal', year: 2024 } });
  });

  it('reads the short name in quotes too, and none when it is not the name’s word or names differ', () => {
    expect(shortNameIn('Board', 'The Canal Board of Eastmoor (“the Board”) met.')).toBe('Canal Board of Eastmoor');
    expect(shortNameIn('Board', 'The Canal Trust of Eastmoor (the Board) met.')).toBeUndefined();
    expect(shortNameIn('Board', 'The Canal Board (the Board) and the Water Board of Eastmoor (the Board) met.')).toBeUndefined();
    expect(shortNameIn('Ministry', 'Nothing sets it up here.')).toBeUndefined();
  });
});

describe('a standard cited with its clause number (`(ABC 1234:2020, 3.4)`)', () => {
  it('names the standard whole, its year after the colon', () => {
    expect(findCitations('a city that reports openly (KPS 5512:2020, 3.4).', NO_NUMBERED_LIST)[0]).toMatchObject({ author: 'KPS 5512:2020', year: 2020 });
    expect(findCitations('a city that reports openly (KPS 5512:2020, clause 3).', NO_NUMBERED_LIST)[0]).toMatchObject({ author: 'KPS 5512:2020', year: 2020 });
  });
});

describe('a fixed-width table whose definition column’s name wraps onto a second header line, under an `Authority` column', () => {
  const table = [
    'Table 2',
    'Council                 Paper                Year  Definition or, where there is none,',
    '                                                   what the paper pays for',
    'Ashgrove City Council   Ashgrove Connected   2021  A smart city is a city that lets its',
    '                                                   residents see and reuse the data its',
    '                                                   services collect',
    'Brackwell Town Council  Brackwell Online     2024  none; pays for parking sensors in',
    '                        plan                       the high street',
    'Note: “none” means that the paper uses the term without a definition.',
  ].join('\n');

  it('reads each row apart: the definition stops at its own row, filed under the council and the year cell', () => {
    const found = mine(table);
    expect(found).toHaveLength(1);
    expect(found[0]!.clause).toBe('A smart city is a city that lets its residents see and reuse the data its services collect');
    expect(found[0]).toMatchObject({ quoted: true, attribution: { author: 'Ashgrove City Council', year: 2021 } });
  });
});

describe('a source line under a table, with no full stop, then a section heading', () => {
  it('ends the note at its source line: a copula definition under the heading is not read as part of the note', () => {
    const page = [
      'Note: figures are rounded. Source: council returns; our analysis',
      'Part Four',
      'What the councils measure',
      'A smart city is a city that uses shared data to plan and run its public services.',
    ].join('\n');
    expect(mine(page).map((c) => c.clause)).toEqual(['A smart city is a city that uses shared data to plan and run its public services']);
  });
});

describe('a bare genus, then what cannot or must be done with the term; `considers X to be` a matter or a question', () => {
  it('reads neither as a definition', () => {
    expect(mine('Officials told us that a smart city is a distant goal and cannot be audited within one parliament.')).toEqual([]);
    expect(mine('The Ministry considers the smart city to be a question for each region to settle.')).toEqual([]);
  });

  it('keeps a genus with its differentia, and `considers X to be` a kind', () => {
    expect(mine('Officials told us that a smart city is a city that publishes its data and cannot hide its costs.')).toHaveLength(1);
    expect(mine('The Ministry considers the smart city to be a city that plans its services from shared data.')).toHaveLength(1);
  });
});

describe('`means many things`, and two bare genera set against each other after `can be regarded as`', () => {
  it('reads neither as a definition', () => {
    expect(mine('For most residents, a digital twin means so many things that nobody agrees.')).toEqual([]);
    expect(mine('Smart cities mean different things to each department.')).toEqual([]);
    expect(mine('In the panel’s view, a smart city can be regarded as a long journey instead of a destination.')).toEqual([]);
  });

  it('keeps `means` with a meaning, and `can be regarded as` a genus with its differentia', () => {
    expect(mine('A smart city means a city that plans its services from shared data.')).toHaveLength(1);
    expect(mine('A smart city can be regarded as a city that plans its services from shared data rather than by habit.')).toHaveLength(1);
  });
});

describe('the subject of `defines` with an undated label in parentheses; a place’s body named with its possessive', () => {
  it('files the definition under the body, not the label', () => {
    const [found] = mine(
      'Eastwold Borough Council’s Core Strategy 2023 (Policy DT4) defines a digital twin as “a model of the borough that its data keep current”.',
    );
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Eastwold Borough Council', year: 2023 } });
  });

  it('files a place’s ministry by the ministry’s name, but keeps an office holder’s office whole', () => {
    const [ministry] = mine('As defined by Arcadia’s Ministry of Urban Affairs (MUA), a smart city is “a city that plans its services from shared data”.');
    expect(ministry!.attribution?.author).toBe('Ministry of Urban Affairs');
    const [office] = mine('As defined by the Mayor’s Office of Innovation, a smart city is “a city that plans its services from shared data”.');
    expect(office!.attribution?.author).toBe('Mayor’s Office of Innovation');
  });
});

describe('a quotation in straight marks closed before a dash and the writers’ comment', () => {
  it('ends the clause at the closing mark', () => {
    const [found] = mine(`Under the new plan, a smart city is 'a city that shares its data with everyone who lives in it' — and 'everyone' is the hard part.`);
    expect(found!.clause).toBe(`a smart city is 'a city that shares its data with everyone who lives in it`);
  });
});

describe('a body’s titled document as the lead-in (`In Northby Council’s Smart Northby Strategy, …`)', () => {
  it('files the definition under the body', () => {
    const [found] = mine('In Eastwold Borough Council’s Connected Eastwold Plan, a smart city is “a city that shares its data with its residents”.');
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Eastwold Borough Council' } });
  });

  it('leaves a place named in a lead-in alone', () => {
    const [found] = mine('In Eastwold’s Old Town, a smart city is a city that shares its data with its residents.');
    expect(found!.attribution?.author).toBeUndefined();
  });
});

describe('a sum of money opening the line after a full stop', () => {
  it('starts a sentence of its own, so the definition stops before it', () => {
    const [found] = mine('A digital twin is a model of our street that our own sensors keep current.\n£2,300 raised of £9,000 · 40 backers');
    expect(found!.clause).toBe('A digital twin is a model of our street that our own sensors keep current');
  });
});

describe('a written parliamentary answer: `Answer (Minister X):` under `Question …: To ask …`', () => {
  it('files the answer’s definition under the minister, by surname', () => {
    const page = [
      'Question (WQ 118), tabled 2 May: To ask the Minister for Towns how her department defines a smart city.',
      'Answer (Minister Okonjo-Reyes): For the purposes of the Fund, a smart city is a city whose council plans its services from shared data.',
    ].join('\n');
    const [found] = mine(page);
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Okonjo-Reyes' } });
  });

  it('reads no turn from an answer label with no written question', () => {
    const [found] = mine(
      'Answer (Minister Okonjo-Reyes): For the purposes of the Fund, a smart city is a city whose council plans its services from shared data.',
    );
    expect(found!.attribution?.author).toBeUndefined();
  });
});

describe('a box’s label in capitals under a title that prints no full stop', () => {
  it('heads the box, so its first entry reads as a glossary entry', () => {
    const page =
      'Unit 3 — Lesson 2: Towns and technology\nWORD BANK\nSmart city: a city that uses sensors and data to make buses and bins work better for the people who live there.';
    expect(mine(page).map((c) => c.clause)).toEqual([
      'Smart city: a city that uses sensors and data to make buses and bins work better for the people who live there',
    ]);
  });
});

describe('a frame saying the writers’ meaning, then the term’s colon (`What we mean by a smart city: one that …`)', () => {
  it('reads the definiens after the colon as the writers’ own', () => {
    const [found] = mine('Parish newsletter, spring\nWhat we mean by a smart city: one that lets every resident see what its sensors record.');
    expect(found).toMatchObject({ clause: 'a smart city: one that lets every resident see what its sensors record', quoted: false });
  });

  it('leaves a box’s title without a colon to the definition under it', () => {
    const found = mine('What we mean by a smart city\nA smart city is a city that lets every resident see what its sensors record.');
    expect(found.map((c) => c.clause)).toEqual(['A smart city is a city that lets every resident see what its sensors record']);
  });
});

describe('a term-last definition reported after `argues that` (`… are what she would call smart cities`)', () => {
  it('reads the description from after `that`, filed under the person who argues', () => {
    const [found] = mine(
      'In the interview, the engineer Tomas Vuori-Lindqvist argues that districts which publish their energy data and let residents act on it are what he would call smart cities.',
    );
    expect(found).toMatchObject({
      clause: 'districts which publish their energy data and let residents act on it are what he would call smart cities',
      attribution: { author: 'Vuori-Lindqvist' },
    });
  });
});

describe('a short sentence-case heading whose last word is a plural noun (`Methodological notes`)', () => {
  it('heads what follows, so an introductory phrase without a comma opens the definition’s sentence', () => {
    const page = 'Technical notes\nIn this annex a smart city is a municipality that reported at least four of the ten services in the survey.';
    const [found] = mine(page);
    expect(found).toMatchObject({ clause: 'a smart city is a municipality that reported at least four of the ten services in the survey' });
    expect(found!.score).toBeGreaterThan(0.8);
  });
});

describe('`characterised by several key features:`, a count of parts named later', () => {
  it('reads no definiens in the count', () => {
    expect(mine('In the Nordic context, smart cities are characterised by several key features:')).toEqual([]);
    expect(mine('A digital twin comprises five dimensions.')).toEqual([]);
  });

  it('keeps `characterised by` with what characterises it', () => {
    expect(mine('A smart city is characterised by the use of shared data to plan and run its public services.')).toHaveLength(1);
  });
});

describe('a style guide’s entry: the term, its word class in parentheses, the meaning opening with a capital article', () => {
  it('reads the entry whole, and no source in a cross-reference after it', () => {
    const [found] = mine('urban digital twin (n.) A model of a city’s streets and buildings that its sensors keep current. Compare DIGITAL TWIN; SMART CITY.');
    expect(found).toMatchObject({ clause: 'urban digital twin (n.) A model of a city’s streets and buildings that its sensors keep current', quoted: false });
    expect(found!.attribution?.author).toBeUndefined();
  });

  it('leaves a meaning that repeats the term to its copula', () => {
    const [found] = mine('Smart city (noun) A smart city is a city that plans its services from shared data.');
    expect(found!.clause).toBe('A smart city is a city that plans its services from shared data');
  });
});

describe('a body whose name holds a heading’s word (`Municipal Terms Board`)', () => {
  it('is a source all the same; a heading of such words is not', () => {
    const [board] = mine('A smart city, according to the Municipal Terms Board, is a city that plans its services from shared data.');
    expect(board!.attribution?.author).toBe('Municipal Terms Board');
    const [heading] = mine('A smart city, according to Key Terms, is a city that plans its services from shared data.');
    expect(heading!.attribution?.author).toBeUndefined();
  });
});

describe('a qualifier saying the term is meant in full (`A true smart city is one that …`)', () => {
  it('belongs to the subject, so the definition opens the sentence', () => {
    const [found] = mine('A true smart city is one that lets its residents decide what its sensors measure.');
    expect(found).toMatchObject({ clause: 'A true smart city is one that lets its residents decide what its sensors measure' });
    expect(found!.score).toBeGreaterThan(0.8);
  });

  it('leaves the predicate to decide: a negation still reads as none', () => {
    expect(mine('A true smart city is not a place you can buy from a vendor.')).toEqual([]);
  });
});

describe('a colon lead-in naming a person after a long role between commas', () => {
  it('files the quotation under the person, by surname', () => {
    const [found] = mine(
      'The definition of a smart city by Head of Urban Platforms at Norvik Telecom in southern Europe, Lina Ferreira-Holm, is quite complete : “A smart city can be defined as a city that plans its services from shared data.”',
    );
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Ferreira-Holm' } });
  });
});
