import { describe, expect, it } from 'vitest';
import { DEFAULT_PERIODS, periodLabel, periodOf, PeriodsSchema } from '../../src/config/periods.js';
import { ConfigSchema } from '../../src/config/schema.js';

const messages = (value: unknown) => {
  const r = PeriodsSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('config periods', () => {
  it('defaults to ≤2010, 2011–2014, 2015–2019, 2020–', () => {
    expect(ConfigSchema.parse({}).periods).toEqual(DEFAULT_PERIODS);
    expect(DEFAULT_PERIODS.map((p) => p.label)).toEqual(['≤2010', '2011–2014', '2015–2019', '2020–']);
  });

  it('labels a period from its bounds when it has no label', () => {
    expect(PeriodsSchema.parse([{ to: 1999 }, { from: 2000, to: 2000 }, { from: 2001, to: 2009 }, { from: 2010 }]).map((p) => p.label)).toEqual([
      '≤1999',
      '2000',
      '2001–2009',
      '2010–',
    ]);
    expect(periodLabel(undefined, undefined)).toBe('all years');
  });

  it('refuses periods out of order, overlapping, open in the middle, reversed, or named like the rows outside them', () => {
    expect(
      messages([
        { from: 2015, to: 2019 },
        { from: 2010, to: 2014 },
      ]),
    ).toEqual([expect.stringMatching(/^1\.from: Expected periods oldest first, without overlap: `2010–2014` starts in 2010/)]);
    expect(messages([{ to: 2012 }, { from: 2012 }])).toEqual([expect.stringMatching(/^1\.from: .*starts in 2012, at or before the end of `≤2012` \(2012\)/)]);
    expect(messages([{ from: 2000 }, { from: 2010 }])).toEqual(['0.to: Expected a `to` year: only the last period may be open at the end']);
    expect(messages([{ to: 2000 }, { to: 2010 }])).toEqual(['1.from: Expected a `from` year: only the first period may be open at the start']);
    expect(messages([{ from: 2010, to: 2000 }])).toEqual(['0: Expected `from` at or before `to`']);
    expect(
      messages([
        { label: 'early', to: 2000 },
        { label: 'early', from: 2001 },
      ]),
    ).toEqual(['1.label: Expected each period label once; `early` is used twice']);
    expect(messages([{ label: 'no year', to: 2000 }])).toEqual(['0.label: `no year` names the definitions outside the periods; choose another label']);
    expect(messages([])).toHaveLength(1);
    expect(messages([{ to: 2000, extra: 1 }])).toHaveLength(1);
  });

  it('allows a gap between periods; the gap years are in no period', () => {
    const periods = PeriodsSchema.parse([{ to: 2010 }, { from: 2012 }]);
    expect([2009, 2010, 2011, 2012, 2030, undefined].map((y) => periodOf(periods, y))).toEqual([0, 0, -1, 1, 1, -1]);
    expect(periodOf(PeriodsSchema.parse([{ from: 2000, to: 2005 }]), 1999)).toBe(-1);
  });
});
