import type { RunResult } from '../../../model/index.js';
import { duplicateRows, excludedKinds, excludedRecords, reportRowLimit, settingsOf, validOf } from '../data.js';
import { code, fromBackticks, heading, inl, paragraph, type Block, type Column, type Inlines } from '../model.js';
import { countTable, type SectionBuilder } from './common.js';

const RECORD_COLUMNS: readonly Column[] = [
  { label: 'id', type: 'text' },
  { label: 'author', type: 'text' },
  { label: 'year', type: 'number' },
  { label: 'sector', type: 'text' },
  { label: 'kind', type: 'text' },
  { label: 'reason', type: 'text' },
  { label: 'counted instead', type: 'text' },
  { label: 'detail', type: 'long-text' },
];

const GROUP_COLUMNS: readonly Column[] = [
  { label: 'kept', type: 'text' },
  { label: 'kept author', type: 'text' },
  { label: 'kept because', type: 'long-text' },
  { label: 'left out (similarity)', type: 'text' },
];

/** Records not analysed: kinds left out, duplicate groups, and every excluded record with its reason. */
function excludedBlocks(result: RunResult): Block[] {
  const kinds = excludedKinds(result);
  const limit = reportRowLimit(result);
  const records = excludedRecords(result, limit);
  const groups = duplicateRows(result, limit);
  const excluded = result.exclusions.length;
  const groupCount = result.duplicates.length;
  const settings = settingsOf(result);
  const byKind = kinds.reduce((n, k) => n + k.value, 0);
  const duplicates = result.exclusions.filter((e) => e.reason === 'duplicate').length;
  const shown = (listed: number, total: number, what: string, where: Inlines) =>
    listed < total ? [paragraph(inl`The first ${listed} of the ${total} ${what} (config ${code('report.maxRows')}); all are in ${where}.`)] : [];
  return [
    paragraph(
      inl`${excluded} of ${validOf(result).length} valid records are not analysed: ${byKind} for their kind (config ${code('kinds')}: ${settings.kinds.join(', ')}) and ${duplicates} as duplicates of a record counted in their place.`,
    ),
    heading('Excluded kinds'),
    countTable('excluded-kinds', 'kind', kinds, 'No record was excluded for its kind.'),
    heading('Duplicate groups'),
    paragraph(
      settings.mergeDuplicates
        ? inl`Each group is counted once, as its kept record.`
        : inl`Duplicates are counted separately (${code('duplicates.merge')} is off); the groups are listed for the record.`,
    ),
    ...shown(
      groups.length,
      groupCount,
      'duplicate groups',
      inl`${code('diagnostics.json')} (${code('validate/duplicate-definition')}) and ${code('records.csv')}`,
    ),
    {
      kind: 'table',
      id: 'duplicate-groups',
      columns: GROUP_COLUMNS,
      empty: 'No duplicates found.',
      rows: groups.map((g) => ({
        cells: [
          g.keptId,
          g.keptAuthor,
          { value: g.why, content: fromBackticks(g.why) },
          g.others.map((o) => `${o.id} (${o.exact ? 'same text' : o.similarity.toFixed(2)})`).join('; '),
        ],
      })),
    },
    heading('Every excluded record'),
    ...shown(records.length, excluded, 'excluded records', inl`${code('records.csv')}`),
    {
      kind: 'table',
      id: 'excluded-records',
      columns: RECORD_COLUMNS,
      empty: 'None.',
      sortable: true,
      rows: records.map((r) => ({
        cells: [
          r.definition.id,
          r.definition.author,
          r.definition.year,
          r.definition.sector,
          r.definition.kind,
          r.reason === 'kind' ? 'kind not analysed' : 'duplicate',
          r.keptId,
          { value: r.detail, content: fromBackticks(r.detail) },
        ],
      })),
    },
  ];
}

export const excludedSection: SectionBuilder = { id: 'excluded', title: 'Excluded records', build: excludedBlocks };
