import { describe, expect, it } from 'vitest';
import { mineDefinitions, scoreSentence } from '../../src/mine/index.js';
import { joinPages, pageAt, splitSentences } from '../../src/mine/text.js';

describe('joinPages', () => {
  it('repairs line-end hyphenation, also across a page break, and keeps page starts right', () => {
    const paged = joinPages(['Information and communica-\ntion technologies. A sus-', 'tainable city.\nSmart-\nCity stays.']);
    expect(paged.text).toBe('Information and communication technologies. A sustainable city.\nSmart-\nCity stays.');
    expect(pageAt(paged, paged.text.indexOf('Smart-'))).toBe(2);
    expect(pageAt(paged, paged.text.indexOf('A sustainable'))).toBe(1);
  });
});

describe('splitSentences', () => {
  it('does not end a sentence at an abbreviation or an initial', () => {
    const text = 'As Giffinger et al. (2007) note, R. Giffinger, e.g. in Vienna, ranks cities. Dr. Smith agrees!\n\nA heading\nNew paragraph. "Quoted" start.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'As Giffinger et al. (2007) note, R. Giffinger, e.g. in Vienna, ranks cities.',
      'Dr. Smith agrees!',
      'A heading New paragraph.',
      '"Quoted" start.',
    ]);
  });
});

describe('scoreSentence', () => {
  const cases: [string, string | undefined][] = [
    ['A smart city is a city that uses ICT to improve the quality of life of its citizens.', 'concept-is'],
    ['In this paper a smart city is defined as a city that invests in human capital and ICT.', 'defined-as'],
    ['We define a smart sustainable city as an innovative city that uses ICT for a better life.', 'we-define'],
    ['The term smart city refers to a city that uses technology to improve the lives of residents.', 'refers-to'],
    ['Smart cities refer to places where digital services reach every resident of the town.', 'refers-to'],
    ['A smart city can be understood as an urban system that learns from its data over time.', 'concept-is'],
    ['Is a smart city a city that uses ICT for everything it does?', undefined],
    ['Smart cities have grown in number over the last decade across the world.', undefined],
  ];
  for (const [sentence, pattern] of cases) {
    it(`${pattern ?? 'no pattern'}: ${sentence.slice(0, 40)}…`, () => {
      expect(scoreSentence(sentence)?.pattern).toBe(pattern);
    });
  }

  it('scores a definition of the concept above a definition of something else', () => {
    const own = scoreSentence('A smart city is defined as a city that monitors its critical infrastructure.')!;
    const other = scoreSentence('Governance is defined as the processes by which decisions are made in smart cities.')!;
    const none = scoreSentence('Governance refers to the way decisions are made and carried out in a town.')!;
    expect(own.score).toBeGreaterThan(other.score);
    expect(other.score).toBeGreaterThan(none.score);
    expect(own.term).toBe('smart city');
  });

  it('names the term the sentence defines', () => {
    expect(scoreSentence('Smart sustainable cities are cities that use ICT to improve the quality of life.')?.term).toBe('smart sustainable city');
  });
});

describe('mineDefinitions', () => {
  it('gives candidates in reading order with their page, above the minimum score', () => {
    const pages = [
      'Introduction. Cities grow. A smart city is a city that uses informa-\ntion technology to serve its citizens better.',
      'Related work. Governance refers to decision making.\nWe define a smart city as a city that learns from data and from its people.',
    ];
    const found = mineDefinitions(pages);
    expect(found.map((c) => [c.page, c.pattern, c.sentence])).toEqual([
      [1, 'concept-is', 'A smart city is a city that uses information technology to serve its citizens better.'],
      [2, 'we-define', 'We define a smart city as a city that learns from data and from its people.'],
    ]);
    expect(mineDefinitions(pages, { minScore: 0 }).map((c) => c.sentence)).toContain('Governance refers to decision making.');
    expect(mineDefinitions(pages)).toEqual(mineDefinitions(pages));
  });

  it('finds nothing in an empty document', () => {
    expect(mineDefinitions([])).toEqual([]);
    expect(mineDefinitions(['', '  '])).toEqual([]);
  });
});
