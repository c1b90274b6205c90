// The citydefs benchmark: the CLI as a user runs it, against its floor and scikit-learn, per size.
//
//   npm run bench                                  build, then sizes 1k, 10k, 100k + the PDF bench
//   npm run bench -- 1000 20000 --write-results     these sizes; rewrite bench/RESULTS.md
//   npm run bench -- --huge                         the defaults plus 1,000,000 definitions
//   node bench/run.mjs [SIZES…] [options]          (needs `npm run build` first: runs dist/bundle/bin.js, npm's citydefs)
//
// Sizes are numbers (1000, 10k, 1m). Options:
//   --huge               add 1,000,000 to the sizes
//   --seed S             generator seed (default 1): the same seed and size give the same corpus
//   --timeout SEC        limit for each child process, in seconds (default 1800, env BENCH_TIMEOUT)
//   --pdfs N --pages P   the PDF bench: N generated PDFs of P pages (default 200 × 10)
//   --method M           the PDF bench's miners: rules, learned or both (default both, one after the other)
//   --no-pdf | --pdf-only   leave out / only run the PDF bench
//   --no-floor | --no-sklearn   leave out a comparison
//   --python PATH        the python with scikit-learn (default /usr/bin/python3, where Debian's
//                        `apt-get install -y python3-sklearn` installs it); skipped with a note if absent
//   --write-results      rewrite bench/RESULTS.md with the figures, the machine, the date, the command
//   --repeat N           run each measured child N times and report the median wall time (default 1)
//   --keep               keep the temporary folder (printed) instead of removing it
//   --bin PATH           the CLI to run (default dist/bundle/bin.js), e.g. another worktree's build to compare
//
// For each size, in one run and one after the other (never in parallel, so they do not compete):
//  1. bench/generate.mjs writes a seeded corpus (definitions.csv + the shipped config.json,
//     thesaurus.csv, codebook.csv) to a temporary folder under os.tmpdir();
//  2. ours: `node dist/bundle/bin.js analyze --corpus DIR --out OUT --json --quiet`, the shipped config as is
//     (bootstrap, duplicate detection, every output); wall time of the whole process, its peak RSS
//     (bench/rss.mjs, preloaded with --import, writes getrusage's maxRSS on exit), and the per-stage
//     `timings` (stage → ms) of the --json summary when the CLI prints them ("n/a" otherwise);
//  3. the floor: bench/floor.mjs tokenizes the same texts with wink-nlp alone (tokens, POS, lemmas);
//  4. scikit-learn: bench/sklearn_pipeline.py on the same CSV (TF-IDF 1–3-grams, top 400 terms,
//     co-occurrence, clustering), whole python process wall time; its RSS from its own getrusage.
// Tokens/s divide the same count for every column: the whitespace-separated words of the texts.
// PDF mining: `node dist/bundle/bin.js mine FILES… --json --quiet --method M` over the generated PDFs (bench/pdf.mjs), for
// each method; pages/s, CPU (user + system, worker threads included) and peak RSS. A child that fails or times out
// is reported and the bench goes on.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus, loadSource, parseSize } from './generate.mjs';
import { writePdfs } from './pdf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '..');
const DEFAULT_BIN = path.join(ROOT, 'dist', 'bundle', 'bin.js');
const RSS_HOOK = path.join(here, 'rss.mjs');
const RESULTS = path.join(here, 'RESULTS.md');
const DEFAULT_SIZES = [1000, 10000, 100000];
const HUGE = 1000000;

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    huge: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    timeout: { type: 'string', default: process.env.BENCH_TIMEOUT ?? '1800' },
    pdfs: { type: 'string', default: '200' },
    pages: { type: 'string', default: '10' },
    method: { type: 'string', default: 'both' },
    'no-pdf': { type: 'boolean', default: false },
    'pdf-only': { type: 'boolean', default: false },
    'no-floor': { type: 'boolean', default: false },
    'no-sklearn': { type: 'boolean', default: false },
    python: { type: 'string', default: '/usr/bin/python3' },
    'write-results': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    repeat: { type: 'string', default: '1' },
    bin: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (opts.help) {
  const text = readFileSync(fileURLToPath(import.meta.url), 'utf8');
  console.log(text.slice(0, text.indexOf('\nimport ')).replace(/^\/\/ ?/gm, ''));
  process.exit(0);
}

const sizes = positionals.map(parseSize);
if (sizes.some((n) => !n)) fail(`Expected sizes such as 1000, 10k or 1m; found ${positionals.join(' ')}`);
if (!sizes.length) sizes.push(...DEFAULT_SIZES);
if (opts.huge && !sizes.includes(HUGE)) sizes.push(HUGE);
if (opts['pdf-only']) sizes.length = 0;
const BIN = opts.bin ? path.resolve(opts.bin) : DEFAULT_BIN;
const timeoutMs = Number(opts.timeout) * 1000;
const pdfCount = Number(opts.pdfs);
const pdfPages = Number(opts.pages);
const repeat = Number(opts.repeat);
if (!(Number.isInteger(repeat) && repeat >= 1)) fail(`--repeat must be a whole number from 1; found ${opts.repeat}`);
if (!(timeoutMs > 0)) fail(`--timeout must be a number of seconds; found ${opts.timeout}`);
if (!(pdfCount > 0 && pdfPages > 0)) fail('--pdfs and --pages must be positive numbers');
const PDF_METHODS = { rules: ['rules'], learned: ['learned'], both: ['rules', 'learned'] }[opts.method];
if (!PDF_METHODS) fail(`--method must be rules, learned or both; found ${opts.method}`);
if (!existsSync(BIN)) fail(`${path.relative(process.cwd(), BIN)} is missing: run \`npm run build\` first (or use \`npm run bench\`).`);

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

const log = (message) => process.stderr.write(`${message}\n`);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'citydefs-bench-'));
let current; // the running child, killed on Ctrl-C
const killGroup = (child) => {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
};
process.on('SIGINT', () => {
  if (current) killGroup(current);
  if (!opts.keep) rmSync(tmp, { recursive: true, force: true });
  process.exit(130);
});

/**
 * Runs one child to completion or timeout. Returns { ok, code, signal, timedOut, seconds, stdout,
 * stderr, rssKB, cpuMs, descendantsRssKB }; RSS and CPU come from bench/rss.mjs when `rss` is true.
 */
function runChild(command, args, { rss = false, cwd = ROOT } = {}) {
  const rssFile = path.join(tmp, `rss-${process.hrtime.bigint()}.jsonl`);
  const env = { ...process.env };
  if (rss) env.BENCH_RSS_FILE = rssFile;
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    // Its own process group, so that a timeout also ends any process the child started.
    const child = spawn(command, rss ? ['--import', RSS_HOOK, ...args] : args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    current = child;
    const out = [];
    let err = '';
    let timedOut = false;
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => {
      err += d;
      if (err.length > 65536) err = err.slice(-32768);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child);
    }, timeoutMs);
    const finish = (code, signal, spawnError) => {
      clearTimeout(timer);
      current = undefined;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      let rssKB;
      let cpuMs;
      let descendantsRssKB;
      if (rss && existsSync(rssFile)) {
        for (const line of readFileSync(rssFile, 'utf8').split('\n').filter(Boolean)) {
          const r = JSON.parse(line);
          if (r.pid === child.pid) {
            rssKB = r.maxRSS;
            cpuMs = r.cpuMs;
          } else descendantsRssKB = Math.max(descendantsRssKB ?? 0, r.maxRSS);
        }
        rmSync(rssFile, { force: true });
      }
      const stdout = Buffer.concat(out).toString('utf8');
      const ok = !spawnError && !timedOut && code === 0;
      resolve({ ok, code, signal, timedOut, seconds, stdout, stderr: err, rssKB, cpuMs, descendantsRssKB, spawnError });
    };
    child.once('error', (e) => finish(null, null, e));
    child.once('close', (code, signal) => finish(code, signal));
  });
}

/**
 * `start()` run `repeat` times (stopping at a failure): the run with the median wall time, with the
 * highest peak RSS of all runs and every wall time in `all`.
 */
async function repeated(start) {
  const runs = [];
  for (let i = 0; i < repeat; i++) {
    const r = await start();
    runs.push(r);
    if (r.timedOut || r.spawnError || (r.code !== 0 && r.code !== 1)) return { ...r, all: runs.map((x) => x.seconds) };
  }
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  const maxOf = (k) => (runs.some((x) => x[k] != null) ? Math.max(...runs.map((x) => x[k] ?? 0)) : undefined);
  return { ...median, rssKB: maxOf('rssKB'), descendantsRssKB: maxOf('descendantsRssKB'), all: runs.map((x) => x.seconds) };
}

/** Why a child failed, in one or a few lines. */
function failure(r) {
  if (r.spawnError) return `could not start: ${r.spawnError.message}`;
  if (r.timedOut) return `timed out after ${opts.timeout} s (--timeout)`;
  const tail = r.stderr.trim().split('\n').slice(-6).join('\n      ');
  return `exit ${r.code ?? r.signal}${tail ? `:\n      ${tail}` : ''}`;
}

/** The JSON object a child printed on stdout, or undefined: whole stdout, else its last JSON line. */
function jsonOut(stdout) {
  const text = stdout.trim();
  try {
    return JSON.parse(text);
  } catch {
    for (const line of text.split('\n').reverse()) {
      if (!line.trim().startsWith('{')) continue;
      try {
        return JSON.parse(line);
      } catch {
        // keep looking
      }
    }
    return undefined;
  }
}

/** The `timings` of a --json summary as stage → ms (one level of nesting flattened), or undefined. */
function stageTimings(summary) {
  const t = summary?.timings;
  if (!t || typeof t !== 'object') return undefined;
  const flat = {};
  for (const [k, v] of Object.entries(t)) {
    if (typeof v === 'number' && Number.isFinite(v)) flat[k] = v;
    else if (v && typeof v === 'object') for (const [k2, v2] of Object.entries(v)) if (typeof v2 === 'number' && Number.isFinite(v2)) flat[`${k}.${k2}`] = v2;
  }
  return Object.keys(flat).length ? flat : undefined;
}

function sklearnStatus() {
  if (opts['no-sklearn']) return { ok: false, note: 'scikit-learn column left out (--no-sklearn)' };
  const r = spawnSync(opts.python, ['-c', 'import sklearn, scipy, numpy, sys; print(sklearn.__version__, sys.version.split()[0])'], { encoding: 'utf8' });
  if (r.status !== 0) {
    return {
      ok: false,
      note: `scikit-learn column skipped: ${opts.python} cannot import scikit-learn (install Debian's python3-sklearn: \`apt-get install -y python3-sklearn\`, or pass --python)`,
    };
  }
  const [sklearn, python] = r.stdout.trim().split(' ');
  return { ok: true, sklearn, python, note: `scikit-learn ${sklearn} on Python ${python} (${opts.python})` };
}

// ---- formatting -------------------------------------------------------------------------------
const MB = (kb) => (kb == null ? 'n/a' : (kb / 1024).toFixed(0));
const secs = (s) => (s == null ? 'n/a' : s < 10 ? s.toFixed(2) : s.toFixed(1));
const rate = (n) => (n == null || !Number.isFinite(n) ? 'n/a' : n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1));
const ratio = (a, b) => (a == null || b == null || !b ? 'n/a' : (a / b).toFixed(2));
const spread = (r) => (r.all?.length > 1 ? ` (median of ${r.all.map(secs).join(', ')} s)` : '');
const int = (n) => (n == null ? 'n/a' : n.toLocaleString('en-US'));

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i === 0 ? ':' : '-') + '-'.repeat(w) + (i === 0 ? '-' : ':')).join('|')}|`, ...rows.map(line)].join('\n');
}

// ---- the runs ---------------------------------------------------------------------------------
const started = new Date();
const loadBefore = os.loadavg()[0];
const sk = opts['pdf-only'] ? { ok: false, note: 'scikit-learn not run (--pdf-only)' } : sklearnStatus();
const source = loadSource();
const results = [];
const problems = [];

for (const size of sizes) {
  const res = { size };
  results.push(res);
  const dir = path.join(tmp, `corpus-${size}`);
  try {
    log(`\n== ${int(size)} definitions: generating (seed ${opts.seed})…`);
    const t0 = performance.now();
    const gen = await generateCorpus({ size, dir, seed: opts.seed, source });
    res.gen = { ...gen, seconds: (performance.now() - t0) / 1000 };
    res.words = gen.words;
    log(`   ${int(gen.bytes)} bytes, ${int(gen.words)} words, ${int(gen.nearDuplicates)} near-duplicates, in ${secs(res.gen.seconds)} s`);
  } catch (e) {
    problems.push(`${size}: generating the corpus failed: ${e.message}`);
    log(`   generating failed: ${e.stack}`);
    res.oursError = 'no corpus';
    rmSync(dir, { recursive: true, force: true });
    continue;
  }
  const csv = path.join(dir, 'definitions.csv');

  log('   ours: citydefs analyze…');
  const out = path.join(tmp, `out-${size}`);
  const ours = await repeated(() => runChild(process.execPath, [BIN, 'analyze', '--corpus', dir, '--out', out, '--json', '--quiet'], { rss: true }));
  const summary = jsonOut(ours.stdout);
  res.ours = {
    seconds: ours.seconds,
    rssKB: ours.rssKB,
    descendantsRssKB: ours.descendantsRssKB,
    counts: summary?.counts,
    timings: stageTimings(summary),
    exitCode: ours.code,
  };
  // analyze exits 1 when the corpus has warnings; a summary with counts means it ran to the end.
  if (!(ours.ok || (summary?.counts && !ours.timedOut && ours.code === 1))) {
    res.oursError = failure(ours);
    problems.push(`${size}: citydefs analyze ${res.oursError}`);
    log(`   FAILED: ${res.oursError}`);
  } else log(`   ${secs(ours.seconds)} s, ${MB(ours.rssKB)} MB${spread(ours)}`);
  rmSync(out, { recursive: true, force: true });

  if (!opts['no-floor']) {
    log('   floor: wink-nlp alone…');
    const floor = await repeated(() => runChild(process.execPath, [path.join(here, 'floor.mjs'), csv], { rss: true }));
    const f = jsonOut(floor.stdout);
    if (floor.ok && f) {
      res.floor = { seconds: floor.seconds, rssKB: floor.rssKB, ...f };
      log(`   ${secs(floor.seconds)} s, ${MB(floor.rssKB)} MB, ${int(f.tokens)} wink tokens${spread(floor)}`);
    } else {
      res.floorError = failure(floor);
      problems.push(`${size}: floor ${res.floorError}`);
      log(`   FAILED: ${res.floorError}`);
    }
  }

  if (sk.ok) {
    log('   scikit-learn…');
    const py = await repeated(() => runChild(opts.python, [path.join(here, 'sklearn_pipeline.py'), csv, path.join(tmp, `sklearn-${size}`)]));
    const p = jsonOut(py.stdout);
    if (py.ok && p) {
      res.sklearn = { seconds: py.seconds, rssKB: p.maxRSS, ...p };
      log(`   ${secs(py.seconds)} s, ${MB(p.maxRSS)} MB${spread(py)}`);
    } else {
      res.sklearnError = failure(py);
      problems.push(`${size}: scikit-learn ${res.sklearnError}`);
      log(`   FAILED: ${res.sklearnError}`);
    }
    rmSync(path.join(tmp, `sklearn-${size}`), { recursive: true, force: true });
  }
  rmSync(dir, { recursive: true, force: true });
}

// One entry per method, each over the same generated PDFs.
const pdfRuns = [];
if (!opts['no-pdf']) {
  let files;
  try {
    log(`\n== PDF mining: generating ${pdfCount} PDFs × ${pdfPages} pages…`);
    files = writePdfs({ dir: path.join(tmp, 'pdfs'), count: pdfCount, pages: pdfPages, seed: opts.seed, source });
  } catch (e) {
    pdfRuns.push({ method: PDF_METHODS.join(', '), count: pdfCount, pages: pdfPages, error: e.message });
    problems.push(`PDF mining: ${e.message}`);
  }
  for (const method of files ? PDF_METHODS : []) {
    const pdf = { method, count: pdfCount, pages: pdfPages };
    pdfRuns.push(pdf);
    log(`   citydefs mine --method ${method}…`);
    const r = await repeated(() => runChild(process.execPath, [BIN, 'mine', ...files, '--json', '--quiet', '--method', method], { rss: true }));
    const summary = jsonOut(r.stdout);
    // Pages read: from a JSON summary if the CLI prints one, else from its "(N pages)" lines.
    const pagesRead = Array.isArray(summary?.files)
      ? summary.files.reduce((a, f) => a + (Number(f.pages) || 0), 0)
      : [...r.stdout.matchAll(/\((\d+) pages?\)/g)].reduce((a, m) => a + Number(m[1]), 0);
    Object.assign(pdf, {
      seconds: r.seconds,
      cpuMs: r.cpuMs,
      rssKB: r.rssKB,
      descendantsRssKB: r.descendantsRssKB,
      pagesRead: pagesRead || undefined,
      candidates: summary?.candidates,
      json: Boolean(summary),
    });
    if (!r.ok) {
      pdf.error = failure(r);
      problems.push(`PDF mining (${method}): ${pdf.error}`);
      log(`   FAILED: ${pdf.error}`);
    } else log(`   ${secs(r.seconds)} s, ${r.cpuMs == null ? 'n/a' : secs(r.cpuMs / 1000)} s CPU, ${MB(r.rssKB)} MB${spread(r)}`);
  }
  rmSync(path.join(tmp, 'pdfs'), { recursive: true, force: true });
}

if (opts.keep) log(`\nkept ${tmp}`);
else rmSync(tmp, { recursive: true, force: true });

// ---- report -----------------------------------------------------------------------------------
const failedCell = 'failed';
const mainRows = results.map((r) => {
  const o = r.ours && !r.oursError ? r.ours : undefined;
  const words = r.words;
  return [
    int(r.size),
    o ? int(o.counts?.analysed) : failedCell,
    o ? secs(o.seconds) : failedCell,
    o ? rate(r.size / o.seconds) : 'n/a',
    o && words ? rate(words / o.seconds) : 'n/a',
    o ? MB(o.rssKB) : 'n/a',
    r.floor ? secs(r.floor.seconds) : r.floorError ? failedCell : 'n/a',
    r.floor ? MB(r.floor.rssKB) : 'n/a',
    ratio(o?.seconds, r.floor?.seconds),
    r.sklearn ? secs(r.sklearn.seconds) : r.sklearnError ? failedCell : 'n/a',
    r.sklearn ? MB(r.sklearn.rssKB) : 'n/a',
    ratio(o?.seconds, r.sklearn?.seconds),
  ];
});
const mainHeader = [
  'definitions',
  'analysed',
  'ours s',
  'defs/s',
  'tokens/s',
  'RSS MB',
  'floor s',
  'floor MB',
  'ours/floor',
  'sklearn s',
  'sklearn MB',
  'ours/sklearn',
];

const stages = [];
for (const r of results) for (const k of Object.keys(r.ours?.timings ?? {})) if (!stages.includes(k)) stages.push(k);
const stageHeader = ['definitions', ...(stages.length ? stages.map((s) => `${s} s`) : ['stages'])];
const stageRows = results.map((r) => [
  int(r.size),
  ...(stages.length ? stages.map((s) => (r.ours?.timings?.[s] == null ? 'n/a' : secs(r.ours.timings[s] / 1000))) : ['n/a']),
]);

const detailRows = results.map((r) => [
  int(r.size),
  r.gen ? int(r.gen.words) : 'n/a',
  r.floor ? int(r.floor.tokens) : 'n/a',
  r.gen ? int(r.gen.nearDuplicates) : 'n/a',
  r.ours?.counts ? int(r.ours.counts.duplicateGroups) : 'n/a',
  r.ours?.counts ? int(r.ours.counts.excluded) : 'n/a',
  r.ours?.counts ? int(r.ours.counts.terms) : 'n/a',
  r.floor ? secs(r.floor.tokenizeMs / 1000) : 'n/a',
  r.floor && r.words ? rate(r.words / r.floor.seconds) : 'n/a',
  r.sklearn
    ? Object.entries(r.sklearn.timings ?? {})
        .map(([k, v]) => `${k} ${secs(v / 1000)}`)
        .join(', ')
    : 'n/a',
]);
const detailHeader = [
  'definitions',
  'words',
  'wink tokens',
  'near-dups made',
  'dup groups',
  'excluded',
  'terms',
  'floor tokenize s',
  'floor tokens/s',
  'sklearn stages s',
];

const pdfHeader = ['method', 'PDFs', 'pages', 'pages read', 'candidates', 'seconds', 'pages/s', 'CPU s', 'pages/CPU s', 'RSS MB'];
const pdfRows = pdfRuns.map((pdf) => [
  pdf.method,
  int(pdf.count),
  int(pdf.count * pdf.pages),
  pdf.pagesRead ? int(pdf.pagesRead) : 'n/a',
  pdf.candidates == null ? 'n/a' : int(pdf.candidates),
  pdf.error ? failedCell : secs(pdf.seconds),
  pdf.error ? 'n/a' : rate((pdf.count * pdf.pages) / pdf.seconds),
  pdf.error || pdf.cpuMs == null ? 'n/a' : secs(pdf.cpuMs / 1000),
  pdf.error || !pdf.cpuMs ? 'n/a' : rate((pdf.count * pdf.pages) / (pdf.cpuMs / 1000)),
  pdf.error ? 'n/a' : MB(pdf.rssKB),
]);

const cpus = os.cpus();
const machine = {
  cpu: cpus[0]?.model?.trim() ?? 'unknown',
  cores: cpus.length,
  ram: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
  node: process.version,
  os: `${os.type()} ${os.release()} ${os.arch()}`,
};
const git = (...args) => spawnSync('git', ['-C', ROOT, ...args], { encoding: 'utf8' });
const head = git('rev-parse', '--short', 'HEAD').stdout?.trim();
const dirty = git('status', '--porcelain', '--', 'src', 'package.json', 'package-lock.json').stdout?.trim();
const revision = head ? `${head}${dirty ? ' (with uncommitted changes to src/ or the packages)' : ''}` : 'unknown';
const argsText = process.argv.slice(2).join(' ');
const command =
  process.env.npm_lifecycle_event === 'bench' ? `npm run bench${argsText ? ` -- ${argsText}` : ''}` : `node bench/run.mjs${argsText ? ` ${argsText}` : ''}`;
const loadAfter = os.loadavg()[0];
const notes = [
  `${repeat > 1 ? `Each child ran ${repeat} times; times are medians, RSS the highest.` : 'Each child ran once (no repetition: --repeat N for medians).'} Load average (1 min) at start ${loadBefore.toFixed(2)}, at end ${loadAfter.toFixed(2)}, on ${os.cpus().length} cores${Math.max(loadBefore, loadAfter) > 0.5 ? ': other processes were running, so times carry noise' : ''}.`,
  'Times are wall-clock seconds of the whole child process (start-up, reading, writing included); RSS is the peak resident set of the child (getrusage maxRSS).',
  '`tokens/s` divides the whitespace-separated words of the texts (the `words` column) by the wall time; the same count is used for ours and the floor.',
  '`ours/floor` and `ours/sklearn` are wall-time ratios (below 1: ours is faster).',
  `Stage times: the \`timings\` object of \`analyze --json\` (${stages.length ? 'printed by this build' : 'not printed by this build of the CLI: n/a'}).`,
  sk.note,
  ...(results.some((r) => r.ours?.descendantsRssKB) ? ['The CLI started child processes; their peak RSS is not in the RSS column.'] : []),
  ...(pdfRuns.some((pdf) => pdf.json === false && !pdf.error)
    ? ['`mine --json` printed no JSON in this build; pages read are counted from its "(N pages)" lines.']
    : []),
  ...(pdfRuns.length ? ['PDF mining: `CPU s` is the user + system time of the whole `mine` process (its PDF-reading worker threads included).'] : []),
];

const report = [
  table(mainHeader, mainRows),
  '',
  'Time per stage (from `analyze --json` `timings`):',
  '',
  table(stageHeader, stageRows),
  '',
  'Details:',
  '',
  table(detailHeader, detailRows),
  ...(pdfRuns.length ? ['', 'PDF mining (`citydefs mine FILES… --json --quiet --method M`):', '', table(pdfHeader, pdfRows)] : []),
].join('\n');

console.log('');
console.log(report);
console.log('');
for (const n of notes) console.log(`- ${n}`);
if (problems.length) {
  console.log('\nProblems:');
  for (const p of problems) console.log(`- ${p}`);
}

if (opts['write-results']) {
  const md = `- Date: ${started.toISOString().replace('T', ' ').slice(0, 16)} UTC
- Command: \`${command}\`
- Revision: ${revision}
- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ram} RAM, ${machine.os}
- Node ${machine.node}${sk.ok ? `; scikit-learn ${sk.sklearn}, Python ${sk.python}` : ''}
- Corpora: \`bench/generate.mjs\`, seed ${opts.seed}; the shipped config.json, thesaurus.csv and codebook.csv
- Ours: \`node ${opts.bin ? path.relative(ROOT, BIN) : 'dist/bundle/bin.js'} analyze --corpus DIR --out OUT --json --quiet\`

${report}

${notes.map((n) => `- ${n}`).join('\n')}
${problems.length ? `\n## Problems in this run\n\n${problems.map((p) => `- ${p.replace(/\n\s*/g, ' ')}`).join('\n')}\n` : ''}`;
  // Only the performance section is the benchmark's: the other sections (agreement, mining) stay.
  const BEGIN = '<!-- bench:begin (rewritten by `npm run bench -- … --write-results`) -->';
  const END = '<!-- bench:end -->';
  const old = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : `# Results\n\n## Performance\n\n${BEGIN}\n${END}\n`;
  const from = old.indexOf(BEGIN);
  const to = old.indexOf(END);
  const whole =
    from >= 0 && to > from
      ? `${old.slice(0, from + BEGIN.length)}\n${md.trim()}\n${old.slice(to)}`
      : `${old.trimEnd()}\n\n## Performance\n\n${BEGIN}\n${md.trim()}\n${END}\n`;
  writeFileSync(RESULTS, whole);
  log(`\nwrote ${path.relative(process.cwd(), RESULTS)}`);
}

process.exitCode = problems.length ? 1 : 0;
