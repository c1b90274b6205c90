import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import type { Definition } from '../../src/model/index.js';
import { authorsOf, cslItem, firstReferences, referenceList, referencesBib, referencesJson, referencesRis } from '../../src/outputs/references.js';

const base = { sector: 'academic', orgType: '', term: 'smart city', kind: 'definition', text: 'A smart city is …', origin: { file: 'definitions.csv' } };
const LONG_URL = 'https://www.itu.int/wftp3/Public/epub_shared/TSB/ITUT-Tech-Report-Specs/2016/en/ITUT-Tech-Rep-Specs-2016_opf_files/WebSearch/page0091.html';

const article: Definition = {
  ...base,
  id: 'caragliu-2011',
  author: 'Caragliu, Andrea; Del Bo, Chiara; Nijkamp, Peter',
  year: 2011,
  title: 'Smart cities in Europe',
  url: '',
  doi: '10.1080/10630732.2011.601117',
  container: 'Journal of Urban Technology',
  volume: '18',
  issue: '2',
  pages: '65-82',
};
const report: Definition = {
  ...base,
  id: 'itu.fg-ssc_2014',
  author: 'ITU-T Focus Group on Smart Sustainable Cities & Partners',
  year: 2014,
  title: 'Smart sustainable cities: An analysis of definitions',
  url: LONG_URL,
  publisher: 'ITU',
};
const bare: Definition = { ...base, id: 'anon', author: '', year: undefined, title: '', url: '' };
const sameSource: Definition = { ...article, id: 'caragliu-2011-2' };

describe('authors', () => {
  it('splits `Family, Given; …` into people and keeps anything else whole', () => {
    expect(authorsOf('Caragliu, A.; Del Bo, Chiara')).toEqual([
      { family: 'Caragliu', given: 'A.' },
      { family: 'Del Bo', given: 'Chiara' },
    ]);
    expect(authorsOf('van der Berg, Jan-Peter')).toEqual([{ family: 'van der Berg', given: 'Jan-Peter' }]);
    for (const literal of [
      'Caragliu, Del Bo & Nijkamp',
      'Arup, Accenture, Horizon, University of Nottingham',
      'Giffinger, Rudolf, et al. (Vienna UT)',
      'Abha Joshi-Ghani, World Bank urban sector manager',
      'IBM',
      'European Parliament, ITRE Committee (Manville et al.)',
    ]) {
      expect(authorsOf(literal)).toEqual([{ literal }]);
    }
    expect(authorsOf(' ')).toEqual([]);
  });

  it('parses a field once, and gives each caller names of its own', () => {
    const first = authorsOf('Caragliu, A.; Del Bo, Chiara');
    first[0]!.family = 'changed';
    first.pop();
    expect(authorsOf('Caragliu, A.; Del Bo, Chiara')).toEqual([
      { family: 'Caragliu', given: 'A.' },
      { family: 'Del Bo', given: 'Chiara' },
    ]);
  });

  it('gives the same names past the number of fields it keeps parsed (10,000)', () => {
    for (let i = 0; i < 10_050; i++) expect(authorsOf(`Source ${i}`)).toEqual([{ literal: `Source ${i}` }]);
    expect(authorsOf('Caragliu, A.')).toEqual([{ family: 'Caragliu', given: 'A.' }]);
  });
});

describe('references.bib, .ris, .json', () => {
  it('key every entry by its definition id and read back to the same citation', async () => {
    const definitions = [article, report, bare];
    const bib = referencesBib(definitions);
    expect(bib).toContain('@article{caragliu-2011,');
    expect(bib).toContain('@techreport{itu.fg-ssc_2014,');
    expect(bib).toContain('@misc{anon,');
    // A literal name's `&` would stop LaTeX: escaped.
    expect(bib).toContain('author = {{ITU-T Focus Group on Smart Sustainable Cities \\& Partners}}');
    const back = (await Cite.async(bib)).data;
    expect(back.map((i) => i['citation-key'])).toEqual(['caragliu-2011', 'itu.fg-ssc_2014', 'anon']);
    expect(back[0]).toMatchObject({
      DOI: '10.1080/10630732.2011.601117',
      'container-title': 'Journal of Urban Technology',
      volume: '18',
      issue: '2',
      page: '65-82',
      title: 'Smart cities in Europe',
    });
    expect(back[0]!.author).toEqual([
      { family: 'Caragliu', given: 'Andrea' },
      { family: 'Del Bo', given: 'Chiara' },
      { family: 'Nijkamp', given: 'Peter' },
    ]);
    expect(back[1]).toMatchObject({ URL: LONG_URL, publisher: 'ITU' });
  });

  it('write RIS one value per line (no wrapping that would break a URL), CRLF, read back whole', async () => {
    const ris = referencesRis([article, report]);
    expect(ris.split('\r\n').every((line) => line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
    expect(ris).toContain(`UR  - ${LONG_URL}\r\n`);
    expect(ris).toContain('ID  - caragliu-2011\r\n');
    expect(ris).toContain('TY  - JOUR\r\n');
    expect(ris).toContain('TY  - RPRT\r\n');
    const back = (await Cite.async(ris)).data;
    expect(back).toHaveLength(2);
    expect(back[1]).toMatchObject({ URL: LONG_URL, title: 'Smart sustainable cities: An analysis of definitions' });
    expect(back[0]).toMatchObject({ DOI: '10.1080/10630732.2011.601117', volume: '18' });
  });

  it('write CSL-JSON items with the definition id', () => {
    const items = JSON.parse(referencesJson([article, bare]));
    expect(items).toEqual([cslItem(article), { id: 'anon', 'citation-key': 'anon', type: 'document' }]);
    expect(items[0]).toMatchObject({ type: 'article-journal', issued: { 'date-parts': [[2011]] }, page: '65-82' });
  });

  it('write references.json as JSON.stringify of every item, two spaces, a final newline, however many batches the items fill', () => {
    const sources = [article, report, bare, sameSource];
    for (const n of [1, 2, 199, 200, 201, 450]) {
      const definitions = Array.from({ length: n }, (_, i) => ({ ...sources[i % sources.length]!, id: `d${i}` }));
      expect(referencesJson(definitions)).toBe(JSON.stringify(definitions.map(cslItem), null, 2) + '\n');
    }
  });

  it('write the same references.json past the number of author fields kept written (10,000)', () => {
    const sources = [article, report, bare, sameSource];
    const definitions = Array.from({ length: 10_050 }, (_, i) => ({
      ...sources[i % sources.length]!,
      id: `d${i}`,
      author: i % 3 ? `Family${i % 10_020}, A.` : `Source ${i}`,
    }));
    expect(referencesJson(definitions)).toBe(JSON.stringify(definitions.map(cslItem), null, 2) + '\n');
  });

  it('are empty files without analysed definitions', () => {
    expect(referencesBib([])).toBe('');
    expect(referencesRis([])).toBe('');
    expect(referencesJson([])).toBe('[]\n');
  });
});

describe('the reference list', () => {
  it('formats APA-like entries, one per source with the definitions citing it, alphabetical', () => {
    const list = referenceList([report, article, bare, sameSource]);
    expect(list.map((r) => r.text)).toEqual([
      '(n.d.).',
      'Caragliu, A., Del Bo, C., & Nijkamp, P. (2011). Smart cities in Europe. Journal of Urban Technology, 18(2), 65–82. https://doi.org/10.1080/10630732.2011.601117',
      `ITU-T Focus Group on Smart Sustainable Cities & Partners. (2014). Smart sustainable cities: An analysis of definitions. ITU. ${LONG_URL}`,
    ]);
    expect(list[1]!.ids).toEqual(['caragliu-2011', 'caragliu-2011-2']);
    expect(list[1]!.link).toBe('https://doi.org/10.1080/10630732.2011.601117');
    // The journal is italic for an article, the title for a standalone work.
    expect(list[1]!.segments.filter((s) => s.italic).map((s) => s.text)).toEqual(['Journal of Urban Technology', '18']);
    expect(list[2]!.segments.filter((s) => s.italic).map((s) => s.text)).toEqual(['Smart sustainable cities: An analysis of definitions.']);
    expect(list[2]!.segments.map((s) => s.text).join('')).toBe(list[2]!.text);
  });

  it('puts the title first when there is no author', () => {
    const [entry] = referenceList([{ ...bare, title: 'Smart city portal', year: 2020, url: 'https://example.org' }]);
    expect(entry!.text).toBe('Smart city portal. (2020). https://example.org');
  });

  it('gives the first entries of the whole list and the count of sources without making every entry (firstReferences)', () => {
    // 240 definitions citing 60 sources in a scrambled order, titles differing in case only
    // ("Smart a" and "smart a" sort on the lower-cased text first), so the heap replaces its worst often.
    const definitions: Definition[] = Array.from({ length: 240 }, (_, i) => {
      const source = (i * 37) % 60;
      const title = `${source % 2 ? 'smart' : 'Smart'} ${String.fromCharCode(97 + ((source * 7) % 26))} ${source % 3}`;
      return { ...bare, id: `d${i}`, author: source % 5 ? `Author${source % 4}, A.` : '', year: 2000 + (source % 4), title };
    });
    const whole = referenceList(definitions);
    expect(whole).toHaveLength(60);
    for (const limit of [0, 1, 2, 7, 30, 59, 60, 61, 1000]) {
      const { references, sources } = firstReferences(definitions, limit);
      expect(sources).toBe(60);
      expect(references).toEqual(whole.slice(0, limit));
    }
    // Each entry lists every definition citing it, in analysis order.
    expect(whole.flatMap((r) => r.ids).sort()).toEqual(definitions.map((d) => d.id).sort());
    for (const r of whole) expect(r.ids).toEqual([...r.ids].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))));
  });
});
