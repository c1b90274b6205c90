import { describe, expect, it } from 'vitest';
import { mine } from './cases.js';

// The forty-seventh extractor, part b: who said it (issue 11). Every text is written here, none copied from the labelled
// set; each rule has cases it must change and cases it must leave.

const attributionOf = (text: string) => mine(text)[0]?.attribution;

describe('an aside "in the words (phrase, formulation) of" a person described in lower case', () => {
  it('files the person by surname, whatever they are described as', () => {
    expect(attributionOf('A smart city, in the phrase of the geographer Tomas Eriksen-Volk, is a city that measures what it promises.')).toMatchObject({
      author: 'Eriksen-Volk',
    });
    expect(attributionOf('Smart cities, in the formulation of the late town planner Ines Carvalho, are “cities that keep their promises”.')).toMatchObject({
      author: 'Carvalho',
    });
  });

  it('names no one when no name follows the description, or the words are a place', () => {
    expect(attributionOf('A smart city, in the phrase of the geographer, is a city that measures what it promises.')?.author).toBeUndefined();
    expect(attributionOf('A smart city, in the words of the city of Tarnby, is a city that measures what it promises.')?.author).toBeUndefined();
  });
});

describe("a program's string literal quotes no one", () => {
  it('reads a docstring and a gettext source string as the document’s own', () => {
    expect(
      attributionOf('"""\nA digital twin, in this module, is a model of the city that refreshes itself from meters.\n"""\nclass Twin:\n    pass'),
    ).toBeUndefined();
    expect(
      attributionOf(
        '#: map/legend.py:40\nmsgid "A digital twin is a model of the city that refreshes itself from meters."\nmsgstr "Ein digitaler Zwilling ist ein Modell."',
      ),
    ).toBeUndefined();
  });

  it('leaves a quotation in prose quoted', () => {
    expect(attributionOf('The engineer said: "A digital twin is a model of the city that refreshes itself from meters."')).toMatchObject({
      cue: 'quotation marks',
    });
  });
});

describe('a "From X:" label before a quotation names its source', () => {
  it('files the body after From, with or without the article', () => {
    expect(attributionOf('From Eurostat: “A smart city is a city that uses data to run its services for the people who use them.”')).toMatchObject({
      author: 'Eurostat',
    });
    expect(attributionOf('From the Harbour Institute: “A smart city is a city that uses data to run its services for the people who use them.”')).toMatchObject(
      {
        author: 'Harbour Institute',
      },
    );
  });

  it('reads a day or a month after From as a date, not a source', () => {
    expect(attributionOf('From Tuesday: “A smart city is a city that uses data to run its services for the people who use them.”')?.author).toBeUndefined();
  });
});

describe('a turn labelled with a role and a titled person in parentheses', () => {
  it('files the person, not the role before the comma', () => {
    const text =
      'Q (Member, Mr Osvald Penhaligon): What does the board mean by a digital twin?\nA (Head of Operations, Dr Leyla Marchetti-Oduya): A digital twin is a model of one of our plants that we try a change on first.';
    expect(attributionOf(text)).toMatchObject({ author: 'Marchetti-Oduya', cue: 'speaker turn' });
  });

  it('keeps the person named first with a description after', () => {
    const text =
      'Q (Member, Mr Osvald Penhaligon): What does the board mean by a digital twin?\nA (Leyla Marchetti-Oduya, engineer): A digital twin is a model of one of our plants that we try a change on first.';
    expect(attributionOf(text)).toMatchObject({ author: 'Marchetti-Oduya' });
  });
});

describe('a standard named before "issued by" its body is filed by its identifier (settled convention 3)', () => {
  it('files the identifier, not the publisher', () => {
    expect(
      attributionOf(
        'The terminology standard KTS 3301:2021, published by the Northern Terms Council, defines a smart city as “a city that measures its services”.',
      ),
    ).toMatchObject({ author: 'KTS 3301:2021', year: 2021 });
  });

  it('leaves a document without an identifier to its publisher', () => {
    expect(
      attributionOf('The terminology handbook, published by the Northern Terms Council, defines a smart city as “a city that measures its services”.'),
    ).toMatchObject({ author: 'Northern Terms Council' });
  });
});

describe("a named source's document before ', which defines'", () => {
  it('files the possessor, with the printed year', () => {
    expect(
      attributionOf(
        'The appeal turns on the Lakeside Water Board’s 2023 guidelines, which treat a smart city as a city whose pumps report their state hourly.',
      ),
    ).toMatchObject({ author: 'Lakeside Water Board', year: 2023 });
  });

  it('leaves the writers’ own document and a document with no possessor', () => {
    expect(attributionOf('We follow our own guidelines, which treat a smart city as a city whose pumps report their state hourly.')?.author).toBeUndefined();
    expect(attributionOf('We follow the guidelines, which treat a smart city as a city whose pumps report their state hourly.')?.author).toBeUndefined();
  });
});

describe('a personal communication’s date in parentheses after the quotation gives its year (convention 4)', () => {
  it('reads an interview’s and a personal communication’s date', () => {
    expect(
      attributionOf('For Oskar Brenna, who runs the depot, a sustainable city is “one where the tram comes before the car park” (interview, 3 May 2024).'),
    ).toMatchObject({ author: 'Brenna', year: 2024 });
    expect(
      attributionOf(
        'For Oskar Brenna, who runs the depot, a sustainable city is “one where the tram comes before the car park” (personal communication, March 2023).',
      ),
    ).toMatchObject({ author: 'Brenna', year: 2023 });
  });

  it('leaves a parenthesis that is no communication', () => {
    expect(
      attributionOf('For Oskar Brenna, who runs the depot, a sustainable city is “one where the tram comes before the car park” (see section 2, 2024).')?.year,
    ).toBeUndefined();
  });
});

describe('a turn labelled with a titled person in a record of what was said, even one turn', () => {
  it('files the speaker of a debate, with the sitting’s date above, also over “as I see it”', () => {
    const text =
      'Harbour Lighting (Council Motion)\nDebated on Tuesday 9 March 2027\n3.05 pm\nMr Idris Pellegrini-Shaw (Quayside): A smart city, as I see it, is a city whose street lights report their own faults.\nHon. Members: Hear, hear.';
    expect(attributionOf(text)).toMatchObject({ author: 'Pellegrini-Shaw', year: 2027 });
  });

  it('files a role’s titled person, the answer a few sentences into the turn', () => {
    const text =
      'BRIEFING, 4 June 2026\nSECRETARY (Dr Amara Velloso): Thank you all. Let me be precise. In this department’s usage, a smart city means a city whose services share one data platform.\nREPORTER (Evening Star): Which cities qualify?';
    expect(attributionOf(text)).toMatchObject({ author: 'Velloso', year: 2026 });
  });

  it('files a witness labelled in capitals after the one addressed', () => {
    const text =
      'CHAIR: Ms Varga, what does the trust mean by the term?\nMS VARGA (for the trust): Madam, a digital twin means a model of our wards that updates itself hourly.';
    expect(attributionOf(text)).toMatchObject({ author: 'Varga' });
  });

  it('names no one for a label without a titled person, or when another turn may stand between', () => {
    expect(attributionOf('Note (draft): A smart city is a city whose street lights report their own faults.')?.author).toBeUndefined();
    expect(
      attributionOf('Ms Ada Berg (North): What is it? Mr Tom Lund (South): Good question. A smart city is a city whose street lights report their own faults.')
        ?.author,
    ).toBeUndefined();
  });
});

describe('“she said” between the term and the copula: the one titled person the lead-in names', () => {
  it('files that person by surname', () => {
    expect(
      attributionOf(
        'At the forum, which ran late, Professor Ines Varga-Holm, who chairs the water board, gave the answer the room liked best: a sustainable city, she said, is one that can keep its people housed and fed for a century.',
      ),
    ).toMatchObject({ author: 'Varga-Holm' });
  });

  it('names no one when the lead-in names no titled person', () => {
    expect(attributionOf('A sustainable city, she said, is one that can keep its people housed and fed for a century.')?.author).toBeUndefined();
  });
});

describe('whose words the clause says they are, over who relays them', () => {
  it('files the person of "in X’s words" after a relaying "noted that"', () => {
    expect(
      attributionOf('Item 7/26: Members noted that a smart city, in Councillor Petra Anand-Howe’s words, is a city that keeps its promises to residents.'),
    ).toMatchObject({ author: 'Anand-Howe' });
  });

  it('keeps a cited reporter when the aside is only a pronoun', () => {
    expect(attributionOf('Hollands (2008) argues that a smart city, in his words, is a city that keeps its promises to residents.')).toMatchObject({
      author: 'Hollands',
      year: 2008,
    });
  });
});

describe('a standard cited through its reference entry is filed as the entry prints its identifier (settled convention 3)', () => {
  const entries =
    '\n\nReferences\n[1] Lind, A. (2020). Cities and data. Oslo: Northern Press.\n[2] Harbour Standards Board (2019). HSB 220:2019 Smart cities – Vocabulary. Tallinn: HSB.';

  it('files a body’s vocabulary by the identifier its entry opens with', () => {
    expect(
      attributionOf(
        `The Harbour Standards Board’s vocabulary defines smart cities as ‘the joined working of physical, digital and human systems in a town’ [2].${entries}`,
      ),
    ).toMatchObject({ author: 'HSB 220:2019', ref: '[2]' });
  });

  it('leaves a body’s document that is no standard to the body', () => {
    expect(
      attributionOf(
        `The Harbour Standards Board’s handbook defines smart cities as ‘the joined working of physical, digital and human systems in a town’ [2].${entries}`,
      ),
    ).toMatchObject({ author: 'Harbour Standards Board' });
  });

  it('files an identifier the text prints without its edition with the edition the entry gives', () => {
    expect(
      attributionOf(
        'The indicator standard KSO 4410 [1] describes a smart city as one that raises the pace at which it improves its services for residents.\n\nReferences\n[1] Kestrel Standards Organisation (2021). KSO 4410:2021 Indicators for smart cities. Oslo: KSO.',
      ),
    ).toMatchObject({ author: 'KSO 4410:2021', year: 2021 });
  });
});
