import { groupColors } from './palette.js';
import { clip, num, text, textWidth } from './svg.js';

export interface Group {
  readonly id: string;
  readonly label: string;
  /** Fixed by the caller (a factor's colour); else chosen from the id, see `groupColors`. */
  readonly color?: string;
}

const ROW = 18;
const FONT = 12;

/** Swatch + label per group, wrapped into rows that fit `width`. */
function placeItems(groups: readonly Group[], width: number): { group: Group; x: number; row: number }[] {
  const items: { group: Group; x: number; row: number }[] = [];
  let x = 8;
  let row = 0;
  groups.forEach((group) => {
    const w = 16 + textWidth(clip(group.label, 40), FONT) + 14;
    if (x + w > width && x > 8) {
      row++;
      x = 8;
    }
    items.push({ group, x, row });
    x += w;
  });
  return items;
}

export function legendHeight(groups: readonly Group[], width: number): number {
  if (!groups.length) return 0;
  const rows = Math.max(...placeItems(groups, width).map((i) => i.row)) + 1;
  return rows * ROW + 8;
}

/** A categorical legend drawn from `y` down, in the colours `groupColors` gives the groups. */
export function legend(groups: readonly Group[], width: number, y: number): string {
  const colorOf = groupColors(groups);
  const parts = placeItems(groups, width).map(
    ({ group, x, row }) =>
      `<g class="legend-item"><rect x="${num(x)}" y="${num(y + 4 + row * ROW)}" width="12" height="12" fill="${colorOf(group.id)}"/>` +
      text(x + 16, y + 14 + row * ROW, clip(group.label, 40)) +
      '</g>',
  );
  return `<g class="legend">${parts.join('')}</g>`;
}
