import { Cite } from '@citation-js/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Definition } from '../../src/model/index.js';
import { cslItem, referenceItems, referencesBib, referencesJson, referencesRis } from '../../src/outputs/references.js';

// references.bib and .ris run citation-js's output plugins on the items directly, without
// `new Cite(items)` parsing and cleaning them first: the text must be what Cite gives. The
// reference here is the earlier way, batch by batch (200 sources), with the same joins.
function throughCite(format: 'bib' | 'ris', definitions: readonly Definition[]): string {
  let out = '';
  let held = '';
  for (let i = 0; i < definitions.length; i += 200) {
    const items = referenceItems(format, definitions.slice(i, i + 200));
    if (format === 'bib') {
      const text = new Cite(items).format('bibtex').replace(/\n$/, '');
      const body = text.replace(/\n*$/, '');
      if (body) out += held + body;
      if (body) held = '';
      held += text.slice(body.length);
    } else {
      const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`;
      const entries = new Cite(items).format('ris', { format: 'object' }) as unknown as Record<string, string | string[]>[];
      out += entries
        .map((entry, k) => {
          const tags = Object.entries(entry).filter(([tag]) => tag !== 'TY' && tag !== 'ER');
          const lines = tags.flatMap(([tag, value]) => [value].flat().map((v) => line(tag, String(v))));
          return (i === 0 && k === 0 ? '' : '\r\n') + [line('TY', String(entry.TY ?? 'GEN')), ...lines, 'ER  - '].join('\r\n') + '\r\n';
        })
        .join('');
    }
  }
  return format === 'bib' && definitions.length ? `${out}\n` : out;
}

// Field values of the kinds a corpus holds: names in both forms, LaTeX specials, braces, accents,
// other scripts, URLs, page ranges, numbers as text, blanks.
const pieces = [
  'Smith, John',
  'van der Berg, A. B.',
  'Müller, Jörg; Doe, J.',
  'UNECE & ITU (jointly)',
  'Caragliu, Del Bo & Nijkamp',
  '50% of $ #1 _x_',
  '{braced}',
  '\\emph',
  'Ünïcødé ça',
  '東京',
  '😀',
  'https://example.org/a_b?c=d&e=f',
  '10.1000/xyz_123',
  '12',
  '3-4',
  'e123–e130',
  ' ',
  '',
  'Smart cities',
  '"quoted"',
  "it's",
  ',',
  ';',
  '\n',
];
const value = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 4 }).map((p) => p.join(' ')),
  fc.string({ maxLength: 20 }),
);
const definition = fc.record({
  author: value,
  title: value,
  year: fc.option(fc.integer({ min: 1900, max: 2030 }), { nil: undefined }),
  container: value,
  volume: value,
  issue: value,
  pages: value,
  publisher: value,
  doi: value,
  url: value,
});

describe('references through citation-js output plugins', () => {
  it('gives the same BibTeX and RIS as formatting through Cite', () => {
    fc.assert(
      fc.property(fc.array(definition, { minLength: 0, maxLength: 12 }), (records) => {
        const definitions = records.map((r, i) => ({ ...r, id: `d-${i}` }) as unknown as Definition);
        return referencesBib(definitions) === throughCite('bib', definitions) && referencesRis(definitions) === throughCite('ris', definitions);
      }),
      { numRuns: 300 },
    );
  });

  // references.json is written field by field, not stringified: the bytes must be JSON.stringify's.
  it('writes references.json as JSON.stringify of the CSL items', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ definition, id: value, year: fc.option(fc.oneof(fc.integer(), fc.double()), { nil: undefined }) }), { maxLength: 12 }),
        (records) => {
          const definitions = records.map((r) => ({ ...r.definition, id: r.id, year: r.year }) as unknown as Definition);
          return referencesJson(definitions) === JSON.stringify(definitions.map(cslItem), null, 2) + '\n';
        },
      ),
      { numRuns: 500 },
    );
  });

  it('still writes the entries it should', () => {
    const d = {
      id: 'a-1',
      author: 'Smith, John',
      title: 'Smart',
      year: 2020,
      container: '',
      volume: '',
      issue: '',
      pages: '',
      publisher: '',
      doi: '',
      url: '',
    };
    expect(referencesBib([d as unknown as Definition])).toContain('@misc{a-1,');
    expect(referencesRis([d as unknown as Definition])).toContain('ID  - a-1');
  });
});
