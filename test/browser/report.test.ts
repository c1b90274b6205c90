import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/core/versions.js';
import { cli, HEADER, tempCorpus } from '../helpers.js';
import { CHROMIUM, hasChromium, launchChromium } from './chromium.js';

// A real browser opens the report. Locally the tests skip (saying so) when Debian's chromium is
// missing; in CI (.ci/run installs it) a missing browser is a failure, never a silent skip.
const inCi = Boolean(process.env.CI);
const run = hasChromium() || inCi;
if (!run) console.warn(`Skipping the browser tests: ${CHROMIUM} is not installed (apt-get install chromium; .ci/run installs it in CI).`);

const hostile = [
  HEADER,
  'safe,academic,,smart city,definition,Ann,2010,,https://example.org/a,A smart city uses ICT and data to improve the quality of life of its citizens.',
  'evil,private,,smart city,definition,"Mallory <b>bold</b>",2012,,,"A smart city uses ICT <script>window.pwned = true</script> and data <img src=x onerror=""window.pwned = 1""> to serve citizens."',
  'gov,government,,smart sustainable city,definition,Gov,2014,,,A smart sustainable city uses ICT and data for sustainable services and quality of life.',
  'ngo,ngo,,smart city,definition,NGO,,,,Citizens and data make a sustainable city with a better quality of life.',
  'goal,ngo,,smart city,goal,NGO,2015,,,Cities should be liveable.',
].join('\n');

interface Loaded {
  readonly page: Page;
  readonly problems: string[];
}

async function open(browser: Browser, file: string, width = 1280): Promise<Loaded> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) problems.push(`network request: ${r.url()}`);
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, problems };
}

/** Width and height of every element matching `selector`. */
async function sizes(page: Page, selector: string): Promise<{ width: number; height: number }[]> {
  return page.$$eval(selector, (els) => els.map((el) => ({ width: el.getBoundingClientRect().width, height: el.getBoundingClientRect().height })));
}

describe.runIf(run)('report.html in headless Chromium', () => {
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    if (!hasChromium()) throw new Error(`Expected Debian's chromium at ${CHROMIUM} (installed by .ci/run); found none`);
    ({ browser, close } = await launchChromium());
  }, 60_000);
  afterAll(async () => close?.());

  it('shows markup in a definition as text and runs none of it', async () => {
    const dir = tempCorpus({ 'corpus/definitions.csv': hostile + '\n' });
    expect((await cli(['analyze'], dir)).code).toBe(0);
    const { page, problems } = await open(browser, path.join(dir, 'output', 'report.html'));
    expect(problems).toEqual([]);
    expect(await page.evaluate('typeof window.pwned')).toBe('undefined');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    const evil = page.locator('#definitions-table tbody tr', { hasText: 'Mallory' });
    await expect(evil.locator('td.text').textContent()).resolves.toContain('<script>window.pwned = true</script>');
    await expect(evil.textContent()).resolves.toContain('Mallory <b>bold</b>');

    // Sorting and filtering work (the page's own script runs under its CSP).
    await page.locator('#definitions-table th button', { hasText: 'year' }).click();
    const years = await page.$$eval('#definitions-table tbody td:nth-child(3)', (cells) => cells.map((c) => c.textContent));
    expect(years).toEqual(['2010', '2012', '2014', '']);
    await page.locator('input[data-filter="definitions-table"]').fill('mallory');
    expect(await page.locator('#definitions-table tbody tr:visible').count()).toBe(1);
    await expect(page.locator('[data-count="definitions-table"]').textContent()).resolves.toBe('1 of 4 rows');
    await page.close();
  }, 60_000);

  it('renders the shipped corpus with no console errors, every chart and table visible', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'citydefs-browser-'));
    const out = path.join(dir, 'output');
    const result = await cli(['analyze', '--corpus', path.join(packageRoot, 'corpus'), '--out', out], dir);
    expect(result.code).toBe(0);
    const { page, problems } = await open(browser, path.join(out, 'report.html'));
    expect(problems).toEqual([]);
    const charts = await sizes(page, 'svg.chart');
    expect(charts.length).toBeGreaterThanOrEqual(6);
    for (const c of charts) expect(c.width > 50 && c.height > 50).toBe(true);
    for (const id of ['by-sector', 'by-term', 'by-year', 'duplicate-groups', 'excluded-records', 'top-terms', 'definitions-table']) {
      const [table] = await sizes(page, `#${id}`);
      expect(table, id).toBeDefined();
      expect(table!.width > 100 && table!.height > 20, id).toBe(true);
    }
    expect(await page.locator('#definitions-table tbody tr').count()).toBe(67);
    expect(await page.locator('svg.network circle').count()).toBeGreaterThan(10);
    // A picture for a person to look at: CITYDEFS_SCREENSHOT=file.png keeps it.
    const shot = process.env.CITYDEFS_SCREENSHOT ?? path.join(dir, 'report.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(50_000);
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
    await page.close();
  }, 90_000);
});
