import { OUTPUT_FILES, type FileDoc } from './dictionary.js';

/** A file's description, saying when it is written if not on every run. */
const withWhen = (doc: FileDoc) => (doc.when ? `Only ${doc.when}. ${doc.description}` : doc.description);

/** Keeps a value inside its Markdown table cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * `output/README.md`: the data dictionary, every file and every column, written from the same
 * registry the tables take their headers from. It does not depend on the run (a clone's committed
 * copy is the file a first run writes), so sector and factor columns are described as patterns.
 */
export function outputsReadme(): string {
  const lines = [
    '# output/',
    '',
    'Written whole by `citydefs analyze`: every file here is replaced on each run, so do not edit them.',
    '`manifest.json` records the corpus files (with SHA-256), the config and the versions that produced them;',
    '`datapackage.json` describes the CSV tables for Frictionless tools.',
    '',
    'The CSV files are UTF-8, comma-separated, with a header row and `\\n` line ends; an empty cell is a missing value.',
    "Text cells that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`) get a leading `'`.",
    'The same corpus and config give byte-identical files, except `created` in the manifest.',
    '',
    '## Loading the tables',
    '',
    'R (readr):',
    '',
    '```r',
    'library(readr)',
    'long <- read_csv("output/definition-factor-long.csv", col_types = cols(year = "i", value = "i", .default = "c"))',
    "aggregate(value ~ factor_id + sector, data = long, FUN = mean)   # share of each sector's definitions with each factor",
    '```',
    '',
    'Python (pandas):',
    '',
    '```python',
    'import pandas as pd',
    'long = pd.read_csv("output/definition-factor-long.csv", dtype={"definition_id": str, "year": "Int64"}, keep_default_na=False, na_values=[""])',
    'long.pivot_table(index="factor_id", columns="sector", values="value", aggfunc="mean")',
    '```',
    '',
    '## Files',
    '',
    '| file | contents |',
    '|---|---|',
    ...Object.entries(OUTPUT_FILES).map(([file, doc]) => `| \`${file}\` | ${cell(withWhen(doc))} |`),
  ];
  for (const [file, doc] of Object.entries(OUTPUT_FILES)) {
    if (!doc.columns) continue;
    lines.push('', `## \`${file}\``, '', withWhen(doc));
    if (doc.primaryKey) lines.push('', `One row per ${doc.primaryKey.map((k) => `\`${k}\``).join(' × ')}.`);
    lines.push('', '| column | type | meaning |', '|---|---|---|');
    for (const c of doc.columns) {
      const name = c.each === 'sector' ? 'one per sector, named after it' : c.each === 'factor' ? 'one per factor, named by its `factor_id`' : `\`${c.name}\``;
      lines.push(`| ${name} | ${c.type} | ${cell(c.description)} |`);
    }
  }
  return lines.join('\n') + '\n';
}
