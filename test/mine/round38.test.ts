import { describe, expect, it } from 'vitest';
import { mine } from './cases.js';

// The thirty-eighth extractor: a law review's footnotes at the page's foot as the sources of the body's quotations
// (Bluebook short forms `Id.` and `supra note`, signals, a name then an unquoted title) and a definition in a note's
// explanatory parenthetical. Every page is written here, none copied from the labelled set; each rule has cases it
// must change and cases it must leave.

const page = (body: string, ...notes: string[]) => [['II. WHAT CITIES BUY', body, '', ...notes].join('\n')];
const BODY =
  'Municipal procurement has changed. One scholar describes a smart city as "a city that buys its services as data streams rather than as assets."12 Another view is narrower. A smart city, on a second account, is "a municipality that sells access to its sensors to private firms."13';

describe('a note naming a person then an unquoted title (Bluebook: `Anthony M. Rowell, Data Streams and the Public Fisc, 98 …`)', () => {
  it('names the person only, not the title’s capitalised words', () => {
    const [found] = mine(page(BODY, '12 Anthony M. Rowell, Data Streams and the Public Fisc, 98 B.U. L. REV. 411, 415 (2019).'));
    expect(found?.attribution).toMatchObject({ author: 'Rowell', year: 2019 });
  });

  it('keeps a list of people that ends with `and` or `&`', () => {
    const [found] = mine(page(BODY, '12 Anthony M. Rowell & Priya Hale, Data Streams, 98 B.U. L. REV. 411, 415 (2019).'));
    expect(found?.attribution).toMatchObject({ author: 'Rowell and Hale', year: 2019 });
  });
});

describe('a signal opening a note (`See, e.g.,`, `Cf.`)', () => {
  it('is not part of the source the note names', () => {
    const found = mine(
      page(
        BODY,
        '12 Cf. Anthony M. Rowell, Data Streams, 98 B.U. L. REV. 411, 415 (2019).',
        '13 See, e.g., Priya Okonkwo-Hale, Selling the Sensor, 54 HARV. C.R.-C.L. L. REV. 77, 80 (2021).',
      ),
    );
    expect(found.map((c) => c.attribution?.author)).toEqual(['Rowell', 'Okonkwo-Hale']);
    expect(found[1]?.attribution).toMatchObject({ year: 2021, cue: 'footnote marker' });
    expect(found[1]?.attribution?.ref).toBeUndefined();
  });
});

describe('short forms of a note (`Id.`, `Rowell, supra note 12`)', () => {
  it('reads `Id. at 83.` as the note before it', () => {
    const found = mine(page(BODY, '12 Priya Okonkwo-Hale, Selling the Sensor, 54 HARV. C.R.-C.L. L. REV. 77, 80 (2021).', '13 Id. at 83.'));
    expect(found[1]?.attribution).toMatchObject({ author: 'Okonkwo-Hale', year: 2021 });
  });

  it('reads `Surname, supra note 11, at 430.` as note 11, on an earlier page', () => {
    const first = 'I. INTRODUCTION\nCities buy data.11\n\n11 Anthony M. Rowell, Data Streams, 98 B.U. L. REV. 411, 415 (2019).';
    const found = mine([first, ...page(BODY, '12 Rowell, supra note 11, at 430.', '13 Rowell, Data Streams, supra note 11.')]);
    expect(found.map((c) => c.attribution)).toMatchObject([
      { author: 'Rowell', year: 2019 },
      { author: 'Rowell', year: 2019 },
    ]);
  });

  it('leaves `Id.` that follows no printed note as it was: no source', () => {
    const found = mine(page(BODY, '13 Id. at 83.'));
    expect(found[1]?.attribution?.author).toBeUndefined();
  });
});

describe('a definition in a note’s explanatory parenthetical (`(defining a smart city as “…”)`)', () => {
  it('is the definition of the work the note cites, ending at the quotation', () => {
    const found = mine(
      page(
        'Procurement has changed.13',
        '13 See, e.g., Priya Okonkwo-Hale, Selling the Sensor, 54 HARV. C.R.-C.L. L. REV. 77, 80 (2021) (defining a smart city as "a city that treats its sensors as a revenue source").',
      ),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.clause).toBe('a smart city as "a city that treats its sensors as a revenue source');
    expect(found[0]?.attribution).toMatchObject({ author: 'Okonkwo-Hale', year: 2021 });
  });

  it('does not read a participle outside a parenthesis as a defining verb (`describing a smart city as …`)', () => {
    expect(mine('Planners, describing a smart city as their goal, asked for funds.')).toHaveLength(0);
  });
});

describe('a note call run onto a quotation’s closing mark mid-sentence (`… streams,”12 and the term …`)', () => {
  it('ends the definiens at the mark and files it under the note’s source', () => {
    const found = mine(
      page(
        'Procurement has changed. A smart city is "a city that buys its services as data streams,"12 and the term has stuck.',
        '12 Anthony M. Rowell, Data Streams, 98 B.U. L. REV. 411, 415 (2019).',
      ),
    );
    expect(found[0]?.clause).toBe('A smart city is "a city that buys its services as data streams');
    expect(found[0]?.attribution).toMatchObject({ author: 'Rowell', year: 2019, cue: 'footnote marker' });
  });

  it('keeps a relative clause after the call with the definiens (`,”12 and which …`)', () => {
    const [found] = mine('A smart city is "a city that shares its data,"12 and which lets residents see it.');
    expect(found?.clause).toBe('A smart city is "a city that shares its data,"12 and which lets residents see it');
  });
});

describe('a short note naming its work by surname alone (`Rowell, Data Streams, 430.`)', () => {
  it('reads it as the earlier full note of that surname', () => {
    const first = 'I. INTRODUCTION\nCities buy data.11\n\n11 Anthony M. Rowell, Data Streams, 98 B.U. L. REV. 411, 415 (2019).';
    const found = mine([first, ...page(BODY, '12 Rowell, Data Streams, 430.', '13 Giffinger et al., Smart Cities, 11.')]);
    expect(found[0]?.attribution).toMatchObject({ author: 'Rowell', year: 2019 });
    // (no full note of Giffinger's was printed: the short note is read as it is, with no year)
    expect(found[1]?.attribution?.year).toBeUndefined();
  });
});

describe('a body’s name whose portfolio is listed after a comma (`Ministry of Land, Water, Housing and Roads`)', () => {
  it('files the definition under the whole name, not the words before the first comma', () => {
    const [found] = mine(
      'The Ministry of Land, Water, Housing and Roads (MLWHR) defines a smart city as "a city that plans its pipes and roads from one data platform."',
    );
    expect(found?.attribution?.author).toBe('Ministry of Land, Water, Housing and Roads');
  });

  it('keeps the whole name with an Oxford comma before its last part (`Academy of Water, Roads, and Housing (AWRH)`)', () => {
    const [found] = mine(
      'The Academy of Water, Roads, and Housing (AWRH) defines a smart city as "a city that plans its pipes and roads from one data platform."',
    );
    expect(found?.attribution?.author).toBe('Academy of Water, Roads, and Housing');
  });

  it('still reads a person before a description as the person (`Lena Arvidsson, Director and Founder of …`)', () => {
    const [found] = mine('Lena Arvidsson, Director and Founder, defines a smart city as "a city that plans its pipes and roads from one data platform."');
    expect(found?.attribution?.author).toBe('Arvidsson');
  });
});

describe('a speaker label naming its person before a description (`A (Name, author):`, `GUIDE (Dr Name, Institute):`)', () => {
  it('files one Q&A exchange’s answer under the person the answer’s label names', () => {
    const [found] = mine(
      'Q (audience): How would you put it in one sentence?\nA (Oskar Lindvall, author): A smart city, for me, is a city that lets its residents see and correct the data it keeps on them.',
    );
    expect(found?.attribution).toMatchObject({ author: 'Lindvall' });
  });

  it('reads a one-word role the lists lack with a titled person in its parenthesis as that person', () => {
    const [found] = mine(
      'HOST: So, in one line?\nGUIDE (Dr Rosa Ekdahl, Harbour Institute): Put simply, a sustainable city is one that can keep going for a century without borrowing water from its neighbours.\nHOST: Lovely. Where next?',
    );
    expect(found?.attribution?.author).toBe('Ekdahl');
  });

  it('leaves a lone `A:` without a question before it as no speaker', () => {
    const [found] = mine('Notes (Oskar Lindvall, author): A smart city, for me, is a city that lets its residents see and correct the data it keeps on them.');
    expect(found?.attribution?.author).toBeUndefined();
  });
});

describe('an erratum’s correction (`for “…” read “…”`)', () => {
  it('reads the quotation after `read` as the text as it should stand', () => {
    const found = mine(
      'Errata, p. 12, line 4: for “a smart city is a city with sensors” read “a smart city is a city that lets residents correct the data it keeps on them”.',
    );
    expect(found.map((c) => c.clause)).toEqual(['a smart city is a city that lets residents correct the data it keeps on them']);
  });

  it('leaves a quotation after `read` without the replaced text before it low (`Read “…”`)', () => {
    expect(mine('Read “a smart city is a city that lets residents correct the data it keeps on them” aloud to the class.')).toHaveLength(0);
  });
});

describe('a note naming a book’s author in small capitals (`ANTHONY M. ROWELL, DATA STREAMS 15 (2019).`)', () => {
  it('names the surname in mixed case, after a signal too', () => {
    const found = mine(
      page(BODY, '12 ANTHONY M. ROWELL, DATA STREAMS: CITIES AS BUYERS 15 (2019).', '13 See generally PRIYA OKONKWO-HALE, SELLING THE SENSOR 80 (2021).'),
    );
    expect(found.map((c) => c.attribution)).toMatchObject([
      { author: 'Rowell', year: 2019 },
      { author: 'Okonkwo-Hale', year: 2021 },
    ]);
  });

  it('leaves a body named in capitals as it is printed (`OECD, Smart Cities …`)', () => {
    const found = mine(page(BODY, '12 OECD, Smart Cities and Inclusive Growth 15 (2020).'));
    expect(found[0]?.attribution).toMatchObject({ author: 'OECD', year: 2020 });
  });
});

describe('note calls run onto a name or before a closed-up dash (`Rowell12 defines …`, `…”12—a definition …`)', () => {
  const note = '12 Anthony M. Rowell, Data Streams, 98 B.U. L. REV. 411, 415 (2019).';
  it('leaves the call out of the subject’s name', () => {
    const [found] = mine(page('Procurement has changed. Rowell12 defines a smart city as "a city that buys its services as data streams."', note));
    expect(found?.attribution).toMatchObject({ author: 'Rowell', year: 2019 });
  });

  it('dates the name only from a note that names it (`Rowell12 defines …` over a note naming another)', () => {
    const [found] = mine(
      page(
        'Procurement has changed. Rowell12 defines a smart city as "a city that buys its services as data streams."',
        '12 Priya Okonkwo-Hale, Selling the Sensor 80 (2021).',
      ),
    );
    expect(found?.attribution?.author).toBe('Rowell');
    expect(found?.attribution?.year).toBeUndefined();
  });

  it('ends the quotation at its mark and reads the note when a dash follows the call', () => {
    const [found] = mine(page('Procurement has changed. A smart city is "a city that buys its services as data streams"12—a definition that has stuck.', note));
    expect(found?.clause).toBe('A smart city is "a city that buys its services as data streams');
    expect(found?.attribution).toMatchObject({ author: 'Rowell', year: 2019 });
  });
});
