import { describe, expect, it } from 'vitest';
import { mine } from './cases.js';
import { bodyNamedIn } from '../../src/mine/acronyms.js';
import { mineLearned } from '../../src/mine/learn/miner.js';
import { concept } from './cases.js';

// The fifty-first extractor, part b: who said it (issue 11). Every text is written here, none copied from the labelled set;
// each rule has cases it must change and cases it must leave.

const first = (text: string) => mine(text, 0)[0];
const all = (text: string) => mine(text, 0);

describe('a body by its short name, `The Department states that “…”`: the full name the document prints (convention 2)', () => {
  const issued = 'Consultation issued by: the Ministry for Rivers, Canals and Inland Ports, published 4 May 2025, closing 30 June 2025.';
  it('files the quotation under the body named in full before, with the year of the document it put out', () => {
    const found = all(
      `${issued}\n\nWe answer all questions below.\n\nThe Ministry states (paragraph 1.4) that a sustainable city is “a city whose rivers are clean enough to swim in every summer”.`,
    ).find((c) => c.term === 'sustainable city');
    expect(found?.quoted).toBe(true);
    expect(found?.attribution?.author).toBe('Ministry for Rivers, Canals and Inland Ports');
    expect(found?.attribution?.year).toBe(2025);
  });

  it('does so for a span only the learned method finds, as its rules do', () => {
    const spans = mineLearned(
      [`${issued}\n\nThe Ministry defines a smart city (paragraph 1.2) as “a city that counts its boats and publishes the count every week”.`],
      {
        concept,
        threshold: 0,
      },
    );
    const found = spans.filter((c) => c.term === 'smart city' && c.attribution?.author).sort((a, b) => b.score - a.score)[0];
    expect(found?.attribution?.author).toBe('Ministry for Rivers, Canals and Inland Ports');
  });

  it('gives no author when two bodies share the word, or none is named in full', () => {
    const two = all(
      'We met the Ministry for Rivers and Canals and the Ministry for Roads and Rail last year.\n\nThe Ministry states that a sustainable city is “a city whose rivers are clean enough to swim in every summer”.',
    ).find((c) => c.term === 'sustainable city');
    expect(two?.quoted).toBe(true);
    expect(two?.attribution?.author).toBeUndefined();
    const none = first('The Ministry states that a sustainable city is “a city whose rivers are clean enough to swim in every summer”.');
    expect(none?.attribution?.author).toBeUndefined();
  });

  it('reads the name on its own line, not a sentence opening before `the` or a running head above it', () => {
    const text = 'Report on the draft Harbour Plan\nThe Ministry for Rivers and Canals, issued 3 June 2024, asks. Should the Ministry adopt it, we agree.';
    expect(bodyNamedIn('Ministry', text)).toEqual({ author: 'Ministry for Rivers and Canals', year: 2024 });
    expect(bodyNamedIn('Ministry', 'Should the Ministry adopt it, we agree.')).toBeUndefined();
  });
});

describe('a body then its titled document in a citation: the body when its name ends in its organisation noun', () => {
  it('files `(Orchard Foundation, Open Homes Principles, 2024, p. 7)` under the foundation', () => {
    const note = first(
      'The Orchard Foundation, a housing charity, defines a smart city as “a city whose residents can read the records held about their homes” (Orchard Foundation, Open Homes Principles, 2024, p. 7).',
    );
    expect(note?.attribution?.author).toBe('Orchard Foundation');
    expect(note?.attribution?.year).toBe(2024);
  });
  it('keeps a portfolio after a comma whole', () => {
    const cited = first('A smart city is “a city whose residents can read the records held about their homes” (Department for Roads, Rivers and Rail, 2023).');
    expect(cited?.attribution?.author).toBe('Department for Roads, Rivers and Rail');
  });
});

describe('a body’s document with its title in apposition: `X Council’s strategy, Title (2021), describes …`', () => {
  it('files the definition under the council, dated by the title’s year', () => {
    const strategy = first(
      'Harrowgate Borough Council’s strategy, Harrowgate Forward (2021), describes a smart city as a city that publishes its budgets and lets residents query them freely.',
    );
    expect(strategy?.attribution?.author).toBe('Harrowgate Borough Council');
    expect(strategy?.attribution?.year).toBe(2021);
  });
  it('leaves a person in apposition after a body’s office, no document', () => {
    const mayor = first(
      'Harrowgate Borough Council’s mayor, Ana Lind (2021), describes a smart city as a city that publishes its budgets and lets residents query them freely.',
    );
    expect(mayor?.attribution?.author).toBe('Lind');
  });
});

describe('a name after its lower-case kind, before a relative clause: `The national standard QKS 4410:2023, which …, defines`', () => {
  it('files a standard by its identifier, quoted (convention 3)', () => {
    const standard = first(
      'The national standard QKS 4410:2023, on which the guidance draws, defines a sustainable city as a city that keeps its water use within what its rivers supply.',
    );
    expect(standard?.quoted).toBe(true);
    expect(standard?.attribution?.author).toBe('QKS 4410:2023');
    expect(standard?.attribution?.year).toBe(2023);
  });
  it('files a company or a person after their kind', () => {
    expect(
      first(
        'The consultancy Brackmoor Analytics, on whose platform the pilot ran, defines a digital twin as a model of a place that is refreshed from sensors every hour.',
      )?.attribution?.author,
    ).toBe('Brackmoor Analytics');
    expect(
      first('The planner Ana Lind, who chairs the board, defines a sustainable city as a city that keeps its water use within what its rivers supply.')
        ?.attribution?.author,
    ).toBe('Lind');
  });
  it('names no one after a preposition in the kind: `the city of Lund, which …`', () => {
    const city = first('The city of Lund, which hosts the fair, defines a sustainable city as a city that keeps its water use within what its rivers supply.');
    expect(city?.attribution?.author).not.toBe('Lund');
  });
});

describe('a respondent’s rewording, `The definition would then read: “…”`: the writer’s own (14(c))', () => {
  it('is not quoted for its quotation marks', () => {
    const reworded = all(
      'Delete “counts” and insert “uses”. The definition would then read: “A smart city is a city that uses data under democratic control to plan its services.”',
    );
    expect(reworded.find((c) => c.term === 'smart city')?.quoted).toBe(false);
  });
  it('leaves a correction of another’s text and a plain quotation quoted', () => {
    expect(first('The standard should read: “A smart city is a city that uses data under democratic control to plan its services.”')?.quoted).toBe(true);
    expect(first('The mayor wrote: “A smart city is a city that uses data under democratic control to plan its services.”')?.quoted).toBe(true);
  });
});

describe('`NAME, whose catalogue defines …`: the firm or person whose document it is', () => {
  it('files a firm’s catalogue under the firm, whole, and a person’s website under the surname', () => {
    const stand = first(
      'Exhibitor list, Hall C: Stand C7 — Tallowmere Geodesy, whose brochure defines a digital twin as “the harbour again, but in numbers you can ask questions of”.',
    );
    expect(stand?.attribution?.author).toBe('Tallowmere Geodesy');
    const stall = first('The third stall belongs to Orrin Kettleby, whose website describes a smart city as a city that answers its letters within a week.');
    expect(stall?.quoted).toBe(true);
    expect(stall?.attribution?.author).toBe('Kettleby');
  });
  it('leaves `whose` with no document noun', () => {
    const friend = first('We met Orrin Kettleby, whose daughter describes a smart city as a city that answers its letters within a week.');
    expect(friend?.attribution?.author).not.toBe('Kettleby');
  });
});

describe('`‘…,’ says our chair, Mrs Lind.`: the speaker named after the closing mark, over a label before the quotation', () => {
  it('files the quotation under the speaker, not the product named before it', () => {
    const loaf = first('Kettleby Bakery Seed Loaf — ‘A smart city is a city that still bakes its own bread,’ says our baker, Mr Oswin Tull.');
    expect(loaf?.attribution?.author).toBe('Tull');
  });
  it('still reads a label when no speaker follows', () => {
    const label = first('Harbour Modelling Council — “A smart city is a city that still bakes its own bread.”');
    expect(label?.attribution?.author).toBe('Harbour Modelling Council');
  });
});

describe('a caption naming the maker of the object whose words follow: `… made by the Kelby Quilters’ Guild in 2025:`', () => {
  it('files the words under the maker, with the year of making', () => {
    const banner = first(
      "Embroidered banner, the second of two made by the Kelby Quilters' Guild in 2025:\nA DIGITAL TWIN IS A COPY OF THE TOWN THAT NEVER SLEEPS",
    );
    expect(banner?.quoted).toBe(true);
    expect(banner?.attribution?.author).toBe("Kelby Quilters' Guild");
    expect(banner?.attribution?.year).toBe(2025);
  });
  it('leaves a caption naming no maker', () => {
    expect(first('Embroidered banner, the second of two, 2025:\nA DIGITAL TWIN IS A COPY OF THE TOWN THAT NEVER SLEEPS')?.attribution?.author).toBeUndefined();
  });
});

describe('a numbered marker closing the subject’s aside: `QKS 4410:2023, published by the Quell Standards Board,3 defines`', () => {
  it('keeps the marker as the reference of the identifier the subject names', () => {
    const cited = first(
      'QKS 4410:2023, published by the Quell Standards Board,3 defines a sustainable city as “a city that keeps its use of water and land within what its region can renew”.\n\nReferences\n1. Lind, A. (2019). Open streets. Urban Press.\n2. Moe, T. (2020). Counting cities. City Books.\n3. Quell Standards Board (2023). QKS 4410:2023 Sustainable cities — Vocabulary. Quell Standards Board.',
    );
    expect(cited?.attribution).toMatchObject({ author: 'QKS 4410:2023', year: 2023, ref: '3' });
  });
});

describe('a reading note’s reference on the line above dates the surname that then defines', () => {
  it('reads the year of `Quellwood, T. (2023).` for `Quellwood defines …`', () => {
    const note = first(
      'Reading note: Quellwood, T. (2023). Harbours and Towns. Kelby: Orrin Press.\nQuellwood defines an urban digital twin as “a model of a harbour that the harbour itself keeps current” (p. 40) and then asks who pays.',
    );
    expect(note?.attribution).toMatchObject({ author: 'Quellwood', year: 2023 });
  });
  it('gives no year from another author’s reference', () => {
    const note = first(
      'Reading note: Marbury, T. (2023). Harbours and Towns. Kelby: Orrin Press.\nQuellwood defines an urban digital twin as “a model of a harbour that the harbour itself keeps current” (p. 40) and then asks who pays.',
    );
    expect(note?.attribution?.year).toBeUndefined();
  });
});
