import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { cli, HEADER, tempCorpus } from '../helpers.js';

const codebook = 'factor_id,label,description,seed_terms\nict,ICT,,ict;data\nmobility,Mobility,,transport\n';
const rows = [
  HEADER,
  'a,academic,,smart city,definition,,,,,A city that uses ICT and data.',
  'b,private,,smart city,definition,,,,,A city with good transport.',
  'c,ngo,,smart city,definition,,,,,A city of data and people.',
];
const table = (dir: string, file: string) => parse(readFileSync(path.join(dir, 'output', file)), { columns: true }) as Record<string, string>[];

describe('corrections (corpus/coding.csv)', () => {
  it('override cells after the coding, are marked as corrections with their note, and move the counts', async () => {
    const dir = tempCorpus({
      'corpus/definitions.csv': rows.join('\n') + '\n',
      'corpus/codebook.csv': codebook,
      'corpus/config.json': '{"factors": {"minDefinitions": 1, "bootstrap": 0}}',
      // b's transport is coded; the researcher adds ICT to b and removes it from c; one line names a missing definition.
      'corpus/coding.csv': 'definition_id,factor_id,value,note\nb,ict,1,"good transport means smart ICT here"\nc,ict,0,data here means statistics\nzz,ict,1,\n',
    });
    const run = await cli(['analyze', '--no-png'], dir);
    expect(run.stderr).toContain('corpus/coding.csv:4');
    expect(run.stderr).toContain('[code/unapplied-correction]');
    const matrix = table(dir, 'definition-matrix.csv');
    expect(matrix.map((r) => [r.definition_id, r.ict, r.mobility])).toEqual([
      ['a', '1', '0'],
      ['b', '1', '1'],
      ['c', '0', '0'],
    ]);
    const long = table(dir, 'definition-factor-long.csv').filter((r) => r.factor_id === 'ict');
    expect(long.map((r) => [r.definition_id, r.value, r.source, r.note])).toEqual([
      ['a', '1', 'text', ''],
      ['b', '1', 'correction', 'good transport means smart ICT here'],
      ['c', '0', 'correction', 'data here means statistics'],
    ]);
    // c's text evidence is kept, to show what the correction overrode.
    expect(long.find((r) => r.definition_id === 'c')!.evidence).toBe('data');
    expect(table(dir, 'definition-factors.csv').find((r) => r.definition_id === 'b' && r.factor_id === 'ict')).toMatchObject({
      source: 'correction',
      evidence: '',
    });
    expect(table(dir, 'factors.csv').find((r) => r.factor_id === 'ict')!.definitions).toBe('2');
    expect(readFileSync(path.join(dir, 'output', 'report.md'), 'utf8')).toContain('corrected in coding.csv: good transport means smart ICT here');
  });
  it('count toward a factor before the columns are ordered: a factor only corrections code is kept, and first when it codes most', async () => {
    const dir = tempCorpus({
      'corpus/definitions.csv': rows.join('\n') + '\n',
      // No definition says "green": without the corrections, environment codes nothing and is left out.
      'corpus/codebook.csv': codebook + 'environment,Environment,,green\n',
      'corpus/config.json': '{"factors": {"minDefinitions": 1, "bootstrap": 0}}',
      'corpus/coding.csv': 'definition_id,factor_id,value,note\na,environment,1,\nb,environment,1,\nc,environment,1,\n',
    });
    expect((await cli(['analyze', '--no-png'], dir)).code).toBe(0);
    // environment 3 definitions (all corrections), ict 2 (a, c), mobility 1 (b).
    expect(table(dir, 'factors.csv').map((r) => [r.factor_id, r.definitions])).toEqual([
      ['environment', '3'],
      ['ict', '2'],
      ['mobility', '1'],
    ]);
    expect(Object.keys(table(dir, 'definition-matrix.csv')[0]!)).toEqual(['definition_id', 'sector', 'environment', 'ict', 'mobility']);
  });
});
