import { describe, expect, it } from 'vitest';
import { figureFiles, figureFilesInBackground, figurePng } from '../../../src/outputs/figures/files.js';
import { pngInBackground } from '../../helpers.js';

const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="360" height="180" viewBox="0 0 360 180"><title>t</title><rect width="120" height="60" fill="#1f77b4"/><text x="10" y="120" font-family="Inter" font-size="14">Governance 12%</text></svg>';
const figure = { name: 'by-sector', column: 'single' as const, svg };

describe('PNGs drawn in the background', () => {
  it('are byte for byte the PNGs drawn on this thread', async () => {
    expect(Buffer.from(await pngInBackground(figure)).equals(Buffer.from(figurePng(figure)))).toBe(true);
    const now = figureFiles([figure]);
    const later = figureFilesInBackground([figure]);
    expect([...later.keys()]).toEqual([...now.keys()]);
    expect(Buffer.from((await later.get('figures/by-sector.png'))!).equals(Buffer.from(now.get('figures/by-sector.png') as Uint8Array))).toBe(true);
    expect(later.get('figures/by-sector.svg')).toBe(now.get('figures/by-sector.svg'));
  });

  it('a drawing that fails rejects where it is awaited, not before', async () => {
    const broken = pngInBackground({ ...figure, svg: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><title>t</title><rect' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(broken).rejects.toThrow();
  });
});
