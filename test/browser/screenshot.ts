// Dev aid, not a test: screenshots of a report in slices, to look at it as a reader would.
// npx tsx test/browser/screenshot.ts output/report.html /tmp/report 1280   → /tmp/report-0.png, -1.png, …
import { pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.js';
const [file, prefix, width] = process.argv.slice(2);
const { browser, close } = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width ?? 1280), height: 900 } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(pathToFileURL(file!).href);
const height = await page.evaluate<number>('document.documentElement.scrollHeight');
for (let y = 0, i = 0; y < height; y += 1600, i++) {
  await page.screenshot({ path: `${prefix}-${i}.png`, fullPage: true, clip: { x: 0, y, width: Number(width ?? 1280), height: Math.min(1600, height - y) } });
}
console.log(`height ${height}`);
await close();
