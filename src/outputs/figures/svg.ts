import { escapeXml } from '../../core/xml.js';

export { escapeXml };

/**
 * The charts' typeface: Inter (which the PNGs are drawn with, see `files.ts`), else what the
 * reader's system has that is close.
 */
export const FONT_FAMILY = "Inter, 'Helvetica Neue', Arial, sans-serif";

/** A coordinate or length as printed in SVG: 2 decimals, no `-0`, so output bytes are stable. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** Rough width of a label in px (no font metrics in Node): wide enough to reserve room for it. */
export function textWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.62);
}

/** Shortens a label to `max` characters with an ellipsis; the full text goes in a `<title>`. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

/**
 * Round tick values from 0 to at least `max`: steps of 1, 2 or 5 × 10^k, about `count` of them.
 * Counts are integers, so a max below 1 still gets integer-friendly ticks when `integer` is set.
 */
export function niceTicks(max: number, count = 5, integer = false): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  let step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  if (integer) step = Math.max(1, Math.round(step));
  const ticks: number[] = [];
  for (let v = 0; v < max + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks[ticks.length - 1]! < max) ticks.push(Number((ticks[ticks.length - 1]! + step).toPrecision(12)));
  return ticks;
}

/** Default number format for labels: integers as is, others to 2 significant decimals. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2)));
}

/** The opening tag every chart uses: sized, scalable, labelled for screen readers. */
export function svgOpen(width: number, height: number, title: string, className: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart ${className}" width="${num(width)}" height="${num(height)}" ` +
    `viewBox="0 0 ${num(width)} ${num(height)}" role="img" aria-label="${escapeXml(title)}">` +
    `<title>${escapeXml(title)}</title>`
  );
}

export function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${num(x)}" y="${num(y)}"${attrs ? ` ${attrs}` : ''}>${escapeXml(content)}</text>`;
}
