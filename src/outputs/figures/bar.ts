import { compare } from '../../core/text.js';
import { groupColors } from './palette.js';
import { FONT_FAMILY, clip, escapeXml, formatNumber, niceTicks, num, svgOpen, text, textWidth } from './svg.js';
import { legend, legendHeight, type Group } from './legend.js';

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** A group id from `groups`: colours the bar and adds it to the legend. */
  readonly group?: string;
  /** Tooltip text; defaults to "label: value". */
  readonly title?: string;
}

export interface BarChartInput {
  /** What the chart shows, for its `<title>` and screen readers. */
  readonly title: string;
  readonly bars: readonly Bar[];
  /** Axis title of the values, e.g. "definitions". */
  readonly valueLabel: string;
  /** Axis title of the categories, e.g. "sector". */
  readonly categoryLabel: string;
  /** Horizontal bars (default) suit long labels; vertical ones suit years. */
  readonly orientation?: 'horizontal' | 'vertical';
  /** Descending by value (default; ties by label), ascending, or the input order (e.g. years). */
  readonly sort?: 'descending' | 'ascending' | 'none';
  readonly groups?: readonly Group[];
  /** The value axis' upper end, e.g. 1 for shares; default: the largest value, rounded up. */
  readonly max?: number;
  readonly format?: (value: number) => string;
  readonly width?: number;
}

export interface BarLayout {
  readonly width: number;
  readonly height: number;
  readonly bars: readonly (Bar & { readonly x: number; readonly y: number; readonly w: number; readonly h: number; readonly color: string })[];
  /** Value-axis ticks and where they are drawn (x for horizontal charts, y for vertical ones). */
  readonly ticks: readonly { readonly value: number; readonly at: number }[];
  readonly plot: { readonly left: number; readonly top: number; readonly width: number; readonly height: number };
  readonly rotateLabels: boolean;
}

const FONT = 12;
const BAND = 20;
const GAP = 4;

export function sortBars(bars: readonly Bar[], sort: BarChartInput['sort'] = 'descending'): Bar[] {
  if (sort === 'none') return [...bars];
  const sign = sort === 'ascending' ? 1 : -1;
  return [...bars].sort((a, b) => sign * (a.value - b.value) || compare(a.label, b.label));
}

/** Where every bar and tick goes: the numbers the SVG is drawn from (tested on their own). */
export function barChartLayout(input: BarChartInput): BarLayout {
  const bars = sortBars(input.bars, input.sort);
  const fmt = input.format ?? formatNumber;
  const allInteger = bars.every((b) => Number.isInteger(b.value));
  const dataMax = Math.max(0, ...bars.map((b) => b.value));
  const ticks = input.max !== undefined ? niceTicks(input.max, 5).filter((t) => t <= input.max! + 1e-9) : niceTicks(dataMax, 5, allInteger);
  const top = input.max ?? ticks[ticks.length - 1]!;
  const colorOf = groupColors(input.groups ?? []);
  const width = input.width ?? 640;
  const legendH = legendHeight(input.groups ?? [], width);

  if ((input.orientation ?? 'horizontal') === 'horizontal') {
    const labelW = Math.min(220, Math.max(40, ...bars.map((b) => textWidth(clip(b.label, 36), FONT)))) + 8;
    const valueW = Math.max(30, ...bars.map((b) => textWidth(fmt(b.value), FONT))) + 8;
    const plot = { left: labelW, top: 24, width: Math.max(80, width - labelW - valueW), height: bars.length * (BAND + GAP) };
    const scale = (v: number) => (top > 0 ? (v / top) * plot.width : 0);
    return {
      width,
      height: plot.top + plot.height + 44 + legendH,
      plot,
      rotateLabels: false,
      ticks: ticks.map((value) => ({ value, at: plot.left + scale(value) })),
      bars: bars.map((b, i) => ({ ...b, x: plot.left, y: plot.top + i * (BAND + GAP), w: scale(b.value), h: BAND, color: colorOf(b.group) })),
    };
  }

  const left = Math.max(...ticks.map((t) => textWidth(fmt(t), FONT))) + 36;
  const plotW = Math.max(80, width - left - 12);
  const band = bars.length ? plotW / bars.length : plotW;
  const rotateLabels = bars.some((b) => textWidth(clip(b.label, 24), FONT) > band - 2);
  const labelH = rotateLabels ? Math.max(...bars.map((b) => textWidth(clip(b.label, 24), FONT))) * 0.72 + 12 : 18;
  const plot = { left, top: 20, width: plotW, height: 220 };
  const scale = (v: number) => (top > 0 ? (v / top) * plot.height : 0);
  return {
    width,
    height: plot.top + plot.height + labelH + 28 + legendH,
    plot,
    rotateLabels,
    ticks: ticks.map((value) => ({ value, at: plot.top + plot.height - scale(value) })),
    bars: bars.map((b, i) => {
      const h = scale(b.value);
      return { ...b, x: plot.left + i * band + band * 0.12, y: plot.top + plot.height - h, w: band * 0.76, h, color: colorOf(b.group) };
    }),
  };
}

/** A bar chart as a standalone SVG string: sorted bars, value labels, ticks, axis titles, legend. */
export function barChart(input: BarChartInput): string {
  const l = barChartLayout(input);
  const fmt = input.format ?? formatNumber;
  const { plot } = l;
  const out: string[] = [svgOpen(l.width, l.height, input.title, 'bar-chart')];
  out.push(`<g font-family="${FONT_FAMILY}" font-size="${FONT}" fill="#111827">`);
  const horizontal = (input.orientation ?? 'horizontal') === 'horizontal';
  if (horizontal) {
    const bottom = plot.top + plot.height;
    for (const t of l.ticks) {
      out.push(`<line class="grid" x1="${num(t.at)}" y1="${num(plot.top)}" x2="${num(t.at)}" y2="${num(bottom)}" stroke="#e5e7eb"/>`);
      out.push(text(t.at, bottom + 14, fmt(t.value), 'text-anchor="middle" class="tick"'));
    }
    out.push(text(plot.left + plot.width / 2, bottom + 32, input.valueLabel, 'text-anchor="middle" class="axis-title" font-weight="600"'));
    out.push(text(4, 14, input.categoryLabel, 'class="axis-title" font-weight="600"'));
    for (const b of l.bars) {
      const tip = escapeXml(b.title ?? `${b.label}: ${fmt(b.value)}`);
      out.push(
        `<g class="bar"><title>${tip}</title>` +
          `<rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.w)}" height="${num(b.h)}" fill="${b.color}" data-value="${b.value}"/>` +
          text(plot.left - 6, b.y + b.h / 2 + 4, clip(b.label, 36), 'text-anchor="end" class="category"') +
          text(b.x + b.w + 4, b.y + b.h / 2 + 4, fmt(b.value), 'class="value"') +
          `</g>`,
      );
    }
    out.push(`<line x1="${num(plot.left)}" y1="${num(plot.top)}" x2="${num(plot.left)}" y2="${num(bottom)}" stroke="#374151"/>`);
  } else {
    const bottom = plot.top + plot.height;
    for (const t of l.ticks) {
      out.push(`<line class="grid" x1="${num(plot.left)}" y1="${num(t.at)}" x2="${num(plot.left + plot.width)}" y2="${num(t.at)}" stroke="#e5e7eb"/>`);
      out.push(text(plot.left - 6, t.at + 4, fmt(t.value), 'text-anchor="end" class="tick"'));
    }
    const midY = plot.top + plot.height / 2;
    out.push(text(14, midY, input.valueLabel, `text-anchor="middle" transform="rotate(-90 14 ${num(midY)})" class="axis-title" font-weight="600"`));
    for (const b of l.bars) {
      const tip = escapeXml(b.title ?? `${b.label}: ${fmt(b.value)}`);
      const cx = b.x + b.w / 2;
      const label = l.rotateLabels
        ? text(cx, bottom + 12, clip(b.label, 24), `text-anchor="end" transform="rotate(-45 ${num(cx)} ${num(bottom + 12)})" class="category"`)
        : text(cx, bottom + 14, clip(b.label, 24), 'text-anchor="middle" class="category"');
      out.push(
        `<g class="bar"><title>${tip}</title>` +
          `<rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.w)}" height="${num(b.h)}" fill="${b.color}" data-value="${b.value}"/>` +
          (b.value > 0 ? text(cx, b.y - 3, fmt(b.value), 'text-anchor="middle" class="value" font-size="10"') : '') +
          label +
          `</g>`,
      );
    }
    out.push(`<line x1="${num(plot.left)}" y1="${num(bottom)}" x2="${num(plot.left + plot.width)}" y2="${num(bottom)}" stroke="#374151"/>`);
    const labelsBottom = l.height - 12 - legendHeight(input.groups ?? [], l.width);
    out.push(text(plot.left + plot.width / 2, labelsBottom, input.categoryLabel, 'text-anchor="middle" class="axis-title" font-weight="600"'));
  }
  if (input.groups?.length) out.push(legend(input.groups, l.width, l.height - legendHeight(input.groups, l.width)));
  out.push('</g></svg>');
  return out.join('');
}
