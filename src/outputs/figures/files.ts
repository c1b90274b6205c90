import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { Resvg as ResvgClass, ResvgRenderOptions } from '@resvg/resvg-js';
import { COLUMNS, PNG_DPI, type ColumnWidth } from './columns.js';
import { num } from './svg.js';
import { dependencyVersion } from '../../core/versions.js';
import { pngPool, tuneResvgAllocator } from './png-pool.js';

/** A chart to write as a figure file: its SVG (laid out in px) and the journal column it is for. */
export interface FigureSource {
  /** File name without extension. */
  readonly name: string;
  readonly svg: string;
  readonly column: ColumnWidth;
}

const require = createRequire(import.meta.url);

/**
 * The font the PNGs are drawn with, shipped as an npm package (Inter, SIL Open Font License), so a
 * figure is drawn the same on every machine whatever fonts it has; the charts name it first.
 */
export const FIGURE_FONT_FILES: readonly string[] = [
  require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  require.resolve('@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf'),
];

interface ResvgModule {
  readonly Resvg: typeof ResvgClass;
}
let resvg: ResvgModule | undefined;
/** The rasteriser (a prebuilt native module), loaded the first time a PNG is made. */
function loadResvg(): ResvgModule {
  if (!resvg) tuneResvgAllocator();
  return (resvg ??= require('@resvg/resvg-js') as ResvgModule);
}

/** The px size a chart was laid out at, from its opening tag. */
function svgSize(svg: string): { width: number; height: number } {
  const open = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(open)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(open)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('A chart without a width and height in px');
  return { width, height };
}

/** The figure's printed size: the column's width, the chart's proportions. */
export function printedSize(figure: FigureSource): { widthMm: number; heightMm: number } {
  const { width, height } = svgSize(figure.svg);
  const widthMm = COLUMNS[figure.column].mm;
  return { widthMm, heightMm: Math.round(((height * widthMm) / width) * 100) / 100 };
}

/**
 * The chart as a standalone SVG file: an XML declaration, a size in mm (the journal column) over the
 * same viewBox, and a white background, so it prints at its size and looks as it does in the report.
 */
export function standaloneSvg(figure: FigureSource): string {
  const { widthMm, heightMm } = printedSize(figure);
  const sized = figure.svg.replace(/^<svg\b[^>]*>/, (open) =>
    open.replace(/\swidth="[\d.]+"/, ` width="${num(widthMm)}mm"`).replace(/\sheight="[\d.]+"/, ` height="${num(heightMm)}mm"`),
  );
  const withBackground = sized.replace(/(<\/title>)/, '$1<rect width="100%" height="100%" fill="#ffffff"/>');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withBackground}\n`;
}

/** The PNG's width in pixels: the column's width at `PNG_DPI`. */
export const pngWidth = (column: ColumnWidth): number => Math.round((COLUMNS[column].mm / 25.4) * PNG_DPI);

/** How a figure's PNG is drawn: its column's width in pixels, a white background, the shipped fonts only. */
export function pngOptions(figure: FigureSource): ResvgRenderOptions {
  return {
    fitTo: { mode: 'width', value: pngWidth(figure.column) },
    background: '#ffffff',
    font: { loadSystemFonts: false, fontFiles: [...FIGURE_FONT_FILES], defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' },
    logLevel: 'off',
  };
}

/** The chart as a PNG at 300 dpi of its column's width, white background, drawn with the shipped font. */
export function figurePng(figure: FigureSource): Uint8Array {
  return drawPng(standaloneSvg(figure), pngOptions(figure));
}

/**
 * The same PNG, drawn and encoded on a PNG thread (see `PngPool`) while this one goes on (writing
 * the tables): a network figure takes a few hundred milliseconds to draw and encode. A failure
 * surfaces where the PNG is awaited.
 */
function drawInBackground(svg: string, options: ResvgRenderOptions): Promise<Uint8Array> {
  const png = pngPool().draw(svg, options);
  png.catch(() => undefined);
  return png;
}

/** Draws a PNG on this thread, naming what it was drawn from (see `keptPng`). */
export function drawPng(svg: string, options: ResvgRenderOptions): Uint8Array {
  return withSource(withDpi(new (loadResvg().Resvg)(svg, options).render().asPng(), PNG_DPI), pngSource(svg, options));
}

/** The keyword of the PNG text chunk that names what the PNG was drawn from (`withSource`), and the chunk's text. */
const SOURCE_KEYWORD = 'citydefs';
const SOURCE_TEXT = new RegExp(`^${SOURCE_KEYWORD}\\0source ([0-9a-f]{64}) png ([0-9a-f]{64})$`);

let rasteriser: string | undefined;
/** resvg's version and the figure fonts' bytes: what a PNG's pixels depend on besides its SVG and options. */
function rasteriserId(): string {
  if (rasteriser) return rasteriser;
  const fonts = createHash('sha256');
  for (const file of FIGURE_FONT_FILES) fonts.update(readFileSync(file));
  return (rasteriser = `resvg-js ${dependencyVersion('@resvg/resvg-js')}; fonts ${fonts.digest('hex')}`);
}

/**
 * A key to all a PNG's bytes depend on: its SVG, the options (the fonts by their bytes, not their
 * paths, so that the key is the same on every machine), the dpi and resvg's version. The same key
 * draws the same bytes.
 */
export function pngSource(svg: string, options: ResvgRenderOptions): string {
  const { fontFiles: _paths, ...font } = options.font ?? {};
  const settings = JSON.stringify({ rasteriser: rasteriserId(), dpi: PNG_DPI, options: { ...options, font } });
  return createHash('sha256').update(settings).update('\n').update(svg).digest('hex');
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** One PNG chunk: length, type, data, CRC of type and data. */
function pngChunk(type: string, data: Buffer): Buffer {
  const chunk = Buffer.alloc(4 + 4 + data.length + 4);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write(type, 4, 'latin1');
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  return chunk;
}

/**
 * `png` with a text chunk before its image data naming its source (`pngSource`) and the hash of
 * `png` itself: a rerun finding both unchanged keeps the file (`keptPng`) instead of drawing it again.
 */
export function withSource(png: Uint8Array, source: string): Uint8Array {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  const at = firstChunk(bytes, 'IDAT');
  if (at < 0) throw new Error('A PNG without image data');
  const chunk = pngChunk('tEXt', Buffer.from(`${SOURCE_KEYWORD}\0source ${source} png ${sha256(png)}`, 'latin1'));
  return Buffer.concat([bytes.subarray(0, at), chunk, bytes.subarray(at)]);
}

/** Where the first chunk of `type` starts (-1: none, or not a PNG). */
function firstChunk(png: Buffer, type: string): number {
  if (png.length < 8 || png.readUInt32BE(0) !== 0x89504e47) return -1;
  for (let at = 8; at + 8 <= png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === type) return at;
    at += 12 + length;
  }
  return -1;
}

/**
 * `previous` (a PNG an earlier run wrote) when it was drawn from `source` and is as it was written,
 * else undefined: the bytes drawing again would give, without drawing. Anything else (no such
 * chunk, a changed byte, not a PNG) is drawn again.
 */
export function keptPng(previous: Uint8Array, source: string): Uint8Array | undefined {
  const bytes = Buffer.from(previous.buffer, previous.byteOffset, previous.byteLength);
  const at = firstChunk(bytes, 'tEXt');
  if (at < 0) return undefined;
  const length = bytes.readUInt32BE(at);
  const match = SOURCE_TEXT.exec(bytes.toString('latin1', at + 8, at + 8 + length));
  if (!match || match[1] !== source) return undefined;
  // The hash `withSource` took: of the file without this chunk.
  const written = createHash('sha256')
    .update(bytes.subarray(0, at))
    .update(bytes.subarray(at + 12 + length))
    .digest('hex');
  return written === match[2] ? previous : undefined;
}

/** Larger than any figure's PNG (a network at 2,055 px is a few MB): a file this large is not read to be kept. */
const KEPT_PNG_AT_MOST = 64 * 1024 * 1024;

/** The PNG of `name` an earlier run wrote in `folder`, if it can be kept for `svg` drawn with `options`. */
function previousPng(folder: string, name: string, svg: string, options: ResvgRenderOptions): Uint8Array | undefined {
  const file = path.join(folder, name);
  let previous: Uint8Array;
  try {
    if (statSync(file).size > KEPT_PNG_AT_MOST) return undefined;
    previous = readFileSync(file);
  } catch {
    return undefined;
  }
  return keptPng(previous, pngSource(svg, options));
}

/**
 * Adds a pHYs chunk (pixels per metre) after the PNG's header, so word processors and journals'
 * systems place the image at its printed size.
 */
export function withDpi(png: Uint8Array, dpi: number): Uint8Array {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error('Not a PNG');
  const ihdrEnd = 8 + 4 + 4 + 13 + 4;
  const perMetre = Math.round(dpi / 0.0254);
  const data = Buffer.alloc(9);
  data.writeUInt32BE(perMetre, 0);
  data.writeUInt32BE(perMetre, 4);
  data.writeUInt8(1, 8);
  const rest = bytes.subarray(ihdrEnd);
  // resvg writes none today; replace one if it ever does.
  const tail = rest.toString('latin1', 4, 8) === 'pHYs' ? rest.subarray(4 + 4 + 9 + 4) : rest;
  return Buffer.concat([bytes.subarray(0, ihdrEnd), pngChunk('pHYs', data), tail]);
}

/**
 * `figureFiles` with the PNGs drawing in the background (see `drawInBackground`). `previous`:
 * the folder an earlier run wrote them to, whose PNGs are kept where their SVG and the rasteriser
 * are unchanged (see `keptPng`): the same bytes, without drawing them.
 */
export function figureFilesInBackground(figures: readonly FigureSource[], png = true, previous?: string): Map<string, string | Promise<Uint8Array>> {
  const files = new Map<string, string | Promise<Uint8Array>>();
  for (const figure of figures) {
    const svg = standaloneSvg(figure);
    const name = `figures/${figure.name}.png`;
    files.set(`figures/${figure.name}.svg`, svg);
    if (!png) continue;
    const options = pngOptions(figure);
    const kept = previous === undefined ? undefined : previousPng(previous, name, svg, options);
    files.set(name, kept ? Promise.resolve(kept) : drawInBackground(svg, options));
  }
  return files;
}

/** Every figure as `figures/<name>.svg` and (unless `png` is false) `figures/<name>.png`. */
export function figureFiles(figures: readonly FigureSource[], png = true): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  for (const figure of figures) {
    files.set(`figures/${figure.name}.svg`, standaloneSvg(figure));
    if (png) files.set(`figures/${figure.name}.png`, figurePng(figure));
  }
  return files;
}
