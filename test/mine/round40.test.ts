import { describe, expect, it } from 'vitest';
import { mine } from './cases.js';

// The fortieth extractor: definitions in the shapes that contracts, manuals, FAQs and data listings print. Every text is
// written here, none copied from the labelled set; each rule has cases it must change and cases it must leave.

describe('a numbered clause of a contract or manual (`1.2 “Smart City” means …`)', () => {
  it('reads a clause number with a point in it as a marker, as it reads `2.`', () => {
    const text = [
      '1. Definitions',
      '1.1 "Service Credit" means the sum credited to the Council for each hour of downtime.',
      '1.2 “Smart City” means the part of the Borough in which the Contractor’s sensors and data services are deployed.',
    ].join('\n');
    const clauses = mine(text).map((c) => c.clause);
    expect(clauses).toEqual(['“Smart City” means the part of the Borough in which the Contractor’s sensors and data services are deployed']);
  });

  it('leaves a compound defined term (`"Smart City Platform" means …`) and a version number before other words', () => {
    const text = [
      '4.2 "Smart City Platform" means the software supplied by the Contractor under Schedule 2.',
      'Release 2.3 of the app lists what a smart city is in its glossary.',
    ].join('\n');
    expect(mine(text)).toEqual([]);
  });
});
