// The floors of the mining evaluation (evaluation.test.ts; paper.pdf's in evaluation-pdf.slow.test.ts), kept apart
// from the tests so that both projects hold every file to the same figures.
import { expect } from 'vitest';
import { mineDefinitions } from '../../src/mine/index.js';
import { mineBy } from '../../src/mine/method.js';
import { EVALUATION_CONCEPT, HELD_OUT, minePassages, PAPERS, PASSAGE_FILES, readPaper, readPassages, score, type Scored } from './evaluation-data.js';

// Precision and recall of `mine` at the default threshold on every labelled file present in
// test/fixtures/mining/: the passages of dev.jsonl, test.jsonl, test2.jsonl and test3.jsonl (each mined as a one-page
// document) and the review-style papers (pages.json mined as one document, expected.json with
// the page of each definition). A found clause counts when it matches an expected one after
// normalising whitespace, quotes and case, or shares ≥ 90% of the longer one's word tokens
// (see `sameClause`); on a paper it must also be on the expected page. Every candidate that
// matches nothing is a false positive. The found ones' attribution (quoted, author, year, ref)
// is checked field by field.
//
// The target is 0.9 for every figure on every set. Every floor below is the figure the set last
// measured, rounded down to two decimals, so a regression fails the test (bench/RESULTS.md,
// "Mining", keeps the history). dev.jsonl and review-paper were developed against; test.jsonl and
// review-paper-2 were held out, scored once (recall .865 and .818 then), and have since been
// studied and tuned on. test2.jsonl and review-paper-3, the second held-out set, were scored once
// (recall .658 and .643 with the extractor of commit 6e29ba2) and are seen too since their errors
// were studied for the third extractor. Their 1.0 (and .97) show fit, not generalisation.
// test3.jsonl, the third held-out set, was labelled and committed before any run and scored once
// with the third extractor (commit 9e5b05c: precision .857, recall .600, the held-out figure); its
// errors were then studied and fixed, so it is seen too and its floors below show fit only.
// test4.jsonl, the fourth held-out set, was labelled and committed before any run and scored once
// with the fifth extractor (commit ade1281: precision 31/31, recall 31/34, the held-out figure);
// its errors were then studied (three misses, four attribution errors) and fixed by general rules,
// so it is seen too: its floors below show fit. review-paper-4, a six-page paper with two-column
// pages (issue 11's first "Done when"), was labelled and committed before any run (9f69d72) and
// scored once with the sixth extractor (58b9e06): precision 11/13, recall 11/16, quoted and author
// 10 of 11. Its errors were printed to record them (bench/RESULTS.md), then fixed by general rules
// (each with a unit test in mine.test.ts), so its floors below show fit. review-paper-5 (five pages, labelled and committed before
// any run) was held out and scored once with the seventh extractor (4a3f86c), totals only: precision 9/9, recall 9/11; of the 9
// found quoted 6, author 4, year and ref 9. Its errors were then studied, so it is seen too. test5.jsonl, review-paper-6
// and review-paper-8 were held out and scored with totals only (figures below), then studied for the ninth extractor:
// seen too; so are review-paper-7 and review-paper-9, held out through three extractors (totals only, figures below)
// and studied for the tenth; test6.jsonl and review-paper-10, held out through the tenth extractor (totals only,
// figures below), are released for study by the eleventh; test7.jsonl and review-paper-11 by the twelfth; test8.jsonl,
// test9.jsonl, review-paper-12 and review-paper-13 (totals only through the eleventh and twelfth) by the thirteenth;
// test10.jsonl, review-paper-14 and review-paper-15 (totals only through the twelfth and thirteenth) by the fourteenth.
// A file labelled blind is in HELD_OUT (evaluation-data.ts: its failures print totals only) until it is studied.
const ALL = { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 };
export type Floor = { precision: number; recall: number; quoted: number; author: number; year: number; ref: number };

// The convention 8 audit (2026-12-04, fixture README) made 24 definitions of the files labelled before convention 8
// distractors (unframed functional predicates); the sixteenth extractor still finds most of them, so the floors of the
// files it touched were lowered to its figures on the audited labels: dev 49/51, test 49/52, test2 36/38, test3 39/40,
// test5 40/42 and 40/41, test6 27/28, test7 35/36 and 35/39, test8 39/40, test9 32/33 and 32/34, test10 34/35,
// test12 39/44 and 39/50, test13 39/50 and 39/47.
// (2026-12-06, after the forty-eighth extractor and the converged training: every floor below its score at b269116 raised
// to that score, rounded down to two places, so a change that costs a label fails here; the comments keep each floor's history)
export const FLOORS: Record<string, Floor> = {
  'dev.jsonl': { ...ALL, precision: 0.96 },
  'test.jsonl': { ...ALL, precision: 0.94 },
  'review-paper': ALL,
  // Convention audit (2026-12-03, labels only, fixture README): ISO 37122:2019 by identifier, Caragliu et al.: author 9 of 11.
  'review-paper-2': { ...ALL, author: 1 }, // (r47b attribution: 11/11, 11/11; 11, 11, 11, 11 of 11)
  // Seen: author 37/38 until the eighth extractor (a speaker named three sentences before the quotation), 38/38 since.
  // Convention audit: people by surname alone (O’Leary, …): author 36 of 38; fifteenth extractor (a person by surname) 37 of 38.
  'test2.jsonl': { ...ALL, precision: 0.94, author: 0.99 }, // (r39: author 35 -> 36 of 36, p225's `O’Leary`)
  'review-paper-3': ALL,
  // Seen. Held out once: precision 24/28 (.857), recall 24/40 (.600). After its errors were studied:
  // 39/40 and 39/40 (a definiens going on after a semicolon was cut there); 40/40 and 40/40 since the eighth extractor.
  'test3.jsonl': { ...ALL, precision: 0.97 },
  // Seen. Held out once: precision 31/31, recall 31/34 (.912); quoted 30, author 28, year 31, ref 30 of 31.
  // After its errors were studied: 33/33 and 33/34; quoted and ref 32 of 33 (a table row's marker
  // at the end of the cell's second sentence; a passive "is planned and designed to …" missed);
  // 34/34 and 34/34, every attribution field 34 of 34, since the eighth extractor.
  'test4.jsonl': ALL,
  // Seen. First run: precision 11/13 (.846), recall 11/16 (.688); quoted and author 10 of 11, year
  // and ref 11 of 11. After its errors were studied and fixed by general rules: 16/16 and 16/16.
  'review-paper-4': { ...ALL, author: 0.93 }, // convention audit: IDA at its fullest: author 15 of 16
  // Seen. Held out once (extractor 4a3f86c, totals only): precision 9/9, recall 9/11 (.818); quoted
  // 6, author 4, year and ref 9 of 9. After its errors were studied and fixed by general rules
  // (the eighth extractor): 11/11 and 11/11, every attribution field 11 of 11.
  'review-paper-5': ALL,
  // Seen. Held out (labelled and committed before any run), first run with extractor eb9bad9, totals only:
  // precision 37/40 (.925), recall 37/43 (.860); quoted 36, author 35, year 36, ref 37 of 37 (the eighth
  // extractor the same). Studied for the ninth extractor: 42/42 and 42/43, every attribution field 42 of 42
  // (left: "A digital twin city model is …", the term as a modifier of "city model", labelled digital twin).
  // Convention audit: people by surname alone (Townsend, …): author 40 of 42; fifteenth extractor (a person by surname) 42 of 42.
  'test5.jsonl': { precision: 0.95, recall: 0.97, quoted: 1, author: 1, year: 1, ref: 1 },
  // Labelled blind, committed before any run; held out with totals only until review-paper-6 and -8 were
  // declared seen and studied for the ninth extractor (papers 7 and 9 stay held out). First run with extractor eb9bad9:
  // review-paper-6 precision 8/10, recall 8/11; quoted 4, author 4, year 6, ref 8 of 8.
  // review-paper-7 precision 11/11, recall 11/12; quoted 11, author 8, year 10, ref 10 of 11.
  // With the eighth extractor (feat/mine5): review-paper-6 10/10, 10/11; quoted 7, author 7, year 8, ref 10 of 10;
  // review-paper-7 unchanged; review-paper-8 (first run) 12/15, 12/15; quoted 10, author 8, year 10, ref 12 of 12;
  // review-paper-9 (first run) 8/9, 8/10; quoted 8, author 7, year 8, ref 8 of 8. test5.jsonl unchanged.
  // Ninth extractor (feat/mine6), after studying 6 and 8: review-paper-6 11/11 and 11/11, every field 11 of 11;
  // review-paper-8 15/16 and 15/15, every field 15 of 15 (left: "the smart sustainable city is where the four
  // sectors come closest to one another", 0.68).
  'review-paper-6': ALL,
  // Tenth extractor (feat/mine7), after studying 7 and 9: both 1.000 / 1.000, every field right (7: 12 of 12, 9: 10 of 10).
  'review-paper-7': ALL,
  // Convention audit: a person quoted for a firm is the person (Cunéo): author 14 of 15.
  // Twenty-second extractor: 15/15 (`is where the four sectors come closest …`, a place where something named happens).
  'review-paper-8': { precision: 1, recall: 1, quoted: 1, author: 0.93, year: 1, ref: 1 },
  // Convention audit: Østergaard's year from the dated assembly: year 9 of 10; and author 9 of 10.
  'review-paper-9': { ...ALL, author: 0.9, year: 0.9 },
  // Held out (written blind, committed before any run), first run with the tenth extractor, totals only
  // (released for study by the eleventh extractor):
  // test6.jsonl precision 20/23 (.870), recall 20/28 (.714); quoted 18, author 18, year 18, ref 20 of 20.
  // review-paper-10 precision 11/13 (.846), recall 11/15 (.733); quoted 8, author 8, year 9, ref 11 of 11.
  // Eleventh extractor (feat/mine-spans, feat/mine-attrib), after studying both: 28/28, 28/28 and 15/15, 15/15, every field right.
  // Convention audit: IMD (the organisation of a document): author 27 of 28.
  'test6.jsonl': { ...ALL, precision: 0.96, author: 0.96 },
  'review-paper-10': ALL,
  // Scored once, totals only, by the tenth extractor (main at de70467): 32/39, 32/40; of 32 found quoted 31, author 29.
  // The eleventh extractor (main at 33e80d0, after test6 and paper 10 were studied), totals only: the same, 32/39, 32/40,
  // quoted 31, author 29 of 32; review-paper-11 the same too, and test8.jsonl (34/37, 34/40, quoted 31, author 28, year 32).
  // Then studied for the twelfth extractor (feat/mine-r12): 36/36, 36/40; quoted 36, author 35 of 36.
  // Convention audit: Caragliu et al. (not the reference entry as printed): author 34 of 36.
  'test7.jsonl': { precision: 0.97, recall: 0.89, quoted: 1, author: 0.97, year: 1, ref: 1 }, // (r46b attribution: author raised; 35, 34, 35, 35 of 35)
  // Scored once, totals only, by the tenth extractor: 13/13, 13/16; every attribution of the 13 right.
  // Studied for the twelfth: 15/15, 15/16, every field right.
  // Twenty-second extractor: 16/16, 16/16 (a copula in the past tense, `a smart city was “a city whose …”`).
  'review-paper-11': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 },
  // The eighth held-out set (labelled blind, committed before any run), first run with the tenth extractor
  // (main at bf69cf3), totals only: test8.jsonl 34/37, 34/40; of 34 found quoted 31, author 28, year 32, ref 34.
  // Twelfth extractor (main at 80810b4), totals only: 35/38, 35/40; of 35 found quoted 32, author 29, year 33, ref 35. Papers 12
  // and 13 and test9.jsonl scored the same as with the eleventh.
  // Studied for the thirteenth extractor (feat/mine-r13): 40/40, 40/40 (quoted 39, author 39, year 40, ref 40 of 40; left:
  // a statute's name printed on two lines under it with no label, p807).
  // Convention audit: people by surname alone (Khan, …): author 37 of 40.
  'test8.jsonl': { precision: 0.97, recall: 1, quoted: 0.97, author: 0.97, year: 1, ref: 1 }, // (r46b attribution: author raised; 38, 38, 39, 39 of 39)
  // A standards body's vocabulary (ISO-style numbered term entries): 6/11, 6/14; the 6 found all attributed right.
  // feat/mine-terms (terminology entries, written knowing this paper's genre from its labeller's note, not its
  // text or errors): 10/14, 10/14, author 8 of 10 (which two was not looked at: held out). The labeller noted
  // before any run that an entry's "[SOURCE: <body> <number>:<year>]" was labelled with the body's name, where
  // `mine` gives the designation as printed (as dev.jsonl labels "PAS 180:2014"); that may be why. The labels stand.
  // Studied for the thirteenth extractor: 14/14, 14/14; author 11 of 14 (the labels give a standard's body, `NUSB`, where
  // `mine` gives the designation as printed, `NUSB 4402:2019`: left as the labeller's convention for papers).
  // After the reference-list rework (feat/refs18): 14/14, 14/14; author 14 of 14.
  'review-paper-12': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 },
  // The ninth held-out set (labelled blind, committed before any run), first run with the eleventh extractor
  // (main at bc6bc8f), totals only: test9.jsonl 26/27, 26/35; of 26 found quoted 26, author 25, year 26, ref 26.
  // Thirteenth extractor, after studying test8 and paper 12 only (check set, totals only): 27/28, 27/35. Then studied:
  // 31/32, 31/35; quoted 31, author 30, year 31, ref 31 of 31.
  // Fourteenth extractor: 33/33, 33/35 (p933's spliced tooltip, `… decision-making. offer …`, ends at the full stop; p923's
  // Markdown table row, read as its term and definition cells, within the matching rule of the label's definition cell alone).
  'test9.jsonl': { precision: 0.96, recall: 0.94, quoted: 1, author: 1, year: 1, ref: 1 },
  // A council's programme web page saved as PDF: 12/14, 12/13; of 12 found quoted 12, author 10, year 10, ref 12.
  // Thirteenth extractor, after studying test8 and paper 12 only (check set, totals only): the same, 12/14, 12/13. Then
  // studied: 13/13, 13/13; author and year 11 of 13 (the labels give two speakers' full names, `Dana Whitcombe`, `Rosalind
  // Achterberg`, where `mine` gives the surname as test8's labels write a mayor's; left).
  // Twenty-ninth extractor: the witness `Professor Dana Whitcombe of Kelmford University told us: “…”` read to the person,
  // author 13 of 13.
  'review-paper-13': { precision: 1, recall: 1, quoted: 1, author: 1, year: 0.92, ref: 1 }, // (r51b attribution: year 11 -> 12 of 13, a surname dated by its reference above)
  // The tenth held-out set and papers 14 and 15 (labelled blind, committed before any run), first run with the
  // twelfth extractor plus MDPI-style reference entries (main at the merge of data/test10), totals only:
  // test10.jsonl 29/34, 29/37; of 29 found quoted 28, author 28, year 29, ref 29.
  // Released for study by the fourteenth extractor (feat/mine-r14): 35/35, 35/37, every field 35 of 35 (left: p1013, a
  // non-restrictive `, which …` after a term in object position; p1035, a present verb with no purpose).
  'test10.jsonl': { precision: 0.97, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 },
  // An APA urban-studies review: 15/16, 15/15; of 15 found quoted 15, author 14, year 15, ref 15 (the same from the PDF).
  // Fourteenth extractor: 15/15, 15/15, every field 15 of 15 (`the claim that …`; `Taylor (n.d., as cited in …)`).
  'review-paper-14': ALL,
  // An MDPI-style engineering review: 11/12, 11/14; of 11 found quoted 11, author 11, year 11, ref 11 (author 2 of
  // 11 with the twelfth extractor alone: the reference list's 'Surname, I.' entries were read with the title's
  // words); from the PDF year 10 of 11 (held out: which one is not looked at).
  // Released for study by the fourteenth extractor (feat/mine-r14): 14/14, 14/14, every field 14 of 14 (two objects of one
  // `we define … as …, and … as …`; `are, in X’s [22] formulation, “…”`), the same from paper.pdf (its last page runs into
  // the running foot: lines printed over each other are read apart).
  'review-paper-15': ALL,
  // The eleventh held-out set and papers 16 (a select-committee report) and 17 (a consultancy's white paper), labelled
  // blind and committed before any run; totals only, the same with the thirteenth extractor (main at a3eae34) and the
  // fourteenth (feat/mine-r14 merged): test11.jsonl 33/36, 33/47; of 33 found quoted 32, author 30, year 33, ref 33.
  // Released for study by the fifteenth extractor (feat/mine-r15): 40/41, 40/47; of 40 found quoted 39, author, year and ref 40
  // (left: verb predicates without a copula, `being, for our purposes,`, `Under the term X, Y understands`,
  // `are the idea that`, `are living simulations`; n1148's dismissed hedge; p1104's quoted flag, a bare note number).
  'test11.jsonl': { precision: 0.97, recall: 0.86, quoted: 0.97, author: 1, year: 1, ref: 1 },
  // 13/17, 13/15; of 13 found quoted 13, author 4, year 12, ref 13 (the same from the PDF).
  // Convention audit: four witnesses' years from the witness list: year 9 of 13 (author still 4).
  // Fifteenth extractor: 15/17, 15/15; of 15 found quoted, author and ref 15, year 11 (the four witnesses' years from the
  // witness list are not read; left: the title block read as `Smart cities: …`, `are “the only way …”`); the same from the PDF.
  'review-paper-16': { precision: 0.88, recall: 1, quoted: 1, author: 1, year: 0.73, ref: 1 },
  // 13/17, 13/14; of 13 found quoted 12, author 7, year 13, ref 13 (the same from the PDF).
  // Fifteenth extractor: 14/15, 14/14, every field 14 of 14 (left: a survey's `9% … described a smart city as “…” and little
  // else`); the same from the PDF.
  'review-paper-17': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // r49a: 14/14 (`9% of all respondents described a smart city as …`, a group's framing, no longer kept)
  // The twelfth held-out set, paper 18 (a technical specification's vocabulary) and paper 19 (a thesis chapter with
  // Chicago footnotes), labelled blind under the settled conventions and committed before any run; totals only, the
  // fourteenth extractor (main at 935487e): test12.jsonl 34/41, 34/52; of 34 found quoted 29, author 27, year 28, ref 34.
  // Fifteenth (feat/mine-r15 merged, in lead/eval2): 34/41, 34/52; quoted 31, author 29, year 29, ref 34.
  // Sixteenth extractor (feat/mine-r16, studied on test14 and papers 21, 22; framed functional predicates, appositions between
  // dashes, numbered clauses, copula asides): 40/44, 40/52; quoted 37, author 34, year 35, ref 40 of 40.
  // (twenty-eighth extractor: 40/45, 40/50, a lower-case `sustainable city (n.) — …` line read)
  'test12.jsonl': { precision: 0.89, recall: 0.82, quoted: 0.97, author: 0.92, year: 0.92, ref: 1 }, // thirtieth extractor: 41/46, 41/50; thirty-second: quoted 39, author 36, year 37 of 41 (r46b attribution: author, year raised; 39, 37, 38, 41 of 41) (r47b attribution: 41/46, 41/50; 40, 38, 38, 41 of 41)
  // 14/15, 14/17; of 14 found quoted 14, author 13, year 13, ref 14 (the same from the PDF); the fifteenth the same.
  'review-paper-18': { precision: 0.93, recall: 0.88, quoted: 1, author: 0.93, year: 0.93, ref: 1 },
  // 15/16, 15/16; of 15 found quoted 10, author 6, year 4, ref 15 (the same from the PDF); the fifteenth the same.
  // 2026-12-04 late: notes whose wrapped lines open with a capital are read (Chicago notes), the people they open with
  // named as a citation names them: quoted 12, author 10, year 10.
  // Twenty-second extractor: 16/17, 16/16; quoted 13, author 10, year 10 of 16 (`a smart city was simply ‘…’`, a past-tense
  // copula, found without its source).
  'review-paper-19': { precision: 0.94, recall: 1, quoted: 0.81, author: 0.68, year: 0.75, ref: 1 }, // (r38: author 11, year 12 of 16: Bluebook names in notes)
  // The thirteenth held-out set and paper 20 (a magazine feature: attributions by `says`, `told`, `according to`, no
  // reference list), labelled blind and committed before any run; totals only, the fifteenth extractor (main at 656d3a3):
  // test13.jsonl 36/45, 36/51; of 36 found quoted 35, author 33, year 36, ref 36.
  // Sixteenth extractor: 41/50, 41/51; quoted 40, author 38, year 41, ref 41 of 41.
  // (twenty-eighth extractor: 40/50, 40/47, `is less a model than an agreement: a shared register … that …`)
  'test13.jsonl': { precision: 0.84, recall: 0.89, quoted: 1, author: 1, year: 1, ref: 1 }, // (r48a: 42/50, 42/47; 42, 42, 42, 42 of 42) thirty-second extractor: 41/50, 41/47; forty-second: 42/51, 42/47 (r46b attribution: author raised; 41, 40, 42, 42 of 42) (r47b attribution: 42/51, 42/47; 41, 41, 42, 42 of 42)
  // 13/13, 13/17; of 13 found quoted 12, author 8, year 11, ref 13 (the same from the PDF).
  // Sixteenth extractor: 16/16, 16/17; quoted 16, author 12, year 14, ref 16 of 16 (`is one your grandchildren can …`, `one “where …`,
  // `…, argues X, a professor …, are …`).
  'review-paper-20': { precision: 1, recall: 1, quoted: 1, author: 0.88, year: 0.94, ref: 1 }, // (r46b attribution: author, year raised; 16, 14, 15, 16 of 16) (r53: 17/17, 17/17; 17, 15, 16, 17 of 17: the resident's `“For me a smart city is …`)
  // The fourteenth held-out set, paper 21 (a textbook chapter) and paper 22 (a research-project deliverable), labelled
  // blind under the settled conventions 1–8 and committed before any run; totals only, the rules at main b9ee72c (the
  // fifteenth extractor; unchanged by the prepared-once document): test14.jsonl 35/39, 35/56; of 35 found quoted 35,
  // author 33, year 35, ref 35.
  // Released for study by the sixteenth extractor (feat/mine-r16): 54/56, 54/56; quoted 54, author 52, year 54, ref 54 of 54 (left:
  // p1405 `These digital twins are …`, p1407 a definition cell without article or verb split off its term cell; n1415 and n1421,
  // unframed `uses-to` that the older files label as definitions).
  'test14.jsonl': { precision: 0.96, recall: 0.96, quoted: 1, author: 0.98, year: 1, ref: 1 }, // (r46b attribution: author raised; 54, 53, 54, 54 of 54)
  // 15/17, 15/25; of 15 found quoted 15, author 14, year 14, ref 15 (the same from the PDF).
  // Sixteenth extractor: 25/26, 25/25; quoted 25, author 24, year 24, ref 25 of 25 (left: `A Spatial Digital Twin (SDT) is …`, a
  // kind of its own that test12.jsonl's `A City Digital Twin (CDT) is …` labels as a digital twin's definition).
  'review-paper-21': { precision: 0.96, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 },
  // 11/13, 11/21; of 11 found quoted 11, author 8, year 10, ref 10 (the same from the PDF).
  // Sixteenth extractor: 20/20, 20/21; quoted 20, author 16, year 18, ref 19 of 20 (left: a functional predicate in Table 1, whose
  // header `Source  Definition as published` is not read as one).
  // After the reference-list rework (feat/refs18): author 20 of 20.
  // (r41a: ref 20 of 20, the marker closing a quotation whose source the lead-in names with its year)
  'review-paper-22': { precision: 1, recall: 0.95, quoted: 1, author: 1, year: 0.95, ref: 1 }, // (r47b attribution: 20/20, 20/21; 20, 20, 19, 20 of 20)
  // The fifteenth held-out set, paper 23 (an annotated statute with explanatory notes and a consultation summary) and paper
  // 24 (a conference book of abstracts), labelled blind under the settled conventions 1–8 and committed before any run; totals
  // only, scored by the lead at main 47c3211: the rules test15.jsonl 43/54, 43/57 (.796, .754); review-paper-23 15/16, 15/22
  // (.938, .682); review-paper-24 21/24, 21/27 (.875, .778), the papers the same from paper.pdf; the learned model test15
  // 45/56, 45/57; p23 14/17, 14/22; p24 21/24, 21/27 (from paper.pdf 21/25).
  // Released for study by the seventeenth extractor (feat/mine-r17), in sample: test15.jsonl 51/59, 51/57; quoted 42, author 43,
  // year 50, ref 49 of 51 (left: unframed `uses-to` predicates that older files label as definitions, n1506, n1531, n1549;
  // `The Sustainable City`, a development's proper name, n1553, n1555; `not … but a bargain: a city that …` cut at the colon
  // as the existing colon rule cuts `… rather than a mirror: …`, p1528; `a surrogate model for …` read as an example to
  // follow, p1505; gapping `…, and a regenerative city one that …` inside `distinction, in which`, p1527; not traced: `calls a
  // smart city “…”` in a footnote, p1533, and `the metaphor of the “smart city,” which is often used to describe`, p1509).
  'test15.jsonl': { precision: 0.89, recall: 0.92, quoted: 0.9, author: 0.9, year: 1, ref: 1 }, // (r31: quoted 45, ref 51 of 51; r39: 52/58, 52/57; 46, 45, 51, 52 of 52; r43: author 46 of 52) (r46a: 53/59, 53/57; 47, 47, 52, 53 of 53: p1551's figure restated after a colon) (r47b attribution: 53/59, 53/57; 48, 48, 53, 53 of 53)
  // 22/22, 22/22; quoted 21, author 12, year 17, ref 21 of 22 (a statute's lettered paragraphs, `“…” includes`, `should mean`).
  // (twenty-ninth extractor: the hearing's witness `Professor … of Skerrow University told the panel: “…”`, author 14, year 18 of 22)
  'review-paper-23': { precision: 1, recall: 1, quoted: 0.95, author: 0.68, year: 0.86, ref: 1 }, // (r46b attribution: author raised; 21, 15, 18, 22 of 22; r52: 21, 15, 19, 22 of 22, a judge's words dated by the cited judgment)
  // 27/27, 27/27; quoted 12, author 7, year 9, ref 27 of 27 (the 15 abstracts' own definitions are labelled as their authors'
  // with the session year, a reading the labeller marks doubtful: `mine` reads them as the document's own).
  // After the reference-list rework (feat/refs18): author 8 of 27.
  'review-paper-24': { precision: 1, recall: 1, quoted: 1, author: 0.85, year: 0.88, ref: 1 }, // (r48b attribution, a book of abstracts' bylines: 27/27, 27/27; 27, 23, 24, 27 of 27)
  // The sixteenth held-out set, paper 25 (a council panel's edited transcript) and paper 26 (a German planning-journal article
  // in English translation), labelled blind under the settled conventions 1–9 and committed before any run; totals only, scored
  // by the lead (bench/RESULTS.md): the rules at d884159 and 2fff7c5 test16.jsonl 39/47, 39/58 (.830, .672); review-paper-25
  // 13/22, 13/23 (.591, .565), with speaker turns (a55f67a) 19/21, 19/23 (.905, .826); review-paper-26 14/17, 14/17 (.824,
  // .824); the papers the same from paper.pdf. Released for study by the eighteenth extractor (feat/mine-r18): at release
  // test16.jsonl 39/47, 39/58; quoted 39, author 37, year 39, ref 39 of 39. After its rules, in sample: 45/49, 45/58; quoted 45,
  // author 45, year 45, ref 45 of 45 (left: unframed functional predicates, p1604, p1628; `Smart City is... A City that …`,
  // p1623; a contrast `Where a smart city is …, a sustainable city is …`, p1644; an inverted `A city that …, is what planners
  // … call a smart city`, p1645).
  'test16.jsonl': { precision: 0.92, recall: 0.82, quoted: 1, author: 1, year: 1, ref: 1 }, // thirty-second extractor: 48/52, 48/58
  // At release 19/21, 19/23; quoted 19, author 11, year 13, ref 19 of 19. Now 21/22, 21/23; quoted 21, author 13, year 15, ref
  // 21 of 21, the same from the PDF (left: sources a speaker quotes by a description, `The plan says …`, `the Commission put it`;
  // a turn running on past `[Recording ends …]` into the editor's notes: ending it there loses a year the wrong speaker had right).
  // (thirty-fourth extractor: 22/22, 22/23; author 13, year 15 of 22. Recall raised; author 0.61 -> 0.59 and year 0.71 ->
  // 0.68 lowered by the rules, not a retrain: the newly found entry a speaker quotes in the transcript, `Entry 3.7 reads:
  // “smart sustainable city: …”`, is filed under the speaker, not the standard, so one more found with no more right)
  'review-paper-25': { precision: 1, recall: 0.95, quoted: 1, author: 0.59, year: 0.68, ref: 1 },
  // At release 14/17, 14/17; quoted 10, author 9, year 10, ref 14 of 14. Now 16/17, 16/17; quoted 14, author 13, year 14, ref 16
  // of 16, the same from the PDF (left: a translation after a German quotation, `Their own definition reads: „…“ [‚…‘]`; `We
  // translate this as follows: …`; `Lecointe-Barral … «…» (‹…›, our translation)`).
  'review-paper-26': { precision: 0.94, recall: 0.94, quoted: 0.87, author: 0.81, year: 0.87, ref: 1 },
  // The seventeenth held-out set and paper 27 (a bibliometric and systematic review in an information-systems journal),
  // labelled blind under the settled conventions 1–9 and committed before any run; scored blind, totals only, by the
  // seventeenth and eighteenth extractors, both models and after the reference-list rework of feat/refs18 (bench/RESULTS.md;
  // the rules then test17.jsonl 41/47, 41/48 (.872, .854), review-paper-27 16/18, 16/18 (.889, .889)). Released for study by
  // the nineteenth extractor (feat/mine-r19); floors at release: test17.jsonl 41/47, 41/48; quoted 40, author 37, year 40,
  // ref 41 of 41. Nineteenth extractor: 42/46, 42/48; quoted 41, author 41, year 42, ref 42 of 42 (a `Source Definition Focus`
  // header; an acronym spelled out; a dated document before a marker; a focus between dashes and `highly valuable tools` not
  // read as definitions; a run-in entry whose genus has a participle set off after it).
  // (twenty-eighth extractor: 43/47, 43/48, `is less a picture of the city than a running argument about it, …`)
  'test17.jsonl': { precision: 0.91, recall: 0.89, quoted: 0.97, author: 0.97, year: 1, ref: 1 },
  // At release 16/18, 16/18; quoted 16, author 15, year 16, ref 16 of 16 (the same from the PDF). Nineteenth extractor:
  // 16/16, 16/18; author 16 of 16 (a body that is also its reference entry's publisher; no false positive left: shares of
  // the definitions counted, `as a city (61%) …`, and a numbered cluster that `treats … as` are not definitions).
  // Twenty-first extractor: 17/17, 17/18 (a wrapper noun opening a quotation, `“The concept of smart city refers to …`).
  // (thirty-seventh extractor: 18/18, 18/18, a glossary entry after a label's colon found)
  'review-paper-27': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 },
  // The eighteenth held-out set and paper 28 (a conceptual review in a public-administration journal, numbered citations
  // through a Vancouver-style list), labelled blind under the settled conventions 1–9 and committed before any run; scored
  // blind, totals only, by the eighteenth and nineteenth extractors and both models (bench/RESULTS.md; the rules then
  // test18.jsonl 38/44, 38/45 (.864, .844), review-paper-28 19/22, 19/19 (.864, 1)). Released for study by the twentieth
  // extractor (feat/mine-r20); floors at release: test18.jsonl 38/44, 38/45; quoted 38, author 33, year 37, ref 38 of 38.
  // Twentieth extractor: author 38 of 38 (three surnames in a citation as `A et al.`; a table's row number left out of its source;
  // a standard cited in parentheses, `(NUSB 4402:2019)`, named whole; a quotation after one whose speaker is named goes on
  // with them); year 38 of 38 (`described in the Agency's 2024 handbook as … [3]`).
  // Twenty-first extractor: 39/44, 39/45 (a purpose-less verb of use under the threshold; `are detailed virtual
  // representations of …`, a participle before a noun, read as a noun phrase).
  // Twenty-second extractor: 40/44, 40/45, every field 40 of 40 (a list of parts after `comprises`; `a digital twin was …`,
  // past tense, said by one who `replied that, for the purposes of …,`).
  'test18.jsonl': { precision: 0.9, recall: 0.88, quoted: 1, author: 1, year: 1, ref: 1 },
  // 19/22, 19/19; quoted 19, author 18, year 19, ref 19 of 19 (the same from the PDF). Twentieth extractor: 19/20 (a
  // verb of regarding that makes the term a setting, `treat the smart city as the setting of …`, is no definition).
  // Author 19 of 19 (a standard's identifier named before its marker is the author as printed, convention 3).
  'review-paper-28': { precision: 0.95, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 },
  // The nineteenth held-out set and paper 29 (a critical review / position paper in an urban-geography journal, Harvard
  // citations, written for precision), labelled blind under the settled conventions 1–9 and committed before any run; scored
  // blind, totals only, by the nineteenth and twentieth extractors and both models (bench/RESULTS.md; the rules then
  // test19.jsonl 35/37, 35/49 (.946, .714), review-paper-29 15/19, 15/17 (.789, .882)). Released for study by the
  // twenty-first extractor (feat/mine-r21); floors at release: test19.jsonl 35/37, 35/49; quoted 32, author 32, year 34,
  // ref 35 of 35. Twenty-first extractor: 40/42, 40/49; quoted 37, author 37, year 39, ref 40 of 40 (a long or listing `as`
  // aside before the verb; domain nouns before the term, `A supply chain digital twin is …`; `are advanced digital replicas of …`).
  // Twenty-second extractor: 42/42, 42/49; quoted 39, author 38, year 41, ref 42 of 42 (a dash comment after a quoted definiens
  // and a trailing `(see Section …)` cut: two more found, one of them, a speaker named after the quotation, without its author).
  // (the forty-second extractor's rules lower the quoted and author floors 0.92 -> 0.9, 0.9 -> 0.88: p1905's three
  // predicate adjectives are found, 43 of 49, its quoted flag and author not as labelled; no field lost on an earlier find)
  'test19.jsonl': { precision: 1, recall: 0.87, quoted: 0.95, author: 0.93, year: 0.97, ref: 1 }, // r44a: quoted 40, author 39 of 43 (p1905, `Minister of … Nsengimana pointed out that`) (r46b attribution: quoted, author raised; 41, 40, 42, 43 of 43)
  // At release 15/19, 15/17; quoted 15, author 14, year 14, ref 15 of 15 (the same from the PDF). Twenty-first extractor: 16/17,
  // 16/17; quoted 16, author 16, year 16, ref 16 of 16 (`sold as`, `criticised as`, `presented as` are no definitions; a
  // wrapper noun opening a quotation; a standard with a page after its year, `(NSB 7701:2019: 4)`, named whole; a speaker
  // who `said that` after a role, `the former mayor of …, Rosalind Terwindt, said that “…”`).
  // (thirty-seventh extractor: 17/18, 17/17, a glossary entry after a label's colon found)
  'review-paper-29': { precision: 0.94, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 },
  // The twentieth and twenty-first held-out rounds: review-paper-30 (a systematic mapping study on urban digital twins, ACM
  // numbered citations), review-paper-31 (a literature-review chapter of an edited book, APA with "as cited in", footnotes,
  // a table of definitions by body) and test20.jsonl (digital twins outside the city, translated strategies, patents,
  // standards' terms clauses), labelled blind under the settled conventions 1–9 and committed before any run; scored blind,
  // totals only, by the twentieth and twenty-first extractors and both models (bench/RESULTS.md). Released for study by the
  // twenty-second extractor (feat/mine-r22); floors at release (the twenty-first extractor's rules): test20.jsonl 31/41,
  // 31/46; quoted 30, author 28, year 29, ref 31 of 31.
  // Twenty-second extractor: 36/42, 36/46; quoted 35, author 33, year 34, ref 36 of 36.
  // (twenty-eighth extractor: 36/41, 36/46, `is considered a key concept of …` judged as after a copula)
  'test20.jsonl': { precision: 0.88, recall: 0.8, quoted: 0.97, author: 0.91, year: 0.94, ref: 1 }, // thirty-second extractor: 37/42, 37/46
  // 11/12, 11/13; quoted 11, author 10, year 11, ref 11 of 11 (the same from the PDF).
  // Twenty-second extractor: 11/11 (`consists of three layers: …`, a list of parts).
  // r47a: 13/13, 13/13; quoted 13, author 11, year 13 of 13 (`defines a city digital twin as …` found twice; author 0.9 ->
  // 0.84: one of the two new is filed under `TS 7712:2025` for the standard's body, an attribution error, not a lost label)
  'review-paper-30': { precision: 1, recall: 1, quoted: 1, author: 0.84, year: 1, ref: 1 },
  // 16/17, 16/16; quoted 13, author 12, year 13, ref 16 of 16 (the same from the PDF).
  // Twenty-second extractor: 16/16 (`are increasingly the place where the two meet`).
  'review-paper-31': { precision: 1, recall: 1, quoted: 0.81, author: 0.75, year: 0.81, ref: 1 },
  // The twenty-second held-out round: review-paper-32 (a critical review in a planning journal, Chicago author–date, endnotes,
  // a table of strands that frame more than define, written for precision) and test21.jsonl (generated glossaries, digital
  // twins of farms and patients, council agendas, chatbot answers, court judgments, README files), labelled blind under the
  // settled conventions 1–9 and committed before any run; scored blind, totals only, by the twenty-first and twenty-second
  // extractors and both models (bench/RESULTS.md). Released for study by the twenty-third extractor (feat/mine-r23); floors
  // at release (the twenty-second extractor's rules): test21.jsonl 30/40, 30/46; quoted 28, author 26, year 29, ref 29 of 30.
  // Twenty-fourth extractor: 31/41, 31/46; quoted 29, author 27, year 30, ref 30 of 31 (`Digital Patient Twins represent …`);
  // then 31/41, 31/46; quoted 30, author 27, year 30, ref 31 of 31 (a marker broken over lines, `[\n1,\n2]`).
  // (twenty-ninth extractor: `'Digital twin' now means …` quotes the term only, quoted 31 of 31)
  'test21.jsonl': { precision: 0.79, recall: 0.76, quoted: 1, author: 0.97, year: 1, ref: 1 }, // r50a: 35/44, 35/46; 35, 34, 35, 35 of 35 (p2157's `describes a digital twin of a river catchment as`); thirty-fourth: 32/42, 32/46; author 28 of 32; thirty-seventh 32/41; forty-first (b) 33/42, 33/46 (`a concept born from …`); forty-fifth (c) 34/43, 34/46 (p2152's `, according to which`) (r46b attribution: author raised; 34, 33, 34, 34 of 34)
  // 12/19, 12/14; quoted, author, year and ref 12 of 12 (the same from the PDF).
  // Twenty-third extractor: 12/15 (`dismisses … as`, `reads … as` after a named source; `treats … as` with no source named).
  'review-paper-32': { precision: 0.8, recall: 0.85, quoted: 1, author: 1, year: 1, ref: 1 },
  // The twenty-third held-out round: review-paper-33 (a scoping review in a public-health / medical-informatics journal,
  // Vancouver numbered citations, Box 1 of key terms, a data-extraction table, written for precision) and test22.jsonl (32
  // passages from public pages, digital twins mostly), labelled blind under the settled conventions 1–9 and committed before
  // any run; scored blind, totals only, by the twenty-second and twenty-third extractors and both models (bench/RESULTS.md).
  // Released for study by the twenty-fourth extractor (feat/mine-r24); floors at release (the twenty-third extractor's
  // rules): test22.jsonl 13/15, 13/19; quoted, author, year and ref 13 of 13.
  // Twenty-fourth extractor: 15/17, 15/19 (a domain word between a term's two words, convention 10).
  'test22.jsonl': { precision: 1, recall: 0.78, quoted: 1, author: 1, year: 1, ref: 1 }, // thirtieth extractor: 15/16, 15/19 ; r51a: 15/15, 15/19 (precision raised: p2210's `The term “smart city” gets used loosely, …`, a false alarm, no longer read as a framed predicate: its subject names the word)
  // 14/15, 14/14; quoted, author, year and ref 14 of 14 (the same from the PDF).
  'review-paper-33': { precision: 0.93, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 },
  // The twenty-fourth held-out round: review-paper-34 (a literature-review chapter of a doctoral thesis, APA 7 citations
  // with pages, block quotations) and test23.jsonl (88 passages: legislation, national pages, digital twins outside the
  // city, written planning decisions), labelled blind under conventions 1–11 and committed before any run; scored blind,
  // totals only, by the twenty-third and twenty-fourth extractors and both models (bench/RESULTS.md). Released for study
  // by the twenty-fifth extractor (feat/mine-r25); floors at release (the twenty-fourth extractor's rules):
  // test23.jsonl 29/38, 29/39; quoted 27, author 24, year 28, ref 28 of 29.
  // Twenty-fifth extractor: 30/38, 30/39; quoted 28, author 24, year 29, ref 29 of 30 (a locator after the closing mark).
  'test23.jsonl': { precision: 0.81, recall: 0.79, quoted: 0.96, author: 0.83, year: 0.96, ref: 0.96 }, // thirtieth extractor: 31/39, 31/39 (r46b attribution: quoted, author raised; 30, 26, 30, 30 of 31)
  // 13/19, 13/16; quoted, author, year and ref 13 of 13.
  // Twenty-fifth extractor: 13/16 (`can be seen as` a bare genus, then `, and` a second clause).
  'review-paper-34': { precision: 0.82, recall: 0.87, quoted: 1, author: 1, year: 1, ref: 1 }, // r50a: 14/17, 14/16; 14 of 14 each (`… a digital twin of a river catchment as …`)
  // The twenty-fifth held-out round: review-paper-35 alone (a review essay on three books, Chicago notes, page citations
  // in parentheses for the books under review), labelled blind under conventions 1–11 and committed before any run (12
  // definitions after the convention 12 audit); scored blind, totals only, by the twenty-fourth and twenty-fifth
  // extractors and both models (bench/RESULTS.md). Released for study by the twenty-sixth extractor (feat/mine-r26);
  // floors at release (the twenty-fifth extractor's rules): 7/14, 7/12; quoted 4, author 2, year 2, ref 7 of 7.
  // Twenty-sixth extractor: quoted 7, author 6, year 7 of 7 (a page locator cites the listed work the paragraph names);
  // 8/14, 8/12, quoted 8, author 7, year 8 of 8 (a page locator after a block quotation's full stop ends its sentence);
  // 9/14, 9/12, quoted 9, author 8, year 9 of 9 (a page locator then `, and` a new statement closes the clause);
  // 10/15, 10/12, quoted 10, author 9, year 10 of 10 (`defines X, by contrast, as …`).
  'review-paper-35': { precision: 0.71, recall: 0.83, quoted: 1, author: 0.9, year: 1, ref: 1 }, // r53: 10/14, 10/12 (`can be seen as a mirror or as a crystal ball`, a survey of readings, no longer through)
  // The twenty-sixth held-out round: review-paper-36 (a guest editorial introducing a special issue, APA author–year with
  // pages and one "as cited in", papers in the issue cited `(2027, this issue)`, a summary table) and test24.jsonl (digital
  // twins of hospitals, grids and forests, patents, court judgments, museum labels), labelled blind under conventions 1–12
  // and committed before any run; scored blind, totals only, by the twenty-fifth and twenty-sixth extractors and both
  // models (bench/RESULTS.md). Released for study by the twenty-seventh extractor (feat/mine-r27); floors at release (the
  // twenty-sixth extractor's rules): test24.jsonl 24/29, 24/32; quoted 20, author 20, year 23, ref 23 of 24.
  // Twenty-eighth extractor: 27/32, 27/32; quoted 23, author 23, year 26, ref 26 of 27 (lower-case dashed lines, a
  // domain's word before the term at a colon, a source line under an entry); 27/31 (`Azure Digital Twins is …`, a name);
  // 27/30 (`is considered a key concept of …`); 28/30, 28/32, quoted 24, author 24, year 27, ref 27 of 28 (a naming
  // participle after a mid-sentence citation, `…, referred to as …`, ends the clause); quoted, author 25 of 28 (a guest
  // answering a host's two turns is a speaker).
  'test24.jsonl': { precision: 0.96, recall: 0.87, quoted: 1, author: 0.96, year: 1, ref: 1 }, // (r31: quoted 26, ref 28 of 28; r38: quoted 27, author 26; r39: quoted 28, author 27, year 28 of 28)
  // 10/15, 10/14; quoted 10, author 10, year 7, ref 10 of 10 (the same from the PDF).
  // Twenty-seventh extractor: year 10 of 10 (`A and B define …` takes the year of the list's entry by A and B);
  // 10/13 (`treat X as` a bare genus); 10/12 (`is something a council does`).
  // Twenty-eighth extractor: 12/12, 12/14, every field 12 of 12 (Table 1 read row by row under its gapped header); 13/13,
  // 13/14, 13 of 13 (`A sustainable city, for the planner … (1991, as cited in …), is “…”`); 14/14, 14/14, 14 of 14
  // (`Their definition is given …: a port digital twin is …`).
  'review-paper-36': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 },
  // The twenty-seventh held-out round: review-paper-37 (a development-bank discussion paper: national plans, city
  // strategies and laws quoted in English translation with the originals in footnotes, a country table, the bank's own
  // working definitions in a box), labelled blind under conventions 1–12 and committed before any run; scored blind,
  // totals only, by the twenty-sixth and twenty-seventh extractors and both models (bench/RESULTS.md). Released for
  // study by the twenty-eighth extractor (feat/mine-r28); floors at release (the twenty-seventh extractor's rules):
  // 11/13, 11/14; quoted 11, author 7, year 11, ref 11 of 11 (the same from the PDF).
  // Twenty-eighth extractor: author 11 of 11 (an acronym the document expands, `the Ministry of … (MINTIC)`); 12/13,
  // 12/14, every field 12 of 12 (a statute's lettered items split, the citation under the block read past its note marker);
  // 13/13, 13/14, every field 13 of 13 (Table 1 read row by row, its row filed under the issuing body's acronym, expanded);
  // 14/14, 14/14 (`A digital twin of the water network, in the words of the strategy, is …`).
  'review-paper-37': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 },
  // The twenty-eighth held-out round: review-paper-38 (the Part B2 of a research grant proposal: state of the art,
  // objectives, work packages, numbered citations through an alphabetical list) and test25.jsonl (96 passages: public
  // pages from Mongolia, Cambodia, New Zealand, Lithuania; written tender logs, assembly summaries, audit findings),
  // labelled blind under conventions 1–12 and committed before any run; scored blind, totals only, by the twenty-seventh
  // and twenty-eighth extractors and both models (bench/RESULTS.md). Released for study by the twenty-ninth extractor
  // (feat/mine-r29); floors at release (the twenty-eighth extractor's rules): test25.jsonl 38/43, 38/44; quoted 35,
  // author 32, year 37, ref 38 of 38; review-paper-38 14/14, 14/14; quoted 14, author 13, year 13, ref 14 of 14.
  // Twenty-ninth extractor (its rules, in sample): test25.jsonl 38/43, 38/44; quoted 38, author 37, year 38, ref 38 of 38;
  // review-paper-38 14/14, 14/14; 14 of 14 each.
  // Thirtieth extractor: 40/44, 40/44; quoted 40, author 39, year 40, ref 40 of 40.
  'test25.jsonl': { precision: 0.91, recall: 0.93, quoted: 1, author: 0.97, year: 1, ref: 1 }, // thirty-second: 41/45, 41/44; author 39 of 41 (0.97 -> 0.95: p2523 now found, its author `Morrow Analytics` missed); thirty-fourth: author 40 of 41 (`Morrow Analytics` resolved)
  'review-paper-38': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 },
  // The twenty-ninth held-out round: review-paper-39 (a national audit office's performance audit report: key facts,
  // findings by part, recommendations, responses, a glossary) and test26.jsonl (101 passages: Canadian, Caribbean,
  // Moroccan pages; written parliamentary questions, risk registers, a planning inspector's report), labelled blind under
  // conventions 1–12 and committed before any run; scored blind, totals only, by the twenty-eighth and twenty-ninth
  // extractors and both models (bench/RESULTS.md). Released for study by the thirtieth extractor (feat/mine-r30); floors
  // at release (the twenty-ninth extractor's rules): test26.jsonl 33/39, 33/44; quoted 32, author 29, year 33, ref 33 of
  // 33; review-paper-39 14/17, 14/15; quoted 14, author 9, year 14, ref 14 of 14 (the same from paper.pdf).
  // Thirtieth extractor (in sample): test26.jsonl 39/41, 39/44; quoted 38, author 38, year 39, ref 39 of 39.
  'test26.jsonl': { precision: 0.95, recall: 0.88, quoted: 1, author: 1, year: 1, ref: 1 }, // thirty-second extractor: quoted 39, author 39 of 39
  // Thirtieth extractor: 15/15, 15/15, every field 15 of 15 (the Department's short name, the standard's clause number,
  // Figure 5's wrapped header, two bare genera); its paper.pdf apart (PDF_APART).
  'review-paper-39': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 },
  // The thirtieth held-out round: review-paper-40 (a patent application's description: background art with patent and
  // non-patent literature, "As used herein" definitions, embodiments, claims) and test27.jsonl (97 passages: Irish,
  // Nordic, Gulf pages; written tender rulings, bond prospectuses, an insurance policy's definitions), labelled blind
  // under conventions 1–12 and committed before any run; scored blind, totals only, by the thirtieth extractor and both
  // models (bench/RESULTS.md). Released for study by the thirty-first extractor (feat/mine-r31); floors at release (the
  // thirtieth extractor's rules): test27.jsonl 30/34, 30/38; quoted 28, author 29, year 30, ref 29 of 30;
  // review-paper-40 14/19, 14/15; quoted 11, author 9, year 8, ref 10 of 14 (its paper.pdf apart: PDF_APART).
  // Thirty-first extractor: test27.jsonl 30/34, 30/38; quoted 29, author 30, year 30, ref 29 of 30; review-paper-40 15/17,
  // 15/15; quoted 14, author 14, year 14, ref 15 of 15 (paragraph numbers, the PTL/NPL lists, embodiments).
  'test27.jsonl': { precision: 0.89, recall: 0.89, quoted: 1, author: 1, year: 1, ref: 1 }, // thirty-second extractor: 32/36, 32/38; 32 of 32 each; thirty-fourth: 34/38, 34/38; 34 of 34 each
  'review-paper-40': { precision: 0.93, recall: 1, quoted: 0.93, author: 0.93, year: 0.93, ref: 1 }, // r47a: 15/16
  // The thirty-first held-out round: review-paper-41 (an arXiv-style preprint review article: two-column pages, numbered
  // citations through a reference list, a definitions table across pages, footnotes) and test28.jsonl (96 passages:
  // public pages with 5 quoted positives; written peer reviews, a viva, a syllabus, a desk rejection), labelled blind
  // under conventions 1–12 and committed before any run; scored blind, totals only, by the thirty-second extractor and
  // both models (bench/RESULTS.md). Released for study by the thirty-third extractor; floors at release (the
  // thirty-second extractor's rules): test28.jsonl 30/34, 30/38; quoted 26, author 22, year 25, ref 30 of 30;
  // review-paper-41 15/17, 15/15; quoted, author, year, ref 15 of 15 (its paper.pdf apart: PDF_APART).
  // Thirty-third extractor: test28.jsonl 35/36, 35/38; quoted 35, author 29, year 33, ref 35 of 35; review-paper-41 15/15,
  // 15/15; 15 of 15 each (alternative kinds after a modal, a sample's finding, a quoted metaphor; line locators, original-
  // language forms, reviewed works, author lines).
  // Thirty-fourth extractor: test28.jsonl 36/37, 36/38; quoted 36, author 34, year 36, ref 36 of 36 (an erratum's `It
  // should read:`, a citation manager's note, a letter's addressee, `for X a smart city is` without the comma).
  'test28.jsonl': { precision: 0.97, recall: 0.94, quoted: 1, author: 0.94, year: 1, ref: 1 },
  'review-paper-41': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 },
  // The thirty-second held-out round: review-paper-42 (an Annual-Review-style article: a margin glossary beside the main
  // text, a sidebar, numbered citations in parentheses through its LITERATURE CITED) and test29.jsonl (108 passages:
  // public pages with 5 quoted positives; written SMS replies, a Delphi round, tutor feedback, toy packaging), labelled
  // blind under conventions 1–12 and committed before any run; scored blind, totals only, by the thirty-fourth extractor
  // and both models (bench/RESULTS.md). Released for study by the thirty-fifth extractor; floors at release (the
  // thirty-fourth extractor's rules): test29.jsonl 30/39, 30/43; quoted 27, author 25, year 29, ref 29 of 30;
  // review-paper-42 11/15, 11/15; quoted 11, author 4, year 3, ref 2 of 11 (its paper.pdf the same).
  // Thirty-fifth extractor: review-paper-42 11/15, 11/15; 11 of 11 each (numbered citations in parentheses, `(10)`,
  // `(17, p. 3)`, resolved through the numbered list), its paper.pdf the same; then 13/17, 13/15; 13 of 13 each (a margin
  // glossary's `Term: meaning` entries, one under another, without full stops); then 13/16 (`none of which is described as`);
  // then 15/17, 15/15, 15 of 15 each (a table's source cells citing by number in parentheses, `Lind (16)  2021`), its
  // paper.pdf the same.
  // test29.jsonl 32/39, 32/43; quoted 28, author 26, year 30, ref 31 of 32 (a spoken `…, end quote` and a closing aside
  // to the reader, `(you could …)`, left out of the clause). The rules lower the quoted, author and year floors (0.9 ->
  // 0.87, 0.83 -> 0.81, 0.96 -> 0.93): two more found, one more right on each of those fields, a smaller share of 32.
  // Then 33/39, 33/43; 29, 27, 31, 32 of 33 (`…: one that counts …` kept in the definiens).
  // Thirty-sixth extractor: review-paper-42 15/15, 15/15, 15 of 15 each (a genus set against a kind it is not, `as a tool
  // rather than a kind of city`, a framing); test29.jsonl 34/40, 34/43; 30, 28, 32, 33 of 34 (`In planning documents
  // smart city usually means …`).
  'test29.jsonl': { precision: 0.85, recall: 0.79, quoted: 0.91, author: 0.91, year: 0.97, ref: 0.97 }, // (r46b attribution: author raised; 30, 30, 32, 33 of 34) (r47b attribution: 34/40, 34/43; 31, 31, 33, 33 of 34)
  'review-paper-42': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 },
  // The thirty-third and thirty-fourth held-out rounds: review-paper-43 (a Nature-style Perspective) and review-paper-44
  // (a Lancet-style Review), both citing by superscript numbers run onto the word before them, and test30.jsonl (82
  // passages) and test31.jsonl (80), labelled blind under conventions 1–12 and committed before any run; scored blind,
  // totals only (bench/RESULTS.md): round 33 by the thirty-fifth extractor and again by the thirty-sixth, round 34 by the
  // thirty-sixth. Released together for study by the thirty-seventh extractor; floors at release (the thirty-sixth
  // extractor's rules, each paper's paper.pdf the same): test30.jsonl 27/34, 27/35; quoted 24, author 24, year 26, ref 26
  // of 27; review-paper-43 15/15, 15/15; quoted 15, author 14, year 14, ref 14 of 15 (the thirty-fifth: 4, 4, 3);
  // test31.jsonl 24/31, 24/32; quoted 24, author 22, year 22, ref 24 of 24; review-paper-44 13/18, 13/15; quoted 13,
  // author 12, year 13, ref 13 of 13.
  // The thirty-seventh extractor's rules (in sample): test30 32/35, 32/35; quoted 29, author 27, year 30, ref 31 of 32;
  // review-paper-43 15/15, 15/15, 15 of 15 each; test31 27/32, 27/32; quoted 26, author 23, year 25, ref 27 of 27;
  // review-paper-44 15/15, 15/15; quoted 15, author 14, year 15, ref 15 of 15. The rules lower test30's author and year
  // floors (0.88 -> 0.84, 0.96 -> 0.93) and test31's quoted and author floors (1 -> 0.96, 0.91 -> 0.85): they find 5 and 3
  // more, more right on each (test30 author 27 against 24, year 30 against 26; test31 quoted 26 against 24, author 23
  // against 22), a smaller share (glossary entries and a relative clause whose source is named sentences away).
  'test30.jsonl': { precision: 0.91, recall: 0.97, quoted: 0.97, author: 0.97, year: 0.97, ref: 1 }, // (r38: 33/36, 33/35; 31, 30, 31, 32 of 33; r40: 32, 31, 31, 32 of 33) ; (r38: 33/36, 33/35; 31, 30, 31, 32 of 33; r40: 32, 31, 31, 32 of 33; r45c: 34/37, 34/35; 33, 32, 32, 33 of 34, p3017's `<p …>` tag)
  'review-paper-43': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 },
  'test31.jsonl': { precision: 0.85, recall: 0.9, quoted: 0.93, author: 0.86, year: 0.93, ref: 1 }, // r44b: quoted 0.96 -> 0.92 (26 of 28): p3123, now found by the bare reporting verb read from its own clause (`…, he said a smart city is …`), is quoted with no author and its speaker's `he said` is not read yet (attribution, part a) (r46a: 29/34, 29/32; 27, 25, 27, 29 of 29: p3111's `The phrase “…” has become common … to describe`)
  'review-paper-44': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // r45c: author 15 of 15 (HSB 5150:2022, convention 3)
  // The thirty-fifth held-out round: review-paper-45 (a US law-review Article citing through Bluebook footnotes at each
  // page's foot) and test32.jsonl (73 passages), labelled blind under conventions 1–12 and committed before any run;
  // scored blind, totals only (bench/RESULTS.md), by the thirty-seventh extractor (paper 45 9/11, 9/14; author 6, year 3
  // of 9; test32 31/37, 31/35) and again by the thirty-eighth. Released for study by the thirty-ninth extractor; floors at
  // release (the thirty-eighth extractor's rules, paper.pdf the same): test32.jsonl 31/37, 31/35; quoted 24, author 22,
  // year 28, ref 31 of 31; review-paper-45 13/15, 13/14; quoted 13, author 9, year 8, ref 13 of 13.
  // The thirty-ninth extractor's rules (in sample): test32 33/37, 33/35; quoted 31, author 29, year 31, ref 33 of 33;
  // review-paper-45 14/14, 14/14; 14 of 14 each.
  // The fortieth extractor's rules: test32 33/37, 33/35; quoted 32, author 31, year 32, ref 33 of 33 (p3221's correction and
  // p3225's written answer attributed); test30 33/36, 33/35; quoted 32, author 31, year 31, ref 32 of 33 (p3016's inline label).
  // (the forty-second extractor's rules lower the quoted, author and year floors 0.96 -> 0.94, 0.93 -> 0.91, 0.96 -> 0.94:
  // p3226's predicate adjectives are found, 34 of 35, the lecture's source line under it not read; no field lost on an earlier find)
  'test32.jsonl': { precision: 0.89, recall: 0.97, quoted: 0.94, author: 0.94, year: 0.94, ref: 1 }, // (r46b attribution: author raised; 32, 32, 32, 34 of 34)
  'review-paper-45': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 },
  // The thirty-sixth and thirty-seventh held-out rounds: review-paper-46 (a data article: a specifications table, records
  // in a table and as a printed JSON listing) and test33.jsonl (76 passages); review-paper-47 (a keynote's slide deck as
  // notes pages) and test34.jsonl (71 passages); labelled blind under conventions 1–12 and committed before any run;
  // scored blind, totals only (bench/RESULTS.md), round 36 by the thirty-ninth extractor and again by the fortieth, round
  // 37 by the fortieth. Released for study by the forty-first extractor; floors at release (the fortieth extractor's
  // rules, paper.pdf the same): test33 22/24, 22/35; quoted 20, author 18, year 22, ref 22 of 22; review-paper-46 13/17,
  // 13/14; quoted 13, author 10, year 13, ref 13 of 13; test34 28/31, 28/33; quoted 26, author 24, year 27, ref 27 of
  // 28; review-paper-47 15/16, 15/15; quoted 15, author 11, year 12, ref 14 of 15.
  // Forty-first extractor, part b (missed definitions): test33 29/31, 29/35; quoted 27, author 24, year 29, ref 29 of 29;
  // review-paper-46 14/17, 14/14; quoted 14, author 10, year 13, ref 14 of 14 (the JSON record's clause now ends at its
  // closing quote: found, its author and year not filled, so the rules lower paper 46's author floor 0.76 -> 0.71 and its
  // year floor 1 -> 0.92, no attribution lost); test34 31/31, 31/33; quoted 29, author 27, year 30, ref 30 of 31;
  // review-paper-47 15/15, 15/15.
  // The forty-first extractor, part a (attribution, in sample): review-paper-47 author 15, year 15, ref 15 of 15 (the
  // attribution lines under its slides' quotations, `— Name, Year [n]`; a body's name as its reference entry prints it);
  // review-paper-46 author 13 of 13 (a standard's identifier before its marker in a row, a body's entry cut before its
  // document's title, a record's source field naming a body and its document); test34 ref 28 of 28 (p3406, the marker
  // closing a quotation whose source the lead-in names with its year), author 25 of 28 (p3420, `X once told me that “…”`).
  // Both parts merged (in sample): test33 29/31, 29/35; 27, 24, 29, 29 of 29; paper 46 14/17, 14/14; 14, 13, 13, 14 of 14;
  // test34 31/31, 31/33; 29, 28, 30, 31 of 31; paper 47 15/15, 15/15, 15 of 15 each.
  // The forty-second extractor (in sample; three or more predicate adjectives, the term last after `accept that`): test13
  // 42/51, 42/47; test19 43/43, 43/49; test32 34/38, 34/35; test33 30/32, 30/35; 28, 25, 30, 30 of 30; test34 32/32, 32/33.
  // Forty-third extractor (attribution): quoted 29, author 28 of 30 (`in her words`; `Brandquist’s answer is simple:`; an
  // addressee told what they wrote).
  'test33.jsonl': { precision: 0.97, recall: 0.97, quoted: 0.94, author: 0.94, year: 1, ref: 1 }, // r50a: 34/35, 34/35; 32, 32, 34, 34 of 34 (p3310's `a city that:` and its first bullet); r46a: 33/35, 33/35; 31, 31, 33, 33 of 33 (p3310's `serves as a description for`, p3318's term-last after a bracketed label); quoted 0.96 -> 0.93: p3318, a tour guide's script in quotation marks, is found and read as quoted (the marks), labelled the guide's own (generic group)
  'review-paper-46': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // (r46b attribution: author, year raised; 14, 14, 14, 14 of 14)
  'test34.jsonl': { precision: 1, recall: 0.96, quoted: 0.96, author: 0.96, year: 0.96, ref: 1 }, // (r43: author 30 of 32) (r47b attribution: 32/32, 32/33; 31, 31, 31, 32 of 32)
  'review-paper-47': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 },
  // The thirty-eighth held-out round: review-paper-48 (a journal's transparent peer review file) and test35.jsonl (75
  // passages); labelled blind under conventions 1–12 and committed before any run; scored blind, totals only, by the
  // forty-first extractor (bench/RESULTS.md); review-paper-48 then audited under convention 13 (14 → 16 definitions, the
  // manuscript authors' own quoted). Released for study; floors at release (the forty-third extractor's rules, paper.pdf
  // the same): test35 23/27, 23/34; quoted 18, author 15, year 20, ref 23 of 23; review-paper-48 14/19, 14/16; quoted
  // 12, author 4, year 6, ref 14 of 14.
  'test35.jsonl': { precision: 1, recall: 1, quoted: 0.85, author: 0.82, year: 0.88, ref: 1 }, // r44b: 33/33, 33/34 (its speakers' say-so finds p3504, p3521 (2), p3531, transcripts' quoted definitions whose speakers r44a reads); r44a: quoted 20, author 17 of 23; both merged (r44 + r45c): 33/33, 33/34; 27, 23, 28, 33 of 33 ; r46a: 34/34, 34/34; 28, 24, 29, 34 of 34 (p3526's placard in capitals after `Placard text:`) ; r44b: 33/33, 33/34 (its speakers' say-so finds p3504, p3521 (2), p3531, transcripts' quoted definitions whose speakers r44a reads); r44a: quoted 20, author 17 of 23; both merged (r44 + r45c): 33/33, 33/34; 27, 23, 28, 33 of 33 (r46b attribution: quoted, author, year raised; 28, 27, 29, 33 of 33)
  'review-paper-48': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // r44a: quoted, author, year 14 of 14 (convention 13 parts); r44 + r45c merged: 16/16, 16/16; 16 of 16 each
  // The thirty-ninth held-out round: review-paper-49 (an umbrella review: a table of included reviews across two pages,
  // definitions relayed through included reviews) and test36.jsonl (91 passages); labelled blind under conventions 1–13
  // and committed before any run; scored blind, totals only, with main at 982113b (bench/RESULTS.md); released for study;
  // floors at release (the forty-third extractor's rules, paper.pdf the same): test36 30/39, 30/42; quoted 22, author 21,
  // year 25, ref 30 of 30; review-paper-49 6/17, 6/16; quoted 6, author 5, year 5, ref 5 of 6.
  'test36.jsonl': { precision: 0.95, recall: 1, quoted: 0.88, author: 0.85, year: 0.92, ref: 1 }, // (r44b, not studied on it: 30/40, 30/42) (r44+r45c merged: 36/43, 36/42; 27, 27, 31, 36 of 36) (r46a: 42/44, 42/42; 32, 32, 35, 42 of 42; year 0.86 -> 0.83: the six newly found are five own definitions (year null, right) and p3625, whose year and source are printed in the naming frame `what the Lowfield Town Council's 2025 charter calls`, which attribution does not read yet) ; (r44b, not studied on it: 30/40, 30/42) (r44+r45c merged: 36/43, 36/42; 27, 27, 31, 36 of 36) (r46b attribution: quoted, author, year raised; 32, 31, 34, 36 of 36)
  'review-paper-49': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // (r44+r45c merged: 16/19, 16/16; 16 of 16 each; paper.pdf the same) (a glossary row with no meaning, `Sustainable city: not defined here`, no longer found: 16/18) (r46a: `less a kind of place than a programme of work` and `a bridge between two literatures` no longer found: 16/16)
  // The forty-fifth extractor (part c: relayed markers `[23, cited in 19]`, a review's table header, markup and labels):
  // test36 36/43, 36/42; quoted 27, author 27, year 31, ref 36 of 36; review-paper-49 16/19, 16/16; 16, 16, 16, 16 of 16.
  // The fortieth held-out round: review-paper-50 (an empirical survey study with a structural equation model: a literature
  // review on a two-column page, APA citations with "as cited in", constructs defined, a questionnaire preamble) and
  // test37.jsonl (97 passages); labelled blind under conventions 1–13 and committed before any run; scored blind, totals
  // only, at c2ae0e5 and again at 09f4cd6 (bench/RESULTS.md); released for study; floors at release (the forty-sixth
  // extractor's rules, paper.pdf the same): test37 37/42, 37/45; quoted 32, author 29, year 35, ref 37 of 37;
  // review-paper-50 16/22, 16/17; quoted 16, author 15, year 16, ref 16 of 16.
  'test37.jsonl': { precision: 0.95, recall: 0.93, quoted: 0.97, author: 0.97, year: 1, ref: 1 }, // (r47b attribution: 37/42, 37/45; 36, 34, 37, 37 of 37) (r48a: 42/44, 42/45; 41, 39, 42, 42 of 42) ; (r47b attribution: 37/42, 37/45; 36, 34, 37, 37 of 37) (r48b attribution: 37, 37, 38, 38 of 38)
  'review-paper-50': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // (r47b attribution: 16/22, 16/17; 16, 16, 16, 16 of 16)
  // The forty-first held-out round: review-paper-51 (a qualitative multiple-case study: a literature review on a two-column
  // page, Harvard citations with "quoted in", a codebook table, interview excerpts by coded participants, the cities'
  // strategies quoted) and test38.jsonl (89 passages); labelled blind under conventions 1–13 and committed before any run;
  // scored blind, totals only, at 8d13c67 and f8f3b72 (bench/RESULTS.md); released for study; floors at release (the
  // forty-seventh extractor's rules, paper.pdf the same): test38 23/31, 23/37; quoted 16, author 15, year 19, ref 23 of 23;
  // review-paper-51 16/17, 16/17; quoted 14, author 16, year 13, ref 16 of 16.
  // r48a (in sample: the conflict markers, the roxygen tag, `“means`, the page locator, the speaker's `Put simply`, the
  // concordance's ellipsis …): test38 33/35, 33/37; quoted 24, author 22, year 27, ref 33 of 33 (year's share falls 19/23 ->
  // 27/33 as ten more are found, two of them with a year the label does not give or gives otherwise: p3811's `2019 plan`
  // read as its year, p3835's 2025 not read from the entry's reference line; no label lost); review-paper-51 17/17, 17/17; 15, 17, 13, 17 of 17 (year 13/16 -> 13/17: the new find,
  // P2's `the smart city “means …`, has no year where the label gives the interviews' 2026, attribution's part).
  'test38.jsonl': { precision: 0.94, recall: 0.91, quoted: 0.76, author: 0.76, year: 0.91, ref: 1 }, // (r48b attribution: 23/31, 23/37; 17, 18, 21, 23 of 23) (r51b attribution: 33/35, 33/37; 25, 25, 30, 33 of 33) ; (r48b attribution: 23/31, 23/37; 17, 18, 21, 23 of 23) ; r51a: 34/36, 34/37; 26, 26, 30, 34 of 34 (p3827, a diff's added line, found)
  'review-paper-51': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // (r48b attribution, coded participants: 16, 16, 16, 16 of 16)
  // The forty-second held-out round: review-paper-52 (a Delphi study: a literature review on a two-column page, APA
  // citations with "as cited in", a panel table, rated statements with medians and IQRs, panellists' comments by code,
  // the consensus definitions in a box) and test39.jsonl (62 passages); labelled blind under conventions 1–13 and
  // committed before any run; scored blind, totals only, at 4a8fb96 and dcee2be (bench/RESULTS.md); review-paper-52
  // audited under convention 14 (15 -> 18 definitions) and released for study; floors at release on the audited labels
  // (the forty-eighth extractor's rules, paper.pdf the same): test39 21/26, 21/27; quoted 19, author 19, year 20, ref 21
  // of 21; review-paper-52 17/20, 17/18; quoted 16, author 16, year 13, ref 17 of 17.
  'test39.jsonl': { precision: 1, recall: 0.96, quoted: 0.92, author: 0.92, year: 0.96, ref: 1 }, // (r49b attribution: p3906's `As Prof. …:`; 19, 20, 20, 21 of 21) (r50b attribution: p3916's `who taught … us that`; 24, 24, 25, 26 of 26)
  'review-paper-52': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // (r49b attribution: the experts' codes and their rounds' dates, Vessingford's strategy; 17, 17, 17, 17 of 17)
  // r49a: test39 26/26, 26/27; quoted 23, author 22, year 25, ref 26 of 26: quoted and author counts rise (19 -> 23, 19 -> 22)
  // but their rates fall (0.9 -> 0.88, 0.9 -> 0.84) because two of the five newly found (p3915, p3926) carry an attribution
  // the rules do not give yet (part b's attribution work); no label lost. review-paper-52 18/18, 18/18; 17, 17, 14, 18 of 18.
  // The forty-third held-out round: review-paper-53 (a concept analysis: uses of the concept across disciplines on a
  // two-column page, an "as cited in", defining attributes, model / borderline / related / contrary cases, antecedents,
  // consequences, the authors' theoretical definitions) and test40.jsonl (71 passages); labelled blind under conventions
  // 1–14 and committed before any run; scored blind, totals only, at cb9a074 / 84f78c8 and 087794b (bench/RESULTS.md);
  // released for study; floors at release (the forty-ninth extractor's rules, the same as the forty-eighth's there;
  // paper.pdf the same): test40 20/24, 20/27; quoted 20, author 18, year 20, ref 20 of 20; review-paper-53 14/17, 14/15;
  // 14, 14, 14, 14 of 14.
  // r50b attribution: author 18 -> 20 (p4017's `…, whose definition … :`, p4021's `PANEL 4` no longer a source); quoted 20 -> 19,
  // lowered: p4021's quoted came only from reading the next line, `PANEL 4.`, as its source cell (a numbered part's
  // label in capitals is no source, a general rule); the comic's nameless speaker label gives no quoted yet
  'test40.jsonl': { precision: 0.93, recall: 1, quoted: 0.85, author: 0.96, year: 0.92, ref: 1 }, // r50a + r50b merged: 26/28, 26/27; 22, 25, 24, 26 of 26 (quoted lowered: p4021's PANEL label no longer read as a source, and new finds whose quotation marks the rules read otherwise) ; r51a: 27/29, 27/27; 23, 26, 25, 27 of 27 (p4023, a definition in capitals after `THAT`, found)
  'review-paper-53': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 },
  // r50a (the fiftieth extractor, part a): test40 26/28, 26/27; quoted 23, author 22, year 23, ref 26 of 26: precision and
  // recall raised; quoted 1 -> 0.88, author 0.9 -> 0.84, year 1 -> 0.88 lowered, no label lost: of the six new finds, p4014
  // (an interview's coded answer, quoted, the interview's year) and p4020 (a named speaker's `For us, …`) are read as own
  // with no year, p4011's CSV quotation marks (the format's) are read as a quotation, and p4009's source cell (`Tavrinen &
  // Hollesby (2019, p. 7)`) is not read as its author and year: attribution, part b's files; review-paper-53 15/15, 15/15 (the footnote's `describes a digital twin of a hospital
  // catchment as`; `treated as …, not as`, `can be seen as a slogan, and that the …`, `presupposes … willing to` dropped).
  // r47a: test37 38/42, 38/45; quoted 33, author 30, year 36, ref 38 of 38; review-paper-50 17/17, 17/17; 17, 16, 17, 17 of 17.
  // The forty-fourth held-out round: review-paper-54 (a consultation response: the draft's definitions quoted and
  // answered question by question, a tracked-change amendment, the council's own wordings, a rejected motion and a rated
  // survey statement, a draft glossary with agree / amend / delete) and test41.jsonl (79 passages); labelled blind under
  // conventions 1–14 and committed before any run; scored blind, totals only, at c451109 / 1431b00 (bench/RESULTS.md);
  // released for study after convention 14(c) (no label changed); floors at release (the fiftieth extractor's rules,
  // paper.pdf the same): test41 24/33, 24/35; quoted 23, author 21, year 23, ref 24 of 24; review-paper-54 12/16, 12/17;
  // 10, 8, 10, 12 of 12.
  'test41.jsonl': { precision: 0.8, recall: 0.91, quoted: 1, author: 0.96, year: 0.96, ref: 1 }, // (r51b attribution: 24/33, 24/35; 24, 24, 24, 24 of 24) ; r51a: 32/40, 32/35; 31, 28, 30, 32 of 32 (year lowered as a rate: eight more found, p4111's leaflet year 1998 and p4119's 2026 not read, attribution)
  'review-paper-54': { precision: 0.89, recall: 1, quoted: 0.88, author: 0.88, year: 0.88, ref: 1 }, // (r51b attribution: 12/16, 12/17; 12, 12, 12, 12 of 12) ; r51a: 17/19, 17/17; 13, 8, 10, 17 of 17 (quoted, author and year lowered as rates: the five found, the Department's paragraphs 2.3, 2.6, 3.2 and two Annex A rows, carry the Department's attribution, which the rules do not read yet: attribution)
  // The forty-fifth held-out round: review-paper-55 (a systematic review protocol: the protocol's own "For this review,
  // …" definitions, future-tense plans, a Boolean search string, a data-extraction form, an amendment replacing a
  // wording, a public-involvement member known by a code) and test42.jsonl (69 passages); labelled blind under
  // conventions 1–14 and committed before any run; scored blind, totals only, at 6fffa2c / f32fe0b and e883ae7 (the
  // fifty-first extractor: the same figures), both methods (bench/RESULTS.md); released for study; floors at release
  // (paper.pdf the same): test42 23/30, 23/31; quoted 20, author 18, year 21, ref 23 of 23; review-paper-55 15/15, 15/16;
  // 15, 15, 14, 15 of 15.
  'test42.jsonl': { precision: 0.76, recall: 0.74, quoted: 0.86, author: 0.78, year: 0.91, ref: 1 },
  'review-paper-55': { precision: 1, recall: 0.93, quoted: 1, author: 1, year: 0.93, ref: 1 },
  // The forty-sixth held-out round: review-paper-56 (a court judgment: a statute's definitions set out, counsel's
  // submissions for both parties, witness statements, an earlier judgment, a dictionary, a standard, the judge's own
  // reading) and test43.jsonl (68 passages); labelled blind under conventions 1–14 and committed before any run; scored
  // blind, totals only, at c153b4c / 7369c6a (the fifty-first extractor), both methods (bench/RESULTS.md); released for
  // study after the counsel audit; floors at release (paper.pdf the same): test43 24/31, 24/27; quoted 23, author 21,
  // year 22, ref 24 of 24; review-paper-56 12/13, 12/15; 6, 3, 2, 12 of 12.
  'test43.jsonl': { precision: 0.77, recall: 0.88, quoted: 0.95, author: 0.91, year: 0.95, ref: 1 }, // r52: 23, 22, 23, 24 of 24
  'review-paper-56': { precision: 0.93, recall: 0.93, quoted: 1, author: 1, year: 1, ref: 1 }, // r52: 14/15, 14/15; 14, 14, 14, 14 of 14
  // The forty-seventh held-out round: review-paper-57 (an ordinary narrative review article, the genre issue 11's check
  // names: two-column pages with hyphenation, numbered and author–year citations, every form the issue lists) and
  // test44.jsonl (69 passages); labelled blind under conventions 1–14 and committed before any run; scored blind, totals
  // only, at 30656b4 / e45c7ef and 8ba8e45 (the fifty-second extractor: the same figures), both methods
  // (bench/RESULTS.md); released for study; floors at release (paper.pdf the same): test44 20/26, 20/31; quoted 17,
  // author 16, year 19, ref 20 of 20; review-paper-57 17/20, 17/18; 17, 17, 17, 17 of 17.
  // r53 (the fifty-third extractor, rules): test44 28/31, 28/31; 24, 23, 26, 28 of 28 (year 0.95 -> 0.92 as a rate: eight more
  // found, two without their year); review-paper-57 18/19, 18/18; 18, 18, 18, 18 of 18.
  'test44.jsonl': { precision: 0.9, recall: 0.9, quoted: 0.85, author: 0.82, year: 0.92, ref: 1 },
  'review-paper-57': { precision: 0.94, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 },
  // The forty-eighth held-out round, a paper only: review-paper-58 (an ordinary review article in an engineering journal,
  // two-column pages, a table of definitions over two pages, every form issue 11 lists); labelled blind under conventions
  // 1–14 and committed before any run; scored blind, totals only, at 2fbc68d (the fifty-third extractor), both methods
  // (bench/RESULTS.md); released for study; floors at release (paper.pdf the same): 17/18, 17/18; 17, 17, 17, 17 of 17.
  'review-paper-58': { precision: 0.94, recall: 0.94, quoted: 1, author: 1, year: 1, ref: 1 },
  // The forty-ninth held-out round: review-paper-59 (a systematic literature review in a public-administration journal,
  // author–year citations, page 3 in two columns, a table of definitions over pages 3–4, every form issue 11 lists) and
  // test45.jsonl (62 passages, weighted to ordinary prose); labelled blind under conventions 1–14 and committed before any
  // run; scored blind, totals only, at ebdae8f / 853e69c (the fifty-third extractor), both methods (bench/RESULTS.md);
  // released for study; floors at release: test45 27/31, 27/29; 27, 27, 27, 27 of 27; review-paper-59 18/19, 18/18; 18,
  // 18, 18, 18 of 18; from paper.pdf the same since its Table 1 is read row by row (blind: 17/19, 17/18, the table below
  // the page's two columns read as more columns).
  'test45.jsonl': { precision: 0.87, recall: 0.93, quoted: 1, author: 1, year: 1, ref: 1 },
  'review-paper-59': { precision: 0.94, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 },
  // The fiftieth held-out round, a passage file only: test46.jsonl (68 passages of ordinary prose: articles, theses,
  // strategies, standards, glossaries); labelled blind under conventions 1–14 and committed before any run; scored
  // blind, totals only, at 2d0dfb5 (the fifty-third extractor), both methods (bench/RESULTS.md); released for study;
  // floors at release: 24/28, 24/28; 24, 23, 24, 24 of 24.
  'test46.jsonl': { precision: 0.85, recall: 0.85, quoted: 1, author: 0.95, year: 1, ref: 1 },
};

// `mine --method learned` on the five files it was first scored on blind (the model then trained on the 29 files studied
// before them; the same from paper.pdf): pooled 117/131 = 0.893, 117/153 = 0.765, where the rules scored 112/130, 112/153
// (bench/RESULTS.md). Since released for study, the shipped model is trained on them too: these floors are in sample.
// (2026-12-06, after the forty-eighth extractor and the converged training: every floor below its score at b269116 raised
// to that score, rounded down to two places, so a change that costs a label fails here; the comments keep each floor's history)
export const LEARNED_FLOORS: Record<string, Floor> = {
  // All in sample: the model retrained (feat/mine-r16, and again on the convention 8 audit's labels, 2026-12-04) on every studied file with the sixteenth extractor's rules; each floor is
  // its figure less a little. Blind figures of the earlier models are in the comments above and in bench/RESULTS.md.
  // (the twentieth extractor's model, features of 4 files or more, fits less in sample: 46/46, 46/50; 42, 39, 40, 46 of 46)
  'test12.jsonl': { precision: 1, recall: 0.9, quoted: 0.95, author: 0.91, year: 0.91, ref: 1 }, // 49/50, 49/52; 45, 41, 43, 49 of 49 (round-38 retrain: 47/49, 47/50) // r44b retrain: 45/45, 45/50 (recall 0.91 -> 0.9: p1202, p1207, p1244 fall under 0.5 in the model retrained on the new rules' candidates; pooled in sample 2154/2193 -> 2137/2158) (r46b attribution: author, year raised; 44, 42, 43, 47 of 47) (r47b attribution + retrain: 46/47, 46/50; 44, 42, 42, 46 of 46) (train-remedy, converged λ = 1: 45/45, 45/50; precision floor raised 0.95 -> 0.97)
  'review-paper-18': { precision: 1, recall: 1, quoted: 1, author: 0.94, year: 0.94, ref: 1 }, // 17/17, 17/17; 14, 13, 13, 14 of 17 ; r44a: 17, 16, 16, 17 of 17 ; r48b retrain (order-sensitive, no rule of r48b touches this paper's candidates): 16/16, 16/17; 16, 15, 15, 16 of 16, recall 1 -> 0.94
  'review-paper-19': { precision: 1, recall: 1, quoted: 0.81, author: 0.68, year: 0.75, ref: 1 }, // 16/16, 16/16; 12, 10, 10, 16 of 16 (Chicago notes read); r38: 13, 11, 12 (round-38 retrain: 16/17)
  // (the twenty-first extractor's model fits test13 and test16 a candidate less in sample: 43/43, 43/47; 42, 40, 43, 43 of 43 and
  // 50/50, 50/58; 49, 49, 49, 50 of 50, where the twentieth's had 44/44, 44/47 and 51/51, 51/58)
  // (thirty-third extractor's retrain, round 31 now in sample: 45/47, 45/47; 44, 42, 45, 45 of 45: precision floor 0.97 -> 0.95)
  'test13.jsonl': { precision: 1, recall: 0.97, quoted: 1, author: 1, year: 1, ref: 1 }, // 48/49, 48/51; 47, 45, 48, 48 of 48 (r46b attribution: author raised; 44, 43, 45, 45 of 45) (r47b attribution + retrain: 46/47, 46/47; 45, 45, 46, 46 of 46) (train-remedy, converged λ = 1: 45/45, 45/47; precision floor raised 0.95 -> 0.97) ; r51a retrain (no rule of r51a changes this file's candidates): 45/45, 45/47, recall 0.97 -> 0.95
  // (lowered by the thirtieth extractor's retrain, which moved the weights with its rules' features: `a smart city is a city
  // where I can see who owns the cameras on my street` scores 0.47, under the 0.5 threshold; 16/16, 16/17; 16, 12, 14, 16 of 16)
  'review-paper-20': { precision: 1, recall: 1, quoted: 1, author: 0.88, year: 0.94, ref: 1 }, // 17/17, 17/17; 17, 13, 15, 17 of 17 (r46b attribution: author, year raised; 17, 15, 16, 17 of 17) ; r46 merged, retrained: 16/16, 16/17; 16, 14, 15, 16 of 16 (the retrained model no longer finds the resident's own `a city where I can see who owns the cameras`, so one wrong author and one wrong year of 16 found weigh more: author 0.88 -> 0.87, year 0.94 -> 0.93) (r47b attribution + retrain: 17/17, 17/17; 17, 15, 16, 17 of 17) ; r48b retrain (order-sensitive, no rule of r48b touches this paper's candidates): 16/16, 16/17; 16, 14, 15, 16 of 16: recall 1 -> 0.94, author 0.88 -> 0.87, year 0.94 -> 0.93
  // Blind for the third-round model (39/45, 39/56; 17/22, 17/25; 14/16, 14/21); released, now in sample too:
  'test14.jsonl': { precision: 1, recall: 0.98, quoted: 1, author: 0.98, year: 1, ref: 1 }, // 55/55, 55/56; 55, 53, 55, 55 of 55 (r46b attribution: author raised; 55, 54, 55, 55 of 55)
  'review-paper-21': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // 25/25, 25/25; 25, 24, 24, 25 of 25
  // (r41a: ref 20 of 21, the marker closing a quotation whose source the lead-in names with its year)
  'review-paper-22': { precision: 1, recall: 1, quoted: 1, author: 1, year: 0.95, ref: 1 }, // 21/21, 21/21; 20, 16, 18, 19 of 21; r44a: 21, 21, 19, 21 of 21 (r47b attribution + retrain: 21/21, 21/21; 21, 21, 20, 21 of 21)
  // Blind for the model shipped at main 47c3211 (45/56, 45/57; 14/17, 14/22; 21/24, 21/27); released, retrained with the
  // seventeenth extractor's rules (feat/mine-r17), now in sample too:
  // (the twenty-fourth extractor's model, round 23 now in training, fits test15 a candidate less: 54/56, 54/57; 45, 46, 52, 52 of 54)
  'test15.jsonl': { precision: 0.96, recall: 0.96, quoted: 0.9, author: 0.9, year: 1, ref: 1 }, // (r43: author 49 of 55; round-38 retrain: 54/57, 54/57, author 48 of 54) 55/59, 55/57; 45, 46, 53, 53 of 55 // r44b retrain: 53/53, 53/57 (recall 0.94 -> 0.92: p1527, p1528 fall under 0.5 in the retrained model) (r44a+b retrain: 55/56, 55/57) (r44+r45c retrain: 55/58, 55/57) (r47b attribution + retrain: 55/57, 55/57; 50, 50, 55, 55 of 55)
  'review-paper-23': { precision: 1, recall: 1, quoted: 0.95, author: 0.68, year: 0.86, ref: 1 }, // 22/22, 22/22; 21, 12, 17, 21 of 22 (r46b attribution: author raised; 21, 15, 18, 22 of 22; r52: 21, 15, 19, 22 of 22)
  'review-paper-24': { precision: 1, recall: 1, quoted: 1, author: 0.85, year: 0.88, ref: 1 }, // 27/27, 27/27; 12, 7, 9, 27 of 27 ; r48b attribution + retrain: 27/27, 27/27; 27, 23, 24, 27 of 27
  // Blind for the models at d884159 and 2fff7c5 (38/48, 38/58; 13/23, 13/23; 14/18, 14/17) and, with speaker turns, 21/25,
  // 21/23 on paper 25; released, retrained with the eighteenth extractor's rules (feat/mine-r18), now in sample too:
  // (twentieth: 51/51, 51/58; 49, 49, 50, 51 of 51 on test16; 22/22, 22/23; 22, 13, 15, 22 of 22 on paper 25)
  // (thirty-third's retrain: 52/52, 52/58; 50, 50, 51, 52 of 52: recall floor 0.91 -> 0.89)
  // (r39: the retrain lowered the recall floor 0.89 -> 0.87: 53/53, 53/58 -> 51/51, 51/58; the rules' candidates on test16
  // are unchanged, dump-candidates; pooled learned precision rose 2006/2039 -> 1999/2020 as recall fell 2006 -> 1999 of 2064)
  // (release of rounds 36-37, 7956d7f: the retrain on 82 files lowered the recall floor 0.93 -> 0.91: 53/53, 53/58; the
  // pooled learned figures went from 2018/2050, 2018/2064 on 78 files to 2103/2133, 2103/2161 on 82)
  // (forty-first extractor, part b: the retrain lowered the recall floor 0.91 -> 0.86: 50/50, 50/58; 49, 49, 50, 50 of 50)
  'test16.jsonl': { precision: 1, recall: 0.89, quoted: 0.96, author: 0.96, year: 0.98, ref: 1 }, // 52/52, 52/58; 50, 50, 51, 52 of 52; thirty-second (12,000 features): 53/53, 53/58; 51, 51, 52, 53 of 53 (r44+r45c retrain: 54/55, 54/58) ; r48b retrain (order-sensitive, no rule of r48b touches this file's candidates): 48/48, 48/58, recall 0.86 -> 0.82 ; r51a retrain (no rule of r51a changes this file's candidates): 51/51, 51/58, recall 0.89 -> 0.87
  'review-paper-25': { precision: 1, recall: 0.95, quoted: 1, author: 0.59, year: 0.68, ref: 1 }, // 23/23, 23/23; 23, 14, 16, 23 of 23
  'review-paper-26': { precision: 1, recall: 1, quoted: 0.88, author: 0.82, year: 0.88, ref: 1 }, // 17/17, 17/17; 15, 14, 15, 17 of 17 ; r48b retrain (order-sensitive, no rule of r48b touches this paper's candidates): 16/16, 16/17; 14, 13, 14, 16 of 16
  // Blind for the models at 2fff7c5 (41/45, 41/48; 18/19, 18/18) and the eighteenth's (40/43, 40/48; the same on paper 27);
  // released, retrained with the nineteenth extractor's rules (feat/mine-r19), now in sample too:
  // (twentieth: 46/47, 46/48; 45, 45, 46, 46 of 46)
  // (the twenty-sixth extractor's model, round 25 now in training: 47/49, 47/48; its precision floor lowered to 0.95)
  'test17.jsonl': { precision: 0.95, recall: 0.97, quoted: 0.97, author: 0.97, year: 1, ref: 1 }, // 47/47, 47/48; 45, 46, 47, 46 of 47; r44a: quoted 46, ref 47 of 47 ; 47/47, 47/48; 45, 46, 47, 46 of 47; r45c 45/45, 45/48; 43, 44, 45, 44 of 45 ; retrained with round 49: 47/49, 47/48; 46, 46, 47, 47 of 47 (precision lowered: `Digital twin – leverage virtual and augmented reality to …`, a label's dash before a functional sentence, at 0.51, and p1719's item (3), labelled doubtful and left out, at 0.62)
  // (recall 0.95 -> 0.93: the forty-fifth (c)'s retrain misses p1701, p1702 and p1707, whose rule candidates it leaves
  // unchanged (dump-candidates): the model's drift on retraining, main's own retrain already 46/48 here)
  'review-paper-27': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // 18/18, 18/18; 17, 17, 17, 17 of 18
  // Blind for the eighteenth's model (38/41, 38/45; 19/21, 19/19) and the nineteenth's (37/40, 37/45; the same on paper 28); released,
  // retrained with the twentieth extractor's rules (feat/mine-r20; features of 4 files or more), now in sample too:
  // (the twenty-third extractor's model, round 22 now in training, fits test18 a candidate less: 41/42, 41/45; 41 of 41 each)
  // (release of rounds 36-37: the retrain lowered the recall floor 0.95 -> 0.91: 41/42, 41/45)
  'test18.jsonl': { precision: 0.97, recall: 0.91, quoted: 1, author: 1, year: 1, ref: 1 }, // 42/43, 42/45; 41, 41, 42, 42 of 42
  'review-paper-28': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // 19/19, 19/19; 19, 19, 19, 19 of 19
  // Blind for the nineteenth's model (36/40, 36/49; 16/17, 16/17) and the twentieth's (34/38, 34/49; the same on paper 29);
  // released, retrained with the twenty-first extractor's rules (feat/mine-r21), now in sample too:
  // (forty-first extractor, part b: the retrain lowered the recall floor 0.93 -> 0.87: 43/43, 43/49; 39, 38, 42, 43 of 43)
  'test19.jsonl': { precision: 1, recall: 0.89, quoted: 0.93, author: 0.9, year: 0.97, ref: 1 }, // 43/45, 43/49; 38, 38, 42, 43 of 43 (with the twenty-second's rules before retraining: 45/45, 45/49; 40, 39, 44, 45 of 45); r44a: 42, 41 of 46 (r46b attribution: quoted, author raised; 43, 42, 44, 45 of 45) ; r46 merged, retrained: 47/47, 47/49; 44, 43, 46, 47 of 47 (the retrained model finds four more, and three quoted flags and four authors of 47 are wrong: quoted 0.95 -> 0.93, author 0.93 -> 0.91) ; retrained with round 47: 44/44, 44/49; 41, 40, 43, 44 of 44 (recall and author lowered: one definition fewer above 0.5 after retraining) ; retrained with round 50: 44/44, 44/49; 41, 40, 43, 44 of 44 (recall and author lowered again: one definition fewer above 0.5 after this retrain)
  'review-paper-29': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // 17/17, 17/17; 16, 16, 16, 17 of 17
  // Blind for the twentieth's model (28/37, 28/46; 11/12, 11/13; 16/17, 16/16) and the twenty-first's (31/40, 31/46; 11/13, 11/13;
  // 16/17, 16/16); released, retrained with the twenty-second extractor's rules (feat/mine-r22), now in sample too:
  // (the twenty-seventh extractor's model, round 26 now in training: 40/42, one distractor more at 0.51, n2043's
  // `… integrates data from … to create a live operational model`; its precision floor lowered to 0.95, noted)
  // (r39: the retrain lowered the recall floor 0.86 -> 0.84: 40/41, 40/46 -> 39/40, 39/46; the rules' candidates on test20
  // are unchanged, dump-candidates)
  'test20.jsonl': { precision: 0.97, recall: 0.86, quoted: 0.97, author: 0.9, year: 0.95, ref: 1 }, // 40/41, 40/46; 38, 36, 38, 39 of 40 ; r44a: quoted 39, ref 40 of 40
  'review-paper-30': { precision: 1, recall: 1, quoted: 1, author: 0.84, year: 1, ref: 1 }, // 13/13, 13/13; 11, 10, 11, 11 of 13 ; r44a: 13, 11, 13, 13 of 13
  'review-paper-31': { precision: 1, recall: 1, quoted: 0.81, author: 0.75, year: 0.81, ref: 1 }, // 16/16, 16/16; 13, 12, 13, 16 of 16
  // Blind for the twenty-first's model (31/36, 31/46; 12/13, 12/14) and the twenty-second's (33/38, 33/46; 12/13, 12/14);
  // released, retrained with the twenty-third extractor's rules (feat/mine-r23), now in sample too:
  // (the twenty-fourth extractor's model, round 23 now in training, with its rules: 38/41, 38/46; 36, 31, 36, 37 of 38)
  // (thirty-third's retrain: 38/40, 38/46; 37, 31, 37, 37 of 38: recall 0.84 -> 0.82, author 0.82 -> 0.81)
  'test21.jsonl': { precision: 0.93, recall: 0.86, quoted: 1, author: 0.95, year: 0.97, ref: 1 }, // 35/38, 35/46; 32, 29, 34, 33 of 35; thirty-second: 39/42, 39/46; 38, 32, 37, 38 of 39; r44a: 42, 37, 41, 42 of 42 (r44a+b retrain: author 36 of 41) (r46b attribution: author raised; 41, 39, 40, 41 of 41) (train-remedy, converged λ = 1: 41/44, 41/46; raised 0.92 -> 0.93, 0.82 -> 0.87) ; 35/38, 35/46; 32, 29, 34, 33 of 35; thirty-second: 39/42, 39/46; 38, 32, 37, 38 of 39; r44a: 42, 37, 41, 42 of 42 (r44a+b retrain: author 36 of 41) (r46b attribution: author raised; 41, 39, 40, 41 of 41) (r48a retrain, seed 1: 39/42, 39/46; 39, 37, 38, 39 of 39: author 0.95 -> 0.94, one candidate with its author right falls under 0.5 in the model retrained on the new rules' candidates, the order effect (bench/RESULTS.md); pooled learned 2311/2346 -> 2312/2332, test21's rules figures unchanged) ; retrained with round 42 (in sample): 40/43, 40/46 (recall lowered) ; r49a retrain: 41/44, 41/46 (recall raised) ; retrained with round 44: 40/43, 40/46 (recall lowered: p2162 lost)
  'review-paper-32': { precision: 1, recall: 0.85, quoted: 1, author: 1, year: 1, ref: 1 }, // 12/12, 12/14; 12, 12, 12, 12 of 12
  // Blind for the twenty-second's model (11/12, 11/19; 14/14, 14/14) and the twenty-third's (11/12, 11/19; 14/15, 14/14);
  // released for study by the twenty-fourth extractor (feat/mine-r24; 11/12, 11/19 and 14/15, 14/14 at release, out of
  // sample), retrained with its rules, now in sample too:
  // (forty-first extractor, part b: the retrain lowered the recall floor 0.89 -> 0.84: 16/16, 16/19; 16 of 16 each)
  'test22.jsonl': { precision: 1, recall: 0.89, quoted: 1, author: 1, year: 1, ref: 1 }, // 17/18, 17/19; 17 of 17 each
  'review-paper-33': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // 14/14, 14/14; 14 of 14 each
  // Blind for the twenty-third's model (29/36, 29/39; 15/20, 15/16) and the twenty-fourth's (30/37, 30/39; 16/21, 16/16);
  // released for study by the twenty-fifth extractor (feat/mine-r25; out of sample at release, with its rules before
  // retraining 31/37, 31/39 and 16/19, 16/16), retrained with its rules, now in sample too:
  'test23.jsonl': { precision: 0.94, recall: 0.94, quoted: 0.94, author: 0.83, year: 0.97, ref: 0.97 }, // 37/40, 37/39; 34, 30, 36, 36 of 37 (r46b attribution: quoted, author raised; 35, 31, 36, 36 of 37) ; r51a retrain (no rule of r51a changes this file's candidates): 37/39, 37/39; 35, 31, 36, 36 of 37 (precision, recall, author lowered)
  'review-paper-34': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // 16/16, 16/16; 15, 15, 15, 16 of 16; r44a: 16 of 16 each
  // Blind for the twenty-fourth's model (7/14, 7/11 against the first coding) and the twenty-fifth's (7/12, 7/12);
  // released for study by the twenty-sixth extractor (feat/mine-r26; out of sample at release, with its rules before
  // retraining 8/11, 8/12; 8, 7, 8, 8 of 8), retrained with its rules, now in sample too:
  'review-paper-35': { precision: 0.84, recall: 0.91, quoted: 1, author: 0.9, year: 1, ref: 1 }, // 11/13, 11/12; 11, 10, 11, 11 of 11 (r44a+b retrain: 11/13, 11/12) (r47b attribution + retrain: 11/12, 11/12; 11, 10, 11, 11 of 11) (the forty-eighth's retrain, converged: 11/13, 11/12; precision 0.91 -> 0.84: `The smart city is a mirror that …` kept at 0.50, a figure the rules keep too; the rules' figures and errors on this paper are the same before and after the forty-eighth) ; r53 retrain and retrained with round 48: 11/13, 11/12 (precision lowered: `The smart city is a mirror that …` at 0.51, a metaphor, through again)
  // Blind for the twenty-fifth's model (paper 36 only: 10/12, 10/14) and the twenty-sixth's; released for study by the
  // twenty-seventh extractor (feat/mine-r27; out of sample at release, 24/28, 24/32 and 11/14, 11/14; with its rules
  // before retraining 24/28, 24/32 and 11/12, 11/14, year 10 of 11), retrained with its rules, now in sample too:
  // (lowered by the thirtieth extractor's retrain: p2432's `“Digital twin(s)” … refers to individual twin nodes …` scores
  // 0.49; 29/30, 29/32; 26, 26, 28, 28 of 29)
  // (thirty-third's retrain: 30/31, 30/32; 28, 27, 29, 30 of 30: recall floor 1 -> 0.93)
  'test24.jsonl': { precision: 0.96, recall: 0.9, quoted: 1, author: 0.96, year: 1, ref: 1 }, // 30/32, 30/32; 24, 24, 28, 29 of 30; thirty-second: 32/33, 32/32; 29, 28, 31, 32 of 32 // r44b retrain: 29/29, 29/32 (recall 0.93 -> 0.9: p2431 under 0.5, p2418 now spanned from `digital twin:` without its qualifier `Forest`) ; 30/32, 30/32; 24, 24, 28, 29 of 30; thirty-second: 32/33, 32/32; 29, 28, 31, 32 of 32; r45c 29/29, 29/32 ; retrained with round 42 (in sample): 29/30, 29/32 (recall lowered) ; r49a retrain: 30/31, 30/32 (recall raised) ; retrained with round 44: 30/31, 30/32 (recall lowered: p2427 lost) ; retrained with round 46: 29/30, 29/32 (recall 0.93 -> 0.9: p2404's clause after `actually is —` under 0.5 again)
  // (recall 0.93 -> 0.9: the forty-fifth (c)'s retrain misses p2404, p2431 and p2432, whose rule candidates it leaves
  // unchanged (dump-candidates): the model's drift on retraining, not a rule's cost)
  // (twenty-eighth extractor's rules before retraining: Table 1's rows under their gapped header, quoted, author, year 12;
  // the relayed citation in an aside, 13; `Their definition …:` read back to the sentence before, 14)
  'review-paper-36': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // 14/14, 14/14; 14 of 14 each
  // Blind for the twenty-sixth's model (10/13, 10/14) and the twenty-seventh's; released for study by the twenty-eighth
  // extractor (feat/mine-r28; out of sample at release, 10/12, 10/14, author 7 of 10; with its rules before retraining:
  // an acronym the document expands, author 10 of 10; a statute's lettered items split and its citation read, 11/12,
  // 11/14, every field 11 of 11; Table 1's rows, 12/13, 12/14; a post-modified term's aside, 13/14, 13/14), retrained
  // with its rules, now in sample too:
  'review-paper-37': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // 14/14, 14/14; 14 of 14 each
  // Blind for the twenty-seventh's model (39/43, 39/44; 13/14, 13/14) and the twenty-eighth's; released for study by
  // the twenty-ninth extractor (feat/mine-r29; out of sample at release, 40/44, 40/44; 37, 33, 39, 40 of 40 and 14/15,
  // 14/14; 14, 13, 13, 14 of 14), retrained with its rules, now in sample too:
  // (r40: the retrain lowered the precision floor 0.95 -> 0.93: 42/43 -> 42/45, recall 42/44 both; the rules' candidates on
  // test25 are unchanged, dump-candidates; pooled learned recall rose 1999 -> 2018 of 2064 as precision fell 1999/2020 -> 2018/2050)
  'test25.jsonl': { precision: 0.97, recall: 0.95, quoted: 1, author: 0.97, year: 1, ref: 1 }, // 42/44, 42/44; 42, 40, 42, 42 of 42 (r44a+b retrain: 42/44, 42/44) (r44+r45c retrain: 42/45, 42/44)
  'review-paper-38': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // 14/14, 14/14; 14 of 14 each
  // Blind for the twenty-eighth's model (35/41, 35/44; 14/15, 14/15) and the twenty-ninth's; released for study by the
  // thirtieth extractor (feat/mine-r30), not yet trained on (out of sample) at release:
  // (out of sample at release, 35/41, 35/44 and 14/15, 14/15; the thirtieth extractor's retrain is in sample on both)
  'test26.jsonl': { precision: 0.95, recall: 0.9, quoted: 1, author: 1, year: 1, ref: 1 }, // 40/42, 40/44; 39, 39, 40, 40 of 40; thirty-second: 40 of 40 each
  'review-paper-39': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // 15/15, 15/15; 15 of 15 each
  // Blind for the thirtieth's model (31/33, 31/38; 14/16, 14/15); released for study by the thirty-first extractor
  // (feat/mine-r31), not yet trained on (out of sample) at release; the thirty-first extractor's retrain is in sample on
  // both. test27's quoted and author floors go down a hundredth (0.9 -> 0.89, 0.93 -> 0.92) because the retrain finds 38
  // where it found 31: 34 and 35 of 38 right, more right than 28 and 29 of 31, a smaller share.
  // The thirty-fifth extractor's retrain lowers test27's recall floor (1 -> 0.97): it finds 37 of 38 (37/38, 37/38).
  // (forty-first extractor, part b: the retrain lowered the recall floor 0.99 -> 0.94: 36/36, 36/38; 36 of 36 each)
  'test27.jsonl': { precision: 1, recall: 0.97, quoted: 1, author: 1, year: 1, ref: 1 }, // 38/39, 38/38; 34, 35, 37, 37 of 38; thirty-second: 37, 37, 38, 38 of 38
  'review-paper-40': { precision: 1, recall: 1, quoted: 0.93, author: 0.93, year: 0.93, ref: 1 }, // 15/15, 15/15; 14, 14, 14, 15 of 15 (r44a+b retrain: 14/14, 14/15) quoted 13 of 14 author, year 13 of 14
  // Blind for the thirty-second's model (30/33, 30/38; 15/16, 15/15); released for study by the thirty-third extractor,
  // not yet trained on (out of sample) at release:
  // the thirty-third extractor's retrain is in sample on both: test28 38/38, 38/38; 37, 31, 35, 38 of 38; review-paper-41 15/15, 15/15.
  // (r40: the retrain lowered the precision floor 0.99 -> 0.97: 38/38 -> 38/39, recall 38/38 both; the rules' candidates on
  // test28 are unchanged, dump-candidates)
  'test28.jsonl': { precision: 1, recall: 1, quoted: 1, author: 0.94, year: 1, ref: 1 }, // 30/33, 30/38; 27, 22, 25, 30 of 30 at release
  'review-paper-41': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // 15/16, 15/15; 15 of 15 each at release
  // Blind for the thirty-fourth's model; released for study by the thirty-fifth extractor, not yet trained on at release:
  // The thirty-fifth extractor's retrain (in sample on both): test29 41/41, 41/43; 34, 32, 39, 40 of 41, review-paper-42
  // 15/15, 15/15, 15 of 15 each. It lowers test29's quoted, author and year floors (0.9 -> 0.82, 0.83 -> 0.78, 0.96 ->
  // 0.95): it finds 41 where the model at release found 31, more right on each (34, 32, 39 against 28, 26, 30), a
  // smaller share.
  // The thirty-sixth extractor's retrain lowers test29's recall floor (0.95 -> 0.93): 41/41, 41/43 -> 40/40, 40/43 (the
  // retrain, not the rules: the rules find one more in test29); 34, 32, 38, 39 of 40.
  // The thirty-seventh extractor's retrain lowers test29's precision floor (0.99 -> 0.97): 40/40, 40/43 -> 40/41, 40/43 (the
  // retrain, not the rules: the rules' candidates on test29 are unchanged, dump-candidates).
  // (r47a retrain, round 40 now trained on: recall 0.93 -> 0.9, 39/43: the retrain's drift, p2932 and p2941 now under 0.5; main's
  // own code retrained on the same files gives 40/43, and the r47a rules change no candidate of test29)
  // (and with the two lost, quoted 0.85 -> 0.84, author 0.85 -> 0.84, year 0.95 -> 0.94: 33, 33, 37, 38 of 39)
  // (r50b retrain: precision lowered, 40/41: n2938, `Smart City is a recent theory in urban planning …`, now at 0.50, the
  // threshold; the retrain after the attribution rules moved it, no rule of the rules' method changed it)
  'test29.jsonl': { precision: 0.97, recall: 0.93, quoted: 0.87, author: 0.87, year: 0.97, ref: 0.97 }, // 31/36, 31/43; 28, 26, 30, 30 of 31 at release ; r44a: quoted 35, author 33 of 41 (r46b attribution: author raised; 35, 35, 39, 40 of 41) (train-remedy, converged λ = 1: 40/40, 40/43; recall floor raised 0.9 -> 0.92) ; retrained with round 42 (in sample): 40/41, 40/43 (precision lowered) ; r49a retrain: 40/40, 40/43 (precision raised) ; r50a retrain: 40/41, 40/43 (precision 1 -> 0.97: n2938, `Smart City is a recent theory … that we are going to be hearing a lot more`, at 0.51 in the model retrained on the new rules' candidates; no rule of r50a changes test29's candidates, dump-candidates) ; r51a retrain (no rule of r51a changes this file's candidates): 40/41, 40/43, recall 0.95 -> 0.93
  'review-paper-42': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // 12/15, 12/15; 12, 5, 4, 3 of 12 at release
  // Blind for the thirty-sixth's model (round 33 also for the thirty-fifth's: the same totals on test30, author 4, year 4,
  // ref 3 on paper 43); released for study by the thirty-seventh extractor, not yet trained on at release:
  // The thirty-seventh extractor (rules and retrain, in sample): test30 34/35, 34/35; 31, 29, 32, 33 of 34; paper 43 15/15,
  // 15/15, 15 of 15 each; test31 30/32, 30/32; 28, 26, 28, 30 of 30; paper 44 15/15, 15/15; 15, 14, 15, 15 of 15. It lowers
  // test30's author and year floors (0.89 -> 0.85, 0.96 -> 0.94) and test31's quoted floor (0.95 -> 0.93): 5 and 7 more
  // found, more right on each (author 29 against 26, year 32 against 28; quoted 28 against 22), a smaller share.
  'test30.jsonl': { precision: 0.97, recall: 0.97, quoted: 0.97, author: 0.97, year: 0.97, ref: 1 }, // 29/35, 29/35; 25, 26, 28, 27 of 29 at release; r38: 32, 31, 32, 33 of 34; r52: 33, 33, 33, 34 of 34
  'review-paper-43': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // 15/15, 15/15; 15, 14, 14, 14 of 15 at release
  // (r38: the retrain lowered test31's precision floor 0.93 -> 0.9: 30/33 against 30/32, one more false alarm, while the
  // pooled learned figures rose from 1957/1981, 1957/2015 to 1964/1990, 1964/2015)
  'test31.jsonl': { precision: 0.96, recall: 0.93, quoted: 0.93, author: 0.86, year: 0.93, ref: 1 }, // 23/28, 23/32; 22, 20, 21, 23 of 23 at release // r44b retrain: 29/31, 29/32 (recall 0.93 -> 0.9: p3105 falls under 0.5 in the retrained model) ; 23/28, 23/32; 22, 20, 21, 23 of 23 at release; r45c: 29/31, 29/32 (train-remedy, converged λ = 1: 30/31, 30/32; precision floor raised 0.9 -> 0.95) ; retrained with round 44: 29/30, 29/32 (recall lowered: p3116 lost) ; r51a retrain: 30/31, 30/32 (recall raised)
  'review-paper-44': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // 14/16, 14/15; 14, 13, 14, 14 of 14 at release ; r45c: author 15 of 15
  // (recall 0.93 -> 0.9: the forty-fifth (c)'s retrain misses p3104, p3108 and p3111, whose rule candidates it leaves
  // unchanged (dump-candidates); main's own model, retrained on main's data, gives 28/32 here: drift, not a rule's cost)
  // Blind for the thirty-seventh's and thirty-eighth's models; released for study by the thirty-ninth extractor, not yet
  // trained on at release (the thirty-eighth's model):
  // The thirty-ninth extractor's retrain (in sample on both): test32 34/34, 34/35; quoted 32, author 30, year 32, ref 34 of
  // 34; review-paper-45 14/14, 14/14; 14 of 14 each.
  // (release of rounds 36-37: the retrain lowered test32's recall floor 0.99 -> 0.97: 34/34, 34/35; 33, 32, 33, 34 of 34)
  'test32.jsonl': { precision: 1, recall: 1, quoted: 0.94, author: 0.94, year: 0.94, ref: 1 }, // 29/33, 29/35; 22, 21, 26, 29 of 29 at release; r40: 35/35, 35/35; 33, 32, 33, 35 of 35 ; r46a retrain: 35/36, 35/35 (precision 0.99 -> 0.97: one false alarm more in the retrained model; the rules' candidates of test32 are unchanged) ; 29/33, 29/35; 22, 21, 26, 29 of 29 at release; r40: 35/35, 35/35; 33, 32, 33, 35 of 35 (r46b attribution: author raised; 33, 33, 33, 35 of 35) (r47b attribution + retrain: 35/35, 35/35; 33, 33, 33, 35 of 35)
  'review-paper-45': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // 13/16, 13/14; 13, 9, 8, 13 of 13 at release
  // Blind for the thirty-ninth's (round 36) and fortieth's (rounds 36, 37) models; released for study by the forty-first
  // extractor, not yet trained on at release (the fortieth's model):
  // The forty-first extractor's retrain, part b (in sample): test33 34/35, 34/35; 31, 28, 34, 34 of 34; paper 46 14/14,
  // 14/14; 14, 10, 13, 14 of 14; test34 32/32, 32/33; 29, 27, 31, 30 of 32; paper 47 as at release.
  // (recall 0.97 -> 0.94, quoted 0.94 -> 0.93, author 0.91 -> 0.9: the forty-fifth (c)'s retrain misses p3310's two
  // definitions, whose rule candidates it leaves unchanged (dump-candidates): the model's drift on retraining)
  'test33.jsonl': { precision: 1, recall: 1, quoted: 0.91, author: 0.91, year: 1, ref: 1 }, // r53 retrain: 35/35, 35/35 ; r50a retrain: 35/36, 35/35; 32, 32, 35, 35 of 35 (recall raised: p3310's `a city that:` and its first bullet) (r43: quoted 32, author 31 of 34) 22/25, 22/35; 20, 18, 22, 22 of 22 at release; r45c 33/34, 33/35; 31, 30, 33, 33 of 33 ; r46a retrain: 34/35, 34/35; 31, 31, 34, 34 of 34 (quoted 0.93 -> 0.91: p3318 found by its rule and read as quoted, see the rules' floor)
  // The retrain at release (in sample on all four): test33 33/34, 33/35; 30, 28, 33, 33 of 33; paper 46 14/15, 14/14; 13,
  // 10, 13, 14 of 14 (the fourteenth found, unquoted, lowers its quoted floor 1 -> 0.92); test34 31/33, 31/33; 28, 26, 30,
  // 29 of 31; paper 47 as at release.
  // (r41a: 14/15, 14/14; 13, 13, 13, 14 of 14: the three attribution rules of paper 46 above)
  // (r41a: 31/33, 31/33; 28, 27, 30, 30 of 31)
  // (r41a: 15/15, 15/15; 15 of 15 each: the attribution lines under its slides' quotations, a body's name from its entry)
  // (both parts merged, the retrain the same model: paper 46 14/14, 14/14; 14, 13, 13, 14 of 14; test34 32/32, 32/33; 29,
  // 28, 31, 31 of 32; paper 47 15/15, 15/15, 15 of 15 each)
  // (the forty-second extractor's retrain lowers the learned precision floor 0.99 -> 0.93: 14/15, one of the three false
  // alarms the rules raise on paper 46 now kept; recall 14/14 unchanged)
  'review-paper-46': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // 13/15, 13/14; 13, 10, 13, 13 of 13 at release (r46b attribution: author, year raised; 14, 14, 14, 14 of 14) (r47b attribution + retrain: 14/14, 14/14; 14, 14, 14, 14 of 14)
  'test34.jsonl': { precision: 1, recall: 1, quoted: 0.96, author: 0.96, year: 0.96, ref: 1 }, // (r43: author 30 of 33) 30/33, 30/33; 27, 25, 29, 28 of 30 at release ; r44a: 31, 31, 33 of 33 (p3419 `We follow Adeyemi et al. [12] in defining`) (r47b attribution + retrain: 33/33, 33/33; 32, 32, 32, 33 of 33)
  'review-paper-47': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // 15/15, 15/15; 15, 11, 12, 14 of 15 at release
  // Blind for the forty-first's model (round 38); released for study after review-paper-48's convention 13 audit (the
  // forty-third's model at release: test35 24/29, 24/34; 18, 15, 21, 24 of 24; paper 48 14/17, 14/16; 12, 4, 6, 14 of
  // 14); trained on since (5c97902's retrain, in sample):
  'test35.jsonl': { precision: 1, recall: 1, quoted: 0.85, author: 0.82, year: 0.88, ref: 1 }, // at 982113b 31/35, 31/34; 22, 19, 27, 31 of 31; r44b 34/35, 34/34; r44a 25, 22, 26 of 31 (p3504's year: the dateline run into its sentence gives 1998, the label null); r44 + r45c, retrained: 34/34, 34/34; 28, 24, 29, 34 of 34 (r46b attribution: quoted, author, year raised; 29, 28, 30, 34 of 34)
  'review-paper-48': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // at 982113b 15/18, 15/16; 13, 5, 7, 15 of 15; r44b 16/16, 16/16; r44a 15, 15, 15 of 15; r44 + r45c, retrained: 16/16, 16/16; 16 of 16 each
  // Blind for 982113b's model (round 39); released for study, not trained on (in ROUNDS since 92761ae, not yet retrained):
  'test36.jsonl': { precision: 1, recall: 1, quoted: 0.88, author: 0.85, year: 0.92, ref: 1 }, // 33/40, 33/42; 24, 23, 26, 33 of 33 at release (r44b's model, not trained on it: 31/37, 31/42) (the forty-fourth's model trained without it: 31/37, 31/42; retrained with it, in sample: 37/39, 37/42; 28, 27, 30, 37 of 37) ; 33/40, 33/42; 24, 23, 26, 33 of 33 at release; r45c's rules and retrain: 39/39, 39/42; 30, 30, 33, 39 of 39 (r44+r45c merged, retrained, in sample: 39/41, 39/42; 30, 30, 33, 39 of 39) ; r46a retrain: 42/42, 42/42; 32, 32, 35, 42 of 42 (year 0.84 -> 0.83: p3625, see the rules' floor) ; 33/40, 33/42; 24, 23, 26, 33 of 33 at release (r44b's model, not trained on it: 31/37, 31/42) (the forty-fourth's model trained without it: 31/37, 31/42; retrained with it, in sample: 37/39, 37/42; 28, 27, 30, 37 of 37) ; 33/40, 33/42; 24, 23, 26, 33 of 33 at release; r45c's rules and retrain: 39/39, 39/42; 30, 30, 33, 39 of 39 (r44+r45c merged, retrained, in sample: 39/41, 39/42; 30, 30, 33, 39 of 39) (r46b attribution: quoted, author, year raised; 35, 34, 37, 39 of 39)
  'review-paper-49': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // 6/12, 6/16; 6, 5, 5, 5 of 6 at release (the forty-fourth's model trained without it: 6/10, 6/16; retrained with it, in sample: 16/16, 16/16; 16, 5, 6, 5 of 16) ; 6/12, 6/16; 6, 5, 5, 5 of 6 at release; r45c: 16/16, 16/16; 16, 16, 16, 16 of 16 (r44+r45c merged, retrained, in sample: 16/16, 16/16; 16 of 16 each)
  // Blind for c2ae0e5's model and the forty-sixth's (09f4cd6, trained without it) (round 40); released for study:
  // (the converged training, feat/train-remedy, L-BFGS λ = 1: 40/41, 40/45; 39, 37, 40, 40 of 40: two definitions fall under
  // 0.5 as three non-definitions go; recall floor 0.91 -> 0.88; pooled in sample 2270/2301 -> 2264/2285 of 2331)
  'test37.jsonl': { precision: 0.97, recall: 0.95, quoted: 0.97, author: 0.97, year: 1, ref: 1 }, // 37/43, 37/45; 32, 29, 35, 37 of 37 at release (c2ae0e5's model: 36/44, 36/45) (r47b attribution + retrain: 41/43, 41/45; 40, 38, 40, 41 of 41) ; r47a retrain (trained on it): 42/44, 42/45; 37, 34, 39, 42 of 42; 37/43, 37/45; 32, 29, 35, 37 of 37 at release (c2ae0e5's model: 36/44, 36/45) ; (r48a retrain: 44/45, 44/45; 43, 41, 43, 44 of 44) ; retrained with round 42 (in sample): 43/44, 43/45 (recall lowered)
  'review-paper-50': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // 17/19, 17/17; 17, 16, 17, 17 of 17 at release (the same with c2ae0e5's model) (r47b attribution + retrain: 17/17, 17/17; 17, 17, 17, 17 of 17) ; r47a retrain: 17/17; 17/19, 17/17; 17, 16, 17, 17 of 17 at release (the same with c2ae0e5's model)
  // Blind for the forty-seventh extractor's model (dd3c84b's training) (round 41); released for study:
  'test38.jsonl': { precision: 0.97, recall: 0.91, quoted: 0.76, author: 0.76, year: 0.91, ref: 1 }, // r51b attribution + retrain: 33/34, 33/37; 25, 25, 30, 33 of 33 ; 25/29, 25/37; 17, 16, 20, 25 of 25 at release (the same with the converged training's model, 717b86c, trained without it); retrained with it (in sample): 28/31, 28/37; 19, 17, 23, 28 of 28 (quoted and author lowered as fractions: 19 and 17 of 28 found against 17 and 16 of 25 at release) ; 25/29, 25/37; 17, 16, 20, 25 of 25 at release (r48a rules + retrain, trained on it: 33/34, 33/37; 24, 22, 27, 33 of 33; year's share 20/25 -> 27/33 as in the rules' floor) ; 25/29, 25/37; 17, 16, 20, 25 of 25 at release ; r48b attribution + retrain (trained on it): 27/29, 27/37; 20, 20, 24, 27 of 27 ; retrained with round 44: 33/34, 33/37 (recall lowered: p3835 lost; quoted and author 25, year 29 of 33, lowered) ; 25/29, 25/37; 17, 16, 20, 25 of 25 at release (the same with the converged training's model, 717b86c, trained without it); retrained with it (in sample): 28/31, 28/37; 19, 17, 23, 28 of 28 (quoted and author lowered as fractions: 19 and 17 of 28 found against 17 and 16 of 25 at release) ; 25/29, 25/37; 17, 16, 20, 25 of 25 at release (r48a rules + retrain, trained on it: 33/34, 33/37; 24, 22, 27, 33 of 33; year's share 20/25 -> 27/33 as in the rules' floor) ; 25/29, 25/37; 17, 16, 20, 25 of 25 at release ; r48b attribution + retrain (trained on it): 27/29, 27/37; 20, 20, 24, 27 of 27 ; retrained with round 44: 33/34, 33/37 (recall lowered: p3835 lost; quoted and author 25, year 29 of 33, lowered) ; r51a + retrain: 34/35, 34/37; 26, 26, 30, 34 of 34
  'review-paper-51': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // 16/16, 16/17; 14, 16, 13, 16 of 16 at release (the same with 717b86c's model, trained without it); retrained with it (in sample): 17/17, 17/17; 15, 17, 13, 17 of 17 (year lowered: the one more found is a participant's, whose interview year the rules do not read) ; 16/16, 16/17; 14, 16, 13, 16 of 16 at release (r48a: 17/17, 17/17; 15, 17, 13, 17 of 17: P2's `“means …` found, its year not read, as in the rules' floor) ; 16/16, 16/17; 14, 16, 13, 16 of 16 at release ; r48b attribution + retrain: 16/16, 16/17; 16, 16, 16, 16 of 16
  // Blind for the forty-eighth extractor's model (the converged training, trained without them) (round 42); released for
  // study after review-paper-52's convention 14 audit (floors on the audited labels):
  'test39.jsonl': { precision: 1, recall: 1, quoted: 0.92, author: 0.92, year: 0.96, ref: 1 }, // r50b attribution + retrain: 27/27, 27/27; 25, 25, 26, 27 of 27 ; 22/25, 22/27; 20, 20, 21, 22 of 22 at release ; r49b attribution + retrain (in sample): 24/26, 24/27; 22, 23, 23, 24 of 24 ; 22/25, 22/27; 20, 20, 21, 22 of 22 at release ; r49a retrain: 27/27, 27/27; 24, 23, 26, 27 of 27 (quoted and author counts rise, 22 -> 24, 22 -> 23, their rates fall 0.9 -> 0.88, 0.9 -> 0.85: the newly found p3915 and p3926 carry attributions the rules do not give yet; no label lost)
  'review-paper-52': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // 17/19, 17/18; 16, 16, 13, 17 of 17 at release (first coding, blind: 15/19, 15/15) ; r49b attribution + retrain: 17/19, 17/18; 17 of 17 each ; 17/19, 17/18; 16, 16, 13, 17 of 17 at release (first coding, blind: 15/19, 15/15) ; r49a retrain: 18/18, 18/18; 17, 17, 14, 18 of 18
  // Blind for the forty-eighth extractor's model trained with round 42, and for the forty-ninth's (round 43); released:
  'test40.jsonl': { precision: 1, recall: 1, quoted: 0.85, author: 0.96, year: 0.92, ref: 1 }, // r50b attribution + retrain: 25/26, 25/27; 23, 25, 24, 25 of 25 ; 21/25, 21/27; 21, 18, 20, 21 of 21 at release (both extractors); retrained with round 43 (in sample): 25/26, 25/27; 23, 21, 22, 25 of 25 (quoted, author and year rates lowered: four more found, some with an attribution the rules give otherwise) ; r50a retrain: 27/27, 27/27; 24, 22, 23, 27 of 27 (precision, recall raised; quoted, author, year lowered as the rules' are: new finds whose attribution is part b's, no label lost); 21/25, 21/27; 21, 18, 20, 21 of 21 at release (both extractors); retrained with round 43 (in sample): 25/26, 25/27; 23, 21, 22, 25 of 25 (quoted, author and year rates lowered: four more found, some with an attribution the rules give otherwise) ; r50a + r50b merged, retrained: 27/27, 27/27; 23, 26, 25, 27 of 27 (quoted lowered 0.88 -> 0.85)
  'review-paper-53': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // 15/17, 15/15; 15 of 15 each at release (the forty-eighth's model: 15/16) ; r50a retrain: 15/15, 15/15; 15/17, 15/15; 15 of 15 each at release (the forty-eighth's model: 15/16)
  // Blind for the model trained with round 43 (the forty-ninth and fiftieth extractors) (round 44); released:
  'test41.jsonl': { precision: 0.94, recall: 0.94, quoted: 1, author: 0.96, year: 0.96, ref: 1 }, // r51b attribution + retrain: 29/30, 29/35; 28, 28, 29, 29 of 29 ; 21/26, 21/35; 20, 19, 20, 21 of 21 at release ; retrained with round 44 (in sample): 29/30, 29/35; 27, 25, 28, 29 of 29 (quoted and author rates lowered: eight more found, some with an attribution the rules give otherwise) ; 21/26, 21/35; 20, 19, 20, 21 of 21 at release ; retrained with round 44 (in sample): 29/30, 29/35; 27, 25, 28, 29 of 29 (quoted and author rates lowered: eight more found, some with an attribution the rules give otherwise) ; r51a + retrain: 33/35, 33/35; 32, 29, 31, 33 of 33 (precision lowered: n4130's example value now cut at its brace and kept, and p4103's second definition run on to `’’, argues …`; year lowered as a rate: four more found)
  'review-paper-54': { precision: 1, recall: 1, quoted: 0.88, author: 0.88, year: 0.88, ref: 1 }, // r51b attribution + retrain: 15/17, 15/17; 15, 15, 15, 15 of 15 ; 14/17, 14/17; 12, 8, 10, 14 of 14 at release ; retrained with round 44 (in sample): 15/17, 15/17; 13, 8, 10, 15 of 15 (author and year rates lowered: one more found, its attribution not read) ; 14/17, 14/17; 12, 8, 10, 14 of 14 at release ; retrained with round 44 (in sample): 15/17, 15/17; 13, 8, 10, 15 of 15 (author and year rates lowered: one more found, its attribution not read) ; r51a + retrain: 17/18, 17/17; 13, 8, 10, 17 of 17 (quoted, author and year lowered as rates: two more found, the Department's, its attribution not read: attribution)
  // Blind for the model trained with round 44 (the fiftieth and fifty-first extractors) (round 45); released:
  'test42.jsonl': { precision: 0.93, recall: 0.9, quoted: 0.89, author: 0.78, year: 0.89, ref: 1 }, // 23/28, 23/31; 20, 17, 20, 23 of 23 at release ; retrained with round 45 (in sample): 28/30, 28/31; 25, 22, 25, 28 of 28
  'review-paper-55': { precision: 1, recall: 1, quoted: 1, author: 1, year: 0.93, ref: 1 }, // 16/16, 16/16; 16, 16, 15, 16 of 16 at release
  // Blind for the model trained with round 45 (the fifty-first extractor) (round 46); released:
  'test43.jsonl': { precision: 0.96, recall: 0.96, quoted: 0.96, author: 0.92, year: 0.96, ref: 1 }, // 23/27, 23/27; 22, 20, 21, 23 of 23 at release ; retrained with round 46 (in sample): 26/27, 26/27; 25, 23, 24, 26 of 26; r52: 25, 24, 25, 26 of 26
  'review-paper-56': { precision: 1, recall: 1, quoted: 1, author: 0.93, year: 0.93, ref: 1 }, // 13/13, 13/15; 7, 3, 2, 13 of 13 at release ; retrained with round 46 (in sample): 15/15, 15/15; 8, 4, 3, 13 of 15 (ref lowered: the two newly found, [16]'s and [29]'s, take their paragraph numbers for reference markers); r52: 15, 14, 14, 15 of 15 (paragraph numbers no citations; the Act, counsel, witnesses' years)
  // Blind for the model trained with round 46 (the fifty-first and fifty-second extractors) (round 47); released:
  'test44.jsonl': { precision: 0.96, recall: 0.93, quoted: 0.86, author: 0.79, year: 0.89, ref: 1 }, // 20/25, 20/31; 17, 16, 20, 20 of 20 at release ; r53 retrain: 29/30, 29/31; 25, 23, 26, 29 of 29 ; retrained with round 47 (in sample): 28/30, 28/31; 22, 22, 25, 28 of 28 (quoted, author and year lowered as rates: eight more found, some without the attribution)
  'review-paper-57': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // 18/19, 18/18; 18, 18, 18, 18 of 18 at release ; r53 retrain: 18/18, 18/18
  // Blind for the model trained with round 47 (the fifty-third extractor) (round 48); released (issue 11's check met):
  'review-paper-58': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // 18/18, 18/18; 18, 18, 18, 18 of 18 at release
  // Blind for the model trained with round 48 (the fifty-third extractor) (round 49); released:
  'test45.jsonl': { precision: 0.96, recall: 0.93, quoted: 1, author: 1, year: 1, ref: 1 }, // 27/28, 27/29; 27, 27, 27, 27 of 27 at release
  'review-paper-59': { precision: 1, recall: 1, quoted: 1, author: 1, year: 1, ref: 1 }, // 18/18, 18/18; 18, 18, 18, 18 of 18 at release (paper.pdf blind 17/18, 17/18: its Table 1, see FLOORS)
  // Blind for the model trained with round 49 (the fifty-third extractor) (round 50); released:
  'test46.jsonl': { precision: 1, recall: 0.92, quoted: 1, author: 0.92, year: 0.96, ref: 1 }, // 25/25, 25/28; 25, 23, 24, 25 of 25 at release
};

// Definitions a paper's PDF gives that its pages.json misses (each with every field right), found at release:
// review-paper-34's Table 2 cell `“A digital twin is a continuously updated data model …” (p. 2)` wraps onto indented
// continuation lines in pages.json (the rules miss it there) and is read whole from the PDF's table.
export const PDF_GAINS: Record<string, number> = { 'review-paper-34': 1 };

// Papers whose pages.json sets a table out in fixed width (column names and cells parted by runs of spaces, wrapped cells
// indented under their column), which the twenty-eighth extractor reads row by row under its header (`gappedHeader`).
// make-pdf.mjs prints those lines in a proportional font, spaces and all, so in paper.pdf the cells do not line up in x.
// The PDF reader keeps column gaps and indents (pdf-layout.ts), which reads paper 36's table as pages.json does (14/14,
// 14/14 from the PDF); paper 37's header and first row still miss each other on the reader's grid (its `Instrument`
// at x 114.5, the row's cell at 118.9; `Year  Definition …` parted by two spaces, 0.56 of the font size, which pdf.js
// reads as one word space), so its PDF holds 13/14, 13/14 (pages.json 14/14, 14/14).
export const PDF_APART: Record<string, Floor> = {
  'review-paper-37': { precision: 0.92, recall: 0.92, quoted: 1, author: 1, year: 1, ref: 1 },
  // review-paper-38's paper.pdf (released for the twenty-ninth extractor): 12/14, 12/14; quoted 12, author 11, year 11,
  // ref 12 of 12 at release. Twenty-ninth extractor: its footnote read as one block (pdf-layout.ts) and its relayed
  // citation filed, 13/14, 13/14, every field 13 of 13; the rest is the fixture's (its Table 1 set in a proportional font:
  // the definition cell at x 178.4, its wrapped lines at 151.7, so the wrapped lines are not the cell's on any grid).
  'review-paper-38': { precision: 0.92, recall: 0.92, quoted: 1, author: 1, year: 1, ref: 1 },
  // review-paper-39's paper.pdf: 14/17, 14/15, author 9 of 14 at release, as its pages.json. Thirtieth extractor: 14/15,
  // 14/15, every field 14 of 14; its Figure 5 is set as paper 38's Table 1 is (runs of spaces in a proportional font: the
  // header's `Year Definition` one run, the wrapped cells at x 36 characters against the cell's 52 on the reader's grid),
  // so the Harnby row's cell runs into the next rows; with its cells placed by x position it scores as pages.json (below).
  'review-paper-39': { precision: 0.93, recall: 0.93, quoted: 1, author: 1, year: 1, ref: 1 },
  // review-paper-40's paper.pdf (released for the thirty-first extractor): 11/17, 11/15; quoted 9, author 9, year 8, ref 8
  // of 11 (pages.json 14/19, 14/15), not looked into at release. Thirty-first extractor: 11/15, 11/15, every field 11 of 11;
  // its page 3 set in two columns that the reader interleaved: a paragraph above them and Table 1 below cross the gutter on
  // 14 or more of the page's 43 lines, more than the quarter a whole page's gutter allows. Read as a block of columns apart from
  // them (pdf-layout.ts, feat/pdf31): 14/17, 14/15, every field 14 of 14 (pages.json 15/17, 15/15, both methods: learned
  // 14/15, 14/15 against 15/15, 15/15). The rest is the fixture's, as paper 37's: its Table 1 set in a proportional font,
  // the Meridane row's `smart sustainable city  A smart sustainable city is a` parted by two spaces, which pdf.js reads
  // as one word space, so the definition cell is one run with its term and runs on into the next rows; with its cells
  // placed by x position it scores as pages.json (below).
  'review-paper-40': { precision: 0.82, recall: 0.93, quoted: 1, author: 1, year: 1, ref: 1 },
  // review-paper-41's paper.pdf (released for the thirty-third extractor): 13/17, 13/15, every field 13 of 13 (pages.json
  // 15/17, 15/15; learned 13/14, 13/15 against 15/16, 15/15), not looked into at release. feat/pdf32: the fixture's, as
  // paper 37's. The reader's text of its six pages differs from pages.json only in Table 1's spacing (pages 4 and 5) and
  // the running foot of page 3 (read after the left column; the miner drops it as a running line). The table is set in a
  // proportional font: `Year  Sector` in its header and repeated header, and `2022  Government  A smart city is a place`
  // in the Tirrell row, are parted by two spaces, which pdf.js reads as one word space, so the header's columns and the
  // rows' cells do not line up, and the definition cells of the Sundqvist-Obi (page 4) and Tirrell (page 5) rows run on
  // into the next row. With its cells placed by x position (as a LaTeX tabular sets them, 12 pt apart) it scores as
  // pages.json with both methods (below).
  'review-paper-41': { precision: 0.76, recall: 0.86, quoted: 1, author: 1, year: 1, ref: 1 },
};

// Every labelled file (evaluation-data.ts lists them, for the scripts too).
export { PAPERS, PASSAGE_FILES };

// Both methods' floors run in the fast project for the newest rounds' files (the last eight passage files and papers:
// the ones nearest to unseen text) and in the slow project for the rest (evaluation-rules.slow.test.ts,
// evaluation-learned.slow.test.ts), so that `npm test` stays under a minute on two cores as rounds are added (mining
// every labelled file by both methods was a quarter of the fast project's time); CI runs both projects.
const NEWEST = new Set([...PASSAGE_FILES.slice(-8), ...PAPERS.slice(-8)]);
export const inFast = (name: string): boolean => NEWEST.has(name);

export function expectFloors(name: string, s: Scored, floor: Floor = FLOORS[name]!): void {
  const totals = `${name}: precision ${s.precision.toFixed(3)} (${s.tp}/${s.tp + s.fp}), recall ${s.recall.toFixed(3)} (${s.tp}/${s.tp + s.fn})`;
  // A held-out file's passages are never printed, even when its floor fails.
  const report = HELD_OUT.has(name)
    ? `${totals} (held out: totals only)`
    : `${totals}\nmisses:\n  ${s.misses.join('\n  ')}\nfalse positives:\n  ${s.falseAlarms.join('\n  ')}\nattribution:\n  ${s.wrongAttribution.join('\n  ')}`;
  expect(s.precision, report).toBeGreaterThanOrEqual(floor.precision);
  expect(s.recall, report).toBeGreaterThanOrEqual(floor.recall);
  const a = s.attribution;
  for (const field of ['quoted', 'author', 'year', 'ref'] as const) {
    expect(a.checked ? a[field] / a.checked : 1, `${field} right for ${a[field]} of ${a.checked}\n${report}`).toBeGreaterThanOrEqual(floor[field]);
  }
}

/** Mines `name` (a passage file, each passage a one-page document, or a paper) by the rules at the default threshold and holds it to its floor. */
export function expectRulesFloors(name: string): void {
  const passages = name.endsWith('.jsonl') ? readPassages(name) : undefined;
  const paper = passages ? undefined : readPaper(name)!;
  const found = passages
    ? minePassages(passages)
    : [{ id: name, found: mineDefinitions(paper!.pages, { concept: EVALUATION_CONCEPT }), expected: paper!.expected }];
  expectFloors(name, score(found));
}

/** Mines `name` (a passage file or a paper) by the learned method and holds it to `floor`. */
export function expectLearnedFloors(name: string, floor: Floor): void {
  const mine = (pages: readonly string[]) => mineBy('learned', pages, { concept: EVALUATION_CONCEPT });
  const passages = name.endsWith('.jsonl') ? readPassages(name) : undefined;
  const paper = passages ? undefined : readPaper(name)!;
  const found = passages ? minePassages(passages, mine) : [{ id: name, found: mine(paper!.pages), expected: paper!.expected }];
  expectFloors(name, score(found), floor);
}
