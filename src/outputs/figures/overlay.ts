import type { Network } from '../graph/types.js';
import { NEUTRAL } from './palette.js';
import { num, text } from './svg.js';
import { networkSvg } from './term-map.js';

/** Viridis (as VOSviewer's overlay): dark blue for the oldest, yellow for the newest; readable in grey and by colour-blind readers. */
const VIRIDIS: readonly (readonly [number, number, number])[] = [
  [0x44, 0x01, 0x54],
  [0x3b, 0x52, 0x8b],
  [0x21, 0x91, 0x8c],
  [0x5e, 0xc9, 0x62],
  [0xfd, 0xe7, 0x25],
];

/** The colour of `t` in [0, 1] on the viridis scale (linear between its five stops). */
export function viridis(t: number): string {
  const u = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(u));
  const f = u - i;
  const [a, b] = [VIRIDIS[i]!, VIRIDIS[i + 1]!];
  return (
    '#' +
    a
      .map((x, k) =>
        Math.round(x + (b[k]! - x) * f)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
  );
}

/** A year's place on the scale from `lo` to `hi` (the middle when they are equal). */
export function yearPosition(year: number, lo: number, hi: number): number {
  return hi > lo ? (year - lo) / (hi - lo) : 0.5;
}

const FOOTER = 58;

/**
 * The term network with every node coloured by the mean publication year of the definitions using
 * the term (VOSviewer's overlay visualisation), on the same layout as the factor-coloured network.
 * Terms no dated definition uses are grey.
 */
export function overlaySvg(
  network: Network,
  meanYear: ReadonlyMap<string, number>,
  options: { title: string; width: number; range?: { readonly lo: number; readonly hi: number } },
): string {
  // The scale's ends: given (over terms `meanYear` leaves out), else those of `meanYear`, folded, not
  // spread: a million-definition corpus has some 150,000 terms, past the call stack's room for arguments.
  let lo = options.range?.lo ?? Infinity;
  let hi = options.range?.hi ?? -Infinity;
  if (!options.range) {
    for (const year of meanYear.values()) {
      lo = Math.min(lo, year);
      hi = Math.max(hi, year);
    }
  }
  const undated = network.nodes.some((n) => !meanYear.has(n.id));
  const color = (id: string) => {
    const y = meanYear.get(id);
    return y === undefined ? NEUTRAL : viridis(yearPosition(y, lo, hi));
  };
  const footer = {
    height: FOOTER,
    svg: (width: number, top: number) => {
      const barW = Math.min(300, width - 40);
      const steps = 30;
      const parts = [text(8, top + 14, 'mean publication year of the definitions using the term', 'class="legend-title" font-weight="600"')];
      for (let i = 0; i < steps; i++) {
        parts.push(
          `<rect x="${num(8 + (barW * i) / steps)}" y="${num(top + 22)}" width="${num(barW / steps + 0.5)}" height="12" fill="${viridis(i / (steps - 1))}"/>`,
        );
      }
      parts.push(text(8, top + 48, lo.toFixed(1), 'font-size="11"'));
      parts.push(text(8 + barW, top + 48, hi.toFixed(1), 'font-size="11" text-anchor="end"'));
      if (undated) {
        parts.push(`<rect x="${num(barW + 24)}" y="${num(top + 22)}" width="12" height="12" fill="${NEUTRAL}"/>`);
        parts.push(text(barW + 40, top + 32, 'no dated definition', 'font-size="11"'));
      }
      return `<g class="year-scale">${parts.join('')}</g>`;
    },
  };
  return networkSvg(
    { ...network, groups: [] },
    { title: options.title, sizeLabel: 'definitions', weightLabel: 'definitions with both terms', width: options.width, nodeColor: color, footer },
  );
}
