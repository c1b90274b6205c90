import { describe, expect, it } from 'vitest';
import { clauses, mine } from './cases.js';

// The seventeenth extractor: general rules for the error classes of the fifteenth blind round (test15.jsonl,
// review-paper-23 and review-paper-24; bench/RESULTS.md, "Seventeenth extractor"). Every case is written here, none
// copied from the labelled set; each rule has cases it must change and distractors it must leave.

describe('more frames for a functional predicate', () => {
  it('a plainly-worded restating lead-in (put plainly, plainly put, stated simply)', () => {
    expect(clauses('Put plainly, a smart city answers the phone when the lift at the station breaks.')).toEqual([
      'a smart city answers the phone when the lift at the station breaks',
    ]);
    expect(clauses('Stated simply, digital twins test the week’s floods on a copy of the drains.')).toEqual([
      'digital twins test the week’s floods on a copy of the drains',
    ]);
  });

  it('an interview’s question and answer labels (Q: … A: …)', () => {
    expect(clauses('Q: And what is a sustainable city, for your office? A: A sustainable city repairs more than it replaces.')).toEqual([
      'A sustainable city repairs more than it replaces',
    ]);
    // (an answer about another term, or a question about another term, is not framed)
    expect(clauses('Q: What is a heat pump? A: A smart city buys them in bulk for its schools.')).toEqual([]);
    expect(clauses('A: A smart city buys heat pumps in bulk for its schools.')).toEqual([]);
  });

  it('a follow-up saying that is what the word means', () => {
    expect(clauses('A smart city counts what it spends and shows residents the sums. That, in brief, is what the term means in our charter.')).toEqual([
      'A smart city counts what it spends and shows residents the sums',
    ]);
    expect(clauses('A smart city counts what it spends and shows residents the sums. That is what the audit found.')).toEqual([]);
  });

  it('not when the verb read is the head of a compound the term modifies (the smart city approach will …)', () => {
    expect(clauses('In short, the smart city approach will cut the queues at every council desk.')).toEqual([]);
    expect(clauses('In short, sustainable cities design will matter more than their budgets.')).toEqual([]);
  });
});

describe('the end of a definiens', () => {
  it('before the writers’ comment after a dash (something that …, which is why …)', () => {
    expect(
      clauses('Planners agree that a smart city is one that notices a broken streetlight before anyone reports it – something few residents have yet seen.'),
    ).toEqual(['a smart city is one that notices a broken streetlight before anyone reports it']);
    expect(clauses('We use “digital twin” to mean a model that a vendor owns and the city rents — which is why the council declined one.')).toEqual([
      '“digital twin” to mean a model that a vendor owns and the city rents',
    ]);
    // (a dash that goes on with the definiens is kept)
    expect(clauses('A smart city is a city that shares its data – its budgets, its sensors and its contracts – with residents.')).toEqual([
      'A smart city is a city that shares its data – its budgets, its sensors and its contracts – with residents',
    ]);
  });

  it('at the close of a quoted definiens before the writers’ own clause or their comment on it', () => {
    expect(
      clauses(
        'Following Marlow (2019), who defines a smart city as “a city that can explain each of its algorithms to a resident”, we ask which cities could.',
      ),
    ).toEqual(['a smart city as “a city that can explain each of its algorithms to a resident']);
    expect(
      clauses('The guidance describes a sustainable city as “a city that lives within its watershed and its budget”, which leaves the budget undefined.'),
    ).toEqual(['a sustainable city as “a city that lives within its watershed and its budget']);
    // (a relative inside the quotation, or a second quotation joined by `that is`, stays)
    expect(clauses('The charter defines a digital twin as “a model of the port, which the port authority keeps current”.')).toEqual([
      'a digital twin as “a model of the port, which the port authority keeps current',
    ]);
    expect(mine('Marlow defines a smart city as “a city that can explain each of its algorithms to a resident”, which she calls accountable.')[0]?.clause).toBe(
      'a smart city as “a city that can explain each of its algorithms to a resident',
    );
  });
});

describe('the term after its definiens, and the term’s abbreviation before `as`', () => {
  it('after a modal and `termed as`, or `known` with a place between it and `as`', () => {
    expect(clauses('A town which recycles most of its water and heats its homes from waste can be termed as a sustainable city.')).toEqual([
      'A town which recycles most of its water and heats its homes from waste can be termed as a sustainable city',
    ]);
    expect(clauses('Districts where every lamp post reports its own faults to the depot are known in the strategy as smart cities.')).toEqual([
      'Districts where every lamp post reports its own faults to the depot are known in the strategy as smart cities',
    ]);
    // (a name the sentence only uses, after no definiens, is left)
    expect(clauses('The three pilots can be termed as a smart city.')).toEqual([]);
  });

  it('a parenthesised abbreviation between the term and `as`', () => {
    expect(clauses('Okafor and Lind [4] define a smart sustainable city (SSC) as a city that budgets its data and its carbon together.')).toEqual([
      'a smart sustainable city (SSC) as a city that budgets its data and its carbon together',
    ]);
  });
});

describe('a proposal’s subjunctive, and the writers’ next step after their definition', () => {
  it('`that TERM be understood as`', () => {
    expect(clauses('We recommend that a digital twin be understood as a model that the city can audit line by line.')).toEqual([
      'a digital twin be understood as a model that the city can audit line by line',
    ]);
  });

  it('ends before `, and test this definition …`', () => {
    expect(clauses('We define a sustainable city as a city that halves its landfill every decade, and apply this definition to nine ports.')).toEqual([
      'a sustainable city as a city that halves its landfill every decade',
    ]);
  });

  it('lowers the thing as someone practises it (`as marketed by …`)', () => {
    expect(clauses('The smart city, as marketed by the platform firms, is a subscription that a council cannot easily cancel.')).toEqual([]);
    // (a source's definition in the aside is still one)
    expect(clauses('The smart city, as defined by the charter, is a city that publishes every contract it signs with a vendor.')).toEqual([
      'The smart city, as defined by the charter, is a city that publishes every contract it signs with a vendor',
    ]);
  });
});

describe('a book of abstracts', () => {
  const page = (lines: string[]) => lines.join('\n');
  it('goes on after an abstract’s own short reference list at its keywords line', () => {
    const pages = [
      page([
        'A1-1',
        'Twins of the harbour',
        'Ida Berg',
        'Port Institute',
        'Harbours have modelled their quays for decades (see [1]). Our contribution is a cost model.',
        'References',
        '[1] Stone, A. (2020). Quays in software. Port Review, 3, 1–9.',
        'Keywords: digital twin; harbour',
        '',
        'A1-2',
        'Green by the numbers',
        'Ole Lind',
        'City College',
        'We define a sustainable city as a city whose residents use less water each year than the year before.',
        'Keywords: sustainable city; water',
      ]),
    ];
    expect(mine(pages).map((c) => c.clause)).toEqual(['a sustainable city as a city whose residents use less water each year than the year before']);
  });

  it('reads the text under an author block’s e-mail line apart from it', () => {
    const text = page([
      'Counting what matters',
      'Ana Ruiz¹* and Li Chen²',
      '¹ Tres Ríos University',
      '² Harbour College',
      '* a.ruiz@tresrios.example',
      'Cities that publish each sensor’s purpose on a public register are what we call smart cities in this abstract.',
    ]);
    expect(clauses(text)).toEqual(['Cities that publish each sensor’s purpose on a public register are what we call smart cities in this abstract']);
  });
});

describe('a statute and its consultation', () => {
  it('the term in quotation marks as a word: `includes` and a modal `mean` give or propose its meaning', () => {
    expect(clauses('(4) For the purposes of this Part, “smart city” includes a joint board of two or more councils that share one data office.')).toEqual([
      '“smart city” includes a joint board of two or more councils that share one data office',
    ]);
    expect(clauses('The Harbour Trust argued that “digital twin” should mean “a model the public can inspect and correct”.')).toEqual([
      '“digital twin” should mean “a model the public can inspect and correct',
    ]);
    // (of the thing, not the word, they say what it has or ought to be)
    expect(clauses('A smart city includes a data office and two hundred sensors.')).toEqual([]);
    expect(clauses('The Harbour Trust argued that a smart city should mean shorter queues at the council desk.')).toEqual([]);
  });

  it('a term quoted inside a quoted amendment (““urban digital twin” means …”)', () => {
    expect(
      clauses('(2) After the definition of “open data” insert— ““sustainable city” means a council area that meets the criteria in Schedule 3;”.'),
    ).toEqual(['“sustainable city” means a council area that meets the criteria in Schedule 3']);
  });

  it('a predicate quoted from its verb after an aside (a digital twin, in its ordinary meaning, “is …”)', () => {
    expect(
      clauses('The judge said that a smart city, in its ordinary meaning, “is a council that acts on what its data tell it”, and dismissed the appeal.'),
    ).toEqual(['a smart city, in its ordinary meaning, “is a council that acts on what its data tell it']);
    // (only a copula: a quotation from another verb is the source’s claim about the thing)
    expect(clauses('Moe notes that digital twins “have been identified as a promising technology for planning”, while adding a caveat.')).toEqual([]);
  });

  it('reads a section heading apart from its numbered subsection, a date carried to the next line as no note, and a cross-reference row', () => {
    expect(
      clauses(['7 Smart cities', '(1) In this Act a “smart city” is a council area whose services are run on shared, published data.'].join('\n')),
    ).toEqual(['a “smart city” is a council area whose services are run on shared, published data']);
    expect(
      clauses(['(2) In this Act “sustainable city” means a council area that is on course to meet the water criteria by', '    1 March 2041.'].join('\n')),
    ).toEqual(['“sustainable city” means a council area that is on course to meet the water criteria by 1 March 2041']);
    expect(clauses(['Smart city A council area that publishes its service data every month', 'Digital twin See section 9 of the Act'].join('\n'))).toEqual([
      'Smart city A council area that publishes its service data every month',
    ]);
  });
});

describe('a statute’s lettered paragraphs', () => {
  it('run on from `… in which—` through `; (b) …; and (c) …` as one definiens', () => {
    const text = [
      '(1) In this Act “sustainable city” means a council area in which—',
      '    (a) household waste sent to landfill falls every year;',
      '    (b) the water drawn from its rivers stays within the licence; and',
      '    (c) the council reports both figures to the public each spring.',
      '(2) The Minister may by regulations amend subsection (1).',
    ].join('\n');
    expect(clauses(text)).toEqual([
      '“sustainable city” means a council area in which— (a) household waste sent to landfill falls every year; (b) the water drawn from its rivers stays within the licence; and (c) the council reports both figures to the public each spring',
    ]);
  });

  it('leaves lettered items that no dash announces, and a new statement after a semicolon', () => {
    expect(clauses(['The plan has two aims:', '(a) a smart city is a city that shares its data.', '(b) Budgets are published.'].join('\n'))).toEqual([
      'a smart city is a city that shares its data',
    ]);
    expect(clauses('A digital twin is a model of the port in which the cranes are tracked; the port authority pays for it.')).toEqual([
      'A digital twin is a model of the port in which the cranes are tracked',
    ]);
  });
});

describe('a speaker named in an aside with where they say it', () => {
  it('`, X argues in this book,` between the term and its verb quotes X', () => {
    const [c] = mine('The smart city, Okonkwo argues in her second book, is a city that keeps every promise it makes to its residents.');
    expect(c?.clause).toBe('The smart city, Okonkwo argues in her second book, is a city that keeps every promise it makes to its residents');
    expect(c?.attribution?.author).toBe('Okonkwo');
    // (an aside that names no one quotes no one)
    expect(
      mine('The smart city, it is argued in many books, is a city that keeps every promise it makes to its residents.')[0]?.attribution?.author,
    ).toBeUndefined();
  });
});
