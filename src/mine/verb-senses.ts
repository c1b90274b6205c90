import { readFileSync } from 'node:fs';
import path from 'node:path';
import { wordnetDictionary } from '../cluster/wordnet.js';

// WordNet's lexicographer files sort every verb sense by what it is about (wndb(5), lexnames(5)):
// 40 verb.possession (give, offer, provide, own, buy), 42 verb.stative (be, include, contain, lack).
const POSSESSION = 40;
const STATIVE = 42;

let senses: Map<string, number> | undefined;

/** The lexicographer file of each verb's most frequent sense, read once from index.verb and data.verb (4 MB). */
function load(): Map<string, number> {
  if (senses) return senses;
  const dictionary = wordnetDictionary();
  const data = readFileSync(path.join(dictionary, 'data.verb'));
  senses = new Map();
  for (const line of readFileSync(path.join(dictionary, 'index.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    // `lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…`: the first offset is the most frequent sense.
    const fields = line.trim().split(' ');
    const offset = Number(fields[4 + Number(fields[3])! + 2]);
    if (!Number.isInteger(offset) || offset >= data.length) continue;
    // data.verb: `offset lex_filenum ss_type …`
    const lexFile = Number(data.toString('latin1', offset + 9, offset + 11));
    if (Number.isInteger(lexFile)) senses.set(fields[0]!, lexFile);
  }
  return senses;
}

/** The base forms a present-tense verb may have (`offers` → offer, `supplies` → supply, `reaches` → reach). */
function bases(verb: string): string[] {
  const w = verb.toLowerCase();
  const out = [w];
  if (/ies$/u.test(w)) out.push(`${w.slice(0, -3)}y`);
  if (/(?:s|x|z|ch|sh)es$/u.test(w)) out.push(w.slice(0, -2));
  if (/[^s]s$/u.test(w)) out.push(w.slice(0, -1));
  return out;
}

/**
 * The verb's most frequent sense is one of having or giving (`offers`, `provides`, `includes`, `contains`):
 * it says what the thing has or hands over, not what it does, even with a purpose after it.
 */
export function isVerbOfHaving(verb: string): boolean {
  const table = load();
  for (const base of bases(verb).reverse()) {
    const lexFile = table.get(base);
    if (lexFile !== undefined) return lexFile === POSSESSION || lexFile === STATIVE;
  }
  return false;
}
