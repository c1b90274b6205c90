import { FONT_FAMILY, clip, escapeXml, num, svgOpen, text, textWidth } from './svg.js';

export interface EvolutionInput {
  readonly title: string;
  /** The periods drawn, oldest first, with their definitions. */
  readonly periods: readonly { readonly label: string; readonly definitions: number }[];
  /** Rows, in order, with their colours. */
  readonly factors: readonly { readonly id: string; readonly label: string; readonly color: string }[];
  /** A factor's terms in a period (index into `periods`). */
  readonly themes: readonly { readonly period: number; readonly factorId: string; readonly terms: readonly string[]; readonly definitions: number }[];
  /** From one period to the next: the inclusion index, drawn as the line's width. */
  readonly links: readonly { readonly from: number; readonly to: number; readonly factorId: string; readonly inclusion: number }[];
  readonly width: number;
}

const ROW = 30;
const TOP = 34;
const FONT = 11;

/**
 * Thematic evolution as a grid: periods as columns, factors as rows, a box where the factor's terms
 * are used in the period (its width ∝ the period's definitions with the factor, its text the number
 * of terms), and a line to the factor's box in the next period, as wide as the inclusion index.
 */
export function evolutionSvg(input: EvolutionInput): string {
  const left = Math.min(200, Math.max(60, ...input.factors.map((f) => textWidth(clip(f.label, 30), FONT)))) + 12;
  const colW = (input.width - left - 8) / Math.max(1, input.periods.length);
  const boxMax = Math.min(90, colW * 0.55);
  const height = TOP + ROW * input.factors.length + 26;
  const rowOf = new Map(input.factors.map((f, i) => [f.id, i]));
  const colorOf = new Map(input.factors.map((f) => [f.id, f.color]));
  const largest = Math.max(1, ...input.themes.map((t) => t.definitions));
  const centre = (period: number) => left + colW * period + colW / 2;
  const middle = (row: number) => TOP + ROW * row + ROW / 2;
  const boxW = (definitions: number) => 18 + (boxMax - 18) * Math.sqrt(definitions / largest);
  const themeAt = new Map(input.themes.map((t) => [`${t.period}\u0000${t.factorId}`, t]));

  const out: string[] = [svgOpen(input.width, height, input.title, 'evolution')];
  out.push(`<g font-family="${FONT_FAMILY}" font-size="${FONT}" fill="#111827">`);
  input.periods.forEach((p, i) =>
    out.push(
      text(centre(i), 14, p.label, 'text-anchor="middle" font-weight="600" font-size="12"') +
        text(centre(i), 27, `${p.definitions} definitions`, 'text-anchor="middle" fill="#6b7280"'),
    ),
  );
  input.factors.forEach((f, i) => out.push(text(left - 8, middle(i) + 4, clip(f.label, 30), 'text-anchor="end"')));
  out.push('<g class="links">');
  for (const l of input.links) {
    const row = rowOf.get(l.factorId);
    const a = themeAt.get(`${l.from}\u0000${l.factorId}`);
    const b = themeAt.get(`${l.to}\u0000${l.factorId}`);
    if (row === undefined || !a || !b) continue;
    const x1 = centre(l.from) + boxW(a.definitions) / 2;
    const x2 = centre(l.to) - boxW(b.definitions) / 2;
    const y = middle(row);
    const tip = escapeXml(`${l.factorId}: inclusion ${l.inclusion.toFixed(2)} from ${input.periods[l.from]?.label} to ${input.periods[l.to]?.label}`);
    out.push(
      `<g class="link"><title>${tip}</title><line x1="${num(x1)}" y1="${num(y)}" x2="${num(x2)}" y2="${num(y)}" stroke="${colorOf.get(l.factorId)}" stroke-opacity="0.55" stroke-width="${num(1 + 9 * l.inclusion)}"/>`,
    );
    out.push(text((x1 + x2) / 2, y - 7, l.inclusion.toFixed(2), 'text-anchor="middle" font-size="10" fill="#374151"') + '</g>');
  }
  out.push('</g><g class="themes">');
  for (const t of input.themes) {
    const row = rowOf.get(t.factorId);
    if (row === undefined || !t.terms.length) continue;
    const w = boxW(t.definitions);
    const x = centre(t.period) - w / 2;
    const tip = escapeXml(`${t.factorId}, ${input.periods[t.period]?.label}: ${t.definitions} definitions; terms: ${t.terms.join(', ')}`);
    out.push(
      `<g class="theme"><title>${tip}</title><rect x="${num(x)}" y="${num(middle(row) - 10)}" width="${num(w)}" height="20" rx="3" fill="${colorOf.get(t.factorId)}" fill-opacity="0.9" stroke="#ffffff"/>` +
        text(
          centre(t.period),
          middle(row) + 4,
          String(t.terms.length),
          'text-anchor="middle" fill="#ffffff" paint-order="stroke" stroke="#111827" stroke-width="2" font-weight="600"',
        ) +
        '</g>',
    );
  }
  out.push('</g>');
  out.push(text(8, height - 8, 'box: terms used (number) · width: definitions · line: inclusion index', 'font-size="10" fill="#6b7280"'));
  out.push('</g></svg>');
  return out.join('');
}
