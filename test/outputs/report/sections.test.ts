import { describe, expect, it } from 'vitest';
import { reportHtml, reportMarkdown } from '../../../src/outputs/report/index.js';
import { linesPerGroup } from '../../../src/outputs/report/sections/concordance.js';
import { referenceList } from '../../../src/outputs/references.js';
import { analyze } from '../../../src/pipeline.js';
import { HEADER, tempCorpus } from '../../helpers.js';

const context = { created: '2026-01-01T00:00:00.000Z', versions: { citydefs: '0.0.0' }, corpusLabel: 'corpus' };

const rows = [
  HEADER + ',doi,container,volume,issue,pages,publisher',
  'd1,academic,,smart city,definition,"Caragliu, Andrea",2011,Smart cities in Europe,,"ICT, data and sensors <script>window.x=1</script>.",10.1080/10630732.2011.601117,Journal of Urban Technology,18,2,65-82,',
  'd2,private,,smart city,definition,IBM,2009,Smarter cities,https://example.org/ibm,ICT and sensors.,,,,,,IBM',
  'd3,government,,smart city,definition,Ministry,2014,Strategy,,Data and sensors.,,,,,,',
  'd4,ngo,,smart city,definition,NGO,2015,Strategy,,Sensors and parks.,,,,,,',
  'd5,academic,,smart city,definition,"Caragliu, Andrea",2011,Smart cities in Europe,,Parks and energy.,10.1080/10630732.2011.601117,Journal of Urban Technology,18,2,65-82,',
  'd6,private,,smart city,definition,F,2016,,,Energy and parks.,,,,,,',
];
const codebook = 'factor_id,label,description,seed_terms\nict,ICT,,ict;data\n';
const corpus = (files: Record<string, string> = {}, config: object = {}) =>
  tempCorpus({
    'definitions.csv': rows.join('\n') + '\n',
    'codebook.csv': codebook,
    'config.json': JSON.stringify({ factors: { minDefinitions: 2, bootstrap: 0 }, ...config }),
    ...files,
  });
/** The HTML of one section. */
const section = (page: string, id: string) => {
  const start = page.indexOf(`<section id="${id}">`);
  return start < 0 ? undefined : page.slice(start, page.indexOf('</section>', start));
};

describe('the references section', () => {
  it('lists every analysed source once, linked to the definitions citing it, DOI and URL as links', async () => {
    const result = await analyze({ corpus: corpus() });
    const page = reportHtml(result, context);
    const html = section(page, 'references')!;
    const entries = html.match(/<li>/g)!;
    expect(entries).toHaveLength(referenceList(result.analysed).length);
    // d1 and d5 are one source (same author, year, title, journal): one entry citing both.
    expect(entries).toHaveLength(5);
    expect(html).toContain('Definitions: <a href="#def-d1">d1</a>, <a href="#def-d5">d5</a>.');
    for (const d of result.analysed) expect(html).toContain(`href="#def-${d.id}"`);
    expect(html).toContain('<em>Journal of Urban Technology</em>');
    expect(html).toContain('<a href="https://doi.org/10.1080/10630732.2011.601117" rel="noreferrer">https://doi.org/10.1080/10630732.2011.601117</a>');
    // It comes after the Definitions, the anchors it links to, and before the Diagnostics.
    expect(page.indexOf('<section id="definitions">')).toBeLessThan(page.indexOf('<section id="references">'));
    expect(page.indexOf('<section id="references">')).toBeLessThan(page.indexOf('<section id="diagnostics">'));
    expect(reportMarkdown(result, context)).toContain('## References');
  });
});

describe('the codebook suggestions section', () => {
  it('shows each suggestion with its rule, what it adds and examples, the keyword set apart', async () => {
    const html = section(reportHtml(await analyze({ corpus: corpus() }), context), 'codebook-suggestions')!;
    expect(html).toContain('<td data-label="term = rule to add"><code>sensor</code></td>');
    expect(html).toContain(
      '<td class="num" data-sort-value="4" data-label="definitions">4 definitions, 1 new</td><td class="num" data-sort-value="1.5" data-label="fit and lift">fit 0.75, lift 1.50</td>',
    );
    expect(html).toContain('<a href="#def-d4">d4</a> (NGO, 2015): “<strong>Sensors</strong> and parks.”');
  });

  it('is left out without a codebook', async () => {
    const page = reportHtml(
      await analyze({ corpus: corpus({}, { factors: { minDefinitions: 2, bootstrap: 0, codebook: false, method: 'cooccurrence' } }) }),
      context,
    );
    expect(section(page, 'codebook-suggestions')).toBeUndefined();
  });
});

describe('the agreement section', () => {
  it('appears with a reference coding: figures per factor and pooled, and the disagreeing cells with evidence', async () => {
    const reference =
      ['definition_id,factor_id,value,note', 'd1,ict,1,"""ICT, data"""', 'd2,ict,1,', 'd3,ict,1,', 'd4,ict,1,"""sensors"""', 'd5,ict,0,', 'd6,ict,0,'].join(
        '\n',
      ) + '\n';
    const result = await analyze({ corpus: corpus({ 'reference-coding.csv': reference }) });
    const page = reportHtml(result, context);
    const html = section(page, 'agreement')!;
    // The tool codes d1–d3 (ict's rules); the hand coding also d4: 5 of 6 agree, kappa
    // (5/6 − (4/6·3/6 + 2/6·3/6)) / (1 − 1/2) = 2/3, precision 3/3, recall 3/4.
    expect(result.agreement!.overall.kappa).toBeCloseTo(2 / 3, 12);
    expect(html).toContain('Cohen&#39;s kappa (pooled over every cell) is <strong>0.667</strong> (substantial');
    expect(html).toContain('data-label="kappa">0.667 (substantial)</td>');
    expect(html).toContain(
      '<td class="num" data-sort-value="1" data-label="precision">1.000</td><td class="num" data-sort-value="0.75" data-label="recall">0.750</td>',
    );
    expect(html).toContain('<a href="#def-d4">d4</a> (NGO, 2015)');
    expect(html.match(/<tr>/g)).toHaveLength(1 + 2 + 1 + 1);
    expect(reportMarkdown(result, context)).toContain('## Agreement with hand coding');
  });

  it('is left out without one', async () => {
    expect(section(reportHtml(await analyze({ corpus: corpus() }), context), 'agreement')).toBeUndefined();
  });
});

describe('the sensitivity section', () => {
  it('appears only when the sensitivity reruns ran', async () => {
    expect(section(reportHtml(await analyze({ corpus: corpus() }), context), 'sensitivity')).toBeUndefined();
    const result = await analyze({ corpus: corpus({}, { sensitivity: { enabled: true, seeds: [1, 2], resolutions: [1], minDefinitions: [2, 3] } }) });
    const html = section(reportHtml(result, context), 'sensitivity')!;
    expect(html).toContain('rerun 4 times over every combination of seeds 1, 2, resolutions 1 and minimum definitions 2, 3');
    expect(html).toContain('4 of 4 (100.0%)');
    expect(reportMarkdown(result, context)).toContain('## Sensitivity');
  });
});

describe('the concordance section', () => {
  it('shares the rows among the groups: as many per group as fit, at least one each while they last', () => {
    expect(linesPerGroup([30, 5, 1], 20, 2000)).toBe(20);
    // min(30,k) + min(5,k) + 1 ≤ 20: k = 14 gives 14 + 5 + 1 = 20.
    expect(linesPerGroup([30, 5, 1], 20, 20)).toBe(14);
    expect(linesPerGroup([30, 5, 1], 20, 2)).toBe(1);
  });

  it('shows each place once with its source, escaped, searchable by term; report.md points to kwic.csv', async () => {
    const result = await analyze({ corpus: corpus() });
    const html = section(reportHtml(result, context), 'concordance')!;
    expect(html).toContain('<input type="search" data-filter="concordance-table" data-filter-keys');
    expect(html).toContain('<input type="checkbox" data-filter-context="concordance-table">');
    // d1's ICT: a term use and the ict rule on the same words, one line, its factor as a chip.
    const ict = html.split('\n').filter((line) => line.includes('<a href="#def-d1">') && line.includes('<td>ICT</td>'));
    expect(ict).toHaveLength(1);
    // The context stops where the sentence does (the tokenizer ends one at "window.").
    expect(ict[0]).toMatch(
      /^<tr data-keys="ict"><td><\/td><td>ICT<\/td><td>, data and sensors &lt;script&gt;window\.<\/td><td>ict<\/td><td><span class="chip"[^>]*title="ict: ict"/,
    );
    expect(html).not.toContain('<script>');
    const lines = html.match(/<tr data-keys=/g)!.length;
    expect(html).toContain(`${lines} of ${lines} rows`);
    const md = reportMarkdown(result, context);
    expect(md).toMatch(/## Concordance\n\nEvery term and every word a codebook rule matched, in its sentence [^\n]*`kwic\.csv`/);
    expect(md).not.toContain('data-keys');
  });

  it('caps the lines shown, fairly among terms, and says so', async () => {
    const result = await analyze({ corpus: corpus({}, { report: { kwicPerTerm: 1, kwicMaxRows: 5 } }) });
    const html = section(reportHtml(result, context), 'concordance')!;
    expect(html.match(/<tr data-keys=/g)).toHaveLength(5);
    expect(html).toMatch(/Shown here: at most 1 places for each term, or word a rule matched, of the \d+ found; 5 of \d+ places in all/);
  });
});

describe('the synthesis section', () => {
  it('names the configured genus in its roles and counts its factors in words', async () => {
    const md = reportMarkdown(await analyze({ corpus: corpus({}, { synthesis: { genus: 'a virtual model', minShare: 0.5 } }) }), context);
    expect(md).toContain('what a virtual model uses (means');
    expect(md).not.toContain('what a city uses');
    expect(md).toMatch(/Built from the (factor|\d+ factors) used by at least/);
    expect(md).not.toContain('the 1 factors');
  });
});
