import type { Diagnostics } from '../core/diagnostics.js';
import { jsonDepth, MAX_JSON_DEPTH } from '../core/json.js';

/**
 * Scalars become strings so every format reaches validation in the same shape as CSV. Keys are
 * defined as own properties, so a `__proto__` key is a field like any other (reported as an
 * unknown column), never the object's prototype.
 */
export function toFields(item: unknown): Record<string, string> | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(item)) {
    if (value === null || value === undefined) continue;
    Object.defineProperty(fields, key, {
      value: typeof value === 'object' ? JSON.stringify(value) : String(value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return fields;
}

/** A value shown in a message: JSON, cut short so a huge value cannot make a huge message. */
export function preview(value: unknown, max = 60): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * JSON text parsed, or undefined (reported) when it is not JSON or nests deeper than records do:
 * the depth is checked first, since later steps recurse.
 */
export function parseJson(text: string, diagnostics: Diagnostics, at: { file: string; line?: number }, what = 'valid JSON'): { value: unknown } | undefined {
  const depth = jsonDepth(text);
  if (depth > MAX_JSON_DEPTH) {
    diagnostics.error('ingest/json-too-deep', `Expected records of fields; the JSON nests more than ${MAX_JSON_DEPTH} levels deep`, at);
    return undefined;
  }
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    diagnostics.error('ingest/json-syntax', `Expected ${what}: ${(error as Error).message}`, at);
    return undefined;
  }
}
