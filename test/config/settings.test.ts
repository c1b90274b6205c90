import { describe, expect, it } from 'vitest';
import { parseCodebook } from '../../src/config/codebook.js';
import { loadConfig, ConfigError } from '../../src/config/load.js';
import { parseThesaurus } from '../../src/config/thesaurus.js';
import { Diagnostics } from '../../src/core/diagnostics.js';
import { cli, HEADER, lines, tempCorpus } from '../helpers.js';

describe('thesaurus', () => {
  it('reads label → replacement, lower-cased; an empty replacement drops the term; reports bad rows', () => {
    const d = new Diagnostics();
    const entries = parseThesaurus('label,replace_by\nICTs,ICT\nsmart city,\n,orphan\nicts,ict\n', 't.csv', d);
    expect(entries).toEqual([
      { label: 'icts', replaceBy: 'ict', line: 2 },
      { label: 'smart city', replaceBy: '', line: 3 },
      { label: 'icts', replaceBy: 'ict', line: 5 },
    ]);
    expect(lines(d)).toEqual([
      't.csv:4 [label]  error  Expected a `label`, not an empty cell  [thesaurus/empty-label]',
      't.csv:5 [label]  warning  Label `icts` is already mapped on line 2; this line wins; found `icts`  [thesaurus/duplicate-label]',
    ]);
  });
});

describe('thesaurus chains and cycles', () => {
  it('reports a cycle once, a chain on its line, and leaves self-mappings alone', () => {
    const d = new Diagnostics();
    parseThesaurus('label,replace_by\na,b\nb,c\nc,a\nict,ict\nicts,ict\nx,y\ny,\n', 't.csv', d);
    expect(lines(d)).toEqual([
      't.csv:2 [replace_by]  warning  `a` → `b` → `c` → `a`: replacements are applied once, so these terms swap instead of merging; map them all to one term  [thesaurus/cycle]',
      't.csv:7 [replace_by]  warning  `x` is replaced by `y`, which line 8 drops (an empty `replace_by`); replacements are applied once, so `x` becomes `y`: leave its `replace_by` empty too  [thesaurus/chain]',
    ]);
  });

  it('stays linear on a long chain', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `t${i},t${i + 1}`).join('\n');
    const d = new Diagnostics();
    const start = performance.now();
    parseThesaurus(`label,replace_by\n${rows}\n`, 't.csv', d);
    expect(d.list().filter((x) => x.code === 'thesaurus/chain')).toHaveLength(19_999);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});

describe('codebook', () => {
  it('reads factors with their seeds and reports bad ids and shared seeds', () => {
    const d = new Diagnostics();
    const factors = parseCodebook(
      'factor_id,label,description,seed_terms\nict,ICT,Tech,ICT; data\nBad Id,X,,x\nict,Again,,y\ndata,Data,,data;sensor\n',
      'c.csv',
      d,
    );
    expect(factors.map((f) => [f.id, f.label, f.description, f.seeds, f.rules.map((r) => r.source), f.line])).toEqual([
      ['ict', 'ICT', 'Tech', ['ict', 'data'], ['ICT', 'data'], 2],
      ['data', 'Data', '', ['sensor'], ['sensor'], 5],
    ]);
    expect(lines(d)).toEqual([
      'c.csv:3 [factor_id]  error  Expected a `factor_id` slug such as `quality-of-life`; found `Bad Id`  [codebook/invalid-id]',
      'c.csv:4 [factor_id]  error  Expected a unique `factor_id`; `ict` is already used  [codebook/duplicate-id]',
      'c.csv:5 [seed_terms]  warning  Rule `data` already codes `ict`; ignored here  [codebook/shared-seed]',
    ]);
  });

  it('reads rules: stems, lemmas, phrases, wildcards and exceptions; reports a malformed one', () => {
    const d = new Diagnostics();
    const [factor] = parseCodebook(
      'factor_id,label,description,seed_terms\nenv,Env,,transport;=innovation;quality of life;e-*;*-based;environment !urban environment !built environment;a*b\n',
      'c.csv',
      d,
    );
    expect(factor!.rules).toEqual([
      { source: 'transport', words: [{ match: 'stem', text: 'transport' }], except: [] },
      { source: '=innovation', words: [{ match: 'lemma', text: 'innovation' }], except: [] },
      { source: 'quality of life', words: ['quality', 'of', 'life'].map((text) => ({ match: 'stem', text })), except: [] },
      { source: 'e-*', words: [{ match: 'prefix', text: 'e-' }], except: [] },
      { source: '*-based', words: [{ match: 'suffix', text: '-based' }], except: [] },
      {
        source: 'environment !urban environment !built environment',
        words: [{ match: 'stem', text: 'environment' }],
        except: [
          [
            { match: 'stem', text: 'urban' },
            { match: 'stem', text: 'environment' },
          ],
          [
            { match: 'stem', text: 'built' },
            { match: 'stem', text: 'environment' },
          ],
        ],
      },
    ]);
    // Plain phrases anchor the factor in the clustering; wildcards cannot.
    expect(factor!.seeds).toEqual(['transport', 'innovation', 'quality of life', 'environment']);
    expect(lines(d)).toEqual([
      'c.csv:2 [seed_terms]  error  Expected `*` only at the start or the end of a word, not `a*b`; the rule `a*b` is ignored; found `a*b`  [codebook/invalid-rule]',
    ]);
  });

  it('is checked by `validate`', async () => {
    const dir = tempCorpus({
      'corpus/d.csv': `${HEADER}\na,academic,,,definition,,,,,Text.\n`,
      'corpus/codebook.csv': 'factor_id,label,description,seed_terms\n9x,Bad,,x\n',
    });
    const run = await cli(['validate'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('corpus/codebook.csv:2 [factor_id]  error');
  });
});

describe('config', () => {
  it('lists every problem at once', async () => {
    const dir = tempCorpus({ 'config.json': '{"kinds": [], "factors": {"resolution": -1}, "seed": 1.5}' });
    const error = await loadConfig(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'kinds: Too small: expected array to have >=1 items',
      'factors.resolution: Too small: expected number to be >0',
      'seed: Invalid input: expected int, received number',
    ]);
  });

  it('reports invalid JSON, and a named config file that is missing', async () => {
    await expect(loadConfig(tempCorpus({ 'config.json': '{"kinds": [' }))).rejects.toThrow(/Expected valid JSON/);
    await expect(loadConfig(tempCorpus({}), '/nonexistent/config.json')).rejects.toThrow(/Cannot read the file/);
  });
});

describe('concept', () => {
  it('takes the name as the only term when terms are not given, and says what is missing when neither is', async () => {
    const named = tempCorpus({ 'corpus/config.json': JSON.stringify({ concept: { name: 'digital twin' } }) });
    const { config } = await loadConfig(`${named}/corpus`);
    expect(config.concept).toEqual({ name: 'digital twin', terms: ['digital twin'], variants: {} });
    const empty = tempCorpus({ 'corpus/config.json': JSON.stringify({ concept: {} }) });
    const error = await loadConfig(`${empty}/corpus`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(String((error as Error).message)).toContain('Expected `terms` (the defined terms), or at least a `name`');
  });
});
