import { compare } from '../../core/text.js';

/**
 * Okabe–Ito's colour-blind-safe palette, then Tableau's: the categorical colours of groups
 * (factors). Which group gets which colour is decided by the group's id (`groupColors`), never by
 * its rank, so a factor keeps its colour when the corpus grows and the ranks change.
 */
export const CATEGORICAL = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#f0e442',
  '#000000',
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#b07aa1',
  '#76b7b2',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
] as const;

/** Colour of nodes or bars that belong to no group. */
export const NEUTRAL = '#6b7280';

/**
 * The shipped codebook's factors keep one colour each, whichever of them a run finds: ICT blue,
 * environment green, and so on (all from Okabe–Ito).
 */
export const FACTOR_COLORS: Readonly<Record<string, string>> = {
  ict: '#0072b2',
  infrastructure: '#56b4e9',
  environment: '#009e73',
  'quality-of-life': '#cc79a7',
  people: '#d55e00',
  economy: '#e69f00',
  governance: '#f0e442',
  mobility: '#000000',
};

export function categorical(index: number): string {
  return CATEGORICAL[((index % CATEGORICAL.length) + CATEGORICAL.length) % CATEGORICAL.length]!;
}

const HALF = CATEGORICAL.length / 2;

/** FNV-1a: a small, fixed string hash, so an id's preferred colour is the same on every machine. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * Id → colour for a set of group ids: a known factor's own colour; any other id the free colour
 * nearest its hash (ids in sorted order, so the result depends on which ids there are, never on
 * their order or rank). Beyond 16 groups colours repeat.
 */
export function colorsById(ids: readonly string[]): Map<string, string> {
  const unique = [...new Set(ids)].sort(compare);
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const id of unique) {
    const known = FACTOR_COLORS[id];
    if (known !== undefined) {
      out.set(id, known);
      taken.add(known);
    }
  }
  for (const id of unique.filter((i) => !out.has(i))) {
    // Okabe–Ito first (from the hash's slot round), then Tableau.
    const start = hash(id) % HALF;
    const order = Array.from({ length: CATEGORICAL.length }, (_, k) => (k < HALF ? (start + k) % HALF : HALF + ((start + k) % HALF)));
    const color = order.map((i) => CATEGORICAL[i]!).find((c) => !taken.has(c)) ?? categorical(start);
    out.set(id, color);
    taken.add(color);
  }
  return out;
}

/** A group as charts and legends take it: its colour when the caller fixed one. */
export interface ColoredGroup {
  readonly id: string;
  readonly color?: string;
}

/** Group id → colour: the group's own `color`, else `colorsById` over the groups; no group is grey. */
export function groupColors(groups: readonly ColoredGroup[]): (group: string | undefined) => string {
  const byId = colorsById(groups.map((g) => g.id));
  for (const g of groups) if (g.color !== undefined) byId.set(g.id, g.color);
  return (group) => (group !== undefined ? (byId.get(group) ?? NEUTRAL) : NEUTRAL);
}

/** Sequential scale (light to dark blue, ColorBrewer "Blues" ends) for heat maps. */
const LOW: readonly [number, number, number] = [0xf7, 0xfb, 0xff];
const HIGH: readonly [number, number, number] = [0x08, 0x30, 0x6b];

/** The colour of `t` in [0, 1] on the sequential scale. */
export function sequential(t: number): string {
  const u = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));
  return (
    '#' +
    LOW.map((lo, i) =>
      Math.round(lo + (HIGH[i]! - lo) * u)
        .toString(16)
        .padStart(2, '0'),
    ).join('')
  );
}

/** Dark text on light cells, light text on dark ones (by the scale position). */
export function inkOn(t: number): string {
  return t > 0.55 ? '#ffffff' : '#111827';
}
