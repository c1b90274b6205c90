import { describe, expect, it } from 'vitest';
import { clauses, mine } from './cases.js';

// The twenty-first extractor: general rules for the error classes of the nineteenth blind round (test19.jsonl and
// review-paper-29; bench/RESULTS.md, "Twenty-first extractor"). Every case is written here, none copied from the
// labelled set; each rule has cases it must change and definitions it must leave.

describe('a verb of use with no purpose after it', () => {
  it('describes what the term uses, below the default threshold', () => {
    expect(clauses('Smart cities rely on cameras, parking sensors and open-data portals across every district.')).toEqual([]);
    expect(clauses('A digital twin of a port employs a range of tools for berth planning, crane scheduling and customs checks.')).toEqual([]);
  });

  it('keeps a purpose, also when a numbered list opens it', () => {
    expect(clauses('Smart cities use shared sensor data to plan bus routes and street lighting together.')).toEqual([
      'Smart cities use shared sensor data to plan bus routes and street lighting together',
    ]);
    expect(clauses('Smart cities use shared sensor data to (1) plan bus routes, (2) time street lighting and (3) publish both.')).toEqual([
      'Smart cities use shared sensor data to (1) plan bus routes, (2) time street lighting and (3) publish both',
    ]);
  });
});
