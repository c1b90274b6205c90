import path from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { optionsFrom, relative, type CommonFlags } from '../cli/flags.js';
import type { Io } from '../cli/io.js';
import { count, printDiagnostics } from '../cli/print.js';
import type { ChangeOptions } from '../amend/change.js';
import type { WriteStep } from '../core/atomic.js';
import { compareDiagnostics, exitCodeFor, unreadable, type Diagnostic, type Diagnostics } from '../core/diagnostics.js';
import type { SourceRecord } from '../model/index.js';

// What `add` and `mine --add` share: the flags that describe a source and the write to the corpus.

/** Flags that describe a source; with `--from`, `--bib` or `mine --add` they fill what records leave empty. */
export interface SourceFlags {
  sector?: string;
  orgType?: string;
  term?: string;
  kind?: string;
  author?: string;
  year?: string;
  title?: string;
  url?: string;
  page?: string;
  language?: string;
  doi?: string;
  container?: string;
  journal?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  publisher?: string;
}

export interface WriteFlags {
  wait: number;
  dryRun?: boolean;
  skipInvalid?: boolean;
  allowDuplicate?: boolean;
}

export function sourceOptions(command: Command): Command {
  return command
    .option('--sector <sector>', "the source's sector (academic, private, government, ngo, …)")
    .option('--org-type <type>', 'finer class of the source, e.g. `standards body`')
    .option('--term <term>', 'the term defined, e.g. `smart city`')
    .option('--kind <kind>', 'definition (default), descriptive, fragment, goal, …')
    .option('--author <author>', 'author(s) or organisation')
    .option('--year <year>', 'four-digit year')
    .option('--title <title>', 'title or citation note')
    .option('--url <url>', 'http(s) address of the source')
    .option('--language <code>', 'language of the text')
    .option('--doi <doi>', "the source's DOI, `10.…` or `https://doi.org/10.…`")
    .option('--container <name>', 'the journal, book or report series the source appeared in')
    .addOption(new Option('--journal <name>', 'the same as --container').hideHelp())
    .option('--volume <volume>', 'volume of the journal or series')
    .option('--issue <issue>', 'issue (number) of the journal')
    .option('--pages <range>', "the source's page range, e.g. 65-82 (not the page the text is on: --page)")
    .option('--publisher <name>', 'publisher or issuing body');
}

export function writeOptions(command: Command): Command {
  return waitOption(
    command
      .option('--dry-run', 'show what would be written, write nothing')
      .option('--skip-invalid', 'write the valid records even if others are invalid')
      .option('--allow-duplicate', 'accept a text already in the corpus word for word'),
  );
}

/** `--wait`: every command that writes the corpus waits this long for another holding its lock. */
export function waitOption(command: Command): Command {
  return command.addOption(new Option('--wait <seconds>', 'how long to wait for another command writing the corpus').default(30).argParser(parseSeconds));
}

/**
 * What `edit` and `remove` share: the change functions (loaded here, not at `--help`), the corpus they change with its
 * reader, lock wait and write steps, and an end that prints the diagnostics and gives the exit code.
 */
export async function changing(flags: CommonFlags & { wait: number; dryRun?: boolean }, io: Io) {
  const [change, { check }, { Diagnostics }] = await Promise.all([import('../amend/change.js'), import('../pipeline.js'), import('../core/diagnostics.js')]);
  const diagnostics = new Diagnostics();
  const options = optionsFrom(flags, io);
  const corpus: ChangeOptions = {
    corpus: options.corpus,
    readCorpus: () => check({ ...options, allowEmpty: true }),
    dryRun: Boolean(flags.dryRun),
    lockTimeoutMs: flags.wait * 1000,
    ...(io.onWriteStep ? { onWriteStep: io.onWriteStep } : {}),
  };
  const finish = (): { list: Diagnostic[]; code: number } => {
    const list = diagnostics.list();
    printDiagnostics(list, { ...flags, quiet: true }, io);
    return { list, code: exitCodeFor(list, Boolean(flags.strict)) };
  };
  return { change, diagnostics, corpus, label: relative(io.cwd, options.corpus), finish };
}

/** The shared end of `add` and `mine --add`: validate, check duplicates, write, report. */
export async function writeRecords(
  records: readonly SourceRecord[],
  flags: CommonFlags & WriteFlags,
  io: Io,
  diagnostics: Diagnostics,
  /** Problems found before the records (files that could not be read), reported and counted, not blocking. */
  reported: readonly Diagnostic[] = [],
): Promise<number> {
  const [{ addRecords }, { check }] = await Promise.all([import('../amend/index.js'), import('../pipeline.js')]);
  // Rows, entries and files that could not be read yield no record: counted apart from the records judged.
  const unread = unreadable([...reported, ...diagnostics.list()]);
  const corpusLabel = relative(io.cwd, path.resolve(io.cwd, flags.corpus));
  const options = optionsFrom(flags, io);
  const result = await addRecords(
    {
      corpus: options.corpus,
      readCorpus: () => check({ ...options, allowEmpty: true }),
      records,
      corpusLabel,
      dryRun: Boolean(flags.dryRun),
      skipInvalid: Boolean(flags.skipInvalid),
      allowDuplicate: Boolean(flags.allowDuplicate),
      lockTimeoutMs: flags.wait * 1000,
      ...(io.onWriteStep ? { onWriteStep: io.onWriteStep as (step: WriteStep) => void } : {}),
    },
    diagnostics,
  );
  const list = [...reported, ...diagnostics.list()].sort(compareDiagnostics);
  // The new records' places are the user's files, named from the working folder, not the corpus.
  printDiagnostics(list, { ...flags, quiet: true }, io, '');
  const target = relative(io.cwd, result.target);
  const errors = diagnostics.list().some((d) => d.severity === 'error');
  const columns = result.addedColumns.length
    ? ` (with new column${result.addedColumns.length === 1 ? '' : 's'} ${result.addedColumns.map((c) => `\`${c}\``).join(', ')}, empty for the rows already there)`
    : '';
  if (flags.dryRun && result.accepted.length) {
    io.stdout(`Would append ${count(result.accepted.length, 'record')} to ${target}${columns}:\n${result.rows}`);
  } else if (result.written) {
    if (!flags.quiet) io.stdout(`Added ${count(result.accepted.length, 'record')} to ${target}${columns}: ${result.accepted.map((d) => d.id).join(', ')}\n`);
  } else if (errors && !flags.skipInvalid) {
    io.stdout(
      `Nothing ${flags.dryRun ? 'would be ' : ''}written: ${records.length === 0 ? 'no record could be read' : `problems in ${count(result.refused, 'record')} of ${records.length}`}${records.length && unread ? `, and ${count(unread, 'row or file', 'rows or files')} could not be read` : ''} (every record must be valid; --skip-invalid writes the valid ones).\n`,
    );
  } else if (!flags.quiet) {
    io.stdout('Nothing to add.\n');
  }
  return exitCodeFor(list, Boolean(flags.strict));
}

function parseSeconds(value: string): number {
  const n = Number(value);
  if (!(n >= 0)) throw new InvalidArgumentError(`Expected a number of seconds; found \`${value}\``);
  return n;
}

export function sourceFields(flags: SourceFlags): Record<string, string | undefined> {
  return {
    sector: flags.sector,
    org_type: flags.orgType,
    term: flags.term,
    kind: flags.kind,
    author: flags.author,
    year: flags.year,
    title: flags.title,
    url: flags.url,
    page: flags.page,
    language: flags.language,
    doi: flags.doi,
    container: flags.container ?? flags.journal,
    volume: flags.volume,
    issue: flags.issue,
    pages: flags.pages,
    publisher: flags.publisher,
  };
}
