import {
  calendarDated,
  citationOnly,
  findCitations,
  nameBefore,
  NO_NUMBERED_LIST,
  PATENT_LIST_LABEL,
  sourceLine,
  yearIn,
  type Citation,
  type ListedNumbers,
  MONTH_NAME,
  WEEKDAY,
  YEAR,
  YEAR_DIGITS,
  yearsIn,
} from './citations.js';
import { STATUTE } from './acronyms.js';
import { bodyBeforeTitle, citedName, nameLike, ORGANISATION, personalName, PORTFOLIO, reporterIn } from './clauses.js';
import { PARTICLE, PARTICLE_WORD, PERSONAL_TITLE } from './clauses/names.js';
import type { Clause } from './clauses.js';
import { hasFiniteVerb, isWord, LANGUAGE_CODE } from './lexicon.js';
import { noteMarkerAfter, plainDigits } from './notes.js';
import { citedAs, type Reference } from './references.js';
import { namelessLabel, participantCode, titledPerson, type Speaker } from './speakers.js';

/** Who a mined definition is by, when the document quotes it. */
export interface Attribution {
  /** The cited author as the document names them (`Caragliu et al.`, `ITU-T`), if it does. */
  readonly author?: string;
  readonly year?: number;
  /** The numbered reference as written (`[12]`). */
  readonly ref?: string;
  /** What marked the quotation: `according to`, `citation`, `define`, `quotation marks`, … */
  readonly cue: string;
}

/**
 * A source named by its surname alone, cited with its year in the sentence before: `Week 7 reading: Dunmore, R. (2020)
 * ‘Twins and shadows’. Dunmore describes …` (a syllabus, minutes, notes on a reading): that year. (Or in the lines
 * above, a reading note's reference set on a line of its own: `Note: Lind, A. (2024). Title.⏎Lind defines …`.)
 */
function yearNamedBefore(author: string, preceding: string): number | undefined {
  // (a surname of at most 40 letters, found by indexOf and read in a bounded window after it: linear in the text)
  if (author.length > 40 || !/^\p{Lu}[\p{L}'’-]+$/u.test(author)) return undefined;
  for (let at = preceding.indexOf(author); at >= 0; at = preceding.indexOf(author, at + 1)) {
    if (/\p{L}/u.test(preceding[at - 1] ?? ' ')) continue;
    const m = INITIALS_THEN_YEAR.exec(preceding.slice(at + author.length, at + author.length + 24));
    if (m) return Number(m[1]);
  }
  return undefined;
}

// Patterns that take no argument, built once (not at each call).
// (`yearNamedBefore`) a surname's initials, perhaps, then its year in parentheses
const INITIALS_THEN_YEAR = new RegExp(String.raw`^(?:,\s+(?:\p{Lu}\.\s?){1,3})?\s*\((${YEAR_DIGITS})[a-z]?\)`, 'u');
// an identifier ending in its year after a colon (`QKS 4410:2023`)
const YEAR_AFTER_COLON = new RegExp(String.raw`:${YEAR_DIGITS}$`, 'u');
// an edition's year right after an identifier (`:2023`)
const EDITION_YEAR = new RegExp(String.raw`^:${YEAR_DIGITS}(?![\d])`, 'u');
// (`titledDocumentOwner`) a possessor and a titled document, perhaps its year
const POSSESSOR_TITLE = new RegExp(String.raw`^(.+?)[’']s\s+((?:\p{Lu}[\p{L}-]*\s+){0,5}(\p{Lu}[\p{L}-]*))(?:\s+${YEAR_DIGITS})?$`, 'u');
// (`standardNamed`) a standard's identifier ending a name
const STANDARD_AT_END = new RegExp(String.raw`(?:^|\s)(\p{Lu}{2,}(?:[-/]\p{Lu}+)*\s+(?!${YEAR_DIGITS}\b)\p{Lu}?\.?\d[\d.:/-]*\d)$`, 'u');
// a year opening a parenthesis (`(1997)`, `(2019, p. 4)`)
const YEAR_PARENTHESIS = new RegExp(String.raw`\((${YEAR_DIGITS})[a-z]?\b[^)]*\)`, 'u');
// a dated source cell, then the next row's number and capital
const DATED_CELL_THEN_ROW = new RegExp(String.raw`^(.{3,120}?\(${YEAR_DIGITS}\))\s+\d{1,3}\s+\p{Lu}`, 'u');
// (`referenceEntry`) a name, its year in parentheses, then a title
const REFERENCE_ENTRY = new RegExp(String.raw`^\s*(\p{Lu}[^()]{0,60}?)\s*\((${YEAR_DIGITS})[a-z]?\)[,.:]\s+(\p{Lu}.*)$`, 'u');
// a year alone in parentheses (`(2025)`)
const YEAR_IN_PARENTHESES = new RegExp(String.raw`\((${YEAR_DIGITS})[a-z]?\)`, 'u');
// a name, then its year, perhaps in parentheses, ending the text
const NAME_THEN_YEAR = new RegExp(String.raw`^(.*?)[\s,]*\(?(${YEAR_DIGITS})[a-z]?\)?$`, 'u');

// The work under review as a reporting verb's subject (not `this paper`: the writers' own).
const REVIEWED_WORK_SUBJECT =
  /(?:^|[\s,;:])(?:(?:the|their)\s+(?:(?:initial|original|first|earliest|revised|current)\s+)?(?:submission|manuscript|preprint|description)|your\s+(?:(?:revised|current)\s+)?(?:submission|manuscript|preprint|paper|article|thesis|chapter|draft|proposal))\s+(?:(?:now|also|still|only)\s+)?\p{Ll}+\s*$/iu;

/**
 * Whether the clause quotes someone, and whom. Quoted: the definition is presented as an
 * identifiable source's: an attribution phrase naming one (`According to X`, `For X (2012),`,
 * `X define … as`, `X propose that`, `as X puts it`), a citation in the sentence or in a
 * citation-only sentence right after it (a table's source cell, `(Caragliu et al. 2009)` after the
 * full stop), or a definiens set in quotation marks. A definition adopted from a source and
 * carrying its marker (`Following X (2011), we define …`) is quoted too. Not quoted: the writers'
 * own (`we define`, `understood here as`), unattributed statements, and unnamed groups without a
 * citation (`Industry white papers put it plainly:`). The author and year come from the
 * attribution phrase or the citation (a year printed in the lead-in, `In June 2014, the ITU-T …`,
 * counts); a numbered reference is resolved through the document's reference list when it has one.
 */
export function attribute(
  sentence: string,
  clause: Clause,
  following: readonly string[],
  references: ReadonlyMap<number | string, Reference>,
  preceding = '',
  unitBefore = '',
  notes: ReadonlyMap<string, string> = new Map(),
  printedNotes: ReadonlyMap<string, string> = new Map(),
  textAbove = '',
): Attribution | undefined {
  // (a parenthesised or superscript number cites when the numbered list holds it: `Nysgaard (15) notes …`, `residents3,4`)
  // (the writer speaking in the first person, `The way I'd put it, …`, `As we’ve put it, …`: the writer's own)
  // (but in a turn of a record of what was said, `Ms Lind (Northby): A smart city, as I see it, is …`, the speaker's)
  if (clause.reporter && FIRST_PERSON.test(clause.reporter.text)) {
    const turn = lineSpeaker(sentence.slice(0, clause.start), unitBefore, textAbove);
    return turn ? { ...turn, cue: 'source label' } : undefined;
  }
  const listed = listedIn(references, new Set([...notes.keys(), ...printedNotes.keys()]));
  const context: Context = { sentence, clause, following, preceding, unitBefore, textAbove, notes, listed };
  const noted = notedSource(sentence, clause, following, preceding, printedNotes, listed);
  const runsOn = runningQuotation(sentence, clause);
  const reported = citedOrReported(context);
  const voiced = reported.cue ? reported : uncitedVoice(context, reported, noted !== undefined, runsOn);
  // (a record's source field before the text it gives, `Source: Lind, Streets That Listen (2026), p. 4 Quotation: “…`)
  const field = clause.reporter ? undefined : sourceField(sentence.slice(0, clause.start), textAbove);
  if (field && !voiced.cue) return { ...field, cue: 'source field' };
  // (a statute's definition set out in a judgment or report, `Section 2(1) provides: “In this Act — “smart city” means …`:
  // the Act's, resolved by the document's pass to the name it prints, convention 3)
  const statute = !voiced.cue && !clause.reporter ? statutoryDefinition(sentence, clause, preceding, unitBefore) : undefined;
  if (statute) return { ...statute, cue: 'statutory provision' };
  if (!voiced.cue) return undefined;
  // (a respondent's rewording of a draft, `The paragraph would then read: “…”`: the writer's own wording in marks, 14(c))
  if (voiced.cue === 'quotation marks' && !voiced.author && !voiced.cited && WOULD_READ.test(sentence.slice(Math.max(0, clause.start - 120), clause.start)))
    return undefined;
  const { cue } = voiced;
  const quoted = quotationSource(context, voiced, runsOn);
  let { cited, author } = quoted;
  let sourceYear = voiced.year;
  if (noted) [author, sourceYear] = notedInstead(!author && !cited?.author ? noted.author : author, sourceYear, noted);
  const owner = wordingOwner(sentence.slice(0, clause.start));
  if (owner && owner !== author) {
    if (cited?.author && cited.author !== owner) cited = undefined;
    author = owner;
  }
  // (`The Department … uses the definition in its Connected Places Handbook (2025):` the body whose titled document it is)
  const body = cited?.author !== undefined && author === cited.author ? bodyOfItsDocument(sentence, cited) : undefined;
  if (body) author = body;
  let year =
    cited?.year ??
    quoted.labelYear ??
    sourceYear ??
    (author ? (yearIn(author) ?? yearNamedBefore(author, preceding) ?? yearNamedBefore(author, `${textAbove}\n${unitBefore.slice(-300)}`)) : undefined);
  // A date printed in the lead-in (`In June 2014, the ITU-T Focus Group …`), or with the occasion after the quotation.
  if (year === undefined && author)
    year = yearOfLeadIn(sentence.slice(0, clause.start)) ?? yearOfOccasion(sentence.slice(clause.end)) ?? yearOfCommunication(sentence.slice(clause.end));
  if (year === undefined && cited?.ref) year = datedBeforeMarker(sentence, cited.ref);
  // (a year in the parenthesis right after the name in the lead-in, an edition's: `the Oxwell Pocket Dictionary (4th edn,
  // 2015), which defines`)
  if (year === undefined && author) year = yearAfterName(author, sentence.slice(0, clause.start));
  // (a judge's words in an earlier case, `[2024] SLHC 88 (Admin). At [41] Okafor J said …`: the year of that judgment)
  if (year === undefined && author) year = yearOfCitedJudgment(sentence.slice(0, clause.start), preceding);
  // (a witness's or expert's statement dated where the text introduces it: `the witness statement of Dr Ana Lind, …, dated
  // 6 May 2026`)
  if (year === undefined && author) year = yearOfDatedStatement(author, `${textAbove}\n${unitBefore.slice(-1500)}\n${preceding.slice(-600)}`);
  const ref = cited?.ref;
  // The reference list names the source as the bibliography does (`Practitioner guides [7]` is
  // the Smart Cities Council; `ITU-T FG-SSC [6]` its Focus Group): it wins over the text's name.
  // (so does a patent's citation list for its literature cited in parentheses, `(PTL 1)`, with no marker filed)
  const entry = ref ? references.get(referenceKey(ref)) : labelledInParentheses(sentence, clause, references);
  // (not a relay's, `(2013, as cited in [14])`: its entry is the relay, the cited work is named in the text)
  let listedName: string | undefined;
  if (entry && !(ref && cited?.relayed)) {
    // (but a standard's identifier the text names is the source as printed, not its publisher: settled convention 3,
    // `The technical specification NUSB/TS 4410:2024 [3] defines …`, a table row's source cell `KSNB 2104:2021 [6]`)
    const identifier = ref ? identifierOf(sentence, clause, cited, author, entry) : undefined;
    listedName = identifier ? undefined : citedAs(entry.authors, entry.etAl);
    author = identifier ?? listedName ?? author;
    year = entry.year ?? year;
  }
  // (the field names the source over a name read inside it, `Publication: Kellingford City Council, Smart Kellingford
  // Prospectus (2025)`: the body, not its document's title read as a citation)
  if (field && !ref && (author === undefined || field.value.includes(author))) ({ author, year } = { author: field.author, year: field.year ?? year });
  // (a name `whoseDocument` filed already: a firm's whole, a person's by surname)
  const named = cue === 'whose document' && author === voiced.author ? author : filedName(author, cited, sentence, listedName);
  // (`The Department states (paragraph 2.5) that … “…”`: a body by its short name, its fuller one printed elsewhere in the
  // document: kept as `the Department` for the document's pass to resolve (`fullNamesIn`), which drops it if it cannot)
  const anaphor = !named && !ref && !cited ? anaphoricBody(sentence.slice(0, clause.start)) : undefined;
  if (anaphor) return { author: `the ${anaphor}`, ...(year !== undefined ? { year } : {}), cue };
  return { ...(named ? { author: named } : {}), ...(year !== undefined ? { year } : {}), ...(ref ? { ref } : {}), cue };
}

// A statute's own definition form, the term in marks then `means` or `includes` (`“public body” means …`), and where it is
// set out: after `In this Act` / `In this Schedule`, or a provision introduced as read (`Section 2(1) provides:`).
const STATUTORY_FORM = /^[“"‘][^“”"‘’\n]{1,60}[”"’]\s+(?:means|includes|has\s+the\s+meaning)\b/u;
const PROVISION = String.raw`(?:[Ss]ection|[Ss]chedule|[Pp]aragraph|[Rr]egulation|[Aa]rticle)\s+\d{1,3}(?:\(\w{1,4}\)){0,3}`;
const STATUTORY_SETTING = new RegExp(
  String.raw`\bIn\s+this\s+(?:Act|Schedule)\b|\b${PROVISION}(?:\s+(?:of|to)\s+the\s+Act)?\s+(?:provides|reads|states)(?:\s+as\s+follows)?\s*(?::|that\s*$)`,
  'u',
);
// (the Act named in the lead-in itself: `Section 2 of the Urban Data Act 2024 provides that “smart city” means …`)
const PROVISION_OF_NAMED_ACT = new RegExp(
  String.raw`\b${PROVISION}\s+of\s+the\s+(\p{Lu}[^,;:“”"]{0,100}?\s+Act\s+(${YEAR_DIGITS}))\s+(?:provides|reads|states)(?:\s+as\s+follows)?\s*(?::|that)\s*$`,
  'u',
);

/**
 * A statute's definition set out in the text (read in its lead-in and 600 characters before it): the Act the lead-in
 * names, with its year, or the placeholder `STATUTE` for the document's pass to resolve to the Act it calls `the Act`.
 */
function statutoryDefinition(sentence: string, clause: Clause, preceding: string, unitBefore: string): { author: string; year?: number } | undefined {
  if (!STATUTORY_FORM.test(sentence.slice(clause.start, clause.end))) return undefined;
  const lead = sentence.slice(Math.max(0, clause.start - 200), clause.start);
  const named = PROVISION_OF_NAMED_ACT.exec(lead);
  if (named) return { author: named[1]!.replace(/\s+/gu, ' '), year: Number(named[2]) };
  const before = `${(unitBefore.trim() ? unitBefore : preceding).slice(-600)} ${sentence.slice(0, clause.start)}`;
  return STATUTORY_SETTING.test(before) ? { author: STATUTE } : undefined;
}

// (an edition and its year, or the year alone: not a relay's, `Taylor (n.d., as cited in Lind, 2025)`)
const EDITION_PARENTHESIS = new RegExp(
  String.raw`^\s*\((?:(?:\d{1,2}(?:st|nd|rd|th)|revised|rev\.|new|first|second|third|fourth|fifth)\s+(?:edn\.?|ed\.|edition),?\s+)?(${YEAR_DIGITS})\)`,
  'u',
);

/** The year in a parenthesis right after the last place the lead-in prints the name (`X (9th edn, 2019)`, `X (2019)`). */
function yearAfterName(author: string, lead: string): number | undefined {
  const at = lead.lastIndexOf(author);
  if (at < 0) return undefined;
  const m = EDITION_PARENTHESIS.exec(lead.slice(at + author.length, at + author.length + 60));
  return m ? Number(m[1]) : undefined;
}

// A judge by surname and judicial suffix reporting what was said or held (`At [41] Okafor J said that`), and a neutral or
// law-report citation (`[2024] SLHC 88`, `[2019] 1 WLR 123`), the last in the lead-in or the sentence before.
const JUDGE_SAID = /\b\p{Lu}[\p{L}’'-]+\s+(?:J|JJ|LJ|LJJ|CJ|MR|SCJ|JA)\s+(?:said|says|held|observed|stated|noted|explained|remarked|described|defined)\b/u;
const JUDGMENT_CITATION = new RegExp(String.raw`\[(${YEAR_DIGITS})\]\s+(?:\d{1,3}\s+)?\p{Lu}{2,}[\p{L}]{0,6}\s+\d{1,5}`, 'gu');

/** The year of the judgment a judge named in the lead-in spoke in, from its citation (read in 600 characters). */
function yearOfCitedJudgment(lead: string, preceding: string): number | undefined {
  if (!JUDGE_SAID.test(lead.slice(-200))) return undefined;
  const years = [...`${preceding.slice(-400)} ${lead.slice(-200)}`.matchAll(JUDGMENT_CITATION)].map((m) => Number(m[1]));
  return years.at(-1);
}

// After a person's name, the date their statement, report or letter bears: `Dr Ana Lind, a consulting engineer, dated
// 6 May 2026`; the gap holds no full stop or semicolon.
const DATED_AFTER_NAME = new RegExp(
  String.raw`^[^.;]{0,120}?\bdated\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:of\s+)?${MONTH_NAME},?\s+(${YEAR_DIGITS})(?!\d)`,
  'u',
);

/** The year of a dated statement printed after the person's surname in the text before (each place, 200 characters on). */
function yearOfDatedStatement(author: string, before: string): number | undefined {
  // (by surname, as the name is filed: `Dr Lind` is `Lind`)
  if (!/^(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]+$/u.test(author)) return undefined;
  const surname = author.split(/\s+/u).at(-1)!;
  const years = new Set<number>();
  for (let at = before.indexOf(surname); at >= 0; at = before.indexOf(surname, at + surname.length)) {
    const end = at + surname.length;
    if (/[\p{L}-]/u.test(before[at - 1] ?? ' ') || /[\p{L}-]/u.test(before[end] ?? ' ')) continue;
    const m = DATED_AFTER_NAME.exec(before.slice(end, end + 200));
    if (m) years.add(Number(m[1]));
  }
  return years.size === 1 ? [...years][0] : undefined;
}

// `The Department states (paragraph 2.5) that “`, `The Ministry then defines `: a sentence whose subject is `The` and one
// capitalised organisation noun, a body the document named in full before, and a reporting verb.
const ANAPHORIC_BODY =
  /(?:^|[.;:!?]\s+|\n\s*)The\s+(\p{Lu}\p{Ll}+)\s+(?:(?:then|also|now|itself|further)\s+)?(?:defines|states|describes|says|writes|proposes|explains|notes|adds|sets\s+out)(?:\s+\([^()]{1,30}\))?(?:\s+that)?\s*[“"‘]?\s*$/u;

/** The organisation noun a lead-in's subject is (`The Department states that`), read in its last 160 characters. */
function anaphoricBody(lead: string): string | undefined {
  const noun = ANAPHORIC_BODY.exec(lead.slice(-160))?.[1];
  return noun && ORGANISATION.test(noun) ? noun : undefined;
}

// `The paragraph would then read: “`, `It would read as follows: “`: a wording the writer proposes, as the text would stand.
const WOULD_READ =
  /(?:^|[.:;]\s+)(?:it|the\s+(?:amended\s+)?(?:paragraph|definition|sentence|clause|passage|text|wording|entry))\s+would\s+(?:then\s+|now\s+)?read(?:\s+as\s+follows)?\s*:\s*[“"‘]\s*$/iu;

// The writer's pronoun, with its contraction (`I'd`, `I’ve`, `we'd`): never a source's name.
const FIRST_PERSON = /^\s*(?:I|we)(?:['’](?:d|m|ve|ll|re))?\s*$/iu;

/** What `attribute` reads a sentence with. */
interface Context {
  readonly sentence: string;
  readonly clause: Clause;
  readonly following: readonly string[];
  readonly preceding: string;
  readonly unitBefore: string;
  readonly textAbove: string;
  readonly notes: ReadonlyMap<string, string>;
  readonly listed: ListedNumbers;
}

/** A source as far as `attribute` has found it: the citation, the name, the cue that marked it, a year read with the name. */
interface Found {
  readonly cited?: Citation | undefined;
  readonly author?: string | undefined;
  readonly cue?: string | undefined;
  readonly year?: number | undefined;
}

/**
 * The first step: a reporting phrase's subject and its citation (`Caragliu et al. (2011) define …`), a record's own source
 * fields, or a citation in the clause, right after it, or in a citation-only sentence after the sentence.
 */
function citedOrReported(context: Context): Found {
  const { sentence, clause, following, unitBefore, listed } = context;
  // (a judgment's or report's numbered paragraph, `[16] Ms Lind for the Claimant submitted that …`, is no citation)
  const paragraph = paragraphNumberAt(sentence, listed, clause.start);
  const citations = findCitations(sentence, listed).filter((c) => c.start !== paragraph);
  const lead = sentence.slice(0, clause.start);
  const reporter = clause.reporter?.text ? clause.reporter : clause.reporter ? describedSubject(lead, clause.reporter.cue) : undefined;
  // (a field of a record in a printed JSON listing: its record's own source and year fields, not a citation of another record)
  let { cited, author, cue }: { cited?: Citation; author?: string; cue?: string } =
    (reporter ? undefined : (recordFields(sentence, clause, unitBefore) ?? tripleFields(sentence, clause))) ?? {};
  if (reporter) ({ cited, author, cue } = { ...reporterCitation(sentence, clause, reporter, citations), cue: reporter.cue });
  // (`Members noted that a smart city, in Cllr Ana Lind’s words, is …`: whose words the clause says they are, over who relays them)
  const owner = reporter && !cited ? wordsAsideOwner(sentence.slice(clause.start, clause.end)) : undefined;
  if (owner) author = owner;
  const standard = reporter?.text ? standardIssuedBy(sentence, reporter) : undefined;
  if (standard && author === reporter?.text) author = standard;
  const other = reporter ? citedInstead(sentence, clause, reporter, citations, cited) : undefined;
  if (other) ({ cited, author } = { cited: other, author: other.author });
  if (!cited && !reporter && !cue) {
    // A citation in the clause or right after it; the one closing the clause cites the definition.
    // Inside the clause, or right after it with nothing but punctuation or a cell rule between.
    // (not the previous row's source cell, before this row's number: `… Association (2014) 96 Government Smart cities …`)
    // (nor a citation opening the sentence, which closes the block quotation before it: `(Okoro, 2019, p. 4) The list …`)
    const opening = leadingCitation(sentence);
    const own = ownCitations(citations, sentence, clause, opening?.end, paragraph);
    const inClause = own.filter((c) => c.start < clause.end || /^[\s|,;:.)\]’'"”]*$/u.test(sentence.slice(clause.end, c.start)));
    cited = inClause.find((c) => c.start >= clause.end) ?? inClause.at(-1) ?? own.find((c) => c.end <= clause.start);
    // `Okafor et al. (2019) [3]`, a table row's source cell: the marker goes with the name before it.
    const named = cited && !cited.author ? citations.find((c) => c.author && c.end <= cited!.start && cited!.start - c.end <= 2) : undefined;
    if (cited && named) cited = { ...named, ...(cited.ref ? { ref: cited.ref } : {}) };
    if (cited) cue = 'citation';
    if (cited?.ibid) cited = citedBefore(cited, sentence, unitBefore, listed);
  }
  if (!cited && !reporter && !cue) {
    const after = citedAfter(following, listed);
    if (after) ({ cited, cue } = after);
  }
  return { cited, author, cue };
}

/**
 * The second step, for a sentence with no citation or reporting phrase: a source in an aside, the reviewed work, a source
 * announced before, a source label, footnote markers, quotation marks, or a voice the lead-in names by a pronoun or label.
 */
function uncitedVoice(context: Context, found: Found, noted: boolean, runsOn: boolean): Found {
  const { sentence, clause, following, preceding, unitBefore, textAbove, notes, listed } = context;
  const lead = sentence.slice(0, clause.start);
  let { cited, author, cue, year: sourceYear } = found;
  const aside = cue ? undefined : asideSource(sentence, clause, [textAbove, unitBefore, preceding]);
  if (aside) ({ author, year: sourceYear, cue } = { ...aside, cue: 'source in an aside' });
  // `The submission defines a smart city as …`, `Your paper defines …`, `The initial description defines …`: a reviewer,
  // editor or moderator reporting the reviewed work's definition: someone else's, quoted, its author unnamed here.
  // (`Dear Dr Okafor, … Your paper defines …`: a letter's addressee wrote the work it calls `your`)
  if (!cue && clause.reporter && !clause.reporter.text && !clause.own && REVIEWED_WORK_SUBJECT.test(lead))
    ({ cue, author } = { cue: 'the reviewed work', author: addresseeOf(lead, `${preceding.slice(-300)}\n${unitBefore.slice(0, 300)}`) });
  if (!cue) {
    const owner = whoseDocument(lead);
    if (owner) ({ author, cue } = { author: owner, cue: 'whose document' });
  }
  if (!cue) {
    // (the caption may be the line above, the words on a line of their own)
    // (a caption set apart from the text is a unit above it, read as a heading when short)
    const maker = madeBy(/^[\s“"‘]*$/u.test(lead) ? `${(preceding || textAbove).slice(-200)} ${lead}` : lead);
    if (maker) ({ author, year: sourceYear, cue } = { ...maker, cue: 'made by' });
  }
  if (!cue) {
    const by = announcedBy(sentence.slice(0, clause.start), preceding) ?? possessiveDefinition(sentence.slice(0, clause.start), preceding, listed);
    if (by) ({ author, year: sourceYear, cue } = { ...by, cue: 'announced by' });
  }
  if (!cue) {
    const source = sourceLabel(sentence, clause, following);
    if (source) ({ author, year: sourceYear, cue, cited } = { ...source, cue: 'source label' });
  }
  // `… future residents.²³`: footnote-reference markers after the full stop cite a source, unless the
  // document prints the notes and none of them names one (`² A model updated less often … is not …`: a comment).
  const noteMarkers = /^[\s.!?”"’»]*([¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*$/u.exec(sentence.slice(clause.end))?.[1];
  if (!cue && noteMarkers && notesCite(noteMarkers, notes, listed) && !numberedOwn(preceding, sentence.slice(0, clause.start))) cue = 'footnote marker';
  if (!cue && noted) cue = 'footnote marker';
  if (!cue && (runsOn || inQuotation(sentence, clause, preceding)) && !inDataLiteral(sentence, clause, preceding, unitBefore)) cue = 'quotation marks';
  if (!cue && !clause.own) {
    const clipped = highlightedIn(textAbove);
    if (clipped) ({ author, cue } = { author: clipped, cue: 'e-reader highlight' });
  }
  if (!cue) ({ author, year: sourceYear, cue } = unnamedVoice(sentence, clause, preceding, unitBefore, textAbove) ?? { author, year: sourceYear, cue });
  // (a quotation a pronoun says, `She used to say that a smart city “is …”`, `His definition, “a smart city is …,”`: the
  // person the pronoun stands for, named before)
  else if (cue === 'quotation marks' && author === undefined && !cited) author = personOfPronoun(sentence, clause, preceding, unitBefore, textAbove);
  return { cited, author, cue, year: sourceYear };
}

// A data format's string literal the clause is in: a JSON value (`"description":"A smart city is …"`), an SQL literal
// (`COMMENT ON TABLE … IS 'A digital twin is …'`), an RDF literal in Turtle (`skos:definition "…"`). Its marks delimit a
// string, they quote no one: a record with no source field is the document's own (its glossary or schema). So are a
// docstring's triple marks (`"""A smart city, in this API, is …"""` before a type) and a translation file's source
// string (gettext's `msgid "A digital twin is …"`): the program's own text.
const DATA_LITERAL_OPENS =
  /(?:"[\p{L}\p{N}_@ -]{1,40}"\s*:\s*"|(?:^|\s)(?:"""|''')|\bmsg(?:id|id_plural|str|ctxt)(?:\[\d\])?[^\S\n]+"|\b(?:IS|VALUES|DEFAULT)\s*\(?\s*'|\b[a-z][\w-]{0,15}:[A-Za-z]{2,30}\s+")[^"'“”‘’]{0,400}$/u;

/** Whether the clause is inside a data literal opened in its sentence or the text before it (read in 500 characters). */
function inDataLiteral(sentence: string, clause: Clause, preceding: string, unitBefore: string): boolean {
  // (the text before in its unit, else the sentence before: a literal may hold full stops, `Proc. Symp.`)
  const before = `${(unitBefore.trim() ? unitBefore : preceding).slice(-300)} ${sentence.slice(0, clause.start)}`.slice(-500);
  // (a record that names a source, its fields cut off by a sentence's end inside them, `"source": "… Proc. Symp. …"`, is
  // someone else's: its marks are left to quote)
  return DATA_LITERAL_OPENS.test(before) && !RECORD_SOURCE_KEY.test(before);
}
const RECORD_SOURCE_KEY = /"(?:source|author|authors|cited_?by|citation|reference|publisher|organi[sz]ation)"\s*:/iu;

// An e-reader's clippings export: the book's title with its author in parentheses, then the highlight's header line
// (`Cities Within Limits (Lind, Anna)` / `- Your Highlight on page 41 | location 612-614 | Added on Sunday, 7 March 2027
// 10:02:11`), then the highlighted text, the book's words. Its date is the reader's, not the book's: no year.
const CLIPPING_HEADER =
  /(?:^|\n)[^\n(]{1,200}\(([^()\n]{2,120})\)[^\S\n]*\n[^\S\n]*-\s*Your\s+(?:Highlight|Note)\s+(?:on|at)\s+(?:page|location)\b[^\n]{0,160}\bAdded\s+on\b[^\n]{0,80}\s*$/iu;

/** The author of the book a highlight right under a clippings header is from, by surname(s), if the header names one. */
function highlightedIn(textAbove: string): string | undefined {
  const m = CLIPPING_HEADER.exec(textAbove.slice(-500));
  if (!m) return undefined;
  // (authors as the export prints them: `Lind, Anna`, `Anna Lind`, several joined by `;`)
  const surnames = m[1]!.split(';').map((a) => {
    const name = a.trim();
    return name.includes(',') ? name.slice(0, name.indexOf(',')).trim() : citedName(name);
  });
  return surnames.every((n) => nameLike(n)) ? citedAs(surnames) : undefined;
}

/**
 * The third step, for a quotation with no source yet: its speaker, a label printed above it, its marker after the closing
 * mark in a later sentence, its source on the line below or named in the sentence after.
 */
function quotationSource(context: Context, found: Found, runsOn: boolean): { cited?: Citation; author?: string; labelYear?: number } {
  const { sentence, clause, following, preceding, unitBefore, listed } = context;
  const { cue } = found;
  let { cited, author } = found;
  author ??= cited?.author;
  if (!author && cue === 'quotation marks') author = speakerOfQuotation(sentence, clause, preceding, runsOn ? following : []);
  let labelYear: number | undefined;
  if (!author && !cited && cue === 'quotation marks') {
    const label = printedSourceBefore(sentence.slice(0, clause.start), preceding, listed) ?? quotationsUnder(unitBefore + sentence.slice(0, clause.start));
    author = label?.author;
    labelYear = label?.year;
  }
  if (!cited && runsOn) {
    // The quotation closes in a later sentence, its marker after the closing mark: `… tools.”[1]`.
    const marker = following.slice(0, 2).flatMap((t) => /[”"’»]\s*(\[\d[^\]]*\])/u.exec(t)?.[1] ?? [])[0];
    if (marker) cited = { start: 0, end: 0, ref: marker };
  }
  // A block quotation with its source on the line below: `Urban21 conference in Berlin 2000`.
  const below =
    !author && !cited && cue === 'quotation marks'
      ? following
          .slice(0, 2)
          .map(sourceLine)
          .find((x) => x !== undefined)
      : undefined;
  if (below) ({ author, cited } = { author: below.author, cited: { start: 0, end: 0, year: below.year } });
  const namedNext = !author && !cited && cue === 'quotation marks' ? sourceNamedNext(sentence, following) : undefined;
  if (namedNext) ({ author, cited } = namedNext);
  return { cited, author, labelYear };
}

/**
 * The citations that may cite the clause: not the previous row's source cell before this row's number, the one opening
 * the sentence (`opening`), a paragraph's number (`paragraph`), nor a relay's marker when the source's own precedes it
 * (`Lund’s definition [26], quoted by R7 [17], is …: …`).
 */
function ownCitations(
  citations: readonly Citation[],
  sentence: string,
  clause: Clause,
  opening: number | undefined,
  paragraph: number | undefined,
): Citation[] {
  const own = citations.filter(
    (c) => !(c.end <= clause.start && /^\s+\d{1,3}\s+\p{Lu}/u.test(sentence.slice(c.end))) && c.end !== opening && c.start !== paragraph,
  );
  return own.filter((c, k) => !(k > 0 && c.end <= clause.start && RELAY_BEFORE.test(sentence.slice(Math.max(0, c.start - 60), c.start))));
}

/**
 * A standard's identifier the text names for a marker's entry: the reporter's, before the marker, the entry's when the
 * text calls the marker a standard (`the vocabulary standard [3]`), or one the lead-in and the entry both print.
 */
function identifierOf(sentence: string, clause: Clause, cited: Citation | undefined, author: string | undefined, entry: Reference): string | undefined {
  const id =
    standardNamed(author ?? cited?.author) ??
    identifierBeforeMarker(sentence, cited) ??
    listedStandard(sentence, cited, entry) ??
    identifierOfEntry(sentence.slice(0, clause.start), entry) ??
    standardDocumentOfEntry(sentence.slice(0, clause.start), entry);
  // (the entry may print it with its edition, `ISO 37122:2019` for the text's `ISO 37122`: the standard as listed)
  if (!id || YEAR_AFTER_COLON.test(id)) return id;
  const at = entry.text.indexOf(id);
  const edition = at >= 0 ? EDITION_YEAR.exec(entry.text.slice(at + id.length, at + id.length + 6))?.[0] : undefined;
  return edition ? id + edition : id;
}

/**
 * A body's standard named as such before the reporting verb (`The Standards Institution’s vocabulary defines …`,
 * `the Board’s technical specification describes …`), its marker's entry opening its title with an identifier (`…
 * (2014). PAS 180:2014 Smart cities – Vocabulary.`): the standard by its identifier (settled convention 3).
 */
function standardDocumentOfEntry(lead: string, entry: Reference): string | undefined {
  if (!/[’']s\s+(?:\p{Ll}+\s+)?(?:standard|specification|vocabulary)\s+\p{Ll}+\s*$/u.test(lead.slice(-120))) return undefined;
  return ENTRY_IDENTIFIER.exec(entry.text.replace(/^\s*\[\d{1,3}\]\s*/u, '').slice(0, 300))?.[1];
}

/** A relay's words before its marker: `, quoted by R7 [17]`, `, as cited in the review [3]` (read in a 60-character window). */
const RELAY_BEFORE = /,\s+(?:as\s+)?(?:cited|quoted|relayed|reported|reproduced)\s+(?:in|by)\s+[^,;:[\]()“”"]{1,40}$/u;

/**
 * The text's name of a source set against its note's (`…”31` under `31 CITY OF MEREHOLT, …`): the same source's date, and
 * its name as the note prints it in full (`Mereholt` → `City of Mereholt`); a body the text names whose note cites its
 * standard by identifier is filed by the identifier, settled convention 3 (`The Quellmark Standards Association’s
 * vocabulary standard defines …”13` under `13 QUELLMARK STANDARDS ASS’N, QSA 7311:2020, …`).
 */
function notedInstead(
  author: string | undefined,
  year: number | undefined,
  noted: { author: string; year?: number },
): [string | undefined, number | undefined] {
  if (!author) return [author, year];
  const named = citedName(cleanName(author));
  if (sameSourceFuller(named, noted.author) || (!personalName(named) && standardNamed(noted.author) === noted.author))
    return [noted.author, year ?? noted.year];
  return [author, year];
}

/** Whether a note's name is the text's name of a source, as printed or in full (`Mereholt` and `City of Mereholt`). */
function sameSourceFuller(name: string, noted: string): boolean {
  const a = name.toLowerCase();
  const b = noted.toLowerCase();
  if (a === b || !/^\p{Lu}/u.test(name) || /\s/u.test(name)) return a === b;
  // (`Mereholt` and `City of Mereholt`; `Northmarch` and `Northmarch Borough Council`, a body named by its place: at most
  // three words after the place, the last an organisation's noun)
  return (
    (b.endsWith(` ${a}`) && /^(?:city|town|county|state|republic|province)\s+of\s/u.test(b)) ||
    (b.startsWith(`${a} `) && b.split(/\s+/u).length <= 4 && ORGANISATION.test(b.split(/\s+/u).at(-1)!))
  );
}

// A defining verb whose subject is `she` or `he`: before the term (`She defines a smart city as …`) or in a relative clause
// after it (`studies smart cities, which she defines as …`).
const PRONOUN_DEFINES_BEFORE =
  /(?:^|[,;:]\s*|\s(?:and|but)\s+|^\s*(?:In|For|Throughout)\s+(?:her|his)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+\s+)(?:[Ss]he|[Hh]e)\s+(?:\p{Ll}+ly\s+)?(?:defines|describes|characteri[sz]es|conceptuali[sz]es|understands)\s+$/u;
const PRONOUN_DEFINES_AFTER =
  /^[^,;:.]{2,80},\s+which\s+(?:she|he)\s+(?:\p{Ll}+ly\s+)?(?:defines|describes|characteri[sz]es|conceptuali[sz]es|understands)\s+as\s/u;
// `a smart city, she said, is …`: a saying verb with `she` or `he` between the term and the copula.
const PRONOUN_SAID_WITHIN =
  /^[^,;:.“”"]{2,80},\s+(?:she|he)\s+(?:said|says|added|adds|argued|argues|explained|explains|insisted|insists|suggested|suggests|told\s+(?:us|me|them|the\s+\p{Ll}+)),\s/u;
// `her insistence that …`, `his view that …`: what a person holds, the definition after `that` theirs.
const PRONOUNS_SAYING = /\b(?:her|his)\s+(?:\p{Ll}+\s+)?(?:insistence|view|argument|claim|belief|conviction|definition|contention|position)\s+that\s+$/u;
// `She used to say that …`, `He always said …`, `she told us that …`: a saying verb whose subject is the pronoun, the
// definition its object. (read on the lead's last 120 characters)
const PRONOUN_SAYS =
  /(?:^|[.;:,]\s*|\s(?:and|but)\s+)(?:[Ss]he|[Hh]e)\s+(?:(?:often|always|once|would|used\s+to|liked\s+to|loved\s+to)\s+)?(?:say|says|said|insist|insists|insisted|tell\s+us|told\s+us|told\s+me|write|writes|wrote)\s+(?:that\s+)?$/u;
// `His definition, “a smart city is …,” was …`: the pronoun's definition in apposition, a quotation after it.
const PRONOUNS_DEFINITION = /(?:^|[.;:]\s*)(?:[Hh]er|[Hh]is)\s+(?:own\s+)?(?:definition|formulation|phrase|words),?\s*[“"‘]?$/u;
// A person's name opening a sentence, after a title if any (`Dr Kasia Lind-Okafor (University of …) studies …`).
const OPENING_PERSON = new RegExp(String.raw`^\s*(?:${PERSONAL_TITLE}\s+)?(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,3})(?=[\s,(])`, 'u');

/**
 * The person `she` or `he` stands for when the defining verb's subject is that pronoun: the person whose name opens the
 * sentence (`Lena Varga-Holt studies smart cities, which she defines as …`), or else the sentence before (`Lena
 * Varga-Holt studies smart cities. She defines a smart city as …`), by surname; none when neither opens with a person.
 */
function personOfPronoun(sentence: string, clause: Clause, preceding: string, unitBefore = '', textAbove = ''): string | undefined {
  const lead = sentence.slice(0, clause.start);
  // (`…, Professor Ana Lind, who chairs the board, gave hers: a smart city, she said, is …`: the saying interposed after the
  // term, the speaker the one person the lead-in names with a title)
  if (PRONOUN_SAID_WITHIN.test(sentence.slice(clause.start, clause.end))) {
    const titled = [...lead.slice(-300).matchAll(TITLED_PERSON)];
    if (titled.length === 1 && personalName(titled[0]![1]!)) return citedName(titled[0]![1]!);
  }
  const after = PRONOUN_DEFINES_AFTER.test(sentence.slice(clause.start, clause.end));
  const tail = lead.slice(-120);
  if (!after && !PRONOUN_DEFINES_BEFORE.test(lead) && !PRONOUNS_SAYING.test(lead) && !PRONOUN_SAYS.test(tail) && !PRONOUNS_DEFINITION.test(tail))
    return undefined;
  for (const text of [lead, preceding]) {
    const name = OPENING_PERSON.exec(text)?.[1];
    if (name && personalName(name)) return citedName(name);
  }
  // (or the one person the sentence before names with a title, `I am writing in support of Ms Amara Adebayo-Strand.`)
  const titled = [...preceding.slice(-300).matchAll(TITLED_PERSON)];
  if (titled.length === 1 && personalName(titled[0]![1]!)) return citedName(titled[0]![1]!);
  return familiarPerson(`${textAbove.slice(-300)}\n${unitBefore.slice(-300)}\n${preceding.slice(-400)}\n${lead.slice(-200)}`);
}

// A full name, two or three capitalised words on one line (a particle may stand before the last): `Gwendolen Okolo-Brandt`.
const FULL_NAME = new RegExp(
  String.raw`(?<![\p{L}’'-])(\p{Lu}\p{Ll}[\p{L}’'-]*)((?:[ \u00a0]+(?:${PARTICLE_WORD}[ \u00a0]+)?\p{Lu}\p{Ll}[\p{L}’'-]*){1,2})(?![\p{L}’'-])`,
  'gu',
);

/**
 * The one person named in full in the text above (a heading, a title line, a label: `Eulogy for Gwendolen Okolo-Brandt`,
 * `Pupil: Kwesi-Ato Adebanjo-Mills`) and then by the given name alone (`Gwendolen taught us …`): the pronoun's person,
 * filed by surname. None when two people are so named. (the window is bounded, each name's given name found by indexOf)
 */
function familiarPerson(window: string): string | undefined {
  const people = new Set<string>();
  for (const m of window.matchAll(FULL_NAME)) {
    const given = m[1]!;
    const full = `${given}${m[2]!}`.replace(/[ \u00a0]+/gu, ' ');
    if (!personalName(full)) continue;
    for (let at = window.indexOf(given); at >= 0; at = window.indexOf(given, at + 1)) {
      if (at === m.index) continue;
      // (alone: no letter before it, and no capitalised word after it)
      if (/[\p{L}’'-]/u.test(window[at - 1] ?? ' ') || /^(?:[\p{L}’'-]|\s+\p{Lu})/u.test(window.slice(at + given.length, at + given.length + 3))) continue;
      people.add(citedName(full));
      break;
    }
  }
  return people.size === 1 ? [...people][0] : undefined;
}

const TITLED_PERSON = new RegExp(String.raw`\b${PERSONAL_TITLE}\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){1,3})`, 'gu');

/**
 * A voice the lead-in names only by a pronoun or a label: an abstract's `we` under the reference line of the work it
 * abstracts (a database's alert) is that work's authors; `she` or `he` defining, the person named before.
 */
// A written answer's header, `Answered by Baroness Askew-Pell, 3 March 2026` (a parliament's or a council's written
// questions): what follows it is the answerer's, for the body they answer for; titles before the name, a date after it.
// (or a Q&A forum's answer header, the answerer after a dash: `A (score 14) — answered by Kwame Osei:`)
const ANSWERED_BY = new RegExp(
  String.raw`(?:(?:^|\n|[.!?]\s+)Answered|[—–·|]\s*answered)\s+by\s+(?:the\s+)?(?:(?:${PERSONAL_TITLE}|Rt\.?\s+Hon\.?|Deputy)\.?\s+){0,3}(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})(?=[\s,(:]|$)([^\n]{0,80})`,
  'gu',
);

// `GUIDE (Dr Ines Faure, Tallow Institute): `, `MODERATOR (Jon Aas): `: a role in capitals, a person's name (two or three
// words, a title before it) and perhaps an affiliation in parentheses, a colon; no quotation or other colon after it.
const INLINE_ROLE_LABEL = new RegExp(
  String.raw`(?:^|[.!?]\s+)\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2}\s*\(\s*(?:${PERSONAL_TITLE}\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})\s*(?:,[^()]{0,80})?\)\s*:\s+[^:“”"]{0,200}$`,
  'u',
);

// A speaker's label opening a line: a name or role, perhaps a parenthesis, a colon (`Ms Ana Lind (Northby West): `); or
// the same label right before the clause (a line break is read as a space: the heading above may run into it).
const LINE_LABEL = /^\s*([^\n:()“”"]{1,60}?)\s*(?:\(([^()\n]{1,100})\))?\s*:\s/u;
// (perhaps with the one addressed after it: `MR LUND (for the council): Sir, …`)
const LABEL_BEFORE =
  /(?:^|\s)((?:\p{Lu}[\p{L}’'.-]*\s+){0,4}\p{Lu}[\p{L}’'-]*)\s*(?:\(([^()\n]{1,100})\))?\s*:\s+(?:(?:Sir|Madam|Chair|My\s+Lords?|Minister|Inspector|Your\s+Honou?r)[,.]\s+)?$/u;
const FULL_DATE = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME},?\s+(${YEAR_DIGITS})\b`, 'gu');

/** The one year of the full dates (`11 February 2027`) in a bounded text, if they all give the same. */
function yearOfDates(text: string): number | undefined {
  const years = new Set([...text.matchAll(FULL_DATE)].map((m) => Number(m[1])));
  return years.size === 1 ? [...years][0] : undefined;
}

/**
 * The person whose turn the clause is, in a record of what was said (a debate, a hearing, a briefing, an interview), even
 * with one turn printed: a label naming a person with a title (`Ms Ana Lind (Northby West): `, `MS LIND (for the
 * council): `, `Baroness Lind (Lab): `), or a role or `A` with a titled person in parentheses (`MINISTER (Hon. Ana Lind): `,
 * `A (Mayor Ana Lind; recorded 3 May 2026): `). The label is right before the clause, or opens the unit before it with
 * nothing there or in the lead-in that could be another turn's label (no colon; at most 400 characters). The year is a
 * full date in the parenthesis, else the one the text above prints (the sitting's: convention 4). Bounded windows.
 */
function lineSpeaker(lead: string, unitBefore: string, textAbove: string): { author: string; year?: number } | undefined {
  let m = LABEL_BEFORE.exec(lead.slice(-200));
  if (!m && unitBefore.length <= 400 && !/:\s/u.test(lead)) {
    const unit = unitBefore.slice(unitBefore.lastIndexOf('\n') + 1);
    m = LINE_LABEL.exec(unit);
    if (m && /:\s/u.test(unit.slice(m[0].length))) m = null;
  }
  if (!m) return undefined;
  const [, label, parenthesis] = m;
  // (the title may follow words the heading ran in, `2.14 pm Ms Ana Lind`: the name from the title on)
  const words = label!.trim().split(/\s+/u);
  let author: string | undefined;
  for (let i = 0; i < words.length && !author; i++) author = titledPerson(words.slice(i).join(' '));
  const inParenthesis = parenthesis?.split(/[,;]/u)[0];
  if (!author && inParenthesis !== undefined && (namelessLabel(label!) || /^\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2}$/u.test(label!.trim())))
    author = titledPerson(inParenthesis);
  if (!author) return undefined;
  const year = (parenthesis ? yearOfDates(parenthesis) : undefined) ?? yearOfDates(textAbove.slice(-300));
  return { author, ...(year !== undefined ? { year } : {}) };
}

const ANSWER_YEAR = new RegExp(
  String.raw`^[\s,]*(?:\([^()]{1,60}\)\s*,?\s*)?(?:on\s+)?(?:\d{1,2}\s+)?(?:\p{Lu}\p{Ll}{2,8}\.?\s+)?(?:\d{1,2},?\s+)?(${YEAR_DIGITS})\b`,
  'u',
);

/** The answerer of the last written answer's header in `text` (a bounded window), and the year its date gives. */
function answeredBy(text: string): { author: string; year?: number } | undefined {
  const m = [...text.matchAll(ANSWERED_BY)].at(-1);
  if (!m) return undefined;
  const year = ANSWER_YEAR.exec(m[2]!)?.[1];
  return { author: citedName(m[1]!), ...(year ? { year: Number(year) } : {}) };
}

function unnamedVoice(
  sentence: string,
  clause: Clause,
  preceding: string,
  unitBefore: string,
  textAbove: string,
): { author: string; year?: number; cue: string } | undefined {
  const answer = answeredBy(`${unitBefore.slice(-300)}\n${preceding.slice(-600)}\n${sentence.slice(0, clause.start).slice(-600)}`);
  if (answer) return { ...answer, cue: 'answered by' };
  // (a speaker's role label with the person in parentheses run into the line, `… in one line? GUIDE (Dr Ines Faure, Tallow
  // Institute): Put simply, …`: a turn a transcript prints inline)
  const inline = INLINE_ROLE_LABEL.exec(sentence.slice(0, clause.start).slice(-300));
  if (inline) return { author: citedName(inline[1]!), cue: 'source label' };
  const turn = lineSpeaker(sentence.slice(0, clause.start), unitBefore, textAbove);
  if (turn) return { ...turn, cue: 'source label' };
  const teacher = taughtBy(sentence.slice(0, clause.start));
  if (teacher) return { author: teacher, cue: 'taught by' };
  if (clause.own) {
    const work = abstractedWork(sentence, unitBefore, textAbove);
    return work ? { ...work, cue: 'an abstract under its reference' } : undefined;
  }
  const person = personOfPronoun(sentence, clause, preceding, unitBefore, textAbove);
  return person ? { author: person, cue: 'she or he, a person named before' } : undefined;
}

// A word in any of the cases a line prints it: `who`, `Who`, `WHO` (a plaque or a banner sets its text in capitals).
const anyCase = (...words: string[]) => words.flatMap((w) => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)]).join('|');
// A person named, perhaps their years and what they were after commas, then `who taught us that` (or `showed`, `reminded`,
// `told`, whom perhaps counted: `three generations of us`): what they taught, the clause after `that`, is theirs.
const TAUGHT_BY = new RegExp(
  String.raw`(?:^|[\s,(])((?:${PERSONAL_TITLE}\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3})(?:\s*\([^()]{1,40}\))?(?:,\s+[^,;:.!?“”"()]{1,60}){0,2},\s+(?:${anyCase('who')})\s+(?:${anyCase('taught', 'showed', 'reminded', 'told')})\s+(?:[\p{L}’'-]+\s+){0,4}?(?:${anyCase('us', 'me', 'them')})\s+(?:${anyCase('that')})\s*$`,
  'u',
);

/**
 * The person a relative clause says taught the definition (`… I give you Professor Ana Lind, who taught a generation of us
 * that a smart city is …`, `IN MEMORY OF ANA LIND (1931–2020), PLANNER, WHO TAUGHT US THAT …`), by surname. Words in
 * capitals before the name that are dictionary words (`IN LOVING MEMORY OF`) are a dedication, not the name; a name in
 * capitals is read as a name. Read on the lead-in's last 240 characters.
 */
function taughtBy(lead: string): string | undefined {
  const m = TAUGHT_BY.exec(lead.slice(-240));
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/u);
  const capitals = words.every((w) => !/\p{Ll}/u.test(w));
  // (a dedication's words before the name, `IN LOVING MEMORY OF`, in capitals like it)
  while (capitals && words.length > 2 && isWord(words[0]!.toLowerCase())) words.shift();
  const name = words.map((w) => (capitals ? w[0]! + w.slice(1).toLowerCase() : w)).join(' ');
  return personalName(name) ? citedName(name) : undefined;
}

// An author-date reference line (`Haldane-Rusu, P. (2026). Twins in the plural. Urban Informatics Letters, 4, 12–19.`,
// `Lind, A. K., & Moe, T. (2021). …`) ending within 300 characters before an abstract's label.
const REFERENCE_THEN_ABSTRACT = new RegExp(
  String.raw`(?:^|\s)(\p{Lu}[\p{L}’'-]+),\s+(?:\p{Lu}\.\s?){1,3}((?:,\s+\p{Lu}[\p{L}’'-]+,\s+(?:\p{Lu}\.\s?){1,3}){0,4})(?:,?\s+(?:&|and)\s+(\p{Lu}[\p{L}’'-]+),\s+(?:\p{Lu}\.\s?){1,3})?\s*\((${YEAR_DIGITS})[a-z]?\)\.\s[^\n]{0,300}$`,
  'u',
);

/**
 * The work an abstract abstracts when it is printed under that work's reference line (`… (2026). Twins in the plural.
 * …` / `Abstract: We define …`): its authors as a citation names them, and its year.
 */
function abstractedWork(sentence: string, unitBefore: string, textAbove: string): { author: string; year: number } | undefined {
  if (!/^\s*(?:abstract|summary)\s*[:.—–-]\s/iu.test(sentence)) return undefined;
  const before = (unitBefore.trim() ? unitBefore : textAbove).slice(-400).trimEnd();
  const m = REFERENCE_THEN_ABSTRACT.exec(before);
  if (!m) return undefined;
  const middle = m[2] ? [...m[2].matchAll(/,\s+(\p{Lu}[\p{L}’'-]+),/gu)].map((x) => x[1]!) : [];
  const names = [m[1]!, ...middle, ...(m[3] ? [m[3]] : [])];
  return { author: names.length >= 3 ? `${names[0]} et al.` : names.join(' and '), year: Number(m[4]) };
}

/** The numbered reference list's membership, as every reader of the document's citations is given it. */
export function listedIn(references: ReadonlyMap<number | string, Reference>, notes: ReadonlySet<string> = new Set()): ListedNumbers {
  return references.size ? { numbered: true, holds: (n) => references.has(n), noted: (n) => notes.has(String(n)) } : NO_NUMBERED_LIST;
}

/** A marker's key in the reference index: `[12]` its number; a labelled one, `[NPL 2]`, its label (its own list's). */
function referenceKey(ref: string): number | string {
  // (a superscript's digits are printed bare: `3,4` is keyed by its first number, as `[3,4]` is)
  return /^[[(]?\d/u.test(ref) ? Number(/\d+/.exec(ref)![0]) : ref.slice(1, -1).replace(/\s+/u, ' ');
}

const PARENTHESISED_LABEL = new RegExp(String.raw`\((${PATENT_LIST_LABEL})\s?(\d{1,3})(?:,[^()]{0,30})?\)`, 'gu');

/**
 * A patent's literature cited in parentheses, `(PTL 1)`, `(NPL 5, p. 3)`: its list's entry names and dates the source
 * (the marker after the clause, else the last before it); a parenthesis files no marker.
 */
function labelledInParentheses(sentence: string, clause: Clause, references: ReadonlyMap<number | string, Reference>): Reference | undefined {
  const labels = [...sentence.matchAll(PARENTHESISED_LABEL)];
  const label = labels.find((m) => m.index >= clause.end) ?? labels.filter((m) => m.index < clause.start).at(-1);
  return label ? references.get(`${label[1]} ${label[2]}`) : undefined;
}

/** A year the lead-in prints outside a citation (a parenthesis there cites, but an event's date in one dates it:
 * `Evidence session 2 (Saturday 14 March 2026)`). */
function yearOfLeadIn(lead: string): number | undefined {
  return yearIn(lead.replace(/\[[^\]]*\]|\(([^)]*)\)/g, (all, inner?: string) => (inner && calendarDated(inner) ? inner : '')));
}

/**
 * The year of the occasion a quotation was said on, named after its closing mark to the sentence's end: `” in her first
 * public lecture in 1989.`, `” at the 2019 assembly.` (convention 4: a date printed with the attribution). Bounded: at
 * most 120 characters after the mark, no quotation mark or verb-led clause in them.
 */
function yearOfOccasion(after: string): number | undefined {
  const m = /^[”"’»]\s+(?:in|at|during|on)\s+(?!(?:which|whom|whose)\b)([^“”"‘’]{1,120}?)[.!?]?\s*$/u.exec(after.slice(0, 160));
  return m && !hasFiniteVerb(m[1]!) ? yearIn(m[1]!) : undefined;
}

/**
 * The date of a personal communication in parentheses right after the quotation, as author–date styles cite an interview
 * (`” (interview, 12 November 2026)`, `” (personal communication, March 2024)`): the year the words were said (convention
 * 4). Read in the 100 characters after the clause.
 */
function yearOfCommunication(after: string): number | undefined {
  const m =
    /^[\s.,;:!?]*[”"’»]?\s*\((?:(?:recorded|telephone|video|online|oral)\s+)?(?:interview|personal\s+communication|pers\.\s*comm\.|conversation|e-?mail|correspondence|letter)(?:\s+with\s+[^,()]{1,40})?,\s*([^()]{4,40})\)/iu.exec(
      after.slice(0, 100),
    );
  return m ? yearIn(m[1]!) : undefined;
}

/**
 * The author as filed: a name from a citation as citations print it (`(Küre Ansiklopedi, n.d.)`), but a person named in
 * the sentence before the year (`the planner Oskar Lind (1991, …)`) and any other name by surname, as convention 1
 * writes a person. A name the reference list gives is filed as the list gives it (its people by surname already): an
 * entry printed without initials, `Lumetrix Urbanworks (2024).`, is a body's, whose full name convention 2 keeps.
 */
function filedName(author: string | undefined, cited: Citation | undefined, sentence: string, listedName?: string): string | undefined {
  if (author === undefined) return undefined;
  if (author === listedName) return cleanName(author);
  author = titledDocumentOwner(author) ?? bodyOfTitledDocument(author) ?? author;
  const printedBefore = cited?.author !== undefined && sentence.startsWith(cited.author, cited.start) && sentence[cited.start] !== '(';
  const named = author === cited?.author && !printedBefore ? cleanName(author) : citedName(cleanName(author));
  const source = partsSource(named) ?? named;
  return referenceFormName(source) ?? titledSurname(source) ?? source;
}

// A part of a document before the source it belongs to or follows: `Clause 3.7 of KSB 2051:2021`, `Box 6.2, after
// Halvorsen and Mbeki`, `Table 3, adapted from Lind`, and a year run in from the lead-in, `2025 the Aldmark Commission`
// (`In 2025 the Aldmark Commission defined …`): the source is what follows. (Read only when the name is short.)
const PART_OF_SOURCE = new RegExp(
  String.raw`^(?:(?:clause|section|article|part|chapter|annex|appendix|paragraph|para\.|box|table|figure|fig\.)\s+[\dA-Z][\d.]{0,8}(?:\s+of\s+(?:the\s+)?|,\s+(?:after|adapted\s+from|based\s+on|from)\s+)|${YEAR_DIGITS}\s+the\s+)(\p{Lu}.*)$`,
  'iu',
);

/** The source a name holds after a document part or a run-in year, else undefined. */
function partsSource(name: string): string | undefined {
  const source = name.length <= 160 ? PART_OF_SOURCE.exec(name)?.[1] : undefined;
  return source && nameLike(source) ? source : undefined;
}

// Authors as a reference list prints them, surname then initials (`Caragliu, A., Del Bo, C., & Nijkamp, P.`, `Khan,
// S.A`): settled convention 1 cites them as an author–year citation does (`Caragliu et al.`, `Khan`).
const LISTED_SURNAME = /^(?:\p{Ll}{1,3}\s+){0,2}\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?$/u;
const LISTED_INITIALS = /^(?:\p{Lu}\.?[\s-]?){1,4}$/u;

/** A reference list's `Surname, I.` run as an author–year citation names it, else undefined. */
function referenceFormName(name: string): string | undefined {
  if (name.length > 200 || !name.includes(',')) return undefined;
  const parts = name
    .replace(/[\s,;]+$/u, '')
    .split(',')
    .map((p) => p.trim().replace(/^(?:&|and)\s+/u, ''));
  if (parts.length < 2 || parts.length % 2) return undefined;
  const surnames: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    if (!LISTED_SURNAME.test(parts[i]!) || !LISTED_INITIALS.test(parts[i + 1]!)) return undefined;
    surnames.push(parts[i]!);
  }
  return citedAs(surnames);
}

// A title before one surname (`Mr Pellow`, `Dr. Reichental`, `Professor Lind`): settled convention 1 files the person
// by the surname alone, as a two-word name (`Dr Ana Lind`) already is. The surname is no title itself (`Lord Mayor`).
const TITLED_SURNAME = new RegExp(String.raw`^(?:${PERSONAL_TITLE}\s+){1,3}(?!${PERSONAL_TITLE}$)(\p{Lu}[\p{Ll}’'][\p{L}’'-]*)$`, 'u');

/** The surname of a name that is a title and one surname, else undefined (read only when the name is short). */
function titledSurname(name: string): string | undefined {
  return name.length <= 60 ? TITLED_SURNAME.exec(name.trim())?.[1] : undefined;
}

// A titled document printed after its body in a citation, `(Wrexley Combined Authority, Smart Places Prospectus, 2021)`:
// the body (convention 2: a document of an organisation is the organisation). The title must end in a document noun,
// so that a body's name with a comma (`Department for Business, Innovation and Skills`) stays whole.
const BODY_THEN_TITLE = /^([^,]{2,80}),\s+((?:\p{Lu}[\p{L}-]*\s+){0,6}(\p{Lu}[\p{L}-]*))$/u;

/**
 * The body a `Body, Document Title` name cites, when the body's name has an organisation's noun (`Council`, `Authority`).
 * The title ends in a document noun, or else the body's name ends in its organisation noun (`(Orchard Trust Foundation,
 * Open Homes Principles, 2024)`): a name ending so is whole, and what follows its comma is another thing, the title, where
 * a portfolio's comma (`Department for Business, Innovation and Skills`) follows a word that is no organisation noun.
 */
function bodyOfTitledDocument(name: string): string | undefined {
  if (name.length > 160) return undefined;
  const m = BODY_THEN_TITLE.exec(name.trim());
  if (!m) return undefined;
  const body = m[1]!.trim();
  const words = body.split(/\s+/u);
  // (not a body's unit after its comma, `(Marlow Vale District Council, Planning Team, 2020)`: one name)
  if (!DOCUMENT_NOUN.test(m[3]!) && (!(words.length >= 2 && ORGANISATION.test(words.at(-1)!)) || BODY_UNIT.test(m[3]!) || ORGANISATION.test(m[3]!)))
    return undefined;
  return nameLike(body) && words.some((w) => ORGANISATION.test(w)) ? body : undefined;
}

// A part of a body named after its comma: `Planning Team`, `Digital Unit`.
const BODY_UNIT = /^(?:team|unit|division|section|branch|service|services|directorate|desk|lab|panel)$/iu;

// A body's name: capitalised words, joined by `of`, `for`, `on`, `and` (`Department for Regional Infrastructure`).
const BODY_NAME = /\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|for|on|and|&)\s+)?\p{Lu}[\p{L}’'-]*){0,6}/gu;

// `Body’s strategy, ` right before a document's title: the body (up to seven capitalised words), one or two lower-case
// words, a document noun, a comma. (Read in the 200 characters before the title.)
const POSSESSED_THEN_TITLE = /(?<![\p{L}’'-])(\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|for|on|and|&)\s+)?\p{Lu}[\p{L}-]*){0,6})[’']s\s+(?:\p{Ll}+\s+)?(\p{Ll}+),\s+$/u;

// `the report of the Harwick Commission on Town Futures, ` right before a document's title: a document noun, `of`, the body.
const DOCUMENT_OF_BODY_THEN_TITLE = /\b(\p{Ll}+)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|for|on|and|&)\s+)?\p{Lu}[\p{L}-]*){0,6}),\s+$/u;

/**
 * A titled document cited by its title after `its` or `their` (`The Department for Regional Infrastructure uses the
 * definition in its Connected Places Handbook (2025)`): the body the possessive points back to, the nearest name
 * before it with an organisation's noun (convention 2: a document of an organisation is the organisation). Read in the
 * 200 characters before the title: linear.
 */
function bodyOfItsDocument(sentence: string, cited: Citation): string | undefined {
  if (!/^\p{Lu}/u.test(cited.author!)) return undefined;
  const from = Math.max(0, cited.start - 200);
  const before = sentence.slice(from, cited.start);
  // (or the body's possessive and its document's noun, the title in apposition: `Harrowgate Borough Council’s strategy,
  // Harrowgate Forward (2021), describes …`: the body named before `’s`, the title only the document's name, whatever
  // its last word)
  const possessed = POSSESSED_THEN_TITLE.exec(before);
  if (possessed && DOCUMENT_NOUN.test(possessed[2]!)) {
    const name = possessed[1]!.replace(/^The\s+/u, '');
    return name.split(/\s+/u).some((w) => ORGANISATION.test(w)) && nameLike(name) ? name : undefined;
  }
  // (or the document's noun, `of` and the body, the title in apposition: `the report of the Harwick Commission on Town
  // Futures, Towns Within Bounds (2021)`)
  const of = DOCUMENT_OF_BODY_THEN_TITLE.exec(before);
  if (of && DOCUMENT_NOUN.test(of[1]!)) {
    const name = of[2]!;
    return name.split(/\s+/u).some((w) => ORGANISATION.test(w)) && nameLike(name) ? name : undefined;
  }
  if (!DOCUMENT_NOUN.test(cited.author!.trim().split(/\s+/u).at(-1)!)) return undefined;
  const its = /\b(?:its|their)\s+$/u.exec(before);
  if (!its) return undefined;
  let body: string | undefined;
  for (const m of before.slice(0, its.index).matchAll(BODY_NAME)) {
    const name = m[0].replace(/^The\s+/u, '');
    if (name.split(/\s+/u).some((w) => ORGANISATION.test(w)) && nameLike(name)) body = name;
  }
  return body;
}

/**
 * The body whose titled document a name is (`Harwick Council’s Digital Harwick Strategy`, `the Ministry’s Urban Agenda
 * 2030`): a document of an organisation is filed under the organisation. Only a title ending in a document noun, so that
 * a body named with a possessive (`the Mayor’s Office of Technology`) stays whole.
 */
function titledDocumentOwner(name: string): string | undefined {
  const m = POSSESSOR_TITLE.exec(name.trim());
  if (!m || !DOCUMENT_NOUN.test(m[3]!) || !nameLike(m[1]!)) return undefined;
  return m[1]!;
}

/** The standard's identifier a name ends with (`the technical specification NUSB/TS 4410:2024`, `ISO 37155:2021`). */
function standardNamed(name: string | undefined): string | undefined {
  // (the reporter's name may end with the marker itself: `NUSB/TS 4410:2024 [3]`)
  const bare = name?.replace(/\s*\[[^\]]*\]\s*$/u, '').trim();
  return bare ? STANDARD_AT_END.exec(bare)?.[1] : undefined;
}

// An aside naming who issued the document before it: `UVS 7120:2019, issued by the Vocabulary Board, defines …`.
const ISSUED_BY = /,\s*(?:issued|published|developed|produced|prepared|maintained|adopted)\s+by\s+(?:the\s+)?$/iu;

/**
 * A standard's identifier when the reporter is only the body that issued it, in an aside after it (`The vocabulary
 * standard UVS 7120:2019, issued by the Urban Vocabulary Board, defines …`): the definition is the standard's, filed by
 * its identifier (settled convention 3), not by its publisher. (Read in the 120 characters before the reporter.)
 */
function standardIssuedBy(sentence: string, reporter: NonNullable<Clause['reporter']>): string | undefined {
  const lead = sentence.slice(Math.max(0, reporter.start - 120), reporter.start);
  const aside = ISSUED_BY.exec(lead);
  return aside ? standardNamed(lead.slice(0, aside.index)) : undefined;
}

/** A standard's identifier printed right before a marker in the sentence (`KSNB 2104:2021 [6]`), read from the 40 characters before it. */
function identifierBeforeMarker(sentence: string, cited: Citation | undefined): string | undefined {
  return cited && cited.start > 0 ? standardNamed(sentence.slice(Math.max(0, cited.start - 40), cited.start)) : undefined;
}

// A standard as the text names what a marker cites: `the vocabulary standard [3]`, `the technical specification [7]`.
const STANDARD_BEFORE_MARKER = /\b(?:standard|specification)\s*$/iu;
// The identifier opening an author–date entry's title, after its publisher and year: `Wendlemark Standards Council
// (2022). WSC 4471:2022 Urban information models …`.
const ENTRY_IDENTIFIER = new RegExp(
  String.raw`^[^()]{1,120}\(${YEAR_DIGITS}[a-z]?\)\.?\s+(\p{Lu}{2,}(?:[-/]\p{Lu}+)*\s+(?!${YEAR_DIGITS}\b)\p{Lu}?\.?\d[\d.:/-]*\d)`,
  'u',
);

/**
 * The identifier a marker's entry prints for a standard the text cites as a standard (`the vocabulary standard [3]`):
 * the definition is the document's, filed by its identifier (settled convention 3), not by its publisher.
 */
function listedStandard(sentence: string, cited: Citation | undefined, entry: Reference): string | undefined {
  if (!cited || cited.start <= 0 || !STANDARD_BEFORE_MARKER.test(sentence.slice(Math.max(0, cited.start - 40), cited.start))) return undefined;
  return ENTRY_IDENTIFIER.exec(entry.text.replace(/^\s*\[\d{1,3}\]\s*/u, '').slice(0, 300))?.[1];
}

const PRINTED_IDENTIFIER = new RegExp(String.raw`(?<![\p{L}\p{N}])\p{Lu}{2,}(?:[-/]\p{Lu}+)*\s+(?!${YEAR_DIGITS}\b)\p{Lu}?\.?\d[\d.:/-]{0,20}\d`, 'gu');

/**
 * A standard's identifier the lead-in prints that the cited entry prints too (`the vocabulary standard KSB 2290:2021,
 * which defines …” [23, cited in 19]` under `23. Konvale Standards Board. KSB 2290:2021 Urban digital twins …`): the
 * text attributes the definition to the document, so it is filed by the identifier (settled convention 3). Read in the
 * last 200 characters of the lead-in.
 */
function identifierOfEntry(lead: string, entry: Reference): string | undefined {
  const printed = [...lead.slice(-200).matchAll(PRINTED_IDENTIFIER)];
  return printed.map((m) => m[0]).findLast((id) => entry.text.includes(id));
}

const PASSIVE_IN_DATED_DOCUMENT = new RegExp(
  String.raw`\b(?:described|defined|characteri[sz]ed|understood|conceived|presented|framed|set\s+out)\s+in\s+(?:(?:the\s+)?\S+['’]s|the|its|their|his|her)\s+(${YEAR_DIGITS})\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)\s+as\b`,
  'u',
);
const POSSESSED_DATED_DOCUMENT = new RegExp(
  String.raw`(?:['’]s|\b(?:the|its|their|his|her))\s+(${YEAR_DIGITS})\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)\s*$`,
  'u',
);

/**
 * A numbered marker after a dated document (`the Agency’s 2021 handbook [4]`): the year dates what the marker cites;
 * not a plan named for its horizon (`the city’s 2040 strategy [7]`, `its 2035 agenda`).
 */
function datedBeforeMarker(sentence: string, ref: string): number | undefined {
  const at = sentence.indexOf(ref);
  if (at < 0) return undefined;
  const dated =
    POSSESSED_DATED_DOCUMENT.exec(sentence.slice(0, at)) ??
    // (or the document the passive verb names, the marker closing the sentence: `are described in the Ministry’s 2026
    // guidance as cities that … [9].`)
    PASSIVE_IN_DATED_DOCUMENT.exec(sentence.slice(0, at));
  if (!dated || /\b(?:strateg(?:y|ies)|plans?|agendas?|visions?|roadmaps?|targets?|goals?|programmes?|programs?|missions?|horizons?)$/u.test(dated[2]!))
    return undefined;
  return Number(dated[1]);
}

/**
 * A definition said in a speaker's turn (speakers.ts) is the speaker's: quoted, the speaker's surname the author, the
 * event's year the year. A source the speaker names for it (`As Harrison put it, “…”`, a citation, a dated document)
 * keeps that source, and words the speaker quotes from an unnamed one keep no author. A turn whose label names no
 * person (`Speaker 1`, `Q`) leaves the attribution as it was.
 */
export function spokenIn(found: Attribution | undefined, speaker: Speaker, year: number | undefined): Attribution | undefined {
  if (found && (found.author !== undefined || found.ref !== undefined || found.year !== undefined)) return found;
  // (a participant's code, `P3:`, is someone else's words whose speaker the study keeps unnamed: quoted, no author)
  if (speaker.author === undefined) return found ?? (participantCode(speaker.label) ? { cue: 'speaker turn' } : undefined);
  // (words the speaker sets in quotation marks are words read out or quoted — a plan's, a standard's, a question from the
  // chat — not the speaker's: no author rather than the speaker's name (issue 11); the occasion they were read out at
  // still dates them, as a participant's words are dated by the session, convention 14)
  if (found?.cue === 'quotation marks') return { ...(year !== undefined ? { year } : {}), cue: 'speaker turn' };
  return { author: speaker.author, ...(year !== undefined ? { year } : {}), cue: 'speaker turn' };
}

/** `(ibid.: 17)`: the source the paragraph cited last by name, before it (or the citation as it is, when none). */
function citedBefore(ibid: Citation, sentence: string, unitBefore: string, listed: ListedNumbers): Citation {
  const last = [...findCitations(unitBefore, listed), ...findCitations(sentence.slice(0, ibid.start), listed)].filter((c) => c.author && !c.ibid).at(-1);
  return last ? { ...ibid, author: last.author!, ...(last.year !== undefined ? { year: last.year } : {}), ...(last.ref ? { ref: last.ref } : {}) } : ibid;
}

/**
 * The subject of a reporting verb described by a relative clause between commas: `The Lakeside Urban
 * Index, which ranked 90 cities in 2031, defines …` is the Lakeside Urban Index's (a name, not a
 * description: `The survey, which …` is no one's).
 */
function describedSubject(lead: string, cue: string): NonNullable<Clause['reporter']> | undefined {
  const m = /^(\s*(?:the\s+)?)([^,;:()“”"]{2,80}?),\s+(?:which|who)\s+[^,;:“”"]{1,160},\s+(?:\p{Ll}+ly\s+)?\p{Ll}+\s*$/iu.exec(lead);
  if (!m || !/^\p{Lu}/u.test(m[2]!) || !nameLike(m[2]!) || !sourceName(m[2]!)) return datedDocumentOf(lead, cue) ?? documentWhich(lead, cue);
  return { text: m[2]!, start: m[1]!.length, end: m[1]!.length + m[2]!.length, cue };
}

// A named source's document, dated or not, right before `, which defines`: `… relies on the Harbour Board’s 2024
// guidance, which treats …`. (the possessor, up to six capitalised words with `of`/`for`/`and` between)
const POSSESSED_DOCUMENT = new RegExp(
  String.raw`(?:^|\s)(\p{Lu}[\p{L}&.-]*(?:\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}&.-]*){0,5})[’']s?\s+(?:\(?${YEAR_DIGITS}\)?\s+)?(?:[\p{L}-]+\s+){0,2}?(\p{L}+)$`,
  'u',
);

// A reference work's title (capitalised words ending in its kind) and its edition or year in parentheses, at the end.
const REFERENCE_WORK_BEFORE = new RegExp(
  String.raw`(?<![\p{L}’'-])((?:\p{Lu}[\p{L}’'-]*\s+){1,5}(?:Dictionary|Encyclop(?:a)?edia|Glossary|Thesaurus|Lexicon))(?:\s*\([^()]{0,40}?\b(${YEAR_DIGITS})\))?$`,
  'u',
);

/**
 * The source of a document that is the antecedent of the reporting verb's `which` (`… relies on the Harbour Board’s 2024
 * guidance, which treats a smart city as …`): the document's possessor, as when the document is the subject. (Read in
 * the 160 characters before the comma.)
 */
function documentWhich(lead: string, cue: string): NonNullable<Clause['reporter']> | undefined {
  const rel = /,\s+which\s+(?:\p{Ll}+ly\s+)?\p{Ll}+\s*$/u.exec(lead);
  if (!rel) return undefined;
  const from = Math.max(0, rel.index - 160);
  // (a reference work by its title, its edition after it: `the Oxwell Pocket Dictionary (4th edn, 2015), which defines`;
  // a dictionary is filed by its title, as printed)
  const work = REFERENCE_WORK_BEFORE.exec(lead.slice(from, rel.index));
  if (work && nameLike(work[1]!)) {
    const start = from + work.index + work[0].indexOf(work[1]!);
    return { text: work[1]!, start, end: start + work[1]!.length, cue };
  }
  const m = POSSESSED_DOCUMENT.exec(lead.slice(from, rel.index));
  if (!m || !DOCUMENT_NOUN.test(m[2]!) || !nameLike(m[1]!) || /^(?:Our|This|These|Its)$/u.test(m[1]!)) return undefined;
  const start = from + m.index + m[0].length - m[0].trimStart().length;
  return { text: m[1]!, start, end: start + m[1]!.length, cue };
}

const DATED_DOCUMENT_LEAD = new RegExp(
  String.raw`^((?:[^;:“”"]*?\bthat\s+)?\s*(?:the\s+)?)(\p{Lu}[\p{L}&.-]*(?:\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}&.-]*){0,5})[’']s?\s+(?:\(?${YEAR_DIGITS}\)?\s+(?:[\p{L}-]+\s+){1,3}|(?:\p{Lu}[\p{L}-]*\s+){1,3}${YEAR_DIGITS}\s+)(?:\p{Ll}+ly\s+)?\p{Ll}+\s*$`,
  'u',
);

/**
 * A dated document of a named source as the subject (`Verity Insight’s 2025 market taxonomy defines …`,
 * `the Board’s (2019) handbook describes …`, `Tarnwell Group’s Sustainability Report 2026 uses …`, after a reporting clause's
 * `that`): the source; the year is read from the lead-in with it.
 */
function datedDocumentOf(lead: string, cue: string): NonNullable<Clause['reporter']> | undefined {
  const m = DATED_DOCUMENT_LEAD.exec(lead);
  if (!m || !nameLike(m[2]!) || /^(?:our|this|these|its)$/iu.test(m[2]!)) return undefined;
  return { text: m[2]!, start: m[1]!.length, end: m[1]!.length + m[2]!.length, cue };
}

// A document, in a source's words: `…, in the agency’s 2024 handbook, …`, `in Lund’s (2020) formulation`.
const DOCUMENT_NOUN =
  /^(?:guidance|guidelines?|report|strategy|white\s+paper|charter|plan|prospectus|glossary|standard|handbook|framework|formulation|wording|phrase|phrasing|definition|terms|words|view|vision|roadmap|policy|act|law|manifesto|brief|declaration|agenda|resolution|directive|regulation|programme|program|recommendations?|dictionary|encyclop(?:a)?edia|entry|study|survey|article|paper|book|thesis|index|ranking|statement|toolkit|primer)$/iu;
// The words that open such an aside; all but `in` may name the source itself (`according to the OECD`).
const ASIDE =
  /(?:^|,\s*)([Ii]n\s+the\s+(?:words|phrase|phrasing|formulation)\s+of|[Aa]ccording\s+to|[Ii]n|[Aa]s\s+(?:defined|set\s+out|stated|put)\s+(?:in|by))\s+([^,;:“”"]{2,120}?)\s*,/gu;

/**
 * An aside naming the source of a definition, before its verb or as its lead-in: `Smart cities, in the
 * agency’s 2024 handbook, are …`, `A smart city, according to the OECD, is …`. A document must be
 * someone else's (a possessor that is not the writers' own) or dated; its possessor is the author when
 * it is a name, its date the year. A name (`according to the OECD`) is the author; `in` a name is a place.
 */
function documentAside(sentence: string, clause: Clause): { author?: string; year?: number } | undefined {
  const verb = sentence.slice(clause.start, clause.end).search(/\s(?:is|are|was|were|means?|refers?\s+to|denotes?)[\s,]/u);
  if (verb < 0) return undefined;
  const head = sentence.slice(0, clause.start + verb);
  for (const [, cue, phrase] of head.matchAll(ASIDE)) {
    const found = documentNamed(phrase!) ?? (/^in$/iu.test(cue!) ? undefined : sourceNamed(phrase!));
    if (found) return found;
  }
  // (or between the copula and its complement: `is, in the words of the institute’s glossary, a city …`, `is, as the
  // city’s 2025 strategy puts it, “…”`)
  const after =
    /^\s(?:is|are|was|were)(\s*,\s*(?:[Ii]n\s+the\s+(?:words|phrase|phrasing|formulation)\s+of|[Aa]ccording\s+to|[Aa]s)\s+([^,;:“”"]{2,120}?)\s*,)/u.exec(
      sentence.slice(clause.start + verb, clause.end),
    );
  if (after) {
    const phrase = after[2]!.replace(/\s+(?:puts?|put|has|had)\s+it$/u, '');
    if (/^\s*,\s*as\s/iu.test(after[1]!) && phrase === after[2]) return undefined;
    return documentNamed(phrase) ?? sourceNamed(phrase);
  }
  return undefined;
}

// An aside between the term and its verb naming whose words the definition is: `a smart city, in the words of Ana Lind, is`,
// `a smart city, in Cllr Ana Lind’s words, is`.
const WORDS_ASIDE =
  /^[^,;:“”"]{2,80},\s+in\s+(?:the\s+(?:words|phrase|phrasing|formulation)\s+of\s+([^,;:“”"]{2,80}?)|([^,;:“”"]{2,80}?)[’']s?\s+(?:own\s+)?(?:words|phrase|phrasing|formulation)),\s/u;

/** The source such an aside names: a name (or a described person), not a pronoun's (`in her words`) or the writers'. */
function wordsAsideOwner(clauseText: string): string | undefined {
  const m = WORDS_ASIDE.exec(clauseText);
  if (!m) return undefined;
  if (m[1] !== undefined) return sourceNamed(m[1])?.author;
  const possessor = m[2]!.replace(/^the\s+/iu, '');
  return /^\p{Lu}/u.test(possessor) && nameLike(possessor) && !/^(?:Our|My|Their|His|Her|Its)$/u.test(possessor) ? possessor : undefined;
}

/**
 * `In Morrow’s words, a … is …`: a body called by a short name that is also a dictionary word (so not read as a name
 * alone), resolved to its fuller name printed just above (`Stand B14 — Morrow Analytics (Tallinn)`): that name, as
 * convention 2 files a body by its fullest printed name. (Only the last 300 characters above are read: linear.)
 */
function wordsOfNamedBody(lead: string, above: string): { author: string } | undefined {
  const m = /(?:^|,\s*)[Ii]n\s+(\p{Lu}\p{Ll}{2,20})[’']s\s+(?:own\s+)?words\s*,\s*$/u.exec(lead);
  if (!m || nameLike(m[1]!)) return undefined;
  const short = m[1]!;
  const near = above.slice(-300);
  for (let at = near.indexOf(short); at >= 0; at = near.indexOf(short, at + 1)) {
    if (/\p{L}/u.test(near[at - 1] ?? ' ')) continue;
    const full = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}&-]*){1,3}/u.exec(near.slice(at, at + 80))?.[0];
    if (full && nameLike(full)) return { author: full };
  }
  return undefined;
}

const DOCUMENT_PHRASE = new RegExp(
  String.raw`^(?:(?:the|a|an)\s+)?(?:([\p{L}][\p{L}.&-]*(?:\s+[\p{L}][\p{L}.&-]*){0,3})[’']s?\s+|(their|his|her|our|my|its)\s+)?(?:\(([^()]{1,40})\)\s+)?(?:(${YEAR_DIGITS})\s+)?(?:[\p{L}-]+\s+){0,2}?(\p{L}+(?:\s+[Pp]aper)?)$`,
  'u',
);

/**
 * `the agency’s 2024 handbook`, `Lund’s (2020) formulation`, `the 2019 Lisbon charter`, a titled one (`Northby Council’s
 * Smart Northby Strategy`): a document of someone else's or a dated one.
 */
function documentNamed(phrase: string): { author?: string; year?: number } | undefined {
  const m = DOCUMENT_PHRASE.exec(phrase);
  if (!m || !DOCUMENT_NOUN.test(m[5]!)) return undefined;
  const [, named, pronoun, parenthesis, printed] = m;
  // (`our 2024 framework`, `this report’s terms`: the writers' own)
  const possessor = named ?? pronoun;
  if (possessor && /^(?:our|my|this|these|present|its)\b/iu.test(possessor)) return undefined;
  const year = printed ? Number(printed) : parenthesis ? yearIn(parenthesis) : undefined;
  if (!possessor && year === undefined) return undefined;
  const author = named && /^\p{Lu}/u.test(named) && nameLike(named) ? named : undefined;
  return { ...(author ? { author } : {}), ...(year !== undefined ? { year } : {}) };
}

/**
 * `the OECD`, `Hollands (2008)`: a source's name, its year from a citation after it. A person may come after what they are,
 * in lower case (`the urbanist Ana Lind`, `the late planner Ana Lind`): the name, given and family, after it.
 */
function sourceNamed(phrase: string): { author: string; year?: number } | undefined {
  const name = phrase
    .replace(/^the\s+/iu, '')
    .replace(DESCRIBED_PERSON, '')
    .replace(/\s*\([^()]*\)$/u, '')
    .trim();
  if (!/^\p{Lu}/u.test(name) || !nameLike(name) || !sourceName(name)) return undefined;
  const year = /\(([^()]*)\)$/u.exec(phrase)?.[1];
  const printed = year ? yearIn(year) : undefined;
  return { author: name, ...(printed !== undefined ? { year: printed } : {}) };
}

// (one to three lower-case words, no function word, before a given name and a family name: `urbanist `, `late city planner `)
const DESCRIBED_PERSON =
  /^(?:(?!(?:of|in|on|at|for|from|by|with|to|and|or|the|a|an|our|their|its|this|that)\s)\p{Ll}[\p{Ll}-]{1,20}\s+){1,3}(?=\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}(?:\s*\([^()]*\))?$)/u;

const SAYING =
  '(?:said|says|writes|wrote|added|adds|explained|explains|remarked|noted|notes|argued|argues|observed|observes|told|tells|stated|states|insisted|insists|commented|comments|declared|declares|recalled|recalls|replied|replies|answered|answers)';
// (a particle printed lower-case inside the name stays in it: `Omar van der Berg`)
const SPEAKER = "((?:(?:\\p{Lu}[\\p{L}’'.-]*|van|von|der|den|de|del|della|di|da|du|la|le|ter|ten|bin|al|el)\\s+){0,3}\\p{Lu}[\\p{L}’'-]*)(?![\\p{L}’'-])";
// `,” said Deputy Mayor Jon Aas at the opening.` (descriptive words before the name, never a preposition:
// `said the Minister on Tuesday` names no one) and `,” Jon Aas, the deputy mayor, said.`
const SAID_AFTER_CLOSE = [
  new RegExp(
    `^[\\s.,;!?…]*[”"’»]\\s*,?\\s*${SAYING}\\s+(?:(?:the|a|an)\\s+)?(?:(?!(?:on|in|at|to|for|with|from|by|during|after|before)\\s)[\\p{Ll}-]+\\s+){0,4}${SPEAKER}`,
    'u',
  ),
  new RegExp(`^[\\s.,;!?…]*[”"’»]\\s*,?\\s*${SPEAKER}(?:,\\s+[^,;:“”"]{1,80},)?\\s+${SAYING}\\b`, 'u'),
  // (the speaker's role, then a comma and the name: `,’ says our chair, Mrs Ana Lind.`, `,” said the club’s treasurer, Jon Aas`)
  new RegExp(
    `^[\\s.,;!?…]*[”"’»]\\s*,?\\s*${SAYING}\\s+(?:our|their|its|the|the\\s+\\p{Lu}[\\p{L}-]*[’']s)\\s+(?:[\\p{Ll}-]+\\s+){0,3}[\\p{Ll}-]+,\\s+${SPEAKER}`,
    'u',
  ),
];

/**
 * A speaker named after the closing quotation mark, whatever follows: `…,” said Deputy Mayor Jon Aas at
 * the opening.`, `…,” Jon Aas, the deputy mayor, said.` A person's surname (titles and given names are
 * dictionary words or first names), a body or a one-word name whole; a title alone (`said the Minister`) is no name.
 */
function speakerAfter(rest: string): string | undefined {
  const name = SAID_AFTER_CLOSE.map((re) => re.exec(rest)?.[1]).find((n) => n !== undefined);
  if (!name) return undefined;
  const words = name.split(/\s+/u);
  // (an acronym has capitals side by side; `Halvorsen-Mbeki` is a surname)
  if (words.some((w) => ORGANISATION.test(w) || /\p{Lu}\p{Lu}/u.test(w))) return nameLike(name) ? name : undefined;
  if (words.length === 1) return isWord(words[0]!.toLowerCase()) ? undefined : words[0];
  if (!nameLike(name)) return undefined;
  // (the surname with the particle printed before it, settled convention 1: `Al Tayer`, `van der Berg`)
  let first = words.length - 1;
  while (first > 0 && PARTICLE.test(words[first - 1]!)) first--;
  return words.slice(first).join(' ');
}

/**
 * Where a paragraph's number opens a sentence (`[41] For the purposes of this judgment, …`, `[16] Ms Lind submitted …`,
 * `[29] In my judgment …`), or -1: a bracketed number then a capitalised word, which a numbered reference list does not
 * hold (there `[16] Okafor et al. define …` cites). Judgments, decisions and formal reports number their paragraphs so.
 */
function paragraphNumberAt(sentence: string, listed: ListedNumbers, clauseStart: number): number {
  const scope = /^\s*\[\d{1,4}\]\s+(?:for\s+the\s+purposes?\s+of|in|under|within)\s+(?:this|these|the\s+present)\s/iu.exec(sentence);
  if (scope) return scope[0].indexOf('[');
  // (a heading over it may run into the sentence, `Discussion [29] In my judgment …`: a few words with no stop between)
  const m = /^\s*(?:\p{Lu}[\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,5}\s+)?\[(\d{1,4})\]\s+\p{Lu}/u.exec(sentence);
  // (words of a lead-in between it and the definition: right before the definition, `[3] A smart city is …`, it is a
  // table row's source cell)
  const leadIn = m ? /\p{L}/u.test(sentence.slice(m[0].length - 1, clauseStart)) : false;
  return m && leadIn && !(listed.numbered && listed.holds(Number(m[1]))) ? m[0].lastIndexOf('[') : -1;
}

/**
 * A sentence inside a quotation of several sentences, which the sentence before opened and this one closes after the
 * clause (`… put it plainly: “A smart city is … . A true smart city is one that … .”`): quoted, and the speaker named
 * before the opening mark, if any.
 */
function quotationGoingOn(sentence: string, clause: Clause, preceding: string): boolean {
  if (/[“”]/u.test(sentence.slice(0, clause.start)) || !/^[^“”]*”/u.test(sentence.slice(clause.end))) return false;
  const open = preceding.lastIndexOf('“');
  return open >= 0 && !preceding.includes('”', open);
}

/** The definiens is quoted, or set in quotation marks, or a later sentence of a quotation opened in the sentence before. */
function inQuotation(sentence: string, clause: Clause, preceding: string): boolean {
  return (
    quotedDefiniens(sentence.slice(clause.start, clause.end)) ||
    enclosedInQuotes(sentence, clause.start, clause.end) ||
    quotationGoingOn(sentence, clause, preceding)
  );
}

/** Who opened the quotation the sentence before left open: the speaker named before its opening mark. */
function openerOfQuotation(preceding: string): string | undefined {
  const lead = preceding.slice(0, preceding.lastIndexOf('“'));
  return reporterIn(lead).reporter?.text || speakerOf(`${lead}“`);
}

/** The speaker of a quotation: named before it, after its closing mark, or after the mark in a later sentence. */
function speakerOfQuotation(sentence: string, clause: Clause, preceding: string, laterSentences: readonly string[]): string | undefined {
  return (
    speakerOf(sentence.slice(0, clause.start), preceding) ??
    speakerAfter(sentence.slice(clause.end)) ??
    speakerAfterClosing(laterSentences) ??
    speakerGoingOn(sentence.slice(0, clause.start), preceding) ??
    (quotationGoingOn(sentence, clause, preceding) ? openerOfQuotation(preceding) : undefined)
  );
}

/**
 * A quotation that opens its sentence straight after one whose quotation names its speaker after the closing mark
 * (`“…,” said Ines Okafor, who chairs the board. “A smart city is …”`): in news prose the same speaker goes on.
 */
function speakerGoingOn(before: string, preceding: string): string | undefined {
  if (!/^\s*[“"‘]\s*$/u.test(before) || !/^\s*[“"‘]/u.test(preceding)) return undefined;
  // (each closing mark in turn: a quotation inside the quotation closes first, `‘smart city’ and …`)
  for (const close of preceding.matchAll(/[”"’»]/gu)) {
    const name = speakerAfter(preceding.slice(close.index));
    if (name) return name;
  }
  return undefined;
}

/**
 * A quotation of several sentences whose speaker is named after its closing mark in a later sentence
 * (`“A digital twin is … . As a prototype, it … world,” says Maillard, …`): the speaker after that mark.
 */
function speakerAfterClosing(following: readonly string[]): string | undefined {
  for (const next of following.slice(0, 4)) {
    const close = /[\s.,;!?…]*[”»]/u.exec(next);
    if (close) return speakerAfter(next.slice(close.index));
  }
  return undefined;
}

/** The citation that goes with a reporter's name (`Cohen (2011) defines …`), and the name as the citation gives it. */
function reporterCitation(
  sentence: string,
  clause: Clause,
  reporter: NonNullable<Clause['reporter']>,
  citations: readonly Citation[],
): { cited?: Citation; author: string } {
  let author = reporter.text;
  // Right after the name, or the one naming it.
  let cited: Citation | undefined =
    citations.find((c) => c.start <= reporter.end + 1 && c.end >= reporter.end) ??
    citations.find((c) => c.start >= reporter.end && c.start <= reporter.end + 3) ??
    citations.find((c) => c.author === reporter.text) ??
    // a superscript on the lead-in's comma right before the name: `In a widely cited paper,1 Odawa defines …`
    citations.find((c) => c.markerStart !== undefined && sentence[c.markerStart - 1] === ',' && /^\s{1,2}$/u.test(sentence.slice(c.end, reporter.start))) ??
    // a marker closing the subject's aside right before its verb: `HSB 5150:2022, published by the Standards Board,16 defines …`
    citations.find((c) => c.ref && !c.author && c.start >= reporter.end && /^\s*\p{Ll}+\s*$/u.test(sentence.slice(c.end, clause.start))) ??
    // a marker closing the quoted definiens: `IBM defines a smart city as "…". [3]`
    citations.find((c) => c.start >= clause.end && !c.author && /^[\s,;:.)\]’'"”]*$/u.test(sentence.slice(clause.end, c.start)));
  // `Deakin defines the smart city as …, and that ….[15]`: the marker that ends the sentence.
  cited ??= citations.find((c) => c.ref && !c.author && c.start >= clause.end && /^[\s.,;:)\]’'"”]*$/u.test(sentence.slice(c.end)));
  // `Mensah et al. (2020, p. 3) put it in one line:` the citation that holds the reporter's name names the authors in full.
  if (cited?.author && cited.start <= reporter.start && cited.end >= reporter.end && cited.author.startsWith(reporter.text) && cited.author !== reporter.text)
    author = cited.author;
  // (`Okafor and Lindqvist12 argue`: the superscript's digits run onto the name the reporter was read as)
  if (cited?.markerStart !== undefined && cited.author && cited.end === reporter.end) author = cited.author;
  // `Okafor (2018) [3] put it …`: the year from the one, the marker from the next; or the marker closing the quoted
  // definiens, `As Okafor (2018) put it, X is “…” [4].`
  const marker =
    cited && !cited.ref
      ? (citations.find((c) => c.ref && c.start >= cited!.end && c.start <= cited!.end + 2) ??
        citations.find((c) => c.ref && !c.author && c.start >= clause.end && /^[\s,;:.)\]’'"”]*$/u.test(sentence.slice(clause.end, c.start))))
      : undefined;
  if (cited && marker) cited = { ...cited, ref: marker.ref! };
  // A speaker named after the definiens (the sentence's end) and described with the year of a work:
  // `…, according to the architect Richard Rogers, whose lectures became the book … (1997).`
  const described = !cited && reporter.start >= clause.end ? YEAR_PARENTHESIS.exec(sentence.slice(reporter.end)) : null;
  if (described) cited = { start: 0, end: 0, year: Number(described[1]) };
  return { ...(cited ? { cited } : {}), author };
}

/**
 * A citation that names the source instead of the reporter: attributed to one body and cited to
 * another (`the UNCHS … defined a sustainable city as one “…” (UN-Habitat 2002, 6)`: the citation
 * closing the clause), or a speaker named after the definiens and then cited (`…,” explains Ana
 * Reis of Vela (Vela, n.d.)`).
 */
function citedInstead(
  sentence: string,
  clause: Clause,
  reporter: NonNullable<Clause['reporter']>,
  citations: readonly Citation[],
  cited: Citation | undefined,
): Citation | undefined {
  const closing = citations.find((c) => c.start >= clause.end && c.author && /^[\s,;:.)\]’'"”]*$/u.test(sentence.slice(clause.end, c.start)));
  if (closing && closing !== cited && closing.author !== reporter.text) return closing;
  // (in parentheses right after the speaker's name and affiliation, not a year in a description of the speaker)
  const afterSpeaker =
    reporter.start >= clause.end
      ? citations.find(
          (c) =>
            c.start >= reporter.end &&
            c.author &&
            sentence[c.start] === '(' &&
            /^(?:\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}[^,;()]{0,60})?\s*$/u.test(sentence.slice(reporter.end, c.start)),
        )
      : undefined;
  return afterSpeaker && afterSpeaker.author !== reporter.text ? afterSpeaker : undefined;
}

/**
 * The owner of a quotation relayed through another source, named in the lead-in (`X’s explainer
 * relays Y’s wording: “…”` is Y’s, not X’s), if it is a name.
 */
function wordingOwner(lead: string): string | undefined {
  const m =
    /(\p{Lu}[\p{L}\p{N}.&-]*(?:\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}\p{N}.&-]*){0,5})[’']s?\s+(?:own\s+|original\s+|earlier\s+)?(?:wording|definition|formulation|phrasing)\s*[:,]?\s*[“"‘']?\s*$/u.exec(
      lead,
    );
  return m && nameLike(m[1]!) ? m[1]! : undefined;
}

/**
 * The clause, or its definiens, is set in quotation marks that open before its end and close after
 * it, with nothing but punctuation or a citation between the clause's end and the closing mark:
 * `… in a single sentence: “A smart city is a city that …”`, `‘As presently understood, a smart city is …’ [80]`,
 * `… can be defined as; "Improving the quality of life …"`.
 */
function enclosedInQuotes(sentence: string, start: number, end: number): boolean {
  // (German and French marks too: „…“, ‚…‘, ‹…›)
  const close = /^[\s.,;:!?…]*(?:\[[^\]]*\]\s*)?([”’"'»“‘›])/u.exec(sentence.slice(end));
  if (!close) return false;
  const opener = { '”': /[“„]/u, '’': /(?:^|[^\p{L}])[‘‚]/u, '"': /"/u, "'": /(?:^|[^\p{L}])'/u, '»': /«/u, '“': /„/u, '‘': /‚/u, '›': /‹/u }[close[1]!]!;
  const before = sentence.slice(0, end);
  const opened = [...before.matchAll(new RegExp(opener.source, 'gu'))].at(-1);
  // The opening mark is before the clause, or after its term (a quoted definiens), not at its last word.
  if (!opened || (opened.index >= start && end - opened.index < 20)) return false;
  // Not closed again between the opening mark and the clause (`“smart city” is …` quotes the term only).
  const inside = before.slice(opened.index + opened[0].length);
  const closer = { '”': /”/u, '’': /’(?!\p{L})/u, '"': /"/u, "'": /'(?!\p{L})/u, '»': /»/u, '“': /“/u, '‘': /‘/u, '›': /›/u }[close[1]!]!;
  return !closer.test(inside);
}

// A frame opening a quotation, the speaker's own view (`“To me, a smart city is …`, `“In my view, …`): no part of the definition.
const SPEAKERS_FRAME = String.raw`(?:(?:[Tt]o|[Ff]or)\s+(?:me|us)|[Ii]n\s+(?:my|our)\s+(?:view|opinion|words))\s*,`;
// A speaker's reporting verb before a quotation's opening mark (`Ines Okafor, who chairs the board, said: “`, `she writes, “To me, `,
// `Dev once told me, quite seriously, that …“`).
// Whom a speaker told, up to the `that` before the quotation: `told reporters that`, `told the Ratepayers’ Association
// that` (a few words, so the reading stays bounded).
const TOLD_WHOM = String.raw`(?:[\p{L}’'-]+\s+){1,4}that`;
const SAYS_BEFORE_QUOTE = new RegExp(
  String.raw`(?:,\s*(?:which|who)\s+|\s)(?:\p{Ll}+ly\s+|once\s+)?(?:summari[sz]es|defines|describes|characteri[sz]es|writes|says|states|puts\s+it|explains|said|stated|explained|told\s+(?:me|them|us|members|the\s+\p{Ll}+|${TOLD_WHOM}))\b[^“"‘]*(?:[“"‘]\s*(?:${SPEAKERS_FRAME})?)?\s*$`,
  'u',
);

/**
 * Who a quotation is put in the mouth of, in the words before it: `Wikipedia, which currently
 * summarizes a smart city as “…”`, `the Focus Group … writes: “…”`; a definition `agreed during the
 * fifth meeting of the Focus Group on Smart Sustainable Cities …: “…”`. Names only, never `we`.
 */
function speakerOf(before: string, preceding = ''): string | undefined {
  // A block quotation under a paragraph that announces it with a colon: the lead-in is that paragraph's last sentence.
  if (/^[\s“"‘«]*$/u.test(before) && /:\s*$/u.test(preceding)) before = `${preceding} ${before}`;
  const proposed = proposedBy(before);
  if (proposed) return proposed;
  const agreed =
    /\bdefinitions?\b[^:“"]{0,120}?\b(?:agreed|adopted|proposed|given|formulated|developed|endorsed|approved|put\s+forward)\b[^:“"]{0,80}?\b(?:by|of)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}’'-]*(?:\s+(?:(?:of|on|for|and|&)\s+)?\p{Lu}[\p{L}\p{N}’'-]*)+)/u.exec(
      before,
    );
  if (agreed && nameLike(agreed[1]!)) return agreed[1]!;
  const says = SAYS_BEFORE_QUOTE.exec(before);
  if (!says) return undefined;
  // `She writes, “…`: the person the sentence before names.
  if (/(?:^|\s)(?:she|he|they)\s*$/iu.test(before.slice(0, says.index + 1))) {
    const named = /^(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,3})/u.exec(preceding.trim())?.[1];
    return named && nameLike(named) ? named : undefined;
  }
  const name = nameBefore(before, says.index) ?? nameBeforeDescription(before, says.index);
  if (!name || !nameLike(name.name)) return undefined;
  // `Professor Ana Lind of the University of Eastmoor, who told them that “…`: the person, not their institution.
  const of = /\s+of\s+(?:the\s+)?$/u.exec(before.slice(0, name.start));
  const person = of ? nameBefore(before, of.index, false) : undefined;
  if (person && (personalName(person.name) || titledPerson(person.name))) return person.name;
  return name.name;
}

// A description between commas after a speaker's name, `Mr. H. R. Pellow, the borough engineer, told …`, `Ana Reis, who
// chairs the board, said …`: it opens with a determiner or a relative pronoun, so it is no part of a name (read in the
// 100 characters before the verb).
const DESCRIPTION_BEFORE_VERB = /,\s+(?:the|a|an|his|her|their|its|who|which|then|now|formerly)\s[^,;:“”"()]{1,80},\s*$/u;

/** The name before a speaker's description and verb, `Mr. H. R. Pellow, the borough engineer,` → `Mr. H. R. Pellow`. */
function nameBeforeDescription(before: string, end: number): { name: string; start: number } | undefined {
  const from = Math.max(0, end - 100);
  const described = DESCRIPTION_BEFORE_VERB.exec(before.slice(from, end));
  return described ? nameBefore(before, from + described.index) : undefined;
}

/**
 * The source that gives a definition in a lead-in ending in a colon: `The NASEM report¹ proposes the
 * following definition of a digital twin, modified from …:` is NASEM's (a note number printed as a
 * digit after a word, `report1`, is not part of it).
 */
function proposedBy(before: string): string | undefined {
  const m =
    /\s(?:proposes|proposed|gives|gave|offers|offered|provides|provided|adopts|adopted|suggests|suggested|puts\s+forward)\s+(?:the\s+following|an?|one|this|its|their|the)\s+(?:[\p{Ll}-]+\s+)?definition\b[^“"‘:]*:\s*[“"‘]?\s*$/u.exec(
      before,
    );
  if (!m) return undefined;
  const lead = before.slice(0, m.index).replace(/(\p{L})\d{1,2}(?=\s|$)/gu, '$1');
  const name = nameBefore(lead, lead.length);
  return name && nameLike(name.name) ? name.name : undefined;
}

/**
 * A named source that announces the definition after a colon: `After two rounds of comments, the Nordic
 * Twin Network agreed on the following:` (the lead-in is the paragraph above a block quotation that
 * stands alone), with a date the lead-in prints. Not the writers (`We adopt the following:`), nor a part of the document (`Table 2 gives the following:`).
 */
function announcedBy(lead: string, preceding: string): { author: string; year?: number } | undefined {
  const before = /^[\s“"‘«]*$/u.test(lead) && /:\s*$/u.test(preceding) ? `${preceding} ${lead}` : lead;
  const m =
    /\s(?:(?:agreed|agrees|settled|settles)\s+(?:on|upon)|adopted|adopts|gives|gave|offers|offered|proposes|proposed|provides|provided|uses|used|publishes|published)\s+(?:the\s+following|these\s+words)(?:\s+(?:definition|wording|formulation))?\s*:\s*[“"‘]?\s*$/u.exec(
      before,
    ) ??
    // (`Cllr Haverkamp asked that her definition be recorded in the minutes:`: a speaker's own definition announced)
    /\s(?:asked|requested|insisted|wanted)(?:\s+that)?\s+(?:her|his|their)\s+(?:own\s+)?definition\b[^:;.]{0,60}:\s*[“"‘]?\s*$/u.exec(before);
  // (or a named possessor's answer: `Brandquist’s answer is simple:`)
  if (!m) return namedPossessorsAnswer(lead) ?? whoseDefinition(lead);
  // (a speaker's definition: the person named, after a numbered clause's marker, by surname)
  const speaker = /^\s(?:asked|requested|insisted|wanted)\b/u.test(m[0]);
  const found = nameBefore(before, m.index)?.name;
  const name = speaker && found ? citedName(found.replace(/^.*\b\d{1,2}(?:\.\d{1,2})+\s+/u, '')) : found;
  if (!name || /^(?:table|figure|fig|section|chapter|box|appendix|annex|part)\b/iu.test(name)) return undefined;
  if (!nameLike(name) || !sourceName(name)) return undefined;
  // (a date printed in the lead-in: `In 2019 the Harbour Board adopted …`)
  const year = yearIn(before.replace(/\[[^\]]*\]|\([^)]*\)/gu, ''));
  return { author: name, ...(year !== undefined ? { year } : {}) };
}

/**
 * `Their definition is given in the opening section: a port digital twin is …`: a possessive pronoun's definition
 * announced before the clause points back to the sentence before, to the source it opens with (`Aalbers and Pham (2027)
 * report …`): its first citation that names an author.
 */
function possessiveDefinition(lead: string, preceding: string, listed: ListedNumbers): { author: string; year?: number } | undefined {
  if (!/(?:^|[\s“"‘(])(?:their|her|his)\s+(?:own\s+|working\s+|formal\s+)*definition\b[^.;“”"]{0,80}:\s*[“"‘]?\s*$/iu.test(lead)) return undefined;
  const cited = findCitations(preceding, listed).find((c) => c.author !== undefined && c.year !== undefined);
  return cited ? { author: cited.author!, year: cited.year! } : undefined;
}

// `Brandquist’s answer is simple:`, `Okafor’s definition is short:`: a named possessor's answer or definition announced
// by a colon right before the clause (the lead-in's last 120 characters only).
const NAMED_POSSESSORS_ANSWER =
  /(?:^|[\s“"‘(])((?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}'-]*)[’']s\s+(?:own\s+)?(?:answer|definition|reply|formula|version)\s+is\s+(?:\p{Ll}+\s+)?(?:simple|short|plain|clear|blunt|brief|this)\s*:\s*[“"‘]?\s*$/u;

/**
 * The person or body whose answer the lead-in announces (`What is a smart city? Brandquist’s answer is simple: a smart city
 * is …`): theirs, quoted, by surname (a person) or name; not a common noun (`the city’s answer`).
 */
function namedPossessorsAnswer(lead: string): { author: string; year?: number } | undefined {
  const name = NAMED_POSSESSORS_ANSWER.exec(lead.slice(-120))?.[1];
  if (!name || !nameLike(name) || !sourceName(name)) return undefined;
  return { author: personalName(name) ? citedName(name) : name };
}

// `… the control room of the Harbour Water Board, whose definition is painted over the door: “…`, `Ana Lind, whose own
// definition was short:`: a name, then a relative `whose definition` announcing the clause after a colon (the lead-in's
// last 200 characters only; the name is the capitalised words right before `, whose`).
const WHOSE_DEFINITION =
  /(?:^|[\s“"‘(])((?:\p{Lu}[\p{L}’'&.-]*\s+(?:(?:of|for|and|&)\s+)?){0,5}\p{Lu}[\p{L}’'-]*),\s+whose\s+(?:own\s+|working\s+|official\s+)?(?:definition|formula|formulation|motto|creed)\s+(?:is|was|reads|read|runs|ran|hangs|hung)\b[^:;“”"‘’]{0,80}:\s*[“"‘]?\s*$/u;

// A catalogue's or a caption's line naming who made the object whose words follow its colon: `Sampler, made by the
// Kelby Quilters’ Guild in 2025:`, `Banner painted by Ana Lind:` (the maker, up to seven capitalised words; the year of
// making if printed).
const MADE_BY = new RegExp(
  String.raw`\b(?:made|stitched|embroidered|sewn|woven|painted|carved|engraved|lettered)\s+by\s+(?:the\s+)?((?:\p{Lu}[\p{L}’'&.-]*\s+(?:(?:of|for|and|&)\s+)?){0,6}\p{Lu}[\p{L}’'-]*)(?:\s+in\s+(${YEAR_DIGITS}))?\s*:\s*[“"‘]?\s*$`,
  'u',
);

/** The maker a caption names right before the words their object carries (`… made by the Kelby Quilters’ Guild in 2025:`). */
function madeBy(lead: string): { author: string; year?: number } | undefined {
  const m = MADE_BY.exec(lead.slice(-200));
  if (!m || !nameLike(m[1]!) || !sourceName(m[1]!)) return undefined;
  const author = personalName(m[1]!) ? citedName(m[1]!) : m[1]!;
  return { author, ...(m[2] ? { year: Number(m[2]) } : {}) };
}

// `Tallowmere Mapping, whose brochure defines `, `Orrin Kettleby, whose website describes `: a name, then a relative
// `whose` and its document saying the definition right after (the lead-in's last 200 characters only).
const WHOSE_DOCUMENT =
  /(?:^|[\s“"‘(])((?:\p{Lu}[\p{L}’'&.-]*\s+(?:(?:of|for|and|&)\s+)?){0,5}\p{Lu}[\p{L}’'-]*),\s+whose\s+(?:own\s+|latest\s+|new\s+)?(\p{Ll}+)\s+(?:defines|defined|describes|described|calls|called)\s*$/u;
// (a trader's or maker's documents besides DOCUMENT_NOUN's)
const TRADE_DOCUMENT = /^(?:catalogue|catalog|brochure|leaflet|website|site|manual|datasheet|documentation|blog|newsletter|prospectus)$/u;
const TRADE_ONLY = /^(?:catalogue|catalog|brochure|datasheet|prospectus)$/u;

/** The person or body whose document, in a relative clause, defines the term (`X, whose catalogue defines …`). */
function whoseDocument(lead: string): string | undefined {
  const m = WHOSE_DOCUMENT.exec(lead.slice(-200));
  if (!m || !(DOCUMENT_NOUN.test(m[2]!) || TRADE_DOCUMENT.test(m[2]!))) return undefined;
  const name = m[1]!;
  if (!nameLike(name) || !sourceName(name)) return undefined;
  // (a trader's catalogue or brochure is a firm's, its name whole, `Prendwick Geodata`; a website may be a person's)
  return personalName(name) && !TRADE_ONLY.test(m[2]!) ? citedName(name) : name;
}

/** The person or body a relative `whose definition …:` names (`… the Harbour Water Board, whose definition is painted …:`). */
function whoseDefinition(lead: string): { author: string; year?: number } | undefined {
  const name = WHOSE_DEFINITION.exec(lead.slice(-200))?.[1];
  if (!name || !nameLike(name) || !sourceName(name)) return undefined;
  return { author: personalName(name) ? citedName(name) : name };
}

// `the Vellaro tourist office’s leaflet says a smart city is “…`: a body named by a place and a lower-case body noun, its
// document saying the quotation (the lead-in's last 160 characters only).
const BODYS_DOCUMENT_SAYS =
  /(?:^|\s)[Tt]he\s+((?:\p{Lu}[\p{L}-]*\s+){1,3}(?:\p{Ll}+\s+){0,2}(?:office|council|board|agency|ministry|department|authority|bureau|commission|committee|trust))[’']s\s+(?:own\s+|official\s+|new\s+)?(?:leaflet|brochure|guide|handbook|website|report|strategy|plan|glossary|charter|notice|booklet|page)\s+(?:says|states|defines|puts\s+it)\b[^“"‘.;]{0,80}$/u;

/** The body whose document a lead-in says says the quotation (`the Vellaro tourist office’s leaflet says`), as printed. */
function bodysDocumentSays(lead: string): { author: string; year?: number } | undefined {
  const name = BODYS_DOCUMENT_SAYS.exec(lead.slice(-160))?.[1];
  return name ? { author: name } : undefined;
}

// `Dr Osei-Lindqvist, at paragraph 14 of your report you write that “…`: a titled person addressed by name, then told
// what they wrote or said (the lead-in's last 200 characters only; a vocative opens the turn or follows a colon).
const ADDRESSED_WRITER = new RegExp(
  String.raw`(?:^|[:.?!]\s+)${PERSONAL_TITLE}\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}),\s+[^“"‘:;]{0,100}?\byou\s+(?:\p{Ll}+ly\s+)?(?:write|wrote|say|said|state|stated|define|defined|told\s+(?:us|the\s+\p{Ll}+))\s+(?:that\s+)?[“"‘]\s*$`,
  'u',
);

/** The person a lead-in addresses by title and name and tells what they wrote (`Dr Osei-Lindqvist, … you write that “`). */
function addressedWriter(lead: string): { author: string; year?: number } | undefined {
  const name = ADDRESSED_WRITER.exec(lead.slice(-200))?.[1];
  return name ? { author: citedName(name) } : undefined;
}

/** A table's source cell that the next row follows: `China Communication Standards Association (2014) 96 Government …`. */
function rowSource(sentence: string, listed: ListedNumbers): Citation | undefined {
  const m = DATED_CELL_THEN_ROW.exec(sentence.trim());
  return m ? citationOnly(m[1]!, listed) : undefined;
}

/**
 * `Cohen (2011)` in the next cell, `(Caragliu et al. 2009)` after the full stop; in a table row the
 * source cell may come after a second sentence and a keyword cell. A sentence with a citation of its
 * own ends the search.
 */
function citedAfter(following: readonly string[], listed: ListedNumbers): { cited: Citation; cue: string } | undefined {
  for (const [k, next] of following.slice(0, 3).entries()) {
    // (in a flattened table the next row may follow the source cell: `… Association (2014) 96 Government …`)
    // (or opening it, the sentence after a block quotation whose citation follows its closing full stop)
    // (or closing it: the quotation's last sentence, its citation after the full stop, `… made. (Okoro, 2019)`)
    const only =
      (k === 0 ? workLine(next) : undefined) ??
      citationOnly(next, listed) ??
      rowSource(next, listed) ??
      sourceCell(next) ??
      leadingCitation(next) ??
      trailingCitation(next) ??
      referenceEntry(next) ??
      authorLine(next);
    if (only) return { cited: only, cue: 'citation after the sentence' };
    // A table cell of two sentences whose marker closes the second, a keyword cell after it: the
    // marker cites the cell (`… to solve public problems [25] .` / `Technology, innovation`).
    const closing = /\[\d[^\]]*\]\s*[.;]?\s*$/u.exec(next);
    const after = following[k + 1];
    if (closing && after !== undefined && keywordCell(after))
      return { cited: { start: 0, end: 0, ref: closing[0].replace(/[\s.;]+$/u, '') }, cue: 'marker closing the cell' };
    if (findCitations(next, listed).length) return undefined;
  }
  return undefined;
}

// A person and their work on the line under a quotation, as a book of quotations or an epigraph prints them: `Ilse
// Marrowgate, The Counting City (2019), ch. 3`, `Ana Lind, Cities That Count (2016), p. 12`. The whole line, nothing else.
const WORK_LINE = new RegExp(
  String.raw`^\s*[—–-]?\s*(\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,3}),\s+(\p{Lu}[^()\n]{1,100}?)\s+\((${YEAR_DIGITS})\)(?:,\s*(?:ch|chap|p|pp|para|sec)\.?\s*[\d–-]{1,9})?\s*\.?\s*$`,
  'u',
);

/** The person and year of a work line under the sentence (`Ilse Marrowgate, The Counting City (2019), ch. 3`), if it is one. */
function workLine(line: string): Citation | undefined {
  const m = line.length <= 200 ? WORK_LINE.exec(line) : null;
  // (a person, not a title in capitals: not every word a dictionary word, `Counting Streets, Annual Review (2017)`)
  if (!m || !personalName(m[1]!) || m[1]!.split(/\s+/u).every((w) => isWord(w.toLowerCase()))) return undefined;
  return { start: 0, end: line.length, author: citedName(m[1]!), year: Number(m[3]) };
}

const AUTHOR_LINE = new RegExp(
  String.raw`^\s*(\p{Lu}[\p{L}'’-]+),\s+(?:\p{Lu}\.\s?){1,3}((?:,?\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}'’-]+,\s+(?:\p{Lu}\.\s?){1,3})*)(,?\s*et\s+al\.)?\s*\((${YEAR_DIGITS})[a-z]?\)\.?\s*(?:\[\^?\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)?\s*$`,
  'u',
);

/**
 * A line of authors in a reference's style under a quotation, nothing after the year but a note's marker: `Pylianidis, C.,
 * Osinga, S., et al. (2021)[^3]`, `Okafor, N. and Lind, P. (2019)`. Filed as the text cites them: one surname, two joined
 * by `and`, or the first with `et al.` (the marker is a note's, not a numbered reference: left out).
 */
function authorLine(line: string): Citation | undefined {
  const m = AUTHOR_LINE.exec(
    // (a Markdown fenced block's closing `:::` may end the line: `::: highlight-block … :::`)
    line.replace(/\s*:{3,}\s*$/u, ''),
  );
  if (!m) return undefined;
  const others = [...m[2]!.matchAll(/\p{Lu}[\p{L}'’-]+(?=,)/gu)].map((x) => x[0]);
  const author = m[3] || others.length > 1 ? `${m[1]} et al.` : others.length === 1 ? `${m[1]} and ${others[0]}` : m[1]!;
  return { start: 0, end: m[0].length, author, year: Number(m[4]) };
}

/**
 * A reference-list entry set under the text it cites (`IDB (2016), The Road toward Smart Cities; …, p.16`): a name,
 * its year in parentheses, then a title of capitalised words with no finite verb.
 */
function referenceEntry(line: string): Citation | undefined {
  const m = REFERENCE_ENTRY.exec(line);
  if (!m || !nameLike(m[1]!.trim()) || hasFiniteVerb(m[3]!)) return undefined;
  const words = m[3]!.split(/\s+/u).slice(0, 6);
  if (words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 < words.length) return undefined;
  return { start: 0, end: m[0].length, author: m[1]!.trim(), year: Number(m[2]) };
}

/**
 * A parenthetical author–year citation that opens a sentence going on with a capitalised word:
 * `(Lindqvist, 2016, p. 12) The list is …`. No sentence of prose begins with its own citation, so it
 * closes the text before it: a block quotation whose citation follows its last full stop.
 */
function leadingCitation(sentence: string): Citation | undefined {
  const m = /^\s*\([^()]{1,240}\)(?=\s+[“"‘]?\p{Lu})/u.exec(sentence);
  // (author–year only: a number alone names no author)
  const cited = m ? citationOnly(m[0], NO_NUMBERED_LIST) : undefined;
  return cited?.author && cited.start === 0 ? { ...cited, start: m!.index, end: m!.index + m![0].length } : undefined;
}

/**
 * A parenthetical author–year citation after a sentence's own full stop, ending it: `… before they
 * are made. (Okoro, 2019)`. Prose cites inside its sentence; a citation set after the full stop is a
 * block quotation's, and covers the quotation's sentences before it too.
 */
function trailingCitation(sentence: string): Citation | undefined {
  const m = /[.!?][”’"']?\s+(\([^()]{1,240}\))\s*$/u.exec(sentence);
  if (!m) return undefined;
  // (author–year only: a number alone names no author)
  const cited = citationOnly(m[1]!, NO_NUMBERED_LIST);
  const start = m.index + m[0].indexOf('(');
  return cited?.author ? { ...cited, start, end: start + m[1]!.length } : undefined;
}

const LABEL_OVER_QUOTATIONS = new RegExp(
  String.raw`^\s*(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,3})[.)]\s+|[•·▪*–-]\s+)?(\p{Lu}[^“”"():;[\]]{1,80}?)\s*(?:\((\d{1,3}|${YEAR_DIGITS})[a-z]?\)|\[\d{1,3}\])?\s*[:–—-]?\s*(?=[“"])`,
  'u',
);

/**
 * A list item or paragraph that opens with a source label and then gives nothing but quotations:
 * `(a) Grieves and Vickers (3) “The premise …” “The Digital Twin is …”`: each quotation is the
 * label's, however many sentences before it the name stands.
 */
function quotationsUnder(before: string): { author: string; year?: number } | undefined {
  const m = LABEL_OVER_QUOTATIONS.exec(before);
  if (!m || !nameLike(m[1]!.trim())) return undefined;
  // Only quotations after the label, the last one still open where the clause starts.
  const rest = before.slice(m[0].length).replace(/“[^“”]*”|"[^"]*"/gu, '');
  if (!/^[\s.,;]*[“"]\s*$/u.test(rest)) return undefined;
  const year = m[2] && m[2].length === 4 ? Number(m[2]) : undefined;
  return { author: m[1]!.trim(), ...(year !== undefined ? { year } : {}) };
}

/** A quotation's source printed in its lead-in: a bare author–year citation, an erratum's work, a document's identifier. */
function printedSourceBefore(lead: string, preceding: string, listed: ListedNumbers): { author: string; year?: number } | undefined {
  return (
    bareCitationBefore(lead) ?? correctedWordingSource(lead, preceding, listed) ?? documentThatReads(lead) ?? bodysDocumentSays(lead) ?? addressedWriter(lead)
  );
}

/** A source named in an aside (`documentAside`), its body's short name resolved to its fuller one from the text above. */
function asideSource(sentence: string, clause: Clause, above: readonly string[]): { author?: string; year?: number } | undefined {
  const found = documentAside(sentence, clause);
  // (each piece's last 300 characters only: the unit before a sentence grows with every definition in it)
  const body = found?.author ? undefined : wordsOfNamedBody(sentence.slice(0, clause.start), above.map((t) => t.slice(-300)).join('\n'));
  if (body) return { ...found, ...body };
  // `Canon Ana Lindqvist reminded us that, in her words, “…”`: a pronoun's words are the person named last before the
  // aside (two to four capitalised words a personal name; the lead-in's last 200 characters only), by surname.
  const lead = sentence.slice(0, clause.start);
  if (found && !found.author && IN_PRONOUNS_WORDS.test(lead)) {
    const names = [...lead.slice(-200).matchAll(CAPITALISED_NAME)].map((m) => m[1]!);
    const name = names.at(-1);
    if (name && personalName(name)) return { ...found, author: citedName(name) };
  }
  return found;
}
// `, in her words,` or `, in his own words,` right before the clause (a bounded lead-in end, its opening mark aside).
const IN_PRONOUNS_WORDS = /(?:^|,\s*)[Ii]n\s+(?:her|his)\s+(?:own\s+)?words\s*,\s*[“"‘]?\s*$/u;
// Two to four capitalised words standing apart from other letters: a candidate for a person's name.
const CAPITALISED_NAME = /(?<![\p{L}’'-])(\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*){1,3})(?![\p{L}’'-])/gu;

const BARE_CITATION_BEFORE = new RegExp(
  String.raw`(?:^|[\s:;(])(\p{Lu}[\p{L}’'-]+(?:\s+(?:and|&)\s+\p{Lu}[\p{L}’'-]+|\s+et\s+al\.)?),?\s+(${YEAR_DIGITS})[a-z]?(?:,?\s+(?:pp?\.|S\.)\s*\d{1,4}(?:[–-]\d{1,4})?)?\s*[-–—:]\s*[“"‘]\s*$`,
  'u',
);

/**
 * An author–year citation printed without parentheses right before a quotation, perhaps with its page: a reading
 * note's or a slide's `Okafor 2019, p. 14 — “…”`, `Lee and Park 2021: “…”`. (Read from the lead-in's last 120
 * characters only: linear however long the sentence.)
 */
function bareCitationBefore(lead: string): { author: string; year: number } | undefined {
  const m = BARE_CITATION_BEFORE.exec(lead.slice(-120));
  if (!m || !nameLike(m[1]!)) return undefined;
  return { author: m[1]!, year: Number(m[2]) };
}

// `It should read:`, `The definition should read as follows:`: an erratum's or a correction's lead-in to the wording as
// its authors meant it.
const CORRECTED_WORDING =
  /(?:^|[.:;]\s+)(?:it|this|the\s+(?:corrected\s+)?(?:definition|sentence|passage|text|wording|paragraph))\s+(?:(?:should|shall|must)\s+have\s+read|(?:should|shall|must|now)\s+reads?)(?:\s+as\s+follows)?\s*:\s*[“"‘]\s*$/iu;
// `… the article by Okonjo and Varley printed their definition …`: the signed work a correction notice names, uncited.
const WORK_BY = new RegExp(
  String.raw`\b(?:article|paper|piece|column|essay|chapter|report|op-ed|contribution|review|feature)\s+by\s+((?:${PERSONAL_TITLE}\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?(?:\s+et\s+al\.|\s+(?:and|&)\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)?)`,
  'u',
);

/**
 * An erratum's corrected wording (`In the article by Halvorsen and Ibekwe (2025), the definition … was printed
 * incorrectly. It should read: “…”`, `It should have read: “…”`): the work the sentence before cites, when it cites just
 * one, wrote it; or the signed work it names without a citation (`the article by Okonjo and Varley`).
 */
function correctedWordingSource(lead: string, preceding: string, listed: ListedNumbers): { author: string; year?: number } | undefined {
  if (!CORRECTED_WORDING.test(lead.slice(-120))) return undefined;
  const works = findCitations(preceding, listed).filter((c) => c.author);
  // (an uncited signed work, `In the October issue, … the article by Okonjo and Varley printed …`, when it names one)
  const named = works.length === 0 ? WORK_BY.exec(preceding.slice(-400))?.[1] : undefined;
  if (named) return { author: citedName(named) };
  if (works.length !== 1) return undefined;
  const [work] = works;
  return { author: work!.author!, ...(work!.year !== undefined ? { year: work!.year } : {}) };
}

/**
 * A numbered part of a document by its identifier quoted as it now reads (`3.4 of WD 7702 now reads: “…”`, a comment's
 * resolution; `Clause 2.1 of ISO/TS 5301 reads: “…”`): the document is the source, named by its identifier (convention
 * 3). (The identifier must carry a number: `3.4 of the draft reads:` names no one.)
 */
function documentThatReads(lead: string): { author: string; year?: number } | undefined {
  const m =
    /(?:^|[\s(])(?:(?:[Cc]lause|[Ss]ection|[Aa]rticle|§)\s*)?\d{1,3}(?:\.\d{1,3}){0,3}\s+of\s+(\p{Lu}[\p{L}/-]*(?:\s+[\p{Lu}\d][\p{L}\d:./-]*){0,3})\s+(?:now\s+)?reads?(?:\s+as\s+follows)?\s*:\s*[“"‘]\s*$/u.exec(
      lead.slice(-160),
    );
  return m && /\d/u.test(m[1]!) ? { author: m[1]! } : undefined;
}

// `Dear Dr Okafor,`, `Dear Ana Reis:`: a letter's salutation (a title or two names: `Dear Editor,` names no one).
const SALUTATION = new RegExp(
  String.raw`(?:^|\n)[ \t]*Dear\s+(?:(?:${PERSONAL_TITLE}\s+)((?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'-]+)|(\p{Lu}[\p{L}’'.-]*\s+(?:\p{Lu}[\p{L}’'.-]*\s+)?\p{Lu}[\p{L}’'-]+))\s*[,:]`,
  'u',
);

/** The surname of a letter's addressee, from its salutation (`Dear Dr Fenwick-Osei,` is Fenwick-Osei), for `your paper`. */
function addresseeOf(lead: string, text: string): string | undefined {
  if (!/(?:^|[\s,;:])your\s/iu.test(lead)) return undefined;
  const m = SALUTATION.exec(text);
  const name = m?.[1] ?? m?.[2];
  const surname = name?.split(/\s+/u).at(-1);
  // (`Dear Review Team,`, `Dear Programme Committee:`: a group's label, no one's name)
  if (!name || !surname || !nameLike(name) || /^(?:team|committee|board|panel|editors?|authors?|reviewers?|colleagues|members|friends|all)$/iu.test(surname))
    return undefined;
  return surname;
}

/** A keyword cell: three or more short comma-separated noun phrases, no verb, no full stop (`Technology, organizational structures, innovation`). */
function keywordCell(sentence: string): boolean {
  const text = sentence.trim();
  if (/[.!?;:]$/u.test(text)) return false;
  const items = text.split(/\s*,\s*/u);
  return items.length >= 3 && items.every((i) => /^[\p{L}][\p{L}-]*(?:\s+[\p{L}][\p{L}-]*){0,3}$/u.test(i)) && !hasFiniteVerb(text);
}

/**
 * A table's last cell that is a body's name and nothing else, no date: `European Innovation
 * Partnership on Smart Cities and Communities` after a keyword cell.
 */
function sourceCell(sentence: string): Citation | undefined {
  const text = sentence.trim().replace(/[.;,]$/u, '');
  // (a question or an exclamation is no name: a box's heading, `DID YOU KNOW?`, `Try it yourself!`)
  if (/[?!]$/u.test(text)) return undefined;
  // (a label and its value is no bare name: `OECD: Agreed.` is a speaker's line, `Source: OECD (2024).` a source line, read apart)
  // (nor a dictionary's cross-reference, `Compare SMART CITY; SUSTAINABLE CITY.`, `See also URBAN METABOLISM.`)
  if (text.includes(':') || /^(?:compare|see(?:\s+also)?|cf\.?)\s/iu.test(text)) return undefined;
  const words = text.split(/\s+/u);
  // (a heading in capitals of dictionary words, `KEY TAKEAWAYS`, names no one; nor does a numbered part's label, the
  // same with its number, `PANEL 4`, `SCENE 2`, `STEP 3`: a comic's panel, a script's scene)
  const capitalWord = (w: string) => /^[\p{Lu}\W]+$/u.test(w) && (isWord(w.toLowerCase()) || isWord(w.toLowerCase().replace(/s$/u, '')));
  if (words.every((w) => capitalWord(w) || /^\d{1,3}$/u.test(w)) && words.some(capitalWord)) return undefined;
  if (words.length < 2 || !nameLike(text) || !words.some((w) => ORGANISATION.test(w) || /\p{Lu}.*\p{Lu}/u.test(w))) return undefined;
  return { start: 0, end: text.length, author: text };
}

const OPENS_QUOTATION = new RegExp(String.raw`([“«])\s*(?:${SPEAKERS_FRAME}\s*)?$|^\s*(")\s*$`, 'u');

/** A quotation that opens just before the clause and does not close in its sentence: `She writes, “A ‘smart city’ is … citizens.` */
function runningQuotation(sentence: string, clause: Clause): boolean {
  // (a straight mark opens a quotation only at the sentence's start)
  // (or after the speaker's frame: `said: “To me, a smart city is …`)
  const open = OPENS_QUOTATION.exec(sentence.slice(0, clause.start));
  if (!open) return false;
  return !(open[1] === '“' ? /”/u : open[1] === '«' ? /»/u : /"/u).test(sentence.slice(clause.start));
}

/**
 * A line under the text that names its source after a `Source:` label, with a printed date (`SOURCE: ArtsJournal at
 * 06:48PM on January 7, 2025`): the name up to the date or a comma, the year from the date.
 */
function labelledSource(line: string): { author: string; year?: number } | undefined {
  const m = /^\s*\(?\s*sources?\s*:\s*(\p{Lu}[^,;()]*?)(?=\s+(?:at|on|in|from|accessed|retrieved)\s|\s*[,;(]|\s*\)?\s*$)/iu.exec(line);
  if (!m || !nameLike(m[1]!.trim()) || !sourceName(m[1]!.trim())) return undefined;
  const year = yearsIn(line.slice(m[0].length)).at(-1);
  return { author: m[1]!.trim(), ...(year !== undefined ? { year } : {}) };
}

// A record's source field and its value, the last in the lead-in: `Source: Nakamura-Holt, Streets That Listen (Trelawn
// Press), p. 41 Quotation: “`, `Publication: Kellingford City Council, Smart Kellingford Prospectus (2025) [matched text]`.
const SOURCE_FIELD = /(?:^|[\s·|])(?:[Ss]ource|SOURCE|[Pp]ublication|[Qq]uoted\s+from|[Cc]ited\s+from|[Tt]aken\s+from)\s*:\s*/gu;
// Its value opens with the source's name before a comma and the title; a reference's initials after it are skipped.
const FIELD_NAME = /^(\p{Lu}[^,;:()“”"]{1,60}?),\s+(?:(?:\p{Lu}\.\s?){1,3}(?:,\s+|\s+(?=\())?)?(?=\S)/u;
// A record's date field: `Date: 2026`, `Dated: 12 March 2026`.
const DATE_FIELD = new RegExp(String.raw`(?:^|\s)[Dd]ated?\s*:\s*(?:[^\n:]{0,20}?\s)?(${YEAR_DIGITS})(?!\d)`, 'u');

/**
 * The source a record's field names before the text it gives (a citation slip, a similarity report's match, a catalogue
 * card): the name before the first comma of the field's value, the year in parentheses in the value or else the record's
 * date field. Read in the lead-in's last 300 characters (and the record's date in the text above): bounded, linear.
 */
function sourceField(lead: string, textAbove: string): { author: string; year?: number; value: string } | undefined {
  const window = lead.slice(-300);
  let at = -1;
  for (const m of window.matchAll(SOURCE_FIELD)) at = m.index + m[0].length;
  if (at < 0) return undefined;
  const value = window.slice(at);
  const m = FIELD_NAME.exec(value);
  const name = m?.[1]!.trim();
  if (!name || !nameLike(name) || !sourceName(name)) return undefined;
  const year = YEAR_IN_PARENTHESES.exec(value)?.[1] ?? DATE_FIELD.exec(`${textAbove.slice(-300)}\n${window.slice(0, at)}`)?.[1];
  return { author: name, ...(year ? { year: Number(year) } : {}), value };
}

// (a label that is a day or a month dates a note, `From Monday: …`, it names no source)
const DATE_WORD = new RegExp(`^(?:${WEEKDAY}|${MONTH_NAME})$`, 'u');

/**
 * A source named as a label before the definition (`Siemens - A digital twin is …`, `Digital Twin
 * Consortium : A digital twin is …`) or after it (`… and government. - Business Dictionary`, `“I view
 * a smart city as ….” - Mike O’Leary , Cities of the future …`, `–Ali Babar, 2015–`, with its year),
 * or a line under a quotation naming a publication of a source (`GOV.UK Press release: New …`).
 */
function sourceLabel(sentence: string, clause: Clause, following: readonly string[]): { author: string; year?: number; cited?: Citation } | undefined {
  const labelledLine = labelledSource(following[0] ?? '');
  if (labelledLine) return labelledLine;
  // (a label that is an author–year citation, `Park and Moreau 2022: “…”`: the name without its year, the year apart)
  const cited = bareCitationBefore(sentence.slice(0, clause.start));
  if (cited) return cited;
  // (a code after the label is the submission's number: `Harbour Trust (HT0012): “…`)
  // (a label may say where the words are from, as notes and posts print it: `From the OECD: “…`, `Via Ana Lind: “…`)
  const labelled =
    /^\s*(?:[•·▪*]\s*)?(?:(?:[Ff]rom|[Vv]ia)\s+(?:the\s+)?)?(\p{Lu}[^:;,.()“”"]{1,60}?)\s*(?:\(\p{Lu}{1,5}\d{1,6}\)\s*)?(?:\s[-–—]|:)\s*[“"‘]?\s*$/u.exec(
      sentence.slice(0, clause.start),
    )?.[1] ??
    // (a box's rows run into its caption: the capitalised name right before the code)
    /(?:^|\s)(\p{Lu}[\p{L}’'&-]*(?:\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}’'&-]*){0,6})\s*\(\p{Lu}{1,5}\d{1,6}\)\s*:\s*[“"‘]?\s*$/u.exec(
      sentence.slice(0, clause.start),
    )?.[1];
  // (a label that is the defined term itself, `Digital Twins: A digital twin is …`, is a heading: a term is not its own source)
  // (nor a language's code, `EN: smart city — …` over `FR: ville intelligente — …`: a bilingual glossary's line)
  // (nor a turn's label that is a role, `CANDIDATE: A digital twin is …`, `Q:`: the speaker, unnamed, is no source)
  // (nor a label over a quotation whose speaker is named after its closing mark, `Damson Jam — ‘A smart city is …,’ says
  // our chair, Mrs Lind.`: a product's or a heading's name, the speaker the source)
  const label =
    labelled !== undefined &&
    (namesTerm(labelled, clause.term) ||
      speakerAfter(sentence.slice(clause.end)) !== undefined ||
      DATE_WORD.test(labelled.trim()) ||
      LANGUAGE_CODE.test(labelled.trim()) ||
      namelessLabel(labelled))
      ? undefined
      : labelled;
  // (a line above it that is a website's name alone, perhaps after a date: `(May 4 09:30) Wired.com`, as aggregators print their source)
  const site = /^\s*(?:\([^()]{1,30}\)\s*)?((?:[\p{L}\p{N}-]+\.)+(?:com|org|net|gov|edu|int|io|info|news|eu|[a-z]{2}))\s+$/u.exec(
    sentence.slice(0, clause.start),
  )?.[1];
  if (site) return { author: site };
  const after = [sentence.slice(clause.end), following[0] ?? ''].map((t) =>
    // (the year perhaps followed by the source's numbered marker, `— Ana Lind, 2021 [11]`)
    new RegExp(String.raw`^[\s.,;:!?”"’'»]*[-–—]\s*(\p{Lu}[^,;:()[\]“”"]{1,60}?)\s*(?:,\s*(${YEAR_DIGITS})\b[\s–—-]*(?:(\[\d{1,3}\])\s*)?$|,|$)`, 'u').exec(t),
  );
  // `… overall costs’ (Techopedia)`: a source in parentheses after a closing quotation mark.
  // (or standing alone after the quotation's sentence: `"… phases." (Acatech)`)
  const parenthesised =
    /^[\s.,;:!?]*[’”"»][\s.,;:!?]*\(([^()]{2,60})\)/u.exec(sentence.slice(clause.end))?.[1] ??
    (/[’”"»]\s*$/u.test(sentence) ? /^\s*\(([^()\d]{2,60})\)\s*$/u.exec(following[0] ?? '')?.[1] : undefined);
  const source = [label, ...after.map((m) => m?.[1]), parenthesised].find((n) => n !== undefined && sourceName(n.trim()));
  if (source) {
    const [year, ref] = after.find((m) => m?.[1] === source)?.slice(2) ?? [];
    // (a person with a title, `DR OKAFOR:`, by surname as a speaker's label is read)
    const person = source === label ? titledPerson(source) : undefined;
    // (its marker is resolved through the reference list as any marker is)
    return { author: person ?? source.trim(), ...(year ? { year: Number(year) } : {}), ...(ref ? { cited: { start: 0, end: 0, ref } } : {}) };
  }
  // (the line right under the closed quotation names a publication: a body's name, then what kind of text it is)
  const lines = [sentence, ...following.slice(0, 2)];
  for (let j = 1; j < lines.length; j++) {
    if (!/[”"’»]\s*$/u.test(lines[j - 1]!)) continue;
    const publication =
      /^\s*(\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,4})\s+(?:press\s+release|news\s+release|report|blog(?:\s+post)?|website|web\s+page|briefing|fact\s?sheet)\s*[:–—-]/iu.exec(
        lines[j]!,
      )?.[1];
    return publication && sourceName(publication) ? { author: publication } : undefined;
  }
  return undefined;
}

// The keys of a record's fields that name its source and its date (a data article's listing: `"source": "Hall"`, `"year": 2000`).
const RECORD_SOURCE = /"(?:source|author|authors|cited_?by|citation|reference|publisher|organi[sz]ation)"\s*:\s*"([^"{}]{2,120})"/iu;
const RECORD_YEAR = new RegExp(String.raw`"(?:year|date|published|publication_?year)"\s*:\s*"?(${YEAR_DIGITS})\b`, 'iu');

/**
 * The source and year fields of the JSON record whose string value the clause opens (`{ "definition": "A smart city is
 * …", "source": "Hall", "year": 2000 }`), read between the record's braces within a bounded window either side.
 */
function recordFields(sentence: string, clause: Clause, unitBefore = ''): { author?: string; cited?: Citation; cue: string } | undefined {
  if (!/"[\p{L}_ -]{1,30}"\s*:\s*"\s*$/u.test(sentence.slice(Math.max(0, clause.start - 40), clause.start))) return undefined;
  // (the record may open sentences before, a full stop inside a field, `"source": "… Proc. Symp. …"`: the unit's text before)
  const head = `${unitBefore.slice(-600)} ${sentence.slice(0, clause.start)}`.slice(-600);
  const tail = sentence.slice(clause.end, clause.end + 600);
  const open = head.lastIndexOf('{');
  const close = tail.indexOf('}');
  if (open < 0 || close < 0 || head.slice(open).includes('}')) return undefined;
  const fields = `${head.slice(open)} ${tail.slice(0, close)}`;
  const source = RECORD_SOURCE.exec(fields)?.[1]?.trim();
  const year = RECORD_YEAR.exec(fields)?.[1];
  if (!source && !year) return undefined;
  // (a source written as a citation, `"source": "Hall et al. (2000)"`: the name, and its year when no field gives one)
  const cited = source ? NAME_THEN_YEAR.exec(source) : null;
  const author = authorsBeforeVenue(source) ?? bodyOfDocument(cited ? cited[1]!.trim() : source);
  const dated = year ?? cited?.[2];
  return { ...(author ? { author } : {}), ...(dated ? { cited: { start: 0, end: 0, year: Number(dated) } } : {}), cue: 'record fields' };
}

// A source field that opens with its authors' surnames, listed to an `and`, then the venue: `Lind, Moe-Aas and Okafor,
// Proc. Symp. Municipal Data, pp. 44-51`.
const SURNAMES_THEN_VENUE = /^((?:\p{Lu}[\p{L}’'-]+,\s+){0,8}\p{Lu}[\p{L}’'-]+\s+(?:and|&)\s+\p{Lu}[\p{L}’'-]+),\s+\S/u;

/** The authors a source field opens with, as a citation names them (`Lind et al.`), when each is no dictionary word. */
function authorsBeforeVenue(source: string | undefined): string | undefined {
  const listed = source && source.length <= 300 ? SURNAMES_THEN_VENUE.exec(source)?.[1] : undefined;
  if (!listed) return undefined;
  const surnames = listed.split(/\s*,\s*|\s+(?:and|&)\s+/u);
  return surnames.every((n) => !isWord(n.toLowerCase()) && !ORGANISATION.test(n)) ? citedAs(surnames) : undefined;
}

// A property of an RDF description in Turtle whose literal the clause opens (`skos:definition "A smart city is …"@en ;`),
// and the properties of the same description that name its source and date (`dct:source "Harbour Agency, Open Quays
// Plan (2022)"`, `dct:created "2022"`): a thesaurus or vocabulary that takes its definition from someone.
const TRIPLE_OPENS = /\b[a-z][\w-]{0,15}:[A-Za-z]{2,30}\s+"\s*$/u;
const TRIPLE_SOURCE = /\b(?:dc|dct|dcterms|schema|prov):(?:source|creator|author|publisher|wasDerivedFrom|isBasedOn)\s+"([^"\n]{2,120})"/u;
const TRIPLE_YEAR = new RegExp(String.raw`\b(?:dc|dct|dcterms|schema):(?:date|created|issued|datePublished)\s+"(${YEAR_DIGITS})\b`, 'u');

/** The source and year properties of the Turtle description whose literal the clause opens, read to its closing ` .`. */
function tripleFields(sentence: string, clause: Clause): { author?: string; cited?: Citation; cue: string } | undefined {
  if (!TRIPLE_OPENS.test(sentence.slice(Math.max(0, clause.start - 60), clause.start))) return undefined;
  const head = sentence.slice(Math.max(0, clause.start - 600), clause.start);
  const tail = sentence.slice(clause.end, clause.end + 600);
  // (the description: from the last statement's end before the clause to its own, a full stop spaced off, ` . `, as a
  // statement's end reads once the lines are joined)
  const opened = [...head.matchAll(/\s\.\s/gu)].at(-1)?.index;
  const closed = tail.search(/\s\.(?:\s|$)/u);
  const fields = `${opened !== undefined ? head.slice(opened + 2) : head} ${closed >= 0 ? tail.slice(0, closed) : tail}`;
  const source = TRIPLE_SOURCE.exec(fields)?.[1]?.trim();
  const year = TRIPLE_YEAR.exec(fields)?.[1];
  if (!source && !year) return undefined;
  const cited = source ? NAME_THEN_YEAR.exec(source) : null;
  const author = bodyOfDocument(cited ? cited[1]!.trim() : source);
  const dated = year ?? cited?.[2];
  return { ...(author ? { author } : {}), ...(dated ? { cited: { start: 0, end: 0, year: Number(dated) } } : {}), cue: 'record fields' };
}

/**
 * A source field naming a body, then its document's title and kind (`Veltrasine Technologies, Twin Foundations for City
 * Operators (white paper)`) or a body by an organisation noun, then its document (`Harbour Agency, Open Quays Plan`): a
 * document of an organisation is the organisation (convention 2). Not a portfolio listed to an `and` (`Department for
 * Business, Innovation and Skills`), nor a person's initials after the comma.
 */
function bodyOfDocument(source: string | undefined): string | undefined {
  const m = source ? /^([^,()]{2,80}),\s+(\p{Lu}[^,()]{2,120}?)(?:\s*\(([^()]{2,30})\))?$/u.exec(source) : null;
  if (!m || !nameLike(m[1]!.trim()) || PORTFOLIO.test(m[2]!.trim()) || /^\p{Lu}\.|^\p{Lu}\p{Ll}*\.?$/u.test(m[2]!.trim())) return source;
  // (the kind in parentheses, `(white paper)`, `(annual report)`: its last word or the whole a document noun)
  const kind = m[3]?.trim();
  const documentKind = kind !== undefined && (DOCUMENT_NOUN.test(kind) || DOCUMENT_NOUN.test(kind.split(/\s+/u).at(-1)!));
  return documentKind ? m[1]!.trim() : (bodyBeforeTitle(`${m[1]!.trim()}, ${m[2]!.trim()}`) ?? source);
}

// `As Greenfield notes`, `As Kim and Lee (2019) argue`: a named source opening the sentence with a reporting verb.
const AS_SOURCE_NOTES = new RegExp(
  String.raw`^\s*As\s+(\p{Lu}[\p{L}’'-]+(?:\s+(?:and|&)\s+\p{Lu}[\p{L}’'-]+|\s+et\s+al\.)?)(?:\s+\((${YEAR_DIGITS})[a-z]?\))?\s+(?:notes?|argues?|observes?|writes?|puts\s+it|points?\s+out|remarks?|explains?|suggests?|contends?)\b`,
  'u',
);

/** A quotation standing alone, its source named as the next sentence opens: `“…” As Greenfield notes, …`. */
function sourceNamedNext(sentence: string, following: readonly string[]): { author: string; cited?: Citation } | undefined {
  if (!/[”"’»]\s*[.!?]?\s*$/u.test(sentence)) return undefined;
  const next = AS_SOURCE_NOTES.exec(following[0] ?? '');
  if (!next) return undefined;
  return { author: next[1]!, ...(next[2] ? { cited: { start: 0, end: 0, year: Number(next[2]) } } : {}) };
}

/** The text is the term, in any case, singular or plural (`Smart Cities`, `Digital Twin`). */
function namesTerm(text: string, term: string): boolean {
  const words = text.trim().toLowerCase().split(/\s+/u);
  const last = words.pop() ?? '';
  const singular = [last, last.replace(/ies$/u, 'y'), last.replace(/s$/u, '')];
  return singular.some((w) => [...words, w].join(' ') === term);
}

/** The name of a source given as a label: a person, a body or a publication, not a heading (`Other Definitions`). */
function sourceName(text: string): boolean {
  const words = text.split(/\s+/);
  // (a heading's words name no one, `Other Definitions`, `Key Terms`; but a body's name may hold them, `Municipal Terms
  // Board`, `Definitions Committee`)
  const body = words.some((w) => ORGANISATION.test(w));
  if (
    !nameLike(text) ||
    (!body && /\b(?:definitions?|see|also|note|notes|source|sources|example|term|terms|meaning|glossary|summary|abstract|introduction)\b/iu.test(text))
  )
    return false;
  // A word the dictionary lacks (a surname, a brand), an acronym or a body's noun; two capitalised words (a person's name).
  return words.some((w) => !isWord(w.toLowerCase().replace(/[’']s?$/u, '')) || /\p{Lu}.*\p{Lu}/u.test(w) || ORGANISATION.test(w)) || words.length === 2;
}

/** Most of the clause after its term is inside quotation marks: someone else's words. */
function quotedDefiniens(clause: string): boolean {
  // The closing mark may have been left out with the clause's end.
  // (German and French opening marks too: „…“, ‚…‘, «…», ‹…›)
  // (a straight single mark closes at the first one after a word, not an apostrophe inside it: `'Digital twin' refers to …`
  // quotes the term only)
  const quoted = [...clause.matchAll(/(?:^|[\s(])([“"‘'„‚«‹])\s?([^“”"‘’„‚«»‹›]{20,})(?:[”"’'“‘»›]|$)/gu)].map(
    (m) => (m[1] === "'" ? m[2]!.split(/'(?!\p{L})/u)[0]! : m[2]!).split(/\s+/).length,
  );
  const words = clause.split(/\s+/).length;
  return quoted.some((n) => n >= 5 && n >= words * 0.5);
}

function cleanName(name: string): string {
  return (
    name
      // (a LaTeX citation command run on to the name in a paper's source: `Marrow and Oyelaran~\cite{marrow2019}`)
      .replace(/~?\\(?:cite|citep|citet|parencite|textcite|autocite)\*?(?:\[[^\]]{0,40}\]){0,2}\{[^{}]{0,120}\}/gu, '')
      .replace(/^(?:sources?|quelle|fuente)\s*:\s*/iu, '')
      .replace(/^(?:the)\s+/iu, '')
      .replace(/[’']s?$/u, '')
      .replace(/[\s,;:]+$/u, '')
      .replace(/\s+/g, ' ')
  );
}

/**
 * The document's own numbered definition: a label `Definition 3.2 (smart city).` (or
 * `Definition 4:`) just before it, with no citation in it. Its note discusses the definition (how it
 * differs from another's); the note does not make it someone else's.
 */
function numberedOwn(preceding: string, lead: string): boolean {
  const label = /^\s*$/u.test(lead) ? preceding : lead;
  // (the parenthesis names the term, `(smart city)`; a date or a marker in it cites: `(after Varga, 2017)`)
  return /^\s*definition\s+\d{1,2}(?:\.\d{1,2}){0,2}\s*(?:\([^()\d[\]]{1,60}\))?\s*[.:]\s*$/iu.test(label);
}

/**
 * Whether the notes a run of superscript markers points to cite a source: true when the document does
 * not print them (the marker is all there is to read), else when one of them has a date, `n.d.`, an
 * address or a citation (`³ Harbourtown City Council, Annual Report 2024.`).
 */
// (a note that dates or links what it names cites it)
const NOTE_DATED = new RegExp(String.raw`${YEAR.source}|\bn\.\s?d\.|https?:\/\/|www\.|\[\d`, 'u');

function notesCite(markers: string, notes: ReadonlyMap<string, string>, listed: ListedNumbers): boolean {
  const printed = (notes.has(markers) ? [markers] : [...markers]).map((m) => notes.get(m)).filter((n) => n !== undefined);
  if (!printed.length) return true;
  return printed.some((n) => !COMPARES.test(n) && (NOTE_DATED.test(n) || findCitations(n, listed).length > 0));
}

// A note that sets the definition against a source (`² This is narrower than Varga’s (2017): …`) names
// that source to differ from it: it is a comment, not the definition's source.
const COMPARES =
  /\b(?:(?:narrower|broader|wider|stricter|looser|stronger|weaker|shorter|longer)\s+than|unlike|differs?\s+from|departs?\s+from|in\s+contrast\s+(?:to|with)|contrasts?\s+with)\b/iu;

/** The source named by the note a marker after the definition points to (`…”.7` → `7 National … Programme, …, 2024`). */
function notedSource(
  sentence: string,
  clause: Clause,
  following: readonly string[],
  preceding: string,
  printedNotes: ReadonlyMap<string, string>,
  listed: ListedNumbers,
): { author: string; year?: number } | undefined {
  const marker = noteMarkerAfter(sentence.slice(clause.end)) ?? noteMarkerAfter(following[0] ?? '');
  return marker !== undefined && !numberedOwn(preceding, sentence.slice(0, clause.start)) ? noteSource(printedNotes.get(marker), listed) : undefined;
}

// A Bluebook explanatory parenthetical opening on a participle just before the term (`(defining a smart city as …`).
const PARENTHETICAL_PARTICIPLE = /\((?:defining|describing|characteri[sz]ing|conceptuali[sz]ing)\s+(?:the\s+|an?\s+)?$/iu;

/**
 * A definition in a printed note's explanatory parenthetical (`13 See Priya Okonkwo-Hale, …, 80 (2021) (defining a smart
 * city as “…”)`) is the work the note cites, not a name inside its citation (`L. REV. 77`). `noteText` is the note as
 * printed, opening on its number.
 */
export function noteParentheticalSource(
  lead: string,
  noteText: string,
  pageNotes: ReadonlyMap<string, string>,
  listed: ListedNumbers,
): Attribution | undefined {
  if (!PARENTHETICAL_PARTICIPLE.test(lead)) return undefined;
  const number = /^\s*(\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\.?\s/u.exec(noteText)?.[1];
  const noted = number !== undefined ? noteSource(pageNotes.get(plainDigits(number)), listed) : undefined;
  return noted ? { ...noted, cue: 'note parenthetical' } : undefined;
}

/** An attribution whose name in the lead-in carries a note call (`Rowell12 defines …`), dated by that note (`12 Anthony M. Rowell, …(2019).`). */
export function withYearOfCalledNote(attribution: Attribution, lead: string, notes: ReadonlyMap<string, string>, listed: ListedNumbers): Attribution {
  const author = attribution.author!;
  // (read from the lead-in's last 300 characters: the name is looked for once, not per note)
  const window = lead.slice(-300);
  const at = window.lastIndexOf(author);
  const call = at < 0 ? undefined : /^(\d{1,3})(?=[\s,;:])/u.exec(window.slice(at + author.length))?.[1];
  const noted = call !== undefined ? noteSource(notes.get(call), listed) : undefined;
  return noted?.author === author && noted.year !== undefined ? { ...attribution, year: noted.year } : attribution;
}

/**
 * The source a note names as it opens (`Smart Cities Council, “Definitions …”, https://…`, `Mark Enzer, ‘Guest blog …’`,
 * `District Councils’ Network (SMC0014)`): the name before the first comma, quotation mark or parenthesis, as a
 * citation gives it, and the note's first year outside its addresses. A note of prose (`In this Report, …`, `Ibid.`) names none.
 */
function noteSource(note: string | undefined, listed: ListedNumbers): { author: string; year?: number } | undefined {
  if (!note || COMPARES.test(note)) return undefined;
  const named = (author: string) => {
    const year = yearIn(note.replace(/(?:https?:\/\/|www\.)\S+/gu, ''));
    return { author, ...(year !== undefined ? { year } : {}) };
  };
  // (a standard cited by its body then its identifier is filed by the identifier, settled convention 3: `QUELLMARK
  // STANDARDS ASS’N, QSA 7311:2020, SMART AND SUSTAINABLE COMMUNITIES—VOCABULARY § 3.4 (2020).`)
  const identifier = /^[^,;()“"]{2,80},\s+([^,;()“"]{2,40}?)\s*,/u.exec(note)?.[1];
  if (identifier !== undefined && standardNamed(identifier) === identifier) return named(identifier);
  // (a page or report cited by its title, then its publisher in small capitals and a date, as Bluebook prints an internet
  // source: `What Is an Urban Digital Twin?, NORRCASTLE SYS. (Mar. 3, 2023), https://…` → `Norrcastle Systems`)
  const publisher = new RegExp(String.raw`^[^,;()]{0,120}\p{Ll}[^,;()]{0,120}?,\s+(\p{Lu}{2}[\p{Lu}’'.&\s-]{1,60}?)\s+\([^()]{0,24}${YEAR_DIGITS}\)`, 'u').exec(
    note,
  )?.[1];
  if (publisher !== undefined && /\p{Lu}{3}/u.test(publisher)) return named(smallCapsName(publisher));
  // (a note opening with people, given names first: `Graham Haughton and Colin Hunter, Sustainable Cities (…, 1994)`)
  // (or in small capitals, as Bluebook prints a book's author and a PDF reader gives them: `ANTHONY M. TOWNSEND, SMART CITIES …`)
  const people = notePeople(note) ?? notePeople(mixedCaseOpening(note));
  if (people) return named(people);
  // (a note of prose citing its source: `³ Adapted from Varga (2017), p. 8.`, `³ The wording follows Lind and Moe (2020).`)
  const cited = findCitations(note, listed).find((c) => c.author);
  if (cited && !/^[^,“”"‘’(:;]{2,80}?\s*[,“"‘:]/u.test(note.slice(0, cited.start + 1)))
    return { author: citedName(cited.author!), ...(cited.year ? { year: cited.year } : {}) };
  const name = /^([^,“”"‘’(:;]{2,80}?)\s*(?:[,“"‘(:]|$)/u.exec(note)?.[1]?.trim();
  // (opening a note, two capitalised words or more are a name even when each is a dictionary word: `Smart Energy Portal`)
  // (a note that sets the definition against a source names it to differ: `² Unlike Varga (2017), …`)
  if (!name || !/^\p{Lu}/u.test(name) || !nameLike(name) || COMPARES.test(note) || /^(?:ibid|op\.?\s*cit|see|cf|unlike|like|adapted|after)\b/iu.test(name))
    return undefined;
  if (!sourceName(name) && name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).length < 2) return undefined;
  return named(citedName(smallCapsName(name)));
}

// Bluebook's abbreviations of the words in a body's name (its table T6), spelt out as the body's name is filed.
const SPELT_OUT: Readonly<Record<string, string>> = {
  'ASS’N': 'Association',
  "ASS'N": 'Association',
  'SYS.': 'Systems',
  'INST.': 'Institute',
  'UNIV.': 'University',
  'DEP’T': 'Department',
  "DEP'T": 'Department',
  'GOV’T': 'Government',
  "GOV'T": 'Government',
  'COMM’N': 'Commission',
  "COMM'N": 'Commission',
  'INT’L': 'International',
  "INT'L": 'International',
  'NAT’L': 'National',
  "NAT'L": 'National',
  'CTR.': 'Center',
  'FOUND.': 'Foundation',
  'CORP.': 'Corporation',
  'TECH.': 'Technology',
  'DEV.': 'Development',
  'MUN.': 'Municipal',
};
const MINOR_WORD = /^(?:of|and|the|for|on|in|at|to)$/u;

/**
 * A body's name printed in capitals, as Bluebook sets a corporate author (`CIVIC LEDGER ALLIANCE`, `NORRCASTLE SYS.`),
 * in mixed case with its abbreviations spelt out (`Civic Ledger Alliance`, `Norrcastle Systems`); a name with lower-case
 * letters, or of one word (an acronym, `OECD`), as printed.
 */
function smallCapsName(name: string): string {
  const words = name.trim().split(/\s+/u);
  if (words.length < 2 || /\p{Ll}/u.test(name) || !/\p{Lu}{3}/u.test(name)) return name;
  return words
    .map((word, i) => {
      const spelt = SPELT_OUT[word];
      if (spelt) return spelt;
      const lower = word.toLowerCase();
      if (i > 0 && MINOR_WORD.test(lower)) return lower;
      return lower.replace(/(^|[-’'])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
    })
    .join(' ');
}

/** A note's opening names in capitals written in mixed case (`ANTHONY M. TOWNSEND & JO LEE, SMART …` → `Anthony M. Townsend & Jo Lee, SMART …`). */
function mixedCaseOpening(note: string): string {
  const opening = /^(?:\p{Lu}[\p{Lu}’'-]*\.?(?:\s+|,\s+(?:and\s+|&\s+)?|\s+(?:&|and)\s+)){1,12}?(?=\p{Lu}[\p{Lu}’'-]*,)\p{Lu}[\p{Lu}’'-]*/u.exec(note)?.[0];
  if (!opening || /\p{Ll}/u.test(opening.replace(/\band\b/gu, ''))) return note;
  // (each part of a hyphenated or elided surname keeps its capital: `OKONKWO-HALE` → `Okonkwo-Hale`, `O’BRIEN` → `O’Brien`)
  const mixed = (word: string) => word.toLowerCase().replace(/(^|[-’'])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
  // (and a body's minor words in lower case, so that `CITY OF MEREHOLT` reads as a body's name, not a person's)
  return (
    opening.replace(/\p{Lu}[\p{Lu}’'-]+/gu, mixed).replace(/\s(And|Of|For|The)(?=\s)/gu, (_, word: string) => ` ${word.toLowerCase()}`) +
    note.slice(opening.length)
  );
}

/**
 * The people a note opens with, as a citation names them (`Adil Rasheed, Omer San and Trond Kvamsdal, “…”` → `Rasheed
 * et al.`, `Graham Haughton and Colin Hunter, …` → `Haughton and Hunter`, `Rudolf Giffinger et al., …` → `Giffinger et
 * al.`): given names first, as Chicago notes print them; undefined unless the note opens with a person's name.
 */
function notePeople(note: string): string | undefined {
  const names: string[] = [];
  let etAl = false;
  // (the separator before each part: a list of people ends with `and` or `&`, `A, B and C, Title`; a name then a comma
  // then capitalised words is a name and a Bluebook title, `Anthony M. Rowell, Data Streams and the Public Fisc, 98 …`)
  const parts = note.split(/(,\s+(?:and\s+|&\s+)?|\s+(?:and|&)\s+)/u);
  // (how many names the list holds up to its last one joined by `and`: the names after it are a title's words)
  let listed = 1;
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i]!;
    const name = part.replace(/\s+et\s+al\.?$/u, '');
    if (!personalName(name)) break;
    names.push(citedName(name));
    if (i > 0 && /\band\b|&/u.test(parts[i - 1]!)) listed = names.length;
    if (name !== part) {
      etAl = true;
      listed = names.length;
      break;
    }
  }
  names.splice(listed);
  return citedAs(names, etAl);
}

/** A reference list keyed by number, for resolving `[12]`. */
export function referenceIndex(references: readonly Reference[]): Map<number, Reference> {
  const out = new Map<number, Reference>();
  for (const r of references) if (r.number !== undefined && !out.has(r.number)) out.set(r.number, r);
  return out;
}
