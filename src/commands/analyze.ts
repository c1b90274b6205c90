import path from 'node:path';
import type { Command } from 'commander';
import { renderContext, outGuard } from '../cli/context.js';
import { analysis, optionsFrom, relative, type AnalysisFlags } from '../cli/flags.js';
import type { Io } from '../cli/io.js';
import { count, printDiagnostics, printSummary, progressFor } from '../cli/print.js';
import { exitCodeFor } from '../core/diagnostics.js';
import { defaultWorkers } from '../core/parallel.js';
import { avoidPretenuring, collectGarbage } from '../core/memory.js';
import type { Definition } from '../model/index.js';
import { runCounts } from '../model/run.js';
import { checkOutFolderFirst } from '../outputs/out-folder.js';

interface AnalyzeFlags extends AnalysisFlags {
  out: string;
  force?: boolean;
  sensitivity?: boolean;
  png?: boolean;
}

export function analyzeCommand(program: Command, io: Io, done: (code: number) => void): void {
  analysis(program.command('analyze').description('run the whole analysis and write the outputs'))
    .option('--out <dir>', 'the output folder, rewritten whole (only if citydefs wrote it, or it is empty)', 'output')
    .option('--force', 'replace an --out folder citydefs did not write (never the corpus, the project or /)')
    .option(
      '--sensitivity',
      'also rerun the clustering and coding over the seeds, resolutions and minimum definitions of config `sensitivity`, and write how often each factor and cell holds (config `sensitivity.enabled`)',
    )
    .option('--no-png', 'write the figures as SVG only, without drawing their PNGs (config `report.png: false`)')
    .action(async (flags: AnalyzeFlags) => done(await runAnalyze(flags, io)));
}

async function runAnalyze(flags: AnalyzeFlags, io: Io): Promise<number> {
  // Before anything is allocated: see `avoidPretenuring`.
  avoidPretenuring();
  // Loaded here, not at start-up, so `citydefs --help` answers at once.
  const [
    { analyzeInStages },
    { conditionalRenderers, inRegistryOrder, ON_OTHER_THREADS, referenceFilesAhead, renderers, renderOutputs, WITHOUT_STABILITY },
    { writeFolder },
  ] = await Promise.all([import('../pipeline.js'), import('../outputs/index.js'), import('../outputs/write.js')]);
  const { progress, clear } = progressFor(flags, io);
  const options = optionsFrom(flags, io);
  const overrides = {
    ...options.overrides,
    ...(flags.sensitivity ? { sensitivity: { enabled: true } } : {}),
    ...(flags.png === false ? { report: { png: false } } : {}),
  };
  const outDir = path.resolve(io.cwd, flags.out);
  const guard = { ...outGuard(flags, io), folder: 'analysis' } as const;
  // A refused --out is refused before the analysis, not after it (minutes on a large corpus); checked again when writing.
  // The single files' names: a sub-folder (figures/) citydefs did not write is never what it writes.
  await checkOutFolderFirst(outDir, { ...guard, names: new Set([...Object.keys(renderers), ...Object.keys(conditionalRenderers)]) });
  // Aborted if the writing fails: the bootstrap still running is ended, and the outputs waiting for
  // it are not made (they kept the process busy for seconds after "Cannot write …").
  const abandon = new AbortController();
  // Milliseconds outside the stages, for the benchmark: from the process's start to the analysis
  // (loading the program), making the outputs here, writing them (the report's two files and the
  // figures among them), to the end.
  const start = performance.now();
  let render = 0;
  const outputTimes = { report: 0, figures: 0 };
  const rendered = <T>(make: () => T): T => {
    const from = performance.now();
    try {
      return make();
    } finally {
      render += performance.now() - from;
    }
  };
  const written = (name: string, ms: number) => {
    if (name === 'report.html' || name === 'report.md') outputTimes.report += ms;
    else if (name.startsWith('figures/')) outputTimes.figures += ms;
  };
  // With one tokenizer thread on a machine of more cores, the reference files are formatted on
  // another meanwhile, rather than later beside the outputs made on this one.
  let ahead: ReturnType<typeof referenceFilesAhead>;
  const onAnalysed = (analysed: readonly Definition[], tokenizerThreads: number) => {
    if (tokenizerThreads === 1 && defaultWorkers() > 1) ahead = referenceFilesAhead(analysed);
  };
  const run = await analyzeInStages({ ...options, overrides, ...(progress ? { progress } : {}), signal: abandon.signal, onAnalysed });
  progress?.('writing outputs');
  // The PNGs the last run wrote to the folder are kept where drawing them again would give the same bytes.
  const context = { ...renderContext(flags, io), previous: outDir };
  // A large run's stages leave much garbage: collected before the outputs are made, so the peak stays near what is live.
  if (run.pending) collectGarbage();
  // While the bootstrap still runs (large corpora), the outputs that do not show stability are
  // written; those made on other threads wait for it, so as not to slow the thread it runs on.
  const early = (name: string) => WITHOUT_STABILITY.has(name) && !ON_OTHER_THREADS.has(name);
  const now = rendered(() => (run.pending ? renderOutputs(run.early, context, early, ahead) : renderOutputs(run.early, context, undefined, ahead)));
  const later = run.pending
    ? run.complete.then((result) => {
        abandon.signal.throwIfAborted();
        collectGarbage();
        return rendered(() => renderOutputs(result, context, (name) => !early(name), ahead));
      })
    : undefined;
  later?.catch(() => undefined);
  const writing = performance.now();
  try {
    await writeFolder(outDir, now, guard, later, written);
  } catch (error) {
    abandon.abort();
    throw error;
  }
  const outputs = performance.now() - writing;
  const result = await run.complete;
  const files = new Map([...now, ...(later ? await later : [])]);
  clear();
  printDiagnostics(result.diagnostics, flags, io);
  const code = exitCodeFor(result.diagnostics, Boolean(flags.strict));
  const names = inRegistryOrder(files.keys());
  const out = relative(io.cwd, outDir);
  if (flags.json) {
    const timings = {
      start: Math.round(start),
      ...result.timings,
      render: Math.round(render),
      outputs: Math.round(outputs),
      report: Math.round(outputTimes.report),
      figures: Math.round(outputTimes.figures),
      total: Math.round(performance.now()),
    };
    printSummary('analyze', code, flags, io, { out, files: names, counts: runCounts(result), timings }, result.diagnostics);
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
