import { describe, expect, it } from 'vitest';
import { readPdfText } from '../../src/ingest/pdf.js';
import { PdfPool } from '../../src/ingest/pdf-pool.js';
import { makePdf } from '../pdf.js';

// Hundreds of PDFs through two workers: the text of each is the same as read alone, and the
// process's memory stays flat because workers are replaced after a number of files.
describe('PdfPool over many files', () => {
  it('reads 300 PDFs on two workers with flat memory and the same text as one worker', async () => {
    const pdfs = Array.from({ length: 300 }, (_, i) =>
      makePdf(
        Array.from({ length: 4 }, (_, p) => [
          `Paper ${i}, page ${p + 1}.`,
          `A smart city is a city that counts ${i * 10 + p} things about itself.`,
          'Smart cities are growing.',
        ]),
      ),
    );
    const pool = new PdfPool({ workers: 2, filesPerWorker: 40 });
    const single = new PdfPool({ workers: 1 });
    try {
      const rss: number[] = [];
      const texts: string[] = [];
      for (let start = 0; start < pdfs.length; start += 50) {
        const batch = await Promise.all(pdfs.slice(start, start + 50).map((d) => readPdfText(d, { timeoutMs: 60_000 }, pool)));
        for (const r of batch) texts.push(r.ok ? r.pages.join('\f') : r.message);
        rss.push(process.memoryUsage().rss);
      }
      expect(texts.every((t) => t.includes('A smart city is a city that counts'))).toBe(true);
      // After the first batches have warmed up, memory does not keep growing with the number of files.
      const growth = (rss.at(-1)! - rss[1]!) / 2 ** 20;
      expect(growth, `RSS per batch of 50 (MB): ${rss.map((r) => Math.round(r / 2 ** 20)).join(', ')}`).toBeLessThan(150);
      const alone = await Promise.all([0, 137, 299].map((i) => readPdfText(pdfs[i]!, { timeoutMs: 60_000 }, single)));
      expect(alone.map((r) => (r.ok ? r.pages.join('\f') : r.message))).toEqual([texts[0], texts[137], texts[299]]);
    } finally {
      await Promise.all([pool.close(), single.close()]);
    }
  }, 180_000);
});
