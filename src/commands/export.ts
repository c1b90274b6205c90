import path from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { outGuard, renderContext } from '../cli/context.js';
import { analysis, list, optionsFrom, relative, type AnalysisFlags } from '../cli/flags.js';
import type { Io } from '../cli/io.js';
import { printDiagnostics, printSummary, progressFor } from '../cli/print.js';
import { exitCodeFor } from '../core/diagnostics.js';
import { runCounts } from '../model/run.js';
import { EXPORT_FORMATS, EXPORT_NAMES, exportNames, type ExportFormat } from '../outputs/exports/formats.js';
import { checkOutFolderFirst } from '../outputs/out-folder.js';

interface ExportFlags extends AnalysisFlags {
  out: string;
  format: ExportFormat[];
  force?: boolean;
}

export function exportCommand(program: Command, io: Io, done: (code: number) => void): void {
  analysis(program.command('export').description('run the analysis and write spreadsheet and network files for other tools'))
    .addOption(
      new Option('--format <list>', `what to write, comma-separated: ${EXPORT_FORMATS.join(', ')} or all`)
        .argParser(formats)
        .default([...EXPORT_FORMATS], 'all'),
    )
    .option('--out <dir>', 'the export folder; files of the same name are replaced, others kept', 'exports')
    .option('--force', 'replace files of the same name citydefs did not write (never in the corpus, the project or /)')
    .action(async (flags: ExportFlags) => done(await runExport(flags, io)));
}

function formats(value: string): ExportFormat[] {
  const wanted = list(value);
  if (wanted.includes('all')) return [...EXPORT_FORMATS];
  const bad = wanted.filter((f) => !(EXPORT_FORMATS as readonly string[]).includes(f));
  if (bad.length || !wanted.length) {
    throw new InvalidArgumentError(`Expected ${EXPORT_FORMATS.join(', ')} or all, comma-separated; found \`${bad.join(',') || value}\`.`);
  }
  return wanted as ExportFormat[];
}

async function runExport(flags: ExportFlags, io: Io): Promise<number> {
  // Loaded here, not at start-up, so `citydefs --help` answers at once.
  const [{ analyze }, { writeFiles }] = await Promise.all([import('../pipeline.js'), import('../outputs/write.js')]);
  const { progress, clear } = progressFor(flags, io);
  const options = optionsFrom(flags, io);
  const outDir = path.resolve(io.cwd, flags.out);
  const guard = { ...outGuard(flags, io), folder: 'exports', known: EXPORT_NAMES, replaces: 'files' } as const;
  // A refused --out is refused before the analysis, not after it; checked again when writing.
  await checkOutFolderFirst(outDir, { ...guard, names: exportNames(flags.format) });
  const result = await analyze({ ...options, ...(progress ? { progress } : {}) });
  progress?.('writing exports');
  // The spreadsheet writer is heavy: loaded only when exporting.
  const { exportFiles } = await import('../outputs/exports/index.js');
  const files = await exportFiles(result, renderContext(flags, io), flags.format);
  await writeFiles(outDir, files, guard);
  clear();
  printDiagnostics(result.diagnostics, flags, io);
  const code = exitCodeFor(result.diagnostics, Boolean(flags.strict));
  const names = [...files.keys()];
  const out = relative(io.cwd, outDir);
  if (flags.json) printSummary('export', code, flags, io, { out, formats: flags.format, files: names, counts: runCounts(result) }, result.diagnostics);
  else if (!flags.quiet) io.stdout(`Wrote ${out}/: ${names.join(', ')}\n`);
  return code;
}
