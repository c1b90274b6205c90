import path from 'node:path';
import { Option, type Command } from 'commander';
import { common, methodOption, type CommonFlags } from '../cli/flags.js';
import type { MineMethod } from '../config/mine-method.js';
import type { Io } from '../cli/io.js';
import { Diagnostics } from '../core/diagnostics.js';
import type { SourceRecord } from '../model/index.js';
import { sourceFields, sourceOptions, writeOptions, writeRecords, type SourceFlags, type WriteFlags } from './writing.js';

interface AddFlags extends CommonFlags, SourceFlags, WriteFlags {
  text?: string;
  id?: string;
  from?: string;
  bib?: string;
  method?: MineMethod;
}

export function addCommand(program: Command, io: Io, setCode: (code: number) => void): void {
  const command = common(program.command('add').description('add definitions to the corpus: from flags, a file (--from) or a bibliography (--bib)'))
    .option('--text <text>', 'the definition as printed')
    .option('--id <id>', 'the record id (default: from author and year)');
  writeOptions(sourceOptions(command).option('--page <page>', 'page of the source the text is on'))
    .addOption(new Option('--from <file>', 'add the records of a CSV (seed columns), JSON, JSONL, text or Markdown file').conflicts(['text', 'bib']))
    .addOption(new Option('--bib <file>', 'add the definitions mined from the abstracts of a BibTeX, RIS or CSL-JSON file').conflicts(['text']))
    .addOption(methodOption('with --bib, how the abstracts are mined'))
    .action(async (flags: AddFlags) => setCode(await runAdd(flags, io)));
}

async function runAdd(flags: AddFlags, io: Io): Promise<number> {
  const [{ readRecordsFile, recordFromFlags, withDefaults }, { readBibliography }, { loadConfig }] = await Promise.all([
    import('../amend/sources.js'),
    import('../bib/index.js'),
    import('../config/load.js'),
  ]);
  const diagnostics = new Diagnostics();
  const defaults = sourceFields(flags);
  let records: SourceRecord[];
  if (flags.from) {
    records = withDefaults(await readRecordsFile(flags.from, io.cwd, diagnostics), defaults);
  } else if (flags.bib && flags.sector === undefined) {
    // A bibliography never says which sector a source is in: every record would be refused.
    io.stderr('citydefs add: Expected --sector with --bib (e.g. `--sector academic`): a bibliography does not say which sector its sources belong to\n');
    return 2;
  } else if (flags.bib) {
    // A broken entry is reported but does not hold back the others: it yields no record to judge.
    const entryProblems = new Diagnostics();
    const { config } = await loadConfig(path.resolve(io.cwd, flags.corpus), flags.config ? path.resolve(io.cwd, flags.config) : undefined);
    // The flags fill what an entry leaves empty before mining decides who a quoted definition is by.
    const method = flags.method ?? config.mine.method;
    const bib = await readBibliography(flags.bib, io.cwd, entryProblems, { concept: config.concept, defaults, method });
    for (const source of bib.sourcesWithoutDefinition) io.stderr(`No definition sentence in the abstract of \`${source}\`; nothing to add from it\n`);
    return writeRecords(bib.records, flags, io, diagnostics, entryProblems.list());
  } else if (flags.text !== undefined) {
    records = [recordFromFlags({ ...defaults, id: flags.id, text: flags.text })];
  } else {
    io.stderr('citydefs add: Expected `--text`, `--from <file>` or `--bib <file>`\n');
    return 2;
  }
  return writeRecords(records, flags, io, diagnostics);
}
