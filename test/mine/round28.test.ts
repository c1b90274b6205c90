import { describe, expect, it } from 'vitest';
import { expandedIn } from '../../src/mine/acronyms.js';
import { mine } from './cases.js';

// The twenty-eighth extractor: general rules for the error classes of the twenty-seventh blind round (review-paper-37;
// bench/RESULTS.md, "Twenty-eighth extractor"). Every case is written here, none copied from the labelled set; each
// rule has cases it must change and definitions it must leave.

describe('a body cited by an acronym the document expands in its own words (`the Ministry of Coastal Affairs (MIPCO)`)', () => {
  const report = [
    'The Ministry of Coastal Affairs and Ports (MIPCO) issued its smart harbour towns plan in 2022.',
    'MIPCO (2022, p. 4) defines a smart city as “a town that runs its port and its streets from one shared register of data”.',
  ].join(' ');

  it('files the definition under the name the document gives, though its initials do not spell the acronym', () => {
    const [found] = mine(report);
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Ministry of Coastal Affairs and Ports', year: 2022 } });
  });

  it('reads the name back to its first word with the acronym’s initial, not past a possessive, across a comma', () => {
    expect(expandedIn('SUTE', 'Under Norland’s Secretariat of Urban, Transport and Energy Policy (SUTE) the plan went on.')).toBe(
      'Secretariat of Urban, Transport and Energy Policy',
    );
    expect(expandedIn('MRD', 'In the Charter for Towns of the Ministry of Rural\nDevelopment (MRD), the term appears.')).toBe('Ministry of Rural Development');
  });

  it('reads an acronym list’s line, and gives nothing when the document expands the acronym two ways', () => {
    expect(expandedIn('SDTA', 'Acronyms\nCDB: Coastal Development Bank. SDTA: Secretariat of Digital Towns (Arcadia).')).toBe('Secretariat of Digital Towns');
    expect(expandedIn('MIPCO', 'the Ministry of Ports (MIPCO) and later the Ministry of Coasts (MIPCO)')).toBeUndefined();
    expect(expandedIn('MIPCO', 'a plan (MIPCO) was issued')).toBeUndefined();
  });
});
