import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A run whose writing fails (a full disk) stops reading the files made on other threads. Those
// threads must then not keep the process alive: `analyze` printed "Cannot write …" and hung. Each
// case runs in a child process that starts the threads, reads part or none of their files, and
// returns; the child must exit by itself.
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function exitsByItself(body: string): { status: number | null; signal: string | null; stderr: string } {
  const script = `
    import { analyze } from './src/pipeline.ts';
    import { referenceFilesInBackground } from './src/outputs/references.ts';
    const { analysed } = await analyze({ corpus: 'corpus' });
    const sources = Array.from({ length: 40 }, (_, n) => analysed.map((d) => ({ ...d, id: d.id + '-' + n }))).flat();
    ${body}
  `;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, timeout: 60_000, encoding: 'utf8' });
  return { status: child.status, signal: child.signal, stderr: child.stderr };
}

describe('threads making outputs do not keep a failed run alive', () => {
  it('the references thread, when no file is read', () => {
    const child = exitsByItself(`referenceFilesInBackground(['bib', 'ris'], sources);`);
    expect(child, child.stderr).toMatchObject({ status: 0, signal: null });
  });

  it('the references thread, when a file is read in part and the reader stops (closes it)', () => {
    const child = exitsByItself(`
      const pieces = referenceFilesInBackground(['bib', 'ris'], sources).get('bib').pieces()[Symbol.asyncIterator]();
      await pieces.next();
      await pieces.return();
    `);
    expect(child, child.stderr).toMatchObject({ status: 0, signal: null });
  });

  it('the PNG threads, when some figures are awaited and the rest never are', () => {
    const child = exitsByItself(`
      const { figureFilesInBackground } = await import('./src/outputs/figures/files.ts');
      const svg = (n) => '<svg xmlns="http://www.w3.org/2000/svg" width="360" height="180"><title>t</title>' + '<rect width="2" height="9"/>'.repeat(n) + '</svg>';
      const pngs = [1, 50, 5, 200, 9].map((n) => figureFilesInBackground([{ name: 'f' + n, column: 'single', svg: svg(n) }]).get('figures/f' + n + '.png'));
      await pngs[0];
    `);
    expect(child, child.stderr).toMatchObject({ status: 0, signal: null });
  });
});
