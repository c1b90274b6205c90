import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/core/memory.js';

describe('collectGarbage', () => {
  it('collects what nothing holds any more', async () => {
    let held: object | undefined = { big: new Array(1000).fill(0) };
    const ref = new WeakRef(held);
    held = undefined;
    // A WeakRef's target is kept until the current job ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
    expect(held).toBeUndefined();
  });
});
