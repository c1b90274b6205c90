import { describe, expect, it } from 'vitest';
import { clauses, mine } from './cases.js';

// The forty-first extractor, part b: definitions the rules missed and false alarms they raised. Every text is written
// here, none copied from the labelled set; each rule has cases it must change and cases it must leave.

describe('the term’s modifier said of its head with a naming verb, or of a part of the head (`a city can be termed smart when …`)', () => {
  it('reads `can be termed smart when` and `A district of a city is smart when` as the `a city is smart when` form', () => {
    expect(clauses('A city can be termed smart when its buses, bins and lamps report to one register that residents may read.')).toEqual([
      'A city can be termed smart when its buses, bins and lamps report to one register that residents may read',
    ]);
    expect(clauses('*A district of a city is smart when its meters and its buses publish what they measure.*')).toEqual([
      'A district of a city is smart when its meters and its buses publish what they measure',
    ]);
  });

  it('leaves a city called smart by someone without a condition', () => {
    expect(clauses('The city can be termed smart by its own press office, and often is.')).toEqual([]);
  });
});

describe('a group’s belief reported without `that` (`Bureaucrats think a smart city is …`)', () => {
  it('reads a plural group and `think`/`believe` as a lead-in, the definition unquoted', () => {
    const [found, ...rest] = mine('Engineers think a smart city is one with sensors on every bridge and a register of their readings.');
    expect(rest).toEqual([]);
    expect(found?.clause).toBe('a smart city is one with sensors on every bridge and a register of their readings');
    expect(found?.quoted).toBe(false);
  });

  it('leaves a singular subject and the predicate’s own judgement', () => {
    expect(clauses('This thinks a smart city is a city that shares data from its sensors.')).toEqual([]);
    expect(clauses('Engineers think a smart city is expensive.')).toEqual([]);
  });
});

describe('`is that city that …`: a demonstrative before a noun and its restrictive relative', () => {
  it('reads it as the article', () => {
    expect(clauses('In short, a smart city is that city which lets its residents see every reading its sensors take.')).toEqual([
      'a smart city is that city which lets its residents see every reading its sensors take',
    ]);
  });

  it('leaves `is that` opening a content clause', () => {
    expect(clauses('The trouble with a smart city is that it records more than it shares.')).toEqual([]);
  });
});

describe('a concept named by what it answers (`a concept created in response to …`)', () => {
  it('reads `a concept created in response to` and `a paradigm developed to address` as a genus with a differentia', () => {
    expect(clauses('The sustainable city is a concept created in response to the floods and heat that the coastal towns now face.')).toEqual([
      'The sustainable city is a concept created in response to the floods and heat that the coastal towns now face',
    ]);
    expect(clauses('A digital twin is a paradigm developed to address the cost of inspecting bridges by hand.')).toHaveLength(1);
  });

  it('leaves a concept’s coinage, which is history', () => {
    expect(clauses('A smart city is a concept coined by an engineering firm in 2008.')).toEqual([]);
  });
});

describe('false alarms: a free relative, a metaphor of support, a possibility conceded', () => {
  it('leaves `are whatever … decide they are` (convention 12(c))', () => {
    expect(clauses('Smart cities are whatever the vendors at this year’s fair say they are.')).toEqual([]);
  });

  it('leaves `the cornerstone of …`, `a catalyst for …` after a copula or `recognized as`', () => {
    expect(clauses('A digital twin is the cornerstone of the council’s asset strategy.')).toEqual([]);
    expect(clauses('Smart cities are widely recognized as a catalyst for regional investment.')).toEqual([]);
  });

  it('leaves `may be a smart city, but it need not be`, and keeps a modal definition without the concession', () => {
    expect(clauses('A sustainable city may be a smart city, but it need not be.')).toEqual([]);
    expect(clauses('A digital twin can be a model of a pumping station that its own meters keep current.')).toEqual([
      'A digital twin can be a model of a pumping station that its own meters keep current',
    ]);
  });
});

describe('where a clause ends: a negative contraction after `;`, a printed JSON record', () => {
  it('ends at a `;` whose clause has its verb in a negative contraction', () => {
    const text = 'The brief defines a digital twin as a model of a street that updates from live data; our entry updates but can’t forecast.';
    expect(clauses(text)).toEqual(['a digital twin as a model of a street that updates from live data']);
  });

  it('ends a JSON string value at its closing quote when the next field’s key follows', () => {
    const text = [
      '[',
      '  {',
      '    "id": "K07",',
      '    "source": "Harbury Council, Digital Plan",',
      '    "definition": "A smart city is a city that publishes its sensor data so that',
      '      residents can check its services.",',
      '    "status": "kept"',
      '  },',
      '  {',
      '    "id": "K08",',
      '    "source": "Lund and Okafor, Proc. Urban Data Workshop, pp. 3-9",',
      '    "definition": "A digital twin is a model of a district that its own meters',
      '      keep up to date and that logs who edited it.",',
      '    "status": "kept"',
      '  },',
      '  {',
      '    "id": "K09",',
      '    "source": "list_v2.csv, row 9",',
      '    "definition": null,',
      '    "status": "dropped: the term is in a heading only"',
      '  }',
      ']',
      'Councils wrote most of the kept records (41 of them).',
    ].join('\n');
    expect(clauses(text)).toEqual([
      'A smart city is a city that publishes its sensor data so that residents can check its services',
      'A digital twin is a model of a district that its own meters keep up to date and that logs who edited it',
    ]);
  });
});

describe('entries that glossaries, READMEs and contracts print', () => {
  it('reads a glossary entry that restricts the term to a domain (`Digital twin of a … — …`, convention 10)', () => {
    expect(clauses('Digital twin of a sewer network — a hydraulic model of the pipes that its flow gauges correct every hour.')).toEqual([
      'Digital twin of a sewer network — a hydraulic model of the pipes that its flow gauges correct every hour',
    ]);
  });

  it('leaves a domain twin named in a title, its words after the colon not a meaning', () => {
    expect(clauses('Digital twin of the harbour: Pilot Report')).toEqual([]);
  });

  it('ends a Markdown heading’s unit at its line, so the entry under it is read alone', () => {
    const text = ['## Glossary notes', 'Smart city: a town whose lamps, bins and buses report to one register that residents can read.'].join('\n');
    expect(clauses(text)).toEqual(['Smart city: a town whose lamps, bins and buses report to one register that residents can read']);
  });

  it('reads a contract’s numbered clause before its lead-in (`14.2 In this Lease “…” means`)', () => {
    const text = '7.3 In this Agreement “Smart City” means the districts of the Borough whose lamps and meters report to the Council’s register.';
    expect(clauses(text)).toEqual(['“Smart City” means the districts of the Borough whose lamps and meters report to the Council’s register']);
  });
});

describe('a named source’s definition quoted after its possessive (`the X Council’s definition of a smart city is “…”`)', () => {
  it('starts the clause at the possessive noun phrase', () => {
    const text = 'As a reminder, the Harbury Data Council’s definition of a smart city is “a city that publishes every reading its sensors take.”';
    expect(clauses(text)).toEqual(['the Harbury Data Council’s definition of a smart city is “a city that publishes every reading its sensors take']);
  });

  it('leaves the definition spoken of, unquoted', () => {
    expect(clauses('Harbury Trust’s definition of the sustainable city is the only charity definition that mentions soil.')).toEqual([]);
  });
});
