import { columnsOf, OUTPUT_FILES, type ColumnContext } from './dictionary.js';

/**
 * `datapackage.json`: a Frictionless Data Package (v1 profile `tabular-data-package`) with one
 * `tabular-data-resource` per CSV table written, fields named, typed and described from the data
 * dictionary, so `frictionless validate output/datapackage.json` checks every table.
 */
export function dataPackage(tables: readonly string[], context: ColumnContext): string {
  const resources = tables.map((file) => {
    const doc = OUTPUT_FILES[file]!;
    return {
      name: file.replace(/\.csv$/, ''),
      path: file,
      profile: 'tabular-data-resource',
      description: doc.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', doubleQuote: true, lineTerminator: '\n', quoteChar: '"', header: true },
      schema: {
        fields: columnsOf(file, context).map((c) => ({ name: c.name, type: c.type, description: c.description })),
        missingValues: [''],
        ...(doc.primaryKey ? { primaryKey: [...doc.primaryKey] } : {}),
      },
    };
  });
  const pkg = {
    profile: 'tabular-data-package',
    name: 'citydefs-output',
    title: 'citydefs analysis of a corpus of definitions',
    description:
      'The tables written by `citydefs analyze`: terms, factors, the definition × factor matrix with its evidence, factor × sector tests. See README.md for every column.',
    resources,
  };
  return JSON.stringify(pkg, null, 2) + '\n';
}
