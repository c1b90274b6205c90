import type { Command } from 'commander';
import { common, optionsFrom, type CommonFlags } from '../cli/flags.js';
import type { Io } from '../cli/io.js';
import { count, printDiagnostics, printSummary } from '../cli/print.js';
import { exitCodeFor, unreadable } from '../core/diagnostics.js';

export function validateCommand(program: Command, io: Io, done: (code: number) => void): void {
  common(program.command('validate').description('check the corpus and print its diagnostics, without analysing')).action(async (flags: CommonFlags) =>
    done(await runValidate(flags, io)),
  );
}

async function runValidate(flags: CommonFlags, io: Io): Promise<number> {
  const { check } = await import('../pipeline.js');
  const { records, validated, diagnostics } = await check(optionsFrom(flags, io));
  const list = diagnostics.list();
  printDiagnostics(list, flags, io);
  const code = exitCodeFor(list, Boolean(flags.strict));
  const counts = {
    records: records.length,
    // Rows and files that could not be read are not records: each is one error of the reading stage.
    unread: unreadable(list),
    valid: validated.valid.length,
    analysed: validated.analysed.length,
    excluded: validated.exclusions.length,
    duplicateGroups: validated.duplicates.length,
  };
  if (flags.json) printSummary('validate', code, flags, io, { counts }, list);
  else if (!flags.quiet) {
    const unread = counts.unread ? ` (${count(counts.unread, 'row or file', 'rows or files')} could not be read: see the errors)` : '';
    io.stdout(`${count(counts.records, 'record')}${unread}: ${counts.valid} valid, ${counts.analysed} would be analysed, ${counts.excluded} excluded.\n`);
  }
  return code;
}
