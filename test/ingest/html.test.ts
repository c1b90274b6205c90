import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/ingest/html.js';

const PAGE = `<!doctype html>
<html lang="en-GB"><head>
  <title>Smart City Strategy | Example City Council</title>
  <meta name="author" content="Example City Council">
  <meta name="citation_publication_date" content="2021-05-04">
  <link rel="canonical" href="https://example.org/smart-city">
  <style>p { color: red } .smart-city-is { display: none }</style>
  <script>var text = "A smart city is a trap that scripts set.";</script>
</head><body>
  <nav><ul><li>Home</li><li>A smart city is a menu item</li></ul></nav>
  <main>
    <h1>Our smart city</h1>
    <p>For the council, a <em>smart city</em> is a city that uses data&nbsp;and technology
       to make services work better for residents &amp; visitors.</p>
    <ul><li>Smart city: an urban area that uses sensors to manage its assets.</li></ul>
    <table><tr><th>Term</th><th>Definition</th></tr>
      <tr><td>Smart sustainable city</td><td><p>A city that uses ICT to improve quality of life</p></td></tr></table>
    <dl><dt>Digital twin</dt><dd>A virtual model of the city kept up to date with sensor data.</dd></dl>
  </main>
  <noscript>Enable JavaScript.</noscript>
</body></html>`;

describe('htmlToText', () => {
  it('keeps the text in blocks, drops scripts, styles and navigation, decodes entities', () => {
    const { text } = htmlToText(PAGE);
    expect(text.split('\n\n')).toEqual([
      'Our smart city',
      'For the council, a smart city is a city that uses data and technology to make services work better for residents & visitors.',
      'Smart city: an urban area that uses sensors to manage its assets.',
      'Term | Definition',
      'Smart sustainable city | A city that uses ICT to improve quality of life',
      'Digital twin: A virtual model of the city kept up to date with sensor data.',
    ]);
    expect(text).not.toMatch(/trap|menu item|display|JavaScript/);
  });

  it('reads the page’s title, author, year, address and language', () => {
    expect(htmlToText(PAGE).meta).toEqual({
      title: 'Smart City Strategy | Example City Council',
      author: 'Example City Council',
      year: '2021',
      url: 'https://example.org/smart-city',
      language: 'en-GB',
    });
  });

  it('never fails on broken markup', () => {
    expect(htmlToText('<p>A smart city <b>is <i>a city</p> that <<>> learns').text).toBe('A smart city is a city\n\nthat <<>> learns');
    expect(htmlToText('').text).toBe('');
  });
});
