import { describe, expect, it } from 'vitest';
import { mine } from './cases.js';

// The thirty-fourth extractor: general rules for the error classes left by rounds 30–31 (test25–test28, released for
// study; bench/RESULTS.md, "Thirty-fourth extractor"). Every case is written here, none copied from the labelled set;
// each rule has cases it must change and definitions it must leave.

describe('a name inside markup braces (`annote = {Adeyemi (2019) defines …`, a citation manager’s export)', () => {
  it('reads the name after the brace as the reporter', () => {
    const [found] = mine(
      '@misc{adeyemi2019, note = {Adeyemi (2019) defines the digital twin as a model of one water network that its operator refreshes hourly from meters.}}',
    );
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Adeyemi', year: 2019 } });
  });
});

describe('an author–year citation without parentheses right before a quotation (`Okafor 2019, p. 14 — “…”`)', () => {
  it('files the quotation under the author and year', () => {
    const [found] = mine(
      'Reading note: Lindqvist 2017, p. 88 — “a digital twin is a model of one bridge that its owner refreshes from the bridge’s own strain gauges”.',
    );
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Lindqvist', year: 2017 } });
    const [two] = mine('Slide 4. Park and Moreau 2022: “A smart city is a city that lets every resident see what its sensors record about them.”');
    expect(two).toMatchObject({ quoted: true, attribution: { author: 'Park and Moreau', year: 2022 } });
  });

  it('leaves a year that is no author’s (`In 2019 — “…”`) unnamed', () => {
    const [found] = mine('Minutes, item 3. In 2019 — “a digital twin is a model of one bridge that its owner refreshes from the bridge’s own strain gauges”.');
    expect(found?.attribution?.author).toBeUndefined();
  });
});

describe('an erratum’s corrected wording (`In the article by X (2024), … was printed incorrectly. It should read: “…”`)', () => {
  it('files the wording under the work the sentence before cites', () => {
    const [found] = mine(
      'Correction. In the paper by Oduya and Brenner (2024), the definition in the introduction was garbled in production. The definition should read: “A smart city is a city whose council publishes every dataset its services collect.”',
    );
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Oduya and Brenner', year: 2024 } });
  });

  it('leaves a quotation without that lead-in to the rules before', () => {
    const [found] = mine(
      'Correction. In the paper by Oduya and Brenner (2024), the definition in the introduction was garbled in production. The panel wrote: “A smart city is a city whose council publishes every dataset its services collect.”',
    );
    expect(found?.attribution?.author).not.toBe('Oduya and Brenner');
  });
});

describe('a letter’s addressee as the author of `your paper` (`Dear Dr X, … Your paper defines …`)', () => {
  it('names the addressee by surname', () => {
    const [found] = mine(
      'Dear Prof. Halloran-Eze,\nMany thanks for your submission. Your manuscript defines the smart city as “a city that runs on dashboards”, which the panel found too narrow.',
    );
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Halloran-Eze' } });
  });

  it('leaves a salutation to a role or a group unnamed', () => {
    const [found] = mine(
      'Dear Review Team,\nMany thanks for your submission. Your manuscript defines the smart city as “a city that runs on dashboards”, which the panel found too narrow.',
    );
    expect(found).toMatchObject({ quoted: true });
    expect(found?.attribution?.author).toBeUndefined();
  });
});

describe('a label in capitals with its number and a title (`STAGE 2 — Find the gaps`) on the line above the text', () => {
  it('is a heading: the sentence under it is read alone', () => {
    const found = mine(
      'STAGE 2 — Show the whole street\nA city that can show, ward by ward and day by day, where its water is lost is what the judges mean by a smart city. Entries close in May.',
    );
    expect(found.map((c) => c.clause)).toEqual([
      'A city that can show, ward by ward and day by day, where its water is lost is what the judges mean by a smart city',
    ]);
  });
});

describe('`for X a smart city is …` without the comma (a named source’s view in minutes or notes)', () => {
  it('reads the named source as the reporter, after a label’s colon too', () => {
    const [found] = mine(
      'Seminar notes. 2. Obi-Lindgren (2020). KA summarised: for Obi-Lindgren a digital twin is a model of one building that its sensors refresh every hour.',
    );
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Obi-Lindgren', year: 2020 } });
  });

  it('leaves a point of view or a place without the comma unattributed', () => {
    const [found] = mine('For Europe a digital twin is a model of one building that its sensors refresh every hour.');
    expect(found?.attribution?.author).toBeUndefined();
    expect(mine('The study compares the terms: in Spanish the smart city is mostly framed as a question of housing.')).toEqual([]);
  });
});

describe('a contract’s numbered clause as a terms entry (`4. Definitions` / `4.7 Digital Twin: a …`)', () => {
  it('reads the entry after a decimal clause number, under its heading', () => {
    const found = mine('7. Definitions\n7.3 Smart City: a city in which the Operator runs every street light from one control room that residents may audit.');
    expect(found.map((c) => c.clause)).toEqual([
      'Smart City: a city in which the Operator runs every street light from one control room that residents may audit',
    ]);
  });
});

describe('a terms entry quoted as a document now reads (`2.6 of TS 8810 now reads: “digital twin: …”`)', () => {
  it('reads the quoted entry and names the document by its identifier', () => {
    const [found] = mine(
      'Resolution: Accepted in part. 2.6 of TS 8810 now reads: “smart city: city that publishes the data its services collect within one working day”.',
    );
    expect(found).toMatchObject({
      clause: 'smart city: city that publishes the data its services collect within one working day',
      quoted: true,
      attribution: { author: 'TS 8810' },
    });
  });

  it('names no one when the document has no identifier', () => {
    const [found] = mine('Clause 2.6 of the draft now reads: “smart city: city that publishes the data its services collect within one working day”.');
    expect(found?.attribution?.author).toBeUndefined();
  });
});

describe('a body called by a short name that is a dictionary word (`In Lantern’s words,`) and named in full above', () => {
  it('files the definition under the fuller name printed above', () => {
    const [found] = mine(
      'Booth 7 — Lantern Analytics (Bergen)\nLantern sells digital twins for harbours. In Lantern’s words, a digital twin is a model of one quay that its cranes’ sensors refresh every minute.',
    );
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Lantern Analytics' } });
  });

  it('names no one when no fuller name is printed', () => {
    const [found] = mine(
      'Lantern sells digital twins for harbours. In Lantern’s words, a digital twin is a model of one quay that its cranes’ sensors refresh every minute.',
    );
    expect(found?.attribution?.author).toBeUndefined();
  });
});
