/** What the command line touches; tests pass their own. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly now: () => Date;
  readonly cwd: string;
  /** stderr is a terminal: progress may be drawn there. */
  readonly stderrIsTTY?: boolean;
  /** Called at each step of a corpus write; the kill-safety test crashes the process there. */
  readonly onWriteStep?: (step: string) => void;
}
