import { describe, expect, it } from 'vitest';
import { figurePng, drawPng } from '../../../src/outputs/figures/files.js';
import { pngInBackground } from '../../helpers.js';
import { PNG_THREADS, PngPool, pngPool } from '../../../src/outputs/figures/png-pool.js';
import { workerScript } from '../../../src/core/worker-script.js';

/** A chart of `bars` bars: its SVG grows with them, so the pool's largest-first order is exercised. */
function chart(bars: number) {
  let body = '';
  for (let i = 0; i < bars; i++)
    body += `<rect x="${i * 3}" y="${10 + (i % 7)}" width="2" height="${40 + (i % 13)}" fill="#${(i * 2654435761).toString(16).slice(-6).padStart(6, '0')}"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="360" height="180" viewBox="0 0 360 180"><title>t</title>${body}<text x="10" y="160" font-family="Inter" font-size="14">${bars} bars</text></svg>`;
  return { name: `chart-${bars}`, column: 'single' as const, svg };
}

describe('the PNG threads', () => {
  it('are two (one on a single core), and draw every figure byte for byte as this thread does, whichever thread draws it', async () => {
    expect(PNG_THREADS).toBeGreaterThanOrEqual(1);
    expect(PNG_THREADS).toBeLessThanOrEqual(2);
    const figures = [1, 60, 5, 110, 20, 3].map(chart);
    const drawn = await Promise.all(figures.map(pngInBackground));
    figures.forEach((figure, i) => expect(Buffer.from(drawn[i]!).equals(Buffer.from(figurePng(figure))), figure.name).toBe(true));
  });

  it('a pool of one and a pool of two draw the same bytes', async () => {
    const script = workerScript(new URL('../../../src/outputs/figures/png-pool.ts', import.meta.url).href, 'png-worker');
    const options = { fitTo: { mode: 'width' as const, value: 300 }, background: '#ffffff', logLevel: 'off' as const, font: { loadSystemFonts: false } };
    const svgs = [8, 40, 2, 90].map((n) => chart(n).svg);
    const [one, two] = [new PngPool(script, 1), new PngPool(script, 2)];
    const [byOne, byTwo] = await Promise.all([Promise.all(svgs.map((svg) => one.draw(svg, options))), Promise.all(svgs.map((svg) => two.draw(svg, options)))]);
    svgs.forEach((svg, i) => {
      const here = Buffer.from(drawPng(svg, options));
      expect(Buffer.from(byOne[i]!).equals(here)).toBe(true);
      expect(Buffer.from(byTwo[i]!).equals(here)).toBe(true);
    });
  });

  it('a drawing that fails rejects with the error, and the threads go on drawing', async () => {
    const broken = pngInBackground({ ...chart(1), svg: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><title>t</title><rect' });
    const fine = pngInBackground(chart(4));
    await expect(broken).rejects.toThrow(/^PNG worker failed: /);
    expect(Buffer.from(await fine).equals(Buffer.from(figurePng(chart(4))))).toBe(true);
    expect(pngPool()).toBe(pngPool());
  });

  it('a thread that dies fails its figure and every one waiting with the exit code; a figure asked for later starts a new thread', async () => {
    const dies = `const { parentPort } = require('node:worker_threads'); parentPort.on('message', () => process.exit(3)); parentPort.postMessage({ ready: true });`;
    const pool = new PngPool(dies, 1);
    const options = { logLevel: 'off' as const };
    const asked = [pool.draw('<svg/>', options), pool.draw('<svg/>', options), pool.draw('<svg/>', options)];
    for (const png of asked) await expect(png).rejects.toThrow('PNG worker exited with code 3');
    await expect(pool.draw('<svg/>', options)).rejects.toThrow('PNG worker exited with code 3');
  });

  it('a thread that dies before it is ready fails the figures waiting for it', async () => {
    const pool = new PngPool('process.exit(4)', 2);
    const asked = [pool.draw('<svg/>', {}), pool.draw('<svg/>', {})];
    for (const png of asked) await expect(png).rejects.toThrow('PNG worker exited with code 4');
  });
});
