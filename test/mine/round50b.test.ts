import { describe, expect, it } from 'vitest';
import { mine } from './cases.js';
import { findCitations, NO_NUMBERED_LIST } from '../../src/mine/citations.js';

// The fiftieth extractor, part b: who said it (issue 11). Every text is written here, none copied from the labelled set;
// each rule has cases it must change and cases it must leave.

// (any score: a plaque in capitals and a data row score low, and what is read here is whose words they are)
const first = (text: string) => mine(text, 0)[0];

describe('a person taught the definition: `NAME, who taught us that …`', () => {
  it("files what the person taught under the person's surname, quoted", () => {
    const toast = first(
      'Please raise a glass to Dr Marguerite Olsby-Haan, who taught two cohorts of us that a smart city is a city that asks before it measures.',
    );
    expect(toast?.quoted).toBe(true);
    expect(toast?.attribution?.author).toBe('Olsby-Haan');
  });

  it('reads a plaque set in capitals: the dedication is no part of the name, the life years no year of the saying', () => {
    const plaque = first(
      'IN FOND MEMORY OF ODALYS KETTERING (1932–2019), SURVEYOR,\nWHO TAUGHT US THAT A SMART CITY IS A CITY THAT MENDS ITS PAVEMENTS BEFORE ITS APPS',
    );
    expect(plaque?.quoted).toBe(true);
    expect(plaque?.attribution?.author).toBe('Kettering');
    expect(plaque?.attribution?.year).toBeUndefined();
  });

  it('leaves a lesson with no one named, and the writers’ own teaching', () => {
    expect(first('Experience taught us that a smart city is a city that asks before it measures.')?.attribution?.author).toBeUndefined();
    expect(first('We taught our students that a smart city is a city that asks before it measures.')?.attribution?.author).toBeUndefined();
  });
});

describe('a life span in parentheses dates a person, not a work', () => {
  it('reads no citation from two years a lifetime apart', () => {
    expect(findCitations('the architect Ilse Marren (1921–1998) drew it', NO_NUMBERED_LIST)).toEqual([]);
  });
  it('still reads a citation of a year, or of a short span of years', () => {
    expect(findCitations('as Marren (1998) wrote', NO_NUMBERED_LIST)[0]?.year).toBe(1998);
    expect(findCitations('the survey (2018–2021) found', NO_NUMBERED_LIST).length).toBeLessThanOrEqual(1);
    expect(findCitations('the panel (Okafor, 2018–2021) found', NO_NUMBERED_LIST)[0]?.year).toBe(2018);
  });
});

describe('a numbered part in capitals is no source: `PANEL 4`, `SCENE 2`', () => {
  it('does not read the next line of a comic script as the source', () => {
    const script = first('PANEL 1. THE CAPTAIN (shouting): Listen! A digital twin is a copy of the ship that sinks first.\nSCENE 2.');
    expect(script?.attribution?.author).toBeUndefined();
  });
  it('still reads a body named alone on the line after', () => {
    const cell = first('A digital twin is a copy of the ship that sinks first.\nHarbour Modelling Council');
    expect(cell?.attribution?.author).toBe('Harbour Modelling Council');
  });
});

describe('`NAME, whose definition …:` announces the definition as the named one’s', () => {
  it('files it under the body or person the relative clause follows', () => {
    const tour = first(
      '14:00  A visit to the Kestrel Valley Transit Authority, whose definition hangs in the lobby: “A smart city is a city whose buses wait for you.”',
    );
    expect(tour?.quoted).toBe(true);
    expect(tour?.attribution?.author).toBe('Kestrel Valley Transit Authority');
    const person = first('Then spoke Dr Anneke Vrolijk, whose own definition was short: “A smart city is a city whose buses wait for you.”');
    expect(person?.attribution?.author).toBe('Vrolijk');
  });
  it('leaves a common noun before `whose`', () => {
    const office = first('We visited an office, whose definition hangs in the lobby: “A smart city is a city whose buses wait for you.”');
    expect(office?.attribution?.author).toBeUndefined();
  });
});

describe("a quoted cell of a comma-separated row: the source cell's name starts after its mark", () => {
  it('reads both authors of the source cell after the definition cell, the cell starting right after its mark', () => {
    const row = 'R-7,smart city,"A city that meters its water the way it meters its traffic","Ostrander & Velloso (2021, p. 4)"';
    const [cited] = findCitations(row, NO_NUMBERED_LIST);
    expect(cited?.author).toBe('Ostrander & Velloso');
    expect(cited?.year).toBe(2021);
    expect(row.slice(0, cited?.start)).toMatch(/traffic","$/u);
    expect(findCitations('R-8;digital twin;"A copy of a pump";"Ostrander and Velloso (2021)"', NO_NUMBERED_LIST)[0]?.author).toBe('Ostrander and Velloso');
  });
  it('keeps the name after a quotation mark that opens a sentence', () => {
    expect(findCitations('reads: “Ostrander and Velloso (2021) define it', NO_NUMBERED_LIST)[0]?.author).toBe('Ostrander and Velloso');
  });
});
