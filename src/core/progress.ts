/** `step` names what is running; `done`/`total` count its items when it has any. */
export type Progress = (step: string, done?: number, total?: number) => void;

/**
 * A one-line progress display for a terminal: rewrites its line in place (`\r`, clear line) and
 * redraws a counted step only when its whole percentage changes, so a long run costs little.
 * `clear()` erases the line before the summary is printed.
 */
export function terminalProgress(write: (text: string) => void): { progress: Progress; clear: () => void } {
  let shown = false;
  let last = '';
  return {
    progress: (step, done, total) => {
      const line = done !== undefined && total ? `citydefs: ${step} ${Math.floor((done / total) * 100)}% (${done}/${total})` : `citydefs: ${step}…`;
      const key = done !== undefined && total ? `${step} ${Math.floor((done / total) * 100)}` : step;
      if (key === last) return;
      last = key;
      shown = true;
      write(`\r\u001b[2K${line}`);
    },
    clear: () => {
      if (shown) write('\r\u001b[2K');
      shown = false;
      last = '';
    },
  };
}
