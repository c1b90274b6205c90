/**
 * A journal's column widths (85 mm single, 174 mm double, as Elsevier and Springer set them) and
 * the width in px each chart is laid out at, so that at the column's width its 12 px text prints
 * at about 8 pt and its 11 px labels at about 7 pt, the sizes journals ask for.
 */
export const COLUMNS = {
  single: { mm: 85, px: 360 },
  double: { mm: 174, px: 740 },
} as const;

export type ColumnWidth = keyof typeof COLUMNS;

/** Resolution of the PNG figures, in dots per inch (journals ask for at least 300 for line art with text). */
export const PNG_DPI = 300;
