import { findCitations, type Citation, type ListedNumbers, YEAR_DIGITS } from '../citations.js';
import { hasFiniteVerb, isAdjective, isNoun } from '../lexicon.js';
import { restatesTerm } from './apposition.js';
import { build } from './build.js';
import { functionalVerb } from './framed.js';
import { reporterIn } from './lead-in.js';
import { predicate } from './predicate.js';
import { canonical, type TermMatcher } from './terms.js';
import type { Clause } from './types.js';

// Glossary entries and table rows, where the term is a label rather than a word of a sentence: `Smart city: an
// urban area that …`, `| Digital twin | A model … |`, a title line over its meaning (`Digital Twin` / `A digital
// replica of …`).

// A short parenthesis before a separator, or a word class before a capital article (`(n.) A computer model …`).
const WORD_CLASS_ASIDE = /^\s*\([^()]{1,40}\)(?=\s*(?::|[–—]\s))|^\s*\((?:n|noun|adj|pl|abbr)\.?\)(?=\s+(?:A|An|The)\s)/u;

// `of a river catchment`, `for the water network`: up to four words after `of`/`for` and its article, then a colon or a spaced dash.
const DOMAIN_OF = /^\s+(?:of|for)\s+(?:an?\s+|the\s+)?\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3}(?=\s*:|\s[–—]\s)/u;

// (a pictograph set as a label's separator or bullet, `Word of the week 🏙️ Smart city: a …`, an app's or a post's line:
// what a colon after the label does)
const PICTOGRAPH_BEFORE = /\p{Extended_Pictographic}\uFE0F?\s+$/u;
// A meaning cell that declines to give one or points elsewhere: `not defined here`, `undefined`, `n/a`, `see Intelligent city`.
const NO_MEANING =
  /^\s*(?:not\s+(?:defined|given|used)\b|undefined\b|no\s+definition\b|n\/a\b|tbd\b|to\s+be\s+(?:defined|agreed|confirmed)\b|see\s+(?:also\s+)?\p{Lu})/iu;

/** The words after the term's parenthesis open with the term again (`Smart city (noun) A smart city is …`). */
function repeatsTerm(sentence: string, np: { start: number; end: number }): boolean {
  const term = sentence
    .slice(np.start, np.end)
    .toLowerCase()
    .replace(/^(?:an?|the)\s+/u, '');
  const after = sentence
    .slice(np.end)
    .replace(/^\s*\([^()]{1,40}\)\s*/u, '')
    .toLowerCase()
    .replace(/^(?:an?|the)\s+/u, '');
  return after.startsWith(term);
}

// A table's source cell before the term's cell: a name and its citation (`Okoro (2019) | smart city | …`, `… [12]`).
const SOURCE_CELL_BEFORE = new RegExp(
  String.raw`^(?:\|\s*)?[\p{Lu}][^.;:!?|]{0,80}(?:\((?:${YEAR_DIGITS}[a-z]?|n\.\s?d\.)(?:,\s*pp?\.\s*[\d–-]+)?\)|\[\d{1,3}\])\s*(?:\|\s*)?$`,
  'u',
);
// What every glossary or table row's clause shares: its pattern, no checks, not the writer's own.
const GLOSSARY_ROW = { pattern: { name: 'glossary', value: 0.85 }, checks: [], own: false, row: true } as const;
/** `Smart city: an urban area that …` (after a list marker) and table rows `Term A city that … Source (2014)`. */
export function glossaryClause(
  sentence: string,
  np: { start: number; end: number },
  term: string,
  prefix: string,
  citations: readonly Citation[],
): Clause | undefined {
  // After a list marker, at the start, or after a lead-in that announces it (`X provides a definition: digital twin: …`).
  // (a Markdown table's row opens with a pipe: `| Digital twin | A model … |`)
  // (a note's marker, `⁷ Sustainable city: …`, and a row code, `WD1 Smart city: …`, `T2 Digital twin: …`, are markers too)
  // (a contract's or a standard's numbered clause, `4.7 Digital Twin: …`, `3.2.1 Smart city: …`, is a marker too)
  const marker =
    /^\s*(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,3})\)|\d{1,3}(?:\.\d{1,3}){0,3}\.?|[•·▪◦●■‣–—*|-]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\p{Lu}{1,4}\d{1,3}[a-z]?[.:]?)?\s*$/u.test(prefix);
  // (or a box's label run into its first entry: `Key terms Sustainable city: a city …`, `Glossary Smart city – …`)
  // (or a frame saying the writers' meaning, the definiens after the term's colon: `What we mean by a smart city: one that …`;
  // not a box's title over its definition, `What we mean by a sustainable city` / `A sustainable city is …`)
  const announced =
    /\bdefinitions?\s*:\s*$/iu.test(prefix) ||
    // (a terms entry quoted as a document now reads: `3.4 of WD 7702 now reads: “digital twin: …”`, a comment's resolution)
    /\b(?:now\s+)?reads?(?:\s+as\s+follows)?\s*:\s*[“"‘]\s*$/iu.test(prefix) ||
    (/\bwhat\s+(?:we|i|the\s+\p{L}+|this\s+\p{L}+|our\s+\p{L}+)\s+means?\s+by\s+(?:an?\s+|the\s+)?$/iu.test(prefix) && /^\s*:/u.test(sentence.slice(np.end))) ||
    /^\s*(?:key\s+(?:terms?|concepts?|words?|definitions?)|glossary|jargon\s+buster)\s*:?\s*$/iu.test(prefix) ||
    // (or any label's colon before a whole entry, the term with a colon of its own and its meaning in lower case:
    // `Tooltip text (final): Digital twin: a model …`, `Replace the entry with: digital twin: digital representation …`,
    // `… the one in [4]: “sustainable city: city that …”`)
    ((/:\s*[“"‘]?\s*$/u.test(prefix) || PICTOGRAPH_BEFORE.test(prefix.slice(-8))) &&
      /^\s*:\s+(?:(?:an?|the)\s+)?\p{Ll}/u.test(sentence.slice(np.end, np.end + 12)));
  // A table row's source cell before the entry (`Gizmo revision deck (n.d.) Sustainable City = A city …`).
  // (cells between pipes too: `Okafor (2016) | Smart city | A city …`)
  // (or a numbered marker after the name: `City of Tarnvik [5] Smart city: a city that …`)
  const sourceCell = !marker && !announced && SOURCE_CELL_BEFORE.test(prefix);
  // (or one capitalised word of a domain or a quality opening the line before the term, `Forest digital twin: a …`, a twin
  // of a domain under convention 10; the entry starts at that word, and only a colon or a spaced dash sets it off)
  const qualified =
    !marker &&
    !announced &&
    !sourceCell &&
    /^\p{Lu}\p{Ll}[\p{Ll}-]*\s+$/u.test(prefix) &&
    (isNoun(prefix.trim()) || isAdjective(prefix.trim())) &&
    !NOT_A_QUALIFIER.test(prefix.trim()) &&
    // (not a title's verb and its object: `Auditing the smart sustainable city: indicators …`)
    !/ing\s*$/u.test(prefix) &&
    !/^(?:an?|the)\s/iu.test(sentence.slice(np.start));
  // (or the entry's original-language term at the line's start with the term in parentheses after it, as a translated
  // glossary prints it: `Ville intelligente (smart city): a city …`; the entry starts at the original term)
  const translated =
    !marker &&
    !announced &&
    !sourceCell &&
    !qualified &&
    /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}\s*\($/u.test(prefix) &&
    /^\s*\)\s*:/u.test(sentence.slice(np.end));
  if (!marker && !announced && !sourceCell && !qualified && !translated) return undefined;
  const listed = /^\s*\(?(?:[a-z]|[ivx]{1,4}|\d{1,3})\)\s*$/u.test(prefix);
  // (a short parenthesis between the term and its separator: a word class `(n.)`, a cross-reference `(see also eco-city)`)
  // (or a word class before a capital that opens the meaning, as a style guide prints it: `digital twin (n.) A computer model …`)
  // (not when the meaning repeats the term, `Smart city (noun) A smart city is …`: that is a copula sentence of its own)
  // (or a domain the entry restricts the term to, `Digital twin of a river catchment — a hydrological model …`, convention
  // 10: a twin of a domain is the term, read on to its separator)
  const aside = translated
    ? /^\s*\)/u.exec(sentence.slice(np.end))![0].length
    : (WORD_CLASS_ASIDE.exec(sentence.slice(np.end))?.[0].length ?? 0) * Number(!repeatsTerm(sentence, np)) ||
      (DOMAIN_OF.exec(sentence.slice(np.end))?.[0].length ?? 0);
  const rest = sentence.slice(np.end + aside);
  // A key-terms box or a table row prints no separator: the capital that opens the meaning sets it off, an article
  // (`smart city A city that …`) or a verb in the present (`Digital twin Mirrors a physical asset …`, a functional
  // predicate that the glossary frames as a definition).
  const capitalVerb = /^\s+(?=(\p{Lu}\p{Ll}+s)\s+\p{Ll})/u.exec(rest);
  const bySeparator = /^\s*(?::|\s[–—]\s|\s*\|\s*|\t|\s=\s|[-–—]\s+(?=\p{Lu}))\s*/u.exec(rest);
  const byCapital =
    /^\s+(?=(?:A|An|The|One)\s+\p{Ll})/u.exec(rest) ??
    (capitalVerb && functionalVerb(capitalVerb[1]!.toLowerCase(), false) && (rest.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 8 ? capitalVerb : null);
  // (a bulleted entry of a disambiguation page or an index, the term capitalised, a comma and an indefinite genus with a
  // subject relative clause: `* Smart city, an urban area that uses …`; not `* Smart City (album), a 2004 album …`, nor
  // `* Smart City, a business park that the Orlen Group built …`, a named thing)
  const bulleted =
    /^\s*[•·▪◦●■‣*-]\s*$/u.test(prefix) &&
    /^\p{Lu}/u.test(sentence.slice(np.start)) &&
    /^,\s+an?\s+(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+\s+(?:that|which|whose)\s+(?!(?:the|a|an|its|their|this|these|those|it|they|we|he|she|you|i)\s)\p{Ll}/u.test(
      rest.slice(0, 160),
    );
  // (a tab between the cells of a tab-separated table's row, segment.ts, is white space: the capital after it is read first,
  // as in a row set with spaces, `Digital twin⇥Copies the network …`)
  const tabOnly = bySeparator !== null && /^\s*\t\s*$/u.test(bySeparator[0]);
  const m = (tabOnly ? (byCapital ?? bySeparator) : (bySeparator ?? byCapital)) ?? (listed || bulleted ? /^,\s+(?=(?:a|an|the)\s)/u.exec(rest) : null);
  if (!m) return undefined;
  if (qualified && !(m === bySeparator && /:|\s[–—]\s/u.test(m[0]))) return undefined;
  // (a term in lower case opens an entry only where the capital after it marks the meaning, `urban informatics The study
  // of …`, or where a spaced dash sets it off at the line's start, as a key-term line or a terminology record prints it:
  // `sustainable city — a city …`, `smart city (n.) — urban area in which …`)
  const dashedLine = m === bySeparator && /\s[–—]\s/u.test(m[0]) && prefix.trim() === '';
  if (
    !/^\p{Lu}/u.test(sentence.slice(qualified || translated ? 0 : np.start)) &&
    !announced &&
    !listed &&
    !dashedLine &&
    !(m === byCapital && !m[0].includes(':'))
  )
    return undefined;
  const definiens = rest.slice(m[0].length);
  // (a contents entry, its dot leader and page number: `Digital twins: from pilot to platform ....... 4`)
  if (/(?:\.\s?){4,}\s*\d{1,4}\s*$/u.test(definiens)) return undefined;
  // (a row that gives no meaning, `Sustainable city: not defined here; we use R5’s`, `Smart city: see Intelligent city`)
  if (NO_MEANING.test(definiens.slice(0, 40))) return undefined;
  // A definiens: a relative clause or a verb, or else a noun phrase of some length that is not a
  // title (`A realistic digital representation of …`, not `Smart City: A Non-unique Definition`).
  const words = definiens.replace(/\[[^\]]*\]|\([^)]*\)/g, ' ').match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const title = words.slice(1).every((w) => /^\p{Lu}/u.test(w) || /^(?:of|on|for|and|the|a|an|in|to)$/u.test(w));
  // (a meaning that opens with its verb, `Mirrors a physical asset …`, is a predicate, not a noun phrase; but not a
  // title's next word, `Smart City Plans in Northern Europe`)
  if (m === capitalVerb && title) return undefined;
  if (!/\b(?:that|which|where|whose|who|uses?|is|are|to|in\s+which|with|through)\b/iu.test(definiens) && m !== capitalVerb) {
    const judged = predicate(definiens);
    if (!judged || judged.check || words.length < 4 || title) return undefined;
  }
  // A row of cells between pipes: the entry is its term cell and its meaning cell, whatever follows.
  const nextCell = m[0].includes('|') ? sentence.indexOf('|', np.end + aside + m[0].length) : -1;
  // `The smart sustainable city — a city that … — is the model …`: a definiens set between dashes, and
  // the sentence going on to say something else of the term, ends at the closing dash.
  const closingDash = /[–—]/u.test(m[0]) ? /\s[–—]\s+(?=(?:is|are|was|were|has|have|remains?|became|becomes)\b)/u.exec(definiens) : null;
  // (but a part between dashes that names the term again, `Digital twin cities – the digital twin cities, of which we have
  // talked for years – are …`, is an aside about it, not its meaning: the sentence's verb after the closing dash defines)
  if (closingDash && restatesTerm(sentence.slice(np.start, np.end), definiens.slice(0, closingDash.index))) return undefined;
  const cut = nextCell > 0 ? nextCell : closingDash ? np.end + aside + m[0].length + closingDash.index : sentence.length;
  // (a row whose source cell comes first gives its term in a cell of its own: the clause is the meaning cell)
  const meaningStart = np.end + aside + m[0].length;
  return build(sentence.slice(0, cut), {
    start: sourceCell && m[0].includes('|') ? meaningStart : qualified || translated ? 0 : np.start,
    term,
    ...GLOSSARY_ROW,
    position: sourceCell
      ? { name: 'after a table cell or label', value: 0.85 }
      : {
          name: announced ? 'after a colon' : prefix.trim() && !qualified && !translated ? 'after a list marker' : 'sentence start',
          value: announced ? 0.95 : 1,
        },
    citations,
    ...(announced ? reporterIn(prefix) : {}),
  });
}

/**
 * A row of a CSV export read as a glossary's row (csvRowAt): the clause is the term cell and the quoted meaning cell up to
 * its closing quotation mark, the cells after it left out.
 */
export function csvRowClause(
  sentence: string,
  np: { start: number; end: number },
  term: string,
  prefix: string,
  citations: readonly Citation[],
): Clause | undefined {
  if (!csvRowAt(sentence, np.end, prefix)) return undefined;
  const definiens = sentence.slice(np.end + 2);
  const end = csvCellEnd(definiens);
  const meaning = definiens.slice(0, end ?? definiens.length);
  // (an empty or declining cell, `""`, `n/a`, `see Smart city`, or a few words that say no more, `Composite score`)
  if (NO_MEANING.test(meaning.slice(0, 40)) || (meaning.match(/[\p{L}\p{N}]+/gu) ?? []).length < 4) return undefined;
  return build(sentence.slice(0, np.end + 2 + meaning.length), {
    start: np.start,
    term,
    ...GLOSSARY_ROW,
    position: { name: prefix.trim() ? 'after a list marker' : 'sentence start', value: 1 },
    citations,
  });
}

/**
 * A row of a CSV export, the term a cell of its own after short unquoted cells and its meaning the next cell, quoted with
 * no space after the comma: `X-14,smart city,"A city that …",…`, `digital twin,"A live model …",k.tovey`; the quotation
 * marks are the format's, the comma the separator. The header line may run into the row once line breaks are read as
 * spaces (`term,definition,owner digital twin,"…`).
 */
function csvRowAt(sentence: string, termEnd: number, prefix: string): boolean {
  const row = prefix.slice(prefix.lastIndexOf('\n') + 1);
  if (row.length > 200 || row.includes('"') || !/^,"(?=[\p{L}\p{N}])/u.test(sentence.slice(termEnd, termEnd + 3))) return false;
  const cells = row.split(',');
  return cells.length <= 12 && cells.every((c) => c.length <= 40) && (row === '' || row.endsWith(',') || (cells.length > 1 && /\s$/u.test(row)));
}

/** Where a CSV meaning cell ends: its closing quotation mark, a doubled one being a quotation mark inside it (read once: linear). */
function csvCellEnd(definiens: string): number | undefined {
  const m = /^(?:[^"]|"")*"(?=,|\s*$)/u.exec(definiens);
  return m ? m[0].length - 1 : undefined;
}

// Words that open a line before a term without qualifying it: a section's or a box's label, a determiner.
const NOT_A_QUALIFIER =
  /^(?:abstract|summary|introduction|background|definition|definitions|glossary|note|notes|conclusion|conclusions|highlights|keywords|key|term|terms|concept|concepts|table|figure|box|example|section|chapter|appendix|this|that|these|those|such|our|their|its|every|each|any|some|many|most|other|another|new|true|same)$/iu;

/**
 * A glossary meaning without its article (`Virtual replica of a physical asset … that uses …`): a capitalised noun
 * phrase (adjectives and nouns, no pronoun or determiner) that a relative clause restricts, of eight words or more.
 */
function bareMeaning(first: string, head: string): boolean {
  const words = head.match(/[\p{L}-]+/gu) ?? [];
  const opener = words[0] ?? '';
  if (!/^\p{Lu}\p{Ll}/u.test(opener) || !(isNoun(opener) || isAdjective(opener)) || head.length === first.length) return false;
  if (/^(?:this|that|these|those|it|its|our|their|there|here|some|many|most|all|each|every|any|no|such|other|another)$/iu.test(opener)) return false;
  // (a subject relative, `… system that uses …`; `Projects that we have funded …` lists things, it defines none)
  const relative = /\b(?:that|which|who|whose|where|in\s+which)\s+([\p{L}-]+)/u.exec(first.slice(head.length));
  if (!relative || /^(?:we|i|you|they|he|she|it|our|the|a|an|this|these|those|its|their|my|your|us|them)$/iu.test(relative[1]!)) return false;
  return (first.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 8;
}

/**
 * A glossary entry set as a title line over its meaning (`Digital Twin` / `A digital replica of …
 * that can be used …`): the title is a term and nothing else, and the first sentence under it is a
 * noun phrase with no verb of its own outside its relative clauses. Read on `title + ' ' + first`.
 */
export function headedEntry(title: string, first: string, matcher: TermMatcher, listed: ListedNumbers): Clause | undefined {
  // (a run-in title keeps its full stop: `Smart city. A city that …`)
  const term = canonical(matcher, title.trim().replace(/\.$/u, ''));
  if (!term) return undefined;
  const head = first.split(/\b(?:that|which|who|whose|where|in\s+which)\b/u)[0]!;
  // (a participle set off after the genus is a reduced relative, not a verb: `A model of a bridge, linked to it by data`)
  if (hasFiniteVerb(head.replace(/,\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}(?:ed|en)\s+(?:to|by|from|with|in|on|for)\b[^,;]*/u, ''))) return undefined;
  if (/^(?:an?|the)\s/iu.test(first)) {
    const judged = predicate(first);
    if (!judged || judged.check) return undefined;
  } else if (!bareMeaning(first, head) || first.toLowerCase().startsWith(title.trim().toLowerCase()) || /[:–—]/u.test(head)) return undefined;
  const text = `${title.trim()} ${first}`;
  return build(text, {
    start: 0,
    term,
    pattern: { name: 'glossary', value: 0.85 },
    position: { name: 'under its title', value: 1 },
    checks: [],
    citations: findCitations(text, listed),
    own: false,
    row: true,
  });
}
