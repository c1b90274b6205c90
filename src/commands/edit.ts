import type { Command } from 'commander';
import { common, type CommonFlags } from '../cli/flags.js';
import type { Io } from '../cli/io.js';
import { printSummary } from '../cli/print.js';
import { changing, sourceFields, sourceOptions, waitOption, type SourceFlags } from './writing.js';

interface EditFlags extends CommonFlags, SourceFlags {
  text?: string;
  wait: number;
  dryRun?: boolean;
}

export function editCommand(program: Command, io: Io, setCode: (code: number) => void): void {
  const command = common(
    program
      .command('edit')
      .description('change fields of one record in the corpus, e.g. `edit ibm-2009 --sector private --year 2010` (an empty value clears a field)')
      .argument('<id>', 'id of the record to change'),
  );
  waitOption(
    sourceOptions(command)
      .option('--text <text>', 'the definition as printed')
      .option('--page <page>', 'page of the source the text is on')
      .option('--dry-run', 'show the row before and after, write nothing'),
  ).action(async (id: string, flags: EditFlags) => setCode(await runEdit(id, flags, io)));
}

async function runEdit(id: string, flags: EditFlags, io: Io): Promise<number> {
  const changes = Object.fromEntries(Object.entries({ ...sourceFields(flags), text: flags.text }).filter(([, value]) => value !== undefined)) as Record<
    string,
    string
  >;
  if (Object.keys(changes).length === 0) {
    io.stderr('citydefs edit: Expected a field to change, e.g. `--sector ngo`, `--year 2015` or `--text "…"` (see citydefs edit --help)\n');
    return 2;
  }
  const { change, diagnostics, corpus, label, finish } = await changing(flags, io);
  const result = await change.editRecord({ ...corpus, id, changes, corpusLabel: label }, diagnostics);
  const { list, code } = finish();
  if (flags.json) {
    const body = result
      ? {
          id,
          file: `${label}/${result.file}`,
          changed: result.changed,
          written: result.written,
          before: result.before,
          after: result.after,
          addedColumns: result.addedColumns,
        }
      : { id, changed: false, written: false };
    printSummary('edit', code, flags, io, body, list);
    return code;
  }
  const columns = result?.addedColumns.length
    ? ` (with new column${result.addedColumns.length === 1 ? '' : 's'} ${result.addedColumns.map((c) => `\`${c}\``).join(', ')}, empty for the other rows)`
    : '';
  if (!result) io.stdout(`Nothing changed: \`${id}\` must name a record of a CSV file in the corpus and stay valid.\n`);
  else if (!result.changed) io.stdout(`Nothing to change: \`${id}\` already has these values.\n`);
  else if (flags.dryRun || !flags.quiet) {
    const verb = flags.dryRun ? 'Would change' : 'Changed';
    io.stdout(`${verb} \`${id}\` in ${label}/${result.file}${columns}:\n- ${result.before}\n+ ${result.after}\n`);
  }
  return code;
}
