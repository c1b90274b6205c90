import { describe, expect, it } from 'vitest';
import { clauses, mine } from './cases.js';

// The forty-fourth extractor, part b: definitions missed and non-definitions let through. Every text is written here,
// none copied from the labelled set; each rule has cases it must change and cases it must leave.

describe('a speaker’s say-so with its `that` left out (I’d say, told me, let’s say, to me)', () => {
  it('finds the definition after a first person’s conditional, a telling to someone, `let’s say` and `to me`', () => {
    expect(clauses('After thirty years on the buses, I’d say a smart city is a city where the timetable is true to the minute.')).toEqual([
      'a smart city is a city where the timetable is true to the minute',
    ]);
    expect(clauses('My first manager told me a digital twin was a model that nobody was allowed to switch off.')).toEqual([
      'a digital twin was a model that nobody was allowed to switch off',
    ]);
    expect(clauses('For this grant, let’s say a sustainable city is a city whose parks are within a short walk of every home.')).toEqual([
      'a sustainable city is a city whose parks are within a short walk of every home',
    ]);
    expect(clauses('To me a smart city is a city that tells its residents what it knows about them.')).toEqual([
      'a smart city is a city that tells its residents what it knows about them',
    ]);
  });

  it('leaves a denial of the telling', () => {
    expect(clauses('Nobody ever told me a smart city was a city with sensors on every lamp post.')).toEqual([]);
    expect(clauses('I wouldn’t say a smart city is a city with sensors on every lamp post.')).toEqual([]);
  });
});

describe('`what we mean by` opening a quotation or following a colon inside the sentence', () => {
  it('reads it as the naming lead-in it is at the sentence start', () => {
    expect(clauses('The mayor said: “What we mean by a smart city is a town where every clinic can see the same record.”')).toEqual([
      'a smart city is a town where every clinic can see the same record',
    ]);
  });

  it('leaves a question the sentence asks about the term', () => {
    expect(clauses('The mayor asked why a smart city is a town where every clinic can see the same record.')).toEqual([]);
  });
});

describe('a quoted definiens closed before the writer’s reason or manner (`”, because …`, `”, without noting …`)', () => {
  it('ends the clause at the closing mark', () => {
    expect(
      clauses('Lindqvar (2020) defines the smart city as “a city whose budget follows its sensors”, because no other definition puts money first.'),
    ).toEqual(['the smart city as “a city whose budget follows its sensors']);
    expect(clauses('The brochure says a digital twin is “a copy of the port that updates itself”, without noting who pays for the updates.')).toEqual([
      'a digital twin is “a copy of the port that updates itself',
    ]);
  });

  it('keeps a quotation that runs on past a comma inside it', () => {
    expect(clauses('Lindqvar (2020) defines the smart city as “a city whose budget follows its sensors, because money comes first”.')).toEqual([
      'the smart city as “a city whose budget follows its sensors, because money comes first',
    ]);
  });
});

describe('a LaTeX citation command after the definiens', () => {
  it('leaves the command and the closing marks before it out of the clause', () => {
    expect(
      clauses("Ortlund~\\cite{ortlund2018} define a smart city as ``a city whose services share one register of assets''~\\citep[p.~9]{ortlund2018}."),
    ).toEqual(['a smart city as ``a city whose services share one register of assets']);
  });
});

describe('a transcript’s stage direction after the full stop', () => {
  it('is no part of the definiens', () => {
    expect(clauses('GUEST: So I’d say a smart city is a city where the engineers answer the phone. (laughter)')).toEqual([
      'a smart city is a city where the engineers answer the phone',
    ]);
  });

  it('keeps a parenthesis inside the sentence', () => {
    expect(clauses('A smart city is a city whose lamps (and bins) report their faults.')).toEqual([
      'A smart city is a city whose lamps (and bins) report their faults',
    ]);
  });
});

describe('a numbered clause whose defined term is in straight single quotes opens a sentence of its own', () => {
  it('ends the definition before the next numbered clause', () => {
    expect(
      clauses(
        "1. Definitions\n1.1 In this Charter, a smart city is a city that publishes what its sensors record.\n1.2 'Sensor' means a device owned by the Council.",
      ),
    ).toEqual(['a smart city is a city that publishes what its sensors record']);
  });
});

describe('a tab-separated table under a header that names the definition', () => {
  it('reads each row’s term and meaning, the meaning opening without an article', () => {
    expect(clauses('Terms\nTerm\tDefinition\nDigital twin\tLive model of a building kept current from its meters\nMeter\tA device that counts')).toEqual([
      'Digital twin Live model of a building kept current from its meters',
    ]);
  });

  it('leaves a third column that is not a source out of the row', () => {
    expect(
      clauses(
        'Term\tMeaning in this plan\tPriority?\nSmart city\tA city that shares one data platform across its services\tHigh\nFleet\tAll council vehicles\tLow',
      ),
    ).toEqual(['Smart city A city that shares one data platform across its services']);
  });

  it('leaves a tab-separated line with no definition column as it was', () => {
    expect(clauses('Name\tCity\nSmart city\tOslo')).toEqual([]);
  });
});

describe('a quotation after a verb reporting its removal (convention 13(c))', () => {
  it('is not a definition', () => {
    expect(clauses('Response: We have deleted the sentence “A smart city is a city that uses data to improve life.” It said nothing.')).toEqual([]);
    expect(clauses('The committee struck out the definition “A digital twin is a model that is always up to date.”')).toEqual([]);
  });

  it('leaves a quotation the response now reads', () => {
    expect(clauses('Response: The revised text now reads: “A smart city is a city that tests its decisions before taking them.”')).toEqual([
      'A smart city is a city that tests its decisions before taking them',
    ]);
  });
});

describe('a verb of regarding before an evaluative head and a short `of` phrase (frame … as a question of rights)', () => {
  it('is a framing, not a definition', () => {
    expect(clauses('Several unions frame the smart city as a matter of wages.')).toEqual([]);
  });

  it('leaves a genus with a differentia', () => {
    expect(clauses('Several unions frame the smart city as a city whose wages are set by algorithms.')).toEqual([
      'the smart city as a city whose wages are set by algorithms',
    ]);
  });
});

describe('the writer’s own disclaimer (`…, but that describes its history, not what it refers to`)', () => {
  it('dismisses what the sentence said', () => {
    expect(clauses('A digital twin can be seen as an heir of the flight simulator, but that tells us its origin, not what it means.')).toEqual([]);
  });

  it('leaves a `but` that adds to the definiens', () => {
    expect(clauses('A digital twin can be seen as a model that is kept current from its sensors, but that also sends commands back.')).toEqual([
      'A digital twin can be seen as a model that is kept current from its sensors, but that also sends commands back',
    ]);
  });
});

describe('a verb of depicting (shown as, drawn as)', () => {
  it('says how a figure pictures the term, not what it is', () => {
    expect(clauses('Figure 2: a smart city is drawn as a ring of sensors feeding one control room at its centre.')).toEqual([]);
  });

  it('leaves a verb of defining', () => {
    expect(clauses('A smart city is described as a city that feeds its sensors into one control room.')).toEqual([
      'A smart city is described as a city that feeds its sensors into one control room',
    ]);
  });
});

describe('a speaker’s self-correction in the same breath', () => {
  it('withdraws the wording before it', () => {
    expect(clauses('GUEST: I’d say a smart city is a city with sensors — no, that’s not right, every city has sensors now.')).toEqual([]);
    expect(clauses('GUEST: A digital twin is a model of a building, sorry, I mean a model of a whole district.')).toEqual([]);
  });

  it('leaves a dash that goes on with the definiens', () => {
    expect(clauses('A digital twin is a model of a building — not a drawing — that is kept current from its meters.')).toEqual([
      'A digital twin is a model of a building — not a drawing — that is kept current from its meters',
    ]);
  });
});

describe('a bare reporting verb whose own clause has a third-person subject', () => {
  it('reads the person from the verb’s clause, not from the sentence’s first word', () => {
    expect(clauses('I remember it well, my aunt said a smart city is a city where the buses wait for you.')).toEqual([
      'a smart city is a city where the buses wait for you',
    ]);
  });

  it('leaves the first person’s own saying as before', () => {
    expect(clauses('We said a smart city is a city where the buses wait for you.', 0.5)).toEqual([]);
  });
});

describe('an example of a definition after `e.g.` opening a quotation', () => {
  it('reads the quotation as one opened by a lead-in', () => {
    expect(clauses('Full marks need a credited definition, e.g. “a smart city is a city that can show its residents the data it holds on them”.')).toEqual([
      'a smart city is a city that can show its residents the data it holds on them',
    ]);
  });
});

describe('markup before the article (an HTML or JSX block’s opening tag)', () => {
  it('starts the clause at the article and reads the block as the sentence’s start', () => {
    expect(
      clauses("<h2 class='title'>Cities and data</h2>\n<p class='lead'>A smart city is a city that shares its data with the people who produce it."),
    ).toEqual(['A smart city is a city that shares its data with the people who produce it']);
  });

  it('leaves an inline tag inside a sentence that is not the subject’s', () => {
    expect(mine('Funding goes where <b>a smart city</b> is a city that sells its data.').map((c) => c.explanation.position.name)).not.toContain(
      'sentence start (after a block’s opening tag)',
    );
  });
});

describe('a noun in -ing before the head of a bare genus (a marketing category, a planning tool)', () => {
  it('is read as a modifier, so two bare genera set against each other still say too little', () => {
    expect(clauses('Ferrand (2021) treats the digital twin as a planning tool rather than a kind of model.')).toEqual([]);
  });

  it('leaves a participle that restricts the genus', () => {
    expect(clauses('Ferrand (2021) treats the digital twin as a model using live data from the network.')).toEqual([
      'the digital twin as a model using live data from the network',
    ]);
  });
});

describe('a passive verb of regarding before a head that places the term (seen as a newcomer to …)', () => {
  it('places it among other things, as after a copula', () => {
    expect(clauses('The sustainable city can be seen as a latecomer to the planning vocabulary of the region.')).toEqual([]);
  });

  it('leaves a genus with a differentia', () => {
    expect(clauses('The sustainable city can be seen as a city that lives within the water its region can renew.')).toEqual([
      'The sustainable city can be seen as a city that lives within the water its region can renew',
    ]);
  });
});

describe('a quoted example of a kind of sentence whose noun has a relative before `such as`', () => {
  it('is an illustration of a form, not a definition', () => {
    expect(clauses('A sentence that only lists what digital twins do, such as “digital twins use sensors to predict faults”, was set aside.')).toEqual([]);
  });
});
