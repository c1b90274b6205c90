import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

// citation-js is loaded without sync-fetch and node-fetch (see `withoutFetch` in references.ts): on
// a fresh thread, as a references thread is, formatting loads none of their parts (nor node-fetch's
// own dependencies), and a fetch citation-js would make fails with a message rather than going to the
// network (the real modules would reach for it).
describe('citation-js loaded for formatting', () => {
  it('does not load the fetch modules, which refuse to fetch', async () => {
    const references = JSON.stringify(new URL('../../src/outputs/references.ts', import.meta.url).href);
    const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
    const code = `
      const { parentPort } = await import('node:worker_threads');
      const { createRequire } = await import('node:module');
      (await import(${tsx})).register();
      const { referencesBib, referencesRis } = await import(${references});
      const sources = [{ id: 'a-1', author: 'Doe, Jane', title: 'A title', year: 2020, url: 'https://example.org/' }];
      const bib = referencesBib(sources);
      const ris = referencesRis(sources);
      const fromCore = createRequire(createRequire(${references}).resolve('@citation-js/core'));
      const loaded = Object.keys(fromCore.cache).filter((file) => /node_modules\\/(sync-fetch\\/src|whatwg-mimetype|fetch-blob|formdata-polyfill)\\//.test(file));
      let refused = '';
      try { fromCore('sync-fetch')('https://example.org/'); } catch (error) { refused = error.message; }
      let refusedAsync = '';
      try { await fromCore('node-fetch').default('https://example.org/'); } catch (error) { refusedAsync = error.message; }
      parentPort.postMessage({ bib, ris, loaded, refused, refusedAsync });`;
    const worker = new Worker(`(async () => {${code}})()`, { eval: true });
    const reply = await new Promise<{ bib: string; ris: string; loaded: string[]; refused: string; refusedAsync: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(reply.bib).toContain('@misc{a-1,');
    expect(reply.ris).toContain('ID  - a-1');
    expect(reply.loaded).toEqual([]);
    expect(reply.refused).toMatch(/without fetching/);
    expect(reply.refusedAsync).toMatch(/without fetching/);
  });
});
