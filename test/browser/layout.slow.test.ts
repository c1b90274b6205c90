import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/core/versions.js';
import { cli } from '../helpers.js';
import { CHROMIUM, hasChromium, launchChromium } from './chromium.js';

// The shipped corpus's report as a reader sees it: on a wide screen, on a phone, and printed to
// A4. CITYDEFS_SCREENSHOTS=folder keeps the screenshots and the PDF for a person to look at.
const inCi = Boolean(process.env.CI);
const run = hasChromium() || inCi;
if (!run) console.warn(`Skipping the report layout checks: ${CHROMIUM} is not installed (apt-get install chromium).`);
const keep = process.env.CITYDEFS_SCREENSHOTS;

/** The page count of a PDF that Chromium wrote (its page objects are not compressed). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe.runIf(run)('report.html layout in headless Chromium', () => {
  let browser: Browser;
  let close: () => Promise<void>;
  let dir: string;
  let report: string;

  beforeAll(async () => {
    if (!hasChromium()) throw new Error(`Expected Debian's chromium at ${CHROMIUM} (installed by .ci/run); found none`);
    dir = mkdtempSync(path.join(tmpdir(), 'citydefs-layout-'));
    const out = path.join(dir, 'output');
    expect((await cli(['analyze', '--corpus', path.join(packageRoot, 'corpus'), '--out', out], dir)).code).toBe(0);
    report = path.join(out, 'report.html');
    ({ browser, close } = await launchChromium());
    if (keep) mkdirSync(keep, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await close?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(width: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(pathToFileURL(report).href, { waitUntil: 'load' });
    return page;
  }

  /** How far the page and its widest element reach to the right, in CSS px, and tables that scroll inside. */
  const reach = (page: Page) =>
    page.evaluate<{ scrollWidth: number; widest: number; innerScroll: string[] }>(`({
      scrollWidth: document.documentElement.scrollWidth,
      widest: Math.max(...Array.from(document.querySelectorAll('body *'), (el) => el.getBoundingClientRect().right)),
      innerScroll: Array.from(document.querySelectorAll('.table-wrap'))
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.querySelector('table')?.id ?? '?'),
    })`);

  /** A computed style property of the first element matching `selector` (pseudo-element optional). */
  const style = (page: Page, selector: string, property: string, pseudo = '') =>
    page.evaluate<string>(
      `getComputedStyle(document.querySelector(${JSON.stringify(selector)}), ${JSON.stringify(pseudo || null)}).getPropertyValue(${JSON.stringify(property)})`,
    );

  /** The rendered width of the first element matching `selector`. */
  const width = (page: Page, selector: string) => page.evaluate<number>(`document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect().width`);

  it('fits a 1280 px screen: the definitions as a sortable table with room for their text', async () => {
    const page = await open(1280);
    const r = await reach(page);
    expect(r.scrollWidth).toBeLessThanOrEqual(1280);
    expect(r.innerScroll).toEqual([]);
    expect(await page.locator('#definitions-table thead').isVisible()).toBe(true);
    expect(await width(page, '#definitions-table td.text')).toBeGreaterThan(250);
    if (keep) await page.screenshot({ path: path.join(keep, 'report-1280.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it.each([1024, 900, 800, 600])(
    'fits a %i px window with no horizontal scroll, on the page or in a table',
    async (px) => {
      const page = await open(px);
      const r = await reach(page);
      expect(r.scrollWidth).toBeLessThanOrEqual(px);
      expect(r.innerScroll).toEqual([]);
      await page.close();
    },
    60_000,
  );

  it('fits a 400 px phone with no horizontal scroll: wide tables and the definitions become cards', async () => {
    const page = await open(400);
    const r = await reach(page);
    expect(r.scrollWidth).toBeLessThanOrEqual(400);
    expect(r.widest).toBeLessThanOrEqual(400.5);
    expect(r.innerScroll).toEqual([]);
    expect(await page.locator('#definitions-table thead').isVisible()).toBe(false);
    expect(await style(page, '#definitions-table tbody tr', 'display')).toBe('block');
    expect(await width(page, '#definitions-table td.text')).toBeGreaterThan(300);
    // The filter still works on cards.
    await page.locator('input[data-filter="definitions-table"]').fill('vienna');
    expect(await page.locator('#definitions-table tbody tr:visible').count()).toBeGreaterThan(0);
    expect(await page.locator('#definitions-table tbody tr:visible').count()).toBeLessThan(10);
    await page.locator('input[data-filter="definitions-table"]').fill('');
    if (keep) await page.screenshot({ path: path.join(keep, 'report-400.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('draws no network label over a node or another label (measured with the browser’s fonts)', async () => {
    const page = await open(1280);
    const clashes = await page.evaluate<{ labels: number; nodes: number; clashes: string[] }>(`(() => {
      const svg = document.querySelector('svg.network');
      const circles = Array.from(svg.querySelectorAll('.nodes circle'), (c) => ({ x: c.cx.baseVal.value, y: c.cy.baseVal.value, r: c.r.baseVal.value }));
      const labels = Array.from(svg.querySelectorAll('.labels text'), (t) => ({ text: t.textContent, box: t.getBBox() }));
      const out = [];
      for (const { text, box } of labels) {
        for (const c of circles) {
          const dx = c.x - Math.max(box.x, Math.min(c.x, box.x + box.width));
          const dy = c.y - Math.max(box.y, Math.min(c.y, box.y + box.height));
          // 1 px of slack: a font's line box reaches a little past its glyphs.
          if (dx * dx + dy * dy < (c.r - 1) ** 2) out.push(text + ' over a node at ' + c.x + ',' + c.y);
        }
        for (const other of labels) {
          if (other.box === box) continue;
          const o = other.box;
          const overlapX = Math.min(box.x + box.width, o.x + o.width) - Math.max(box.x, o.x);
          const overlapY = Math.min(box.y + box.height, o.y + o.height) - Math.max(box.y, o.y);
          if (overlapX > 1 && overlapY > 2) out.push(text + ' over ' + other.text);
        }
      }
      return { labels: labels.length, nodes: circles.length, clashes: out };
    })()`);
    expect(clashes.clashes).toEqual([]);
    expect(clashes.labels).toBeGreaterThan(clashes.nodes * 0.6);
    await page.close();
  }, 60_000);

  it('prints to A4 as a readable document: the definitions as blocks, well under the 82 pages it took before', async () => {
    const page = await open(1280);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdfPages(pdf);
    console.info(`report.html printed to A4: ${pages} pages`);
    expect(pages).toBeGreaterThan(5);
    // 35 pages: 20 before the codebook suggestions (about 2), the reference list (about 3), the time,
    // thematic map and correspondence sections (about 7) and the key terms under each definition.
    expect(pages).toBeLessThanOrEqual(38);
    if (keep) writeFileSync(path.join(keep, 'report.pdf'), pdf);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav').isVisible()).toBe(false);
    // A sortable table's header prints its labels (drawn by CSS: Chromium drops buttons from a header repeated on the next page).
    expect(await style(page, '#excluded-records th', 'content', '::before')).toBe('"id"');
    expect(await page.locator('#excluded-records th button').first().isVisible()).toBe(false);
    expect(await page.locator('#definitions-table thead').isVisible()).toBe(false);
    // A definition's text runs the width of the page, never one word per line.
    expect(await width(page, '#definitions-table td.text')).toBeGreaterThan(500);
    // Each chip shows the words that put the definition there.
    expect(await style(page, '#definitions-table .chip[data-evidence]', 'content', '::after')).toMatch(/^": .+"$/);
    await page.close();
  }, 90_000);
});
