import { describe, expect, it } from 'vitest';
import { findCitations, nameBefore } from '../../src/mine/citations.js';
import { keepsHyphen } from '../../src/mine/hyphens.js';
import { layOut } from '../../src/mine/layout.js';
import { citedAs, parseReferences } from '../../src/mine/references.js';

describe('findCitations', () => {
  it('reads numbered, parenthetical and narrative citations with their names and years', () => {
    const s = 'As Harrison et al. [12] and Glasmeier and Christopherson (2015, p. 4) note, cities vary (ITU-T, 2014; Cohen, 2011) [3–5].';
    expect(findCitations(s).map(({ author, year, ref }) => ({ author, year, ref }))).toEqual([
      { author: 'Harrison et al.', year: undefined, ref: '[12]' },
      { author: 'Glasmeier and Christopherson', year: 2015, ref: undefined },
      { author: 'ITU-T', year: 2014, ref: undefined },
      { author: undefined, year: undefined, ref: '[3–5]' },
    ]);
    expect(findCitations('Cities use ICT (information and communication technology) since 2010.')).toEqual([]);
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
