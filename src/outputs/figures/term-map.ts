import { compare } from '../../core/text.js';
import { layoutNetwork } from '../graph/layout.js';
import type { Network, Positions } from '../graph/types.js';
import { groupColors } from './bar.js';
import { legend, legendHeight } from './legend.js';
import { clip, escapeXml, formatNumber, num, svgOpen, text } from './svg.js';

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
}

export interface NetworkLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly { readonly id: string; readonly label: string; readonly size: number; readonly x: number; readonly y: number; readonly r: number; readonly color: string }[];
  readonly edges: readonly { readonly source: string; readonly target: string; readonly weight: number; readonly strokeWidth: number; readonly opacity: number }[];
}

// Room for labels, which are drawn to the right of their nodes.
const PAD = 24;
const LABEL_ROOM = 96;

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
  return {
    width,
    height: plotH + legendHeight(network.groups, width),
    // Small nodes first, so the large ones and their labels are drawn on top.
    nodes: [...network.nodes]
      .sort((a, b) => a.size - b.size || compare(a.id, b.id))
      .map((n) => ({
        id: n.id,
        label: n.label,
        size: n.size,
        x: PAD + place(n.id).x * (width - 2 * PAD - LABEL_ROOM),
        y: PAD + place(n.id).y * (plotH - 2 * PAD),
        r: 3 + 15 * Math.sqrt(Math.max(0, n.size) / maxSize),
        color: colorOf(n.group),
      })),
    edges: network.edges
      .filter((e) => ids.has(e.source) && ids.has(e.target))
      .map((e) => ({ source: e.source, target: e.target, weight: e.weight, strokeWidth: 0.5 + 3.5 * (e.weight / maxWeight), opacity: 0.15 + 0.6 * (e.weight / maxWeight) })),
  };
}

/** A network drawing as an SVG string: weighted edges, sized nodes coloured by group, labels, legend. */
export function networkSvg(network: Network, options: NetworkSvgOptions): string {
  const l = networkLayout(network, options);
  const at = new Map(l.nodes.map((n) => [n.id, n]));
  const labelOf = new Map(network.nodes.map((n) => [n.id, n.label]));
  const out: string[] = [svgOpen(l.width, l.height, options.title, 'network')];
  out.push(`<g font-family="system-ui, sans-serif" font-size="11" fill="#111827">`);
  out.push('<g class="edges" stroke="#6b7280">');
  for (const e of l.edges) {
    const a = at.get(e.source)!;
    const b = at.get(e.target)!;
    const tip = escapeXml(`${labelOf.get(e.source)} — ${labelOf.get(e.target)}: ${formatNumber(e.weight)} ${options.weightLabel}`);
    out.push(`<line x1="${num(a.x)}" y1="${num(a.y)}" x2="${num(b.x)}" y2="${num(b.y)}" stroke-width="${num(e.strokeWidth)}" stroke-opacity="${num(e.opacity)}"><title>${tip}</title></line>`);
  }
  out.push('</g><g class="nodes">');
  for (const n of l.nodes) {
    const tip = escapeXml(`${n.label}: ${formatNumber(n.size)} ${options.sizeLabel}`);
    out.push(
      `<g class="node"><title>${tip}</title><circle cx="${num(n.x)}" cy="${num(n.y)}" r="${num(n.r)}" fill="${n.color}" fill-opacity="0.85" stroke="#ffffff"/>` +
        text(n.x + n.r + 2, n.y + 4, clip(n.label, 28), 'class="node-label" paint-order="stroke" stroke="#ffffff" stroke-width="3"') +
        '</g>',
    );
  }
  out.push('</g>');
  if (network.groups.length) out.push(legend(network.groups, l.width, l.height - legendHeight(network.groups, l.width)));
  out.push('</g></svg>');
  return out.join('');
}
