import { describe, expect, it } from 'vitest';
import { parseCoding } from '../../src/config/coding.js';
import { Diagnostics } from '../../src/core/diagnostics.js';
import { lines } from '../helpers.js';

const HEAD = 'definition_id,factor_id,value,note';

describe('coding files (definition_id,factor_id,value,note)', () => {
  it('reads one cell per row, with its note and line', () => {
    const d = new Diagnostics();
    const cells = parseCoding(`\uFEFF${HEAD}\r\na1,ict,1,"""uses ICT"""\r\na1,environment,0,\r\n`, 'c.csv', d);
    expect(lines(d)).toEqual([]);
    expect(cells).toEqual([
      { definitionId: 'a1', factorId: 'ict', value: 1, note: '"uses ICT"', line: 2 },
      { definitionId: 'a1', factorId: 'environment', value: 0, note: '', line: 3 },
    ]);
  });

  it('takes a file without a note column', () => {
    const d = new Diagnostics();
    expect(parseCoding('definition_id,factor_id,value\na1,ict,1\n', 'c.csv', d)).toHaveLength(1);
    expect(lines(d)).toEqual([]);
  });

  it('reports each bad row at its line and skips it', () => {
    const d = new Diagnostics();
    const text = [
      HEAD,
      'a1,ict,1,',
      'a1,ict,1,again',
      'a1,ict,0,changed mind',
      'a2,ict,yes,',
      'a2,ict,2,',
      ',ict,1,',
      'a3,,1,',
      'a4,mobility,1,',
      'zz,ict,1,',
    ].join('\n');
    const cells = parseCoding(text, 'c.csv', d, { factorIds: new Set(['ict', 'environment']), definitionIds: new Set(['a1', 'a2', 'a3', 'a4']) });
    expect(cells.map((c) => `${c.definitionId}:${c.factorId}:${c.value}`)).toEqual(['a1:ict:1']);
    expect(lines(d)).toEqual([
      'c.csv:3  warning  Expected each definition × factor cell once; `a1` × `ict` is already coded on line 2, which counts; this row is skipped (record `a1`)  [coding/duplicate-cell]',
      'c.csv:4  error  Expected each definition × factor cell once; `a1` × `ict` is already coded on line 2 as 1, which counts; this row is skipped (record `a1`)  [coding/duplicate-cell]',
      'c.csv:5 [value]  error  Expected `value` 0 (the definition does not have the factor) or 1 (it has); the row is skipped; found `yes` (record `a2`)  [coding/invalid-value]',
      'c.csv:6 [value]  error  Expected `value` 0 (the definition does not have the factor) or 1 (it has); the row is skipped; found `2` (record `a2`)  [coding/invalid-value]',
      'c.csv:7 [definition_id]  error  Expected a `definition_id` in every row; the row is skipped  [coding/missing-id]',
      'c.csv:8 [factor_id]  error  Expected a `factor_id` in every row; the row is skipped  [coding/missing-id]',
      'c.csv:9 [factor_id]  error  Expected one of the known factors (`environment`, `ict`); the row is skipped; found `mobility` (record `a4`)  [coding/unknown-factor]',
      'c.csv:10 [definition_id]  warning  Expected the id of a definition in the corpus; the row is skipped; found `zz`  [coding/unknown-definition]',
    ]);
  });

  it('reports a missing column once and reads nothing', () => {
    const d = new Diagnostics();
    expect(parseCoding('definition_id,factor,value\na1,ict,1\n', 'c.csv', d)).toEqual([]);
    expect(lines(d)).toEqual([
      'c.csv:1  error  Expected the columns `definition_id,factor_id,value,note` (`note` may be left out); `factor_id` missing  [coding/missing-column]',
    ]);
  });
});
