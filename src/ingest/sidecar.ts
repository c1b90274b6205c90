import type { Diagnostics } from '../core/diagnostics.js';
import { parseJson, toFields } from './fields.js';
import type { ReadContext } from './reader.js';

/**
 * The metadata of a mined document from its sidecar (`paper.meta.json`), or undefined after a
 * diagnostic when it is missing (when `required`), unreadable (reported on the sidecar) or not
 * one JSON object.
 */
export function sidecarFields(file: string, diagnostics: Diagnostics, context: ReadContext, kind: string, required = true): Record<string, string> | undefined {
  const sidecarName = file.replace(/\.[^./]+$/, '.meta.json');
  if (!context.sidecar) {
    const code = kind === 'PDF' ? 'ingest/pdf-sidecar-missing' : 'ingest/document-sidecar-missing';
    if (required) diagnostics.error(code, `Expected the ${kind}'s metadata (sector, author, year, title, url) in \`${sidecarName}\``, { file });
    return required ? undefined : {};
  }
  // A sidecar that is not text was reported on the sidecar; one diagnostic is enough.
  if (context.sidecar.text === undefined) return undefined;
  const parsed = parseJson(context.sidecar.text, diagnostics, { file: context.sidecar.file });
  if (!parsed) return undefined;
  const meta = toFields(parsed.value);
  if (!meta) diagnostics.error('ingest/json-shape', 'Expected one object of metadata fields', { file: context.sidecar.file });
  return meta;
}
