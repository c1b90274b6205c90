import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Definition } from '../../src/model/index.js';
import { check } from '../../src/pipeline.js';

const corpus = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus');

/** The shipped corpus's definitions an analysis takes, read and checked, not analysed: the references tests use only their sources. */
export async function shippedAnalysed(): Promise<readonly Definition[]> {
  const {
    validated: { analysed },
  } = await check({ corpus });
  if (analysed.length <= 60) throw new Error(`the shipped corpus gave ${analysed.length} analysed definitions, expected more than 60`);
  return analysed;
}
