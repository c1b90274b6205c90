/**
 * The data dictionary: every output file and every column of every table, in one place. The CSV
 * renderers take their headers from here, `README.md` and `datapackage.json` are written from it,
 * and a test checks that what is written and what is documented are the same.
 */

/** Frictionless Table Schema types. */
export type FieldType = 'string' | 'integer' | 'number' | 'year';

export interface ColumnDoc {
  readonly name: string;
  readonly type: FieldType;
  readonly description: string;
  /** One column per configured sector, or per factor (in `factors.csv` order), named after it. */
  readonly each?: 'sector' | 'factor';
}

export interface FileDoc {
  readonly description: string;
  /** A table's columns, in order. */
  readonly columns?: readonly ColumnDoc[];
  /** The columns that identify a row. */
  readonly primaryKey?: readonly string[];
  /** For a file only some runs write: when (e.g. `with --sensitivity`). */
  readonly when?: string;
}

/** What a run's dynamic columns expand to. */
export interface ColumnContext {
  readonly sectors: readonly string[];
  readonly factorIds: readonly string[];
}

const col = (name: string, type: FieldType, description: string, each?: 'sector' | 'factor'): ColumnDoc =>
  each ? { name, type, description, each } : { name, type, description };

const DEFINITION_ID = col('definition_id', 'string', 'the record id, as in the corpus');
const FACTOR_ID = col('factor_id', 'string', 'the factor, as in `factors.csv`');

export const OUTPUT_FILES: Readonly<Record<string, FileDoc>> = {
  'records.csv': {
    description:
      'Every valid record of the corpus, whether it was analysed and if not why, with its text and source: the table that stands alone. ' +
      'Excluded records are the kinds not analysed (config `kinds`) and duplicates (the same definition quoted by another source).',
    primaryKey: ['definition_id'],
    columns: [
      DEFINITION_ID,
      col('sector', 'string', "the source's sector"),
      col('org_type', 'string', 'finer class of the source'),
      col('term', 'string', 'the term defined (`smart city`, `smart sustainable city`, …)'),
      col('kind', 'string', '`definition`, or another kind (`goal`, `fragment`, …)'),
      col('author', 'string', 'author(s) or organisation'),
      col('year', 'year', 'year of the source'),
      col('title', 'string', 'title or citation note; "quoted in …" marks a quotation'),
      col('url', 'string', 'where the wording was read'),
      col('doi', 'string', "the source's DOI (`10.…`), when the corpus gives it; `references.*` carry the whole citation"),
      col('status', 'string', '`analysed`, `excluded-kind` or `excluded-duplicate`'),
      col('kept_id', 'string', 'for a duplicate, the record counted in its place'),
      col(
        'note',
        'string',
        'why a record is excluded (for a duplicate, why the kept one was kept: earliest year, then a title that does not say `quoted` (over one that does), then a named author, then corpus order), or how a mined record was found',
      ),
      col('file', 'string', 'the corpus file it came from, relative to the corpus folder'),
      col('line', 'integer', 'the line it starts on (CSV, JSONL, text); empty for other files'),
      col('text', 'string', 'the definition as printed (spaces normalised)'),
    ],
  },
  'terms.csv': {
    description: 'One row per term, most definitions first, then most occurrences, then alphabetical.',
    primaryKey: ['term'],
    columns: [
      col('term', 'string', 'the term: a lemma ("citizen"), a multi-word term ("quality of life") or a thesaurus term ("ict")'),
      col('frequency', 'integer', 'occurrences in the analysed definitions'),
      col('definitions', 'integer', 'analysed definitions containing it'),
      col('share', 'number', '`definitions` / analysed definitions'),
      col('<sector>', 'integer', 'analysed definitions of that sector containing it', 'sector'),
      col('factor_id', 'string', 'the factor the term belongs to; empty when it is not clustered (too rare, a verb, or mostly said inside a longer term)'),
      col(
        'factor_fit',
        'number',
        'for a term that joined its factor by co-occurrence: the share of the definitions using it that also use one of the terms the codebook names for the factor (for an emergent factor, one of its other terms); empty for the terms the codebook names',
      ),
      col('factor_lift', 'number', '`factor_fit` over the share of all analysed definitions using those anchors: at or below 1, no more than chance'),
      col('words', 'integer', 'words in the term'),
      col('nested', 'integer', 'occurrences inside a longer term ("life" inside "quality of life")'),
      col('variants', 'string', 'the lemmatised forms merged into it, most frequent first, `; `-separated'),
      col(
        'mean_year',
        'number',
        "mean publication year of the analysed definitions using it, over those with a year (each definition once): VOSviewer's overlay score; empty when none has a year",
      ),
    ],
  },
  'definition-terms.csv': {
    description: 'The terms of every analysed definition, most frequent first.',
    primaryKey: ['definition_id', 'term'],
    columns: [DEFINITION_ID, col('term', 'string', 'the term, as in `terms.csv`'), col('count', 'integer', 'occurrences in the definition')],
  },
  'definition-keyterms.csv': {
    description:
      "The key terms of every analysed definition, best first: the few that carry its meaning (config `terms.keyTerms`: about a third of its terms, 8 to 15). A term scores by its kind (a multi-word term above a noun above an adjective above a verb), by being a word the codebook's rules name there, and by how often the definition says it; a word said only inside a longer key term is left to it.",
    primaryKey: ['definition_id', 'rank'],
    columns: [
      DEFINITION_ID,
      col('rank', 'integer', '1 for the most key term'),
      col('term', 'string', 'the term, as in `terms.csv`'),
      col('as_written', 'string', 'the words of its first use in the definition, as written there'),
      col(
        'score',
        'number',
        'kind (1 phrase, 0.8 noun, 0.4 adjective, 0.1 verb; half that when said only inside a longer term) + 0.5 when a codebook rule names it + 0.2 × min(uses, 3)/3',
      ),
    ],
  },
  'factors.csv': {
    description: 'One row per factor (a group of terms definitions use together), most definitions first.',
    primaryKey: ['factor_id'],
    columns: [
      col('factor_id', 'string', "the codebook's id; `emergent-N` for a group no codebook factor names; `factor-N` without a codebook"),
      col('label', 'string', "the codebook's label, or the factor's top three terms"),
      col('terms', 'string', 'its terms, most definitions first, `;`-separated'),
      col('definitions', 'integer', 'analysed definitions coded for it (its column of `definition-matrix.csv`)'),
      col('share', 'number', '`definitions` / analysed definitions'),
      col(
        'stability',
        'number',
        'mean best Jaccard overlap of its terms with a factor found in bootstrap resamples of the definitions (1: always found again whole); empty without bootstrap and for a factor of one term',
      ),
      col('origin', 'string', '`codebook` or `emergent`'),
      col('seeds', 'string', 'its terms that a codebook rule names, `;`-separated'),
      col('rules', 'string', 'the codebook rules that code it, as written, `;`-separated; empty for an emergent factor'),
      col('description', 'string', "the codebook's description"),
    ],
  },
  'factor-terms.csv': {
    description: "The terms of every factor in long form, one row per factor and term, in `factors.csv` order and each factor's term order.",
    primaryKey: ['factor_id', 'term'],
    columns: [
      FACTOR_ID,
      col('term', 'string', 'the term, as in `terms.csv`'),
      col('definitions', 'integer', 'analysed definitions containing the term'),
      col('seed', 'string', '`yes` when a codebook rule of the factor names the term, else `no`'),
      col('fit', 'number', 'as `factor_fit` in `terms.csv`; empty for seed terms'),
      col('lift', 'number', 'as `factor_lift` in `terms.csv`; empty for seed terms'),
      col(
        'codes',
        'string',
        "`yes` when the term's uses code the factor (a term of an emergent factor that clearly belongs: lift and definitions at `coding.minLift` and `coding.minDefinitions`), `no` for a suggestion: a codebook factor is coded by its rules",
      ),
    ],
  },
  'definition-matrix.csv': {
    description: 'The definition × factor matrix, wide: one row per analysed definition, one 0/1 column per factor.',
    primaryKey: ['definition_id'],
    columns: [
      DEFINITION_ID,
      col('sector', 'string', "the source's sector"),
      col(
        '<factor_id>',
        'integer',
        '1 when the definition is coded for the factor (a codebook rule matches, or a term of an emergent factor that clearly belongs), else 0',
        'factor',
      ),
    ],
  },
  'definition-factor-long.csv': {
    description: 'The definition × factor matrix in long ("tidy") form: one row per analysed definition and factor, with sector and year to group by.',
    primaryKey: ['definition_id', 'factor_id'],
    columns: [
      DEFINITION_ID,
      col('sector', 'string', "the source's sector"),
      col('year', 'year', 'year of the source; empty when unknown'),
      FACTOR_ID,
      col('value', 'integer', '1 when the definition is coded for the factor, as in `definition-matrix.csv`, else 0'),
      col('evidence', 'string', "the words in the definition's text that put it there, `; `-separated; empty when `value` is 0"),
      col('source', 'string', '`text` when the rules or terms coded the cell, `correction` when `corpus/coding.csv` set it, `none` for a 0 nobody set'),
      col('note', 'string', "the correction's note; empty otherwise"),
    ],
  },
  'definition-factors.csv': {
    description: 'Why a definition has a factor: one row per 1 in the matrix.',
    primaryKey: ['definition_id', 'factor_id'],
    columns: [
      DEFINITION_ID,
      FACTOR_ID,
      col('evidence', 'string', 'the words as they stand in the definition, `; `-separated'),
      col('terms', 'string', 'the codebook rules (as written) or emergent terms that matched them, `; `-separated'),
      col('source', 'string', '`text` when the rules or terms coded the cell, `correction` when `corpus/coding.csv` set it to 1'),
      col('note', 'string', "the correction's note; empty for a cell the text coded"),
    ],
  },
  'sector-factors.csv': {
    description: "One row per factor and sector: how often each sector's definitions use the factor, and the test of independence of factor and sector.",
    primaryKey: ['factor_id', 'sector'],
    columns: [
      FACTOR_ID,
      col('sector', 'string', 'the sector'),
      col('definitions', 'integer', 'analysed definitions of the sector with the factor'),
      col('sector_total', 'integer', 'analysed definitions of the sector'),
      col('share', 'number', '`definitions` / `sector_total`; empty for a sector without definitions'),
      col('expected', 'number', 'the count expected if factor and sector were independent'),
      col(
        'residual',
        'number',
        'adjusted standardized residual (O − E) / √(E (1 − row/N)(1 − col/N)); beyond ±1.96 the cell departs from independence at the 5% level',
      ),
      col(
        'test',
        'string',
        '`fisher-exact` (Freeman–Halton) when an expected count is below 5, else `chi-square`; `none` when the factor is in every definition or none',
      ),
      col('chi_square', 'number', "Pearson's statistic for the factor × sector table"),
      col('df', 'integer', 'its degrees of freedom'),
      col('p_value', 'number', 'of the test named in `test`'),
      col('p_adjusted', 'number', 'Benjamini–Hochberg adjusted over all factors'),
    ],
  },
  'cooccurrence.csv': {
    description: 'The term network behind the factors: every pair of clustered terms used in the same definition.',
    primaryKey: ['source', 'target'],
    columns: [
      col('source', 'string', 'a term'),
      col('target', 'string', 'another term'),
      col('cooccurrences', 'integer', 'analysed definitions using both'),
      col('strength', 'number', 'association strength: cooccurrences × N / (definitions of source × definitions of target)'),
    ],
  },
  'kwic.csv': {
    description:
      'The concordance (keyword in context): every term use and every span of text a codebook rule matched, in its sentence, one row per occurrence; ' +
      'definitions in `records.csv` order, then text order; at most `report.kwicFilePerTerm` (default 1,000; 0: all) occurrences of each term and of each rule, spread evenly over the corpus. ' +
      'The context either side is cut to `report.kwicContext` characters (default 60) at a word boundary, `…` where it was cut.',
    columns: [
      DEFINITION_ID,
      col('author', 'string', 'author(s) or organisation of the definition'),
      col('year', 'year', 'year of the source; empty when unknown'),
      col('sector', 'string', "the source's sector"),
      col('term', 'string', 'for a term use, the term, as in `terms.csv`; empty for rule evidence'),
      col('factor_id', 'string', "the term's factor (empty when it is in none), or the factor the rule codes"),
      col(
        'evidence',
        'string',
        '`yes` when this occurrence puts the definition in `factor_id` (every rule match; a term use when the term codes its factor, see `factor-terms.csv`), else `no`',
      ),
      col('kind', 'string', '`term` (a term use) or `rule` (a codebook rule matched here: evidence of a matrix cell)'),
      col('rule', 'string', 'the codebook rule as written, for rule evidence; empty for a term use'),
      col('start', 'integer', "where the keyword starts in the definition's `text` (`records.csv`), in UTF-16 code units from 0, as JavaScript counts"),
      col('end', 'integer', 'where it ends (exclusive)'),
      col('left', 'string', 'the words before the keyword in its sentence'),
      col('keyword', 'string', 'the words as they stand in the text'),
      col('right', 'string', 'the words after it in its sentence'),
    ],
  },
  'codebook-suggestions.csv': {
    description:
      "Terms that joined a codebook factor by co-occurrence but do not code it (a codebook factor is coded by its rules alone): candidates for a rule, each with the rule to add to the factor's `seed_terms` in `codebook.csv` and two example uses. " +
      'In `factors.csv` order, then the highest lift first.',
    primaryKey: ['factor_id', 'term'],
    columns: [
      FACTOR_ID,
      col('term', 'string', 'the term, as in `terms.csv`'),
      col('definitions', 'integer', 'analysed definitions using it'),
      col('new_definitions', 'integer', 'of those, the ones not coded for the factor yet: what the rule would add to its column of the matrix'),
      col('fit', 'number', 'as `factor_fit` in `terms.csv`'),
      col('lift', 'number', 'as `factor_lift` in `terms.csv`: at or below 1, the term joined on no more than chance'),
      col(
        'rule',
        'string',
        "the rule that would code it: the term's label, which as a rule matches the words the term gathers (the same stems; a phrase word by word)",
      ),
      col('example_1_id', 'string', 'a definition using the term, one the rule would add first'),
      col('example_1', 'string', 'the term in its sentence there'),
      col('example_2_id', 'string', 'another definition using it; empty when only one does'),
      col('example_2', 'string', 'the term in its sentence there'),
    ],
  },
  'sensitivity-factors.csv': {
    when: 'with `analyze --sensitivity`',
    description:
      'How each factor holds when the clustering and coding are rerun over every combination of `sensitivity.seeds`, `sensitivity.resolutions` and `sensitivity.minDefinitions` (as `factors.minDefinitions`). ' +
      "A codebook factor is found again by its id; another factor when a rerun's factor without a codebook id shares more than `sensitivity.jaccard` (0.5) of its terms.",
    primaryKey: ['factor_id'],
    columns: [
      FACTOR_ID,
      col('label', 'string', 'as in `factors.csv`'),
      col('origin', 'string', '`codebook` or `emergent`'),
      col('runs', 'integer', 'reruns'),
      col('found', 'integer', 'reruns that find it again'),
      col('found_share', 'number', '`found` / `runs`'),
      col('mean_jaccard', 'number', 'mean over the reruns of the Jaccard overlap of its terms with its match (0 where none)'),
      col('min_jaccard', 'number', 'the smallest of those overlaps'),
    ],
  },
  'sensitivity-cells.csv': {
    when: 'with `analyze --sensitivity`',
    description:
      'The cells of `definition-matrix.csv` that at least one rerun gives another value (the cells not listed hold in every rerun). A cell of a factor a rerun does not find counts as 0 there.',
    primaryKey: ['definition_id', 'factor_id'],
    columns: [
      DEFINITION_ID,
      FACTOR_ID,
      col('value', 'integer', 'the cell in `definition-matrix.csv`'),
      col('runs', 'integer', 'reruns'),
      col('runs_1', 'integer', 'reruns in which the cell is 1'),
      col('share_1', 'number', '`runs_1` / `runs`'),
    ],
  },
  'factor-periods.csv': {
    description:
      "Factor × period (config `periods`): how many of each period's analysed definitions use each factor. Every factor has one row per period, oldest first, then `other years` (only when some years fall in no period) and `no year` (definitions without a year: counted here, never in a period).",
    primaryKey: ['factor_id', 'period'],
    columns: [
      FACTOR_ID,
      col('period', 'string', "the period's label (config `periods`), `other years` or `no year`"),
      col('from', 'year', 'first year of the period; empty when open (the first period) or for `other years` and `no year`'),
      col('to', 'year', 'last year of the period; empty when open (the last period) or for `other years` and `no year`'),
      col('definitions', 'integer', 'analysed definitions of the period with the factor'),
      col('period_total', 'integer', 'analysed definitions of the period'),
      col('share', 'number', '`definitions` / `period_total`; empty for a period without definitions'),
    ],
  },
  'factor-trends.csv': {
    description:
      "Is a factor used more, or less, as time goes on? The Cochran–Armitage test for trend in the share of definitions with the factor across the periods, scored 1, 2, … oldest first (R's `prop.trend.test`); definitions without a year or outside every period are left out.",
    primaryKey: ['factor_id'],
    columns: [
      FACTOR_ID,
      col('test', 'string', '`cochran-armitage`, or `none` when fewer than two periods have definitions or the factor is in all or none of them'),
      col('periods', 'integer', 'periods with definitions'),
      col('dated', 'integer', 'analysed definitions in a period'),
      col('with_factor', 'integer', 'of those, the definitions with the factor'),
      col('chi_square', 'number', 'the trend statistic T² / Var(T), chi-square with 1 df'),
      col('df', 'integer', '1'),
      col('p_value', 'number', 'P(χ²₁ ≥ chi_square)'),
      col('p_adjusted', 'number', 'Benjamini–Hochberg adjusted over the factors tested'),
      col('direction', 'string', '`rising` when the share grows from the oldest period to the newest, `falling` when it shrinks'),
    ],
  },
  'thematic-evolution.csv': {
    description:
      "Thematic evolution (Cobo et al. 2011): each factor's terms as the definitions of one period use them, against the next period with definitions. A term belongs to one factor, so a factor links to itself: the inclusion index says how much of its vocabulary carries over.",
    primaryKey: ['from_period', 'to_period', 'factor_id'],
    columns: [
      col('from_period', 'string', 'the earlier period'),
      col('to_period', 'string', 'the next period with definitions'),
      FACTOR_ID,
      col('from_terms', 'integer', "the factor's terms used by definitions of `from_period` (A)"),
      col('to_terms', 'integer', "the factor's terms used by definitions of `to_period` (B)"),
      col('shared', 'integer', '|A ∩ B|'),
      col(
        'inclusion',
        'number',
        '|A ∩ B| / min(|A|, |B|): 1 when the smaller vocabulary is all in the other; empty when A or B is empty (the factor appears or disappears)',
      ),
      col('shared_terms', 'string', 'the terms in both, `; `-separated'),
      col('entered_terms', 'string', 'terms of B not in A'),
      col('left_terms', 'string', 'terms of A not in B'),
    ],
  },
  'thematic-map.csv': {
    description:
      'The thematic map (strategic diagram; Callon et al. 1991, Cobo et al. 2011): each factor placed by centrality (its links to other factors) and density (its internal links), over the co-occurrence network of the clustered terms weighted by the equivalence index e = c²ᵢⱼ / (cᵢ cⱼ).',
    primaryKey: ['factor_id'],
    columns: [
      FACTOR_ID,
      col('label', 'string', "the factor's label"),
      col('terms', 'integer', 'its clustered terms'),
      col('definitions', 'integer', 'analysed definitions coded for it'),
      col('centrality', 'number', "10 × the sum of e over the links from its terms to other factors' terms"),
      col('density', 'number', '100 × the sum of e over the links between its own terms / its terms'),
      col('centrality_rank', 'number', 'rank of `centrality` among the factors, 1 = lowest, ties share the mean rank (the axis bibliometrix plots)'),
      col('density_rank', 'number', 'rank of `density`, likewise'),
      col(
        'quadrant',
        'string',
        'against the medians over the factors: `motor` (above both), `niche` (density only), `basic` (centrality only: basic and transversal), `emerging-or-declining` (neither); a factor at a median counts as below it',
      ),
    ],
  },
  'correspondence.csv': {
    description:
      "Correspondence analysis (as R's `ca::ca`) of the factor × sector and factor × period tables (definitions with each factor; no-year definitions left out): every factor, sector and period point on every dimension, in principal coordinates. Empty factors, sectors and periods are left out; a table with one non-empty row or column has no dimensions, and no rows here (the report says why).",
    primaryKey: ['analysis', 'kind', 'point', 'dimension'],
    columns: [
      col('analysis', 'string', '`factor-sector` or `factor-period`'),
      col('kind', 'string', '`factor` (a row of the table), `sector` or `period` (a column)'),
      col('point', 'string', 'the factor id, sector or period label'),
      col('dimension', 'integer', '1, 2, …: at most min(rows, columns) − 1'),
      col(
        'coordinate',
        'number',
        'principal coordinate on the dimension (F = D_r^-1/2 U Σ for factors, G = D_c^-1/2 V Σ for columns); the sign of a dimension is set so the factor furthest along it is positive',
      ),
      col('mass', 'number', "the point's share of the table's total"),
      col('inertia', 'number', "the point's share of the total inertia"),
      col('contribution', 'number', "its share of the dimension's inertia: mass × coordinate² / principal inertia"),
      col('quality', 'number', 'how well the dimension represents it (squared cosine, mass × coordinate² / its inertia); 0 for a point at the centre'),
      col('dimension_inertia', 'number', "the dimension's principal inertia (eigenvalue); they add up to the total inertia, chi-square / total"),
      col('dimension_share', 'number', "the dimension's share of the total inertia"),
    ],
  },
  'synthesized-definition.md': {
    description: 'The synthesized definition; its clauses with factor, role, support and example definitions; the most representative existing definition.',
  },
  'references.bib': {
    description:
      'BibTeX of the source of every analysed definition, one entry each, keyed by the definition id (`@article` with a journal, `@techreport` with a publisher, else `@misc`).',
  },
  'references.ris': { description: 'The same references as RIS (EndNote, Zotero, Mendeley), `ID` = the definition id.' },
  'references.json': { description: 'The same references as CSL-JSON (Zotero, pandoc, citeproc), `id` = the definition id.' },
  'diagnostics.json': { description: 'Every diagnostic of the run: `{severity, code, message, file, line | page | record, field, recordId, actual}`.' },
  'manifest.json': {
    description:
      'What reproduces the run: `created` (the one timestamp in the outputs), `versions` (citydefs and its git commit when run from a checkout, the NLP and layout packages, Node), the corpus files with SHA-256, the config used after defaults and flags, the seeds and the counts.',
  },
  'datapackage.json': {
    description:
      "A Frictionless Data Package describing every CSV here (names, types, descriptions, keys), for `frictionless`, R's `frictionless` or `datapackage` readers.",
  },
  'report.html': { description: 'The report: one self-contained page (no network), printable.' },
  'report.md': { description: "The report's tables in Markdown, for a README or a paper's supplement." },
  'README.md': { description: 'This file.' },
};

/** A table's columns for a run, the sector and factor columns expanded. */
export function columnsOf(file: string, context: ColumnContext): ColumnDoc[] {
  const doc = OUTPUT_FILES[file];
  if (!doc?.columns) throw new Error(`No columns documented for \`${file}\``);
  return doc.columns.flatMap((c) => {
    if (c.each === 'sector') return context.sectors.map((s) => ({ name: s, type: c.type, description: `${c.description} (\`${s}\`)` }));
    if (c.each === 'factor') return context.factorIds.map((f) => ({ name: f, type: c.type, description: `${c.description} (\`${f}\`)` }));
    return [c];
  });
}

/** The header a table is written with. */
export function headerOf(file: string, context: ColumnContext): string[] {
  return columnsOf(file, context).map((c) => c.name);
}
