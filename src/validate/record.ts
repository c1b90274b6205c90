import { z } from 'zod';

/** The fields of one corpus record, as in the seed's CSV columns (all strings on the way in). */
export const FIELDS = ['id', 'sector', 'org_type', 'term', 'kind', 'author', 'year', 'title', 'url', 'text'] as const;
/** What a researcher needs to cite the source: kept from every way a record arrives, all optional. */
export const CITATION_FIELDS = ['doi', 'container', 'volume', 'issue', 'pages', 'publisher'] as const;
export type CitationField = (typeof CITATION_FIELDS)[number];
/** Other names a field is accepted under on the way in (a reference manager's `journal`). */
export const FIELD_ALIASES: Readonly<Record<string, CitationField>> = { journal: 'container' };
export const OPTIONAL_FIELDS = ['page', 'language', ...CITATION_FIELDS, ...Object.keys(FIELD_ALIASES)] as const;

/** The citation of a source; only the fields it has are present. */
export type Citation = { readonly [F in CitationField]?: string };

const optional = z.string().trim().default('');

/** Crossref's advice for modern DOIs: `10.`, a registrant code of 4–9 digits, `/`, a suffix. */
const DOI = /^10\.\d{4,9}\/\S+$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const YEAR = /^\d{4}$/;
const WEB_URL = /^https?:\/\/\S+$/;
const validYear = (y: string) => y === '' || (YEAR.test(y) && +y >= 1800 && +y <= 2100);

/** A DOI as people paste it (`https://doi.org/10.…`, `doi:10.…`) reduced to the bare `10.…`. */
export function bareDoi(value: string): string {
  return value.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '');
}

export function recordSchema(sectors: readonly string[]) {
  return z.object({
    id: z.string({ error: 'Expected an `id`' }).trim().regex(ID, 'Expected an id of letters, digits, `.`, `_` or `-`'),
    sector: z
      .string({ error: `Expected a \`sector\`, one of ${sectors.join(', ')}` })
      .trim()
      .toLowerCase()
      .refine((s) => sectors.includes(s), `Expected a sector, one of ${sectors.join(', ')}`),
    org_type: optional,
    term: optional,
    kind: z
      .string()
      .trim()
      .toLowerCase()
      .default('definition')
      .transform((k) => k || 'definition'),
    author: optional,
    year: z
      .string()
      .trim()
      .default('')
      .refine(validYear, 'Expected a four-digit year (1800–2100) or nothing')
      .transform((y) => (y === '' ? undefined : Number(y))),
    title: optional,
    url: optional.refine((u) => u === '' || WEB_URL.test(u), 'Expected an http(s) URL or nothing'),
    text: z.string({ error: 'Expected a `text`' }).trim().min(1, 'Expected the definition `text`, not an empty cell'),
    page: optional,
    language: optional,
    doi: z
      .string()
      .default('')
      .overwrite(bareDoi)
      .refine((d) => d === '' || DOI.test(d), 'Expected a DOI such as `10.1080/10630732.2011.601117` (or `https://doi.org/…`), or nothing'),
    container: optional,
    journal: optional,
    volume: optional,
    issue: optional,
    pages: optional,
    publisher: optional,
  });
}

export type ParsedRecord = z.output<ReturnType<typeof recordSchema>>;

const OPTIONAL_TEXT = ['org_type', 'term', 'author', 'title', 'page', 'language', 'container', 'journal', 'volume', 'issue', 'pages', 'publisher'] as const;

/**
 * What `recordSchema(sectors)` makes of a record that passes every check, without zod (a million
 * records took seconds through it); undefined when any check fails, for zod to say what is wrong.
 * A test holds the two to the same result.
 */
export function parseValidRecord(fields: Readonly<Record<string, string>>, sectors: readonly string[]): ParsedRecord | undefined {
  const id = fields.id?.trim();
  const sector = fields.sector?.trim().toLowerCase();
  const text = fields.text?.trim();
  const year = fields.year?.trim() ?? '';
  const url = fields.url?.trim() ?? '';
  const doi = bareDoi(fields.doi ?? '');
  if (
    id === undefined ||
    !ID.test(id) ||
    sector === undefined ||
    !sectors.includes(sector) ||
    !text ||
    !validYear(year) ||
    (url !== '' && !WEB_URL.test(url)) ||
    (doi !== '' && !DOI.test(doi))
  )
    return undefined;
  const parsed: Record<string, unknown> = {
    id,
    sector,
    kind: (fields.kind === undefined ? 'definition' : fields.kind.trim().toLowerCase()) || 'definition',
    year: year === '' ? undefined : Number(year),
    url,
    text,
    doi,
  };
  // A loop, not entries made into an object and spread: this runs for every record.
  for (const f of OPTIONAL_TEXT) parsed[f] = fields[f]?.trim() ?? '';
  return parsed as ParsedRecord;
}

/** The citation fields of a parsed record that have a value; `journal` fills an empty `container`. */
export function citationOf(fields: Readonly<Record<CitationField | 'journal', string>>): Citation {
  const out: Partial<Record<CitationField, string>> = {};
  for (const field of CITATION_FIELDS) {
    const value = field === 'container' ? fields.container || fields.journal : fields[field];
    if (value) out[field] = value;
  }
  return out;
}
