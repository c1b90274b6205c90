import { describe, expect, it } from 'vitest';
import { clauses, mine } from './cases.js';

// The twenty-second extractor: general rules for the error classes of the twentieth and twenty-first blind rounds
// (review-paper-30, review-paper-31, test20.jsonl; bench/RESULTS.md, "Twenty-second extractor"). Every case is written
// here, none copied from the labelled set; each rule has cases it must change and definitions it must leave.

describe('a verb of composition before its parts', () => {
  it('says what the term has, below the default threshold', () => {
    expect(clauses('A port digital twin consists of four modules: a berth model, a crane model, a gate model and a yard model.')).toEqual([]);
    expect(clauses('The smart city comprises a sensor layer, a data exchange and a citizen portal, each run by a separate agency.')).toEqual([]);
    expect(clauses('A sustainable city comprises five pillars (water, energy, waste, housing and transport) in the national framework.')).toEqual([]);
  });

  it('leaves what the term consists in, and a genus with its parts', () => {
    expect(clauses('The smart city concept consists of using shared sensor data to run buses, lights and bins as one service.')).toEqual([
      'The smart city concept consists of using shared sensor data to run buses, lights and bins as one service',
    ]);
    expect(clauses('A digital twin is a model of a district that consists of a geometry, a data feed and a simulation engine.')).toEqual([
      'A digital twin is a model of a district that consists of a geometry, a data feed and a simulation engine',
    ]);
  });
});

describe('a place where something already named happens', () => {
  it('is no definition of the term (`is where the …`, `the place where the …`)', () => {
    expect(clauses('For investors, the smart city is where the returns of the next decade will be found.')).toEqual([]);
    expect(clauses('Urban digital twins are now the point where the planners and the engineers finally agree.')).toEqual([]);
    expect(clauses('The smart sustainable city is the place where both agendas meet in one budget.')).toEqual([]);
  });

  it('leaves a place described on its own terms', () => {
    expect(clauses('A smart city is a place where residents, utilities and the council share data about the streets and act on it together.')).toEqual([
      'A smart city is a place where residents, utilities and the council share data about the streets and act on it together',
    ]);
    expect(clauses('A smart city is where connected services powered by open data play a central role in transport, housing and health.')).toEqual([
      'A smart city is where connected services powered by open data play a central role in transport, housing and health',
    ]);
  });
});

describe('a cross-reference or a mark scheme note in parentheses closing the sentence', () => {
  it('is left out of the clause', () => {
    expect(
      clauses('In this strategy, “digital twin” refers to a model of the harbour that is updated from its own sensors every hour (see Annex B, p. 41).'),
    ).toEqual(['“digital twin” refers to a model of the harbour that is updated from its own sensors every hour']);
    expect(clauses('Answer: Okafor (2020) defines a sustainable city as a city that keeps its water use within what its catchment renews (3 marks).')).toEqual([
      'a sustainable city as a city that keeps its water use within what its catchment renews',
    ]);
  });

  it('keeps an abbreviation in parentheses', () => {
    expect(clauses('A smart city is a city that runs its services on shared information and communication technologies (ICT).')).toEqual([
      'A smart city is a city that runs its services on shared information and communication technologies (ICT)',
    ]);
  });
});

describe('a dash after a quoted definiens', () => {
  it('ends the definiens at the closing mark, single or double', () => {
    expect(
      clauses('Week 3 handout: for Brannigan (2017), a smart city is ‘a city that knows what its residents need before they ask’ — note the tense.'),
    ).toEqual(['a smart city is ‘a city that knows what its residents need before they ask']);
    expect(clauses('As one planner told us, a digital twin is “a copy of the district that argues back” — and most of her colleagues agreed.')).toEqual([
      'a digital twin is “a copy of the district that argues back',
    ]);
  });
});

describe('a new clause after `, and` with a personal pronoun as its subject', () => {
  it('ends the definiens (`…, and you will …`, `…, and I …`)', () => {
    expect(
      clauses(
        'At Harrowgate, a digital twin is a live copy of a client’s factory that we keep in step with the real one, and you will maintain several of them.',
      ),
    ).toEqual(['a digital twin is a live copy of a client’s factory that we keep in step with the real one']);
  });
});

describe('a copula in the past tense', () => {
  it('defines as the present does (`a smart city was a city …`)', () => {
    expect(clauses('To the engineers of the 1990s, a smart city was a city whose lamps, pumps and signals reported their state to one control room.')).toEqual([
      'a smart city was a city whose lamps, pumps and signals reported their state to one control room',
    ]);
  });

  it('leaves a past-tense history, a coinage or a hypothetical under the threshold', () => {
    expect(clauses('The term digital twin was coined by an aerospace engineer in the early 2000s.')).toEqual([]);
    expect(clauses('The smart city was first a network, then a dashboard, then a platform.')).toEqual([]);
    expect(clauses('If a smart city were simply a city with sensors, every town with a traffic camera would qualify.')).toEqual([]);
  });
});

describe('a speaker who replied that, with a scope set off by commas before the definition', () => {
  it('is the author (convention 1)', () => {
    const found = mine(
      'Cllr Bryn Oduya asked what the term meant. Dr Lena Varga-Holt, the project lead, replied that, for the purposes of the trial, a digital twin was a model of the estate updated hourly from its meters.',
    );
    expect(found.map((c) => [c.clause, c.quoted, c.attribution?.author])).toEqual([
      ['a digital twin was a model of the estate updated hourly from its meters', true, 'Varga-Holt'],
    ]);
  });
});
