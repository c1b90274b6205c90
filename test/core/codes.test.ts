import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BEGIN, END, withCodesTable } from '../../scripts/docs-codes.js';
import { SETTINGS_CSV } from '../../src/config/load.js';
import { CODES } from '../../src/core/codes.js';
import { CSV_STAGES, ruleOf } from '../../src/core/csv.js';
import { PDF_PROBLEMS } from '../../src/ingest/pdf.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const src = path.join(root, 'src');

/**
 * What each placeholder of a code built from a template can be. A new template fails the test
 * until its values are listed here (and its codes in the registry).
 */
const PLACEHOLDERS: Readonly<Record<string, readonly string[]>> = {
  '${stage}': CSV_STAGES,
  '${settings}': SETTINGS_CSV,
  "${ruleOf[error.code] ?? 'csv-invalid-record'}": [...new Set(Object.values(ruleOf)), 'csv-invalid-record'],
  '${code}': ['binary-file', 'encoding-unsupported'],
  '${pdf.reason}': PDF_PROBLEMS,
  // The record schema's fields that can fail (the others are free text with defaults), or the record.
  "${field || 'record'}": ['id', 'sector', 'year', 'url', 'text', 'record'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => f !== path.join(src, 'core', 'codes.ts'))
    .sort();
}

/** Stage-like prefixes a code may start with: every folder and command under src/, and the settings files. */
const PREFIXES = new Set([
  ...readdirSync(src, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name),
  ...readdirSync(path.join(src, 'commands')).map((n) => n.replace(/\.ts$/, '')),
  'thesaurus',
  'codebook',
  'coding',
  'config',
]);

/** Every code `src/` can emit, with where: quoted literals `'stage/rule'` and templates expanded. */
function emittedCodes(): { codes: Map<string, string>; unknownTemplates: string[] } {
  const codes = new Map<string, string>();
  const unknownTemplates: string[] = [];
  for (const file of sourceFiles(src)) {
    const text = readFileSync(file, 'utf8');
    const where = path.relative(root, file);
    for (const m of text.matchAll(/(?<!from |import\()(['"])([a-z]+)\/([a-z][a-z0-9-]*)\1/g)) {
      if (PREFIXES.has(m[2]!)) codes.set(`${m[2]}/${m[3]}`, where);
    }
    for (const m of text.matchAll(/`((?:\$\{[^}`]*\}|[a-z0-9-])+\/(?:\$\{[^}`]*\}|[a-z0-9-])+)`/g)) {
      const template = m[1]!;
      if (!template.includes('${')) {
        if (PREFIXES.has(template.split('/')[0]!)) codes.set(template, where);
        continue;
      }
      const parts = template.split(/(\$\{[^}]*\})/).filter(Boolean);
      if (!/^[a-z]+$/.test(parts[0]!.split('/')[0]!) && !PLACEHOLDERS[parts[0]!]) continue;
      let expanded = [''];
      for (const part of parts) {
        const values = part.startsWith('${') ? PLACEHOLDERS[part] : [part];
        if (!values) {
          unknownTemplates.push(`${where}: \`${template}\` (${part})`);
          expanded = [];
          break;
        }
        expanded = expanded.flatMap((prefix) => values.map((v) => prefix + v));
      }
      for (const code of expanded) if (PREFIXES.has(code.split('/')[0]!)) codes.set(code, where);
    }
  }
  return { codes, unknownTemplates };
}

describe('the diagnostics registry', () => {
  const { codes, unknownTemplates } = emittedCodes();

  it('knows the values of every code template in src/', () => {
    expect(unknownTemplates).toEqual([]);
  });

  it('lists every code src/ emits, and no other', () => {
    const missing = [...codes].filter(([code]) => !(code in CODES)).map(([code, where]) => `${code} (${where})`);
    const stale = Object.keys(CODES).filter((code) => !codes.has(code));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
    // The scan finds the codes it should (a broken scan would find none and pass above).
    expect([...codes.keys()]).toEqual(
      expect.arrayContaining(['ingest/csv-quote-not-closed', 'thesaurus/binary-file', 'validate/invalid-sector', 'add/near-duplicate', 'mine/pdf-timeout']),
    );
    expect(codes.size).toBeGreaterThan(90);
  });

  it('is sorted by code, one entry per line, each with a meaning and a fix', () => {
    const keys = Object.keys(CODES);
    expect(keys).toEqual([...keys].sort());
    const lines = readFileSync(path.join(src, 'core', 'codes.ts'), 'utf8')
      .split('\n')
      .filter((l) => /^ {2}'[a-z]+\//.test(l));
    expect(lines).toHaveLength(keys.length);
    for (const [code, info] of Object.entries(CODES)) {
      expect(info.meaning, code).toMatch(/\S/);
      expect(info.fix, code).toMatch(/\S/);
    }
  });

  it("is the README's table (npm run docs:codes rewrites it)", () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toContain(BEGIN);
    expect(readme).toContain(END);
    expect(readme, 'run `npm run docs:codes`').toBe(withCodesTable(readme));
    for (const code of Object.keys(CODES)) expect(readme).toContain(`| \`${code}\` |`);
  });
});
