import { citationOnly, findCitations, yearIn, type Citation } from './citations.js';
import type { Clause } from './clauses.js';
import { citedAs, type Reference } from './references.js';

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
export function attribute(sentence: string, clause: Clause, following: readonly string[], references: ReadonlyMap<number, Reference>): Attribution | undefined {
  const citations = findCitations(sentence);
  const reporter = clause.reporter?.text ? clause.reporter : undefined;
  let cited: Citation | undefined;
  let author: string | undefined;
  let cue: string | undefined;
  if (reporter) {
    cue = reporter.cue;
    author = reporter.text;
    // The citation that goes with the name: right after it, or the one naming it.
    cited = citations.find((c) => c.start <= reporter.end + 1 && c.end >= reporter.end) ?? citations.find((c) => c.start >= reporter.end && c.start <= reporter.end + 3) ?? citations.find((c) => c.author === reporter.text);
  }
  if (!cited && !reporter) {
    // A citation in the clause or right after it; the one closing the clause cites the definition.
    // Inside the clause, or right after it with nothing but punctuation or a cell rule between.
    const inClause = citations.filter((c) => c.start < clause.end || /^[\s|,;:.)\]’'"”]*$/u.test(sentence.slice(clause.end, c.start)));
    cited = inClause.find((c) => c.start >= clause.end) ?? inClause.at(-1) ?? citations.find((c) => c.end <= clause.start);
    if (cited) cue = 'citation';
  }
  if (!cited && !reporter) {
    // `Cohen (2011)` in the next cell, `(Caragliu et al. 2009)` after the full stop.
    for (const next of following.slice(0, 2)) {
      const only = citationOnly(next);
      if (only) {
        cited = only;
        cue = 'citation after the sentence';
        break;
      }
    }
  }
  if (!cue && quotedDefiniens(sentence.slice(clause.start, clause.end))) cue = 'quotation marks';
  if (!cue) return undefined;
  author ??= cited?.author;
  let year = cited?.year ?? (author ? yearIn(author) : undefined);
  // A date printed in the lead-in: `In June 2014, the ITU-T Focus Group …`.
  if (year === undefined && author) year = yearIn(sentence.slice(0, clause.start).replace(/\[[^\]]*\]|\([^)]*\)/g, ''));
  const ref = cited?.ref;
  if (ref) {
    const entry = references.get(Number(/\d+/.exec(ref)![0]));
    if (entry) {
      author ??= citedAs(entry.authors);
      year ??= entry.year;
    }
  }
  return { ...(author ? { author: cleanName(author) } : {}), ...(year !== undefined ? { year } : {}), ...(ref ? { ref } : {}), cue };
}

/** Most of the clause after its term is inside quotation marks: someone else's words. */
function quotedDefiniens(clause: string): boolean {
  // The closing mark may have been left out with the clause's end.
  const quoted = [...clause.matchAll(/(?:^|[\s(])[“"‘']([^“”"‘’]{20,})(?:[”"’']|$)/gu)].map((m) => m[1]!.split(/\s+/).length);
  const words = clause.split(/\s+/).length;
  return quoted.some((n) => n >= 5 && n >= words * 0.5);
}

function cleanName(name: string): string {
  return name.replace(/^(?:the)\s+/iu, '').replace(/[’']s?$/u, '').replace(/[\s,;:]+$/u, '').replace(/\s+/g, ' ');
}

/** A reference list keyed by number, for resolving `[12]`. */
export function referenceIndex(references: readonly Reference[]): Map<number, Reference> {
  const out = new Map<number, Reference>();
  for (const r of references) if (r.number !== undefined && !out.has(r.number)) out.set(r.number, r);
  return out;
}
