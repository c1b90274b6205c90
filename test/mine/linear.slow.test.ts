import { describe, expect, it } from 'vitest';
import { mineDefinitions } from '../../src/mine/index.js';
import { mineBy } from '../../src/mine/method.js';
import { parseReferences } from '../../src/mine/references.js';
import { bestTime, growth, type Growth } from '../timing.js';

// The extractor stays linear on the long runs its rules read: each input is built 4 times longer,
// and may take at most BOUND times as long (linear is 4×, quadratic 16×; the slack absorbs a shared
// machine and the heap, and a ratio over it is measured again: see test/timing.ts). The semicolon rule
// once read the definiens again at every `; these …`.

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
  // The eleventh extractor's attribution rules: asides naming a source, speakers after the closing mark,
  // reference entries.
  'a run of asides before the verb': (n) => `Smart cities${', in the ministry’s 2023 guidance'.repeat(n)}, are cities that share data.`,
  'a long speaker after the closing mark': (n) => `“A smart city is a city that shares data,”${' Ana Reis, the mayor,'.repeat(n)} said.`,
  'a long reference entry': (n) => `A smart city is a city that shares data [1].\n\nReferences\n[1] ${'Okoro, A., “Title 2018”, '.repeat(n)}pp. 1–9, 2019.`,
  // Terminology entries (term-entries.ts): many entries, a source line that never closes, labels looked up in the references.
  'a long run of terminology entries': (n) =>
    Array.from({ length: Math.ceil(n / 10) }, (_, i) => `${entryNumber(i)}\nsmart city\ncity that shares its data\n[SOURCE: ISO 37122:2019, 3.7]`).join('\n'),
  'a source line that never closes': (n) => `3.1\nsmart city\ncity that shares its data\n[SOURCE: ISO 37122:2019,\n${'3.7, modified\n'.repeat(n)}`,
  'a long run of labelled entries': (n) =>
    Array.from({ length: Math.ceil(n / 10) }, (_, i) => `[L${i}] Report ${i} (2014).`).join('\n\n') +
    '\n' +
    Array.from({ length: Math.ceil(n / 10) }, (_, i) => `${entryNumber(i)} smart sustainable city [L${i}]: A city that shares its data.`).join('\n'),
  // The eleventh extractor's: infinitives after semicolons, a list item of short lines, a long
  // insertion with parentheses, note markers in plain digits, citations after full stops.
  'a run of “; to make …” after a definiens': (n) => `A smart city is a city that uses data${'; to make it work'.repeat(n)}.`,
  'a list item of short lines under capitals': (n) =>
    `1. Smart city: a city\n${'Data Data:\n'.repeat(Math.ceil(n / 2))}A smart city is a city that shares data.`,
  'a long insertion with parentheses': (n) => `Smart cities, in ${'(Okafor) '.repeat(n)} words, are cities that share data.`,
  'a run of plain-digit note markers': (n) => `${'It was data.3 '.repeat(n)}A smart city is a city that shares data.`,
  // (a page of many lines: whether a line is at the page foot was counted again at every line, 4× the text took 12×)
  // (the thirty-first extractor's patent citation list: an entry ran on over every indented line below its label, and
  // its whole text was read again as each was added)
  'indented lines under a citation-list label': (n) =>
    `NPL 1: Aalto, K., Smart places, 2019.\n${'    an indented line of a listing\n'.repeat(Math.ceil(n / 4))}A smart city is a city that shares data.`,
  'a paragraph of many short lines': (n) => `A smart city is a city\n${'that shares data\n'.repeat(Math.ceil(n / 2))}with its residents.`,
  // (a line of prose after each row, or the page's layout would read the rows as two columns)
  'a long table found by its source cells': (n) =>
    `${'Okafor (2016)     A smart city is a city that shares data\n                  with its residents.\nThe next row differs from this one in its wording and in its source, as the list shows.\n'.repeat(Math.ceil(n / 20))}`,
  'a long wrapped cell under a header row': (n) => `Term        Meaning\nSmart city  A city that\n${'            shares data\n'.repeat(Math.ceil(n / 2))}`,
  // The fifteenth extractor's: many notes at a page foot after a marked definition, a long subject with an
  // apposition before a reporting verb, a long insertion run before a copula's complement.
  'many notes at the page foot': (n) => `A smart city is a city that shares data.¹\n${'¹ Osei Data Lab, “Notes”, 2020\n'.repeat(Math.ceil(n / 6))}`,
  'a long apposition before a reporting verb': (n) => `Ana Reis, ${'head of data and '.repeat(n)}maps, defines a smart city as a city that shares data.`,
  'a long run of insertions after a copula': (n) => `Smart cities are, ${'in the charter, '.repeat(n)}“towns that share their data”.`,
  'a run of citations after full stops': (n) => `${'It was so. (Okafor, 2016, p. 3) '.repeat(n)}A smart city is a city that shares data.`,
  // The twelfth extractor's: a long tail before a purpose infinitive, a long bare noun phrase before `to which`,
  // a long clause after a colon, many markers after a lead-in's comma, a long `not` contrast.
  'a long object before a purpose': (n) => `A smart city connects ${'lamps and meters, '.repeat(n)}as the budget allows, to run its services.`,
  'a long noun phrase before a pied-piped relative': (n) => `Digital twins are ${'city '.repeat(n)}models to which time has been added.`,
  'a long clause after a colon': (n) => `A smart city is one that runs its buses from one room: ${'drivers and depots '.repeat(n)}share one timetable.`,
  'a long lead-in with a marker after its comma': (n) => `Following ${'Osei, K., '.repeat(n)}& Lind, M.,[12] a city is smart when it shares data.`,
  'a long reference-list author string before a marker': (n) => `Given by ${'Osei, K., '.repeat(n)}& Park, J.,[7] a city is smart when it shares data.`,
  'a long bare genus': (n) => `A smart city is a ${'new '.repeat(n)}episode.`,
  'a long pipe row': (n) => `Okafor (2016) ${'| Okafor '.repeat(n)}| Smart city | A city that shares data`,
  'a long name after a quotation standing alone': (n) => `“A smart city is a city that shares data.” As ${'Okafor-'.repeat(n)}Lind notes, it works.`,
  'a long contrast after a made thing': (n) => `Smart cities are designed to serve the firms${' that build them'.repeat(n)}, not the residents.`,
  // The fourteenth extractor's: many second objects of one reporting verb, a long comparison before `— it is`, a long
  // Markdown row, many lower-case words after full stops.
  // (the verb of a second object is looked for in a bounded window)
  'a long first object before a second': (n) =>
    `We define a smart city as a city that shares ${'data '.repeat(n)}maps, and a digital twin as a model of it that is updated daily.`,
  'a long comparison before `it is`': (n) => `A smart city is more than ${'sensors and '.repeat(n)}data — it is a city that shares data.`,
  'a long Markdown row': (n) => `| Okafor (2016) | Smart city | A city that shares ${'data and '.repeat(n)}maps |`,
  'many full stops before lower-case words': (n) => `${'The data was shared. then '.repeat(n)}A smart city is a city that shares data.`,
  // A subject's name is looked for in its last eleven words, and a sentence is read for its first MAX_NAMINGS namings
  // of the term (a run of `…, and we define smart cities as …` took 19 s for 250 repeats, 243 s for 500).
  'many namings of the term in one sentence': (n) =>
    `We define smart cities as cities that share data${', and we define smart cities as cities that share data'.repeat(Math.ceil(n / 10))}.`,
  'a long subject before a reporting verb': (n) => `${'Okafor and Lind '.repeat(n)}define a smart city as a city that shares data.`,
  // Speaker turns (speakers.ts): many turns, a long turn's line, a long participants list.
  'a long transcript of alternating turns': (n) =>
    `Recorded 3 March 2025.\n\n${'WHITCOMBE: A smart city is a city that shares data.\nMODERATOR: Thank you.\n'.repeat(Math.ceil(n / 10))}`,
  'a long line in a turn': (n) => `WHITCOMBE: Yes.\nAAS: No.\nWHITCOMBE: ${'data and '.repeat(n)}maps. A smart city is a city that shares data.`,
  'a long participants list': (n) =>
    `${'Dana Whitcombe, Professor of Urban Informatics, Kelmford University\n'.repeat(Math.ceil(n / 10))}WHITCOMBE: A smart city is a city that shares data.\nAAS: Yes.\nWHITCOMBE: Yes.`,
};

/** The i-th entry number of a long terms clause (`1.1` … `1.900`, `2.1` …: sub-numbers stay under 1000, as they do in print). */
function entryNumber(i: number): string {
  return `${1 + Math.floor(i / 900)}.${1 + (i % 900)}`;
}

// 12,000 and 48,000 repeats, at most 12× (measured 2026-12-03 on a 2-core machine): from 3,000 to 12,000 repeats
// some linear runs took 9–10× (the heap changes regime: a run from 48,000 to 192,000 repeats took 3.8×), and a
// quadratic one stayed under the 40 ms below which a ratio is not read (a long name before a marker: 15× from
// 12,000 to 48,000, fixed in citations.ts). Linear runs take 4–11× here; a quadratic one 15× or more.
const BOUND = 12;

/**
 * From 12,000 to 48,000 repeats; a ratio over BOUND from a baseline under 40 ms is measured again four times longer
 * (48,000 to 192,000), where the heap has settled: in CI on 2026-12-04 two linear runs took 12.5× and 12.7× from 8 and
 * 10 ms. A quadratic run takes 16× at either size.
 */
function growthOf(run: (text: string) => unknown, make: (n: number) => string): Growth {
  const measure = (n: number) => {
    const [small, large] = [make(n), make(4 * n)];
    return growth(
      () => run(small),
      () => run(large),
      BOUND,
    );
  };
  const g = measure(12_000);
  return g.ratio > BOUND && g.small < 40 ? measure(48_000) : g;
}

describe('mineDefinitions stays linear on long runs', () => {
  for (const [name, make] of Object.entries(RUNS)) {
    it(name, () => {
      bestTime(() => mineDefinitions([make(3000)])); // warm up
      const g = growthOf((text) => mineDefinitions([text]), make);
      if (g.large < 100) return; // below a tenth of a second the ratio is noise (and the heap's regime)
      expect(g.ratio, `${g.small.toFixed(1)} ms, then ${g.large.toFixed(1)} ms`).toBeLessThanOrEqual(BOUND);
    });
  }
});

// The learned method (`mine --method learned`) on the same runs: the rules at score 0, then every span around the
// first namings of each sentence, whose features read the sentence (a run-on is spanned in its first 4,000
// characters: learn/candidates.ts). Its cost follows the rules' (three runs at 96,000 repeats took 0.9–1.1 times the
// rules' time), and so do its ratios: from 6,000 to 24,000 repeats the rules took 7–8×, it 9–11× (the heap's regime).
describe('the learned method stays linear on the same runs', () => {
  const learned = (text: string) => mineBy('learned', [text]);
  for (const [name, make] of Object.entries(RUNS)) {
    it(name, () => {
      bestTime(() => learned(make(3000))); // warm up
      const g = growthOf(learned, make);
      if (g.large < 100) return;
      expect(g.ratio, `${g.small.toFixed(1)} ms, then ${g.large.toFixed(1)} ms`).toBeLessThanOrEqual(BOUND);
    });
  }
});

// parseReferences reads each line against the entry it may continue: through the entry's last line, a bounded head
// and a flag for its year, never the whole entry (a run of 8,000 lines that started no entry once took 53 s).
describe('parseReferences stays linear on long lists', () => {
  const lists: Record<string, (n: number) => string[]> = {
    'lines that start no entry': (n) => Array.from({ length: n }, (_, i) => `continued text of a note with no year in it, line ${i}`),
    'lines of a dated entry': (n) => Array.from({ length: n }, (_, i) => `continued text of an entry from 2019, line ${i}`),
    'author-year entries': (n) => Array.from({ length: n }, (_, i) => `Okoro, A. (${1900 + (i % 100)}). Cities, part ${i}. Lagos: Press.`),
  };
  for (const [name, make] of Object.entries(lists)) {
    it(name, () => {
      const parse = (texts: string[]) => parseReferences(texts.map((text, i) => ({ text, page: 1, line: i + 1 })));
      const [small, large] = [make(4000), make(16_000)];
      bestTime(() => parse(small)); // warm up
      const g = growth(
        () => parse(small),
        () => parse(large),
        BOUND,
      );
      if (g.large < 100) return;
      expect(g.ratio, `${g.small.toFixed(1)} ms, then ${g.large.toFixed(1)} ms`).toBeLessThanOrEqual(BOUND);
    });
  }
});
