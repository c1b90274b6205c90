import { inkOn, sequential } from './palette.js';
import { FONT_FAMILY, clip, escapeXml, formatNumber, num, svgOpen, text, textWidth } from './svg.js';

export interface Axis {
  readonly id: string;
  readonly label: string;
}

export interface HeatCell {
  readonly row: string;
  readonly col: string;
  readonly value: number;
  /** A short mark drawn after the value, e.g. `*` for a significant cell. */
  readonly mark?: string;
  /** Tooltip text; defaults to "row × col: value". */
  readonly title?: string;
}

export interface HeatMapInput {
  readonly title: string;
  /** Rows and columns in the order drawn (the caller sorts them). */
  readonly rows: readonly Axis[];
  readonly cols: readonly Axis[];
  readonly cells: readonly HeatCell[];
  readonly rowLabel: string;
  readonly colLabel: string;
  /** What a cell's value is, for the colour legend, e.g. "share of the sector's definitions". */
  readonly valueLabel: string;
  /** Values mapped to the colour scale's ends; default [0, largest value]. */
  readonly domain?: readonly [number, number];
  readonly format?: (value: number) => string;
  /** What a mark means, e.g. "* standardized residual beyond ±1.96"; shown under the legend. */
  readonly markLegend?: string;
  /** The chart's width (a journal column): the cells share what the row labels leave. */
  readonly width?: number;
}

export interface HeatLayout {
  readonly width: number;
  readonly height: number;
  readonly cells: readonly (HeatCell & {
    readonly x: number;
    readonly y: number;
    readonly w: number;
    readonly h: number;
    readonly t: number;
    readonly fill: string;
  })[];
  readonly legend: readonly { readonly value: number; readonly fill: string }[];
  readonly grid: { readonly left: number; readonly top: number; readonly cellW: number; readonly cellH: number };
}

const FONT = 12;
const STEPS = 5;

/** Cell positions and colours (`t` = place on the scale, 0…1): the numbers behind the SVG. */
export function heatMapLayout(input: HeatMapInput): HeatLayout {
  const fmt = input.format ?? formatNumber;
  const [lo, hi] = input.domain ?? [0, Math.max(0, ...input.cells.map((c) => c.value))];
  const span = hi - lo;
  const pos = (v: number) => (span > 0 ? Math.min(1, Math.max(0, (v - lo) / span)) : 0);
  const rowIndex = new Map(input.rows.map((r, i) => [r.id, i]));
  const colIndex = new Map(input.cols.map((c, i) => [c.id, i]));
  const widest = Math.max(0, ...input.cells.map((c) => textWidth(`${fmt(c.value)}${c.mark ?? ''}`, FONT)));
  const left = Math.min(240, Math.max(40, ...input.rows.map((r) => textWidth(clip(r.label, 36), FONT)))) + 12;
  const fitted = Math.max(56, widest + 12, ...input.cols.map((c) => Math.min(120, textWidth(clip(c.label, 18), FONT) + 8)));
  const cellW = input.width !== undefined && input.cols.length ? Math.max(fitted, Math.min(160, (input.width - left - 16) / input.cols.length)) : fitted;
  const cellH = 22;
  const top = 44;
  const gridW = cellW * input.cols.length;
  const width = Math.max(left + gridW + 16, input.width ?? 360);
  const height = top + cellH * input.rows.length + 80 + (input.markLegend ? 18 : 0);
  const cells = input.cells
    .filter((c) => rowIndex.has(c.row) && colIndex.has(c.col))
    .map((c) => {
      const t = pos(c.value);
      return { ...c, x: left + colIndex.get(c.col)! * cellW, y: top + rowIndex.get(c.row)! * cellH, w: cellW, h: cellH, t, fill: sequential(t) };
    });
  const legend = Array.from({ length: STEPS }, (_, i) => {
    const value = lo + (span * i) / (STEPS - 1);
    return { value, fill: sequential(pos(value)) };
  });
  return { width, height, cells, legend, grid: { left, top, cellW, cellH } };
}

/** A rows × columns heat map as an SVG string: value and mark in each cell, colour legend below. */
export function heatMap(input: HeatMapInput): string {
  const l = heatMapLayout(input);
  const fmt = input.format ?? formatNumber;
  const { left, top, cellW, cellH } = l.grid;
  const out: string[] = [svgOpen(l.width, l.height, input.title, 'heat-map')];
  out.push(`<g font-family="${FONT_FAMILY}" font-size="${FONT}" fill="#111827">`);
  out.push(text(left + (cellW * input.cols.length) / 2, 14, input.colLabel, 'text-anchor="middle" class="axis-title" font-weight="600"'));
  out.push(text(4, top - 8, input.rowLabel, 'class="axis-title" font-weight="600"'));
  input.cols.forEach((c, i) => out.push(text(left + i * cellW + cellW / 2, top - 8, clip(c.label, 18), 'text-anchor="middle" class="col-label"')));
  input.rows.forEach((r, i) => out.push(text(left - 6, top + i * cellH + cellH / 2 + 4, clip(r.label, 36), 'text-anchor="end" class="row-label"')));
  for (const c of l.cells) {
    const tip = escapeXml(c.title ?? `${labelOf(input.rows, c.row)} × ${labelOf(input.cols, c.col)}: ${fmt(c.value)}${c.mark ? ` ${c.mark}` : ''}`);
    out.push(
      `<g class="cell"><title>${tip}</title>` +
        `<rect x="${num(c.x)}" y="${num(c.y)}" width="${num(c.w)}" height="${num(c.h)}" fill="${c.fill}" stroke="#ffffff" data-value="${c.value}"/>` +
        text(c.x + c.w / 2, c.y + c.h / 2 + 4, `${fmt(c.value)}${c.mark ?? ''}`, `text-anchor="middle" fill="${inkOn(c.t)}"`) +
        '</g>',
    );
  }
  const ly = top + cellH * input.rows.length + 20;
  out.push(text(8, ly + 10, input.valueLabel, 'class="legend-title" font-weight="600"'));
  const legendX = 8;
  l.legend.forEach((s, i) => {
    const x = legendX + i * 56;
    out.push(`<g class="legend-step"><rect x="${num(x)}" y="${num(ly + 18)}" width="56" height="12" fill="${s.fill}" stroke="#d1d5db"/>`);
    out.push(text(x + 28, ly + 44, fmt(s.value), 'text-anchor="middle" font-size="11"') + '</g>');
  });
  if (input.markLegend) out.push(text(8, ly + 62, input.markLegend, 'class="mark-legend"'));
  out.push('</g></svg>');
  return out.join('');
}

function labelOf(axis: readonly Axis[], id: string): string {
  return axis.find((a) => a.id === id)?.label ?? id;
}
