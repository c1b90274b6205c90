import { termForms, type Concept, type TermForm } from '../config/concept.js';
import { ConfigSchema } from '../config/schema.js';
import type { At, Diagnostics } from '../core/diagnostics.js';
import { attribute, listedIn, noteParentheticalSource, referenceIndex, spokenIn, withYearOfCalledNote, type Attribution } from './attribution.js';
import { fullNamesIn } from './acronyms.js';
import { ATTRIBUTION_LINE, SOURCE_LABEL, sourceCellBefore, type ListedNumbers } from './citations.js';
import { findClauses, headedEntry, MAX_NAMINGS, termMatcher, type Clause, type Factor, type TermMatcher } from './clauses.js';
import { layOut, type Laid } from './layout.js';
import { labelledReferences, parseReferences, type Reference } from './references.js';
import { inReviewFile, reviewFileOf, type ReviewFile } from './review-file.js';
import { citedByPage, listedWorks } from './reviewed-works.js';
import { collectionOf } from './collection.js';
import { notesByPage, notesReadFrom } from './notes.js';
import { participantCitedAfter, participantYears, roundYears, saidByParticipant } from './participants.js';
import { notesOf, placeOf, shownText, splitSentences, toUnits, type Sentence, type Unit, type UnitKind } from './segment.js';
import { readTurns, type Speaker } from './speakers.js';
import { inReadingOrder, readTermEntries } from './term-entries.js';
import { DEFAULT_MIN_SCORE } from './threshold.js';

export type { Attribution } from './attribution.js';
export type { Factor } from './clauses.js';

/** A defining clause of the concept found in a document. */
export interface Candidate {
  /** 1-based page where the clause starts (1 for a text without pages). */
  readonly page: number;
  /** 1-based line of that page's text where the clause starts. */
  readonly line: number;
  /** The sentence the clause is in. */
  readonly sentence: string;
  /** The defining clause: from the defined term (or its article) to the end of the definiens. */
  readonly clause: string;
  /** The configured term it defines (`smart city`, `sustainable city`, …). */
  readonly term: string;
  /** 0–1: pattern × position × length × checks (see `explanation`). */
  readonly score: number;
  /** Name of the defining construction (`is-a`, `defined-as`, `x-defines`, `glossary`, …). */
  readonly pattern: string;
  readonly explanation: Explanation;
  /** The document quotes someone else's definition (see `attribution`). */
  readonly quoted: boolean;
  readonly attribution?: Attribution;
  /** Where on the page it was: a paragraph, a list item, a footnote, a table row. */
  readonly context: UnitKind;
}

/** Why a candidate scores what it does: each factor named, multiplied together. */
export interface Explanation {
  readonly pattern: Factor;
  readonly position: Factor;
  readonly length: Factor & { readonly words: number };
  readonly checks: readonly Factor[];
  /** Set by the learned method (`mine --method learned`): the model's probability, and the rules' candidate the span overlaps. */
  readonly learned?: {
    readonly probability: number;
    readonly threshold: number;
    readonly overlaps?: { readonly pattern: string; readonly score: number; readonly clause: string };
  };
}

export interface MineOptions {
  /** Candidates scoring below this are left out (default 0.5). */
  readonly minScore?: number;
  /** The concept whose definitions are mined (default: the config's default, the smart city family). */
  readonly concept?: Concept;
  /** Told the page of each sentence naming the concept more than `MAX_NAMINGS` times, whose later namings are not read. */
  readonly onUnread?: (page: number) => void;
  /**
   * The learned method only: told the page and length of each sentence naming the concept that it spans only in its
   * first characters (learn/candidates.ts, MAX_SPANNED).
   */
  readonly onCut?: (page: number, length: number) => void;
  /** The learned method only: told the page and count of namings of each sentence it spans around its first eight namings only (learn/candidates.ts). */
  readonly onNamingsCut?: (page: number, namings: number) => void;
}

export { DEFAULT_MIN_SCORE } from './threshold.js';

/** How many sentences after a clause attribution reads (a citation after it, a source line, a keyword cell). */
const FOLLOWING_READ = 4;

// A standard's note to entry (left in the body by readTermEntries) explains its entry; it defines the term only
// with an explicit defining verb (`can also be understood as a …`), not with a copula (`A smart city is a city that
// measures these outcomes …`, which says something more of the entry).
const NOTE_TO_ENTRY = /^(?:(?:[Nn]ote|NOTE)\s+\d+\s+to\s+entry\b|NOTE\b|Notes?\s*\d*\s*[:–—-])/u;
const EXPLICIT_DEFINITION = /-as$|-to-be$|^(?:means|refers-to|taken-to-mean|x-defines|we-define)$/u;

const DEFAULT_CONCEPT: Concept = ConfigSchema.parse({}).concept;
const matchers = new WeakMap<Concept, TermMatcher>();

function matcherFor(concept: Concept): TermMatcher {
  let m = matchers.get(concept);
  if (!m) {
    m = termMatcher(termForms(concept));
    matchers.set(concept, m);
  }
  return m;
}

/**
 * The matcher, plus the abbreviations the document introduces for a term (`the Digital Twin (DT)`
 * makes `DT` and `DTs` forms of digital twin in that document only).
 */
const formsOf = new WeakMap<Concept, TermForm[]>();

function withAbbreviations(matcher: TermMatcher, concept: Concept, text: string): TermMatcher {
  let forms = formsOf.get(concept);
  if (!forms) {
    forms = termForms(concept);
    formsOf.set(concept, forms);
  }
  const extra: { form: string; term: string }[] = [];
  // Find the parenthesised capitals first (rare), then look at the words before them.
  for (const m of text.matchAll(/\((\p{Lu}{2,6})s?\)/gu)) {
    const before = text
      .slice(Math.max(0, m.index - 60), m.index)
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trimEnd();
    const form = forms.filter((f) => before.endsWith(f.form)).sort((a, b) => b.form.length - a.form.length)[0];
    const abbreviation = m[1]!.toLowerCase();
    if (form && !forms.some((f) => f.form === abbreviation) && !extra.some((e) => e.form === abbreviation)) {
      extra.push({ form: abbreviation, term: form.term }, { form: `${abbreviation}s`, term: form.term });
    }
  }
  extra.push(...initialisms(forms, text, extra));
  return extra.length ? termMatcher([...forms, ...extra]) : matcher;
}

/**
 * A term's initials in capitals (`DT` for digital twin, `SSC` for smart sustainable city) stand for it in a
 * document that writes them so, unless two terms share them (`SC`: smart city or sustainable city), the
 * document brings them in for something else (`Supply Chain (SC)`) or writes them in lower case too.
 */
function initialisms(forms: readonly TermForm[], text: string, introduced: readonly { form: string }[]): { form: string; term: string }[] {
  const byInitials = new Map<string, Set<string>>();
  for (const f of forms) {
    const words = f.form.split(' ');
    if (words.length < 2 || words.some((w) => /^(?:and|or|of|the|for|in|a|an|&)$/u.test(w))) continue;
    const initials = words.map((w) => w[0]!).join('');
    byInitials.set(initials, (byInitials.get(initials) ?? new Set()).add(f.term));
  }
  const out: { form: string; term: string }[] = [];
  for (const [initials, terms] of byInitials) {
    const upper = initials.toUpperCase();
    if (terms.size !== 1 || forms.some((f) => f.form === initials) || introduced.some((e) => e.form === initials)) continue;
    if (!new RegExp(`(?<![\\p{L}\\p{N}])${upper}s?(?![\\p{L}\\p{N}])`, 'u').test(text)) continue;
    if (new RegExp(`(?<![\\p{L}\\p{N}])${initials}s?(?![\\p{L}\\p{N}])`, 'u').test(text) || new RegExp(`\\(${upper}s?\\)`, 'u').test(text)) continue;
    const term = [...terms][0]!;
    out.push({ form: initials, term }, { form: `${initials}s`, term });
  }
  return out;
}

/** The matcher of the concept's forms in one document, with the abbreviations that document introduces. */
export function documentMatcher(concept: Concept, body: readonly { readonly text: string }[]): TermMatcher {
  return withAbbreviations(matcherFor(concept), concept, body.map((l) => l.text).join(' '));
}

/**
 * A document laid out and read once: its body in reading order, the matcher with its abbreviations, its references,
 * its terminology entries and units. Both methods mine from it (the learned one spans the same sentences the rules read).
 */
export interface PreparedDocument {
  readonly concept: Concept;
  readonly laid: Laid;
  readonly matcher: TermMatcher;
  readonly references: ReadonlyMap<number | string, Reference>;
  /** The author–year entries of its reference list (the works a page locator may cite). */
  readonly works: readonly Reference[];
  readonly terms: ReturnType<typeof readTermEntries>;
  readonly units: readonly Unit[];
  /** The sentences of one of `units`, split on first use and then kept. */
  readonly sentencesOf: (unit: Unit) => readonly Sentence[];
  /** In a transcript, the speaker of each of `units` (undefined outside turns: headings, notes, the apparatus). */
  readonly speakers: readonly (Speaker | undefined)[];
  /** In a transcript, the year of the event it records, if printed. */
  readonly eventYear?: number;
  /** In a peer review file, its byline and the part each place is in (convention 13). */
  readonly reviewFile?: ReviewFile;
}

// A Markdown or e-mail block quotation's markers at a line's start (`> A smart city is …`, `>> …`): the quoted text is
// read as the lines it marks (not a number compared, `> 50 sensors`; not a merge's conflict marker, seven in a row and
// a branch's name, `>>>>>>> main`, which ends a conflicting stretch: segment.ts reads it as markup).
const QUOTE_MARKERS = /^[ \t]{0,3}(?!>{7} )(?:>[ \t]?)+(?=[^\s\d>]|$)/gmu;
function unquoteMarkdown(page: string): string {
  return page.replace(QUOTE_MARKERS, '');
}

/** The document given as page texts (one string for a text without pages), prepared for mining. Pure. */
export function prepareDocument(pages: readonly string[], concept: Concept = DEFAULT_CONCEPT): PreparedDocument {
  const laid = layOut(pages.map(unquoteMarkdown));
  const matcher = documentMatcher(concept, laid.body);
  const listed = parseReferences(laid.references);
  // (a patent's labelled literature lists, `PTL 1: …`, `NPL 2: …`, keyed by label beside the numbered entries)
  const labelled = labelledReferences([...laid.body, ...laid.references].map((l) => l.text));
  const references = new Map<number | string, Reference>([...referenceIndex(listed), ...labelled]);
  const works = listedWorks(listed);
  // A transcript's speaker labels are taken off the lines they open (each opens a unit of its own).
  const turns = readTurns(laid.body);
  // A terminology standard's entries (`3.1` / `smart city` / `city that …`) are read apart from the prose.
  const terms = readTermEntries(turns?.body ?? laid.body, laid.references, matcher, references);
  const units = toUnits(terms.body);
  const speakers = turns ? speakersOf(units) : [];
  const split = new Map<Unit, readonly Sentence[]>();
  const sentencesOf = (unit: Unit) => {
    let sentences = split.get(unit);
    if (!sentences) split.set(unit, (sentences = splitSentences(unit.text, unit.kind)));
    return sentences;
  };
  const reviewFile = reviewFileOf(units, references);
  return {
    concept,
    laid,
    matcher,
    references,
    works,
    terms,
    units,
    sentencesOf,
    speakers,
    ...(turns?.year !== undefined ? { eventYear: turns.year } : {}),
    ...(reviewFile ? { reviewFile } : {}),
  };
}

// An editor's paragraph inside a transcript: `[Break]`, `[Editor's note: …]`, `Editor’s note: …`.
const EDITORIAL = /^\s*\[[^\]]*\]\s*$|^\s*\[?\s*(?:editor[’']?s?\s+note|ed\.\s+note|transcriber[’']?s?\s+note|note)\b/iu;

/**
 * Who speaks in each unit: a turn runs from its label over the paragraphs and list items after it (across pages) to
 * the next label or heading; notes, table rows and an editor's paragraph (`[Break]`, `Editor's note: …`) are no one's turn.
 */
function speakersOf(units: readonly Unit[]): (Speaker | undefined)[] {
  let speaking: Speaker | undefined;
  return units.map((unit) => {
    if (unit.turn) speaking = unit.turn;
    else if (unit.kind === 'heading') speaking = undefined;
    const spoken = (unit.kind === 'paragraph' || unit.kind === 'item') && !EDITORIAL.test(unit.text);
    return spoken ? speaking : undefined;
  });
}

// A loading or coefficient cell, then the next row's item code: `0.71 PC3`, `.82 TR2`.
const ITEM_AND_LOADING = /(?<![\p{L}\p{N}.])[01]?\.\d{2,3}\s+\p{Lu}{1,4}\d{1,2}\s/gu;

/** How many times a global pattern matches, counting no further than `cap`. */
function countTo(pattern: RegExp, text: string, cap: number): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (n < cap && pattern.exec(text)) n++;
  pattern.lastIndex = 0;
  return n;
}

/**
 * The defining clauses of the concept in a document given as page texts (one string for a text
 * without pages), in reading order. Pure: the same pages always give the same candidates.
 */
export function mineDefinitions(pages: readonly string[], options: MineOptions = {}): Candidate[] {
  return minePrepared(prepareDocument(pages, options.concept ?? DEFAULT_CONCEPT), options);
}

/** `mineDefinitions` on a document already prepared (its concept is the one it was prepared for). Pure. */
export function minePrepared(document: PreparedDocument, options: Omit<MineOptions, 'concept'> = {}): Candidate[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const { laid, matcher, references, works, terms, units, sentencesOf } = document;
  const out: Candidate[] = [];
  const notes = notesOf(units);
  const printedNotes = notesByPage(laid.body);
  // (a superscript the document prints a footnote for is that note's marker, even when its list holds the number)
  const listed = listedIn(references, new Set([...notes.keys(), ...[...printedNotes.values()].flatMap((page) => [...page.keys()])]));
  const notesOnOrAfter = notesReadFrom(printedNotes);
  // (an interview study's participants table: the year each coded participant was interviewed)
  const interviewed = participantYears(laid.body);
  // (a Delphi study's or focus group's rounds, dated in its method: the date of the round a participant is cited from)
  const rounds = roundYears(laid.body);
  // (a book of abstracts: an abstract's own definition is its signers', convention 9)
  const collection = collectionOf(laid.body);
  units.forEach((unit, u) => {
    // A title line (a heading, or a short line without a full stop) over the meaning of its term.
    if (unit.kind === 'heading' || (unit.text.split(/\s+/).length <= 6 && !/[.!?:;]\s*$/u.test(unit.text))) {
      const entry = headingEntry(unit, units[u + 1], matcher, references, listed, minScore, sentencesOf);
      if (entry) out.push(entry);
      if (entry || unit.kind === 'heading') return;
    }
    const sentences = sentencesOf(unit);
    const note = NOTE_TO_ENTRY.test(unit.text);
    const speaker = document.speakers[u];
    sentences.forEach((sentence, i) => {
      // A run-in glossary title, a term alone with its full stop, over the meaning in the next sentence (`Smart city. A city that …`).
      const runIn = runInEntry(unit, sentence, sentences[i + 1], matcher, references, listed, minScore);
      if (runIn) out.push(speaker ? spokenCandidate(runIn, speaker, document.eventYear) : runIn);
      const onUnread = options.onUnread && (() => options.onUnread!(placeOf(unit, sentence.start).page));
      // (a unit's first sentence reads the last one of the unit above, a heading too: `What is a smart city?` set as a
      // session title or an FAQ's question over the paragraph that answers it; only the frames read `previous`)
      const above = i === 0 ? units[u - 1] : undefined;
      const context = {
        previous: sentences[i - 1]?.text ?? (above ? (sentencesOf(above).at(-1)?.text ?? '') : ''),
        next: sentences[i + 1]?.text ?? '',
        listed,
      };
      for (const clause of findClauses(sentence.text, matcher, context, onUnread)) {
        if (clause.score < minScore || (note && !EXPLICIT_DEFINITION.test(clause.pattern.name))) continue;
        // (a measurement table read as prose: a clause that runs through item codes and loadings, `… residents 0.71 PC3 My
        // data … 0.76 FC1 …`, is a questionnaire's rows run together, an item respondents rated, not a sentence)
        if (countTo(ITEM_AND_LOADING, sentence.text.slice(clause.start, clause.end), 2) >= 2) continue;
        // What follows it: the rest of its unit, then the next unit's first sentence (a source line
        // under a block quotation, a citation set on a line of its own).
        const next = units[u + 1];
        // (attribution reads four at most: taking them all made a unit of many definitions quadratic)
        const following = [
          ...sentences.slice(i + 1, i + 1 + FOLLOWING_READ).map((s) => s.text),
          // (a `Source: …` line under a record's definition is that short line a heading is read as, and still its source)
          // (and so is an attribution line under a quotation, `— Ana Lind, 2016`, read as a heading too)
          ...(next && (next.kind !== 'heading' || SOURCE_LABEL.test(next.text) || ATTRIBUTION_LINE.test(next.text))
            ? sentencesOf(next)
                .slice(0, 1)
                .map((s) => s.text)
            : []),
        ];
        // What precedes it: the sentence before, or the last one of the unit before (`Freda Miklin … provides a succinct answer.`).
        const previous = units[u - 1];
        const preceding = i > 0 ? sentences[i - 1]!.text : previous && previous.kind !== 'heading' ? (sentencesOf(previous).at(-1)?.text ?? '') : '';
        const place = placeOf(unit, sentence.start + clause.start);
        const pageNotes = notesOnOrAfter(place.page);
        // (in a peer review file, a report's markers are read in its own list)
        const part = document.reviewFile?.partAt(u, sentence.start + clause.start);
        let attribution = attribute(
          sentence.text,
          clause,
          following,
          document.reviewFile?.referencesOf(part) ?? references,
          preceding,
          unit.text.slice(0, sentence.start),
          notes,
          pageNotes,
          unitsAbove(units, u),
        );
        attribution = citedByPage(attribution, sentence.text, clause.end, `${paragraphsAbove(units, u)}\n${unit.text.slice(0, sentence.start)}`, works);
        const lead = sentence.text.slice(0, clause.start);
        const inParenthetical = noteParentheticalSource(lead, unit.text, pageNotes, listed);
        if (inParenthetical) attribution = inParenthetical;
        // A name carrying a note call (`Rowell12 defines …`): the year the note gives, when the note names that source.
        else if (attribution?.author && attribution.year === undefined) attribution = withYearOfCalledNote(attribution, lead, pageNotes, listed);
        // A table row's source cell before the definition cell names its source.
        const cell = unit.kind === 'row' && i === 0 ? sourceCellBefore(sentence.text.slice(0, clause.start)) : undefined;
        if (cell) attribution = { ...(attribution?.ref ? { ref: attribution.ref } : {}), ...cell, cue: 'source cell' };
        if (speaker) attribution = spokenIn(attribution, speaker, document.eventYear);
        // (a coded participant's words, `… in public” (P18, councillor, City A)`: quoted, unnamed, the interview's year)
        else
          attribution = saidByParticipant(
            attribution,
            participantCitedAfter(unit.text, sentence.start + clause.end, sentence.start + sentence.text.length),
            interviewed,
            rounds,
          );
        if (!attribution && collection) attribution = collection.signedAt(place.page, place.line);
        if (document.reviewFile) attribution = inReviewFile(attribution, document.reviewFile, part, lead, clause);
        out.push(candidate(sentence.text, clause, attribution, place, unit.kind));
      }
    });
  });
  const entries = terms.entries
    .filter((e) => e.clause.score >= minScore)
    .map((e) => ({ at: e.at, candidate: candidate(e.sentence, e.clause, e.attribution, e.place, 'item') }));
  // (a body cited by its acronym and named in full elsewhere in the document is filed by its full name)
  const documentText = [...laid.body, ...laid.references].map((l) => l.text).join('\n');
  const withFullName = fullNamesIn(documentText);
  // (a judgment's hearing, `Hearing dates: 19 and 20 January 2027`: when counsel made the submissions it reports)
  const heard = HEARING_DATE.exec(documentText.slice(0, 5000))?.[1];
  return inReadingOrder(out, entries, laid.body).map((c) => {
    let attribution = withFullName(c.attribution);
    if (heard && attribution?.author && attribution.year === undefined && SUBMISSION_CUE.test(attribution.cue ?? ''))
      attribution = { ...attribution, year: Number(heard) };
    if (attribution === c.attribution) return c;
    // (a source the document cannot name after all, a statute's definition with no Act named: the writer's own)
    if (!attribution) {
      const { attribution: _, ...rest } = c;
      return { ...rest, quoted: false };
    }
    return { ...c, attribution };
  });
}

// The hearing's date as a judgment's title page prints it (`Hearing dates: 19 and 20 January 2027`, `Date of hearing: …`),
// and the cues of what counsel said at it (`Ms Lind for the Claimant submitted that …`).
const HEARING_DATE = /\b(?:Hearing\s+dates?|Dates?\s+of\s+hearing|Heard\s+on)\s*:?[^\S\n]*[^\n]{0,60}?\b((?:19|20)\d\d)(?!\d)/iu;
const SUBMISSION_CUE = /^(?:submitted|submits|contended|contends)$/u;

/** The text of the two units above a unit, not past a heading (the paragraphs a `she` or `the book` may point back to). */
function paragraphsAbove(units: readonly Unit[], u: number): string {
  const above: string[] = [];
  for (let k = u - 1; k >= 0 && k >= u - 2 && units[k]!.kind !== 'heading'; k--) above.unshift(units[k]!.text);
  return above.join('\n');
}

/** The text of the two units above a unit, a heading among them (a name printed in a stand's or an entry's title line). */
function unitsAbove(units: readonly Unit[], u: number): string {
  // (the last 300 characters of each: what attribution reads of them, so a long unit is not copied for every candidate)
  return [units[u - 2], units[u - 1]].map((x) => x?.text.slice(-300) ?? '').join('\n');
}

function candidate(
  sentence: string,
  clause: Clause,
  attribution: Attribution | undefined,
  place: { page: number; line: number },
  context: UnitKind,
): Candidate {
  return {
    page: place.page,
    line: place.line,
    sentence: shownText(sentence),
    clause: shownText(sentence.slice(clause.start, clause.end)),
    term: clause.term,
    score: clause.score,
    pattern: clause.pattern.name,
    explanation: { pattern: clause.pattern, position: clause.position, length: { ...clause.length, words: clause.words }, checks: clause.checks },
    quoted: attribution !== undefined,
    ...(attribution ? { attribution } : {}),
    context,
  };
}

/** A candidate said in a speaker's turn (`spokenIn`). */
function spokenCandidate(found: Candidate, speaker: Speaker, year: number | undefined): Candidate {
  const attribution = spokenIn(found.attribution, speaker, year);
  return attribution === found.attribution ? found : { ...found, quoted: attribution !== undefined, ...(attribution ? { attribution } : {}) };
}

/** A glossary title line that is a term alone, with its meaning in the first sentence under it. */
function headingEntry(
  heading: Unit,
  next: Unit | undefined,
  matcher: TermMatcher,
  references: ReadonlyMap<number | string, Reference>,
  listed: ListedNumbers,
  minScore: number,
  sentencesOf: PreparedDocument['sentencesOf'],
): Candidate | undefined {
  if (!next || next.kind === 'heading') return undefined;
  const sentences = sentencesOf(next);
  const first = sentences[0];
  if (!first) return undefined;
  const clause = headedEntry(heading.text, first.text, matcher, listed);
  if (!clause || clause.score < minScore) return undefined;
  const text = `${heading.text.trim()} ${first.text}`;
  const attribution = attribute(
    text,
    clause,
    sentences.slice(1, 2).map((s) => s.text),
    references,
  );
  return candidate(text, clause, attribution, placeOf(heading, 0), 'paragraph');
}

/** `(b) Digital twin. A virtual model of …`: a sentence that is a term alone (after a list marker), then its meaning. */
function runInEntry(
  unit: Unit,
  sentence: { text: string; start: number },
  next: { text: string; start: number } | undefined,
  matcher: TermMatcher,
  references: ReadonlyMap<number | string, Reference>,
  listed: ListedNumbers,
  minScore: number,
): Candidate | undefined {
  if (!next) return undefined;
  const marker = /^\s*(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)|\d{1,2}\.|[•·▪◦●■‣–—*-])?\s*/u.exec(sentence.text)![0].length;
  const title = sentence.text.slice(marker);
  if (!/^[^\s.]+(?:\s+[^\s.]+){0,3}\.$/u.test(title)) return undefined;
  const clause = headedEntry(title, next.text, matcher, listed);
  if (!clause || clause.score < minScore) return undefined;
  const text = `${title} ${next.text}`;
  return candidate(text, clause, attribute(text, clause, [], references), placeOf(unit, sentence.start + marker), unit.kind);
}

/**
 * A candidate's score as printed: two decimals for the rules' factors, four for the learned method's probability
 * (it is kept to four), which sits near 1 for most of what it keeps: 0.9950 and 0.9999 would both print 1.00.
 */
export function shownScore(candidate: Pick<Candidate, 'score' | 'explanation'>): string {
  return candidate.score.toFixed(candidate.explanation.learned ? 4 : 2);
}

/** One line saying why a candidate scores what it does: `is-a 0.90 × sentence start 1.00 × 24 words 1.00`. */
export function explain(candidate: Pick<Candidate, 'explanation'>): string {
  const e = candidate.explanation;
  if (e.learned) {
    const o = e.learned.overlaps;
    const overlap = o ? `overlaps the rules' ${o.pattern} ${o.score.toFixed(2)}` : 'no rule pattern overlaps';
    return `learned p ${e.learned.probability.toFixed(4)} (kept from ${e.learned.threshold.toFixed(2)}) × ${e.length.words} words; ${overlap}`;
  }
  const parts = [
    `${e.pattern.name} ${e.pattern.value.toFixed(2)}`,
    `${e.position.name} ${e.position.value.toFixed(2)}`,
    `${e.length.words} words ${e.length.value.toFixed(2)}`,
    ...e.checks.map((c) => `${c.name} ${c.value.toFixed(2)}`),
  ];
  return parts.join(' × ');
}

/**
 * `onUnread` for one file (or one bibliography entry's abstract), and the warning it leads to: one per file, naming the pages whose run-on sentences were
 * read only for their first `MAX_NAMINGS` namings of the concept (a spliced or generated text, never real prose).
 */
export function unreadSentences(diagnostics: Diagnostics, at: At): { readonly onUnread: (page: number) => void; readonly report: () => void } {
  const pages: number[] = [];
  return {
    onUnread: (page) => void pages.push(page),
    report: () => {
      if (pages.length === 0) return;
      const where = pages.length === 1 ? `A sentence on page ${pages[0]} names` : `${pages.length} sentences (pages ${[...new Set(pages)].join(', ')}) name`;
      diagnostics.warn(
        'mine/long-sentence',
        `${where} the concept more than ${MAX_NAMINGS} times; only the first ${MAX_NAMINGS} namings in each were read for definitions`,
        at,
      );
    },
  };
}
