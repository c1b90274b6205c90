import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  figureFilesInBackground,
  figurePng,
  keptPng,
  pngOptions,
  pngSource,
  pngWidth,
  standaloneSvg,
  withSource,
  type FigureSource,
} from '../../../src/outputs/figures/files.js';
import { cli, HEADER, readFolder, tempCorpus } from '../../helpers.js';

const svg = (fill: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="360" height="180" viewBox="0 0 360 180"><title>t</title><rect width="120" height="60" fill="${fill}"/><text x="10" y="120" font-family="Inter" font-size="14">Governance 12%</text></svg>`;
const figure = { name: 'by-sector', column: 'single' as const, svg: svg('#1f77b4') };
const other = { ...figure, svg: svg('#d62728') };
const sourceOf = (f: FigureSource) => pngSource(standaloneSvg(f), pngOptions(f));

/** `png` (drawn from anything) labelled as drawn from `source`, as `drawPng` would label it. */
function relabelled(png: Uint8Array, source: string): Uint8Array {
  const bytes = Buffer.from(png);
  const at = bytes.indexOf('tEXtcitydefs', 0, 'latin1') - 4;
  const unlabelled = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 12 + bytes.readUInt32BE(at))]);
  return withSource(unlabelled, source);
}

/** A folder holding `figures/by-sector.png` with these bytes, as an earlier run would have left it. */
function folderWith(png: Uint8Array): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'citydefs-rerun-'));
  mkdirSync(path.join(dir, 'figures'));
  writeFileSync(path.join(dir, 'figures', 'by-sector.png'), png);
  return dir;
}

const pngIn = async (files: Map<string, string | Promise<Uint8Array>>) => Buffer.from(await (files.get('figures/by-sector.png') as Promise<Uint8Array>));

describe('a PNG names what it was drawn from', () => {
  it('its SVG and drawing options, the same key on every call; another SVG, another key', () => {
    expect(sourceOf(figure)).toMatch(/^[0-9a-f]{64}$/);
    expect(sourceOf(figure)).toBe(sourceOf({ ...figure }));
    expect(sourceOf(other)).not.toBe(sourceOf(figure));
    expect(sourceOf({ ...figure, column: 'double' })).not.toBe(sourceOf(figure));
  });

  it('the same on every machine: the fonts count by their bytes, not where they are installed', () => {
    const options = pngOptions(figure);
    const elsewhere = { ...options, font: { ...options.font, fontFiles: options.font!.fontFiles!.map((f) => `/elsewhere/${path.basename(f)}`) } };
    expect(pngSource(standaloneSvg(figure), elsewhere)).toBe(sourceOf(figure));
  });

  it('is kept for its own source only, and only as it was written', () => {
    const png = figurePng(figure);
    expect(keptPng(png, sourceOf(figure))).toBe(png);
    expect(keptPng(png, sourceOf(other))).toBeUndefined();
    const changed = Buffer.from(png);
    changed[changed.length - 20]! ^= 1;
    expect(keptPng(changed, sourceOf(figure))).toBeUndefined();
    expect(keptPng(Buffer.from('not a PNG at all'), sourceOf(figure))).toBeUndefined();
    expect(keptPng(new Uint8Array(0), sourceOf(figure))).toBeUndefined();
  });
});

describe('figures of a rerun', () => {
  it('keep the PNG an earlier run wrote when their SVG is unchanged, without drawing it', async () => {
    // Another figure's pixels, labelled as this figure's: only a file kept, not drawn, can come out this way.
    const marked = relabelled(figurePng(other), sourceOf(figure));
    const kept = await pngIn(figureFilesInBackground([figure], true, folderWith(marked)));
    expect(kept.equals(Buffer.from(marked))).toBe(true);
  });

  it('draw it again when the SVG changed, the file was changed, or there is none', async () => {
    const drawn = Buffer.from(figurePng(figure));
    const changed = Buffer.from(drawn);
    changed[changed.length - 20]! ^= 1;
    for (const previous of [
      folderWith(figurePng(other)),
      folderWith(changed),
      folderWith(Buffer.from('junk')),
      path.join(os.tmpdir(), 'citydefs-no-such-folder'),
    ]) {
      expect((await pngIn(figureFilesInBackground([figure], true, previous))).equals(drawn), previous).toBe(true);
    }
  });

  it('analyze into its own folder again: the same bytes; a PNG changed since is drawn again, one unchanged is kept', async () => {
    const dir = tempCorpus({
      'corpus/definitions.csv': `${HEADER}\na,academic,,smart city,definition,Ann,2010,,,A smart city uses ICT to improve the quality of life.\nb,ngo,,smart city,definition,Bo,2012,,,A smart city is a city whose citizens share data to improve services.\n`,
      'corpus/config.json': '{}',
    });
    const out = (name = '') => path.join(dir, 'out', name);
    expect((await cli(['analyze', '--out', 'out'], dir)).code).toBe(0);
    const first = readFolder(out());
    expect((await cli(['analyze', '--out', 'out'], dir)).code).toBe(0);
    expect({ ...readFolder(out()), 'manifest.json': '' }).toEqual({ ...first, 'manifest.json': '' });
    const pngs = Object.keys(first).filter((name) => name.endsWith('.png'));
    expect(pngs.length).toBeGreaterThan(1);
    const [touched, kept] = [pngs[0]!, pngs[1]!];
    const touchedBytes = readFileSync(out(touched));
    writeFileSync(out(touched), Buffer.concat([touchedBytes, Buffer.from('x')]));
    // `kept` replaced by other pixels labelled as its own: coming out as they are shows it was kept, not drawn.
    const keptSvg = readFileSync(out(kept.replace(/\.png$/, '.svg')), 'utf8');
    const column = readFileSync(out(kept)).readUInt32BE(16) === pngWidth('double') ? 'double' : 'single';
    const marked = relabelled(touchedBytes, pngSource(keptSvg, pngOptions({ name: 'kept', column, svg: keptSvg })));
    writeFileSync(out(kept), marked);
    expect((await cli(['analyze', '--out', 'out'], dir)).code).toBe(0);
    expect(readFileSync(out(touched)).equals(touchedBytes)).toBe(true);
    expect(readFileSync(out(kept)).equals(Buffer.from(marked))).toBe(true);
  });
});
