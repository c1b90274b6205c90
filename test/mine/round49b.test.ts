import { describe, expect, it } from 'vitest';
import { mine } from './cases.js';
import { YEAR, YEAR_DIGITS, yearIn, yearsIn } from '../../src/mine/citations.js';
import { participantCitedAfter, roundYears } from '../../src/mine/participants.js';

// The forty-ninth extractor, part b: who said it (issue 11), and one year reader. Every text is written here, none
// copied from the labelled set; each rule has cases it must change and cases it must leave.

const attributionOf = (text: string) => mine(text)[0]?.attribution;

describe('the year reader', () => {
  it('reads a year not inside a longer number, with or without a suffix or a range', () => {
    expect(yearsIn('Mar 2026; (Okoro, 2019a); pp. 1850–1851; ISO 37120:2018')).toEqual([2026, 2019, 1850, 1851, 2018]);
    expect(yearsIn('order 12019, batch 20190, code 3019, 1799')).toEqual([]);
    expect(YEAR.exec('round 2 (2 to 27 March 2026)')?.[1]).toBe('2026');
    expect(new RegExp(`^${YEAR_DIGITS}$`, 'u').test('2101')).toBe(false);
  });

  it('is the reader the other year readers use', () => {
    // (a standard's edition after its colon, else the first year in a name)
    expect(yearIn('PAS 1801:2014 guide of 2016')).toBe(2014);
    expect(yearIn('Harbour Strategy 2030')).toBe(2030);
    expect(yearIn('Table 12019')).toBeUndefined();
  });
});

// A Delphi study's method, then its findings.
const METHOD = [
  '2.3 Rounds',
  'Round 1 (3 to 21 February 2025) asked each expert for a wording. In round 2 (7 April to 2 May 2025) the',
  'panel rated the statements; round 3 (June 2026) asked for the last ratings.',
].join('\n');

describe("a Delphi panel's experts: quoted, unnamed, the date of the round they are cited from", () => {
  it("files an expert's words under the round's year, inline and as a block whose citation wraps", () => {
    const inline = mine([METHOD, 'A planner offered: “a smart city is a city that publishes what its sensors record” (E04, public sector, round 2).'])[0];
    expect(inline?.quoted).toBe(true);
    expect(inline?.attribution?.author).toBeUndefined();
    expect(inline?.attribution?.year).toBe(2025);
    const block = mine([
      METHOD,
      'One engineer wrote:\nAn urban digital twin is a model of the city that is updated from its own meters every hour. We use ours daily. (E11,\nprivate sector, round 3)\nOthers disagreed.',
    ])[0];
    expect(block?.quoted).toBe(true);
    expect(block?.attribution?.author).toBeUndefined();
    expect(block?.attribution?.year).toBe(2026);
  });

  it('gives no year when the method does not date the round, and names the round only from the citation', () => {
    const found = mine('A consultant wrote: “a smart city is a city that budgets for its data” (Expert 7, private sector, round 4).')[0];
    expect(found?.quoted).toBe(true);
    expect(found?.attribution?.year).toBeUndefined();
    expect(participantCitedAfter('is a city (E3, academic, session 2).', 9, 36)).toEqual({ code: 'E3', round: 'session 2' });
    expect(participantCitedAfter('is a city (E3, academic).', 9, 25)).toEqual({ code: 'E3' });
  });

  it('reads a round dated once, and none dated twice with different years', () => {
    expect([...roundYears(METHOD.split('\n').map((text) => ({ text })))]).toEqual([
      ['round 1', 2025],
      ['round 2', 2025],
      ['round 3', 2026],
    ]);
    expect([...roundYears([{ text: 'Round 1 (May 2024) and round 1 (May 2025).' }, { text: 'Wave 2 (2019 and 2020)' }])]).toEqual([]);
  });
});

describe('who an “as X put it” lead-in names', () => {
  it('names the person, not the title nor the `As`, when a colon opens the quotation', () => {
    expect(
      attributionOf(
        'Worth reading twice. As Dr. Ilse Vantongeren put it in her lecture at the Harbour Forum: “A smart city is a city that can explain its own decisions.”',
      ),
    ).toMatchObject({
      author: 'Vantongeren',
    });
  });
});

describe("a body's document named in an aside after the subject", () => {
  it("files the body and its citation's year, not the document's title and target year", () => {
    expect(
      attributionOf(
        'Councils tend to speak in their own voice. Tamsworth Borough Council (2022, p. 4), in its strategy Connected Tamsworth 2035, states that a smart city is a place where residents and the council share data to make services simpler.',
      ),
    ).toMatchObject({ author: 'Tamsworth Borough Council', year: 2022 });
    expect(
      attributionOf(
        'Okafor, in her book Cities of Glass 2040, argues that a smart city is a place where residents and the council share data to make services simpler.',
      ),
    ).toMatchObject({ author: 'Okafor' });
  });
});

describe("a code after a quotation that runs on past the definition's sentence", () => {
  it("reads the code the closing mark is followed by, the clause's quotation still open", () => {
    const found = mine([
      METHOD,
      'A surveyor wrote that an urban digital twin is “a model of the city kept in step with it by data and used to decide things. Without decisions it is a picture” (E09, academic, round 1). Others agreed.',
    ])[0];
    expect(found?.quoted).toBe(true);
    expect(found?.attribution?.year).toBe(2025);
  });

  it('reads none when the quotation closed before, or the clause is in none', () => {
    const text = 'is “a model of the city.” It is a “picture” (E09, academic, round 1). Others agreed.';
    expect(participantCitedAfter(text, 23, 25)).toBeUndefined();
    const bare = 'is a model of the city. It is a picture” (E09, academic, round 1). Others agreed.';
    expect(participantCitedAfter(bare, 22, 23)).toBeUndefined();
  });
});

describe("words a speaker quotes in a transcript's turn", () => {
  const turn = (words: string) =>
    attributionOf(`Harbour Board open meeting. Transcript.\n[00:01:02] ODUYA: Welcome all.\n[00:01:10] FENWICK-LALL: ${words}\n[00:02:00] ODUYA: Thank you.`);

  it('files words read out in quotation marks under no author, not the speaker', () => {
    expect(
      turn('The charter says — page two — that a smart city is “a city that tells its residents what its sensors record and why”. Mine is shorter.')?.author,
    ).toBeUndefined();
  });

  it("keeps the speaker's own words the speaker's", () => {
    expect(turn('For me a smart city is a city that tells its residents what its sensors record and why.')).toMatchObject({ author: 'Fenwick-Lall' });
  });
});
