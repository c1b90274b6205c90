import { createHash } from 'node:crypto';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { REPORT_CSS, REPORT_SCRIPT } from '../../../src/outputs/report/assets.js';
import { html, page } from '../../../src/outputs/report/html.js';
import { CSS_PLACEHOLDER, SCRIPT_PLACEHOLDER, withoutAssets } from '../../golden/harness.js';

// The report's stylesheet and script, tested once here (and at work in test/browser/); the goldens
// hold placeholders for them.
describe('report assets', () => {
  const shown = page({
    title: 'T',
    lead: html`<p>lead</p>`,
    sections: [{ id: 's', title: 'S', body: html`<p>x</p>` }],
    css: REPORT_CSS,
    script: REPORT_SCRIPT,
    footer: html`f`,
  });

  it('the script is valid JavaScript, allowed by the page’s CSP through its hash, and the only script', () => {
    expect(() => new Script(REPORT_SCRIPT)).not.toThrow();
    const hash = createHash('sha256').update(REPORT_SCRIPT).digest('base64');
    expect(shown).toContain(`script-src &#39;sha256-${hash}&#39;`);
    expect(shown).toContain('default-src &#39;none&#39;');
    expect(shown.match(/<script>/g)).toHaveLength(1);
  });

  it('the stylesheet is balanced and styles the screen, a phone and paper', () => {
    const opened = REPORT_CSS.split('{').length;
    expect(REPORT_CSS.split('}').length).toBe(opened);
    expect(REPORT_CSS).toContain('@media print');
    expect(REPORT_CSS).toContain('@page { size: A4;');
    expect(REPORT_CSS).toMatch(/@media screen and \(max-width: 900px\) \{[^@]*table\.wide tr \{ display: block;/);
    expect(REPORT_CSS).toMatch(/@media screen and \(max-width: 900px\), print \{[^@]*table\.cards thead \{ display: none; \}/);
    // A filtered-out row stays hidden as a card (display: block would otherwise show it), and prints.
    expect(REPORT_CSS).toMatch(/table\.cards tr\[hidden\] \{ display: none; \}[\s\S]*@media print \{[\s\S]*table\.cards tr\[hidden\] \{ display: block; \}/);
    // Inside a template literal: a stray backslash or backquote would change the CSS.
    expect(REPORT_CSS).toContain('content: " \\2195"');
  });

  it('goldens keep placeholders for exactly these assets, and keep any other style or script', () => {
    const golden = withoutAssets(shown);
    expect(golden).toContain(`<style>${CSS_PLACEHOLDER}</style>`);
    expect(golden).toContain(`<script>${SCRIPT_PLACEHOLDER}</script>`);
    expect(golden).toContain('script-src &#39;sha256-(REPORT_SCRIPT)&#39;');
    expect(golden).not.toContain(REPORT_CSS.slice(0, 200));
    const changed = withoutAssets(shown.replace(REPORT_CSS, `${REPORT_CSS}x{}`));
    expect(changed).toContain('x{}</style>');
  });
});
