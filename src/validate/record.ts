import { z } from 'zod';

/** The fields of one corpus record, as in the seed's CSV columns (all strings on the way in). */
export const FIELDS = ['id', 'sector', 'org_type', 'term', 'kind', 'author', 'year', 'title', 'url', 'text'] as const;
export const OPTIONAL_FIELDS = ['page', 'language'] as const;

const optional = z.string().trim().default('');

export function recordSchema(sectors: readonly string[]) {
  return z.object({
    id: z
      .string({ error: 'Expected an `id`' })
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'Expected an id of letters, digits, `.`, `_` or `-`'),
    sector: z
      .string({ error: `Expected a \`sector\`, one of ${sectors.join(', ')}` })
      .trim()
      .toLowerCase()
      .refine((s) => sectors.includes(s), `Expected a sector, one of ${sectors.join(', ')}`),
    org_type: optional,
    term: optional,
    kind: z.string().trim().toLowerCase().default('definition').transform((k) => k || 'definition'),
    author: optional,
    year: z
      .string()
      .trim()
      .default('')
      .refine((y) => y === '' || (/^\d{4}$/.test(y) && +y >= 1800 && +y <= 2100), 'Expected a four-digit year (1800–2100) or nothing')
      .transform((y) => (y === '' ? undefined : Number(y))),
    title: optional,
    url: optional.refine((u) => u === '' || /^https?:\/\/\S+$/.test(u), 'Expected an http(s) URL or nothing'),
    text: z.string({ error: 'Expected a `text`' }).trim().min(1, 'Expected the definition `text`, not an empty cell'),
    page: optional,
    language: optional,
  });
}
