import { describe, expect, it } from 'vitest';
import { mine } from './cases.js';

// The thirty-second extractor: general rules for the error classes left by the rounds up to the thirtieth (all released
// for study; bench/RESULTS.md, "Thirty-second extractor"). Every case is written here, none copied from the labelled
// set; each rule has cases it must change and definitions it must leave.

describe('reported speech whose `that` is left out (`the council’s leaflet says a smart city is …`)', () => {
  it('finds the definition after a named body’s document and a bare reporting verb, and files it under the body', () => {
    const found = mine(
      'At the meeting a resident said that the Brackmoor Council’s guide states a smart city is a town that shares its transport data with residents every day.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ quoted: true, attribution: { author: 'Brackmoor Council' } });
  });

  it('leaves a denial and the writers’ own reporting as they were', () => {
    expect(mine('Nobody at the hearing says a smart city is a town that shares its transport data with residents every day.')).toHaveLength(0);
    const own = mine('We said a smart city is a town that shares its transport data with residents every day.');
    expect(own.every((d) => !d.attribution?.author)).toBe(true);
  });
});

describe('a named body’s dated document that uses a term to mean something (`X’s Annual Report 2025 uses “…” to mean`)', () => {
  it('finds the definition and files it under the body, with the document’s year', () => {
    const [found] = mine(
      'Our review found that Holloway Transit Group’s Annual Review 2025 uses “smart city” to mean a town that runs its buses and trams from one open timetable feed; we checked the feed.',
    );
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Holloway Transit Group', year: 2025 } });
  });
});

describe('nouns naming a domain before the term after a lead-in’s comma (`In its makers’ words, a port logistics digital twin is …`)', () => {
  it('reads the kind with its indefinite article as the subject of the sentence', () => {
    const found = mine('In its makers’ words, a port logistics digital twin is a calibrated model of the quays that is updated hourly from crane data.');
    expect(found.map((d) => d.clause)).toEqual(['a port logistics digital twin is a calibrated model of the quays that is updated hourly from crane data']);
  });

  it('leaves one place’s twin after a lead-in (`For that purpose, the port digital twin is …`) as it was, not the subject', () => {
    expect(mine('For that purpose, the port digital twin is a calibrated model of the quays that is updated hourly from crane data.')).toHaveLength(0);
  });
});

describe('the term after its definiens, named with a progressive or a possessive (`… is what planners have started calling a smart city`)', () => {
  it('reads `calling` as `call`, and `its` / `their` before the term after `what … calls`', () => {
    const calling = mine(
      'A town that counts, hour by hour, how its buses and bins are used, and changes its timetables on what it learns, is what engineers in Varnholt have started calling a smart city.',
    );
    expect(calling.map((d) => d.clause)).toEqual([
      'A town that counts, hour by hour, how its buses and bins are used, and changes its timetables on what it learns, is what engineers in Varnholt have started calling a smart city',
    ]);
    const its = mine('A model of the canal locks that is corrected every hour from gauge readings is what the waterways board calls its digital twin.');
    expect(its.map((d) => d.pattern)).toEqual(['term-last']);
  });

  it('leaves a possessive term that no `what … call` names (`… is their digital twin`) to the other rules', () => {
    expect(mine('A model of the canal locks that is corrected every hour from gauge readings is their digital twin.').map((d) => d.pattern)).not.toContain(
      'term-last',
    );
  });
});

describe('a heading run into its sentence before a short opener (`Course outline (10 credits) In this unit a smart city is …`)', () => {
  it('reads the capitalised opener in mid-sentence as the lead-in', () => {
    const found = mine(
      'URBS 210 Cities and Data (10 credits, Term 1) In this unit a smart city is a town that publishes what its sensors record and lets residents question it.',
    );
    expect(found.map((d) => d.clause)).toEqual(['a smart city is a town that publishes what its sensors record and lets residents question it']);
  });

  it('leaves a lowercase preposition in mid-sentence (not a heading’s end) as it was', () => {
    expect(mine('Officials who spoke to us in this unit a smart city is a town that publishes what its sensors record.')).toHaveLength(0);
  });
});

describe('the writers’ clause after the definiens (`, and the exhibits on show are its tools`, `; students test this idea …`)', () => {
  it('ends the clause before a new subject of three words with its own verb after `, and`', () => {
    const [found] = mine('A smart city is a town that mends what it breaks faster than it wears it out, and the objects on show are its tools.');
    expect(found?.clause).toBe('A smart city is a town that mends what it breaks faster than it wears it out');
  });

  it('ends it before a semicolon whose clause speaks of the definition (`this idea`), and keeps a list after a semicolon', () => {
    const [found] = mine('A smart city is a town that lives within the data its residents agree to share; students test this idea against two towns.');
    expect(found?.clause).toBe('A smart city is a town that lives within the data its residents agree to share');
    const [listed] = mine('A smart city is a town that shares three things: its transport data; its energy data; and its budget.');
    expect(listed?.clause).toContain('and its budget');
  });
});

describe('a paragraph’s number before the document’s own scope (`[12] For the purposes of this ruling, …`)', () => {
  it('is not a citation of the definition that follows', () => {
    const [found] = mine('[12] For the purposes of this ruling, “smart city” refers to a town whose lamps and drains are run from one shared data platform.');
    expect(found).toMatchObject({ quoted: false });
    expect(found?.attribution?.ref).toBeUndefined();
  });

  it('still cites a numbered source that is the subject (`[12] defines …`)', () => {
    const [found] = mine('[12] defines a smart city as a town whose lamps and drains are run from one shared data platform.');
    expect(found?.attribution?.ref).toBe('[12]');
  });
});

describe('a later sentence of a quotation of several sentences (`…: “A smart city is … . A true smart city is one that … .”`)', () => {
  const text =
    'The head of planning at Orvale Council, Mirela Tansey, put it plainly: “A smart city can be defined as a town that runs its services from shared data. A true smart city is one that lets residents see and question every dataset it keeps.”';

  it('is quoted, and the speaker who opened the quotation is its author', () => {
    const found = mine(text).find((d) => d.clause.startsWith('A true smart city'));
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Tansey' } });
  });

  it('leaves a sentence after a quotation that closed as the writers’ own', () => {
    const after = mine('Mirela Tansey put it plainly: “Data first.” A true smart city is one that lets residents see and question every dataset it keeps.');
    expect(after.find((d) => d.clause.startsWith('A true smart city'))).toMatchObject({ quoted: false });
  });
});
