import type { Origin, SourceRecord } from '../model/index.js';
import type { Candidate } from './index.js';

/**
 * A mined candidate as a corpus record. `source` holds the fields of the document it was mined
 * from (sector, author, year, title, url, … after any defaults from flags).
 *
 * A quoted candidate is the cited author's definition, never the citing document's: its `author`
 * and `year` are the citation's (left empty when the document does not say, never filled from the
 * document), its `title` says where it was quoted (`quoted in <title> (<author> <year>), ref. [12]`),
 * which `validate` reads to prefer the original when both are in the corpus; `kind` stays
 * `definition` (or the document's), so the analysis counts it and finds it as a duplicate of the
 * original. `url` and `sector` stay the document's: they say where it was read (`add` then gives a
 * quotation the sector of the corpus's records by its author, when they agree on one).
 */
export function minedRecord(candidate: Candidate, id: string, source: Readonly<Record<string, string>>, origin: Origin): SourceRecord {
  const fields: Record<string, string> = {
    ...source,
    id,
    term: source.term || candidate.term,
    kind: source.kind || 'definition',
    text: closeQuotation(candidate.clause),
  };
  if (origin.page !== undefined) fields.page = String(origin.page);
  if (candidate.quoted) {
    const a = candidate.attribution;
    fields.author = a?.author ?? '';
    fields.year = a?.year !== undefined ? String(a.year) : '';
    fields.title = quotedIn(source, a?.ref);
  }
  return {
    origin,
    fields,
    mined: { score: candidate.score, pattern: candidate.pattern, ...(candidate.quoted ? { quoted: true } : {}) },
  };
}

const CLOSING: Readonly<Record<string, string>> = { '“': '”', '‘': '’', '"': '"', '«': '»' };

/**
 * A clause ends before the closing quotation mark (the labelled convention: no final punctuation);
 * as a corpus record's text, a quotation opened in it is closed again: `the smart city as “a city
 * well performing …”`, not an opening mark left alone.
 */
export function closeQuotation(clause: string): string {
  const open: string[] = [];
  for (const ch of clause) {
    if (ch === '"') {
      if (open.at(-1) === '"') open.pop();
      else open.push('"');
    } else if (ch in CLOSING) open.push(ch);
    else if (ch === CLOSING[open.at(-1) ?? '']) open.pop();
  }
  // (a ’ after an opening ‘ closes it, apostrophe or not)
  return (
    clause +
    open
      .reverse()
      .map((ch) => CLOSING[ch])
      .join('')
  );
}

/** `quoted in Smart cities in Europe (Caragliu, A., 2011), ref. [12]`. */
function quotedIn(source: Readonly<Record<string, string>>, ref: string | undefined): string {
  // (a comma before the year: `Solberg, I., 2025`, as an author–year citation writes it)
  const by = [source.author, source.year].filter((s) => s?.trim()).join(', ');
  const title = source.title?.trim() || source.url?.trim() || 'the source';
  return `quoted in ${title}${by ? ` (${by})` : ''}${ref ? `, ref. ${ref}` : ''}`;
}

/** How a document's records are placed and named: by page (`<base>-p3`), line or position (`<base>-2`). */
export type Placing = 'page' | 'line' | 'record';

/** One record per candidate of a document, ids `<base>-p<page>` (then `-2`, `-3`… on the same page), or `<base>`, `<base>-2`… */
export function minedRecords(
  candidates: readonly Candidate[],
  base: string,
  source: Readonly<Record<string, string>>,
  file: string,
  placing: Placing,
): SourceRecord[] {
  const perPage = new Map<number, number>();
  return candidates.map((c, i) => {
    if (placing !== 'page')
      return minedRecord(c, i === 0 ? base : `${base}-${i + 1}`, source, placing === 'line' ? { file, line: c.line } : { file, record: i + 1 });
    const n = (perPage.get(c.page) ?? 0) + 1;
    perPage.set(c.page, n);
    return minedRecord(c, `${base}-p${c.page}${n > 1 ? `-${n}` : ''}`, source, { file, page: c.page });
  });
}
