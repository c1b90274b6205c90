// Sums the mining blind rounds in bench/blind-rounds.csv (`npm run -s tally`): per round and pooled, each method's
// precision, recall and F1 at its first blind score, and the non-definitions above the threshold on the review papers,
// as a Markdown table; pooled, and pooled by kind (papers, passage files). `node bench/tally.mjs [file.csv] [RANGE …]`,
// RANGE like `17-19` or `15-` (rounds 15 on); the pooled rows are rounds 15 on and every RANGE given.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

export const CSV = path.join(path.dirname(fileURLToPath(import.meta.url)), 'blind-rounds.csv');
export const COLUMNS = ['round', 'date', 'file', 'kind', 'method', 'extractor', 'commit', 'blind', 'right', 'found', 'expected', 'nondefs', 'source'];
export const METHODS = ['rules', 'learned'];
/** The tally that decides the default method starts at round 15 (README, "Where it stands"). */
export const FROM = 15;

/** `15` → [15, 15]; `20-21` → [20, 21]. */
function roundSpan(label, where) {
  const m = /^(\d+)(?:-(\d+))?$/.exec(label);
  if (!m) throw new Error(`${where}: round "${label}" is not N or N-M`);
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  if (hi < lo) throw new Error(`${where}: round "${label}" runs backwards`);
  return [lo, hi];
}

function count(value, column, where) {
  if (!/^\d+$/.test(value)) throw new Error(`${where}: ${column} "${value}" is not a whole number`);
  return Number(value);
}

/**
 * The rows of the CSV text, checked: the header, whole numbers, right ≤ found and right ≤ expected, a paper's nondefs
 * equal to found − right and none on a passage file, one row per (round, file, method, blind).
 */
export function parseRounds(text, name = 'blind-rounds.csv') {
  const records = parse(text, { comment: '#', skip_empty_lines: true, relax_column_count: true, info: true });
  const rows = [];
  const seen = new Set();
  let header = null;
  for (const { record: values, info } of records) {
    const where = `${name}:${info.lines}`;
    if (!header) {
      if (values.join(',') !== COLUMNS.join(',')) throw new Error(`${where}: the header must be ${COLUMNS.join(',')}`);
      header = values;
      continue;
    }
    if (values.length !== COLUMNS.length) throw new Error(`${where}: ${values.length} fields, not ${COLUMNS.length}`);
    const raw = Object.fromEntries(COLUMNS.map((c, i) => [c, values[i]]));
    if (!METHODS.includes(raw.method)) throw new Error(`${where}: method "${raw.method}" is not rules or learned`);
    if (raw.kind !== 'paper' && raw.kind !== 'passages') throw new Error(`${where}: kind "${raw.kind}"`);
    if (raw.blind !== '1' && raw.blind !== '2') throw new Error(`${where}: blind "${raw.blind}" is not 1 or 2`);
    const [lo, hi] = roundSpan(raw.round, where);
    const right = count(raw.right, 'right', where);
    const found = count(raw.found, 'found', where);
    const expected = count(raw.expected, 'expected', where);
    if (right > found || right > expected) throw new Error(`${where}: right ${right} exceeds found or expected`);
    let nondefs = null;
    if (raw.kind === 'paper') {
      nondefs = count(raw.nondefs, 'nondefs', where);
      if (nondefs !== found - right) throw new Error(`${where}: nondefs ${nondefs} is not found − right (${found - right})`);
    } else if (raw.nondefs !== '') throw new Error(`${where}: nondefs is for papers only`);
    const key = [raw.round, raw.file, raw.method, raw.blind].join('|');
    if (seen.has(key)) throw new Error(`${where}: a second row for round ${raw.round}, ${raw.file}, ${raw.method}, blind ${raw.blind}`);
    seen.add(key);
    rows.push({ ...raw, lo, hi, blind: Number(raw.blind), right, found, expected, nondefs });
  }
  if (!header) throw new Error(`${name}: no header`);
  return rows;
}

/** Totals of the first blind scores (blind = 1) of `rows` whose rounds lie within [from, to] (of one kind when given), per method. */
export function totals(rows, from = -Infinity, to = Infinity, kind = undefined) {
  const inRange = rows.filter((r) => r.blind === 1 && r.lo >= from && r.hi <= to && (kind === undefined || r.kind === kind));
  const byMethod = {};
  for (const method of METHODS) {
    const mine = inRange.filter((r) => r.method === method);
    byMethod[method] = {
      files: mine.length,
      papers: mine.filter((r) => r.kind === 'paper').length,
      right: mine.reduce((s, r) => s + r.right, 0),
      found: mine.reduce((s, r) => s + r.found, 0),
      expected: mine.reduce((s, r) => s + r.expected, 0),
      nondefs: mine.reduce((s, r) => s + (r.nondefs ?? 0), 0),
    };
  }
  return byMethod;
}

const fixed = (x) => (Number.isFinite(x) ? x.toFixed(3) : '—');
/** Precision, recall and F1 of one method's totals. */
export function scores({ right, found, expected }) {
  const precision = right / found;
  const recall = right / expected;
  return { precision, recall, f1: (2 * right) / (found + expected) };
}

function cells(t) {
  if (t.files === 0) return ['—', '—', '—'];
  const s = scores(t);
  return [`${fixed(s.precision)} (${t.right}/${t.found})`, `${fixed(s.recall)} (${t.right}/${t.expected})`, fixed(s.f1)];
}

/** `17-19` → [17, 19]; `15-` → [15, ∞]. */
export function parseRange(arg) {
  const m = /^(\d+)-(\d*)$/.exec(arg) ?? /^(\d+)()$/.exec(arg);
  if (!m) throw new Error(`range "${arg}" is not N-M, N- or N`);
  const from = Number(m[1]);
  const to = m[2] === '' ? (arg.endsWith('-') ? Infinity : from) : Number(m[2]);
  if (to < from) throw new Error(`range "${arg}" runs backwards`);
  return [from, to];
}

/**
 * The Markdown table: one line per round, then per range (rounds FROM on first, then `ranges`) a pooled line and the
 * same split by kind (the review papers; the passage files, whose briefs seek genres no earlier file used).
 */
export function tallyTable(rows, ranges = []) {
  const rounds = [...new Map(rows.map((r) => [r.round, r])).values()].sort((a, b) => a.lo - b.lo || a.hi - b.hi);
  const last = Math.max(...rows.map((r) => r.hi));
  const label = (from, to) => {
    const hi = Math.min(to, last);
    const lo = Math.max(from, Math.min(...rows.filter((r) => r.lo >= from).map((r) => r.lo)));
    return lo === hi ? `${lo}` : `${lo}–${hi}`;
  };
  const line = (name, t) =>
    `| ${name} | ${t.rules.files === t.learned.files ? t.rules.files : `${t.rules.files} / ${t.learned.files}`} | ${cells(t.rules).join(' | ')} | ${cells(t.learned).join(' | ')} | ${
      t.rules.papers || t.learned.papers ? `${t.rules.nondefs} / ${t.learned.nondefs} (${t.rules.papers || t.learned.papers})` : '—'
    } |`;
  const out = [
    '| round | files | rules P | rules R | rules F1 | learned P | learned R | learned F1 | paper non-definitions, rules / learned (papers) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rounds) out.push(line(r.round.replace('-', '–'), totals(rows, r.lo, r.hi)));
  for (const [from, to] of [[FROM, Infinity], ...ranges]) {
    out.push(line(`**${label(from, to)} pooled**`, totals(rows, from, to)));
    out.push(line(`${label(from, to)} papers`, totals(rows, from, to, 'paper')));
    out.push(line(`${label(from, to)} passage files`, totals(rows, from, to, 'passages')));
  }
  return `${out.join('\n')}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const file = args.find((a) => a.endsWith('.csv')) ?? CSV;
  const ranges = args.filter((a) => !a.endsWith('.csv')).map(parseRange);
  process.stdout.write(tallyTable(parseRounds(readFileSync(file, 'utf8'), path.basename(file)), ranges));
}
