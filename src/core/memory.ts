import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collector: (() => void) | null | undefined;

/**
 * A full garbage collection now. V8 lets the heap of a large run grow well past what it holds
 * before collecting (a million-definition run left ~1 GB of garbage between its stages); calling
 * this where a stage has just let go of much keeps the peak near the live size. It needs V8's `gc`,
 * which a context made after `--expose-gc` is set has; where that fails it does nothing.
 */
export function collectGarbage(): void {
  if (collector === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('gc');
      collector = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collector = null;
    }
  }
  collector?.();
}
