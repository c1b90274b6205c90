import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/pipeline.js';
import { mdCode, mdText, mdUrl } from '../../../src/outputs/report/markdown.js';
import { reportMarkdown } from '../../../src/outputs/report/index.js';
import { synthesizedDefinitionMd } from '../../../src/outputs/synthesis-md.js';
import { HEADER, tempCorpus } from '../../helpers.js';

const context = { created: '2026-01-01T00:00:00.000Z', versions: { citydefs: '0.0.0' }, corpusLabel: 'corpus' };

/**
 * GitHub-flavoured Markdown to HTML as a renderer would show it, raw HTML let through (so HTML that
 * escaped the escaping would show up as tags here).
 */
const render = (md: string) => micromark(md, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });

const ENTITY: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
/** What a reader sees: the rendered HTML without its tags, entities decoded, whitespace as single spaces. */
function visibleText(html: string): string {
  return (
    html
      .replace(/<[^>]*>/g, ' ')
      // (one pass: `&amp;#169;` is the text `&#169;`, not ©)
      .replace(/&(amp|lt|gt|quot|#39);|&#(\d+);/g, (_, name: string | undefined, n: string | undefined) =>
        name ? ENTITY[name]! : String.fromCodePoint(Number(n)),
      )
      .replace(/\s+/g, ' ')
  );
}
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Values that mean something in Markdown, HTML or GitHub's renderer. */
const HOSTILE = [
  '<script>window.pwned = 1</script>',
  '[click me](javascript:alert(1))',
  '![pixel](https://evil.example/p.png)',
  '**strong** and __strong__ and *em* and _em_ and ~~struck~~',
  '`code` and ``two `ticks` ``',
  'a | b || c',
  '# Not a heading',
  '> not a quote',
  '- not an item',
  '+ not an item',
  '1. not an item',
  '2) not an item',
  '---',
  '===',
  '<img src=x onerror="window.pwned = 1">',
  'https://evil.example/auto and www.evil.example and mail@evil.example',
  '$x^2$ is not math',
  '&amp; &lt;b&gt; stay as typed',
  'Caragliu, Del Bo & Nijkamp; &copy; &#169; &#x41; &a b; R&D',
  'a\\*b\\ backslashes \\',
  '<!-- comment -->',
  '[ref]: https://evil.example',
  'Line one\n\n# line two\n- item',
];

describe('mdText', () => {
  it.each(HOSTILE)('renders %j as exactly its text, making no element', (value) => {
    const places: [string, string][] = [
      [mdText(value), ''],
      [`> ${mdText(value)}`, ''],
      [`- ${mdText(value)}`, ''],
      [`| h |\n| --- |\n| ${mdText(value)} |`, 'h '],
    ];
    for (const [md, header] of places) {
      const html = render(md);
      expect(visibleText(html).trim(), md).toBe(header + oneLine(value));
      expect(html).not.toMatch(/<(script|img|a|strong|em|del|code|h\d|ol|hr|input)\b/);
      expect(html).not.toMatch(/<li>[\s\S]*<li>|<blockquote>[\s\S]*<blockquote>/);
    }
  });

  it('keeps ordinary text readable: only what could be markup is escaped', () => {
    expect(mdText('A smart city uses ICT, data (and sensors) to improve 3.5% of services.')).toBe(
      'A smart city uses ICT, data (and sensors) to improve 3.5% of services.',
    );
    expect(mdText('100.0% (8/8) +')).toBe('100.0% (8/8) +');
    expect(mdText('- item')).toBe('\\- item');
    expect(mdText('1. item')).toBe('1\\. item');
  });

  it('writes code spans that hold any text, and link addresses that cannot end early', () => {
    for (const value of ['a`b', '``x``', '`', ' lead', 'a|b']) {
      expect(visibleText(render(mdCode(value, false))).trim()).toBe(value.trim());
      expect(visibleText(render(`| h |\n| --- |\n| ${mdCode(value, true)} |`)).trim()).toBe(`h ${value.trim()}`);
    }
    expect(render(`[x](${mdUrl('https://example.org/a b>c|d')})`)).toContain('href="https://example.org/a%20b%3Ec%7Cd"');
  });
});

describe('every Markdown output with hostile corpus values', () => {
  const texts = HOSTILE.map((h, i) => `ICT and data ${'x'.repeat(i + 20)} ${h}`);
  const rows = [
    HEADER,
    ...texts.map(
      (t, i) =>
        `h${i},academic,,"${'<b>smart</b> | city'.replace(/"/g, '""')}",definition,"**Mallory** [x](javascript:alert(1)) ${i}",2010,,,"${t.replace(/"/g, '""')}"`,
    ),
    `short,private,,smart city,definition,"# Author",2012,,https://example.org/s,"> ICT and data **x**"`,
    `env1,government,,smart city,definition,Gov,2013,,,Environment and energy for all.`,
    `env2,ngo,,smart city,definition,NGO,2014,,,Environment and energy for everyone.`,
    // A kind and a sector that are not analysed or not valid, so their values reach the excluded table and the diagnostics.
    `k1,ngo,,smart city,"goal **x** <i>",NGO,2015,,,Cities should be liveable.`,
    `s1,"news | **paper**",,smart city,definition,P,2015,,,Cities with news.`,
  ];
  const files = {
    'definitions.csv': rows.join('\n') + '\n',
    'codebook.csv':
      'factor_id,label,description,seed_terms\nict,"# ICT <img src=x onerror=alert(1)> | **bold** [x](javascript:y)",Technology,ict\nenvironment,`Environment` > _all_,Nature,environment\n',
    'config.json': JSON.stringify({
      factors: { minDefinitions: 2, bootstrap: 0 },
      synthesis: { term: '`smart` **city** <script>x</script> [t](javascript:z)' },
    }),
  };

  it('shows every value as typed in report.md and synthesized-definition.md, and makes no element of it', async () => {
    const result = await analyze({ corpus: tempCorpus(files) });
    expect(result.factors.map((f) => f.id).sort()).toEqual(['environment', 'ict']);
    const rep = result.analysed.find((d) => d.id === result.synthesis.representative?.definitionId)!;
    expect(rep.text).toMatch(/[<>*`|#![]/);
    const outputs = { 'report.md': reportMarkdown(result, context), 'synthesized-definition.md': synthesizedDefinitionMd(result, context) };
    for (const [name, md] of Object.entries(outputs)) {
      const html = render(md);
      const seen = visibleText(html);
      const values =
        name === 'report.md'
          ? [
              ...texts,
              '<b>smart</b> | city',
              '**Mallory** [x](javascript:alert(1)) 0',
              '# ICT <img src=x onerror=alert(1)> | **bold** [x](javascript:y)',
              '`Environment` > _all_',
              '> ICT and data **x**',
              'goal **x** <i>',
              'news | **paper**',
            ]
          : ['`smart` **city** <script>x</script> [t](javascript:z)', rep.text, rep.author, '# ICT <img src=x onerror=alert(1)> | **bold** [x](javascript:y)'];
      for (const value of values) expect(seen, `${name}: ${value}`).toContain(oneLine(value));
      expect(html, name).not.toMatch(/<(script|del|input)\b/);
      expect(html, name).not.toMatch(/href="(?!https:\/\/example\.org\/)/);
      for (const tag of html.match(/<img [^>]*>/g) ?? []) expect(tag, name).toMatch(/^<img src="figures\/[a-z-]+\.svg" alt="[^"]*" \/>$/);
      expect(html.match(/<h1>/g), name).toHaveLength(1);
      // Every table row has as many cells as its header: no `|` from the data split a cell.
      for (const table of html.match(/<table>[\s\S]*?<\/table>/g) ?? []) {
        const columns = (table.match(/<th[ >]/g) ?? []).length;
        for (const row of table.match(/<tbody>[\s\S]*<\/tbody>/)?.[0].match(/<tr>[\s\S]*?<\/tr>/g) ?? [])
          expect((row.match(/<td[ >]/g) ?? []).length).toBe(columns);
      }
    }
    expect(render(outputs['synthesized-definition.md'])).toMatch(
      /^<h1>Synthesized definition of “`smart` \*\*city\*\* &lt;script&gt;x&lt;\/script&gt; \[t\]\(javascript:z\)”<\/h1>/,
    );
  });
});
