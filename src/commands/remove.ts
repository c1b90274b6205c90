import type { Command } from 'commander';
import { common, type CommonFlags } from '../cli/flags.js';
import type { Io } from '../cli/io.js';
import { count, printSummary } from '../cli/print.js';
import { changing, waitOption } from './writing.js';

interface RemoveFlags extends CommonFlags {
  wait: number;
  dryRun?: boolean;
}

export function removeCommand(program: Command, io: Io, setCode: (code: number) => void): void {
  waitOption(
    common(
      program.command('remove').description('remove records from the corpus by id (all or nothing)').argument('<ids...>', 'ids of the records to remove'),
    ).option('--dry-run', 'show the rows that would be removed, write nothing'),
  ).action(async (ids: string[], flags: RemoveFlags) => setCode(await runRemove(ids, flags, io)));
}

async function runRemove(ids: readonly string[], flags: RemoveFlags, io: Io): Promise<number> {
  const { change, diagnostics, corpus, label, finish } = await changing(flags, io);
  const result = await change.removeRecords({ ...corpus, ids }, diagnostics);
  const { list, code } = finish();
  if (flags.json) {
    printSummary('remove', code, flags, io, { removed: result.removed.map((r) => ({ id: r.id, file: `${label}/${r.file}` })), written: result.written }, list);
    return code;
  }
  const files = [...new Set(result.removed.map((r) => r.file))].map((f) => `${label}/${f}`).join(', ');
  if (result.removed.length === 0) io.stdout('Nothing removed: every id must name a record of a CSV file in the corpus.\n');
  else if (flags.dryRun)
    io.stdout(`Would remove ${count(result.removed.length, 'record')} from ${files}:\n${result.removed.map((r) => `${r.row}\n`).join('')}`);
  else if (!flags.quiet) io.stdout(`Removed ${count(result.removed.length, 'record')} from ${files}: ${result.removed.map((r) => r.id).join(', ')}\n`);
  return code;
}
