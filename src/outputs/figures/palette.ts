/**
 * Okabe–Ito's colour-blind-safe palette, then Tableau's: categorical colours for groups (factors),
 * assigned by position so the same groups always get the same colours.
 */
export const CATEGORICAL = [
  '#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000',
  '#4e79a7', '#f28e2b', '#59a14f', '#b07aa1', '#76b7b2', '#ff9da7', '#9c755f', '#bab0ac',
] as const;

/** Colour of nodes or bars that belong to no group. */
export const NEUTRAL = '#6b7280';

export function categorical(index: number): string {
  return CATEGORICAL[((index % CATEGORICAL.length) + CATEGORICAL.length) % CATEGORICAL.length]!;
}

/** Sequential scale (light to dark blue, ColorBrewer "Blues" ends) for heat maps. */
const LOW: readonly [number, number, number] = [0xf7, 0xfb, 0xff];
const HIGH: readonly [number, number, number] = [0x08, 0x30, 0x6b];

/** The colour of `t` in [0, 1] on the sequential scale. */
export function sequential(t: number): string {
  const u = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));
  return '#' + LOW.map((lo, i) => Math.round(lo + (HIGH[i]! - lo) * u).toString(16).padStart(2, '0')).join('');
}

/** Dark text on light cells, light text on dark ones (by the scale position). */
export function inkOn(t: number): string {
  return t > 0.55 ? '#ffffff' : '#111827';
}
