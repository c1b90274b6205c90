import { describe, expect, it } from 'vitest';
import { findCitations, NO_NUMBERED_LIST, nameBefore } from '../../src/mine/citations.js';
import { keepsHyphen } from '../../src/mine/hyphens.js';
import { layOut } from '../../src/mine/layout.js';
import { citedAs, parseReferences } from '../../src/mine/references.js';

describe('findCitations', () => {
  it('reads numbered, parenthetical and narrative citations with their names and years', () => {
    const s = 'As Harrison et al. [12] and Glasmeier and Christopherson (2015, p. 4) note, cities vary (ITU-T, 2014; Cohen, 2011) [3–5].';
    expect(findCitations(s, NO_NUMBERED_LIST).map(({ author, year, ref }) => ({ author, year, ref }))).toEqual([
      { author: 'Harrison et al.', year: undefined, ref: '[12]' },
      { author: 'Glasmeier and Christopherson', year: 2015, ref: undefined },
      { author: 'ITU-T', year: 2014, ref: undefined },
      { author: undefined, year: undefined, ref: '[3–5]' },
    ]);
    expect(findCitations('Cities use ICT (information and communication technology) since 2010.', NO_NUMBERED_LIST)).toEqual([]);
  });

  it('finds the name before a citation without the words that open the sentence', () => {
    const text = 'According to the ITU-T Focus Group on Smart Sustainable Cities [4]';
    expect(nameBefore(text, text.indexOf('['))?.name).toBe('ITU-T Focus Group on Smart Sustainable Cities');
    expect(nameBefore('For Batty et al. (2012)', 'For Batty et al. '.length)?.name).toBe('Batty et al.');
  });
});

describe('parseReferences', () => {
  const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, page: 9, line: i + 1 }));

  it('reads numbered entries over wrapped lines: surnames, organisations and years', () => {
    const refs = parseReferences(
      lines(
        '[1] Harrison, C., Eckman, B., Hamilton, R.: Foundations for smarter cities. IBM J. Res.\nDev. 54(4), 1–16 (2010)\n[2] ITU-T (2014). Smart sustainable cities: an analysis of definitions.\n[3] C. Harrison and B. Eckman, “Smarter cities,” 2012.\n[4] European Commission. Smart cities. Brussels, 2013.',
      ),
    );
    expect(refs.map((r) => [r.number, citedAs(r.authors), r.year])).toEqual([
      [1, 'Harrison et al.', 2010],
      [2, 'ITU-T', 2014],
      [3, 'Harrison and Eckman', 2012],
      [4, 'European Commission', 2013],
    ]);
  });

  it('ends a body name at the comma before an unquoted title, not inside a portfolio', () => {
    const refs = parseReferences(
      lines(
        '[1] Ministry of Urban Affairs, National Smart City Framework 2019–2025. Capital: MUA, 2019.\n[2] Regional Planning Council, Open data for plans. Tarn: RPC, 2021.\n[3] Department for Business, Innovation and Skills (2013). Smart cities: background paper.\n[4] Department for Digital, Culture, Media and Sport, 2019.',
      ),
    );
    expect(refs.map((r) => [r.number, citedAs(r.authors), r.year])).toEqual([
      [1, 'Ministry of Urban Affairs', 2019],
      [2, 'Regional Planning Council', 2021],
      [3, 'Department for Business, Innovation and Skills', 2013],
      [4, 'Department for Digital, Culture, Media and Sport', 2019],
    ]);
  });

  it('ends a body with no organisation noun before its unquoted title, and keeps a standard whole', () => {
    const refs = parseReferences(
      lines(
        '[1] Brightline Partners, Smart city outlook 2020. London: Brightline, 2020.\n[2] Tarnwell Systems, Digital twins for towns, white paper, 2022.\n[3] ISO 37122:2019, Sustainable cities and communities — Indicators for smart\ncities, Geneva, 2019.\n[4] U.K. Office for Digital Planning, “Twins for towns,” London, 2021.',
      ),
    );
    expect(refs.map((r) => [r.number, citedAs(r.authors, r.etAl), r.year])).toEqual([
      [1, 'Brightline Partners', 2020],
      [2, 'Tarnwell Systems', 2022],
      [3, 'ISO 37122:2019', 2019],
      [4, 'U.K. Office for Digital Planning', 2021],
    ]);
  });

  it('reads people in each style’s form, "et al." as printed, and the year after them (none for n.d.)', () => {
    const refs = parseReferences(
      lines(
        [
          'Adu, K., & Holm, C. (2019). Open data. Gov Inf Q, 36, 1–15.',
          'Batty, Michael. 2013a. The New Science of Cities. Cambridge, MA: MIT Press.',
          '———. 2013b. “Big Data.” Dialogues in Human Geography 3 (3): 274–79.',
          'Kowalski P, Mensah A, Novak J (2020) Smart grids. Energy 12:1–9',
          'Amara Okafor and Lukas Brenner. 2021. Streetlights. In CHI ’21. ACM, 1–14.',
          'Yigitcanlar, T. et al. (2018) ‘Understanding smart cities’, Cities, 81, pp. 145–160.',
          'Haugland, M. (n.d.). Smart fjords. Retrieved March 3, 2024, from https://example.no',
        ].join('\n'),
      ),
    );
    expect(refs.map((r) => [citedAs(r.authors, r.etAl), r.year])).toEqual([
      ['Adu and Holm', 2019],
      ['Batty', 2013],
      ['Batty', 2013],
      ['Kowalski et al.', 2020],
      ['Okafor and Brenner', 2021],
      ['Yigitcanlar et al.', 2018],
      ['Haugland', undefined],
    ]);
    // (an acronym and a bare year is a body and its year, not a standard; a standard's number keeps its year)
    const bodies = parseReferences(lines('[1] WHO 2016, Urban health: a framework. Geneva: WHO.\n[2] ISO 37120:2018 Sustainable cities. Geneva: ISO.'));
    expect(bodies.map((r) => [citedAs(r.authors, r.etAl), r.year])).toEqual([
      ['WHO', 2016],
      ['ISO 37120:2018', 2018],
    ]);
  });

  it('is set apart from the body, which is never mined', () => {
    const laid = layOut(['Intro text.\nA smart city is a city.\n', 'References\n[1] Batty, M. (2012). Smart cities of the future.']);
    expect(laid.body.map((l) => l.text)).toEqual(['Intro text.', 'A smart city is a city.', '']);
    expect(laid.references.map((l) => l.text)).toEqual(['[1] Batty, M. (2012). Smart cities of the future.']);
  });

  it('lays out a page of 300,000 lines (a long text document) without overflowing the stack', () => {
    const page = Array.from({ length: 300_000 }, (_, i) => `Line ${i} of a long text document.`).join('\n');
    expect(layOut([page]).body).toHaveLength(300_000);
  });
});

describe('keepsHyphen', () => {
  it('drops typesetting hyphens and keeps compounds, by the document first and the lexicon next', () => {
    const none = new Set<string>();
    expect(keepsHyphen('tech', 'nology', none)).toBe(false);
    expect(keepsHyphen('gover', 'nance', none)).toBe(false);
    expect(keepsHyphen('e', 'learning', none)).toBe(true);
    expect(keepsHyphen('self', 'decisive', none)).toBe(true);
    expect(keepsHyphen('decision', 'making', none)).toBe(true);
    expect(keepsHyphen('co', 'operation', new Set(['co-operation']))).toBe(true);
    expect(keepsHyphen('data', 'driven', new Set(['datadriven']))).toBe(false);
  });
});
