import path from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { addRecords } from '../amend/index.js';
import { readRecordsFile, recordFromFlags, withDefaults } from '../amend/sources.js';
import { readBibliography } from '../bib/index.js';
import type { WriteStep } from '../core/atomic.js';
import { compareDiagnostics, Diagnostics, exitCodeFor, formatDiagnostics, type Diagnostic } from '../core/diagnostics.js';
import { LockError } from '../core/lock.js';
import type { SourceRecord } from '../model/types.js';
import { common, optionsFrom, relative, type CommonFlags, type Io } from '../cli/main.js';

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
}

export interface WriteFlags {
  wait: number;
  dryRun?: boolean;
  skipInvalid?: boolean;
  allowDuplicate?: boolean;
}

interface AddFlags extends CommonFlags, SourceFlags, WriteFlags {
  text?: string;
  id?: string;
  from?: string;
  bib?: string;
}

export function sourceOptions(command: Command): Command {
  return command
    .option('--sector <sector>', 'the source\'s sector (academic, private, government, ngo, …)')
    .option('--org-type <type>', 'finer class of the source, e.g. `standards body`')
    .option('--term <term>', 'the term defined, e.g. `smart city`')
    .option('--kind <kind>', 'definition (default), descriptive, fragment, goal, …')
    .option('--author <author>', 'author(s) or organisation')
    .option('--year <year>', 'four-digit year')
    .option('--title <title>', 'title or citation note')
    .option('--url <url>', 'http(s) address of the source')
    .option('--language <code>', 'language of the text');
}

export function writeOptions(command: Command): Command {
  return command
    .option('--dry-run', 'show what would be written, write nothing')
    .option('--skip-invalid', 'write the valid records even if others are invalid')
    .option('--allow-duplicate', 'accept a text already in the corpus word for word')
    .addOption(new Option('--wait <seconds>', 'how long to wait for another command writing the corpus').default(30).argParser(parseSeconds));
}

export function addCommand(program: Command, io: Io, setCode: (code: number) => void): void {
  const command = common(program.command('add').description('add definitions to the corpus: from flags, a file (--from) or a bibliography (--bib)'))
    .option('--text <text>', 'the definition as printed')
    .option('--id <id>', 'the record id (default: from author and year)');
  writeOptions(sourceOptions(command).option('--page <page>', 'page of the source the text is on'))
    .addOption(new Option('--from <file>', 'add the records of a CSV (seed columns), JSON, JSONL, text or Markdown file').conflicts(['text', 'bib']))
    .addOption(new Option('--bib <file>', 'add the definitions mined from the abstracts of a BibTeX, RIS or CSL-JSON file').conflicts(['text']))
    .action(async (flags: AddFlags) => setCode(await runAdd(flags, io)));
}

async function runAdd(flags: AddFlags, io: Io): Promise<number> {
  const diagnostics = new Diagnostics();
  const defaults = sourceFields(flags);
  let records: SourceRecord[];
  if (flags.from) {
    records = withDefaults(await readRecordsFile(flags.from, io.cwd, diagnostics), defaults);
  } else if (flags.bib) {
    // A broken entry is reported but does not hold back the others: it yields no record to judge.
    const entryProblems = new Diagnostics();
    const bib = await readBibliography(flags.bib, io.cwd, entryProblems);
    for (const source of bib.sourcesWithoutDefinition) io.stderr(`No definition sentence in the abstract of \`${source}\`; nothing to add from it\n`);
    return writeRecords(withDefaults(bib.records, defaults), flags, io, diagnostics, entryProblems.list());
  } else if (flags.text !== undefined) {
    records = [recordFromFlags({ ...defaults, id: flags.id, text: flags.text })];
  } else {
    io.stderr('citydefs add: Expected `--text`, `--from <file>` or `--bib <file>`\n');
    return 2;
  }
  return writeRecords(records, flags, io, diagnostics);
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
  const corpusLabel = relative(io.cwd, path.resolve(io.cwd, flags.corpus));
  let result;
  try {
    result = await addRecords(
      {
        ...optionsFrom(flags, io),
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
  } catch (error) {
    if (!(error instanceof LockError)) throw error;
    io.stderr(`citydefs: ${error.message.replace(error.file, relative(io.cwd, error.file))}; nothing written\n`);
    return 2;
  }
  const list = [...reported, ...diagnostics.list()].sort(compareDiagnostics);
  const shown = flags.verbose ? list : list.filter((d) => d.severity !== 'info');
  if (shown.length) io.stderr(formatDiagnostics(shown));
  const target = relative(io.cwd, result.target);
  const n = (count: number) => `${count} record${count === 1 ? '' : 's'}`;
  const errors = diagnostics.list().some((d) => d.severity === 'error');
  if (flags.dryRun && result.accepted.length) {
    io.stdout(`Would append ${n(result.accepted.length)} to ${target}:\n${result.rows}`);
  } else if (result.written) {
    io.stdout(`Added ${n(result.accepted.length)} to ${target}: ${result.accepted.map((d) => d.id).join(', ')}\n`);
  } else if (errors && !flags.skipInvalid) {
    io.stdout(`Nothing ${flags.dryRun ? 'would be ' : ''}written: ${records.length === 0 ? 'no record could be read' : `problems in ${n(result.refused)} of ${records.length}`} (every record must be valid; --skip-invalid writes the valid ones).\n`);
  } else {
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
  };
}
