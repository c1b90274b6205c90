import { describe, expect, it } from 'vitest';
import { mineDefinitions } from '../../src/mine/index.js';

// The extractor stays linear on the long runs its rules read: each input is built 4 times longer,
// and may take at most 8 times as long (linear is 4×, quadratic 16×; the slack absorbs a shared
// machine). The semicolon rule once read the definiens again at every `; these …` (4× the text took 9×).

/** Best of five, in milliseconds. */
function time(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    mineDefinitions([text]);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const RUNS: Record<string, (n: number) => string> = {
  'a run of “; these …” after a definiens': (n) => `Smart cities are systems of flows of data${'; these flows become smart'.repeat(n)}.`,
  'a long lead-in before a colon': (n) => `Wikipedia ${'opens its '.repeat(n)}: a smart city is a city that uses data to run its services.`,
  'a long description of a speaker after the definiens': (n) =>
    `Smart cities are compact cities${', according to the architect Richard Rogers, whose'.repeat(n)} book.`,
  'quotations after a source label': (n) =>
    `(a) Grieves and Vickers (3) ${'“The premise was odd.” '.repeat(n)}“A smart city is a city that learns from its data.”`,
  'an unclosed undated citation': (n) => `A smart city is a city that uses data ${'(Academy Academy n.d. '.repeat(n)}.`,
  'a long keyword cell after a cell': (n) =>
    `A smart city is a city that has built shared data platforms for its services. Programmes start small [14] .\n\n${'Platforms, '.repeat(n)}data`,
  // The ninth extractor's rules: a table under a header row, a lead-in naming the owner of a wording,
  // a lead-in that proposes a definition, a source cell before a definition cell.
  'a long table under a header row': (n) =>
    `No. Sector  Source  Definition\n${'A1  Academic  Okafor (2016)  A smart city is a city that shares data.\n'.repeat(Math.ceil(n / 10))}`,
  'a long lead-in naming a wording': (n) => `${'Vela Group Vela Group '.repeat(n)}’s wording: “A smart city is a city that shares its data.”`,
  'a long lead-in proposing a definition': (n) =>
    `The OURS ${'handbook1 '.repeat(n)}proposes the following definition: “A smart city is a city that shares its data.”`,
  // The tenth extractor's: a relay after a source's name, a person in apposition in a colon lead-in.
  'a long relay after a source': (n) => `For Okoro [4], as compiled by${' Brandt'.repeat(n)} [2], a smart city is a city that shares data.`,
  'a long apposition before a colon': (n) => `Only the chair, Lena${' Holt,'.repeat(n)} answered: a smart city is “a city that shares data”.`,
  'a long source cell': (n) => `Author(s) Year Definition\n${'Okafor '.repeat(n)}2016 A smart city is a city that shares data.`,
  // The eleventh extractor's: infinitives after semicolons, a list item of short lines, a long
  // insertion with parentheses, note markers in plain digits, citations after full stops.
  'a run of “; to make …” after a definiens': (n) => `A smart city is a city that uses data${'; to make it work'.repeat(n)}.`,
  'a list item of short lines under capitals': (n) =>
    `1. Smart city: a city\n${'Data Data:\n'.repeat(Math.ceil(n / 2))}A smart city is a city that shares data.`,
  'a long insertion with parentheses': (n) => `Smart cities, in ${'(Okafor) '.repeat(n)} words, are cities that share data.`,
  'a run of plain-digit note markers': (n) => `${'It was data.3 '.repeat(n)}A smart city is a city that shares data.`,
  // (a page of many lines: whether a line is at the page foot was counted again at every line, 4× the text took 12×)
  'a paragraph of many short lines': (n) => `A smart city is a city\n${'that shares data\n'.repeat(Math.ceil(n / 2))}with its residents.`,
  // (a line of prose after each row, or the page's layout would read the rows as two columns)
  'a long table found by its source cells': (n) =>
    `${'Okafor (2016)     A smart city is a city that shares data\n                  with its residents.\nThe next row differs from this one in its wording and in its source, as the list shows.\n'.repeat(Math.ceil(n / 20))}`,
  'a long wrapped cell under a header row': (n) => `Term        Meaning\nSmart city  A city that\n${'            shares data\n'.repeat(Math.ceil(n / 2))}`,
  'a run of citations after full stops': (n) => `${'It was so. (Okafor, 2016, p. 3) '.repeat(n)}A smart city is a city that shares data.`,
};

describe('mineDefinitions stays linear on long runs', () => {
  for (const [name, make] of Object.entries(RUNS)) {
    it(name, () => {
      time(make(300)); // warm up
      const small = time(make(3000));
      const large = time(make(12_000));
      if (large < 40) return; // below a few tens of milliseconds the ratio is noise
      expect(large / Math.max(small, 1), `${small.toFixed(1)} ms, then ${large.toFixed(1)} ms`).toBeLessThanOrEqual(8);
    });
  }
});
