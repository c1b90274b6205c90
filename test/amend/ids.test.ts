import { describe, expect, it } from 'vitest';
import { generateId } from '../../src/amend/ids.js';

describe('generated ids', () => {
  it('take the first author and a valid year, numbered on a clash; a year out of range is left out', () => {
    const taken = new Set(['giffinger-2007']);
    expect(generateId('Giffinger, R.; Fertner, C.', '2007', taken)).toBe('giffinger-2007-2');
    expect(generateId('Doe, J.', '2210', taken)).toBe('doe');
    expect(generateId('Doe, J.', '1799', taken)).toBe('doe-2');
    expect(generateId('European Commission', '2100', taken)).toBe('european-commission-2100');
    expect(generateId(undefined, undefined, taken)).toBe('anonymous');
  });
});
