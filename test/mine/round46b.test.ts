import { describe, expect, it } from 'vitest';
import { yearIn } from '../../src/mine/citations.js';
import { mine } from './cases.js';

// The forty-sixth extractor, part b: who said it (issue 11). Every text is written here, none copied from the labelled
// set; each rule has cases it must change and cases it must leave.

const attributionOf = (text: string) => mine(text)[0]?.attribution;

describe('a title before one surname is filed by the surname (settled convention 1)', () => {
  it('drops the title, with or without its full stop', () => {
    expect(attributionOf('Dr. Okonkwo-Hale defines a smart city as a city that publishes what its sensors record.')).toMatchObject({
      author: 'Okonkwo-Hale',
    });
    expect(attributionOf('Professor Lindqvist defines a smart city as a city that publishes what its sensors record.')).toMatchObject({
      author: 'Lindqvist',
    });
  });

  it('leaves a body, and a name with given names (already filed by its surname)', () => {
    expect(attributionOf('Dr Anna Lindqvist defines a smart city as a city that publishes what its sensors record.')).toMatchObject({
      author: 'Lindqvist',
    });
    expect(attributionOf('The Harbour Board defines a smart city as a city that publishes what its sensors record.')).toMatchObject({
      author: 'Harbour Board',
    });
  });
});

describe('a speaker who told someone that “…”, named before a description between commas', () => {
  it('names the speaker when whom they told is any short phrase', () => {
    expect(attributionOf('Kofi Mensah told reporters that “a smart city is a city that answers its residents within a day.”')).toMatchObject({
      author: 'Mensah',
    });
    expect(
      attributionOf('Mr. J. K. Mensah, the city engineer, told the Chamber of Trade that “a smart city is a city that answers its residents within a day.”'),
    ).toMatchObject({ author: 'Mensah' });
  });

  it('names no one when no name stands before the verb', () => {
    const found = attributionOf('Everyone at the meeting was told that “a smart city is a city that answers its residents within a day.”');
    expect(found?.author).toBeUndefined();
  });
});

describe('a body’s titled document, cited after the body (convention 2: the document of an organisation is the organisation)', () => {
  it('files `(Body, Title, year)` under the body', () => {
    expect(
      attributionOf('A smart city is “a city that plans its services from shared data” (Marlow Vale District Council, Digital Places Strategy, 2020).'),
    ).toMatchObject({ author: 'Marlow Vale District Council', year: 2020 });
  });

  it('leaves authors listed with commas, and a body whose name has a comma', () => {
    expect(attributionOf('A smart city is “a city that plans its services from shared data” (Okafor, Lind, and Reyes, 2020).')).toMatchObject({
      author: 'Okafor et al.',
      year: 2020,
    });
    expect(
      attributionOf('A smart city is “a city that plans its services from shared data” (Marlow Vale District Council, Planning Team, 2020).')?.author,
    ).not.toBe('Marlow Vale District Council');
  });

  it('files a title cited after `its` under the body the possessive points back to', () => {
    expect(
      attributionOf(
        'The Office for Coastal Towns uses the definition set out in its Resilient Harbours Handbook (2024): a smart city is a city that shares its port and transport data with residents.',
      ),
    ).toMatchObject({ author: 'Office for Coastal Towns', year: 2024 });
  });

  it('leaves a titled document cited with no possessive', () => {
    expect(
      attributionOf(
        'The definition set out in the Resilient Harbours Handbook (2024) is plain: a smart city is “a city that shares its port and transport data with residents.”',
      )?.author,
    ).not.toBe('Office for Coastal Towns');
  });
});

describe('authors printed as a reference list prints them are cited as an author–year citation (settled convention 1)', () => {
  it('reads `Surname, I.` runs as one, two or several authors', () => {
    expect(
      attributionOf(
        'According to the definition given by Okafor, B., Van Lith, C., & Reyes, P.,[12] a smart city is a city whose investments in people and networks fuel growth.',
      ),
    ).toMatchObject({ author: 'Okafor et al.' });
    expect(attributionOf('A smart city is a humane place shaped by civic values (Mensah, K.A, 2019).')).toMatchObject({ author: 'Mensah', year: 2019 });
  });

  it('leaves a body’s name with a comma, and comma-listed surnames without initials', () => {
    expect(attributionOf('A smart city is “a city that plans its services from shared data” (Okafor, Lind, and Reyes, 2020).')).toMatchObject({
      author: 'Okafor et al.',
    });
  });
});

describe('a document part before the source it belongs to, and a year run in from the lead-in', () => {
  it('files the source, not the part', () => {
    expect(
      attributionOf(
        'Clause 4.2 of QSB 3301:2020 defines a sustainable city as a city in which environmental and social performance are managed together against published targets.',
      ),
    ).toMatchObject({ author: 'QSB 3301:2020', year: 2020 });
    expect(
      attributionOf('A digital twin is a virtual model linked to a physical object by a two-way flow of data (see Table 3, adapted from Lind and Osei, 2020).'),
    ).toMatchObject({ author: 'Lind and Osei', year: 2020 });
    expect(
      attributionOf(
        'In 2024 the Harbour Infrastructure Commission defined a sustainable city as “a city whose demands on land and water can be met from within its own region”.',
      ),
    ).toMatchObject({ author: 'Harbour Infrastructure Commission', year: 2024 });
  });

  it('leaves a document whose name opens with a year', () => {
    expect(
      attributionOf('The 2030 Urban Agenda defines a smart city as “a city that plans its services from shared data and publishes what it measures”.')?.author,
    ).not.toMatch(/^the\s/iu);
  });
});

describe('a speaker named after the closing mark keeps the particle printed with the surname (settled convention 1)', () => {
  it('keeps `Bin`, `van der` before the surname', () => {
    expect(attributionOf('“A smart city is a safe, healthy and well-run city,” Bin Rashid told the audience.')).toMatchObject({ author: 'Bin Rashid' });
    expect(attributionOf('“A smart city is a safe, healthy and well-run city,” said Omar van der Berg at the opening.')).toMatchObject({
      author: 'van der Berg',
    });
  });

  it('leaves a given name and surname as the surname', () => {
    expect(attributionOf('“A smart city is a safe, healthy and well-run city,” said Omar Haddad at the opening.')).toMatchObject({ author: 'Haddad' });
  });
});

describe('a LaTeX citation command run on to a name is no part of it', () => {
  it('files the authors, not the command', () => {
    expect(
      attributionOf(
        'Lindqvist and Osei~\\cite{lindqvist2020} define a smart city as ``an urban system in which networked data is used to coordinate services``~\\cite[p.~4]{lindqvist2020}.',
      ),
    ).toMatchObject({ author: 'Lindqvist and Osei' });
  });
});

describe('no source where none is named: the writer in the first person, a box heading that asks a question', () => {
  it('keeps the writer’s own definition own', () => {
    expect(
      mine('So what is a sustainable city? The way I’d put it, a sustainable city is a city that can keep meeting the needs of its people.')[0],
    ).toMatchObject({
      quoted: false,
    });
  });

  it('reads no question line under a definition as its source', () => {
    const entry = [
      'DIGITAL TWIN',
      'A digital twin is a copy of something real that lives inside a computer.',
      'WHO KNEW? Engineers can crash a twin of a bridge many times.',
    ].join('\n');
    expect(mine(entry)[0]).toMatchObject({ quoted: false });
  });

  it('leaves a named speaker’s way of putting it', () => {
    expect(attributionOf('The way Kovacs put it, a sustainable city is a city that can keep meeting the needs of its people.')).toMatchObject({
      author: 'Kovacs',
    });
  });
});

describe('a standard’s identifier is dated by its edition after the colon, whatever its number', () => {
  it('reads the year after the colon', () => {
    expect(yearIn('PAS 2060:2014')).toBe(2014);
    expect(yearIn('Clause 4.2 of KSB 2051:2021')).toBe(2021);
    expect(
      attributionOf(
        'Clause 4.2 of QSB 2040:2019 defines a sustainable city as a city in which environmental and social performance are managed together against targets.',
      ),
    ).toMatchObject({ author: 'QSB 2040:2019', year: 2019 });
  });

  it('leaves a year printed with no identifier', () => {
    expect(yearIn('Harbour Board (2021)')).toBe(2021);
    expect(yearIn('Harbour Board 2019 strategy, 2021 edition')).toBe(2019);
  });
});

describe('a peer review file whose byline prints surnames alone, or in parentheses after the manuscript’s number (convention 13)', () => {
  const quotedInReport = (head: string) =>
    [
      head,
      'Reviewer 1 (anonymous), report of 2 June 2026',
      '1.3 On p. 4 the authors write: “A smart city is a city that publishes every dataset its sensors collect.” This is too narrow.',
    ].join('\n');

  it('files the manuscript’s words a report quotes under the byline, the year received', () => {
    const expected = { quoted: true, attribution: { author: 'Okonjo-Brandt et al.', year: 2026 } };
    expect(
      mine(
        quotedInReport(
          'PEER REVIEW FILE — Journal of Civic Systems, manuscript JCS-2026-0311\nAuthors: Okonjo-Brandt, Lindqvist and Rahm · Received: 4 March 2026',
        ),
      )[0],
    ).toMatchObject(expected);
    expect(
      mine(
        quotedInReport('PEER REVIEW FILE — Journal of Civic Systems, manuscript JCS-2026-0311 (Okonjo-Brandt, Lindqvist and Rahm)\nReceived: 4 March 2026'),
      )[0],
    ).toMatchObject(expected);
  });

  it('reads a comment’s number heading the authors’ own answer as the response, dated after the comma', () => {
    const file = [
      'PEER REVIEW FILE — Journal of Civic Systems, manuscript JCS-2026-0311 (Okonjo-Brandt, Lindqvist and Rahm)',
      'Authors’ response, 14 August 2026, signed by P. Okonjo-Brandt on behalf of all authors',
      'Comment 1.3: We agree, and now define a smart city as a city that publishes every dataset its sensors collect and explains what it does with them.',
    ].join('\n');
    expect(mine(file)[0]).toMatchObject({ quoted: true, attribution: { author: 'Okonjo-Brandt et al.', year: 2026 } });
  });

  it('leaves a document that is no peer review file', () => {
    const notes = [
      'Meeting notes — manuscript JCS-2026-0311 (Okonjo-Brandt, Lindqvist and Rahm)',
      'We now define a smart city as a city that publishes every dataset its sensors collect.',
    ].join('\n');
    expect(mine(notes)[0]?.attribution?.author).toBeUndefined();
  });
});

describe('a Q&A forum’s answer header names the answerer after a dash (convention 9: a thread gathers signed posts)', () => {
  it('files the answer under the answerer, by surname', () => {
    const thread = [
      'Q: Is a 3D city model already a digital twin?',
      '',
      'A (score 22) — answered by Ingrid Solheim-Vik:',
      'No. A digital twin is a city model that is kept in step with the city by live data, so that what you query is the city as it is today.',
    ].join('\n');
    expect(mine(thread)[0]).toMatchObject({ quoted: true, attribution: { author: 'Solheim-Vik' } });
  });

  it('leaves `answered by` inside a sentence', () => {
    const text = 'The question was answered by Ingrid Solheim-Vik in the end. A digital twin is a city model that is kept in step with the city by live data.';
    expect(mine(text)[0]?.attribution?.author).toBeUndefined();
  });
});

describe('an e-reader’s clippings export: a highlight is the book’s words, its author in the header', () => {
  const clipping = (title: string) =>
    [
      title,
      '- Your Highlight on page 12 | location 180-182 | Added on Monday, 3 May 2027 09:14:02',
      '',
      'A smart city is a city that counts what it used to guess and publishes the count.',
    ].join('\n');

  it('files the highlight under the book’s author by surname, with no year (the date is the reader’s)', () => {
    for (const title of ['The Counting City (Marrowby-Lund, Petra)', 'The Counting City (Petra Marrowby-Lund)']) {
      const [found] = mine(clipping(title));
      expect(found).toMatchObject({ quoted: true, attribution: { author: 'Marrowby-Lund' } });
      expect(found?.attribution?.year).toBeUndefined();
    }
  });

  it('leaves a title with a name in parentheses and no highlight header', () => {
    expect(
      mine('The Counting City (Marrowby-Lund, Petra)\n\nA smart city is a city that counts what it used to guess and publishes the count.')[0],
    ).toMatchObject({
      quoted: false,
    });
  });
});

describe('an RDF description in Turtle: its source and date properties give the definition’s source', () => {
  it('files a definition literal under the description’s `dct:source`, a document of a body under the body', () => {
    const turtle = [
      'ex:smartCity a skos:Concept ;',
      '    skos:prefLabel "smart city"@en ;',
      '    skos:definition "A smart city is a city that manages its services through data shared across its departments."@en ;',
      '    dct:source "Harbourside District Council, Open Data Strategy (2021)" .',
    ].join('\n');
    expect(mine(turtle)[0]).toMatchObject({ quoted: true, attribution: { author: 'Harbourside District Council', year: 2021 } });
  });

  it('leaves a source property of another description', () => {
    const turtle = [
      'ex:smartCity a skos:Concept ;',
      '    skos:definition "A smart city is a city that manages its services through data shared across its departments."@en .',
      'ex:other a skos:Concept ;',
      '    dct:source "Harbourside District Council, Open Data Strategy (2021)" .',
    ].join('\n');
    expect(mine(turtle)[0]?.attribution?.author).toBeUndefined();
  });
});

describe('a data format’s string literal is no quotation; a record’s source fields still name its source', () => {
  it('keeps a JSON value and an SQL literal with no source field the document’s own', () => {
    const json =
      '{"@type":"DefinedTerm","name":"Smart city","description":"A smart city is a city that publishes the data its sensors collect and explains its use.","inDefinedTermSet":"https://example.org/terms"}';
    expect(mine(json)[0]).toMatchObject({ quoted: false });
    const sql =
      "COMMENT ON TABLE city.terms IS\n  'Glossary. A digital twin here is a model of one physical asset that is updated from that asset''s sensors every hour.';";
    expect(mine(sql)[0]).toMatchObject({ quoted: false });
  });

  it('reads a record’s source whose field holds full stops, its authors listed before the venue', () => {
    const record = [
      '[',
      '  {',
      '    "id": "R12",',
      '    "source": "Okafor-Lind, Brandt-Moe and Sellwood-Aas, Proc. Symp. Civic Data, pp. 12-19",',
      '    "year": 2021,',
      '    "definition": "A smart city is a city that publishes the data its sensors collect and explains its use.",',
      '    "status": "included"',
      '  }',
      ']',
    ].join('\n');
    expect(mine(record)[0]).toMatchObject({ quoted: true, attribution: { author: 'Okafor-Lind et al.', year: 2021 } });
  });

  it('leaves a quotation in prose', () => {
    expect(mine('The council put it plainly: “A smart city is a city that publishes the data its sensors collect.”')[0]).toMatchObject({ quoted: true });
  });
});

describe('a person and their work on the line under a sentence, as a book of quotations or an epigraph prints them', () => {
  it('files the sentence under the person, with the work’s year', () => {
    const entry = [
      'SMART CITY',
      '4 A smart city is a city that has stopped guessing and started counting.',
      '  Petra Okonjo-Hale, Counting Streets (2017), ch. 2',
    ].join('\n');
    expect(mine(entry)[0]).toMatchObject({ quoted: true, attribution: { author: 'Okonjo-Hale', year: 2017 } });
  });

  it('leaves a line that names a work but no person', () => {
    const body = ['A smart city is a city that has stopped guessing and started counting.', 'Counting Streets, Annual Review (2017), ch. 2'].join('\n');
    expect(mine(body)[0]?.attribution?.author).toBeUndefined();
  });
});

describe('a body the text names by its place, the note naming it in full (convention 2: its fullest name as printed)', () => {
  it('files the note’s full name', () => {
    const page = [
      'Eastholt has used the term in its own sense since 2021: a smart city is a city that publishes the data it collects and lets residents switch any sensor off in their street.4',
      '',
      '4 Eastholt District Council (2021), Digital Places Strategy, p. 6.',
    ].join('\n');
    expect(mine(page)[0]).toMatchObject({ quoted: true, attribution: { author: 'Eastholt District Council', year: 2021 } });
  });

  it('leaves a note naming a different body', () => {
    const page = [
      'Eastholt has used the term in its own sense since 2021: a smart city is a city that publishes the data it collects and lets residents switch any sensor off in their street.4',
      '',
      '4 Westmere District Council (2021), Digital Places Strategy, p. 6.',
    ].join('\n');
    expect(mine(page)[0]?.attribution?.author).not.toBe('Westmere District Council');
  });
});
