import { describe, expect, it } from 'vitest';
import { textDocument } from '../../src/ingest/text-records.js';

const body = (line: string) => textDocument(line, 'x.md').body;

describe('the Markdown clean-up of a mined document', () => {
  it('keeps the words of links, emphasis, headings, quotes and table rows', () => {
    expect(body('## A smart city is [a city](https://example.org/a "title") that *learns*.')).toBe('A smart city is a city that learns.');
    expect(body('> > Smart cities are **cities** where _data_ serves people.')).toBe('Smart cities are cities where data serves people.');
    expect(body('![a map](map.png) of the city')).toBe('a map of the city');
    expect(body('| Smart city | A city that uses ICT |')).toBe('Smart city | A city that uses ICT');
    expect(body('|---|:---:|')).toBe('');
  });

  it('leaves marks it cannot pair as they are', () => {
    expect(body('a snake_case name and 2 * 3 * 4')).toBe('a snake_case name and 2 * 3 * 4');
    expect(body('[an unclosed link and [a](u)')).toBe('[an unclosed link and a');
    expect(body('*mixed marks_')).toBe('*mixed marks_');
    expect(body('a - b | c')).toBe('a - b | c');
  });
});
