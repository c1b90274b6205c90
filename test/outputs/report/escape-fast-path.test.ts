import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/core/xml.js';
import { mdCode, mdText } from '../../../src/outputs/report/markdown.js';

// `escapeXml`, `mdText` and `mdCode` return text that none of their replacements would touch as it is: the
// same strings as running every replacement, which these copies of the full passes check.
const fullEscapeXml = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const ENTITIES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;' };
const fullMdText = (value: string) =>
  value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]|~#$<>@]|&(?=#?[a-z\d]+;)/gi, (c) => ENTITIES[c] ?? `\\${c}`)
    .replace(/([a-z][a-z0-9+.-]*):(?=\/\/)/gi, '$1\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/^(\s*)([-+=])(?=[-+=\s]|$)/, '$1\\$2')
    .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2');

const fullMdCode = (value: string, inTable: boolean) => {
  let content = value.replace(/\s+/g, ' ');
  if (inTable) content = content.replace(/\|/g, '\\|');
  if (!content.trim()) return fullMdText(value);
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = content.startsWith('`') || content.endsWith('`') || (content.startsWith(' ') && content.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
};

// Strings mostly of the characters that matter, so that both paths are taken often.
const pieces = [
  'a',
  'Z',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '\u2028',
  '\u0001',
  '\u007f',
  '\ufffe',
  '&',
  '<',
  '>',
  '"',
  "'",
  '\\',
  '`',
  '*',
  '_',
  '[',
  ']',
  '|',
  '~',
  '#',
  '$',
  '@',
  ':',
  '//',
  'http',
  'http://',
  '1',
  'a.b-c+d',
  'ftp',
  ':/',
  '9a',
  'ab1',
  'A1:',
  'x:',
  'WWW.',
  'www.',
  '-',
  '+',
  '=',
  '1',
  '12.',
  '3)',
  '.',
  ')',
  'é',
  '😀',
  'smart city',
];
const tricky = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''));
const text = fc.oneof(tricky, fc.string(), fc.string({ unit: 'binary' }));

describe('escape fast paths', () => {
  it('escapeXml gives the bytes of every replacement run', () => {
    fc.assert(
      fc.property(text, (s) => escapeXml(s) === fullEscapeXml(s)),
      { numRuns: 5000 },
    );
  });

  it('mdText gives the bytes of every replacement run', () => {
    fc.assert(
      fc.property(text, (s) => mdText(s) === fullMdText(s)),
      { numRuns: 5000 },
    );
  });

  it('mdCode gives the bytes of the full construction', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (s, inTable) => mdCode(s, inTable) === fullMdCode(s, inTable)),
      { numRuns: 5000 },
    );
  });

  it('takes the fast path on plain text and escapes the rest', () => {
    expect(escapeXml('smart city 2020')).toBe('smart city 2020');
    expect(escapeXml('a<b')).toBe('a&lt;b');
    expect(mdText('smart city 2020')).toBe('smart city 2020');
    expect(mdText('1. smart')).toBe('1\\. smart');
    expect(mdText('see www.x.org')).toBe('see www\\.x.org');
    // A scheme's colon is escaped from the first character on, and again after an escaped one.
    for (const s of ['a://b', 'x://y://', '1://', 'ab:/c://', 'é1a://', '&://', 'see HTTP://x and 2://y']) expect(mdText(s), s).toBe(fullMdText(s));
    expect(mdText('a://b')).toBe('a\\://b');
    expect(mdCode('gen-00001', true)).toBe('`gen-00001`');
    expect(mdCode('a`b', false)).toBe('``a`b``');
  });
});
