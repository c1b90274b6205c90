import { describe, expect, it } from 'vitest';
import { clauses, mine } from './cases.js';
import { MAX_NAMINGS } from '../../src/mine/clauses.js';
import { mineDefinitions } from '../../src/mine/index.js';

// The fourteenth extractor: mechanisms found by studying test10.jsonl, review-paper-14 and review-paper-15
// (released after two blind runs). Every case is written here, none copied from the labelled set; each rule has
// cases it must change and cases it must leave.

describe('two objects of one reporting verb, each with its own `as`', () => {
  it('splits `define X as A, and Y as B` into two definitions, each with the verb’s subject', () => {
    const own = mine(
      'For this report we define a sustainable city as a town that lives within the water and land of its region, and a digital twin as a model of it that is refreshed from meters every night.',
    );
    expect(own.map((c) => [c.clause, c.term, c.pattern, c.quoted])).toEqual([
      ['a sustainable city as a town that lives within the water and land of its region', 'sustainable city', 'we-define', false],
      ['a digital twin as a model of it that is refreshed from meters every night', 'digital twin', 'we-define', false],
    ]);
    const cited = mine(
      'Obuya (2017) characterises smart cities as cities that buy their software in the open, and the urban digital twin as the shared map on which those purchases are planned.',
    );
    expect(cited.map((c) => [c.term, c.attribution?.author, c.attribution?.year])).toEqual([
      ['smart city', 'Obuya', 2017],
      ['digital twin', 'Obuya', 2017],
    ]);
  });

  it('leaves a second `as` that belongs to the first definiens, and a term after `and` with no `as` of its own', () => {
    expect(clauses('We define a smart city as a city that treats its residents as partners, and its data as a commons.')).toEqual([
      'a smart city as a city that treats its residents as partners, and its data as a commons',
    ]);
    expect(mine('We define a smart city as a city that runs its buses on shared data, and digital twins are left for later work.').map((c) => c.term)).toEqual([
      'smart city',
    ]);
  });
});

describe('an insertion naming whose wording it is, with a citation marker in it', () => {
  it('reads the quotation after `are, in X’s [n] formulation,` as the definiens', () => {
    for (const sentence of [
      'Sustainable cities are, in Haldane’s [14] formulation, “towns whose water, energy and food come from within a day’s travel”.',
      'A digital twin is, in Moreau’s (2020, p. 9) words, “a model of a place that is kept in step with the place itself”.',
    ]) {
      const found = mine(sentence);
      expect(found, sentence).toHaveLength(1);
      expect(found[0]!.quoted).toBe(true);
    }
  });

  it('still rejects an adjective after the insertion', () => {
    expect(clauses('Smart cities are, in Haldane’s [14] view, “expensive and fragile”.')).toEqual([]);
  });
});

describe('an undated source relayed by a dated one', () => {
  it('gives the first, undated name as the source and no year, in a narrative or a parenthetical citation', () => {
    const narrative = mine('Okoro (n.d., as quoted in Lindahl, 2022) defines a smart city as “a city that lets its residents see the data it keeps on them”.');
    expect(narrative.map((c) => [c.attribution?.author, c.attribution?.year ?? null])).toEqual([['Okoro', null]]);
    const parenthetical = mine('A sustainable city is “a town that lives within the means of its river basin” (Okoro, n.d., as cited in Lindahl, 2022).');
    expect(parenthetical.map((c) => [c.attribution?.author, c.attribution?.year ?? null])).toEqual([['Okoro', null]]);
  });

  it('keeps the first year when the cited work is dated', () => {
    const dated = mine('A sustainable city is “a town that lives within the means of its river basin” (Okoro, 2011, as cited in Lindahl, 2022).');
    expect(dated.map((c) => [c.attribution?.author, c.attribution?.year])).toEqual([['Okoro', 2011]]);
  });
});

describe('a website named alone on the line above', () => {
  it('makes the definition under it that site’s, with or without a date before the name', () => {
    for (const page of [
      '(May 4 09:30) Wired.com\nA smart city is a city that runs its services on data from sensors in its streets.',
      'citylab.org\nA smart city is a city that runs its services on data from sensors in its streets.',
    ]) {
      const found = mine(page);
      expect(
        found.map((c) => [c.quoted, c.attribution?.author]),
        page,
      ).toEqual([[true, page.includes('Wired') ? 'Wired.com' : 'citylab.org']]);
    }
  });

  it('leaves a heading, a line that only mentions a site, and a site named in running text', () => {
    for (const page of [
      'Home\nA smart city is a city that runs its services on data from sensors in its streets.',
      'Posted on citylab.org\nA smart city is a city that runs its services on data from sensors in its streets.',
      'We first read about it on citylab.org. A smart city is a city that runs its services on data from sensors in its streets.',
    ])
      expect(
        mine(page).map((c) => c.quoted),
        page,
      ).toEqual([false]);
  });
});

describe('a passive `seen as`, `understood as` with a bare genus says too little', () => {
  it('rejects an article and nouns with nothing that restricts them', () => {
    for (const sentence of [
      'Digital twins can be understood as a broad umbrella notion.',
      'Sustainable cities are often regarded as a broad research field.',
      'The smart city may be viewed as a “policy fashion”.',
    ])
      expect(clauses(sentence), sentence).toEqual([]);
  });

  it('keeps a genus with a relative, a preposition or a participle after it', () => {
    for (const sentence of [
      'Digital twins can be understood as models that are kept in step with the assets they copy.',
      'Sustainable cities are often regarded as towns with a small footprint per resident.',
      'The smart city may be viewed as a city governed through the data its sensors gather.',
    ])
      expect(clauses(sentence), sentence).toHaveLength(1);
  });
});

describe('a predicate saying that the term has no definition', () => {
  it('rejects `cannot be pinned down`, `defies definition`, `no agreed definition` inside the predicate', () => {
    for (const sentence of [
      'Driven by many forces, the concept of smart city covers a varied practice that cannot be captured in one definition.',
      'A digital twin is a moving target that defies any tidy definition.',
      'The sustainable city is an ideal for which there is still no agreed definition among planners.',
    ])
      expect(clauses(sentence), sentence).toEqual([]);
  });

  it('keeps a definition next to a remark on other definitions outside it, and `defined` used positively', () => {
    expect(clauses('Although no single definition exists, a smart city is a city that runs its services on shared data.')).toHaveLength(1);
    expect(clauses('A digital twin is a model whose state is defined by readings from the asset it copies.')).toHaveLength(1);
  });
});

describe('what the term stands in for, a hypothetical view, a contested claim', () => {
  it('rejects `an alternative to …`, `the answer to …` as a role, not a kind', () => {
    for (const sentence of [
      'More and more, the smart city is put forward as an alternative to widen roads and build car parks.',
      'A sustainable city is the obvious answer to sprawl and congestion in the region.',
      'Digital twins are seen as a cheap substitute for field surveys.',
    ])
      expect(clauses(sentence), sentence).toEqual([]);
    // (a genus with a differentia of its own before any such head is untouched)
    expect(clauses('A sustainable city is a city that offers an alternative to commuting by car.')).toHaveLength(1);
    expect(clauses('A smart city is a city that answers to the data its residents share.')).toHaveLength(1);
  });

  it('lowers a definition given as what one might argue, or as the content of a claim or a myth', () => {
    for (const sentence of [
      'Since every plan already mentions data, one could argue that a sustainable city is simply a smart city that saves energy.',
      'It might be said that a digital twin is a model that is updated from sensors, but the word is used more loosely.',
      'Critics repeat the myth that smart cities are cities that sell their residents’ data to advertisers.',
      'Complaints that only list harms, like the claim that smart cities are designed to watch residents, are not definitions.',
    ])
      expect(clauses(sentence), sentence).toEqual([]);
  });

  it('keeps a definition after a named reporter, after `the idea that`, and after `we argue that`', () => {
    expect(clauses('Hollis (2019) argues that a smart city is a city that shares the data it collects with its residents.')).toHaveLength(1);
    expect(clauses('We argue that a smart city is a city that shares the data it collects with its residents.')).toHaveLength(1);
    expect(clauses('The report rests on the idea that a digital twin is a model of a place kept in step with it by sensor data.')).toHaveLength(1);
  });
});

describe('a full stop before a lower-case word', () => {
  it('ends the sentence where it is printed, after a plain word (a stray full stop, two texts spliced)', () => {
    const strayStop = 'A sustainable city is a city that keeps its water, air and soil clean for the people who live there. and for their children too.';
    expect(clauses(strayStop)).toEqual(['A sustainable city is a city that keeps its water, air and soil clean for the people who live there']);
    const spliced =
      'A digital twin is a virtual copy of a bridge that is updated from its strain gauges for maintenance planning. give engineers a view of it.';
    expect(clauses(spliced)).toEqual(['A digital twin is a virtual copy of a bridge that is updated from its strain gauges for maintenance planning']);
  });

  it('does not end it after an abbreviation, an initial or a number', () => {
    for (const sentence of [
      'A smart city is a city that follows the plan in sec. and in the annex of the charter.',
      'A smart city is a city whose services follow the data standards of the U.S. and of the EU.',
      'A digital twin is a model that is updated from version 2. and later of the sensor feed.',
      'A smart city is a city whose services are run by the dept. of transport and its partners.',
    ])
      expect(clauses(sentence), sentence).toEqual([sentence.slice(0, -1)]);
  });
});

describe('`is more than X — it is Y` in one sentence', () => {
  it('reads the genus the comparison gives way to, after a dash, a colon or a comma', () => {
    for (const sentence of [
      'A digital twin of a port is more than a drawing of its quays — it is a model that moves as the ships and cranes move.',
      'A smart city is more than a set of sensors: it is a city that acts on what its residents report.',
      'Sustainable cities are far more than green cities, they are cities that live within the resources of their region.',
    ]) {
      const found = mine(sentence);
      expect(
        found.map((c) => c.pattern),
        sentence,
      ).toEqual(['more-than-x-it-is-y']);
      expect(found[0]!.clause.endsWith('.'), sentence).toBe(false);
    }
  });

  it('leaves a bare genus after it, the genus in the next sentence, and a comparison alone', () => {
    for (const sentence of [
      'A smart city is more than technology — it is a mindset.',
      'A smart city is more than a set of sensors. It is a city that acts on what its residents report.',
      'A sustainable city is more than a green city.',
      'A digital twin is more than a map, and it is more expensive too.',
    ])
      expect(clauses(sentence), sentence).toEqual([]);
  });
});

describe('the term last after `is defined as`', () => {
  it('takes the whole sentence when a described kind is defined as the term', () => {
    const found = mine('Any town or district that runs its lighting, buses and bins from one shared stream of sensor data is defined as a smart city.');
    expect(found.map((c) => [c.pattern, c.term])).toEqual([['term-last', 'smart city']]);
    expect(found[0]!.clause).toBe(
      'Any town or district that runs its lighting, buses and bins from one shared stream of sensor data is defined as a smart city',
    );
  });

  it('leaves a named place, and a term defined as something else', () => {
    expect(clauses('Kelby is defined as a smart city.')).toEqual([]);
    expect(mine('A sustainable city is defined as a city that lives within its means.').map((c) => c.pattern)).toEqual(['defined-as']);
  });
});

describe('a glossary meaning without its article under a title line', () => {
  it('reads a capitalised noun phrase that a subject relative restricts as the meaning', () => {
    const found = mine(
      'Urban digital twin\n\nDynamic model of a district, its networks and its buildings that mirrors their state from sensor feeds in near real time.',
    );
    expect(found.map((c) => [c.pattern, c.term, c.clause])).toEqual([
      [
        'glossary',
        'digital twin',
        'Urban digital twin Dynamic model of a district, its networks and its buildings that mirrors their state from sensor feeds in near real time',
      ],
    ]);
  });

  it('leaves a list of things, a heading over a sentence, and a line that repeats the term', () => {
    for (const page of [
      'Smart city\n\nProjects that we have funded since the council adopted its first plan.',
      'Smart city\n\nOverview of the programme and its partners for the coming year.',
      'Digital twin\n\nOur team built a model of the harbour that mirrors its cranes in real time.',
    ])
      expect(clauses(page), page).toEqual([]);
  });
});

describe('an apposition after a dash whose genus has premodifiers set off by commas', () => {
  it('reads `the term — a quick, cheap model of …` as a definition, with or without a space after the dash', () => {
    for (const sentence of [
      'Then came the urban digital twin —a detailed, living model of the streets and pipes of a city.',
      'Councils have started to buy the digital twin — a shared, updated model of their roads and buildings.',
    ])
      expect(
        mine(sentence).map((c) => c.pattern),
        sentence,
      ).toEqual(['apposition']);
  });

  it('leaves an apposition with no complement after its head', () => {
    expect(clauses('Councils have started to buy the digital twin — a shiny, expensive toy.')).toEqual([]);
  });
});

describe('a group’s view in a relative clause (`…, for whom the term is …`)', () => {
  it('reads it as the relative form of the `For <group>, …` lead-in', () => {
    const found = mine(
      'The plan was drafted with cyclists, for whom the smart city is understood as a city that keeps its bike lanes clear with data from sensors.',
    );
    expect(found.map((c) => [c.clause, c.quoted])).toEqual([
      ['the smart city is understood as a city that keeps its bike lanes clear with data from sensors', false],
    ]);
  });

  it('still rejects what such a clause says that is not a kind', () => {
    for (const sentence of [
      'It was written for residents, to whom the smart city is a distant promise.',
      'It was written for residents, for whom the smart city is expensive.',
    ])
      expect(clauses(sentence), sentence).toEqual([]);
  });
});

describe('a Markdown table (rows open and close with a pipe)', () => {
  it('reads a row as a glossary entry, with the source cell before the term as its source', () => {
    const cited = mine(
      '| Source | Term | Definition |\n| Varga (2015) | Digital twin | A model of a bridge that is refreshed from its strain gauges every hour |',
    );
    expect(cited.map((c) => [c.term, c.clause, c.attribution?.author, c.attribution?.year])).toEqual([
      // (the definition cell alone after a source cell and a term cell: fifteenth extractor, the README's clause convention)
      ['digital twin', 'A model of a bridge that is refreshed from its strain gauges every hour', 'Varga', 2015],
    ]);
    const own = mine(
      '| Term | Meaning |\n|---|---|\n| Sustainable city | A city that keeps its use of water and land within what its region renews |\n| Green roof | A roof that is covered with plants |',
    );
    expect(own.map((c) => [c.term, c.quoted])).toEqual([['sustainable city', false]]);
  });

  it('leaves a row whose meaning is a title', () => {
    expect(clauses('| Term | Section |\n| Smart city | Smart City Strategy And Its Partners |')).toEqual([]);
  });
});

describe('a sentence naming the term again and again', () => {
  it('reads its first MAX_NAMINGS namings, each defined, and leaves the rest', () => {
    const sentence = `We define smart cities as cities that share data${', and we define smart cities as cities that share power'.repeat(MAX_NAMINGS + 10)}.`;
    const found = clauses(sentence);
    expect(found).toHaveLength(MAX_NAMINGS);
    expect(found[0]).toMatch(/^smart cities as cities that share data/u);
  });

  it('tells the page of each sentence left partly unread, and of no other', () => {
    const long = (what: string) =>
      `We define smart cities as cities that share data${`, and we define smart cities as cities that share ${what}`.repeat(MAX_NAMINGS + 1)}.`;
    const short = `We define smart cities as cities that share data${', and we define smart cities as cities that share power'.repeat(MAX_NAMINGS - 1)}.`;
    const pages: number[] = [];
    // (each long sentence its own: a line printed the same on several pages is read as a running header)
    mineDefinitions([short, `A first sentence.\n\n${long('power')}`, 'A smart city is a city that shares data.', long('water')], {
      onUnread: (page) => pages.push(page),
    });
    expect(pages).toEqual([2, 4]);
  });
});
