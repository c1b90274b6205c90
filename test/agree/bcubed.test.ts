import { expect, test } from 'vitest';
import { bcubed } from '../../src/agree/bcubed.js';

test('B-cubed precision and recall, worked by hand', () => {
  // Clusters {a,b,c} {d,e}; classes {a,b} {c,d,e}.
  // Precision per item: a 2/3, b 2/3, c 1/3, d 1, e 1 → 11/15. Recall: a 1, b 1, c 1/3, d 2/3, e 2/3 → 11/15.
  const clusters = new Map([
    ['a', '1'],
    ['b', '1'],
    ['c', '1'],
    ['d', '2'],
    ['e', '2'],
  ]);
  const classes = new Map([
    ['a', 'x'],
    ['b', 'x'],
    ['c', 'y'],
    ['d', 'y'],
    ['e', 'y'],
    ['z', 'y'],
  ]);
  const score = bcubed(clusters, classes);
  expect(score.items).toBe(5);
  expect(score.precision).toBeCloseTo(11 / 15, 12);
  expect(score.recall).toBeCloseTo(11 / 15, 12);
  expect(score.f1).toBeCloseTo(11 / 15, 12);
});

test('one cluster of everything has full recall; singletons full precision', () => {
  const classes = new Map([
    ['a', 'x'],
    ['b', 'x'],
    ['c', 'y'],
  ]);
  expect(
    bcubed(
      new Map([
        ['a', '1'],
        ['b', '1'],
        ['c', '1'],
      ]),
      classes,
    ),
  ).toMatchObject({ recall: 1 });
  expect(
    bcubed(
      new Map([
        ['a', '1'],
        ['b', '2'],
        ['c', '3'],
      ]),
      classes,
    ),
  ).toMatchObject({ precision: 1 });
  expect(bcubed(new Map(), classes)).toMatchObject({ items: 0, f1: 0 });
});
