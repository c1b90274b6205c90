// The floor of the benchmark: what tokenizing the same texts with wink-nlp alone costs.
//   node bench/floor.mjs CSV
// Streams the CSV's `text` column; one winkNLP(model) instance; per text: readDoc(text), then the
// tokens with their values, POS tags and lemmas (what citydefs needs from wink). Prints one JSON
// line: { definitions, tokens (wink tokens), words (whitespace words), readMs, tokenizeMs }.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const file = process.argv[2];
if (!file) {
  console.error('usage: node bench/floor.mjs CSV');
  process.exit(2);
}
const started = performance.now();
const nlp = winkNLP(model);
const its = nlp.its;
let definitions = 0;
let tokens = 0;
let words = 0;
let tokenizeMs = 0;
for await (const record of createReadStream(file).pipe(parse({ columns: true, bom: true, relax_column_count: true }))) {
  const text = record.text ?? '';
  const t0 = performance.now();
  const doc = nlp.readDoc(text);
  const t = doc.tokens();
  const values = t.out();
  t.out(its.pos);
  t.out(its.lemma);
  tokenizeMs += performance.now() - t0;
  tokens += values.length;
  words += text.split(/\s+/).filter(Boolean).length;
  definitions++;
}
const totalMs = performance.now() - started;
console.log(JSON.stringify({ definitions, tokens, words, tokenizeMs: Math.round(tokenizeMs), readMs: Math.round(totalMs - tokenizeMs) }));
