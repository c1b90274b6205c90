// Who said it in a transcript: a definition said in a speaker's turn is the speaker's (surname, the event's year,
// quoted), unless the speaker gives it as someone else's. Invented transcripts, one per style of label.
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config/schema.js';
import { mineDefinitions, type Candidate } from '../../src/mine/index.js';
import { documentSpans } from '../../src/mine/learn/candidates.js';
import { learnedCandidate } from '../../src/mine/learn/miner.js';
import { layOut } from '../../src/mine/layout.js';
import { readTurns } from '../../src/mine/speakers.js';

const concept = ConfigSchema.parse({ concept: { terms: ['smart city', 'sustainable city', 'smart sustainable city', 'digital twin'] } }).concept;
const mine = (pages: readonly string[]) => mineDefinitions(pages, { concept });
const who = (c: Candidate | undefined) => ({ page: c?.page, quoted: c?.quoted, author: c?.attribution?.author, year: c?.attribution?.year });
const find = (found: readonly Candidate[], start: string) => found.find((c) => c.clause.toLowerCase().startsWith(start.toLowerCase()));
const turns = (text: string) => readTurns(layOut(text.split('\f')).body);

const PANEL = [
  [
    'Corrandale Futures Forum: whose smart city?',
    'Transcript of a public panel held on 26 November 2026 at Kelmford Town Hall.',
    'Published by Corrandale City Council, 14 January 2027.',
    '',
    'Participants',
    'Dana Whitcombe, Professor of Urban Informatics, Kelmford University',
    'Jon Aas (moderator), Deputy Mayor of Corrandale',
    'Ana Ruiz, Director, Civic Data Lab',
    '',
    'Note: The transcript has been lightly edited for readability.',
    '',
    '[00:01:10] MODERATOR: Welcome, everyone. Let me start with the obvious question.',
    '[00:01:32] WHITCOMBE: Thank you, Jon. For me, a smart city is a city that uses data and',
    'digital technology to improve the lives of its residents and the quality of its services.',
    '14:02 Ruiz – I would put it differently. A sustainable city is a city that',
  ].join('\n'),
  [
    'meets the needs of its present residents without harming those of future ones.',
    '',
    'And a second thing. A digital twin is a model of a place that is kept current by the data it receives.',
    '[00:16:40] Moderator (Aas): As Harrison et al. (2010) put it, a smart city is an instrumented, interconnected and intelligent city.',
    '[00:17:05] MODERATOR: For the record, a smart sustainable city is a smart city whose every purchase is judged by its carbon.',
    '[00:17:30] Speaker 1: A smart city is a city that listens to the people who live in it.',
    '',
    'Glossary',
    '',
    'Sustainable city: a city that keeps its use of land, water and energy within what its region can renew.',
  ].join('\n'),
];

describe('speaker turns in a transcript', () => {
  const found = mine(PANEL);

  it('files a definition said in a turn under the speaker by surname, with the year the event was held', () => {
    expect(who(find(found, 'a smart city is a city that uses data'))).toEqual({ page: 1, quoted: true, author: 'Whitcombe', year: 2026 });
  });

  it('reads a time and a dash as a label, and the turn across a page break and into its next paragraph', () => {
    expect(who(find(found, 'A sustainable city is a city that meets'))).toEqual({ page: 1, quoted: true, author: 'Ruiz', year: 2026 });
    expect(who(find(found, 'A digital twin'))).toEqual({ page: 2, quoted: true, author: 'Ruiz', year: 2026 });
  });

  it('keeps a source the speaker quotes, and resolves a role label through the participants list', () => {
    expect(who(find(found, 'a smart city is an instrumented'))).toEqual({ page: 2, quoted: true, author: 'Harrison et al.', year: 2010 });
    expect(who(find(found, 'a smart sustainable city'))).toEqual({ page: 2, quoted: true, author: 'Aas', year: 2026 });
  });

  it('gives no author for a label that names no one, and ends the turns at a heading', () => {
    expect(who(find(found, 'A smart city is a city that listens'))).toEqual({ page: 2, quoted: false, author: undefined, year: undefined });
    expect(who(find(found, 'Sustainable city: a city that keeps'))).toEqual({ page: 2, quoted: false, author: undefined, year: undefined });
  });

  it('takes the labels off the sentences, and leaves the editorial note and the participants list alone', () => {
    expect(find(found, 'a smart city is a city that uses data')?.sentence).toBe(
      'For me, a smart city is a city that uses data and digital technology to improve the lives of its residents and the quality of its services.',
    );
    expect(
      turns(PANEL.join('\f'))!
        .body.filter((l) => 'turn' in l)
        .map((l) => (l as unknown as { turn: { label: string; author?: string } }).turn),
    ).toEqual([
      { label: 'MODERATOR', author: 'Aas' },
      { label: 'WHITCOMBE', author: 'Whitcombe' },
      { label: 'Ruiz', author: 'Ruiz' },
      { label: 'Moderator (Aas)', author: 'Aas' },
      { label: 'MODERATOR', author: 'Aas' },
      { label: 'Speaker 1' },
    ]);
  });
});

describe('the learned method in a transcript', () => {
  it('gives its groups the speaker of their turn, and a span no rule candidate overlaps the speaker’s attribution', () => {
    const { groups } = documentSpans(PANEL, concept);
    const group = groups.find((g) => g.sentence.startsWith('For me, a smart city'))!;
    expect(group.spoken).toEqual({ speaker: { label: 'WHITCOMBE', author: 'Whitcombe' }, year: 2026 });
    expect(groups.find((g) => g.sentence.startsWith('A smart city is a city that listens'))!.spoken).toEqual({ speaker: { label: 'Speaker 1' }, year: 2026 });
    const span = { start: 8, end: 40, termStart: 10, termEnd: 20, term: 'smart city', from: 'term', to: 'comma' };
    const alone = learnedCandidate({ group: { ...group, rules: [] }, span, page: 1, line: 13, clause: group.sentence.slice(8, 40), p: 0.9 }, 0.5);
    expect({ quoted: alone.quoted, attribution: alone.attribution }).toEqual({
      quoted: true,
      attribution: { author: 'Whitcombe', year: 2026, cue: 'speaker turn' },
    });
    const nameless = groups.find((g) => g.sentence.startsWith('A smart city is a city that listens'))!;
    const unnamed = learnedCandidate({ group: nameless, span, page: 2, line: 6, clause: nameless.sentence.slice(0, 30), p: 0.9 }, 0.5);
    expect({ quoted: unnamed.quoted, attribution: unnamed.attribution }).toEqual({ quoted: false, attribution: undefined });
  });
});

describe('an interview without an event date', () => {
  const INTERVIEW = [
    'The Civic Stack, episode 41: what makes a city smart?',
    '',
    'INTERVIEWER: Professor Whitcombe, welcome back.',
    'Prof. Whitcombe: Thank you. It is good to be here again.',
    'INTERVIEWER: So what is a smart city?',
    'DANA WHITCOMBE:',
    'A smart city is a city that treats its data as a public asset and accounts',
    'for how it is used.',
    'Q (Okafor): I work with these. A digital twin is a model that the city keeps of itself, kept current by its sensors.',
    'Audience member: A sustainable city is a city that lives within its means.',
  ].join('\n');
  const found = mine([INTERVIEW]);

  it('reads a titled label, a full name in capitals with the speech on the next line, and a question with its asker', () => {
    expect(who(find(found, 'A smart city'))).toEqual({ page: 1, quoted: true, author: 'Whitcombe', year: undefined });
    expect(who(find(found, 'a digital twin'))).toEqual({ page: 1, quoted: true, author: 'Okafor', year: undefined });
    expect(who(find(found, 'A sustainable city'))).toEqual({ page: 1, quoted: false, author: undefined, year: undefined });
  });
});

describe('a hearing with names before their roles and times after the names', () => {
  const HEARING = [
    'Kelmford Scrutiny Committee: public session on digital twins',
    'Thursday 26 November 2026, 18:00, Council Chamber',
    'Transcript published 14 January 2027',
    '',
    'AAS (moderator): Good evening. We have two guests tonight.',
    'RUIZ [00:02:10]: Thank you. A digital twin is a model of a place that is kept current by the data it receives.',
    '',
    "Editor's note: A smart city is a city that the committee's glossary defines elsewhere; this note is the editor's.",
    '',
    'MODERATOR: Thank you. A smart sustainable city is a smart city whose every purchase is judged by its carbon.',
    'Dana Whitcombe  0:14:30',
    'A sustainable city is a city that lives within the means of its region.',
    'RUIZ [00:15:02]: Agreed.',
  ].join('\n');
  const found = mine([HEARING]);

  it('reads `AAS (moderator)`, a time after the name, and a name with its time alone on a line; the year from the dated day', () => {
    expect(who(find(found, 'A digital twin'))).toEqual({ page: 1, quoted: true, author: 'Ruiz', year: 2026 });
    expect(who(find(found, 'A smart sustainable city'))).toEqual({ page: 1, quoted: true, author: 'Aas', year: 2026 });
    expect(who(find(found, 'A sustainable city'))).toEqual({ page: 1, quoted: true, author: 'Whitcombe', year: 2026 });
  });

  it("leaves an editor's note inside the transcript to the rules, not to the speaker before it", () => {
    expect(who(find(found, 'A smart city'))).toEqual({ page: 1, quoted: false, author: undefined, year: undefined });
  });
});

describe('labels of one word', () => {
  it('keeps an acronym the text prints in capitals, title-cases a surname in capitals, and takes a one-off label once the turns have begun', () => {
    const BRIEFING = [
      'Transcript of the ITU and OECD briefing, held on 3 March 2025.',
      '',
      'OECD: A smart city is a city that measures what it values.',
      'ITU: Thank you. The ITU view is that a smart sustainable city is an innovative city that uses ICT to improve quality of life.',
      'OECD: Agreed.',
      'RUIZ: A sustainable city is a city that lives within its means.',
      'RUIZ: Yes, it was held in Kelmford.',
    ].join('\n');
    const found = mine([BRIEFING]);
    expect(who(find(found, 'A smart city'))).toEqual({ page: 1, quoted: true, author: 'OECD', year: 2025 });
    expect(who(find(found, 'a smart sustainable city'))).toEqual({ page: 1, quoted: true, author: 'ITU', year: 2025 });
    expect(who(find(found, 'A sustainable city'))).toEqual({ page: 1, quoted: true, author: 'Ruiz', year: 2025 });
  });
});

describe('documents that are not transcripts', () => {
  it('does not read Note:, Source:, Keywords: or glossary lines as speakers', () => {
    const REPORT = [
      'Keywords: smart city; sustainable city; governance',
      '',
      'Note: Figures are rounded to the nearest thousand.',
      '',
      'Kelmford Council: A smart city is a city that publishes what its sensors measure and why.',
      '',
      'Smart city: A city that uses digital technology to improve its services.',
      'Sustainable city: A city that lives within the means of its region.',
      'Source: Kelmford City Council (2024).',
      '',
      'Note: Figures are rounded.',
      'Keywords: data; sensors',
    ].join('\n');
    expect(turns(REPORT)).toBeUndefined();
    const found = mine([REPORT]);
    // (the existing rules' reading: a body's label before a definition names its source)
    expect(who(find(found, 'A smart city is a city that publishes'))).toEqual({ page: 1, quoted: true, author: 'Kelmford Council', year: undefined });
  });

  it('does not read a list of places with dashes, or a name opening a line of prose, as turns', () => {
    const FEATURE = [
      'Helsinki – An energy atlas built on the city’s model.',
      'Ostmark – A noise model of the ring road.',
      'Helsinki – A second entry for the same city.',
      'The phrase goes back to an essay by Lindgaard. In the words of',
      'Lindgaard: for the City of Vardø, a smart city is a city that knows its own streets.',
      'Ostmark: A water model kept by the utility.',
      'Helsinki: A repeated place name opening a line.',
    ].join('\n');
    expect(turns(FEATURE)).toBeUndefined();
  });
});
