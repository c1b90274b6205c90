import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/pipeline.js';
import { html, trusted } from '../../../src/outputs/report/html.js';
import { mdText } from '../../../src/outputs/report/markdown.js';
import { byTerm, bySector, byYear, excludedKinds, termSectorShares } from '../../../src/outputs/report/data.js';
import { reportHtml, reportMarkdown } from '../../../src/outputs/report/index.js';
import { code, definitionRef, em, fromBackticks, inl, link, strong, text, type Report } from '../../../src/outputs/report/model.js';
import { reportToHtml } from '../../../src/outputs/report/to-html.js';
import { reportToMarkdown } from '../../../src/outputs/report/to-markdown.js';
import { HEADER, tempCorpus } from '../../helpers.js';

const context = { created: '2026-01-01T00:00:00.000Z', versions: { citydefs: '0.0.0' }, corpusLabel: 'corpus' };

const hostile = 'A city that uses ICT <script>window.pwned = true</script> and <img src=x onerror="window.pwned = 1"> for citizens.';
const rows = [
  HEADER,
  `a,academic,,smart city,definition,Ann,2010,,https://example.org/a,A smart city uses ICT to improve the quality of life of citizens.`,
  `b,private,,smart city,definition,"Corp <b>bold</b>",2012,,,"${hostile.replace(/"/g, '""')}"`,
  `c,government,,smart sustainable city,definition,Gov,2012,,,A smart sustainable city uses ICT and data for sustainable services.`,
  `d,ngo,,smart city,goal,NGO,,,,Cities should be liveable.`,
  `e,government,,smart city,definition,Gov copy,2015,,,A smart sustainable city uses ICT and data for sustainable services.`,
  `f,ngo,,smart city,definition,Bad link,2016,,javascript:alert(1),A city with a bad link.`,
];
const corpus = () => tempCorpus({ 'definitions.csv': rows.join('\n') + '\n' });

describe('report data', () => {
  it('counts definitions by sector (config order), term (most first) and year (oldest first)', async () => {
    const result = await analyze({ corpus: corpus() });
    expect(bySector(result)).toEqual([
      { label: 'academic', value: 1 },
      { label: 'private', value: 1 },
      { label: 'government', value: 1 },
      { label: 'ngo', value: 0 },
    ]);
    expect(byTerm(result)).toEqual([
      { label: 'smart city', value: 2 },
      { label: 'smart sustainable city', value: 1 },
    ]);
    expect(byYear(result)).toEqual([
      { label: '2010', value: 1 },
      { label: '2012', value: 2 },
    ]);
    expect(excludedKinds(result)).toEqual([{ label: 'goal', value: 1 }]);
    const ict = termSectorShares(result).filter((c) => c.term === 'ict');
    expect(ict.map((c) => [c.sector, c.definitions, c.total, c.share])).toEqual([
      ['academic', 1, 1, 1],
      ['private', 1, 1, 1],
      ['government', 1, 1, 1],
      ['ngo', 0, 0, 0],
    ]);
  });
});

describe('report.html', () => {
  it('escapes every corpus string: markup in a definition is text, and only the page script exists', async () => {
    const page = reportHtml(await analyze({ corpus: corpus() }), context);
    expect(page).not.toContain('<script>window.pwned');
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;script&gt;window.pwned = true&lt;/script&gt;');
    expect(page).toContain('Corp &lt;b&gt;bold&lt;/b&gt;');
    expect(page.match(/<script>/g)).toHaveLength(1);
    expect(page).toContain('<a href="https://example.org/a" rel="noreferrer">a</a>');
    expect(page).not.toContain('href="javascript');
    expect(page).toContain('script-src &#39;sha256-');
    expect(page).not.toMatch(/https?:\/\/(?!example\.org|www\.w3\.org)/);
  });

  it('has every section, the charts and the definitions table with one row per analysed definition', async () => {
    const result = await analyze({ corpus: corpus() });
    const page = reportHtml(result, context);
    for (const id of ['corpus', 'excluded', 'terms', 'network', 'definitions', 'diagnostics']) expect(page).toContain(`<section id="${id}">`);
    expect(page.match(/<svg /g)!.length).toBeGreaterThanOrEqual(5);
    const table = page.slice(page.indexOf('<table id="definitions-table"'), page.indexOf('</table>', page.indexOf('<table id="definitions-table"')));
    expect(table.match(/<tr[ >]/g)).toHaveLength(1 + result.analysed.length);
    expect(table).toContain('<tr id="def-a">');
    expect(page).toContain('e (same text)');
    expect(reportHtml(result, context)).toBe(page);
  });

  it('escapes interpolations in the html template unless marked trusted', () => {
    expect(html`<p>${'<b>&"\''}</p>`.value).toBe('<p>&lt;b&gt;&amp;&quot;&#39;</p>');
    expect(html`<p>${trusted('<b>x</b>')}${['a', 1, undefined, false]}</p>`.value).toBe('<p><b>x</b>a1</p>');
  });
});

describe('report.md', () => {
  it('has the tables, with pipes, line breaks and markup in cells neutralised', async () => {
    const md = reportMarkdown(await analyze({ corpus: corpus() }), context);
    expect(md).toContain('## Corpus');
    expect(md).toContain('| academic | 1 |');
    expect(md).toContain('## Excluded records');
    expect(md).toContain('| d | NGO |  | ngo | goal | kind not analysed |');
    expect(md).toContain('## Top terms');
    expect(md).not.toContain('<b>');
    expect(md).toContain('Corp &lt;b&gt;bold&lt;/b&gt;');
    expect(md).toContain('| sector | definitions |\n| --- | ---: |\n| academic | 1 |');
    expect(mdText('a | b\nc <i>')).toBe('a \\| b c &lt;i&gt;');
  });
});

describe('factor sections', () => {
  // The factors golden corpus: three clean groups of terms, worked by hand in test/fixtures/factors.
  const factorsCorpus = 'test/fixtures/factors/corpus';

  it('show the synthesized definition with its clauses linked to the definitions behind them', async () => {
    const result = await analyze({ corpus: factorsCorpus });
    const page = reportHtml(result, context);
    expect(page).toContain(`<blockquote class="synthesis">${result.synthesis.text}</blockquote>`);
    for (const clause of result.synthesis.clauses) {
      for (const id of clause.examples) expect(page).toContain(`<a href="#def-${id}">${id}</a>`);
    }
    for (const id of result.analysed.map((d) => d.id)) expect(page).toContain(`id="def-${id}"`);
  });

  it('draw one prevalence bar per factor with its count, and mark only cells beyond ±1.96 in the heat map', async () => {
    const result = await analyze({ corpus: factorsCorpus });
    const page = reportHtml(result, context);
    for (const f of result.factors) expect(page).toContain(`${f.label}: ${f.definitions} of ${result.analysed.length} definitions`);
    // Every residual in this corpus is within ±1.96 (largest 1.26): no cell is marked.
    expect(Math.max(...result.tables.sectorCells.map((c) => Math.abs(c.residual)))).toBeLessThan(1.96);
    expect(page).not.toMatch(/%[+−]</);
    const md = reportMarkdown(result, context);
    expect(md).toContain('| environment | 50.0% (1/2) | 50.0% (1/2) | 0.0% (0/2) | 50.0% (1/2) | fisher-exact | 1.0000 | 1.0000 |');
  });

  it('marks a sector that uses a factor far more than the others', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 8; i++) lines.push(`g${i},government,,smart city,definition,G,2001,,,Mobility and transport for district ${'abcdefgh'[i]}.`);
    for (let i = 0; i < 8; i++) lines.push(`p${i},private,,smart city,definition,P,2001,,,Business and economy for firm ${'abcdefgh'[i]}.`);
    const result = await analyze({
      corpus: tempCorpus({ 'definitions.csv': lines.join('\n') + '\n', 'config.json': '{"factors": {"minDefinitions": 2, "bootstrap": 0}}' }),
    });
    const md = reportMarkdown(result, context);
    // 8 of 8 government definitions vs 0 of 8 private: adjusted residual ±4.
    expect(result.tables.sectorCells.find((c) => c.sector === 'government' && c.definitions === 8)?.residual).toBeCloseTo(4, 10);
    expect(md).toMatch(/100\.0% \(8\/8\) \+/);
    expect(md).toMatch(/0\.0% \(0\/8\) −/);
  });

  it('marks residuals beyond the configured tests.residual, not a fixed 1.96', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 8; i++) lines.push(`g${i},government,,smart city,definition,G,2001,,,Mobility and transport for district ${'abcdefgh'[i]}.`);
    for (let i = 0; i < 8; i++) lines.push(`p${i},private,,smart city,definition,P,2001,,,Business and economy for firm ${'abcdefgh'[i]}.`);
    const config = '{"factors": {"minDefinitions": 2, "bootstrap": 0}, "tests": {"residual": 4.5}}';
    const md = reportMarkdown(await analyze({ corpus: tempCorpus({ 'definitions.csv': lines.join('\n') + '\n', 'config.json': config }) }), context);
    // The residuals are ±4: within ±4.5, so nothing is marked, and the legend says 4.5.
    expect(md).not.toMatch(/\(8\/8\) \+/);
    expect(md).toContain('beyond ±4.5');
  });
});

describe('report model', () => {
  it('reads backquoted values of program text as code spans, and joins template text into spans', () => {
    expect(fromBackticks('kind `goal` is not analysed (config `kinds`)')).toEqual([
      text('kind '),
      code('goal'),
      text(' is not analysed (config '),
      code('kinds'),
      text(')'),
    ]);
    expect(fromBackticks('no code')).toEqual([text('no code')]);
    expect(inl`a ${1} b ${code('c')}${[text(' d'), em('e')]}`).toEqual([text('a 1 b '), code('c'), text(' d'), em('e')]);
  });

  it('writes code spans as <code> in report.html: no Markdown backquote shows in the page', async () => {
    const result = await analyze({ corpus: corpus() });
    const page = reportHtml(result, context);
    const body = page.replace(/<style>[\s\S]*?<\/style>|<script>[\s\S]*?<\/script>/g, '');
    expect(body).not.toContain('`');
    expect(body).toContain('(config <code>kinds</code>: definition)');
    expect(body).toContain('kind <code>goal</code> is not analysed (config <code>kinds</code>)');
    expect(body).toContain('<code>tabulate/no-factor</code>');
  });

  it('renders each block once for both targets: a table in HTML is the same table in Markdown', () => {
    const report: Report = {
      title: 'T <1>',
      lead: [text('lead '), code('x|y')],
      footer: [],
      sections: [
        {
          id: 's',
          title: 'S',
          blocks: [
            {
              kind: 'table',
              id: 't',
              columns: [
                { label: 'a', type: 'text' },
                { label: 'n', type: 'number' },
              ],
              rows: [{ anchor: 'def-r', cells: [{ value: 'r', content: [definitionRef('r')] }, 2] }],
              empty: 'none',
            },
            { kind: 'list', items: [[strong('1'), text(' item')]] },
            { kind: 'paragraph', content: [link('javascript:alert(1)', 'bad'), text(' '), link('https://example.org', 'good')] },
            { kind: 'paragraph', content: [text('only on screen')], role: 'screen' },
          ],
        },
      ],
    };
    const page = reportToHtml(report);
    expect(page).toContain('<title>T &lt;1&gt;</title>');
    expect(page).toContain('<tr id="def-r"><td data-label="a"><a href="#def-r">r</a></td><td class="num" data-sort-value="2" data-label="n">2</td></tr>');
    expect(page).toContain('<ul><li><strong>1</strong> item</li></ul>');
    expect(page).toContain('<p>bad <a href="https://example.org" rel="noreferrer">good</a></p>');
    expect(page).toContain('<p class="screen">only on screen</p>');
    const md = reportToMarkdown(report);
    expect(md).toBe('# T &lt;1&gt;\n\nlead `x|y`\n\n## S\n\n| a | n |\n| --- | ---: |\n| `r` | 2 |\n\n- **1** item\n\nbad [good](<https://example.org>)\n');
  });
});
