import type { Severity } from './diagnostics.js';

export interface CodeInfo {
  /** The severity it is reported with; two when a flag or the case decides. */
  readonly severity: Severity | readonly Severity[];
  /** What it means, in one line. */
  readonly meaning: string;
  /** How to fix the input. */
  readonly fix: string;
}

/**
 * Every diagnostic code citydefs emits. One entry per line, sorted by code, so that changes made
 * in parallel merge cleanly. `test/core/codes.test.ts` fails when `src/` emits a code that is not
 * here (or this lists one it no longer emits), and when the README's table differs from it:
 * `npm run docs:codes` rewrites that table.
 */
export const CODES: Readonly<Record<string, CodeInfo>> = {
  'add/column-missing': {
    severity: 'warning',
    meaning: 'A new record has a field the definitions file has no column for; the value is left out.',
    fix: 'Add the column to the header of `definitions.csv` before adding, or drop the field.',
  },
  'add/exact-duplicate': {
    severity: ['error', 'warning'],
    meaning: 'The same text is already in the corpus or earlier in the batch (a warning with `--allow-duplicate`).',
    fix: 'Leave the record out, or pass `--allow-duplicate` when another source really quotes the same definition.',
  },
  'add/format': {
    severity: 'error',
    meaning: 'A `--from` file of a format `add` does not read, or a text file without front matter.',
    fix: 'Give a `.csv`, `.json`, `.jsonl`, `.txt` or `.md` file; start text files with `---` front matter.',
  },
  'add/id-taken': {
    severity: 'error',
    meaning: "A new record's id is already used in the corpus.",
    fix: 'Choose another id, or leave `id` empty to have one made from author and year.',
  },
  'add/near-duplicate': {
    severity: 'warning',
    meaning: 'A new record is a near-duplicate of a definition in the corpus or the batch; it is added.',
    fix: 'Check that it is a different definition; the analysis counts near-duplicates once.',
  },
  'add/quoted-sector': {
    severity: 'warning',
    meaning: "A mined quotation takes the sector of the corpus's records by its cited author, who all have one sector, instead of the quoting document's.",
    fix: 'Nothing to fix when the cited source is in that sector; otherwise edit the record.',
  },
  'add/quoted-sector-unknown': {
    severity: 'warning',
    meaning:
      "A mined quotation keeps the quoting document's sector: the corpus has no record by its cited author, or records in several sectors. The sector tables count it there.",
    fix: "Check the record's sector against the cited source (a company, a ministry, a university…) and edit it if it differs.",
  },
  'add/unreadable': { severity: 'error', meaning: 'A `--from` file that cannot be read.', fix: 'Check the path and the file permissions.' },
  'agree/coded-by-one': {
    severity: 'info',
    meaning: 'Cells coded in only one of the two files; they are not compared.',
    fix: 'Code the same cells in both files to compare them.',
  },
  'agree/factor-not-in-run': {
    severity: 'warning',
    meaning: "A factor the reference coding names is not a factor of this run; the tool's cells for it count as 0.",
    fix: 'Check the factor id against `factors.csv`, or run with the codebook that names it.',
  },
  'agree/not-analysed': {
    severity: 'info',
    meaning: 'Reference cells on definitions the run did not analyse (another kind, a merged duplicate); they are not compared.',
    fix: 'Nothing to fix; code the kept record of a duplicate group instead.',
  },
  'agree/nothing-compared': {
    severity: 'error',
    meaning: 'No cell is coded on both sides, so there is no agreement to measure.',
    fix: 'Check that the two codings use the same definition and factor ids.',
  },
  'agree/unknown-definition': {
    severity: 'warning',
    meaning: 'A reference cell on a definition id the corpus does not have; it is not compared.',
    fix: 'Check the id against the corpus.',
  },
  'amend/ambiguous-id': {
    severity: 'error',
    meaning: 'The id is in more than one corpus file; nothing is written.',
    fix: 'Give each record its own id first (`validate` lists the duplicates).',
  },
  'amend/not-csv': {
    severity: 'error',
    meaning: 'The record is in a JSON, Markdown or PDF file, which `remove` and `edit` do not rewrite; nothing is written.',
    fix: 'Change that file by hand, or move the record into a CSV file.',
  },
  'amend/row-not-found': {
    severity: 'error',
    meaning: "The record's row could not be found in its CSV file as read; nothing is written.",
    fix: "Run `validate` and fix the file's rows first.",
  },
  'amend/unknown-id': {
    severity: 'error',
    meaning: '`remove` or `edit` names an id the corpus does not have; nothing is written.',
    fix: 'Check the id against `output/records.csv`.',
  },
  'analyses/outside-periods': {
    severity: 'warning',
    meaning:
      'Dated definitions whose year is in no configured period (a gap between periods, or before the first or after the last); they are counted as "other years", outside the trend tests.',
    fix: 'Widen the periods in `config.json` (`periods`) so every year falls in one, or leave the gap on purpose.',
  },
  'bib/entry': {
    severity: 'error',
    meaning: 'A bibliography entry that cannot be read, or a file without entries; the other entries still load.',
    fix: 'Fix the entry the message names (braces, quotes, `TY  - ` lines).',
  },
  'bib/format': {
    severity: 'error',
    meaning: 'A bibliography file that is not BibTeX, RIS or CSL-JSON.',
    fix: 'Export the bibliography as `.bib`, `.ris` or CSL-JSON `.json`.',
  },
  'bib/json-syntax': {
    severity: 'error',
    meaning: 'A CSL-JSON file that is not valid JSON.',
    fix: 'Export the file again, or fix the JSON at the place the message names.',
  },
  'bib/unreadable': {
    severity: 'error',
    meaning: 'A bibliography file that cannot be read, or is not text.',
    fix: 'Check the path and permissions; save the file as UTF-8.',
  },
  'cluster/codebook-term-outside': {
    severity: 'warning',
    meaning:
      "Terms a codebook factor names, used in at least `factors.minDefinitions` definitions, that `factors.maxTerms` left out of the clustering: they are in no factor's term list or the network. Their rules still code the matrix.",
    fix: 'Raise `factors.maxTerms`.',
  },
  'cluster/not-in-wordnet': {
    severity: 'info',
    meaning: 'Without a codebook, frequent terms WordNet does not know under any form: they are in no factor.',
    fix: 'Nothing to fix; a codebook (see `codebook-draft.csv`) can name them.',
  },
  'cluster/single-term-factor': {
    severity: ['warning', 'info'],
    meaning:
      'A factor with a single term: a word, not a group of words used together; its stability is not reported (a lone term is found again in every resample by construction). Only info for a codebook factor, which its rules define.',
    fix: 'Read it as a term, not a theme; a lower `factors.resolution` or a codebook entry can join it to others.',
  },
  'cluster/unclustered-terms': {
    severity: 'info',
    meaning: 'Frequent terms that co-occur with no other term and belong to no factor.',
    fix: 'Nothing to fix; map them in the thesaurus if they are variants of another term.',
  },
  'cluster/unused-codebook-factor': {
    severity: 'info',
    meaning: 'A codebook factor whose seed terms no frequent term matches.',
    fix: 'Nothing to fix; add seed terms the corpus uses if the factor should appear.',
  },
  'code/empty-factor': {
    severity: 'info',
    meaning: 'A factor that codes no definition of this corpus; it is left out.',
    fix: 'Nothing to fix; its rules may need words the corpus uses.',
  },
  'code/unapplied-correction': {
    severity: 'warning',
    meaning: 'A correction in `coding.csv` names a definition that is not analysed or a factor that is not one of this run; it is not applied.',
    fix: 'Check the ids against `records.csv` and `factors.csv` (a merged duplicate is corrected through the record kept).',
  },
  'codebook/binary-file': {
    severity: 'error',
    meaning: '`codebook.csv` holds binary data, not text; the codebook is not used.',
    fix: 'Replace it with a CSV text file.',
  },
  'codebook/csv-bad-header': {
    severity: 'error',
    meaning: "`codebook.csv`'s first line is not a header (a quote that does not close, a name given twice); the codebook is not used.",
    fix: 'Make the first line `factor_id,label,description,seed_terms`.',
  },
  'codebook/csv-column-count': {
    severity: 'error',
    meaning: 'A `codebook.csv` row with more or fewer fields than the header; the row is skipped.',
    fix: 'Quote a field that holds a comma; give every row as many fields as the header.',
  },
  'codebook/csv-invalid-quote': {
    severity: 'error',
    meaning: 'A bare quote in a `codebook.csv` field, or a quote that does not close before the next field; the row is skipped.',
    fix: 'Write a quote inside a quoted field as `""`.',
  },
  'codebook/csv-invalid-record': {
    severity: 'error',
    meaning: 'A `codebook.csv` row the CSV reader cannot read; the row is skipped.',
    fix: 'Fix the row the message names.',
  },
  'codebook/csv-no-header': {
    severity: 'error',
    meaning: "`codebook.csv`'s first line is empty; the codebook is not used.",
    fix: 'Start the file with its header line.',
  },
  'codebook/csv-quote-not-closed': {
    severity: 'error',
    meaning: 'A quote in `codebook.csv` that never closes; reading resumes on the next line.',
    fix: 'Close the quote.',
  },
  'codebook/csv-too-many-errors': {
    severity: 'error',
    meaning: '`codebook.csv` has so many broken quotes that reading stopped.',
    fix: 'Check that the file is a CSV file; fix its quotes.',
  },
  'codebook/duplicate-id': { severity: 'error', meaning: 'A `factor_id` used twice; the later row is skipped.', fix: 'Give each factor its own id.' },
  'codebook/encoding-guessed': {
    severity: 'warning',
    meaning: '`codebook.csv` is not UTF-8 and was read as Windows-1252 (Latin-1).',
    fix: 'Check its accented letters; save it as UTF-8.',
  },
  'codebook/encoding-unsupported': {
    severity: 'error',
    meaning: '`codebook.csv` is in an encoding citydefs does not read (UTF-16 without a byte-order mark, UTF-32, bytes that are not UTF-8); not used.',
    fix: 'Save it as UTF-8.',
  },
  'codebook/invalid-id': {
    severity: 'error',
    meaning: 'A `factor_id` that is not a slug; the row is skipped.',
    fix: 'Use lower-case letters, digits and `-`, starting with a letter (`quality-of-life`).',
  },
  'codebook/invalid-rule': {
    severity: 'error',
    meaning: 'A codebook rule that cannot be read (a `*` inside a word, `!` with nothing after it); the rule is ignored.',
    fix: 'Write `*` only at the start or end of a word, and a phrase after each `!`.',
  },
  'codebook/missing-column': {
    severity: 'error',
    meaning: '`codebook.csv` without a `factor_id` or `seed_terms` column; the codebook is not used.',
    fix: 'Make the header `factor_id,label,description,seed_terms`.',
  },
  'codebook/nul-bytes': { severity: 'warning', meaning: '`codebook.csv` held NUL bytes, which were removed.', fix: 'Save the file again from a text editor.' },
  'codebook/shared-seed': {
    severity: 'warning',
    meaning: 'A seed term already given to another factor; ignored here.',
    fix: 'Give each seed term to one factor.',
  },
  'codebook/unknown-column': {
    severity: 'warning',
    meaning: 'A `codebook.csv` column that is not one of `factor_id,label,description,seed_terms`; ignored.',
    fix: 'Remove or rename the column.',
  },
  'codebook/unreadable': {
    severity: 'error',
    meaning: '`codebook.csv` cannot be read (no permission, a symbolic link, a folder); the run goes on without it.',
    fix: 'Make it a readable file inside the corpus folder.',
  },
  'coding/binary-file': {
    severity: 'error',
    meaning: 'A coding file that holds binary data, not text; it is not used.',
    fix: 'Replace it with a CSV text file.',
  },
  'coding/csv-bad-header': {
    severity: 'error',
    meaning: 'A coding file whose first line is not a header; nothing in it is used.',
    fix: 'Make the first line `definition_id,factor_id,value,note`.',
  },
  'coding/csv-column-count': {
    severity: 'error',
    meaning: 'A coding row with more or fewer fields than the header; the row is skipped.',
    fix: 'Quote a note that holds a comma.',
  },
  'coding/csv-invalid-quote': {
    severity: 'error',
    meaning: 'A bare quote in a coding field; the row is skipped.',
    fix: 'Write a quote inside a quoted field as `""`.',
  },
  'coding/csv-invalid-record': {
    severity: 'error',
    meaning: 'A coding row the CSV reader cannot read; the row is skipped.',
    fix: 'Fix the row the message names.',
  },
  'coding/csv-no-header': {
    severity: 'error',
    meaning: 'A coding file whose first line is empty; nothing in it is used.',
    fix: 'Start the file with its header line.',
  },
  'coding/csv-quote-not-closed': {
    severity: 'error',
    meaning: 'A quote in a coding file that never closes; reading resumes on the next line.',
    fix: 'Close the quote.',
  },
  'coding/csv-too-many-errors': {
    severity: 'error',
    meaning: 'A coding file with so many broken quotes that reading stopped.',
    fix: 'Check that the file is a CSV file; fix its quotes.',
  },
  'coding/duplicate-cell': {
    severity: ['error', 'warning'],
    meaning: 'A cell coded twice (an error when the values differ, a warning when they agree); the first row counts.',
    fix: 'Keep one row per definition and factor.',
  },
  'coding/encoding-guessed': {
    severity: 'warning',
    meaning: 'A coding file that is not UTF-8 and was read as Windows-1252 (Latin-1).',
    fix: 'Save it as UTF-8.',
  },
  'coding/encoding-unsupported': {
    severity: 'error',
    meaning: 'A coding file in an encoding citydefs cannot read for certain; it is not used.',
    fix: 'Save it as UTF-8.',
  },
  'coding/invalid-value': {
    severity: 'error',
    meaning: 'A coding row whose `value` is not 0 or 1; the row is skipped.',
    fix: 'Write 1 (the definition has the factor) or 0 (it does not).',
  },
  'coding/missing-column': {
    severity: 'error',
    meaning: 'A coding file without `definition_id`, `factor_id` or `value`; nothing in it is used.',
    fix: 'Give the file the header `definition_id,factor_id,value,note`.',
  },
  'coding/missing-id': { severity: 'error', meaning: 'A coding row without a `definition_id` or `factor_id`; the row is skipped.', fix: 'Fill in both ids.' },
  'coding/nul-bytes': { severity: 'warning', meaning: 'A coding file with NUL bytes, which were removed.', fix: 'Save it again from a text editor.' },
  'coding/unknown-definition': {
    severity: 'warning',
    meaning: 'A coding row for a definition the corpus does not have; the row is skipped.',
    fix: 'Check the id against the corpus.',
  },
  'coding/unknown-factor': {
    severity: 'error',
    meaning: 'A coding row for a factor the codebook does not have; the row is skipped.',
    fix: 'Use a `factor_id` from `codebook.csv`.',
  },
  'coding/unreadable': {
    severity: 'error',
    meaning: 'A coding file in the corpus folder that cannot be read; it is ignored.',
    fix: "Check the file's permissions.",
  },
  'edit/column-missing': {
    severity: 'error',
    meaning: '`edit` sets a field the file has no column for; nothing is written.',
    fix: "Add the column to the file's header first.",
  },
  'edit/exact-duplicate': {
    severity: ['error', 'warning'],
    meaning: "The edited text is the same as another definition's (a warning with `--allow-duplicate`).",
    fix: 'Check the text, or pass `--allow-duplicate` when another source really quotes it.',
  },
  'edit/near-duplicate': {
    severity: 'warning',
    meaning: 'The edited text is a near-duplicate of another definition; it is written.',
    fix: 'Check that it is a different definition.',
  },
  'ingest/binary-file': {
    severity: 'error',
    meaning: 'A corpus file or sidecar that holds binary data, not text; it is skipped.',
    fix: 'Remove it from the corpus, or save the definitions as text (CSV, JSON, Markdown).',
  },
  'ingest/csv-bad-header': {
    severity: 'error',
    meaning: 'A CSV file whose first line is not a header (a quote that does not close, a name given twice); the file is skipped.',
    fix: 'Make the first line the column names, each once (`id,sector,…,text`).',
  },
  'ingest/csv-column-count': {
    severity: 'error',
    meaning: 'A row with more or fewer fields than the header; the row is skipped.',
    fix: 'Quote fields that hold commas; give every row as many fields as the header.',
  },
  'ingest/csv-invalid-quote': {
    severity: 'error',
    meaning: 'A bare quote inside a field, or a quote that does not close before the next field; the row is skipped and reading resumes on the next line.',
    fix: 'Write a quote inside a quoted field as `""`; quote the whole field.',
  },
  'ingest/csv-invalid-record': {
    severity: 'error',
    meaning: 'A row the CSV reader cannot read for another reason; the row is skipped.',
    fix: 'Fix the row the message names.',
  },
  'ingest/csv-no-header': {
    severity: 'error',
    meaning: 'A CSV file whose first line is empty; the file is skipped.',
    fix: 'Start the file with its header line.',
  },
  'ingest/csv-quote-not-closed': {
    severity: 'error',
    meaning: 'A quote that never closes; the record is skipped and reading resumes on the next line.',
    fix: 'Close the quote at the end of the field.',
  },
  'ingest/csv-too-many-errors': {
    severity: 'error',
    meaning: 'A file with so many broken records that reading stopped (50 broken quotes, or 200 broken rows); the rows before are kept.',
    fix: 'Check that the file is a CSV file; fix its quotes.',
  },
  'ingest/document-no-definition': {
    severity: 'warning',
    meaning: 'A web page or text file with a sidecar in which no definition of the concept was found.',
    fix: "Check the document; the concept's wording is set by config `concept`.",
  },
  'ingest/document-sidecar-missing': {
    severity: 'error',
    meaning: 'A document to mine without its metadata sidecar.',
    fix: 'Put `NAME.meta.json` with sector, author, year, title and url beside it.',
  },
  'ingest/encoding-guessed': {
    severity: 'warning',
    meaning: 'A file that is not UTF-8, read as Windows-1252 (Latin-1) because its bytes certainly are.',
    fix: 'Check its accented letters; save it as UTF-8 (Excel: "CSV UTF-8").',
  },
  'ingest/encoding-unsupported': {
    severity: 'error',
    meaning:
      'A file in an encoding citydefs does not read (UTF-16 without a byte-order mark, UTF-32, bytes that are neither UTF-8 nor certainly Windows-1252); skipped.',
    fix: 'Save it as UTF-8.',
  },
  'ingest/field-truncated': {
    severity: 'warning',
    meaning: 'A field longer than `limits.maxFieldChars`; only its first characters are kept.',
    fix: 'Shorten the field (a definition is a sentence or two), or raise `limits.maxFieldChars`.',
  },
  'ingest/front-matter': {
    severity: 'error',
    meaning: 'Text/Markdown front matter that does not close or is not `key: value` YAML; the file is skipped.',
    fix: 'Close the front matter with a `---` line; write one `key: value` per line.',
  },
  'ingest/json-record': {
    severity: 'error',
    meaning: 'A JSON array item or JSONL line that is not an object of fields; it is skipped.',
    fix: 'Make each record an object: `{"id": …, "sector": …, "text": …}`.',
  },
  'ingest/json-shape': {
    severity: 'error',
    meaning: 'A JSON file that is not an array of records or `{ "definitions": [...] }`, or a sidecar that is not one object; skipped.',
    fix: 'Wrap the records in an array.',
  },
  'ingest/json-syntax': {
    severity: 'error',
    meaning: 'A JSON file, JSONL line or sidecar that is not valid JSON; it is skipped.',
    fix: 'Fix the JSON at the place the message names.',
  },
  'ingest/json-too-deep': {
    severity: 'error',
    meaning: 'JSON nested more than 64 levels deep, which records of fields never are; skipped before anything reads it.',
    fix: 'Give records as flat objects of fields.',
  },
  'ingest/no-paragraph': {
    severity: 'warning',
    meaning: 'A text/Markdown file with front matter but no paragraph after it.',
    fix: 'Add the definition text after the closing `---`.',
  },
  'ingest/nul-bytes': { severity: 'warning', meaning: 'A text file with a few NUL bytes, which were removed.', fix: 'Save the file again from a text editor.' },
  'ingest/pdf-empty': { severity: 'error', meaning: 'A PDF of 0 bytes or without pages; it is skipped.', fix: 'Replace it with the full PDF.' },
  'ingest/pdf-encrypted': {
    severity: 'error',
    meaning: 'An encrypted PDF that needs a password; it is skipped.',
    fix: 'Save an unencrypted copy, or add its definitions to `definitions.csv`.',
  },
  'ingest/pdf-invalid': {
    severity: 'error',
    meaning: 'A file named `.pdf` that is not a readable PDF (corrupt, truncated, another format); skipped.',
    fix: 'Download the PDF again.',
  },
  'ingest/pdf-no-definition': {
    severity: 'warning',
    meaning: 'A PDF in which no definition sentence was found.',
    fix: 'Add its definition to `definitions.csv` by hand if it has one.',
  },
  'ingest/pdf-no-text': { severity: 'error', meaning: 'A PDF without a text layer (scanned images); it is skipped.', fix: 'Run OCR on it first.' },
  'ingest/pdf-other': {
    severity: 'error',
    meaning: 'A PDF the reader failed on for another reason (the message says which); it is skipped.',
    fix: 'Open and save the PDF again, or add its definitions by hand.',
  },
  'ingest/pdf-pages-limited': {
    severity: 'warning',
    meaning: 'A PDF longer than `limits.pdfMaxPages`; only its first pages are read.',
    fix: 'Raise `limits.pdfMaxPages`, or keep only the relevant chapter.',
  },
  'ingest/pdf-sidecar-missing': {
    severity: 'error',
    meaning: 'A PDF without its `.meta.json` metadata sidecar; it is skipped.',
    fix: 'Add `<name>.meta.json` with sector, author, year, title and url.',
  },
  'ingest/pdf-timeout': {
    severity: 'error',
    meaning: 'A PDF that took longer than `limits.pdfTimeoutSeconds` to read; it is skipped.',
    fix: 'Keep only the relevant pages, or raise `limits.pdfTimeoutSeconds`.',
  },
  'ingest/quoted-sector': {
    severity: 'warning',
    meaning:
      "Quotations mined from a document in the corpus are filed under the sector of the corpus's records by their cited author, who all have one sector, instead of the document's (as `add` does).",
    fix: 'Nothing to fix when the cited sources are in those sectors; to set each one yourself, mine the document into a definitions file (`citydefs mine FILE --add`) and edit the records.',
  },
  'ingest/quoted-sector-unknown': {
    severity: 'warning',
    meaning:
      "Quotations mined from a document in the corpus keep the document's sector: the corpus has no record by their cited author, or records in several sectors. The sector tables count them there.",
    fix: "Add a record by the cited source to the corpus, or mine the document into a definitions file (`citydefs mine FILE --add`) and edit each quotation's sector.",
  },
  'ingest/sidecar-alone': { severity: 'warning', meaning: 'A `.meta.json` sidecar without its PDF; ignored.', fix: 'Add the PDF or remove the sidecar.' },
  'ingest/symlink-skipped': {
    severity: 'warning',
    meaning: 'A symbolic link in the corpus, which citydefs never follows; not read.',
    fix: 'Copy the file (or folder) into the corpus instead of linking to it.',
  },
  'ingest/unreadable-file': {
    severity: 'error',
    meaning: 'A corpus file that cannot be read (no permission, replaced by a link, gone); it is skipped.',
    fix: 'Check its permissions, or remove it from the corpus.',
  },
  'mine/empty-folder': {
    severity: 'warning',
    meaning: 'A folder given to `mine` that holds no PDF, HTML, text or Markdown file.',
    fix: 'Give the folder of the documents, or the files themselves.',
  },
  'mine/format': {
    severity: 'error',
    meaning: 'A file given to `mine` that is not a PDF, HTML, text or Markdown file; it is skipped.',
    fix: 'Give `.pdf`, `.html`, `.htm`, `.txt` or `.md` files.',
  },
  'mine/long-sentence': {
    severity: 'warning',
    meaning:
      'A sentence that names the concept more than 64 times (a run-on, spliced or generated text, in a file given to `mine` or in the corpus): only its first 64 namings are read for definitions, so reading stays linear.',
    fix: 'Check the file: real prose never names the concept that often in one sentence; split or clean the text if it should be mined.',
  },
  'mine/long-sentence-cut': {
    severity: 'warning',
    meaning:
      "A sentence naming the concept longer than 4,000 characters (a run-on, a list or table read without full stops), mined with `--method learned`: the learned method reads only its first 4,000 characters for definitions (cut at a space), since each of a sentence's spans reads the whole sentence; a definition later in it is not found.",
    fix: 'Check the file: real prose has no sentence that long; add the missing full stops or split the text, or mine it with `--method rules`, which does not cut it there.',
  },
  'mine/many-namings-cut': {
    severity: 'warning',
    meaning:
      "A sentence that names the concept more than 8 times, mined with `--method learned`: the learned method spans only around its first 8 namings (each naming's spans read the whole sentence, and the model was trained so); a definition at a later naming is not found. Real prose can do this (a sentence listing several concepts); the longest run in the labelled files names it 12 times.",
    fix: 'Check the sentence named: if it defines the concept past its eighth naming, split it, or mine the file with `--method rules`, which reads the first 64 namings.',
  },
  'mine/pdf-empty': { severity: 'error', meaning: 'As `ingest/pdf-empty`, for a file given to `mine`.', fix: 'Replace it with the full PDF.' },
  'mine/pdf-encrypted': { severity: 'error', meaning: 'As `ingest/pdf-encrypted`, for a file given to `mine`.', fix: 'Save an unencrypted copy.' },
  'mine/pdf-invalid': { severity: 'error', meaning: 'As `ingest/pdf-invalid`, for a file given to `mine`.', fix: 'Download the PDF again.' },
  'mine/pdf-no-text': { severity: 'error', meaning: 'As `ingest/pdf-no-text`, for a file given to `mine`.', fix: 'Run OCR on it first.' },
  'mine/pdf-other': { severity: 'error', meaning: 'As `ingest/pdf-other`, for a file given to `mine`.', fix: 'Open and save the PDF again.' },
  'mine/pdf-timeout': { severity: 'error', meaning: 'As `ingest/pdf-timeout`, for a file given to `mine`.', fix: 'Keep only the relevant pages.' },
  'mine/sidecar': {
    severity: 'warning',
    meaning: "A PDF's `.meta.json` that is not one JSON object; ignored.",
    fix: 'Fix the JSON, or remove the sidecar and pass the metadata as flags.',
  },
  'mine/unreadable': { severity: 'error', meaning: 'A file given to `mine` that cannot be read.', fix: 'Check the path and the file permissions.' },
  'outputs/kwic-capped': {
    severity: 'info',
    meaning:
      '`kwic.csv` keeps at most `report.kwicFilePerTerm` (1,000) occurrences of each term and rule, spread over the corpus; the rest are left out of the file.',
    fix: 'Nothing to fix; set `report.kwicFilePerTerm` to 0 to write every occurrence (about 4.6 kB per definition), or higher for more.',
  },
  'sensitivity/unstable-cells': {
    severity: 'warning',
    meaning:
      '`analyze --sensitivity`: some matrix cells take another value when the clustering is rerun with other seeds, resolutions or minimum definitions (cells coded by codebook rules never do).',
    fix: 'Read `sensitivity-cells.csv` before citing those cells; a codebook rule for the terms behind them makes them hold.',
  },
  'tabulate/no-factor': {
    severity: 'info',
    meaning: "Analysed definitions that use no factor's terms.",
    fix: 'Nothing to fix; the thesaurus or codebook can map their words to a factor.',
  },
  'thesaurus/binary-file': {
    severity: 'error',
    meaning: '`thesaurus.csv` holds binary data, not text; the thesaurus is not used.',
    fix: 'Replace it with a CSV text file.',
  },
  'thesaurus/chain': {
    severity: 'warning',
    meaning: 'A label replaced by a term that another line replaces again; replacements apply once, so the chain stops after one step.',
    fix: 'Map the label to the final term directly.',
  },
  'thesaurus/csv-bad-header': {
    severity: 'error',
    meaning: "`thesaurus.csv`'s first line is not a header (a quote that does not close, a name given twice); the thesaurus is not used.",
    fix: 'Make the first line `label,replace_by`.',
  },
  'thesaurus/csv-column-count': {
    severity: 'error',
    meaning: 'A `thesaurus.csv` row with more or fewer fields than the header; the row is skipped.',
    fix: 'Quote a field that holds a comma.',
  },
  'thesaurus/csv-invalid-quote': {
    severity: 'error',
    meaning: 'A bare quote in a `thesaurus.csv` field, or a quote that does not close before the next field; the row is skipped.',
    fix: 'Write a quote inside a quoted field as `""`.',
  },
  'thesaurus/csv-invalid-record': {
    severity: 'error',
    meaning: 'A `thesaurus.csv` row the CSV reader cannot read; the row is skipped.',
    fix: 'Fix the row the message names.',
  },
  'thesaurus/csv-no-header': {
    severity: 'error',
    meaning: "`thesaurus.csv`'s first line is empty; the thesaurus is not used.",
    fix: 'Start the file with `label,replace_by`.',
  },
  'thesaurus/csv-quote-not-closed': {
    severity: 'error',
    meaning: 'A quote in `thesaurus.csv` that never closes; reading resumes on the next line.',
    fix: 'Close the quote.',
  },
  'thesaurus/csv-too-many-errors': {
    severity: 'error',
    meaning: '`thesaurus.csv` has so many broken quotes that reading stopped.',
    fix: 'Check that the file is a CSV file; fix its quotes.',
  },
  'thesaurus/cycle': {
    severity: 'warning',
    meaning: 'Labels that replace each other in a circle (`a→b`, `b→a`); the terms swap instead of merging.',
    fix: 'Map every label of the circle to one term.',
  },
  'thesaurus/duplicate-label': { severity: 'warning', meaning: 'A label mapped twice; the later line wins.', fix: 'Keep one line per label.' },
  'thesaurus/empty-label': { severity: 'error', meaning: 'A thesaurus row without a label; skipped.', fix: 'Fill in the label or delete the row.' },
  'thesaurus/encoding-guessed': {
    severity: 'warning',
    meaning: '`thesaurus.csv` is not UTF-8 and was read as Windows-1252 (Latin-1).',
    fix: 'Check its accented letters; save it as UTF-8.',
  },
  'thesaurus/encoding-unsupported': {
    severity: 'error',
    meaning: '`thesaurus.csv` is in an encoding citydefs does not read; the thesaurus is not used.',
    fix: 'Save it as UTF-8.',
  },
  'thesaurus/missing-column': {
    severity: 'error',
    meaning: '`thesaurus.csv` without a `label` or `replace_by` column; the thesaurus is not used.',
    fix: 'Make the header `label,replace_by`.',
  },
  'thesaurus/nul-bytes': {
    severity: 'warning',
    meaning: '`thesaurus.csv` held NUL bytes, which were removed.',
    fix: 'Save the file again from a text editor.',
  },
  'thesaurus/unknown-column': {
    severity: 'warning',
    meaning: 'A `thesaurus.csv` column other than `label,replace_by`; ignored.',
    fix: 'Remove or rename the column.',
  },
  'thesaurus/unreadable': {
    severity: 'error',
    meaning: '`thesaurus.csv` cannot be read (no permission, a symbolic link, a folder); the run goes on without it.',
    fix: 'Make it a readable file inside the corpus folder.',
  },
  'validate/duplicate-definition': {
    severity: 'info',
    meaning: 'Records that are the same definition, and which one is counted.',
    fix: 'Nothing to fix; `--no-merge-duplicates` counts them all.',
  },
  'validate/duplicate-id': {
    severity: 'error',
    meaning: 'An id already used by an earlier record; the later record is skipped.',
    fix: 'Give each record its own id.',
  },
  'validate/invalid-id': {
    severity: 'error',
    meaning: 'A record without an id, or with characters other than letters, digits, `.`, `_`, `-`; skipped.',
    fix: 'Give the record an id such as `giffinger-2007`.',
  },
  'validate/invalid-record': {
    severity: 'error',
    meaning: 'A record that is not a set of fields; skipped.',
    fix: 'Give the record as a row or an object of fields.',
  },
  'validate/invalid-sector': {
    severity: 'error',
    meaning: 'A sector missing or not one of the configured `sectors`; the record is skipped.',
    fix: 'Use one of the sectors the message lists, or add it to `sectors` in `config.json`.',
  },
  'validate/invalid-text': { severity: 'error', meaning: 'A record with an empty `text`; skipped.', fix: 'Fill in the definition as printed.' },
  'validate/invalid-url': {
    severity: 'error',
    meaning: 'A `url` that is not an http(s) address; the record is skipped.',
    fix: 'Give the full address starting with `https://`, or leave it empty.',
  },
  'validate/invalid-year': {
    severity: 'error',
    meaning: 'A `year` that is not four digits between 1800 and 2100; the record is skipped.',
    fix: 'Give the year of publication, or leave it empty.',
  },
  'validate/missing-column': {
    severity: 'error',
    meaning: 'A CSV header without `id`, `sector` or `text`; the file is skipped.',
    fix: 'Add the column (see the seed `definitions.csv`).',
  },
  'validate/unknown-column': {
    severity: 'warning',
    meaning: 'A column that is not one of the corpus fields; ignored.',
    fix: 'Rename it to a corpus field, or remove it.',
  },
  'validate/unknown-kind': {
    severity: 'warning',
    meaning: 'A kind to analyse (config `kinds` or `--kinds`) that no record has, while others match.',
    fix: 'Check the spelling of the kind.',
  },
};

/** The README's table of codes: one row each, in code order. */
export function codesTable(codes: Readonly<Record<string, CodeInfo>> = CODES): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = Object.keys(codes)
    .sort()
    .map((code) => {
      const info = codes[code]!;
      const severity = typeof info.severity === 'string' ? info.severity : info.severity.join(', ');
      return `| \`${code}\` | ${severity} | ${cell(info.meaning)} | ${cell(info.fix)} |`;
    });
  return ['| code | severity | meaning | how to fix the input |', '|---|---|---|---|', ...rows].join('\n') + '\n';
}
