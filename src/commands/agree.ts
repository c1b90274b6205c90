import path from 'node:path';
import type { Command } from 'commander';
import type { Agreement, Figures } from '../agree/index.js';
import { outGuard } from '../cli/context.js';
import { analysis, corpusLabel, optionsFrom, relative, type AnalysisFlags } from '../cli/flags.js';
import type { Io } from '../cli/io.js';
import { printDiagnostics, printSummary, progressFor } from '../cli/print.js';
import type { CodedCell } from '../config/coding.js';
import { Diagnostics, exitCodeFor, type Diagnostic } from '../core/diagnostics.js';
import { checkOutFolderFirst, GENERATOR, MANIFEST } from '../outputs/out-folder.js';

interface AgreeFlags extends AnalysisFlags {
  with?: string;
  out: string;
  force?: boolean;
}

/** The files `agree` writes, its manifest included. */
export const AGREEMENT_NAMES: ReadonlySet<string> = new Set([MANIFEST, 'agreement.csv', 'agreement-cells.csv']);

export function agreeCommand(program: Command, io: Io, done: (code: number) => void): void {
  analysis(
    program
      .command('agree')
      .argument('<coded>', 'a hand coding, `definition_id,factor_id,value,note` (value 0 or 1, one row per cell): the reference')
      .description("measure agreement (Cohen's kappa, Krippendorff's alpha, precision/recall) of the tool's matrix, or of a second coder, with a hand coding"),
  )
    .option('--with <coded2>', "a second coder's file, compared with the first instead of the tool's matrix (no analysis is run)")
    .option('--out <dir>', 'the folder for agreement.csv and agreement-cells.csv, rewritten whole (only if citydefs wrote it, or it is empty)', 'agreement')
    .option('--force', 'replace an --out folder citydefs did not write (never the corpus, the project or /)')
    .action(async (coded: string, flags: AgreeFlags) => done(await runAgree(coded, flags, io)));
}

/** What agreement needs beyond the command line: loaded when the command runs, so it starts without them. */
async function library() {
  const [
    { agreementWithTool, compareCodings, toolMatrix },
    { loadCodebook },
    { loadCodingFile },
    { loadConfig },
    { agreementFiles, agreementSummary },
    { writeFolder },
    { analyze },
  ] = await Promise.all([
    import('../agree/index.js'),
    import('../config/codebook.js'),
    import('../config/coding.js'),
    import('../config/load.js'),
    import('../outputs/agreement.js'),
    import('../outputs/write.js'),
    import('../pipeline.js'),
  ]);
  return { agreementWithTool, compareCodings, toolMatrix, loadCodebook, loadCodingFile, loadConfig, agreementFiles, agreementSummary, writeFolder, analyze };
}

type Library = Awaited<ReturnType<typeof library>>;

interface Compared {
  readonly agreement: Agreement;
  readonly precision: number;
  /** The analysis's own diagnostics (none when two coders are compared). */
  readonly runDiagnostics: readonly Diagnostic[];
}

/** Two coders: no analysis; factor ids are checked against the codebook when there is one. */
async function compareCoders(
  lib: Library,
  reference: { file: string; name: string },
  withPath: string,
  flags: AgreeFlags,
  io: Io,
  diagnostics: Diagnostics,
): Promise<Compared> {
  const options = optionsFrom(flags, io);
  const { config } = await lib.loadConfig(options.corpus, options.configFile, options.overrides);
  const codebook = config.factors.codebook ? (await lib.loadCodebook(options.corpus, diagnostics)).factors : [];
  const factorIds = codebook.length ? new Set(codebook.map((f) => f.id)) : undefined;
  const withFile = path.resolve(io.cwd, withPath);
  const withName = relative(io.cwd, withFile);
  const first = await lib.loadCodingFile(reference.file, reference.name, diagnostics, factorIds ? { factorIds } : {});
  const second = await lib.loadCodingFile(withFile, withName, diagnostics, factorIds ? { factorIds } : {});
  const agreement = lib.compareCodings(first, second, { reference: reference.name, compared: withName });
  if (agreement.referenceOnly || agreement.comparedOnly) {
    diagnostics.info(
      'agree/coded-by-one',
      `${agreement.referenceOnly} cell(s) are coded only in \`${reference.name}\` and ${agreement.comparedOnly} only in \`${withName}\`; they are not compared`,
      { file: reference.name },
    );
  }
  return { agreement, precision: config.precision, runDiagnostics: [] };
}

/** The tool's matrix against a hand coding: the whole analysis runs first. */
async function compareWithTool(
  lib: Library,
  reference: { file: string; name: string },
  flags: AgreeFlags,
  io: Io,
  diagnostics: Diagnostics,
): Promise<Compared> {
  const options = optionsFrom(flags, io);
  const { progress, clear } = progressFor(flags, io);
  const result = await lib.analyze({ ...options, ...(progress ? { progress } : {}) });
  clear();
  const codebook = result.config.factors.codebook ? (await lib.loadCodebook(options.corpus, new Diagnostics())).factors : [];
  const factorIds = new Set([...codebook.map((f) => f.id), ...result.factors.map((f) => f.id)]);
  const cells: CodedCell[] = await lib.loadCodingFile(reference.file, reference.name, diagnostics, { factorIds });
  const agreement = lib.agreementWithTool(lib.toolMatrix(result), cells, reference.name, diagnostics);
  return { agreement, precision: result.config.precision, runDiagnostics: result.diagnostics };
}

async function runAgree(coded: string, flags: AgreeFlags, io: Io): Promise<number> {
  const lib = await library();
  const { agreementFiles, agreementSummary, writeFolder } = lib;
  const codingDiagnostics = new Diagnostics();
  const referenceFile = path.resolve(io.cwd, coded);
  const referenceName = relative(io.cwd, referenceFile);
  const reference = { file: referenceFile, name: referenceName };
  const outDir = path.resolve(io.cwd, flags.out);
  const guard = { ...outGuard(flags, io), folder: 'agreement', known: AGREEMENT_NAMES } as const;
  // A refused --out is refused before the analysis and the codings are read; checked again when writing.
  await checkOutFolderFirst(outDir, { ...guard, names: AGREEMENT_NAMES });
  const { agreement, precision, runDiagnostics } =
    flags.with !== undefined
      ? await compareCoders(lib, reference, flags.with, flags, io, codingDiagnostics)
      : await compareWithTool(lib, reference, flags, io, codingDiagnostics);
  if (agreement.overall.cells === 0) {
    codingDiagnostics.error(
      'agree/nothing-compared',
      `No cell is coded on both sides (\`${agreement.reference}\` and ${agreement.compared === 'citydefs' ? "the tool's matrix" : `\`${agreement.compared}\``}); nothing to compare`,
      {
        file: referenceName,
      },
    );
  }

  const files = agreementFiles(agreement, precision);
  files.set(
    MANIFEST,
    JSON.stringify(
      {
        generator: GENERATOR,
        folder: 'agreement',
        created: io.now().toISOString(),
        reference: agreement.reference,
        compared: agreement.compared,
        outputs: [...files.keys()].sort(),
      },
      null,
      2,
    ) + '\n',
  );
  await writeFolder(outDir, files, guard);

  // The run's diagnostics name files in the corpus folder; the coding files are named from here.
  const label = corpusLabel(flags, io);
  const diagnostics = [...runDiagnostics.map((d) => (d.file ? { ...d, file: `${label.replace(/\/$/, '')}/${d.file}` } : d)), ...codingDiagnostics.list()];
  printDiagnostics(diagnostics, flags, io, '');
  const code = exitCodeFor(diagnostics, Boolean(flags.strict));
  const out = relative(io.cwd, outDir);
  const names = [...files.keys()];
  if (flags.json) {
    const round = (v: number | undefined) => (v === undefined ? null : Number(v.toFixed(precision)));
    const figures = (f: Figures) => ({
      cells: f.cells,
      agreements: f.agreements,
      percentAgreement: round(f.percentAgreement),
      kappa: round(f.kappa),
      alpha: round(f.alpha),
      precision: round(f.precision),
      recall: round(f.recall),
      f1: round(f.f1),
    });
    printSummary(
      'agree',
      code,
      flags,
      io,
      {
        reference: agreement.reference,
        compared: agreement.compared,
        out,
        files: names,
        overall: figures(agreement.overall),
        factors: agreement.factors.map((f) => ({ factorId: f.factorId, ...figures(f) })),
        disagreements: agreement.disagreements.length,
        notCompared: { reference: agreement.referenceOnly, compared: agreement.comparedOnly },
      },
      diagnostics,
    );
  } else if (!flags.quiet) {
    io.stdout(agreementSummary(agreement) + `Wrote ${out}/: ${names.join(', ')}\n`);
  }
  return code;
}
