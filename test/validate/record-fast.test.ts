import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseValidRecord, recordSchema } from '../../src/validate/record.js';

const sectors = ['academic', 'private', 'government', 'ngo'];
const schema = recordSchema(sectors);

// Values near the edges of every check: spaces around, case, empty, near-valid years, URLs and DOIs.
const padded = (values: readonly string[]) =>
  fc.tuple(fc.constantFrom('', ' ', '\t', ' \n'), fc.constantFrom(...values), fc.constantFrom('', ' ', '\u00a0')).map(([a, v, b]) => a + v + b);
const maybe = (value: fc.Arbitrary<string>) => fc.option(value, { nil: undefined });
const record = fc
  .record(
    {
      id: maybe(padded(['a1', 'gen-00001', 'x.y_z', '-bad', 'with space', '', 'É'])),
      sector: maybe(padded(['academic', 'ACADEMIC', 'Ngo', 'media', ''])),
      org_type: maybe(padded(['university', ''])),
      term: maybe(padded(['smart city', ''])),
      kind: maybe(padded(['definition', 'Goal', 'DEFINITION', ''])),
      author: maybe(fc.string()),
      year: maybe(padded(['2010', '1799', '1800', '2100', '2101', '19x5', '', '0201', '20100'])),
      title: maybe(fc.string()),
      url: maybe(padded(['https://example.org/a', 'http://x', 'ftp://x', 'https://a b', 'javascript:alert(1)', ''])),
      text: maybe(padded(['A city that learns.', '', ' '])),
      page: maybe(fc.string()),
      language: maybe(fc.string()),
      doi: maybe(padded(['10.1080/10630732.2011.601117', 'https://doi.org/10.1000/xyz', 'doi: 10.1234/abc', '10.12/short', 'nonsense', ''])),
      container: maybe(fc.string()),
      journal: maybe(fc.string()),
      volume: maybe(fc.string()),
      issue: maybe(fc.string()),
      pages: maybe(fc.string()),
      publisher: maybe(fc.string()),
      extra: maybe(fc.string()),
    },
    { requiredKeys: [] },
  )
  .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as Record<string, string>);

describe('parseValidRecord', () => {
  it('accepts exactly the records zod accepts, with the same values', () => {
    fc.assert(
      fc.property(record, (fields) => {
        const zod = schema.safeParse(fields);
        const fast = parseValidRecord(fields, sectors);
        expect(fast === undefined).toBe(!zod.success);
        if (zod.success) expect(fast).toStrictEqual(zod.data);
      }),
      { numRuns: 2000 },
    );
  });
});
