import path from 'node:path';
import type { Command } from 'commander';
import { renderContext, outGuard } from '../cli/context.js';
import { analysis, optionsFrom, relative, type AnalysisFlags } from '../cli/flags.js';
import type { Io } from '../cli/io.js';
import { count, printDiagnostics, printSummary, progressFor } from '../cli/print.js';
import { exitCodeFor } from '../core/diagnostics.js';
import { avoidPretenuring, collectGarbage } from '../core/memory.js';
import { runCounts } from '../model/run.js';

interface AnalyzeFlags extends AnalysisFlags {
  out: string;
  force?: boolean;
  sensitivity?: boolean;
}

export function analyzeCommand(program: Command, io: Io, done: (code: number) => void): void {
  analysis(program.command('analyze').description('run the whole analysis and write the outputs'))
    .option('--out <dir>', 'the output folder, rewritten whole (only if citydefs wrote it, or it is empty)', 'output')
    .option('--force', 'replace an --out folder citydefs did not write (never the corpus, the project or /)')
    .option(
      '--sensitivity',
      'also rerun the clustering and coding over the seeds, resolutions and minimum definitions of config `sensitivity`, and write how often each factor and cell holds (config `sensitivity.enabled`)',
    )
    .action(async (flags: AnalyzeFlags) => done(await runAnalyze(flags, io)));
}

async function runAnalyze(flags: AnalyzeFlags, io: Io): Promise<number> {
  // Before anything is allocated: see `avoidPretenuring`.
  avoidPretenuring();
  // Loaded here, not at start-up, so `citydefs --help` answers at once.
  const [{ analyzeInStages }, { inRegistryOrder, ON_OTHER_THREADS, renderOutputs, WITHOUT_STABILITY }, { writeFolder }] = await Promise.all([
    import('../pipeline.js'),
    import('../outputs/index.js'),
    import('../outputs/write.js'),
  ]);
  const { progress, clear } = progressFor(flags, io);
  const options = optionsFrom(flags, io);
  const overrides = flags.sensitivity ? { ...options.overrides, sensitivity: { enabled: true } } : options.overrides;
  // Aborted if the writing fails: the bootstrap still running is ended, and the outputs waiting for
  // it are not made (they kept the process busy for seconds after "Cannot write …").
  const abandon = new AbortController();
  const run = await analyzeInStages({ ...options, ...(overrides ? { overrides } : {}), ...(progress ? { progress } : {}), signal: abandon.signal });
  progress?.('writing outputs');
  const outDir = path.resolve(io.cwd, flags.out);
  const context = renderContext(flags, io);
  // A large run's stages leave much garbage: collected before the outputs are made, so the peak stays near what is live.
  if (run.pending) collectGarbage();
  // While the bootstrap still runs (large corpora), the outputs that do not show stability are
  // written; those made on other threads wait for it, so as not to slow the thread it runs on.
  const early = (name: string) => WITHOUT_STABILITY.has(name) && !ON_OTHER_THREADS.has(name);
  const now = run.pending ? renderOutputs(run.early, context, early) : renderOutputs(run.early, context);
  const later = run.pending
    ? run.complete.then((result) => {
        abandon.signal.throwIfAborted();
        collectGarbage();
        return renderOutputs(result, context, (name) => !early(name));
      })
    : undefined;
  later?.catch(() => undefined);
  try {
    await writeFolder(outDir, now, { ...outGuard(flags, io), folder: 'analysis' }, later);
  } catch (error) {
    abandon.abort();
    throw error;
  }
  const result = await run.complete;
  const files = new Map([...now, ...(later ? await later : [])]);
  clear();
  printDiagnostics(result.diagnostics, flags, io);
  const code = exitCodeFor(result.diagnostics, Boolean(flags.strict));
  const names = inRegistryOrder(files.keys());
  const out = relative(io.cwd, outDir);
  if (flags.json) {
    printSummary('analyze', code, flags, io, { out, files: names, counts: runCounts(result), timings: result.timings }, result.diagnostics);
  } else if (!flags.quiet) {
    io.stdout(
      `Analysed ${result.analysed.length} of ${count(result.records, 'record')} (${result.exclusions.length} excluded, ${count(result.duplicates.length, 'duplicate group')}); ${count(result.terms.length, 'term')}; ` +
        `${count(result.factors.length, 'factor')}, ${count(result.tables.withoutFactor.length, 'definition')} with none.\n` +
        `Wrote ${out}/: ${listed(names)}\n`,
    );
  }
  return code;
}

/** The files written, a sub-folder as one entry with its count: `figures/ (16 files)`. */
function listed(names: readonly string[]): string {
  const folders = new Map<string, number>();
  const items: string[] = [];
  for (const name of names) {
    const slash = name.indexOf('/');
    if (slash < 0) {
      items.push(name);
      continue;
    }
    const folder = name.slice(0, slash + 1);
    if (!folders.has(folder)) items.push(folder);
    folders.set(folder, (folders.get(folder) ?? 0) + 1);
  }
  return items.map((item) => (folders.has(item) ? `${item} (${folders.get(item)} files)` : item)).join(', ');
}
