// Preload (`node --require ./test/faults/inject.cjs`) that makes a run fail on purpose, from the
// outside: no hook in the program that a user could trip. Worker threads inherit `--require` (not
// `--import`, on Node 20), so it runs in each of them too. `CITYDEFS_FAULT` says what fails:
//   enospc:<bytes>                 file writes on the main thread fail with ENOSPC once <bytes> have landed
//                                  (the write that crosses the limit is cut short, as on a filling disk)
//   worker:<kind>:<how>:<message>  the worker thread of <kind> fails on its <message>-th message from
//                                  the main thread (0: as soon as it starts); <how> is exit
//                                  (process.exit(3), as a killed thread), throw (an uncaught error)
//                                  or hang (a busy loop)
// <kind> is told by what the thread is given: tokenize, keyterms, stability, references, pdf, png.
// With CITYDEFS_FAULT_THREADS=1 the main thread also prints `thread <kind>` on stderr as each starts.
'use strict';
const fsPromises = require('node:fs/promises');
const { syncBuiltinESMExports } = require('node:module');
const workerThreads = require('node:worker_threads');
const { isMainThread, parentPort, workerData } = workerThreads;

const fault = process.env.CITYDEFS_FAULT || '';
const [what, ...args] = fault.split(':');

/** The kind of worker thread this is, from its `workerData`. */
function kind(data) {
  if (data === undefined || data === null) return 'png';
  if ('thesaurus' in data) return 'tokenize';
  if ('pos' in data && 'uses' in data) return 'keyterms';
  if ('incidence' in data) return 'stability';
  if ('formats' in data) return 'references';
  if ('pdfjs' in data) return 'pdf';
  return 'other';
}

function fail(how) {
  if (how === 'exit') process.exit(3);
  if (how === 'throw') throw new Error('injected failure');
  if (how === 'hang') for (;;);
}

if (what === 'enospc' && isMainThread) {
  const limit = Number(args[0]);
  let written = 0;
  let patched = false;
  const open = fsPromises.open;
  // Every FileHandle shares one prototype: its `write` is wrapped on the first open.
  fsPromises.open = async function (...openArgs) {
    const handle = await open.apply(this, openArgs);
    if (!patched) {
      patched = true;
      const proto = Object.getPrototypeOf(handle);
      const write = proto.write;
      proto.write = async function (data, offset, length, ...rest) {
        if (written >= limit) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
        // As a disk filling up: the write that crosses the limit lands only the bytes that fit.
        if (data instanceof Uint8Array && typeof offset === 'number' && typeof length === 'number') length = Math.min(length, limit - written);
        const result = await write.call(this, data, offset, length, ...rest);
        written += result.bytesWritten;
        return result;
      };
    }
    return handle;
  };
  syncBuiltinESMExports();
}

if (what === 'worker' && !isMainThread && kind(workerData) === args[0]) {
  const [, how, at] = args;
  const n = Number(at);
  if (n === 0) setTimeout(() => fail(how), 0);
  else {
    let seen = 0;
    // Added before the worker's own listener, so it runs first.
    parentPort.on('message', () => {
      if (++seen === n) fail(how);
    });
  }
}

if (process.env.CITYDEFS_FAULT_THREADS && isMainThread) {
  const Worker = workerThreads.Worker;
  workerThreads.Worker = class extends Worker {
    constructor(script, options) {
      super(script, options);
      // (stderr to a pipe is written at once: the parent sees it even if the process ends next)
      process.stderr.write(`thread ${kind(options && options.workerData)}\n`);
    }
  };
  syncBuiltinESMExports();
}
