// The CLI as one bundle (`dist/bundle/cli.js` and the chunks its lazy imports load), built from the
// compiled `dist/` after `tsc -b`: Node's loader then reads, links and compiles a few dozen files
// where `dist/bin.js` loads some 620 (ours and our packages'), about a tenth of the CPU of `analyze`
// on the shipped corpus. `dist/bin.js` stays as it was (the tests run it).
//
//   node scripts/bundle.mjs          rebuilt only when a file it was made from changed since
//
// Each module keeps the location it had in `dist/`: `import.meta.url` in it is rewritten to its own
// file's URL, so the files it reads beside itself, the packages it resolves and the worker threads
// it starts (each its `dist/` module, not bundled) are the same as unbundled.
//
// `bin.js` is a launcher: it runs the bundle (`cli.js`), or `dist/bin.js` when `tsc -b` has compiled
// since the bundle was made (`dist/.tsbuildinfo` newer), so a build without this step never runs
// older code.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const outdir = path.join(dist, 'bundle');
// What the last bundle was made from: rebuilt when one of these (or this script) is newer than it.
const inputsFile = path.join(outdir, 'inputs.json');

function upToDate() {
  if (!existsSync(inputsFile)) return false;
  const made = statSync(inputsFile).mtimeMs;
  const inputs = [fileURLToPath(import.meta.url), ...JSON.parse(readFileSync(inputsFile, 'utf8')).map((file) => path.join(root, file))];
  // tsc's record of its last build: newer, the launcher would not run the bundle.
  const compiled = path.join(dist, '.tsbuildinfo');
  return inputs.every((file) => existsSync(file) && statSync(file).mtimeMs <= made) && !(existsSync(compiled) && statSync(compiled).mtimeMs > made);
}

/** Each of our modules' `import.meta.url`, as the URL of its own file in `dist/`, relative to the chunk it lands in (all in `outdir`). */
const ownLocation = {
  name: 'own-location',
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!args.path.startsWith(dist + path.sep)) return undefined;
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return { contents: text, loader: 'js' };
      const own = path.relative(outdir, args.path).split(path.sep).join('/');
      return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(own)}, import.meta.url).href`), loader: 'js' };
    });
  },
};

if (upToDate()) process.exit(0);
const { build } = await import('esbuild');
await rm(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { cli: path.join(dist, 'bin.js') },
  absWorkingDir: root,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir,
  chunkNames: '[name]-[hash]',
  // Loaded from node_modules as unbundled: resvg (a native module), pdf.js (imported by URL on its
  // own threads) and citation-js (required where it is used, so one copy holds the plugins).
  external: ['@resvg/resvg-js', 'pdfjs-dist', 'pdfjs-dist/*', '@citation-js/*'],
  // The packages written as CommonJS call `require` for Node's modules.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  plugins: [ownLocation],
  metafile: true,
  logLevel: 'warning',
});
const launcher = `#!/usr/bin/env node
// Made by scripts/bundle.mjs: the bundle, unless dist/ was compiled after it (then dist/bin.js).
import { statSync } from 'node:fs';
const made = (file, missing) => statSync(new URL(file, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? missing;
await import(made('./inputs.json', -1) >= made('../.tsbuildinfo', 0) ? './cli.js' : '../bin.js');
`;
writeFileSync(path.join(outdir, 'bin.js'), launcher, { mode: 0o755 });
// Written last: the bundle counts as made once this file is.
writeFileSync(inputsFile, JSON.stringify(Object.keys(result.metafile.inputs).sort()) + '\n');
