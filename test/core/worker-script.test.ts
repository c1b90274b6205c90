import { describe, expect, it } from 'vitest';
import { runOnceInWorker, startAhead } from '../../src/core/worker-script.js';

describe('threads started ahead (startAhead)', () => {
  it('forgets one that failed before it was taken: the job runs on a thread of its own', async () => {
    // A script that fails as it loads: the thread started ahead dies before it is given a job.
    const failing = `throw new Error('failed while loading');`;
    startAhead(failing);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Taken dead, its job would wait for a reply forever; a fresh thread fails the same way, at once.
    await expect(runOnceInWorker(failing, { n: 1 }, 'failing')).rejects.toThrow('failed while loading');
  });
});
