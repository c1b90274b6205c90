import { z } from 'zod';

/** What the time tables call the definitions without a year, and those whose year is in no period. */
export const NO_YEAR = 'no year';
export const OTHER_YEARS = 'other years';

/** A period of publication years, both bounds included; the first may have no start, the last no end. */
export interface Period {
  readonly label: string;
  readonly from?: number;
  readonly to?: number;
}

const year = z.int().min(0).max(9999);

const PeriodSchema = z
  .strictObject({
    /** How tables and charts name it; default from its bounds (`2011–2014`, `≤2010`, `2020–`). */
    label: z.string().trim().min(1).max(40).optional(),
    from: year.optional(),
    to: year.optional(),
  })
  .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, { message: 'Expected `from` at or before `to`' })
  .transform((p): Period => ({
    label: p.label ?? periodLabel(p.from, p.to),
    ...(p.from !== undefined ? { from: p.from } : {}),
    ...(p.to !== undefined ? { to: p.to } : {}),
  }));

/** `2011–2014`, `2015` (one year), `≤2010`, `2020–`, or `all years`. */
export function periodLabel(from: number | undefined, to: number | undefined): string {
  if (from !== undefined && to !== undefined) return from === to ? String(from) : `${from}–${to}`;
  if (to !== undefined) return `≤${to}`;
  if (from !== undefined) return `${from}–`;
  return 'all years';
}

/** The default periods: before the field took off, its growth, its spread, and the years since 2020. */
export const DEFAULT_PERIODS: readonly Period[] = [
  { label: '≤2010', to: 2010 },
  { label: '2011–2014', from: 2011, to: 2014 },
  { label: '2015–2019', from: 2015, to: 2019 },
  { label: '2020–', from: 2020 },
];

/**
 * Publication periods, oldest first: ordered, not overlapping (a gap between two is allowed; its
 * years count as "other years"), each label once. Only the first may be open at the start and only
 * the last at the end.
 */
export const PeriodsSchema = z
  .array(PeriodSchema)
  .min(1)
  .max(50)
  .superRefine((periods, ctx) => {
    periods.forEach((p, i) => {
      if (i > 0 && p.from === undefined)
        ctx.addIssue({ code: 'custom', path: [i, 'from'], message: 'Expected a `from` year: only the first period may be open at the start' });
      if (i < periods.length - 1 && p.to === undefined)
        ctx.addIssue({ code: 'custom', path: [i, 'to'], message: 'Expected a `to` year: only the last period may be open at the end' });
      const before = periods[i - 1];
      if (before?.to !== undefined && p.from !== undefined && p.from <= before.to) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'from'],
          message: `Expected periods oldest first, without overlap: \`${p.label}\` starts in ${p.from}, at or before the end of \`${before.label}\` (${before.to})`,
        });
      }
      if (periods.findIndex((q) => q.label === p.label) !== i)
        ctx.addIssue({ code: 'custom', path: [i, 'label'], message: `Expected each period label once; \`${p.label}\` is used twice` });
      if (p.label === NO_YEAR || p.label === OTHER_YEARS)
        ctx.addIssue({ code: 'custom', path: [i, 'label'], message: `\`${p.label}\` names the definitions outside the periods; choose another label` });
    });
  })
  .default([...DEFAULT_PERIODS]);

/** The index of the period `year` falls in, or -1 (no year, or in a gap or beyond the ends). */
export function periodOf(periods: readonly Period[], year: number | undefined): number {
  if (year === undefined) return -1;
  return periods.findIndex((p) => (p.from === undefined || year >= p.from) && (p.to === undefined || year <= p.to));
}
