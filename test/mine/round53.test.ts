import { describe, expect, it } from 'vitest';
import { mine } from './cases.js';

// The fifty-third extractor: round 47's misses and false alarms (issue 11). Every text is written here, none copied from
// the labelled set; each rule has cases it must change and cases it must leave.

const find = (text: string, term: string) => mine(text, 0).find((c) => c.term === term);

describe('a modal of rule-making before `taken to mean`: `X shall be taken to mean …`', () => {
  it('reads `shall be taken to mean`, `is to be taken to mean` as `is taken to mean`', () => {
    const bylaw = find('Under this bylaw a smart city shall be taken to mean a town whose services share one register of records.', 'smart city');
    expect(bylaw?.clause).toBe('a smart city shall be taken to mean a town whose services share one register of records');
    expect(bylaw!.score).toBeGreaterThanOrEqual(0.5);
    const isTo = find('In this scheme a digital twin is to be taken to mean a model of a pump that its meters keep current.', 'digital twin');
    expect(isTo!.score).toBeGreaterThanOrEqual(0.5);
  });
  it('still judges what follows: a bare genus says too little', () => {
    const bare = find('A smart city shall be taken to mean a slogan.', 'smart city');
    expect(bare === undefined || bare.score < 0.5).toBe(true);
  });
});

describe('`first of all` set off by commas inside the verb group', () => {
  it('reads `is, first of all, a city which …` as `is, above all, …`', () => {
    const c = find('A smart city is, first of all, a city which learns … from what its residents and its services report.', 'smart city');
    expect(c!.score).toBeGreaterThanOrEqual(0.5);
    expect(c?.clause).toBe('A smart city is, first of all, a city which learns … from what its residents and its services report');
  });
  it('leaves a bare genus after it below the threshold', () => {
    const c = find('A smart city is, first of all, a slogan.', 'smart city');
    expect(c === undefined || c.score < 0.5).toBe(true);
  });
});

describe('a citation marker after a genus after `seen as` is no differentia', () => {
  it('judges `may be seen as a slogan [7], and …` as `may be seen as a slogan`', () => {
    for (const text of [
      'The smart city may be seen as a brand [7], and in the plans we read it usually is one.',
      'The smart city may be seen as a brand (Morrow, 2018), and in the plans we read it usually is one.',
    ]) {
      const c = find(text, 'smart city');
      expect(c === undefined || c.score < 0.5).toBe(true);
    }
  });
  it('keeps a genus with a differentia before the marker', () => {
    const c = find('The smart city may be seen as a town whose council publishes the data its sensors collect [7].', 'smart city');
    expect(c!.score).toBeGreaterThanOrEqual(0.5);
  });
});

describe('a survey of readings: `has been defined as X, as Y and as Z`, bare genera each with its own `as`', () => {
  it('says too little to define', () => {
    for (const text of [
      'The digital twin has been defined as a model, as a platform and as a way of working, and each reading has its school.',
      'The smart city has been described as a market or as a movement.',
    ]) {
      const c = mine(text, 0)[0];
      expect(c === undefined || c.score < 0.5).toBe(true);
    }
  });
  it('keeps readings with a differentia of their own', () => {
    const c = find('A smart city has been described as a town that shares its data openly, and as a town that lets residents correct it.', 'smart city');
    expect(c!.score).toBeGreaterThanOrEqual(0.5);
    const two = find('A digital twin is defined as a model of a plant and as a service that keeps the model current.', 'digital twin');
    expect(two!.score).toBeGreaterThanOrEqual(0.5);
  });
});

describe('a demonstrative after a spaced dash that points back at the definiens ends it', () => {
  it('ends `… — that is our villain` and `— this is exactly what we want` before the dash', () => {
    const c = find(
      'In the play we define a smart city as a town that keeps every receipt its people hand in — that is our villain, and Mo plays it.',
      'smart city',
    );
    expect(c?.clause).toBe('a smart city as a town that keeps every receipt its people hand in');
    const d = find('A digital twin is a model of the harbour that its tide gauges keep current — this is exactly what we want.', 'digital twin');
    expect(d?.clause).toBe('A digital twin is a model of the harbour that its tide gauges keep current');
  });
  it('keeps `— that is, …` (i.e.), which goes on with the definiens', () => {
    const c = find('A smart city is a town that keeps every receipt — that is, a town whose archive never closes.', 'smart city');
    expect(c?.clause).toBe('A smart city is a town that keeps every receipt — that is, a town whose archive never closes');
  });
});

describe('another quoted term’s definition run on after `, and`: `, and “member” means …`', () => {
  it('ends the first definiens before it', () => {
    const c = find(
      'In this Charter “smart city” means a town that publishes its service data, and “resident” means a person on the electoral roll.',
      'smart city',
    );
    expect(c?.clause).toBe('“smart city” means a town that publishes its service data');
  });
  it('leaves a definiens whose `, and` goes on with it', () => {
    const c = find('In this Charter “smart city” means a town that publishes its service data, and that lets residents correct it.', 'smart city');
    expect(c?.clause).toBe('“smart city” means a town that publishes its service data, and that lets residents correct it');
  });
});

describe('`For me` after a label’s colon or an opening quotation mark: a speaker’s say-so', () => {
  it('reads `P3: “For me a smart city is …` as the answer’s own opening', () => {
    const c = find('P3: “For me a smart city is a town where the trams come when the board says they will.”', 'smart city');
    expect(c!.score).toBeGreaterThanOrEqual(0.5);
    const to = find('Q7 answer: To me a digital twin is a copy of the pump station that its meters keep current.', 'digital twin');
    expect(to!.score).toBeGreaterThanOrEqual(0.5);
  });
  it('leaves `for me` inside a longer phrase', () => {
    const c = find('P3: “It was hard for me a smart city is a town where the trams come when the board says they will.”', 'smart city');
    expect(c === undefined || c.score < 0.5).toBe(true);
  });
});

describe('a run-in heading before a capitalised document name: `Rule 2.4 In these Rules “…” is …`', () => {
  it('reads `In these Rules` and `Under this Bylaw` as an introductory phrase', () => {
    const c = find('Rule 3.1 In these Rules “sustainable city” is defined as a town that keeps its water use within its catchment.', 'sustainable city');
    expect(c!.score).toBeGreaterThanOrEqual(0.5);
    const b = find('Section 4 Under this Bylaw “smart city” is defined as a town that publishes its service data.', 'smart city');
    expect(b!.score).toBeGreaterThanOrEqual(0.5);
  });
  it('leaves a capitalised word not after a determiner', () => {
    const c = find('Rule 3.1 In Leeds “sustainable city” is defined as a town that keeps its water use within its catchment.', 'sustainable city');
    expect(c === undefined || c.score < 0.5).toBe(true);
  });
});

describe('a genus with one short `of` phrase set against a bare one after `seen as`', () => {
  it('says too little: `may be seen as a direction of travel rather than a destination`', () => {
    for (const text of [
      'The smart city may be seen as a style of government rather than a place.',
      'Tonight: the smart city may be seen as a style of government rather than a place, and the digital twin as one tool among many.',
    ]) {
      const c = find(text, 'smart city');
      expect(c === undefined || c.score < 0.5).toBe(true);
    }
  });
  it('keeps a genus with a differentia set against another', () => {
    const c = find('A smart city can be seen as a network of districts rather than a single council that runs them all.', 'smart city');
    expect(c!.score).toBeGreaterThanOrEqual(0.5);
  });
});

describe('hyphenated premodifiers before the term, a comma between them', () => {
  it('takes `An analytics-driven, simulation-based digital twin is …` from its article', () => {
    const c = find('A model-driven, sensor-based digital twin is a virtual copy of a pumping station that its meters keep in step.', 'digital twin');
    expect(c?.clause).toBe('A model-driven, sensor-based digital twin is a virtual copy of a pumping station that its meters keep in step');
    expect(c!.score).toBeGreaterThanOrEqual(0.5);
    const one = find('An open-source digital twin is a virtual copy of a pumping station that its meters keep in step.', 'digital twin');
    expect(one?.clause.startsWith('An open-source digital twin is')).toBe(true);
  });
  it('leaves a capitalised compound in mid-sentence, a name’s', () => {
    const c = find('The Leeds-based digital twin is a model that the council updates daily.', 'digital twin');
    expect(c?.clause.startsWith('digital twin')).toBe(true);
  });
});

describe('a pointer to the case at hand after a semicolon ends the definiens', () => {
  it('ends before `; here, …` and `; in this case, …`', () => {
    const c = find('A digital twin is a virtual copy of a plant that its sensors keep in step; here, the sewage works at Elm Quay.', 'digital twin');
    expect(c?.clause).toBe('A digital twin is a virtual copy of a plant that its sensors keep in step');
    const d = find('A smart city is a town that publishes what its sensors record; in this case, the borough of Wrenfield.', 'smart city');
    expect(d?.clause).toBe('A smart city is a town that publishes what its sensors record');
  });
  it('leaves the other readings of a semicolon as they were: a new clause ends it, a list does not', () => {
    const c = find('A digital twin is a virtual copy of a plant that its sensors keep in step; the copy in turn sends settings back.', 'digital twin');
    expect(c?.clause).toBe('A digital twin is a virtual copy of a plant that its sensors keep in step');
    const list = find('A smart city is a town that counts its buses; its bins; and its lamps.', 'smart city');
    expect(list?.clause).toBe('A smart city is a town that counts its buses; its bins; and its lamps');
  });
});

describe('a reporting verb opening a quotation, its subject left out: `its first clause “Defines X as …”`', () => {
  it('reads the quoted operative clause as `defines X as …`', () => {
    const c = find(
      'The council passed Motion 4, whose second clause reads “Defines a smart city as a town that publishes what its sensors record”.',
      'smart city',
    );
    expect(c?.clause).toBe('a smart city as a town that publishes what its sensors record');
    expect(c!.score).toBeGreaterThanOrEqual(0.5);
  });
  it('still needs the `as` of the verb’s second complement', () => {
    const c = find('The council passed Motion 4, whose second clause reads “Defines a smart city” in its title only.', 'smart city');
    expect(c === undefined || c.score < 0.5).toBe(true);
  });
});

describe('a key and its `=` run onto the value: `smart-city=A smart city is …`', () => {
  it('reads the value as the sentence’s start, its article with it', () => {
    const c = find('term.smart_city=A smart city is a town that publishes its service data and lets residents correct it', 'smart city');
    expect(c?.clause).toBe('A smart city is a town that publishes its service data and lets residents correct it');
    expect(c!.score).toBeGreaterThanOrEqual(0.5);
    const txt = find('glossary.example. 300 IN TXT "twin=A digital twin is a model of a pump that its meters keep current"', 'digital twin');
    expect(txt!.score).toBeGreaterThanOrEqual(0.5);
  });
  it('leaves a lower-case value and an equation in prose', () => {
    const c = find('Let x=the smart city is a place we keep for later.', 'smart city');
    expect(c === undefined || c.score < 0.5).toBe(true);
  });
});
