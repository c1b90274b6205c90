import { placeLabels, type Box } from './term-map.js';
import { FONT_FAMILY, clip, escapeXml, formatNumber, num, svgOpen, text } from './svg.js';

/** A labelled point of a scatter map (a factor on the thematic map, a row or column of a CA). */
export interface ScatterPoint {
  readonly id: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
  /** Drawn as the marker's area; equal sizes when absent. */
  readonly size?: number;
  readonly color: string;
  readonly shape?: 'circle' | 'square' | 'triangle';
  /** Tooltip text. */
  readonly title: string;
}

export interface ScatterInput {
  readonly title: string;
  readonly points: readonly ScatterPoint[];
  readonly xLabel: string;
  readonly yLabel: string;
  /** Reference lines (the medians; the origin) drawn dashed across the plot. */
  readonly xLine?: number;
  readonly yLine?: number;
  /** Names written in the four corners: top-left, top-right, bottom-left, bottom-right. */
  readonly corners?: readonly [string, string, string, string];
  /** One unit the same length on both axes (a correspondence map's distances mean something). */
  readonly equalAspect?: boolean;
  readonly width: number;
  readonly height?: number;
  /** Draw the y axis' tick values (not for a one-dimensional map, whose y means nothing). */
  readonly yTicks?: boolean;
  /** Legend entries under the plot. */
  readonly legend?: readonly { readonly label: string; readonly color: string; readonly shape: 'circle' | 'square' | 'triangle' }[];
}

const PAD = { left: 52, right: 16, top: 16, bottom: 44 };
const LABEL_CHARS = 28;

export interface ScatterLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: Box;
  readonly points: readonly (ScatterPoint & {
    readonly px: number;
    readonly py: number;
    readonly r: number;
    readonly place?: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
  })[];
  readonly xAt: (x: number) => number;
  readonly yAt: (y: number) => number;
  /** Round values inside each axis' range, where the ticks are drawn. */
  readonly xTicks: readonly number[];
  readonly yTicks: readonly number[];
}

/** About `count` round values (1, 2 or 5 × 10^k apart) between lo and hi. */
export function ticksBetween(lo: number, hi: number, count = 6): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((st) => st >= raw) ?? 10 * power;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)) || 0);
  return out;
}

/** Where every point goes; both axes padded by 12% so markers and labels stay inside. */
export function scatterLayout(input: ScatterInput): ScatterLayout {
  const width = input.width;
  const legendH = input.legend?.length ? 24 : 0;
  const height = input.height ?? Math.round(width * 0.72);
  const plot = { left: PAD.left, top: PAD.top, right: width - PAD.right, bottom: height - PAD.bottom - legendH };
  const xs = [...input.points.map((p) => p.x), ...(input.xLine !== undefined ? [input.xLine] : [])];
  const ys = [...input.points.map((p) => p.y), ...(input.yLine !== undefined ? [input.yLine] : [])];
  let [x0, x1] = padded(Math.min(...xs), Math.max(...xs));
  let [y0, y1] = padded(Math.min(...ys), Math.max(...ys));
  const plotW = plot.right - plot.left;
  const plotH = plot.bottom - plot.top;
  if (input.equalAspect) {
    // Widen the shorter range so a unit is as long on both axes.
    const scale = Math.max((x1 - x0) / plotW, (y1 - y0) / plotH);
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    [x0, x1] = [cx - (scale * plotW) / 2, cx + (scale * plotW) / 2];
    [y0, y1] = [cy - (scale * plotH) / 2, cy + (scale * plotH) / 2];
  }
  const xAt = (x: number) => plot.left + ((x - x0) / (x1 - x0)) * plotW;
  const yAt = (y: number) => plot.bottom - ((y - y0) / (y1 - y0)) * plotH;
  const maxSize = Math.max(1, ...input.points.map((p) => p.size ?? 1));
  const placed = input.points.map((p) => ({
    ...p,
    px: xAt(p.x),
    py: yAt(p.y),
    r: p.size === undefined ? 5 : 4 + 14 * Math.sqrt(Math.max(0, p.size) / maxSize),
  }));
  const places = placeLabels(
    placed.map((p) => ({ id: p.id, label: p.label, size: p.size ?? 1, x: p.px, y: p.py, r: p.r })),
    plot,
  );
  return {
    width,
    height,
    plot,
    xAt,
    yAt,
    xTicks: ticksBetween(x0, x1),
    yTicks: input.yTicks === false ? [] : ticksBetween(y0, y1),
    points: placed.map((p) => (places.has(p.id) ? { ...p, place: places.get(p.id)! } : p)),
  };
}

function padded(lo: number, hi: number): [number, number] {
  if (!(hi > lo)) return [lo - 1, hi + 1];
  const pad = (hi - lo) * 0.12;
  return [lo - pad, hi + pad];
}

function marker(p: { px: number; py: number; r: number; color: string; shape?: ScatterPoint['shape'] }): string {
  const common = `fill="${p.color}" fill-opacity="0.85" stroke="#ffffff"`;
  if (p.shape === 'square')
    return `<rect x="${num(p.px - p.r * 0.85)}" y="${num(p.py - p.r * 0.85)}" width="${num(p.r * 1.7)}" height="${num(p.r * 1.7)}" ${common}/>`;
  if (p.shape === 'triangle') {
    const h = p.r * 1.1;
    return `<polygon points="${num(p.px)},${num(p.py - h)} ${num(p.px + h)},${num(p.py + h * 0.8)} ${num(p.px - h)},${num(p.py + h * 0.8)}" ${common}/>`;
  }
  return `<circle cx="${num(p.px)}" cy="${num(p.py)}" r="${num(p.r)}" ${common}/>`;
}

/** A scatter map as an SVG string: dashed reference lines, corner names, markers, labels that cover no marker. */
export function scatterSvg(input: ScatterInput): string {
  const l = scatterLayout(input);
  const { plot } = l;
  const out: string[] = [svgOpen(l.width, l.height, input.title, 'scatter')];
  out.push(`<g font-family="${FONT_FAMILY}" font-size="11" fill="#111827">`);
  out.push(
    `<rect x="${num(plot.left)}" y="${num(plot.top)}" width="${num(plot.right - plot.left)}" height="${num(plot.bottom - plot.top)}" fill="none" stroke="#d1d5db"/>`,
  );
  for (const t of l.xTicks)
    out.push(
      `<line x1="${num(l.xAt(t))}" y1="${num(plot.bottom)}" x2="${num(l.xAt(t))}" y2="${num(plot.bottom + 4)}" stroke="#9ca3af"/>` +
        text(l.xAt(t), plot.bottom + 14, formatNumber(t), 'text-anchor="middle" class="tick" font-size="10" fill="#6b7280"'),
    );
  for (const t of l.yTicks)
    out.push(
      `<line x1="${num(plot.left - 4)}" y1="${num(l.yAt(t))}" x2="${num(plot.left)}" y2="${num(l.yAt(t))}" stroke="#9ca3af"/>` +
        text(plot.left - 6, l.yAt(t) + 3, formatNumber(t), 'text-anchor="end" class="tick" font-size="10" fill="#6b7280"'),
    );
  if (input.xLine !== undefined)
    out.push(
      `<line class="reference" x1="${num(l.xAt(input.xLine))}" y1="${num(plot.top)}" x2="${num(l.xAt(input.xLine))}" y2="${num(plot.bottom)}" stroke="#9ca3af" stroke-dasharray="4 3"/>`,
    );
  if (input.yLine !== undefined)
    out.push(
      `<line class="reference" x1="${num(plot.left)}" y1="${num(l.yAt(input.yLine))}" x2="${num(plot.right)}" y2="${num(l.yAt(input.yLine))}" stroke="#9ca3af" stroke-dasharray="4 3"/>`,
    );
  if (input.corners) {
    const [tl, tr, bl, br] = input.corners;
    const attrs = 'class="corner" fill="#6b7280" font-style="italic"';
    out.push(text(plot.left + 6, plot.top + 14, tl, attrs));
    out.push(text(plot.right - 6, plot.top + 14, tr, `${attrs} text-anchor="end"`));
    out.push(text(plot.left + 6, plot.bottom - 6, bl, attrs));
    out.push(text(plot.right - 6, plot.bottom - 6, br, `${attrs} text-anchor="end"`));
  }
  out.push(text((plot.left + plot.right) / 2, plot.bottom + 32, input.xLabel, 'text-anchor="middle" class="axis-title" font-size="12" font-weight="600"'));
  const midY = (plot.top + plot.bottom) / 2;
  out.push(text(12, midY, input.yLabel, `text-anchor="middle" transform="rotate(-90 12 ${num(midY)})" class="axis-title" font-size="12" font-weight="600"`));
  // Larger markers first, so small ones stay visible on top.
  const order = [...l.points].sort((a, b) => b.r - a.r || (a.id < b.id ? -1 : 1));
  out.push('<g class="points">');
  for (const p of order) out.push(`<g class="point"><title>${escapeXml(p.title)}</title>${marker(p)}</g>`);
  out.push('</g><g class="labels" paint-order="stroke" stroke="#ffffff" stroke-width="3" stroke-linejoin="round">');
  for (const p of l.points) if (p.place) out.push(text(p.place.x, p.place.y, clip(p.label, LABEL_CHARS), `text-anchor="${p.place.anchor}"`));
  out.push('</g>');
  if (input.legend?.length) {
    let x = plot.left;
    const y = l.height - 14;
    for (const item of input.legend) {
      out.push(marker({ px: x + 5, py: y - 4, r: 5, color: item.color, shape: item.shape }));
      out.push(text(x + 14, y, item.label, 'font-size="11"'));
      x += 24 + item.label.length * 6.8;
    }
  }
  out.push('</g></svg>');
  return out.join('');
}
