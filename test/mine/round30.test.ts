import { describe, expect, it } from 'vitest';
import { shortNameIn } from '../../src/mine/acronyms.js';
import { findCitations } from '../../src/mine/citations.js';
import { mine } from './cases.js';

// The thirtieth extractor: general rules for the error classes of the twenty-ninth round (test26.jsonl,
// review-paper-39; bench/RESULTS.md, "Thirtieth extractor"). Every case is written here, none copied from the
// labelled set; each rule has cases it must change and definitions it must leave.

describe('a body cited by the short name the document sets up (`The Ministry of Roads and Rivers (the Ministry)`)', () => {
  const report = [
    'The Ministry of Roads, Rivers and Urban Renewal (the Ministry) runs the fund with the Harbour Trust.',
    'Its guidance says that a smart city is a city that uses data to keep its roads and rivers safe (Ministry, 2024, p. 3).',
  ].join('\n');

  it('files the citation under the full name', () => {
    const [found] = mine(report);
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Ministry of Roads, Rivers and Urban Renewal', year: 2024 } });
  });

  it('reads the short name in quotes too, and none when it is not the name’s word or names differ', () => {
    expect(shortNameIn('Board', 'The Canal Board of Eastmoor (“the Board”) met.')).toBe('Canal Board of Eastmoor');
    expect(shortNameIn('Board', 'The Canal Trust of Eastmoor (the Board) met.')).toBeUndefined();
    expect(shortNameIn('Board', 'The Canal Board (the Board) and the Water Board of Eastmoor (the Board) met.')).toBeUndefined();
    expect(shortNameIn('Ministry', 'Nothing sets it up here.')).toBeUndefined();
  });
});

describe('a standard cited with its clause number (`(ABC 1234:2020, 3.4)`)', () => {
  it('names the standard whole, its year after the colon', () => {
    expect(findCitations('a city that reports openly (KPS 5512:2020, 3.4).')[0]).toMatchObject({ author: 'KPS 5512:2020', year: 2020 });
    expect(findCitations('a city that reports openly (KPS 5512:2020, clause 3).')[0]).toMatchObject({ author: 'KPS 5512:2020', year: 2020 });
  });
});
