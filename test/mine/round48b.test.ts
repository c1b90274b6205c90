import { describe, expect, it } from 'vitest';
import { mine } from './cases.js';
import { participantAfter, participantYears } from '../../src/mine/participants.js';

// The forty-eighth extractor, part b: who said it (issue 11). Every text is written here, none copied from the labelled
// set; each rule has cases it must change and cases it must leave.

const attributionOf = (text: string) => mine(text)[0]?.attribution;

// An interview study's participants table, then its findings page.
const TABLE = [
  'Table 1. Interviewees quoted.',
  'R3   transport planner     regional authority   Oct 2024',
  'R7   ward councillor       elected member       Nov 2024',
  'R11  product lead          software vendor      Jan 2025',
].join('\n');

describe("a coded participant's words: quoted, unnamed, the interview's year", () => {
  it('reads a code in parentheses right after an inline quotation', () => {
    const found = mine([TABLE, 'One councillor was blunt: a smart city, he said, “is a city that answers its letters” (R7, ward councillor).'])[0];
    expect(found?.quoted).toBe(true);
    expect(found?.attribution?.author).toBeUndefined();
    expect(found?.attribution?.year).toBe(2024);
  });

  it('reads the code closing a block quotation run into its paragraph', () => {
    const found = mine([
      TABLE,
      'The vendor saw it differently: A digital twin is a replica of the network that its operators update before they change anything. We sell that. (R11, product lead) Planners disagreed.',
    ])[0];
    expect(found?.quoted).toBe(true);
    expect(found?.attribution?.author).toBeUndefined();
    expect(found?.attribution?.year).toBe(2025);
  });

  it('quotes with no year when no table lists the code', () => {
    const found = mine('A smart city is a city that tells residents what it knows about their street. (Interviewee 4, officer) Others disagreed.')[0];
    expect(found?.quoted).toBe(true);
    expect(found?.attribution).toEqual({ cue: 'participant code' });
  });

  it("leaves the writers' own definition before a later quotation of a participant", () => {
    // (a colon introduces the participant's words: the definition before it is not theirs)
    expect(
      attributionOf('A smart city is a city that tells residents what it knows about their street. One officer put it this way: It never happens. (R3)'),
    ).toBe(undefined);
    // (a code inside a later sentence belongs to that sentence's quotation)
    expect(
      attributionOf('A smart city is a city that tells residents what it knows about their street. Officers called this hard (R3, planner) in practice.'),
    ).toBe(undefined);
  });

  it('keeps a named source the quotation cites', () => {
    expect(attributionOf('As Harlow (2019) put it, a smart city is a city that answers its letters (R3, planner).')).toMatchObject({
      author: 'Harlow',
      year: 2019,
    });
  });
});

describe('participantYears and participantAfter', () => {
  it('needs two rows with one year each to read a table', () => {
    expect([...participantYears([{ text: 'P2 of the plan was adopted in 2021.' }])]).toEqual([]);
    expect([...participantYears(TABLE.split('\n').map((text) => ({ text })))]).toEqual([
      ['R3', 2024],
      ['R7', 2024],
      ['R11', 2025],
    ]);
    // (a row with two years names no one interview year)
    expect(participantYears([{ text: 'P1 a 2020 b 2021' }, { text: 'P2 a 2021' }, { text: 'P3 a 2022' }]).get('P1')).toBeUndefined();
  });

  it('reads no code across another parenthesis or an opening quotation mark', () => {
    const text = 'is a city (see below) that listens (P3).';
    expect(participantAfter(text, 9, text.length)).toBeUndefined();
    const quoted = 'is a city that listens, and “it never does” (P3).';
    expect(participantAfter(quoted, 22, quoted.length)).toBeUndefined();
    expect(participantAfter('is a city that listens (Participant 12, planner).', 22, 48)).toBe('PARTICIPANT 12');
  });
});

describe('a pronoun saying a quotation: the person named in full above and then by the given name', () => {
  it('files the person of a title line, whom the text then calls by the given name', () => {
    expect(
      attributionOf(
        'Address at the retirement of Tobias Quennell-Ashe, 9 June 2026\nTobias built our planning office. He always said that a smart city “is a city that keeps its promises to its poorest street.”',
      ),
    ).toMatchObject({ author: 'Quennell-Ashe' });
    expect(
      mine([
        'Student: Marisol Ekwueme-Hart',
        'Civics, spring term\nMarisol has read widely. Her definition, “a smart city is a city that asks before it counts,” impressed us.',
      ])[0]?.attribution,
    ).toMatchObject({ author: 'Ekwueme-Hart' });
  });

  it('names no one when two people are so named, or the given name never stands alone', () => {
    expect(
      attributionOf(
        'Tobias Quennell-Ashe and Ruth Amadi-Lowe ran the office. Tobias hired Ruth. He always said that a smart city “is a city that keeps its promises to its poorest street.”',
      )?.author,
    ).toBeUndefined();
    expect(
      attributionOf(
        'Address for Tobias Quennell-Ashe, 9 June 2026\nThe office grew. He always said that a smart city “is a city that keeps its promises to its poorest street.”',
      )?.author,
    ).toBeUndefined();
  });

  it('leaves a quotation no pronoun says', () => {
    expect(
      attributionOf(
        'Address for Tobias Quennell-Ashe\nTobias built the office. The plaque reads: “A smart city is a city that keeps its promises to its poorest street.”',
      )?.author,
    ).toBeUndefined();
  });
});

describe("a record's source field before the text it gives", () => {
  it('files the name before the first comma, the year from the value or the date field', () => {
    expect(
      mine([
        'QUOTATION CARD',
        'Entry: digital twin Filed: 2025',
        'Source: Okonkwo-Reyes, Cities in the Mirror (Halden Press), p. 12 Text: “A digital twin is a model of a place that the place itself keeps current.”',
      ])[0]?.attribution,
    ).toMatchObject({ author: 'Okonkwo-Reyes' });
    expect(
      mine([
        'Date: 2025',
        'Source: Okonkwo-Reyes, Cities in the Mirror (Halden Press), p. 12 Text: “A digital twin is a model of a place that the place itself keeps current.”',
      ])[0]?.attribution,
    ).toMatchObject({ author: 'Okonkwo-Reyes', year: 2025 });
    expect(
      attributionOf(
        'Result 2 · Publication: Harbour Port Authority, Port Futures Plan (2023) [excerpt] A smart city is a city that runs its port and its streets from one ledger.',
      ),
    ).toMatchObject({ author: 'Harbour Port Authority', year: 2023 });
  });

  it('reads nothing from a field whose value has no name before a comma, or a field in an earlier sentence', () => {
    expect(attributionOf('Source: unknown. Text: A smart city is a city that runs its port and its streets from one ledger.')).toBeUndefined();
    expect(
      attributionOf(
        'Publication: Harbour Port Authority, Port Futures Plan (2023). We read it closely. A smart city is a city that runs its port and its streets from one ledger.',
      ),
    ).toBeUndefined();
  });
});

describe("a book of abstracts: a signed abstract's own definition is its signers' (convention 9)", () => {
  // (a collection prints two signed texts at least: the one under test, then another on the next page)
  const book = (abstract: string) => [
    'HARBOURCITY 2026\nAnnual Meeting on Urban Data\nBOOK OF ABSTRACTS\nEdited by Ida Brenne and Jonas Kell\nWelcome\nFor this meeting, a smart city is a city that shares its data with its residents.',
    abstract,
    'Kerbs and queues\nLiv Aasgard¹ and Peder Moen²\n¹ Vestby University\n² Gdańsk Urban Lab\nWe count kerbside queues.\nKeywords: kerbs',
  ];
  it('files a bylined abstract under its byline, a poster under its authors, a run-in byline under its names', () => {
    const found = mine(
      book(
        'Street data in common\nMaren Olufsen-Dahl¹*, Tomasz Grell² and Ana Pires¹\n¹ Institute of Planning, Vestby University\n² Urban Lab, Gdańsk\n* m.olufsen-dahl@vestby.example\nWe define a smart city as a city whose street data are held in common by its residents and its council.\nKeywords: smart city; commons',
      ),
    );
    expect(found.map((c) => [c.quoted, c.attribution?.author, c.attribution?.year])).toEqual([
      [false, undefined, undefined],
      [true, 'Olufsen-Dahl et al.', 2026],
    ]);
    expect(
      mine(
        book(
          'Posters\nP-04 Open kerbs. R. Idowu, K. van Dam (Vestby University). For this poster, a smart city is a city that publishes where its kerbside sensors are.',
        ),
      )[1]?.attribution,
    ).toMatchObject({ author: 'Idowu and van Dam', year: 2026 });
    expect(
      mine(book('S2-3  Ruth Hale and Omar Said: In this paper a digital twin is a model of a city that its residents can query.'))[1]?.attribution,
    ).toMatchObject({
      author: 'Hale and Said',
      year: 2026,
    });
  });

  it('reads no abstracts outside a collection, and keeps the editors’ text after an abstract’s keywords their own', () => {
    const paper =
      'Street data in common\nMaren Olufsen-Dahl¹*, Tomasz Grell²\n¹ Institute of Planning, Vestby University\n² Urban Lab, Gdańsk\nWe define a smart city as a city whose street data are held in common by its residents and its council.';
    expect(mine(paper)[0]?.quoted).toBe(false);
    const after = mine(
      book(
        'Street data in common\nMaren Olufsen-Dahl¹*, Tomasz Grell²\n¹ Institute of Planning, Vestby University\n² Urban Lab, Gdańsk\nWe study street data.\nKeywords: commons; data\nClosing remarks\nFor the editors, a digital twin is a model of a city that its council keeps current.',
      ),
    );
    expect(after.at(-1)?.quoted).toBe(false);
  });

  it('reads a head naming proceedings over a single byline as one paper, its own definition its own', () => {
    const single = mine([
      'Proceedings of the Vestby Symposium on Urban Data 2026\nStreet data in common\nMaren Olufsen-Dahl¹*, Tomasz Grell²\n¹ Institute of Planning, Vestby University\n² Urban Lab, Gdańsk\nWe define a smart city as a city whose street data are held in common by its residents and its council.',
    ]);
    expect(single.map((c) => c.quoted)).toEqual([false]);
  });
});
