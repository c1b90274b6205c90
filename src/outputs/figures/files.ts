import { createRequire } from 'node:module';
import { crc32 } from 'node:zlib';
import type { Resvg as ResvgClass, ResvgRenderOptions } from '@resvg/resvg-js';
import { COLUMNS, PNG_DPI, type ColumnWidth } from './columns.js';
import { num } from './svg.js';
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

function pngOptions(figure: FigureSource): ResvgRenderOptions {
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
export function figurePngInBackground(figure: FigureSource): Promise<Uint8Array> {
  const png = pngPool().draw(standaloneSvg(figure), pngOptions(figure));
  png.catch(() => undefined);
  return png;
}

/** Draws a PNG on this thread. */
export function drawPng(svg: string, options: ResvgRenderOptions): Uint8Array {
  return withDpi(new (loadResvg().Resvg)(svg, options).render().asPng(), PNG_DPI);
}

/**
 * Adds a pHYs chunk (pixels per metre) after the PNG's header, so word processors and journals'
 * systems place the image at its printed size.
 */
export function withDpi(png: Uint8Array, dpi: number): Uint8Array {
  const ihdrEnd = 8 + 4 + 4 + 13 + 4;
  const perMetre = Math.round(dpi / 0.0254);
  const chunk = Buffer.alloc(4 + 4 + 9 + 4);
  chunk.writeUInt32BE(9, 0);
  chunk.write('pHYs', 4, 'latin1');
  chunk.writeUInt32BE(perMetre, 8);
  chunk.writeUInt32BE(perMetre, 12);
  chunk.writeUInt8(1, 16);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 17)), 17);
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  const rest = bytes.subarray(ihdrEnd);
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error('Not a PNG');
  // resvg writes none today; replace one if it ever does.
  const existing = rest.indexOf('pHYs', 0, 'latin1');
  const tail = existing === 4 ? rest.subarray(4 + 4 + 9 + 4) : rest;
  return Buffer.concat([bytes.subarray(0, ihdrEnd), chunk, tail]);
}

/** `figureFiles` with the PNGs drawing in the background (see `figurePngInBackground`). */
export function figureFilesInBackground(figures: readonly FigureSource[], png = true): Map<string, string | Promise<Uint8Array>> {
  const files = new Map<string, string | Promise<Uint8Array>>();
  for (const figure of figures) {
    files.set(`figures/${figure.name}.svg`, standaloneSvg(figure));
    if (png) files.set(`figures/${figure.name}.png`, figurePngInBackground(figure));
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
