// Seeded generator of realistic citydefs corpora, for the benchmark.
//
//   node bench/generate.mjs N OUTDIR [--seed S]      (N may be written 1000, 10k, 1m)
//   import { generateCorpus } from './generate.mjs'; await generateCorpus({ size, dir, seed })
//
// OUTDIR gets `definitions.csv` (N rows, streamed to disk: a million rows are never held in
// memory) plus copies of the shipped `config.json`, `thesaurus.csv` and `codebook.csv`.
//
// Every text is new, recombined from the shipped corpus (corpus/definitions.csv):
//  - most are built from its PHRASES (clauses cut at punctuation and at "and"/"or") after a
//    defining opener ("A smart city is a city that …, … and …."), often with a second sentence
//    of phrases; a few carry one whole SENTENCE of the corpus;
//  - about 6% are NEAR-DUPLICATES of a recent text: they share most of it, with a word or two
//    changed, a clause added, or a preamble ("According to …, …") as quotes have;
//  - sector, org_type, term and year come from a row of the shipped corpus drawn at random, so the
//    sector mix and year spread (blank years included) are the real corpus's; years get ±1 jitter.
// All rows have kind `definition`, so every row is analysed (minus merged duplicates).
//
// Deterministic: the output depends only on the seed, the size and the shipped corpus. The random
// stream depends on the seed alone, so the 1,000-row corpus is the first 1,000 rows of the 10,000-row
// one (same seed).
import { createWriteStream, copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { once } from 'node:events';
import { parse } from 'csv-parse/sync';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SHIPPED_CORPUS = path.resolve(here, '..', 'corpus');
export const COLUMNS = ['id', 'sector', 'org_type', 'term', 'kind', 'author', 'year', 'title', 'url', 'text'];
const COPIED = ['config.json', 'thesaurus.csv', 'codebook.csv'];

/** mulberry32, seeded through a string hash so that any seed (number or text) works. */
export function seededRandom(seed) {
  let h = 2166136261;
  for (const c of String(seed)) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences, phrases and vocabulary of the shipped corpus. */
export function loadSource(corpusDir = SHIPPED_CORPUS) {
  const rows = parse(readFileSync(path.join(corpusDir, 'definitions.csv')), { columns: true, bom: true, skip_empty_lines: true });
  const clean = (s) => s.replace(/\s+/g, ' ').trim();
  const sentences = [];
  const phrases = [];
  for (const row of rows) {
    for (const raw of clean(row.text).split(/(?<=[.!?])\s+(?=["“(]?[A-Z])/)) {
      const sentence = raw.trim();
      const words = sentence.split(' ').length;
      if (words >= 6 && words <= 60) sentences.push(sentence.replace(/[.!?]*$/, '.'));
      // Clauses: cut at punctuation, then long ones at "and"/"or"; strip list markers and connectives.
      for (const clause of sentence.split(/[,;:()“”"]|\s[–—-]\s|\.\s|\.$/)) {
        for (let part of clause.split(/\s(?:and|or|as well as)\s/)) {
          part = part
            .replace(/^\s*(?:\(?[ivx]+\)|\d+\)|[a-z]\))\s*/i, '')
            .replace(/^(?:and|or|but|that|which|while|thus|also)\s+/i, '')
            .trim();
          for (let piece of splitLong(part)) {
            piece = piece.replace(/^(?:and|or|but|that|which|while|thus|also)\s+/i, '');
            const n = piece.split(' ').length;
            if (n >= 3 && n <= MAX_PHRASE && /[a-z]/.test(piece)) phrases.push(lowerFirst(piece));
          }
        }
      }
    }
  }
  const vocabulary = [...new Set(rows.flatMap((r) => r.text.toLowerCase().match(/\b[a-z][a-z-]{3,}\b/g) ?? []))].sort();
  const authors = [...new Set(rows.map((r) => r.author).filter(Boolean))];
  return { rows, sentences: dedupe(sentences), phrases: dedupe(phrases), vocabulary, authors };
}

const dedupe = (xs) => [...new Set(xs)];

/** Longest phrase, in words: one shared phrase must not make two generated texts near-duplicates. */
const MAX_PHRASE = 7;

/** A clause longer than MAX_PHRASE words, cut before a preposition or relative word near its middle. */
function splitLong(clause) {
  const words = clause.split(' ');
  if (words.length <= MAX_PHRASE) return [clause];
  const cuts = [];
  words.forEach((w, i) => {
    if (i >= 3 && i <= words.length - 3 && /^(?:to|for|of|in|by|with|through|that|which|where|while|from|on|into)$/i.test(w)) cuts.push(i);
  });
  const mid = words.length / 2;
  const cut = cuts.length ? cuts.reduce((a, b) => (Math.abs(b - mid) < Math.abs(a - mid) ? b : a)) : Math.round(mid);
  return [...splitLong(words.slice(0, cut).join(' ')), ...splitLong(words.slice(cut).join(' '))];
}

/** Lower-cases the first letter unless the first word is an acronym (ICT, ITU, EU …). */
function lowerFirst(s) {
  const first = s.split(' ')[0];
  return /^[A-Z][A-Z0-9]+\b/.test(first) || /^[A-Z][a-z]*[A-Z]/.test(first) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}
const upperFirst = (s) => s.charAt(0).toUpperCase() + s.slice(1);

const OPENERS = [
  'A {t} is a city that',
  'A {t} is an urban area which',
  'We define a {t} as a city that',
  'The {t} can be understood as a place where',
  '{T} refers to a city that',
  'In our view, a {t} is one that',
  'A {t} is an innovative city that',
  'The {t} is a city in which',
  '{T} is defined as a municipality that',
  'By {t} we mean a city that',
];
const SECOND = [
  'It relies on',
  'This includes',
  'Its main dimensions are',
  'Such a city also seeks',
  'Key elements include',
  'It aims at',
  'This requires',
  'It is characterised by',
];
/** Shares of the texts: near-duplicates of a recent one, carrying a whole corpus sentence; phrases mutated. */
export const PARAMS = { nearDuplicate: 0.06, sentence: 0.02, mutate: 0.5 };

const PREAMBLES = ['According to {a},', 'As {a} put it,', 'In the words of {a},', 'Following {a},'];
const MUTATE = PARAMS.mutate;
const TERM_WORDS = { other: 'smart community', '': 'smart city' };

/**
 * Writes a generated corpus to `dir`. Returns { size, seed, file, bytes, words, nearDuplicates,
 * withSentence }: `words` counts the whitespace-separated words of every text (the token count the
 * bench divides by).
 */
export async function generateCorpus({ size, dir, seed = 1, source = loadSource(), corpusDir = SHIPPED_CORPUS }) {
  if (!Number.isInteger(size) || size < 1) throw new Error(`size must be a positive integer, not ${size}`);
  mkdirSync(dir, { recursive: true });
  for (const f of COPIED) copyFileSync(path.join(corpusDir, f), path.join(dir, f));
  const file = path.join(dir, 'definitions.csv');
  const out = createWriteStream(file);
  const failed = new Promise((_, reject) => out.once('error', reject));
  failed.catch(() => {});
  const random = seededRandom(seed);
  const int = (n) => Math.floor(random() * n);
  const pick = (xs) => xs[int(xs.length)];
  const { rows, sentences, phrases, vocabulary, authors } = source;
  const recent = []; // ring buffer of the last texts: near-duplicates copy one of them
  const RECENT = 256;
  const width = String(size).length;
  const stats = { size, seed, file, bytes: 0, words: 0, nearDuplicates: 0, withSentence: 0 };

  // A phrase as drawn, or (MUTATE of the time, always for long ones) with one longer word swapped
  // for a word of the corpus: the vocabulary stays the corpus's, but phrases recur in variants.
  const phrase = () => {
    const p = pick(phrases);
    const words = p.split(' ');
    const slots = words.flatMap((w, i) => (/^[a-z]{5,}$/.test(w) ? [i] : []));
    // Phrases with many content words always vary: shared whole, they would pair unrelated texts.
    if (!slots.length || (slots.length < 4 && random() >= MUTATE)) return p;
    words[pick(slots)] = pick(vocabulary);
    return words.join(' ');
  };
  const phraseList = (min, max) => {
    const n = min + int(max - min + 1);
    const ps = Array.from({ length: n }, phrase);
    return ps.length === 1 ? ps[0] : `${ps.slice(0, -1).join(', ')} and ${ps[ps.length - 1]}`;
  };
  const fresh = (term) => {
    const t = TERM_WORDS[term] ?? term;
    const opener = pick(OPENERS).replace('{t}', t).replace('{T}', upperFirst(t));
    const parts = [`${opener} ${phraseList(3, 5)}.`];
    const r = random();
    if (r < 0.75) parts.push(`${pick(SECOND)} ${phraseList(2, 3)}.`);
    if (random() < PARAMS.sentence) {
      // One whole sentence of the shipped corpus, before or after the generated ones.
      stats.withSentence++;
      if (random() < 0.5) parts.unshift(pick(sentences));
      else parts.push(pick(sentences));
    }
    return parts.join(' ');
  };
  const nearDuplicate = (text) => {
    stats.nearDuplicates++;
    const words = text.split(' ');
    const edit = int(4);
    if (edit === 0) {
      // Replace one or two words with words of the corpus.
      for (let k = 1 + int(2); k > 0; k--) {
        const i = 1 + int(words.length - 1);
        if (/^[a-z]+$/.test(words[i])) words[i] = pick(vocabulary);
      }
      return words.join(' ');
    }
    if (edit === 1) {
      // Drop a word or two.
      for (let k = 1 + int(2); k > 0 && words.length > 8; k--) words.splice(1 + int(words.length - 2), 1);
      return words.join(' ');
    }
    if (edit === 2) return `${text} It also ${phrase()}.`;
    return `${pick(PREAMBLES).replace('{a}', pick(authors))} ${lowerFirst(text)}`;
  };

  for (let i = 0; i < size; i++) {
    const base = pick(rows);
    const text = recent.length > 8 && random() < PARAMS.nearDuplicate ? nearDuplicate(pick(recent)) : fresh(base.term);
    if (recent.length < RECENT) recent.push(text);
    else recent[int(RECENT)] = text;
    let year = base.year;
    if (year && random() < 0.5) year = String(Math.min(2025, Math.max(1990, Number(year) + (random() < 0.5 ? -1 : 1))));
    const id = `gen-${String(i + 1).padStart(width, '0')}`;
    const record = {
      id,
      sector: base.sector,
      org_type: base.org_type,
      term: base.term,
      kind: 'definition',
      author: random() < 0.8 ? base.author : pick(authors),
      year,
      title: `Generated definition ${i + 1} (after ${base.id})`,
      url: base.url,
      text,
    };
    const line = COLUMNS.map((c) => csvField(record[c] ?? '')).join(',') + '\n';
    stats.words += text.split(/\s+/).filter(Boolean).length;
    const chunk = i === 0 ? COLUMNS.join(',') + '\n' + line : line;
    stats.bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
  }
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
  return stats;
}

function csvField(value) {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** "1000", "10k", "1m", "1e6" → a number. */
export function parseSize(text) {
  const m = /^(\d+(?:\.\d+)?(?:e\d+)?)([km]?)$/i.exec(String(text).trim());
  if (!m) return NaN;
  const n = Number(m[1]) * (m[2] ? (m[2].toLowerCase() === 'k' ? 1e3 : 1e6) : 1);
  return Number.isInteger(n) && n > 0 ? n : NaN;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  let seed = 1;
  const positional = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--seed') seed = args[++i];
    else if (args[i].startsWith('--seed=')) seed = args[i].slice(7);
    else positional.push(args[i]);
  }
  const size = parseSize(positional[0]);
  if (positional.length !== 2 || !size || seed === undefined) {
    console.error('usage: node bench/generate.mjs N OUTDIR [--seed S]');
    process.exit(2);
  }
  const started = performance.now();
  const stats = await generateCorpus({ size, dir: path.resolve(positional[1]), seed: /^\d+$/.test(seed) ? Number(seed) : seed });
  console.log(JSON.stringify({ ...stats, seconds: +((performance.now() - started) / 1000).toFixed(2) }));
}
