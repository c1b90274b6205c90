import { describe, expect, it } from 'vitest';
import { mine } from './cases.js';

// The thirty-seventh extractor: where a quoted definiens ends when a source is set between the verb and the quotation or the
// comma sits inside the closing mark, and where a sentence ends before a lettered part of a document or a thread's next
// post. Every case is written here, none copied from the labelled set; each rule has cases it must change and cases it
// must leave.

describe('a quoted definiens followed by the writers’ own clause', () => {
  it('ends at the closing mark when a source sits between the verb and the quotation (`is, following X,12 “…”, and …`)', () => {
    const [found] = mine(
      'In this survey a smart city is, following Marrow-Tull,12 “a city whose services are judged by what they do for its poorest streets”, and each case is scored against that yardstick.',
    );
    expect(found?.clause).toBe('a smart city is, following Marrow-Tull,12 “a city whose services are judged by what they do for its poorest streets');
  });

  it('ends at straight closing marks with the comma inside them (`as "…," and had …`)', () => {
    const [found] = mine(
      'The Harbour Board defines a smart city as "a city that uses shared data to plan its streets, its water and its housing," and had asked districts for proposals.',
    );
    expect(found?.clause).toBe('a smart city as "a city that uses shared data to plan its streets, its water and its housing');
  });

  it('keeps a relative clause after the mark with the definiens', () => {
    const [found] = mine('The Harbour Board defines a smart city as "a city that shares its data," and which lets residents see it.');
    expect(found?.clause).toBe('a smart city as "a city that shares its data," and which lets residents see it');
  });
});

describe('where a sentence ends', () => {
  it('ends one after a lettered part of a document (`… set in Annex B. Volunteers …`)', () => {
    const [found] = mine(
      'In this protocol, a sustainable city is a city that keeps its water use below the limits set in Annex B. Volunteers read the meters monthly.',
    );
    expect(found?.clause).toBe('a sustainable city is a city that keeps its water use below the limits set in Annex B');
  });

  it('still reads a single capital after a name as an initial (`… by J. Okafor`)', () => {
    const [found] = mine('A smart city is a city that publishes what its sensors record, as argued by J. Okafor in the city report.');
    expect(found?.clause).toContain('J. Okafor');
  });

  it('ends one before a thread’s next post (`… produce it. 3/4 Most …`)', () => {
    const [found] = mine('2/4 My answer: a smart city is one that treats its data as a commons, run by those who produce it. 3/4 Most vendors leave that out.');
    expect(found?.clause).toBe('a smart city is one that treats its data as a commons, run by those who produce it');
  });
});

describe('a lead-in with a note marker run onto its comma (`For Lund and colleagues,10 a city is …`)', () => {
  it('reads the lead-in as introductory, as without the marker', () => {
    const [found] = mine('Others take a systems view. For Lund and colleagues,10 a sustainable city is ‘a city whose services are judged by what they save’.');
    expect(found?.clause).toBe('a sustainable city is ‘a city whose services are judged by what they save');
    expect(found?.score).toBeGreaterThan(0.8);
  });

  it('does not read a year before the comma as a name (`In 2019,10 a …` stays low)', () => {
    const found = mine('In 2019,10 a sustainable city is a city whose services are judged by what they save.');
    expect(found).toHaveLength(0);
  });
});

describe('a copula whose complement gives each group its own genus', () => {
  it('is no definition (`is a plan for councils, a product for vendors and a promise for voters`)', () => {
    expect(mine('A digital twin is a plan for councils, a product for vendors and a promise for voters.')).toHaveLength(0);
  });

  it('leaves a genus with one purpose (`is a platform for councils that …`)', () => {
    const [found] = mine('A digital twin is a platform for councils that mirrors the state of their streets from sensor data.');
    expect(found?.clause).toBe('A digital twin is a platform for councils that mirrors the state of their streets from sensor data');
  });
});

describe('a negated word for the term set against another (`is not a neutral description but a claim …`)', () => {
  it('is no definition: it says what the term does as a word', () => {
    expect(mine('The smart city is not a neutral label, the coalition says, but a claim about who should decide.')).toHaveLength(0);
  });

  it('leaves a negated genus corrected by a genus of the thing (`not a futuristic idea but a city where …`)', () => {
    const [found] = mine('A sustainable city is not a distant vision but a working city where needs are met within what its region renews.');
    expect(found?.clause).toBe('A sustainable city is not a distant vision but a working city where needs are met within what its region renews');
  });
});

describe('a quoted example of a kind of sentence (`A sentence such as “…” was not counted`)', () => {
  it('is no definition', () => {
    expect(mine('A sentence such as “digital twins use sensor data to plan repairs” was left out of the count.')).toHaveLength(0);
  });

  it('leaves a quotation after `defines … as`', () => {
    const [found] = mine('Lund defines a digital twin as “a model of a machine that is kept in step with it by its own data”.');
    expect(found?.clause).toBe('a digital twin as “a model of a machine that is kept in step with it by its own data');
  });
});

describe('`define X as` a bare genus that judges or places it (`as a goal.`)', () => {
  it('is no definition, as after a copula', () => {
    expect(mine('Municipal plans define the sustainable city as a priority.')).toHaveLength(0);
  });

  it('leaves the same head with a differentia (`as a goal that …`)', () => {
    const [found] = mine('Municipal plans define the sustainable city as a goal that a council sets for the next ten years.');
    expect(found?.clause).toBe('the sustainable city as a goal that a council sets for the next ten years');
  });
});

describe('an aside that frames the copula as a critique’s charge (`X, in the same critique, are …`)', () => {
  it('is no definition', () => {
    expect(mine('Digital twins, in this caricature, are dashboards with a bigger budget.')).toHaveLength(0);
  });

  it('leaves an aside naming a document (`, in the same report,`)', () => {
    const [found] = mine('Digital twins, in the same report, are models of assets that are updated from the assets’ own sensors.');
    expect(found?.clause).toBe('Digital twins, in the same report, are models of assets that are updated from the assets’ own sensors');
  });
});

describe('a superscript after a closing quotation mark whose last word names a label elsewhere (`… a generation’19`)', () => {
  const LIST = [
    'References',
    '1. Odawa, K. Cities that keep their own books. Urban Stud. Lett. 3, 1–12 (2018).',
    '2. Brisk-Lannon, T. Counted streets. J. City Data 9, 40–58 (2021).',
    '3. Ferrand, L. Ledger towns. Civic Rev. 5, 1–9 (2019).',
  ].join('\n');

  it('reads the digits as the note’s, not as a number of the word (`generation 3`, `section 2`)', () => {
    const [found] = mine(
      `Planning: ‘A sustainable city is a city that replaces what it takes from its region within one generation’3. Others wait.\n\n${LIST}`,
    );
    expect(found).toMatchObject({ attribution: { author: 'Ferrand', year: 2019, ref: '3' } });
    const [double] = mine(`A smart city is “a city that publishes the data it holds on every street, in every section”2. Others wait.\n\n${LIST}`);
    expect(double).toMatchObject({ attribution: { author: 'Brisk-Lannon', year: 2021, ref: '2' } });
  });

  it('still leaves a label’s number run onto its word (`in Section2`)', () => {
    const [found] = mine(`A smart city is a city that publishes the data it holds, as set out in Section2. Others wait.\n\n${LIST}`);
    expect(found?.attribution?.ref).toBeUndefined();
  });
});

describe('a whole glossary entry after a label’s colon (`Label: Term: meaning`)', () => {
  it('reads the entry, the term with its own colon and its meaning in lower case', () => {
    const [found] = mine('Help text (draft 2): Smart city: a city that uses shared data to decide where its buses, bins and benches go.');
    expect(found?.clause).toBe('Smart city: a city that uses shared data to decide where its buses, bins and benches go');
    const [quoted] = mine('Use the entry in [2]: “digital twin: model of an asset that is kept in step with it by data from its sensors”. Agreed.');
    expect(quoted?.clause).toBe('digital twin: model of an asset that is kept in step with it by data from its sensors');
  });

  it('leaves a label before a term whose colon opens a capitalised heading (`Note: Smart city: Overview`)', () => {
    expect(mine('Note: Smart city: Overview of the programme.')).toHaveLength(0);
  });
});

describe('a domain’s compound before a bare plural opening the sentence (`Smart City Digital Twins (SCDTs) are …`)', () => {
  it('starts the clause at the domain, in any case, as after an article', () => {
    const [found] = mine('Water Network Digital Twins (WNDTs) are models of pipes that are updated from the pipes’ own sensors.');
    expect(found?.clause).toBe('Water Network Digital Twins (WNDTs) are models of pipes that are updated from the pipes’ own sensors');
    expect(found?.score).toBeGreaterThan(0.8);
  });

  it('leaves a gerund and its object (`Understanding smart cities means …`) and a quantifier (`Many digital twins …`)', () => {
    expect(mine('Understanding digital twins means looking at two ideas.')).toHaveLength(0);
    const [many] = mine('Many digital twins are models of cranes that are updated from the cranes’ own sensors.');
    expect(many?.clause ?? '').not.toMatch(/^Many/u);
  });
});

describe('a title-case term without an article whose genus is a piece of software (`Urban Digital Twin is a … web application`)', () => {
  it('is a product’s name, no definition', () => {
    expect(mine('Port Digital Twin is a small open-source Python library for reading crane sensors.')).toHaveLength(0);
  });

  it('leaves the term with its article, and an application of something (`A Digital Twin is an application of …`)', () => {
    const [found] = mine('A Digital Twin is an application of models and live data that keeps a copy of a machine in step with it.');
    expect(found?.clause).toBe('A Digital Twin is an application of models and live data that keeps a copy of a machine in step with it');
    const [app] = mine('A Digital Twin is a software application that keeps a copy of a machine in step with it.');
    expect(app?.clause).toBe('A Digital Twin is a software application that keeps a copy of a machine in step with it');
  });
});

describe('a copula that places the term in a lineage (`is the evolution of …`)', () => {
  it('is no definition', () => {
    expect(mine('The digital twin is the natural evolution of building information modelling.')).toHaveLength(0);
  });
});

describe('superscripts the thirty-sixth extractor left unread', () => {
  const LIST = [
    'References',
    '1. Odawa, K. Cities that keep their own books. Urban Stud. Lett. 3, 1–12 (2018).',
    '2. Brisk-Lannon, T. Counted streets. J. City Data 9, 40–58 (2021).',
    '3. Varnholt Standards Agency. City data vocabulary (VSA, 2016).',
    '4. Ferrand, L. Ledger towns. Civic Rev. 5, 1–9 (2019).',
  ].join('\n');

  it('reads an acronym’s digits as its note when a reporting verb follows (`The VSA3 defines …`)', () => {
    const [found] = mine(`The VSA3 defines a smart city as a city that publishes the data its sensors record.\n\n${LIST}`);
    expect(found).toMatchObject({ attribution: { author: 'Varnholt Standards Agency', year: 2016, ref: '3' } });
  });

  it('still leaves an acronym’s digits without a reporting verb (`SDG11 indicators`)', () => {
    const [found] = mine(`A smart city is a city that reports its VSA3 indicators every year.\n\n${LIST}`);
    expect(found?.attribution?.ref).toBeUndefined();
  });

  it('reads the term in quotation marks with a superscript run onto the closing mark (`“smart city”2 refers to …`)', () => {
    const [found] = mine(`In planning, “smart city”2 refers to a city that publishes the data its sensors record.\n\n${LIST}`);
    expect(found).toMatchObject({ clause: '“smart city”2 refers to a city that publishes the data its sensors record', attribution: { ref: '2' } });
  });

  it('gives the reporter the superscript on the lead-in’s comma before the name (`In a widely cited paper,1 Odawa defines …`)', () => {
    const [found] = mine(`In a widely cited paper,1 Odawa defines a smart city as a city that keeps its own books in public.\n\n${LIST}`);
    expect(found).toMatchObject({ attribution: { author: 'Odawa', year: 2018, ref: '1' } });
  });
});

describe('a relative clause that gives a source’s definition (`X, which the report defines as “…”, hold …`)', () => {
  it('reads the term and the relative, the clause ending with the quotation or the relative’s comma', () => {
    const [quoted] = mine('That is why digital twins, which the audit defines as “a model of an asset kept in step with it by data,” save councils money.');
    expect(quoted?.clause).toBe('digital twins, which the audit defines as “a model of an asset kept in step with it by data');
    const [plain] = mine('Smart cities, which the charter defines as cities that publish the data their sensors record, are spreading.');
    expect(plain?.clause).toBe('Smart cities, which the charter defines as cities that publish the data their sensors record');
  });

  it('leaves a relative that gives no genus (`which the charter defines as important`)', () => {
    expect(mine('Smart cities, which the charter defines as important, are spreading.')).toHaveLength(0);
  });
});
