// Scores parseReferences on the invented reference lists of test/fixtures/mining/references/ (one JSON file per
// style): each list is parsed, its entries aligned with the expected ones (an alignment that keeps order and
// maximises the fields that agree, so one split or merged entry does not shift every entry after it), and number,
// author (as a citation names them) and year compared exactly.
//
//   npx tsx test/mine/references-eval.ts [--errors] [--check]
//
// `--check` scores references-check/ instead: lists written after the parser was reworked on references/, before it
// was run on them.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { citedAs, parseReferences } from '../../src/mine/references.js';

export const SET = fileURLToPath(new URL('../fixtures/mining/references/', import.meta.url));
export const CHECK_SET = fileURLToPath(new URL('../fixtures/mining/references-check/', import.meta.url));

interface Expected {
  readonly number: number | null;
  readonly author: string | null;
  readonly year: number | null;
}

export interface ListScore {
  readonly file: string;
  readonly expected: number;
  readonly parsed: number;
  readonly number: number;
  readonly author: number;
  readonly year: number;
  readonly exact: number;
  readonly errors: string[];
}

const readList = (dir: string, file: string) => JSON.parse(readFileSync(dir + file, 'utf8')) as { lines: string[]; entries: Expected[] };

export const listFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();

export function scoreList(dir: string, file: string): ListScore {
  const { lines, entries } = readList(dir, file);
  const found: Expected[] = parseReferences(lines.map((text, i) => ({ text, page: 1, line: i + 1 }))).map((r) => ({
    number: r.number ?? null,
    author: citedAs(r.authors, r.etAl) ?? null,
    year: r.year ?? null,
  }));
  const agree = (e: Expected, f: Expected) => Number(e.number === f.number) + Number(e.author === f.author) + Number(e.year === f.year);
  // Order-keeping alignment (as in a longest common subsequence) weighted by the fields that agree.
  const best = Array.from({ length: entries.length + 1 }, () => new Array<number>(found.length + 1).fill(0));
  for (let i = entries.length - 1; i >= 0; i--)
    for (let j = found.length - 1; j >= 0; j--) {
      const pair = agree(entries[i]!, found[j]!);
      best[i]![j] = Math.max(best[i + 1]![j]!, best[i]![j + 1]!, pair ? pair + best[i + 1]![j + 1]! : 0);
    }
  const score = { file, expected: entries.length, parsed: found.length, number: 0, author: 0, year: 0, exact: 0, errors: [] as string[] };
  const show = (x: Expected | undefined) => (x ? `${x.number ?? '-'} | ${x.author ?? '∅'} | ${x.year ?? '∅'}` : 'not found');
  let i = 0;
  let j = 0;
  while (i < entries.length) {
    const e = entries[i]!;
    const pair = j < found.length ? agree(e, found[j]!) : 0;
    if (j < found.length && pair && best[i]![j] === pair + best[i + 1]![j + 1]!) {
      const f = found[j]!;
      score.number += Number(e.number === f.number);
      score.author += Number(e.author === f.author);
      score.year += Number(e.year === f.year);
      if (pair === 3) score.exact++;
      else score.errors.push(`${file}: expected ${show(e)}; found ${show(f)}`);
      i++;
      j++;
    } else if (j < found.length && best[i]![j] === best[i]![j + 1]) j++;
    else {
      score.errors.push(`${file}: expected ${show(e)}; found no entry`);
      i++;
    }
  }
  return score;
}

export function scoreAll(dir = SET): { lists: ListScore[]; total: Omit<ListScore, 'file' | 'errors'> } {
  const lists = listFiles(dir).map((f) => scoreList(dir, f));
  const sum = (k: 'expected' | 'parsed' | 'number' | 'author' | 'year' | 'exact') => lists.reduce((n, l) => n + l[k], 0);
  return {
    lists,
    total: { expected: sum('expected'), parsed: sum('parsed'), number: sum('number'), author: sum('author'), year: sum('year'), exact: sum('exact') },
  };
}

export const describeScore = (s: Omit<ListScore, 'file' | 'errors'>) =>
  `${s.exact}/${s.expected} entries exact (number ${s.number}, author ${s.author}, year ${s.year}; ${s.parsed} entries parsed)`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { lists, total } = scoreAll(process.argv.includes('--check') ? CHECK_SET : SET);
  for (const l of lists) console.log(`${l.file.padEnd(24)} ${describeScore(l)}`);
  console.log(`${'all'.padEnd(24)} ${describeScore(total)}`);
  if (process.argv.includes('--errors')) for (const l of lists) for (const e of l.errors) console.log(e);
}
