import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config/schema.js';
import { explain, mineDefinitions } from '../../src/mine/index.js';

const one = (text: string, minScore = 0) => mineDefinitions([text], { minScore })[0];

describe('mineDefinitions: where the defining clause sits', () => {
  const cases: [string, string, string][] = [
    [
      'After an introductory phrase',
      'For urban planners, smart cities are cities that use sensors to manage traffic and energy.',
      'smart cities are cities that use sensors to manage traffic and energy',
    ],
    [
      'After a colon',
      'Vendors say it simply: a smart city is a city that runs on data from its infrastructure.',
      'a smart city is a city that runs on data from its infrastructure',
    ],
    [
      'A wrapped term',
      'The concept of smart city refers to the use of digital technology to improve urban services.',
      'The concept of smart city refers to the use of digital technology to improve urban services',
    ],
    [
      'A quoted term keeps its quotes',
      'The term “smart city” denotes a city that coordinates its services through digital platforms.',
      'The term “smart city” denotes a city that coordinates its services through digital platforms',
    ],
    [
      'A reporting verb',
      'Some authors define the smart city as an urban system that learns from the data it collects.',
      'the smart city as an urban system that learns from the data it collects',
    ],
    [
      'A complement clause',
      'We argue that smart cities are socio-technical assemblages that mediate urban life.',
      'smart cities are socio-technical assemblages that mediate urban life',
    ],
    [
      'Premodifier kept',
      'Urban digital twins are virtual replicas of a city that are updated with sensor data.',
      'Urban digital twins are virtual replicas of a city that are updated with sensor data',
    ],
  ];
  for (const [name, text, clause] of cases) {
    it(name, () => {
      const concept = ConfigSchema.parse({ concept: { terms: ['smart city', 'digital twin'] } }).concept;
      const found = mineDefinitions([text], { concept });
      expect(found.map((c) => c.clause)).toEqual([clause]);
    });
  }

  it('leaves the trailing citation, the full stop and the closing quote out of the clause', () => {
    expect(one('A smart city is ‘a city that invests in ICT to improve the quality of life of its citizens’ [5].')?.clause).toBe(
      'A smart city is ‘a city that invests in ICT to improve the quality of life of its citizens',
    );
    expect(one('A sustainable city is one that lives within the means of its region (Lindqvist, 2016, p. 12).')?.clause).toBe(
      'A sustainable city is one that lives within the means of its region',
    );
  });
});

describe('mineDefinitions: what is not a definition scores below the default threshold', () => {
  const distractors = [
    'Smart cities are growing fast in Asia, where pilot projects abound.',
    'Smart cities are expensive, and their benefits are unevenly spread.',
    'A smart city strategy is a document that sets out a municipality’s digital plans.',
    'Vienna is a smart city that has topped several quality-of-life rankings.',
    'What is a smart city, and who decides?',
    'There is no agreed definition of the smart city in the literature.',
    'A smart city is not necessarily a sustainable one.',
    'The smart city is a widely used but fuzzy concept.',
    'The goal of building a smart city is to improve the quality of life.',
    'Key attributes of a smart city are mobility, security and interoperability.',
    'Governance is defined as the set of rules through which collective decisions about the city are made.',
    'It is often said that smart cities are the future.',
    '2. Defining the smart city',
  ];
  for (const text of distractors) {
    it(text, () => {
      expect(mineDefinitions([text])).toEqual([]);
      const low = one(text);
      if (low) expect(low.score).toBeLessThan(0.5);
    });
  }
});

describe('mineDefinitions: explained scores', () => {
  it('multiplies pattern, position, length and checks, and says so', () => {
    const c = one('In the narrow sense, a smart city is a city that uses ICT to optimise its infrastructure.')!;
    expect(c.pattern).toBe('is-a');
    expect(explain(c)).toBe('is-a 0.90 × after an introductory phrase 0.95 × 13 words 1.00');
    expect(c.score).toBe(0.86);
    const negated = one('A smart city is not a city that merely buys sensors from vendors.')!;
    expect(explain(negated)).toContain('negated 0.20');
    expect(negated.score).toBeLessThan(0.5);
  });
});

describe('mineDefinitions: who said it', () => {
  it('reads the author and year of an attribution phrase, a narrative or parenthetical citation', () => {
    const according = one('According to Caragliu et al. (2011), a city is smart when investments in human capital fuel sustainable growth.')!;
    expect(according).toMatchObject({ quoted: true, attribution: { author: 'Caragliu et al.', year: 2011, cue: 'according to' } });
    const defines = one('Harrison et al. [12] define a smart city as an instrumented, interconnected and intelligent city.')!;
    expect(defines).toMatchObject({
      clause: 'a smart city as an instrumented, interconnected and intelligent city',
      quoted: true,
      attribution: { author: 'Harrison et al.', ref: '[12]' },
    });
    const trailing = one('Smart cities are urban systems in which data flows coordinate infrastructure (Ferreira 2019, 41).')!;
    expect(trailing).toMatchObject({ quoted: true, attribution: { author: 'Ferreira', year: 2019 } });
  });

  it('quotes identifiable sources only: not unnamed groups, not the writers’ own, unless a citation marks it adopted', () => {
    const unnamed = one('Industry white papers put it plainly: a smart city is a city that uses technology to run its services.')!;
    expect([unnamed.quoted, unnamed.attribution]).toEqual([false, undefined]);
    expect(one('We define a smart city as a city that uses technology to run its services.')).toMatchObject({ quoted: false, pattern: 'we-define' });
    expect(one('Our working definition is short: a smart city is a city that uses technology to run its services.')?.quoted).toBe(false);
    expect(one('Following Hollands (2008), we define a smart city as a city that uses technology to run its services.')).toMatchObject({
      quoted: true,
      attribution: { author: 'Hollands', year: 2008 },
    });
    expect(one('In this report, a smart city is a city that uses technology to run its services [9].')).toMatchObject({
      quoted: true,
      attribution: { ref: '[9]' },
    });
    expect(one('A smart city is ‘a city that uses technology to run its services and to listen to its residents’.')).toMatchObject({
      quoted: true,
      attribution: { cue: 'quotation marks' },
    });
    expect(
      one('In June 2014, the ITU-T Focus Group defined a smart sustainable city as an innovative city that uses ICT to improve quality of life.'),
    ).toMatchObject({
      quoted: true,
      attribution: { author: 'ITU-T Focus Group', year: 2014 },
    });
  });

  it('ends the clause before commentary that follows a mid-sentence citation, and at a semicolon', () => {
    expect(
      one('Smart cities are cities that ‘are increasingly composed of and monitored by computing’ [10], and much of the critical literature starts from there.')
        ?.clause,
    ).toBe('Smart cities are cities that ‘are increasingly composed of and monitored by computing’ [10]'.replace(/’ \[10\]$/, ''));
    expect(one('A smart city is a city that uses data to run its services; critics see it differently.')?.clause).toBe(
      'A smart city is a city that uses data to run its services',
    );
  });

  it('reads a definition whose term comes last', () => {
    expect(one('Cities that use digital technology to serve their residents better are referred to in this paper as smart cities.')).toMatchObject({
      pattern: 'term-last',
      clause: 'Cities that use digital technology to serve their residents better are referred to in this paper as smart cities',
      quoted: false,
    });
  });

  it('resolves a numbered reference through the reference list', () => {
    const pages = [
      'Introduction\n\nA smart city is a city that monitors and integrates all of its critical infrastructure [2].\n',
      'References\n[1] Batty, M., Axhausen, K.: Smart cities of the future. Eur. Phys. J. 214, 481–518 (2012)\n[2] Hall, R.E., Bowerman, B., Braverman, J.: The vision of a smart city. In: 2nd International Life\nExtension Technology Workshop, Paris (2000)\n',
    ];
    const [c] = mineDefinitions(pages);
    expect(c).toMatchObject({ page: 1, quoted: true, attribution: { author: 'Hall et al.', year: 2000, ref: '[2]' } });
    // The reference list itself is never mined.
    expect(mineDefinitions(pages, { minScore: 0 })).toHaveLength(1);
  });

  it('takes a citation standing after the sentence (a table cell, a citation after the full stop)', () => {
    const c = one('Smart sustainable cities use ICT to be more efficient in the use of resources. ICT, energy, quality of life. Cohen (2011)')!;
    expect(c.attribution).toMatchObject({ author: 'Cohen', year: 2011 });
  });
});

describe('mineDefinitions: layout', () => {
  it('repairs hyphenation with a word list, keeping real compounds', () => {
    const [c] = mineDefinitions(['A smart city is a city that uses tech-\nnology and e-\nlearning to serve self-\ndecisive citizens.']);
    expect(c?.clause).toBe('A smart city is a city that uses technology and e-learning to serve self-decisive citizens');
  });

  it('drops running headers, footers and page numbers, and joins a sentence across the page break', () => {
    const header = 'Journal of Urban Studies 12 (2020)';
    const pages = [
      `${header}\nIntroduction text that says little.\n\nA smart city is a city that uses digital technology to make its services\n1`,
      `${header}\nwork better for every resident of the city.\n2`,
      `${header}\nMore text on the last page.\n3`,
    ];
    const [c] = mineDefinitions(pages);
    expect(c).toMatchObject({
      page: 1,
      clause: 'A smart city is a city that uses digital technology to make its services work better for every resident of the city',
    });
  });

  it('reads two columns laid side by side one after the other', () => {
    const left = [
      'A smart city is a city that uses',
      'sensors and data to manage its',
      'infrastructure for its residents.',
      '',
      'Other text on the left side here.',
    ];
    const right = [
      'Cities differ in many ways, and',
      'a sustainable city is one that lives',
      'within the means of its region.',
      '',
      'Closing words on the right side.',
    ];
    const page = left.map((l, i) => l.padEnd(45) + right[i]).join('\n');
    expect(mineDefinitions([page]).map((c) => c.clause)).toEqual([
      'A smart city is a city that uses sensors and data to manage its infrastructure for its residents',
      'a sustainable city is one that lives within the means of its region',
    ]);
  });

  it('finds definitions in list items, footnotes and table rows', () => {
    const page = [
      'Two senses of the term are used:',
      '(a) In the narrow sense, a smart city is a city that uses ICT to run its infrastructure.',
      '(b) In the broad sense, a smart city is a city whose human capital drives innovation.',
      'Term Definition Source',
      'Smart city A city that uses ICT to improve the efficiency of its services ITU-T (2014)',
      'Smart grid An electricity network that reacts to changes in usage EC (2011)',
      '¹ A sustainable city is understood here as a city that meets its needs within planetary limits.',
    ].join('\n');
    const found = mineDefinitions([page]);
    expect(found.map((c) => [c.context, c.clause])).toEqual([
      ['item', 'a smart city is a city that uses ICT to run its infrastructure'],
      ['item', 'a smart city is a city whose human capital drives innovation'],
      ['row', 'Smart city A city that uses ICT to improve the efficiency of its services'],
      ['footnote', 'A sustainable city is understood here as a city that meets its needs within planetary limits'],
    ]);
    expect(found[2]!.attribution).toMatchObject({ author: 'ITU-T', year: 2014 });
    expect(found[3]!.quoted).toBe(false);
  });

  it('is deterministic and finds nothing in an empty document', () => {
    const pages = ['A smart city is a city that learns from the data it gathers about itself.'];
    expect(mineDefinitions(pages)).toEqual(mineDefinitions(pages));
    expect(mineDefinitions([])).toEqual([]);
    expect(mineDefinitions(['', '  '])).toEqual([]);
  });
});

describe('mineDefinitions: any concept', () => {
  it('mines the configured terms, plurals and variants, and nothing of the default concept', () => {
    const concept = ConfigSchema.parse({ concept: { name: 'digital twin', terms: ['digital twin'], variants: { 'digital replica': 'digital twin' } } }).concept;
    const pages = [
      'Digital twins are virtual models of physical assets that are kept in sync with them. A digital replica is a copy of an asset that is updated with live data. A smart city is a city that uses ICT.',
    ];
    const found = mineDefinitions(pages, { concept });
    expect(found.map((c) => c.term)).toEqual(['digital twin', 'digital twin']);
  });
});

// Rules added after the first held-out set (test.jsonl, review-paper-2) was studied; each case is
// written for this test, in the shape of an error that set showed.
describe('mineDefinitions: clause boundaries and patterns', () => {
  const concept = ConfigSchema.parse({ concept: { terms: ['smart city', 'sustainable city', 'digital twin'] } }).concept;
  const find = (text: string | string[], minScore?: number) =>
    mineDefinitions(Array.isArray(text) ? text : [text], { concept, ...(minScore !== undefined ? { minScore } : {}) });

  it('keeps the items of a list separated by semicolons, and still ends at a semicolon before a new clause', () => {
    expect(find('A smart city is one that uses data to produce: smart mobility…; smart living…; and smart people…')[0]?.clause).toBe(
      'A smart city is one that uses data to produce: smart mobility…; smart living…; and smart people…',
    );
    expect(find('A smart city is a city that uses data to run its services; others put governance first.')[0]?.clause).toBe(
      'A smart city is a city that uses data to run its services',
    );
  });

  it('reads a definiens set off by a colon after the copula, and a block quotation announced by "defined as;"', () => {
    expect(find('Put briefly, a smart city is:\nA city that uses data to run its services for its residents.')[0]?.clause).toBe(
      'a smart city is: A city that uses data to run its services for its residents',
    );
    const [c] = find(
      'In contrast a sustainable city can be defined as;\n\n"Meeting the needs of today’s residents without leaving a burden on future generations."\n\nNordic forum on cities in Oslo 1999',
    );
    expect(c).toMatchObject({
      clause: 'a sustainable city can be defined as; "Meeting the needs of today’s residents without leaving a burden on future generations',
      quoted: true,
      attribution: { author: 'Nordic forum on cities in Oslo', year: 1999 },
    });
  });

  it('reads "can be considered" + a noun phrase, "a term … to describe", a 3D model, "a city to be / as smart when"', () => {
    expect(find('For many engineers a digital twin can be considered “a live replica of an asset that is updated from its sensors”.')[0]?.pattern).toBe(
      'considered-np',
    );
    expect(find('Smart city is a term that has spread quickly in planning circles to describe cities that govern through data.')[0]?.pattern).toBe(
      'is-a-term-that',
    );
    expect(find('A digital twin is a three-dimensional model fed by sensor data from the city it represents.')[0]?.pattern).toBe('is-a');
    expect(find('We believe a city to be smart when its data and its people make its services better.')[0]).toMatchObject({
      pattern: 'is-smart-when',
      quoted: false,
    });
    expect(find('Following Batty et al. (2012), we treat a city as smart when its data and its people make its services better.')[0]).toMatchObject({
      clause: 'a city as smart when its data and its people make its services better',
      attribution: { author: 'Batty et al.', year: 2012 },
    });
  });

  it('reads a glossary row whose meaning is a noun phrase, but not a title after a colon', () => {
    expect(find('Term Meaning\nDigital twin A realistic digital model of a physical asset kept in step with it [4]')[0]?.clause).toBe(
      'Digital twin A realistic digital model of a physical asset kept in step with it',
    );
    expect(find('Smart City: A Contested Definition')).toEqual([]);
  });

  it('leaves a section label out of the clause', () => {
    expect(find('Abstract Digital twins are virtual models of physical assets that are updated from sensor data.')[0]?.clause).toBe(
      'Digital twins are virtual models of physical assets that are updated from sensor data',
    );
  });

  it('does not take a forecast, an adjective with its complement or a model to follow for a definition', () => {
    for (const text of [
      'Smart cities are where most new sensors will be deployed in the next decade.',
      'Smart cities are central to urban policy in many countries.',
      'The smart city is a model for other European capitals to follow.',
    ]) {
      expect(find(text), text).toEqual([]);
    }
  });
});

describe('mineDefinitions: who said it (quotations, tables, reference lists)', () => {
  it('quotes a definition set in quotation marks as a whole, and names the speaker when the words before do', () => {
    expect(one('One council sums up its approach in a single line: “A smart city is a city that puts its data to work for residents.”')).toMatchObject({
      quoted: true,
      attribution: { cue: 'quotation marks' },
    });
    expect(
      one('One council sums up its approach in a single line: “A smart city is a city that puts its data to work for residents.”')?.attribution?.author,
    ).toBeUndefined();
    expect(
      one(
        'The smart city, as the encyclopedia calls it, matters. Britannica, which briefly describes a smart city as “A smart city is a city that uses sensors and data to manage its services.”',
      ),
    ).toMatchObject({
      attribution: { author: 'Britannica' },
    });
    expect(
      one(
        'The following definition was adopted at the 2019 assembly of the Eurocities Network on Digital Cities: “A smart city is a city that uses data to serve its residents better.”',
      ),
    ).toMatchObject({ quoted: true, attribution: { author: 'Eurocities Network on Digital Cities', year: 2019 } });
  });

  it('prefers the reference list to the name in the text, and does not take the cell before a row marker for a name', () => {
    const pages = [
      'Vendor white papers [2] put it plainly: a smart city is a city that uses technology to run its services.\nReferences\n[1] Batty, M. (2012). Smart cities of the future.\n[2] Smart Cities Council (2015). Readiness guide.',
    ];
    expect(mineDefinitions(pages)[0]?.attribution).toMatchObject({ author: 'Smart Cities Council', year: 2015, ref: '[2]' });
    const row = one('Source Definition Focus [3] A smart city is a city that uses ICT to make its services efficient.')!;
    expect(row.attribution).toEqual({ ref: '[3]', cue: 'citation' });
  });

  it('takes the source cell of a table row that comes after a second sentence and a keyword cell', () => {
    expect(
      one('12 Corporate We define a smart city as a city that runs its services on data. It is a city that listens. ICT, data, services. Acme (2015)'),
    ).toMatchObject({
      quoted: true,
      attribution: { author: 'Acme', year: 2015 },
    });
  });
});

// Rules added after the second held-out set (test2.jsonl, review-paper-3) was studied; each case is
// written for the test, in the form the rule covers, not copied from the set.
describe('mineDefinitions: forms found in the second held-out set', () => {
  const all = (text: string) => mineDefinitions([text]);

  it('reads any verb between a cited subject and `TERM as`, and `considers TERM a …`', () => {
    expect(one('Moreau et al. [8] imagine a smart city as a network of services that share one data platform.')).toMatchObject({
      clause: 'a smart city as a network of services that share one data platform',
      attribution: { author: 'Moreau et al.', ref: '[8]' },
    });
    expect(one('The Regional Planning Office considers smart cities a way of organising services around shared data [2].')).toMatchObject({
      clause: 'smart cities a way of organising services around shared data',
      attribution: { author: 'Regional Planning Office', ref: '[2]' },
    });
  });

  it('finds two definitions in one sentence when a second cited subject starts a new statement', () => {
    const found = all(
      'Rossi (2010) [4] sees the smart city as a system of systems, and Haddad and Morel (2012) [5] treat a smart city as a platform for services.',
    );
    expect(found.map((c) => c.clause)).toEqual(['the smart city as a system of systems', 'a smart city as a platform for services']);
    expect(found.map((c) => c.attribution?.author)).toEqual(['Rossi', 'Haddad and Morel']);
  });

  it('ends the definiens before a second predicate, at the close of a quotation, and before a source after a dash', () => {
    expect(one('In short, a smart city is a city run as one data system and has been a goal of planners for decades.')?.clause).toBe(
      'a smart city is a city run as one data system',
    );
    const quoted = one('"We see a smart city as a city that plans with its residents and its data." - Ana Lindgren , Notes on urban futures')!;
    expect(quoted.clause).toBe('a smart city as a city that plans with its residents and its data');
    expect(quoted.attribution).toMatchObject({ author: 'Lindgren' }); // (a person by surname: conventions rule 1)
    expect(one('• A smart city is a town that runs its utilities from one data platform. - Urban Lexicon')).toMatchObject({
      clause: 'A smart city is a town that runs its utilities from one data platform',
      attribution: { author: 'Urban Lexicon', cue: 'source label' },
    });
  });

  it('reads a term-last sentence with "is a concept referred to as", after a colon lead-in', () => {
    expect(
      one('Okafor (2018) [3] put it briefly: the practice of running every city service from shared data is a concept referred to as the smart city.'),
    ).toMatchObject({
      clause: 'the practice of running every city service from shared data is a concept referred to as the smart city',
      attribution: { ref: '[3]' },
    });
  });

  it('reads a meta noun with a participle, a dash set against the term, an aim with its means and a coordinated noun', () => {
    expect(one('A smart city is a concept centred on services that adapt to the data the city collects.')?.pattern).toBe('is-a-term-that');
    expect(one('Smart city- A town whose services are coordinated through shared data.')?.clause).toBe(
      'Smart city- A town whose services are coordinated through shared data',
    );
    expect(one('A smart city or region aims at better services for its residents by combining data from all its departments.', 0.5)?.pattern).toBe('aims-by');
    expect(one('Smart cities aim to attract investment.', 0.5)).toBeUndefined();
  });

  it('takes a quotation attributed before its term whatever its verb, and keeps a ranking out', () => {
    expect(one('According to Ferreira (2019), “smart cities work towards services that anticipate what residents need.”', 0.5)).toMatchObject({
      clause: 'smart cities work towards services that anticipate what residents need',
      attribution: { author: 'Ferreira', year: 2019 },
    });
    expect(one('The digital twin is the newest addition to the planning toolkit.', 0.5)).toBeUndefined();
    expect(one('Two thirds are sentences of the form ‘a smart city is a city that …’, followed by a list.', 0.5)).toBeUndefined();
  });

  it('attributes a labelled glossary entry, a speaker named the sentence before, a marker after a closing quotation and a body cited to another', () => {
    expect(one('Acme Consortium : A smart city is a city whose services are kept in step with live data.')?.attribution).toMatchObject({
      author: 'Acme Consortium',
    });
    const pages = ['Lena Ortiz gives a short answer. She writes, “A smart city is one that uses data to serve its residents. It listens.”[4]'];
    expect(mineDefinitions(pages)[0]).toMatchObject({ quoted: true, attribution: { author: 'Ortiz', ref: '[4]' } }); // (by surname: conventions rule 1)
    expect(one('The Nordic Towns Network defined a sustainable city as one “that lives within its means” (Berg 2004, 12).')?.attribution).toMatchObject({
      author: 'Berg',
      year: 2004,
    });
    expect(one('According to the Lisbon Data Services agency, a smart city is a city that shares its data with residents [6].')?.attribution).toMatchObject({
      author: 'Lisbon Data Services agency',
      ref: '[6]',
    });
  });

  it('continues a list item over a page break and a quotation after a blank line, and keeps a marker after the full stop with its sentence', () => {
    const pages = ['Findings:\n(1) in their review, a smart city is a city that shares its data with its resi-', 'dents and firms.'];
    expect(mineDefinitions(pages)[0]?.clause).toBe('a smart city is a city that shares its data with its residents and firms');
    expect(
      one('On a basic level, a smart city can be defined as a city that\n\n‘uses data to improve the quality of its services’ (Urbanpedia)'),
    ).toMatchObject({
      clause: 'a smart city can be defined as a city that ‘uses data to improve the quality of its services',
      attribution: { author: 'Urbanpedia' },
    });
    const two = all('Acme defines a smart city as "one that runs on data". [3] Beta defines smart cities as those that "share their data". [4]');
    expect(two.map((c) => c.attribution?.ref)).toEqual(['[3]', '[4]']);
  });

  it('reads an organisation with commas in its name, and a reference list entry without a date', () => {
    expect(
      one('In its review the UK Department for Roads, Rail and Ports (DRRP) considers smart cities a way of running transport on data [1].')?.attribution,
    ).toMatchObject({
      author: 'UK Department for Roads, Rail and Ports',
    });
    const pages = [
      'Urbanpedia [2] gives it as follows: a smart city is a city that uses data to run its services.\nReferences\n[2] Urbanpedia (n.d.). Smart city. Urbanpedia.com.',
    ];
    expect(mineDefinitions(pages)[0]?.attribution).toMatchObject({ author: 'Urbanpedia', ref: '[2]' });
  });
});

// Rules added after the third held-out set (test3.jsonl) had been scored once and was then studied
// (so it is seen too); each case is written for the test.
describe('mineDefinitions: forms found in the third held-out set', () => {
  const concept = ConfigSchema.parse({ concept: { name: 'smart city', terms: ['smart city', 'sustainable city', 'digital twin'] } }).concept;
  const dt = (text: string) => mineDefinitions([text], { concept })[0];

  it('reads an abbreviation the document introduces for a term, and "summarises … as"', () => {
    expect(
      dt(
        'The Digital Twin (DT) is much discussed. A broad definition comes from Lund [2], which summarises the concept of DTs as ‘a live model of a physical system’.',
      ),
    ).toMatchObject({ clause: 'the concept of DTs as ‘a live model of a physical system', term: 'digital twin', attribution: { ref: '[2]' } });
    expect(dt('Most DTs are built by engineers for engineers.')).toBeUndefined();
  });

  it('reads "By X we mean", "We use the term X to mean", "is taken to mean" and a term-last "is what … call"', () => {
    expect(one('¹ By a smart city we mean a city whose services are planned with live data.')).toMatchObject({
      clause: 'a smart city we mean a city whose services are planned with live data',
      quoted: false,
    });
    expect(one('We use the term smart city to mean a city that plans its services with live data.')?.clause).toBe(
      'the term smart city to mean a city that plans its services with live data',
    );
    expect(one('Here the term smart city is taken to mean a city that plans with data.')?.pattern).toBe('taken-to-mean');
    expect(one('A town that plans every service from shared live data is what several national strategies call a smart city.')?.pattern).toBe('term-last');
  });

  it('reads a standard entry after "provides a definition:", a lettered item "term, a …", an appositive synonym and "of cities"', () => {
    expect(one('So what is it? ISO 99999 provides a definition: smart city: city that plans its services with live data.')).toMatchObject({
      clause: 'smart city: city that plans its services with live data',
      attribution: { author: 'ISO 99999' },
    });
    expect(one('Two terms recur:\n(a) smart city, a city that plans its services with live data;')?.clause).toBe(
      'smart city, a city that plans its services with live data',
    );
    expect(one('A sustainable city, or eco-city (also "green city") is a city that lives within its ecological means.')?.clause).toBe(
      'A sustainable city, or eco-city (also "green city") is a city that lives within its ecological means',
    );
    expect(dt('Digital twins of cities are live replicas of urban systems that planners use to test changes.')?.term).toBe('digital twin');
  });

  it('ends before commentary after a closed quotation and its marker and before a second object of the reporting verb, not before a second relative clause', () => {
    expect(one('Smart cities have been described as “places where data and people meet” [4, p. 2], a phrase that explains little.')?.clause).toBe(
      'Smart cities have been described as “places where data and people meet',
    );
    expect(one('Lund defines the smart city as one that shares its data, and that residents must be asked first.[7]')).toMatchObject({
      clause: 'the smart city as one that shares its data',
      attribution: { author: 'Lund', ref: '[7]' },
    });
    expect(one('Smart city – a city that shares its data with residents, and that asks them before it uses it.')?.clause).toBe(
      'Smart city – a city that shares its data with residents, and that asks them before it uses it',
    );
  });

  it('reads the guillemets of a quotation, a name starting with a capitalised particle, an attribution inside the clause and a quoted ellipsis', () => {
    expect(one('Le Roux (2017) puts it in a line: «a smart city is a city that learns from its own data».')).toMatchObject({
      clause: 'a smart city is a city that learns from its own data',
      attribution: { author: 'Le Roux', year: 2017 },
    });
    expect(one('The smart city can be understood, following Lund (2019), as a city whose services are coordinated through live data.')).toMatchObject({
      attribution: { author: 'Lund', year: 2019 },
    });
    expect(one('For Lund and Berg (2020), a sustainable city is "a city that ... lives within the means of its region".', 0.5)?.clause).toBe(
      'a sustainable city is "a city that ... lives within the means of its region',
    );
  });

  it('quotes a definition followed by footnote-reference markers, reads a source line with affiliations and a table row whose source the next row follows', () => {
    expect(one('A smart city is a city that plans its services with live data and its residents.²³')).toMatchObject({
      quoted: true,
      attribution: { cue: 'footnote marker' },
    });
    expect(one('“A smart city is a city that plans its services with live data.”\nLund (City of Oslo) and Berg (NTNU), 2015')?.attribution).toMatchObject({
      author: 'Lund and Berg',
      year: 2015,
    });
    const rows = mineDefinitions([
      '7 Industry A smart city is a city that plans its services with live data. Data, services. Acme Group (2014) 8 Academic Smart cities are cities run on data.',
    ]);
    expect(rows[0]?.attribution).toMatchObject({ author: 'Acme Group', year: 2014 });
  });

  it('does not name a description before a marker, and keeps a list of parts out', () => {
    expect(one('According to the region’s 2040 plan [7], a smart city is a city that plans its services with live data.')?.attribution).toEqual({
      ref: '[7]',
      cue: 'citation',
    });
    expect(one('A smart city encompasses e-health, e-education, e-traffic and e-government.', 0.5)).toBeUndefined();
  });
});

// General forms of the fourth round (issue 11): the term anywhere in the sentence with a defining
// predicate after it, apposition, a title line over its meaning, and general evidence against a
// candidate. Every sentence here was written for the test; none is taken from a labelled file.
describe('mineDefinitions: the term in any position, apposition, title lines and general doubts', () => {
  const concept = ConfigSchema.parse({
    concept: { name: 'smart city', terms: ['smart city', 'sustainable city', 'smart sustainable city', 'digital twin'] },
  }).concept;
  const all = (text: string, minScore = 0.5) => mineDefinitions([text], { concept, minScore });

  it('reads a noun phrase set beside the term wherever the term sits (", i.e.", ", that is,", a dash)', () => {
    expect(all('Most of the pilots concern the smart city, i.e. a town whose utilities are steered by shared data platforms.')[0]).toMatchObject({
      clause: 'the smart city, i.e. a town whose utilities are steered by shared data platforms',
      pattern: 'apposition',
    });
    expect(all('The council wants a sustainable city — a settlement that uses no more water than its catchment renews.')[0]?.clause).toBe(
      'a sustainable city — a settlement that uses no more water than its catchment renews',
    );
    expect(all('Our pilots use digital twins, that is, live models of networks that are updated from sensors.')[0]?.clause).toBe(
      'digital twins, that is, live models of networks that are updated from sensors',
    );
    // Beside another word than the term, or an adjective rather than a noun phrase: nothing.
    expect(all('Users of smart city services, i.e. residents with phones, were surveyed in 2020.')).toEqual([]);
    expect(all('They built a smart city — fast, cheap and unpopular.')).toEqual([]);
  });

  it('reads a predicate after a post-modified term and "The definition of X … is"', () => {
    expect(all('The working definition of a digital twin used by the ministry is a virtual copy of an asset that is updated with live data.')[0]).toMatchObject(
      {
        clause: 'The working definition of a digital twin used by the ministry is a virtual copy of an asset that is updated with live data',
      },
    );
    expect(all('A Digital Twin for Harbours is a virtual copy of a port that is updated with live data.')[0]?.clause).toBe(
      'A Digital Twin for Harbours is a virtual copy of a port that is updated with live data',
    );
    // A post-modifier with a verb of its own is a relative clause: the sentence is about something else.
    expect(all('In a smart city that shares data openly, residents can check air quality on every street.')).toEqual([]);
    expect(all('The definition of smart city is evolving quickly.')).toEqual([]);
  });

  it('reads any participle with "as" or "to be", "think of X as", "take X to be" and a term-last "has termed"', () => {
    expect(all('A digital twin is best seen as a decision tool rather than a picture: a model in which options can be compared.')[0]?.clause).toBe(
      'A digital twin is best seen as a decision tool rather than a picture',
    );
    expect(all('In short, a smart city can be summed up as the use of networked data to run services better.')[0]?.clause).toBe(
      'a smart city can be summed up as the use of networked data to run services better',
    );
    expect(all('We can think of a sustainable city as a place that keeps its footprint within the capacity of its region.')[0]).toMatchObject({
      clause: 'a sustainable city as a place that keeps its footprint within the capacity of its region',
      quoted: false,
    });
    expect(all('Following Berg (2015), we take a smart city to be a city whose infrastructure is managed through real-time data.')[0]).toMatchObject({
      clause: 'a smart city to be a city whose infrastructure is managed through real-time data',
      quoted: true,
    });
    expect(
      all('A region whose towns share one data platform for transport, energy and water is what the report has termed a smart city (Moss, 2014).')[0],
    ).toMatchObject({ pattern: 'term-last', attribution: { author: 'Moss', year: 2014 } });
    // Naming is not defining.
    expect(all('Urban Digital Twins are also referred to as Local Digital Twins.')).toEqual([]);
  });

  it('reads an abbreviation introduced with a plural, "is the name given to" a kind but not to one thing', () => {
    expect(all('Smart Sustainable Cities (SSCs) are the focus here. An SSC is a city that links digital services with low-carbon targets.')).toMatchObject([
      { clause: 'An SSC is a city that links digital services with low-carbon targets', term: 'smart sustainable city' },
    ]);
    expect(all('Digital twin is the name given to models of physical systems that are kept in step with them by live data.')[0]?.term).toBe('digital twin');
    expect(all('Smart City is the name given to the 2021 festival at the harbour.')).toEqual([]);
  });

  it('reads a glossary title line over its meaning, and nothing under a title that says something else', () => {
    expect(all('Smart City\n\nA municipality that uses sensor networks and open data to coordinate its services.')).toMatchObject([
      { clause: 'Smart City A municipality that uses sensor networks and open data to coordinate its services', pattern: 'glossary', page: 1, line: 1 },
    ]);
    expect(all('Smart City\n\nA large share of the budget goes to street lighting.')).toEqual([]);
    expect(all('Urban Mobility Hub\n\nA shared station where buses and bikes meet.')).toEqual([]);
  });

  it('lowers a definition set up to be dismissed, or loosened, and ends a definiens at a colon before an elaboration', () => {
    const dismissed = all('A smart city is any city that has installed a few sensors, but such a description says little about its politics.', 0)[0]!;
    expect(dismissed.score).toBeLessThan(0.5);
    expect(dismissed.explanation.checks.map((c) => c.name)).toContain('dismissed in the same sentence');
    expect(all('A smart city is, loosely, a city with many sensors that report to one control room.', 0)[0]!.explanation.checks.map((c) => c.name)).toContain(
      'loosened (loosely, roughly …)',
    );
    // A colon that announces a list stays inside the clause.
    expect(all('A smart city is a city that produces the following: smart mobility…; smart living…; and smart people….')[0]?.clause).toBe(
      'A smart city is a city that produces the following: smart mobility…; smart living…; and smart people…',
    );
  });
});

describe('mineDefinitions: forms found in the fourth held-out set', () => {
  const concept = ConfigSchema.parse({ concept: { name: 'smart city', terms: ['smart city', 'sustainable city', 'digital twin'] } }).concept;
  const first = (text: string) => mineDefinitions([text], { concept })[0];

  it('reads "refer to X as" and a short complement of the term before "as"', () => {
    expect(first('Planners often refer to a smart city as a city whose services share one data platform.')?.clause).toBe(
      'a smart city as a city whose services share one data platform',
    );
    expect(first('We describe digital twins of harbours as live models of quays, cranes and ships that are updated from sensors.')?.clause).toBe(
      'digital twins of harbours as live models of quays, cranes and ships that are updated from sensors',
    );
  });

  it('names the body before a document noun, and leaves a superscript footnote marker out of a name', () => {
    expect(
      first('The Harbour Data Institute’s white paper (2021) is clear: “A digital twin is a live model of a port that is updated from sensors.”'),
    ).toMatchObject({
      attribution: { author: 'Harbour Data Institute', year: 2021 },
    });
    expect(first('Smart cities, according to the OECD report (2019), are cities that plan their services from shared data.')).toMatchObject({
      attribution: { author: 'OECD', year: 2019 },
    });
    expect(first('² Following Berg (2015), we take a smart city to be a city whose infrastructure is managed through real-time data.')).toMatchObject({
      attribution: { author: 'Berg', year: 2015 },
    });
  });
});

describe('mineDefinitions: forms learnt from a seen paper (general rules, other wording)', () => {
  const found = (text: string) => mineDefinitions([text]);

  it('reads a gerund subject: “becoming a smart city means …”', () => {
    const [c] = found('Planners often say that “becoming a smart city means linking every public service to one shared data platform”.');
    expect(c?.clause).toBe('becoming a smart city means linking every public service to one shared data platform');
  });

  it('reads a table row whose term comes last (“… is usually captured by the notion of smart city”), its source cell left out', () => {
    const [c] = found(
      'Okafor et al. (2019) [3] The coordination of transport, energy and water networks through shared digital platforms is usually captured by the notion of smart city.',
    );
    expect(c?.clause).toBe(
      'The coordination of transport, energy and water networks through shared digital platforms is usually captured by the notion of smart city',
    );
    expect([c?.quoted, c?.attribution?.author, c?.attribution?.year]).toEqual([true, 'Okafor et al.', 2019]);
  });

  it('takes a short kind of the term’s own head noun as a definiens (“a walkable city”), not an empty one (“a good city”)', () => {
    expect(found('Town planners of the 1990s had one answer: the sustainable city is a walkable city.')[0]?.clause).toBe(
      'the sustainable city is a walkable city',
    );
    expect(found('A sustainable city is a good city.')).toEqual([]);
  });

  it('reads a meta noun with a gathering verb after it (“a paradigm that encapsulates …”)', () => {
    const [c] = found('As Ruiz (2018) notes in a survey of ports, a smart city is a paradigm that encapsulates sensing, analytics and participatory planning.');
    expect(c?.clause).toBe('a smart city is a paradigm that encapsulates sensing, analytics and participatory planning');
    expect(c?.attribution?.author).toBe('Ruiz');
  });

  it('ends the clause before a speaker named after it (“…, says the … Ana Ferreira”), and files it under the speaker', () => {
    const [c] = found('Smart cities are cities that let residents see every budget line online, says the civic technologist Ana Ferreira.');
    expect(c?.clause).toBe('Smart cities are cities that let residents see every budget line online');
    expect([c?.quoted, c?.attribution?.author]).toEqual([true, 'Ferreira']);
  });

  it('does not take a purpose (“serves both to cut … and to attract …”) for a definition', () => {
    expect(found('In most accounts, the smart city also serves both to cut emissions and to attract investment.')).toEqual([]);
  });

  it('does not take a place at the end of “For the planners we met in Lyon and Turin,” for the source', () => {
    const [own] = found('For the planners we met in Lyon and Turin, smart cities are cities that publish their sensor data under an open licence.');
    expect([own?.quoted, own?.attribution?.author]).toEqual([false, undefined]);
    const [cited] = found('For Lopez and Kim (2015), smart cities are cities that publish their sensor data under an open licence.');
    expect([cited?.quoted, cited?.attribution?.author]).toEqual([true, 'Lopez and Kim']);
  });

  it('reads a surname before run-together initials in the reference list (“Tan, B.K.”)', () => {
    const [c] = mineDefinitions([
      'Tan [2] sums up the debate in one line: a smart city is a city that plans with data from its own networks.\nReferences\n[1] Abe, K. (2010). Ports. Harbour Press.\n[2] Tan, B.K. (2014). Urban data. City Press.',
    ]);
    expect([c?.attribution?.author, c?.attribution?.year, c?.attribution?.ref]).toEqual(['Tan', 2014, '[2]']);
  });
});

describe('mineDefinitions: forms learnt from review-paper-5 (general rules, other wording)', () => {
  const found = (text: string) => mineDefinitions([text]);

  it('reads an undated citation (“(n.d.)”) as a source, in a table row and in parentheses after a quotation', () => {
    const [row] = found('Harbour Data Institute (n.d.) A smart city is a city that plans its services from the data its own networks collect.');
    expect([row?.clause, row?.quoted, row?.attribution?.author, row?.attribution?.year]).toEqual([
      'A smart city is a city that plans its services from the data its own networks collect',
      true,
      'Harbour Data Institute',
      undefined,
    ]);
    const [quoted] = found('One training site opens bluntly: “A smart city is one that measures every service it runs” (Civic Skills Hub, n.d.).');
    expect([quoted?.quoted, quoted?.attribution?.author]).toEqual([true, 'Civic Skills Hub']);
  });

  it('files a quotation after “For <one name>,” under that name, but not an unquoted point of view', () => {
    const [c] = found('For Lindahl, “A smart city is a city whose public services share one open data platform”.');
    expect([c?.clause, c?.quoted, c?.attribution?.author]).toEqual([
      'A smart city is a city whose public services share one open data platform',
      true,
      'Lindahl',
    ]);
    const [place] = found('For Rotterdam, a smart city is a city whose public services share one open data platform.');
    expect([place?.quoted, place?.attribution?.author]).toEqual([false, undefined]);
  });

  it('names the source that is the subject of a lead-in ending in a colon, not an unnamed group or a part of the document', () => {
    const [c] = found('Investopedia opens its entry with one sentence: a smart city is a municipality that uses data from sensors to run its services.');
    expect([c?.quoted, c?.attribution?.author]).toEqual([true, 'Investopedia']);
    const [group] = found('Vendors open their brochures with one sentence: a smart city is a municipality that uses data from sensors to run its services.');
    expect([group?.quoted, group?.attribution?.author]).toEqual([false, undefined]);
    const [part] = found('Table 2 gives the shortest one: a smart city is a municipality that uses data from sensors to run its services.');
    expect([part?.quoted, part?.attribution?.author]).toEqual([false, undefined]);
  });

  it('ends a short definiens before “according to” a speaker described after the name, and takes the year of the work named there', () => {
    const [c] = found('Smart cities are wired cities, according to the urbanist Jane Okafor, whose book Networked Streets (2004) made the phrase popular.');
    expect([c?.clause, c?.quoted, c?.attribution?.author, c?.attribution?.year]).toEqual(['Smart cities are wired cities', true, 'Okafor', 2004]);
    expect(c?.score).toBeGreaterThanOrEqual(0.5);
    expect(found('Smart cities are smart cities, according to the urbanist Jane Okafor.')).toEqual([]);
  });

  it('reads a definition given as the content of a definition noun (“Narrow definitions, in which a smart city is …”)', () => {
    const [c] = found('2. Narrow definitions, in which a smart city is a city that publishes a yearly audit of every sensor it operates.');
    expect([c?.clause, c?.quoted]).toEqual(['a smart city is a city that publishes a yearly audit of every sensor it operates', false]);
    expect(found('2. Pilot projects, in which a smart city is a partner of the utility companies.')).toEqual([]);
  });
});

describe('mineDefinitions: the misses left on the seen sets (general rules, other wording)', () => {
  const found = (text: string) => mineDefinitions([text]);

  it('goes on past a semicolon when the next clause takes up a noun of the definiens (“these streams …”), not when it is about the term', () => {
    const row =
      'Harbour Data Institute (2015) 12 Research Smart cities should be seen as networks of people using streams of sensor data and public records to plan services; these streams become valuable once they are used to plan repairs across the whole city. Networks, sensors, people, services. Nordic Alliance for Urban Data';
    const [c] = found(row);
    expect(c?.clause).toBe(
      'Smart cities should be seen as networks of people using streams of sensor data and public records to plan services; these streams become valuable once they are used to plan repairs across the whole city',
    );
    // The citation before the row number is the previous row's source cell; this row's is the name after its keyword cell.
    expect([c?.quoted, c?.attribution?.author, c?.attribution?.year]).toEqual([true, 'Nordic Alliance for Urban Data', undefined]);
    expect(
      found('Smart cities are cities that collect streams of data from sensors in streets and buildings; such cities often sell those streams to firms.')[0]
        ?.clause,
    ).toBe('Smart cities are cities that collect streams of data from sensors in streets and buildings');
  });

  it('files every quotation of an item that opens with a source label under it, however many sentences the name stands before', () => {
    const item =
      '(b) Okonjo and Reyes (4) “The first plan treated the city as a machine. It failed within a decade.” “A smart city is a city that learns from the data its residents choose to share.”';
    const [c] = found(item);
    expect([c?.clause, c?.quoted, c?.attribution?.author, c?.attribution?.ref]).toEqual([
      'A smart city is a city that learns from the data its residents choose to share',
      true,
      'Okonjo and Reyes',
      undefined,
    ]);
    // Commentary of the writer's between the label and the quotation: the quotation is no longer the label's.
    const [d] = found(
      '(b) Okonjo and Reyes (4) “The first plan treated the city as a machine.” Critics were not convinced. “A smart city is a city that learns from the data its residents choose to share.”',
    );
    expect([d?.quoted, d?.attribution?.author]).toEqual([true, undefined]);
  });

  it('cites a table cell with the marker that closes its second sentence when a keyword cell follows, not a prose paragraph', () => {
    const cell =
      'A smart city is a city that has built shared data platforms for its transport, energy and water services. Smart city programmes usually start with one of these services [14] .\n\nPlatforms, services, data sharing, transport';
    const [c] = found(cell);
    expect([c?.quoted, c?.attribution?.ref]).toEqual([true, '[14]']);
    const [prose] = found(
      'A smart city is a city that has built shared data platforms for its transport, energy and water services. Smart city programmes usually start with one of these services [14]. Most of them stop there.',
    );
    expect([prose?.quoted, prose?.attribution?.ref]).toEqual([false, undefined]);
  });

  it('reads a kind described by how it is made for a purpose (“is designed and built to …”), weakly, and keeps “is expected to” a claim', () => {
    const [c] = found('A sustainable city is designed and built to keep its energy and water use within what its region can renew.');
    expect(c?.clause).toBe('A sustainable city is designed and built to keep its energy and water use within what its region can renew');
    expect(c?.pattern).toBe('designed-to');
    expect(found('A sustainable city is expected to keep its energy and water use within what its region can renew.')).toEqual([]);
  });
});

describe('forms found in test5.jsonl and review-papers 6 and 8 (ninth extractor)', () => {
  const found = (text: string) => mineDefinitions([text]);
  const table = [
    'Table 4. How the municipal plans word the term.',
    'Ref.  Type       Source                       Wording',
    'M2    Municipal  Harbour Board (2017, p. 4)   A smart city is a city whose port, roads and',
    '                                              power lines report their state to one shared',
    '                                              operations room.',
    'M5    Municipal  Tallow parish notes (n.d.)   Smart City = A city that lets its residents',
    '                                              see every sensor reading it collects',
    '',
  ].join('\n');

  it('reads a page-wide table with a header row row by row, its label cells left out and its source cell as the source', () => {
    const [a, b] = found(table);
    expect(a?.clause).toBe('A smart city is a city whose port, roads and power lines report their state to one shared operations room');
    expect([a?.quoted, a?.attribution?.author, a?.attribution?.year]).toEqual([true, 'Harbour Board', 2017]);
    // An entry `Term = meaning` after a source cell, without a full stop: it does not run into the next row.
    expect(b?.clause).toBe('Smart City = A city that lets its residents see every sensor reading it collects');
    expect([b?.quoted, b?.attribution?.author, b?.attribution?.year]).toEqual([true, 'Tallow parish notes', undefined]);
  });

  it('takes a bare year or n.d. after the first cell of a table under its header as the source', () => {
    const rows = [
      'Author(s) Year Definition',
      'Okafor 2016 A smart city is a city that runs its buses, lights and bins from one data',
      '  platform.',
      'Lumen Labs n.d. A digital twin is a model of a building that its sensors keep up to date.',
    ].join('\n');
    const [a, b] = mineDefinitions([rows], { concept: ConfigSchema.parse({ concept: { name: 'smart city', terms: ['smart city', 'digital twin'] } }).concept });
    expect([a?.clause, a?.attribution?.author, a?.attribution?.year]).toEqual([
      'A smart city is a city that runs its buses, lights and bins from one data platform',
      'Okafor',
      2016,
    ]);
    expect([b?.quoted, b?.attribution?.author, b?.attribution?.year]).toEqual([true, 'Lumen Labs', undefined]);
  });
});

describe('subject and predicate forms found in test5.jsonl and review-paper-8 (ninth extractor)', () => {
  const found = (text: string) => mineDefinitions([text]);

  it('reads "a city is smart when" in the plural, with "if", with the head in quotes and without "as"', () => {
    expect(found('Towns and cities differ. Cities are smart if their residents can see and correct the data kept about them.')[0]?.clause).toBe(
      'Cities are smart if their residents can see and correct the data kept about them',
    );
    const [c] = found(
      'The ministry was blunt (Oyelowo, 2015, as cited in Brandt, 2020, p. 7): a ‘city’ may be called smart when its services share one data platform.',
    );
    expect([c?.clause, c?.attribution?.author, c?.attribution?.year]).toEqual([
      'a ‘city’ may be called smart when its services share one data platform',
      'Oyelowo',
      2015,
    ]);
    // A quantified plural is not the form.
    expect(found('Many cities are smart when it comes to marketing their data.')).toEqual([]);
  });

  it('lets alternative names joined by "or" stand between the term and its verb', () => {
    expect(found('A smart city, wired city, or intelligent city is a city that runs its services through shared data.')[0]?.clause).toBe(
      'A smart city, wired city, or intelligent city is a city that runs its services through shared data',
    );
  });

  it('skips an attribution set between the copula and the definiens ("are, in X’s words, “…”")', () => {
    const [c] = found('Smart cities are, in Adebayo’s words, “cities that let their residents audit the algorithms that serve them” (Adebayo, 2021).');
    expect([c?.clause, c?.quoted, c?.attribution?.author]).toEqual([
      'Smart cities are, in Adebayo’s words, “cities that let their residents audit the algorithms that serve them',
      true,
      'Adebayo',
    ]);
  });
});

describe('boundaries and quantifiers found in test5.jsonl (ninth extractor)', () => {
  const found = (text: string, minScore?: number) => mineDefinitions([text], minScore === undefined ? {} : { minScore });

  it('reads a quantifier before an adjective of the term as a determiner ("many smart cities are …" is not the concept in general)', () => {
    expect(found('The minister said that several smart cities are cities that publish their budgets as open data.')).toEqual([]);
    expect(
      found('The minister said that several smart cities are cities that publish their budgets as open data.', 0)[0]?.explanation.checks.map((c) => c.name),
    ).toContain('not the concept in general (several …)');
  });

  it('ends the definiens where ", and they/we …" opens the writers’ next statement', () => {
    expect(
      found('Osei and Park [4] define a smart city as a city that has one office for all its data, and they compare it with cities that have none.')[0]?.clause,
    ).toBe('a smart city as a city that has one office for all its data');
    // `and` joining two parts of the definiens stays.
    expect(found('A smart city is a city that collects data and shares it with residents.')[0]?.clause).toBe(
      'A smart city is a city that collects data and shares it with residents',
    );
  });

  it('takes only the term and meaning cells of a pipe-separated row, whatever the later cells hold', () => {
    expect(found('Smart city | A city that lets residents query the sensors on their street | Field notes, draft 2')[0]?.clause).toBe(
      'Smart city | A city that lets residents query the sensors on their street',
    );
  });
});

describe('relayed and cited speakers found in review-paper-8 (ninth extractor)', () => {
  const found = (text: string) => mineDefinitions([text]);

  it('files a quotation relayed through another source under the owner of the wording', () => {
    const [c] = found('A utility’s brochure reproduces the Open Cities Lab’s definition: “A smart city is a city that lets residents see the data it keeps.”');
    expect([c?.quoted, c?.attribution?.author]).toEqual([true, 'Open Cities Lab']);
  });

  it('takes the citation after a speaker named behind the quotation (“…,” explains X of Y (Y, n.d.)) as the source', () => {
    const [c] = found('“A smart city is a city that answers its residents within a day,” notes Maria Lund of Civiq (Civiq, n.d.). Few agree.');
    expect([c?.clause, c?.quoted, c?.attribution?.author]).toEqual(['A smart city is a city that answers its residents within a day', true, 'Civiq']);
    // Without a citation the speaker's surname stays the author.
    expect(found('“A smart city is a city that answers its residents within a day,” notes Maria Lund. Few agree.')[0]?.attribution?.author).toBe('Lund');
  });
});

describe('statements that are not definitions found in review-paper-8 (ninth extractor)', () => {
  const found = (text: string) => mineDefinitions([text]);

  it('reads a statement that its lead-in calls a purpose or goal as one, whatever its verb', () => {
    expect(found('The ministry states its goal plainly: smart cities aim at cleaner air by sharing traffic data between agencies.')).toEqual([]);
    // Without the lead-in, an aim with the means that reach it stays a weak definition.
    expect(found('Smart cities aim at cleaner air by sharing traffic data between agencies.')[0]?.pattern).toBe('aims-by');
  });

  it('does not take "refer to X as being <participle> …" for a definition', () => {
    expect(found('Consultants like to refer to the smart city as being shaped by its residents rather than by its vendors.')).toEqual([]);
    expect(found('Consultants refer to the smart city as a city that is shaped by its residents.')[0]?.clause).toBe(
      'the smart city as a city that is shaped by its residents',
    );
  });
});

describe('sources named around a quotation found in test5.jsonl (ninth extractor)', () => {
  const found = (text: string) => mineDefinitions([text]);

  it('names the source of a lead-in paragraph that proposes a definition, a note number glued to a word left out', () => {
    const [c] = found(
      'The OURS handbook3 offers the following definition of a smart city, adapted from earlier work:\n\n“A smart city is a city that plans with its residents’ data. The rest follows.”',
    );
    expect([c?.quoted, c?.attribution?.author]).toEqual([true, 'OURS']);
  });

  it('reads a quotation in straight marks that closes in a later sentence as quoted, with a publication line under it as its source', () => {
    const [c] = found(
      '"A smart city is a city that publishes what its sensors record. Residents can then check it."\n\nCityLab Press release: Open sensors for every street',
    );
    expect([c?.clause, c?.quoted, c?.attribution?.author]).toEqual(['A smart city is a city that publishes what its sensors record', true, 'CityLab']);
  });

  it('takes the year from a source line after a dash (“–Name, 2015–”)', () => {
    const [c] = found('A smart city is a city that lets its residents see every sensor reading it collects.\n–Ines Varga, 2019–');
    expect([c?.attribution?.author, c?.attribution?.year]).toEqual(['Varga', 2019]); // (by surname: conventions rule 1)
  });
});

describe('a table under a header row as a PDF reader gives it (ninth extractor)', () => {
  it('keeps a row together when the reader lost its indent, and drops one-word label cells that no longer line up', () => {
    const page = [
      'Ref. Type Source Wording',
      'M2 Municipal Harbour Board (2017) A smart city is a city whose port, roads and',
      'power lines report their state to one shared operations room.',
      'M5 Municipal Tallow Council (n.d.) A smart city is a city that lets its residents',
      '(and its visitors) see every sensor reading it collects.',
      '4. Discussion',
      'The rows differ.',
    ].join('\n');
    const found = mineDefinitions([page]);
    expect(found.map((c) => [c.clause, c.attribution?.author])).toEqual([
      ['A smart city is a city whose port, roads and power lines report their state to one shared operations room', 'Harbour Board'],
      ['A smart city is a city that lets its residents (and its visitors) see every sensor reading it collects', 'Tallow Council'],
    ]);
  });
});

describe('choosing the source among several names, organisation authors, notes and progressive passives (tenth extractor)', () => {
  const found = (text: string) => mineDefinitions([text]);
  const refs = (...entries: string[]) => `\n\nReferences\n${entries.join('\n')}`;

  it('files a source relayed through an intermediary under the source, not the nearer intermediary', () => {
    const text =
      'For Okoro and Lind [4], as compiled by Brandt et al. [2], a smart city is defined as a city that pools its sensor data for every service.' +
      refs(
        '[2] K. Brandt, L. Moss, and T. Weir, “Urban data compendium,” City Stud., vol. 3, pp. 1–9, 2019.',
        '[4] A. Okoro and P. Lind, “Pooled cities,” Urban Inf., vol. 8, pp. 40–52, 2011.',
      );
    const [c] = found(text);
    expect([c?.attribution?.author, c?.attribution?.year, c?.attribution?.ref]).toEqual(['Okoro and Lind', 2011, '[4]']);
    // Author–year too: `Rossi (2008), quoted in Haas (2020), …`.
    const [d] = found('According to Rossi (2008), quoted in Haas (2020), smart cities are cities that publish every contract they sign.');
    expect([d?.attribution?.author, d?.attribution?.year]).toEqual(['Rossi', 2008]);
  });

  it('reads an organisation in the reference list whole, initials of its country and abbreviation included or left out as cited', () => {
    const text =
      'The U.K. Office for Digital Planning [3] defines a smart city as a place whose plans are updated from sensors in that place. ' +
      'The Netherlands Standards Institute [5] describes a smart city as a city that certifies its data services.' +
      refs(
        '[3] U.K. Office for Digital Planning, “Twins for towns,” London, 2021.',
        '[5] Netherlands Standards Institute (NSI), “NSI 40: City data services,” Delft, 2022.',
      );
    const [a, b] = found(text);
    expect([a?.attribution?.author, a?.attribution?.year]).toEqual(['U.K. Office for Digital Planning', 2021]);
    expect([b?.attribution?.author, b?.attribution?.year]).toEqual(['Netherlands Standards Institute', 2022]);
  });

  it('ends a sentence at a superscript note marker after its full stop, and a note that only comments cites nothing', () => {
    const text =
      'A sustainable city, in this charter, is a city that spends no more water than its catchment gives it.³ In this charter, a smart city is a city that lets residents vote on its data budget.\n' +
      '³ Catchment figures are averaged over five dry years for this purpose.';
    const [a, b] = found(text);
    expect([a?.clause, a?.quoted]).toEqual(['A sustainable city, in this charter, is a city that spends no more water than its catchment gives it', false]);
    expect([b?.clause, b?.quoted]).toEqual(['a smart city is a city that lets residents vote on its data budget', false]);
    // A note that cites a source keeps the definition quoted.
    const cited = found(
      'A sustainable city, in this charter, is a city that spends no more water than its catchment gives it.³ Few cities do.\n³ Rivers Board, Water Accounts, 2019.',
    );
    expect(cited[0]?.quoted).toBe(true);
  });

  it('takes a person named in apposition in a colon lead-in as the speaker (surname)', () => {
    const [c] = found('Only the chair of the Harbour Board, Lena Vasquez-Holt, offered an answer: a smart city is “a city that knows where its boats are”.');
    expect([c?.quoted, c?.attribution?.author]).toEqual([true, 'Vasquez-Holt']);
    const [d] = found(
      'Tomas Eriksen, the port’s data officer, replied in one line: a sustainable city is “a city that lives within the water its catchment gives it”.',
    );
    expect([d?.quoted, d?.attribution?.author]).toEqual([true, 'Eriksen']);
  });

  it('reads a progressive passive with `as` (`are being reinvented as`) as a definition', () => {
    const [c] = found('Today smart cities are increasingly being reinvented as shared platforms that several agencies update and query together.');
    expect([c?.clause, c?.pattern]).toEqual([
      'smart cities are increasingly being reinvented as shared platforms that several agencies update and query together',
      'reinvented-as',
    ]);
  });
});
