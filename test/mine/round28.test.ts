import { describe, expect, it } from 'vitest';
import { expandedIn } from '../../src/mine/acronyms.js';
import { mine } from './cases.js';

// The twenty-eighth extractor: general rules for the error classes of the twenty-seventh blind round (review-paper-37;
// bench/RESULTS.md, "Twenty-eighth extractor"). Every case is written here, none copied from the labelled set; each
// rule has cases it must change and definitions it must leave.

describe('a body cited by an acronym the document expands in its own words (`the Ministry of Coastal Affairs (MIPCO)`)', () => {
  const report = [
    'The Ministry of Coastal Affairs and Ports (MIPCO) issued its smart harbour towns plan in 2022.',
    'MIPCO (2022, p. 4) defines a smart city as “a town that runs its port and its streets from one shared register of data”.',
  ].join(' ');

  it('files the definition under the name the document gives, though its initials do not spell the acronym', () => {
    const [found] = mine(report);
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Ministry of Coastal Affairs and Ports', year: 2022 } });
  });

  it('reads the name back to its first word with the acronym’s initial, not past a possessive, across a comma', () => {
    expect(expandedIn('SUTE', 'Under Norland’s Secretariat of Urban, Transport and Energy Policy (SUTE) the plan went on.')).toBe(
      'Secretariat of Urban, Transport and Energy Policy',
    );
    expect(expandedIn('MRD', 'In the Charter for Towns of the Ministry of Rural\nDevelopment (MRD), the term appears.')).toBe('Ministry of Rural Development');
  });

  it('reads an acronym list’s line, and gives nothing when the document expands the acronym two ways', () => {
    expect(expandedIn('SDTA', 'Acronyms\nCDB: Coastal Development Bank. SDTA: Secretariat of Digital Towns (Arcadia).')).toBe('Secretariat of Digital Towns');
    expect(expandedIn('MIPCO', 'the Ministry of Ports (MIPCO) and later the Ministry of Coasts (MIPCO)')).toBeUndefined();
    expect(expandedIn('MIPCO', 'a plan (MIPCO) was issued')).toBeUndefined();
  });
});

describe('a statute’s article quoted as a block, its lettered items run together and its citation on the line below', () => {
  const article = [
    'The Act on connected districts defines two terms in its first article:',
    '  Article 1. Terms. In this Act: (a) “smart city” means a district that runs its public services from data it',
    '  publishes and answers for. (b) “open register” means any register kept by the district.',
    '(Act 55, 2021, art. 1; our translation.)² Article 2 sets the purpose of the Act.',
  ].join('\n');

  it('ends the item before the next lettered one (`… answers for. (b) “open register” means …`)', () => {
    const [found] = mine(article);
    expect(found!.clause).toBe('“smart city” means a district that runs its public services from data it publishes and answers for');
  });

  it('reads the citation under the block though a note marker follows it (`(Act 55, 2021, art. 1; …)²`)', () => {
    const [found] = mine(article);
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Act 55', year: 2021 } });
  });

  it('leaves a lower-case word after a lettered item’s full stop, and a letter in parentheses mid-sentence, alone', () => {
    expect(mine('A smart city is (a) a city that shares its data and (b) a city that answers for it.')).toHaveLength(1);
    expect(mine('A smart city is a city that shares its data (b) and answers for it.')[0]!.clause).toBe(
      'A smart city is a city that shares its data (b) and answers for it',
    );
  });
});

describe('a fixed-width table whose header names its definition column in a few words', () => {
  // (a country table: a label column first, the instrument with its issuing body's acronym, the year, the definition)
  const table = [
    'Table 2. Regional instruments and what they say',
    'Region        Instrument                      Year  Definition or, where none, its aim',
    'North         Towns data plan (MIVUR)         2021  A smart city is a town that publishes',
    '                                                    the data it runs its services on',
    'South         Coastal strategy (SCA)          2019  no definition; funds sea walls',
    'Note: MIVUR is Arcadia’s Ministry of Housing and Urban Renewal.',
  ].join('\n');

  it('reads each row on its own, its wrapped cell whole, and files it under the body that issued it', () => {
    const found = mine(table);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      clause: 'A smart city is a town that publishes the data it runs its services on',
      quoted: true,
      attribution: { author: 'Ministry of Housing and Urban Renewal', year: 2021 },
    });
  });

  it('drops a column between the source and the definition that is not a date, a term or a source (`Method`)', () => {
    const papers = [
      'Paper                     Method       Term          How each paper defines it',
      'Quennell-Abara (2024)     interviews   smart city    A smart city is a council that answers',
      '                                                     for the data it buys (p. 3)',
      'Osterby-Lind (2023)       survey       digital twin  not defined',
    ].join('\n');
    const [found] = mine(papers);
    expect(found).toMatchObject({
      clause: 'A smart city is a council that answers for the data it buys',
      attribution: { author: 'Quennell-Abara', year: 2024 },
    });
  });

  it('leaves prose whose words happen to be parted by two spaces, and a header whose next line is prose, as they were', () => {
    const prose = 'Country  Instrument  Year  How each one defines it\nThe smart city is a city that shares its data with residents.';
    expect(mine(prose)).toHaveLength(1);
  });
});

describe('a post-modified term with an aside between commas before its verb (`A digital twin of the port, in the words of …, is`)', () => {
  it('reads the verb past the aside, the clause from the term', () => {
    const [found] = mine(
      'A digital twin of the harbour cranes, in the words of the port plan, is “a live model of every crane that crews consult before a lift” (Port of Arnsby, 2021, p. 4).',
    );
    expect(found).toMatchObject({
      clause: 'A digital twin of the harbour cranes, in the words of the port plan, is “a live model of every crane that crews consult before a lift',
      attribution: { author: 'Port of Arnsby', year: 2021 },
    });
  });

  it('leaves a verb of action after the aside as it was', () => {
    expect(mine('A digital twin of the harbour cranes, in the words of the port plan, needs data from every crane.')).toEqual([]);
  });
});

describe('glossary lines a terminology record or a key-term margin prints', () => {
  it('reads a lower-case term set off by a spaced dash at the line’s start, with or without its word class', () => {
    expect(mine('Key term\nsmart city — a city that runs its services from data it shares with its residents')[0]!.clause).toBe(
      'smart city — a city that runs its services from data it shares with its residents',
    );
    expect(mine('digital twin (n.) — virtual model of a physical asset that is kept current from sensor data')[0]!.clause).toBe(
      'digital twin (n.) — virtual model of a physical asset that is kept current from sensor data',
    );
  });

  it('ends the entry at a source line under it, which names its source', () => {
    const [found] = mine('smart city (n.) — urban area in which shared data is used to run public services\nSource: Ostmark Language Office (2022)');
    expect(found).toMatchObject({
      clause: 'smart city (n.) — urban area in which shared data is used to run public services',
      attribution: { author: 'Ostmark Language Office', year: 2022 },
    });
  });

  it('reads a domain’s word before the term at a line’s colon, the entry starting at it (`Harbour digital twin: …`)', () => {
    expect(mine('3 Terms\nHarbour digital twin: a model of quays, cranes and berths that is updated from the port’s own systems.')[0]!.clause).toBe(
      'Harbour digital twin: a model of quays, cranes and berths that is updated from the port’s own systems',
    );
  });

  it('leaves a title’s verb and its object, and a lower-case term mid-paragraph, alone', () => {
    expect(mine('Reading the smart city: data, panels and the limits of counting.')).toEqual([]);
    expect(mine('Auditing digital twins: registers, sensors and the limits of measurement.')).toEqual([]);
    expect(mine('The plan names three goals and one term, smart city — a label the council borrowed from its vendors.')).toEqual([]);
  });
});

describe('`is less A than B` where B is a genus with a differentia (convention 12(b))', () => {
  it('defines, the clause running on past a colon that spells B out', () => {
    expect(mine('A digital twin is less a drawing than a ledger: a shared record of pipes and valves that every crew updates.')[0]!.clause).toBe(
      'A digital twin is less a drawing than a ledger: a shared record of pipes and valves that every crew updates',
    );
    expect(mine('A smart city is less a gadget than a working habit of council officers who publish what they measure.')).toHaveLength(1);
  });

  it('leaves bare nouns on both sides an evaluation', () => {
    expect(mine('A smart city is less a place than a slogan.')).toEqual([]);
    expect(mine('The smart city, in most plans, is less a kind of town than a spending heading.')).toEqual([]);
  });
});

describe('the term in title case and the plural with a singular verb (`Azure Digital Twins is an … platform`)', () => {
  it('is a name (a product’s, a programme’s), not the concept: below the default threshold', () => {
    expect(mine('Harbourline Digital Twins is a cloud service that lets engineers model their plants.')).toEqual([]);
    expect(mine('Smart Cities is a grant programme that funds sensor pilots in coastal towns.')).toEqual([]);
  });

  it('leaves a plural term with a plural verb, and a lower-case term named as a word, as they were', () => {
    expect(mine('Smart Cities are cities that run their services from data they share.')).toHaveLength(1);
    expect(mine('Smart cities is a term that describes towns that run their services from shared data.')).toHaveLength(1);
  });
});

describe('a speaker set between commas with a relayed citation (`A sustainable city, for the planner Oskar Lind (1991, as cited in …), is`)', () => {
  it('reads the verb past the aside and files the definition under the speaker’s surname and year', () => {
    const [found] = mine(
      'A sustainable city, for the engineer Maren Ostrowe-Calloway (1988, as cited in Pettigrew-Amadi, 2015, p. 12), is “a city that lives within the water its valley can give”.',
    );
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Ostrowe-Calloway', year: 1988 } });
    expect(found!.clause.startsWith('A sustainable city, for the engineer')).toBe(true);
  });
});

describe('a verb of regarding before a role or a ranking (`is considered a key concept of …`)', () => {
  it('is judged as after a copula: below the default threshold', () => {
    expect(mine('The digital twin is considered a key concept of lean shipyards (Okafor 2019) and draws much investment.')).toEqual([]);
  });

  it('leaves a genus with a differentia after the verb as it was', () => {
    expect(mine('The digital twin is considered a model of a vessel that is kept current from its own sensors.')).toHaveLength(1);
  });
});

describe('a definition announced by a possessive after a colon (`Their definition is given early on: a port digital twin is …`)', () => {
  const text =
    'Quennell-Abara and Osterby-Lind (2026) report two years of work on a ferry terminal. Their definition is given in the first section: a ferry digital twin is a model of ramps, vessels and queues that is updated from the terminal’s own systems.';

  it('reads a domain’s noun before the term after the colon as part of its noun phrase', () => {
    expect(mine(text)[0]!.clause).toBe('a ferry digital twin is a model of ramps, vessels and queues that is updated from the terminal’s own systems');
  });

  it('files it under the source the sentence before opens with', () => {
    expect(mine(text)[0]).toMatchObject({ quoted: true, attribution: { author: 'Quennell-Abara and Osterby-Lind', year: 2026 } });
  });

  it('leaves the writers’ own (`Our definition …:`) unattributed', () => {
    const own = mine(
      'Quennell-Abara and Osterby-Lind (2026) report two years of work on a ferry terminal. Our definition is simpler: a digital twin is a model of a terminal that is updated from its own systems.',
    );
    expect(own[0]!.quoted).toBe(false);
  });
});

describe('a naming participle after a mid-sentence citation (`… assets (Rasheed et al., 2020), referred to as the physical twin …`)', () => {
  it('ends the clause at the citation, which attributes it', () => {
    const [found] = mine(
      'Digital twins are live virtual models of harbour cranes (Okonkwo-Reyes et al., 2021), referred to as the physical cranes (Lund, 2019) in the later work.',
    );
    expect(found).toMatchObject({
      clause: 'Digital twins are live virtual models of harbour cranes',
      attribution: { author: 'Okonkwo-Reyes et al.', year: 2021 },
    });
  });
});

describe('a guest answering a host in a short transcript (`PRESENTER: … / OSTERBY-LIND: … / PRESENTER: …`)', () => {
  it('files the guest’s definition under the guest, though the guest labels one turn only', () => {
    const [found] = mine(
      'PRESENTER: So, in a sentence — what is a smart city?\nOSTERBY-LIND: Briefly? A smart city is a city that tells its residents what its sensors see.\nPRESENTER: Thank you.',
    );
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Osterby-Lind' } });
  });
});
