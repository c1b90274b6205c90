import { compare } from '../../core/text.js';
import { layoutNetwork } from '../graph/layout.js';
import type { Network, Positions } from '../graph/types.js';
import { groupColors } from './palette.js';
import { legend, legendHeight } from './legend.js';
import { FONT_FAMILY, clip, escapeXml, formatNumber, num, svgOpen, text, textWidth } from './svg.js';

export interface NetworkSvgOptions {
  readonly title: string;
  /** What a node's size counts, for tooltips, e.g. "definitions". */
  readonly sizeLabel: string;
  /** What an edge's weight counts, for tooltips, e.g. "definitions with both terms". */
  readonly weightLabel: string;
  readonly width?: number;
  readonly height?: number;
  /** Precomputed positions (unit square); default: `layoutNetwork(network)`, seeded. */
  readonly positions?: Positions;
  /** A node's colour by its id, instead of its group's (an overlay, e.g. by mean year). */
  readonly nodeColor?: (id: string) => string;
  /** Drawn below the plot instead of the groups' legend (e.g. a colour scale): its height and its SVG from `top`. */
  readonly footer?: { readonly height: number; readonly svg: (width: number, top: number) => string };
}

/** Where a node's label is drawn (its text baseline point and anchor), and the box it covers. */
export interface LabelPlace {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly box: Box;
}

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface NetworkLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly {
    readonly id: string;
    readonly label: string;
    readonly size: number;
    readonly x: number;
    readonly y: number;
    readonly r: number;
    readonly color: string;
    /** Absent when every place for the label would cover a node or another label. */
    readonly place?: LabelPlace;
  }[];
  readonly edges: readonly {
    readonly source: string;
    readonly target: string;
    readonly weight: number;
    readonly strokeWidth: number;
    readonly opacity: number;
  }[];
}

const PAD = 28;
const LABEL_FONT = 11;
const LABEL_CHARS = 28;

/** Pixel positions, radii (area ∝ size) and stroke widths (∝ weight): the numbers behind the SVG. */
export function networkLayout(network: Network, options: NetworkSvgOptions): NetworkLayout {
  const width = options.width ?? 760;
  const plotH = options.height ?? 560;
  const positions = options.positions ?? layoutNetwork(network);
  const colorOf = groupColors(network.groups);
  const maxSize = Math.max(1, ...network.nodes.map((n) => n.size));
  const maxWeight = Math.max(1, ...network.edges.map((e) => e.weight));
  const place = (id: string) => positions.get(id) ?? { x: 0.5, y: 0.5 };
  const ids = new Set(network.nodes.map((n) => n.id));
  // Small nodes first, so the large ones are drawn on top.
  const nodes = [...network.nodes]
    .sort((a, b) => a.size - b.size || compare(a.id, b.id))
    .map((n) => ({
      id: n.id,
      label: n.label,
      size: n.size,
      x: PAD + place(n.id).x * (width - 2 * PAD),
      y: PAD + place(n.id).y * (plotH - 2 * PAD),
      r: 3 + 15 * Math.sqrt(Math.max(0, n.size) / maxSize),
      color: options.nodeColor ? options.nodeColor(n.id) : colorOf(n.group),
    }));
  const places = placeLabels(nodes, { left: 0, top: 0, right: width, bottom: plotH });
  return {
    width,
    height: plotH + (options.footer ? options.footer.height : legendHeight(network.groups, width)),
    nodes: nodes.map((n) => (places.has(n.id) ? { ...n, place: places.get(n.id)! } : n)),
    edges: network.edges
      .filter((e) => ids.has(e.source) && ids.has(e.target))
      .map((e) => ({
        source: e.source,
        target: e.target,
        weight: e.weight,
        strokeWidth: 0.5 + 3.5 * (e.weight / maxWeight),
        opacity: 0.15 + 0.6 * (e.weight / maxWeight),
      })),
  };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Does the circle reach into the box (a 1 px margin around the circle)? */
function coversBox(c: { x: number; y: number; r: number }, box: Box): boolean {
  const dx = c.x - Math.max(box.left, Math.min(c.x, box.right));
  const dy = c.y - Math.max(box.top, Math.min(c.y, box.bottom));
  return dx * dx + dy * dy < (c.r + 1) ** 2;
}

/**
 * A place for each label that covers no node, no other label and stays in the drawing: right of
 * its node, else left, above, below or on a diagonal; the most used terms are placed first, and a
 * label with no free place is left out (the node's tooltip still names it).
 */
export function placeLabels(
  nodes: readonly { id: string; label: string; size: number; x: number; y: number; r: number }[],
  bounds: Box,
): Map<string, LabelPlace> {
  const placed = new Map<string, LabelPlace>();
  const boxes: Box[] = [];
  const ascent = LABEL_FONT * 0.8;
  const descent = LABEL_FONT * 0.25;
  const order = [...nodes].sort((a, b) => b.size - a.size || compare(a.id, b.id));
  for (const n of order) {
    const w = textWidth(clip(n.label, LABEL_CHARS), LABEL_FONT);
    const gap = n.r + 3;
    const mid = n.y + ascent / 2 - descent / 2;
    const candidates: { x: number; y: number; anchor: LabelPlace['anchor'] }[] = [
      { x: n.x + gap, y: mid, anchor: 'start' },
      { x: n.x - gap, y: mid, anchor: 'end' },
      { x: n.x, y: n.y - gap - descent, anchor: 'middle' },
      { x: n.x, y: n.y + gap + ascent, anchor: 'middle' },
      { x: n.x + gap * 0.7, y: n.y - gap * 0.7 - descent, anchor: 'start' },
      { x: n.x + gap * 0.7, y: n.y + gap * 0.7 + ascent, anchor: 'start' },
      { x: n.x - gap * 0.7, y: n.y - gap * 0.7 - descent, anchor: 'end' },
      { x: n.x - gap * 0.7, y: n.y + gap * 0.7 + ascent, anchor: 'end' },
    ];
    for (const c of candidates) {
      const left = c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - w : c.x - w / 2;
      const box = { left, top: c.y - ascent, right: left + w, bottom: c.y + descent };
      const inside = box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom;
      if (!inside || nodes.some((other) => coversBox(other, box)) || boxes.some((b) => overlaps(b, box))) continue;
      placed.set(n.id, { ...c, box });
      boxes.push(box);
      break;
    }
  }
  return placed;
}

/** A network drawing as an SVG string: weighted edges, sized nodes coloured by group, labels, legend. */
export function networkSvg(network: Network, options: NetworkSvgOptions): string {
  const l = networkLayout(network, options);
  const at = new Map(l.nodes.map((n) => [n.id, n]));
  const labelOf = new Map(network.nodes.map((n) => [n.id, n.label]));
  const out: string[] = [svgOpen(l.width, l.height, options.title, 'network')];
  out.push(`<g font-family="${FONT_FAMILY}" font-size="${LABEL_FONT}" fill="#111827">`);
  out.push('<g class="edges" stroke="#6b7280">');
  for (const e of l.edges) {
    const a = at.get(e.source)!;
    const b = at.get(e.target)!;
    const tip = escapeXml(`${labelOf.get(e.source)} — ${labelOf.get(e.target)}: ${formatNumber(e.weight)} ${options.weightLabel}`);
    out.push(
      `<line x1="${num(a.x)}" y1="${num(a.y)}" x2="${num(b.x)}" y2="${num(b.y)}" stroke-width="${num(e.strokeWidth)}" stroke-opacity="${num(e.opacity)}"><title>${tip}</title></line>`,
    );
  }
  out.push('</g><g class="nodes">');
  for (const n of l.nodes) {
    const tip = escapeXml(`${n.label}: ${formatNumber(n.size)} ${options.sizeLabel}`);
    out.push(
      `<g class="node"><title>${tip}</title><circle cx="${num(n.x)}" cy="${num(n.y)}" r="${num(n.r)}" fill="${n.color}" fill-opacity="0.85" stroke="#ffffff"/></g>`,
    );
  }
  // Labels above every node, each where it covers none (see `placeLabels`).
  out.push('</g><g class="labels" paint-order="stroke" stroke="#ffffff" stroke-width="3" stroke-linejoin="round">');
  for (const n of l.nodes) {
    if (n.place) out.push(text(n.place.x, n.place.y, clip(n.label, LABEL_CHARS), `class="node-label" text-anchor="${n.place.anchor}"`));
  }
  out.push('</g>');
  if (options.footer) out.push(options.footer.svg(l.width, l.height - options.footer.height));
  else if (network.groups.length) out.push(legend(network.groups, l.width, l.height - legendHeight(network.groups, l.width)));
  out.push('</g></svg>');
  return out.join('');
}
