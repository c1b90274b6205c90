import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/core/versions.js';
import { cli } from '../helpers.js';
import { CHROMIUM, hasChromium, launchChromium } from './chromium.js';

// The report's newer sections as a reader meets them: the shipped corpus with its hand coding as
// `reference-coding.csv` and `--sensitivity`, so every section is there. The concordance's search
// box, and no horizontal scroll on a phone. CITYDEFS_SCREENSHOTS=folder keeps the pictures.
const inCi = Boolean(process.env.CI);
const run = hasChromium() || inCi;
if (!run) console.warn(`Skipping the report section checks: ${CHROMIUM} is not installed (apt-get install chromium).`);
const keep = process.env.CITYDEFS_SCREENSHOTS;

describe.runIf(run)('report.html sections in headless Chromium', () => {
  let browser: Browser;
  let close: () => Promise<void>;
  let dir: string;
  let report: string;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!hasChromium()) throw new Error(`Expected Debian's chromium at ${CHROMIUM} (installed by .ci/run); found none`);
    dir = mkdtempSync(path.join(tmpdir(), 'citydefs-sections-'));
    cpSync(path.join(packageRoot, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
    copyFileSync(path.join(packageRoot, 'test/fixtures/reference-coding/shipped-coding.csv'), path.join(dir, 'corpus', 'reference-coding.csv'));
    const analysed = await cli(['analyze', '--sensitivity', '--quiet'], dir);
    expect(analysed.code, analysed.stderr).toBe(0);
    report = path.join(dir, 'output', 'report.html');
    ({ browser, close } = await launchChromium());
    if (keep) mkdirSync(keep, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await close?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(width: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.on('console', (m) => problems.push(`console ${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await page.goto(pathToFileURL(report).href, { waitUntil: 'load' });
    return page;
  }

  const rows = (page: Page) => page.locator('#concordance-table tbody tr');
  const visible = (page: Page) => page.locator('#concordance-table tbody tr:visible');
  const count = (page: Page) => page.locator('[data-count="concordance-table"]').textContent();

  it('has every section, in order, and no console message', async () => {
    const page = await open(1280);
    const ids = await page.$$eval('main > section', (sections) => sections.map((s) => s.id));
    const at = (id: string) => ids.indexOf(id);
    for (const id of ['codebook-suggestions', 'agreement', 'sensitivity', 'concordance', 'references']) expect(at(id), id).toBeGreaterThan(0);
    expect(at('network')).toBeLessThan(at('codebook-suggestions'));
    expect(at('concordance')).toBeLessThan(at('definitions'));
    expect(at('definitions')).toBeLessThan(at('references'));
    expect(at('references')).toBeLessThan(at('diagnostics'));
    // Each reference links to a definition's entry, which exists.
    const targets = await page.$$eval('#references li a[href^="#def-"]', (links) => links.map((a) => a.getAttribute('href')!.slice(1)));
    expect(targets.length).toBeGreaterThanOrEqual(67);
    for (const id of new Set(targets)) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('filters the concordance as a term is typed: only its places, the count follows; the box widens the search', async () => {
    const page = await open(1280);
    const total = await rows(page).count();
    expect(total).toBeGreaterThan(1000);
    expect(await count(page)).toBe(`${total} of ${total} rows`);
    await page.locator('input[data-filter="concordance-table"]').fill('resilient');
    const found = await visible(page).count();
    // The term `resilient` (resilient, resilience) in 5 definitions, and the phrase "resilient spaces".
    expect(found).toBeGreaterThanOrEqual(5);
    expect(found).toBeLessThan(20);
    expect(await count(page)).toBe(`${found} of ${total} rows`);
    const keywords = await page.$$eval('#concordance-table tbody tr:not([hidden]) td:nth-child(2)', (cells) => cells.map((c) => c.textContent!.toLowerCase()));
    for (const k of keywords) expect(k).toMatch(/^resilien/);
    // Ticked, the words around count too: every row whose sentence says "resilient".
    await page.locator('input[data-filter-context="concordance-table"]').check();
    expect(await visible(page).count()).toBeGreaterThan(found);
    await page.locator('input[data-filter-context="concordance-table"]').uncheck();
    expect(await visible(page).count()).toBe(found);
    // A factor id finds the words coded for it.
    await page.locator('input[data-filter="concordance-table"]').fill('mobility');
    expect(await visible(page).locator('.chip', { hasText: 'mobility' }).count()).toBeGreaterThan(5);
    await page.locator('input[data-filter="concordance-table"]').fill('');
    expect(await visible(page).count()).toBe(total);
    if (keep) await page.locator('#concordance').screenshot({ path: path.join(keep, 'concordance-1280.png') });
    await page.close();
  }, 60_000);

  it('fits a 400 px phone with no horizontal scroll, the new sections included, and filters there too', async () => {
    const page = await open(400);
    const reach = await page.evaluate<{ scrollWidth: number; widest: number; innerScroll: string[] }>(`({
      scrollWidth: document.documentElement.scrollWidth,
      widest: Math.max(...Array.from(document.querySelectorAll('body *'), (el) => el.getBoundingClientRect().right)),
      innerScroll: Array.from(document.querySelectorAll('.table-wrap'))
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.querySelector('table')?.id ?? '?'),
    })`);
    expect(reach.scrollWidth).toBeLessThanOrEqual(400);
    expect(reach.widest).toBeLessThanOrEqual(400.5);
    expect(reach.innerScroll).toEqual([]);
    for (const id of ['#suggestions-table', '#agreement-factors', '#agreement-cells', '#sensitivity-factors', '#concordance-table', '#references']) {
      const box = await page.locator(id).first().boundingBox();
      expect(box, id).not.toBeNull();
      expect(box!.x + box!.width, id).toBeLessThanOrEqual(400.5);
    }
    await page.locator('input[data-filter="concordance-table"]').fill('resilient');
    expect(await visible(page).count()).toBeGreaterThanOrEqual(5);
    // A line reads as a sentence: before, keyword and after on one run of text.
    expect(await page.evaluate<string>(`getComputedStyle(document.querySelector('#concordance-table tbody tr:not([hidden]) td:nth-child(2)')).display`)).toBe(
      'inline',
    );
    if (keep) {
      for (const id of ['codebook-suggestions', 'agreement', 'sensitivity', 'concordance', 'references']) {
        await page.locator(`#${id}`).screenshot({ path: path.join(keep, `${id}-400.png`) });
      }
    }
    await page.close();
  }, 90_000);

  it('leaves the concordance off paper: the note says where it is', async () => {
    const page = await open(1280);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#concordance-table').isVisible()).toBe(false);
    expect(await page.locator('#concordance .filter').isVisible()).toBe(false);
    expect(await page.locator('#concordance p', { hasText: 'kwic.csv' }).first().isVisible()).toBe(true);
    expect(await page.locator('#references li').first().isVisible()).toBe(true);
    await page.close();
  }, 60_000);
});
