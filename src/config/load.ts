import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ConfigSchema, type Config } from './schema.js';

/** Corpus files that hold settings rather than definitions. */
export const CONFIG_FILE = 'config.json';
export const THESAURUS_FILE = 'thesaurus.csv';

/** The run cannot be done (exit 2): every problem is listed at once. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`Cannot use \`${file}\`:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Settings given on the command line (the overrides) that are not valid, by their config path
 * (`factors.resolution`), so the command line can name its own flags rather than the config file.
 */
export class OverrideError extends Error {
  constructor(readonly problems: readonly { readonly path: string; readonly message: string }[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    this.name = 'OverrideError';
  }
}

/**
 * Reads `config.json` (or `configPath`), applies the flags on top and validates the result.
 * A missing default config file means the defaults; a missing named one is an error.
 */
export async function loadConfig(corpusDir: string, configPath?: string, overrides: Record<string, unknown> = {}): Promise<{ config: Config; file?: string; text?: string }> {
  const file = configPath ?? path.join(corpusDir, CONFIG_FILE);
  let raw: unknown = {};
  let text: string | undefined;
  try {
    text = await readFile(file, 'utf8');
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new ConfigError(file, [`Expected valid JSON: ${(error as Error).message}`]);
    }
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || configPath) {
      throw new ConfigError(file, [`Cannot read the file: ${(error as Error).message}`]);
    }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError(file, ['Expected a JSON object at the top level']);
  }
  const merged = mergeDeep(raw as Record<string, unknown>, overrides);
  const result = ConfigSchema.safeParse(merged);
  if (!result.success) {
    // A value from the command line is the flag's problem, not the file's.
    const fromOverrides = result.error.issues.filter((issue) => issue.path.length > 0 && hasPath(overrides, issue.path));
    if (fromOverrides.length) throw new OverrideError(fromOverrides.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })));
    throw new ConfigError(file, formatIssues(result.error));
  }
  return text === undefined ? { config: result.data } : { config: result.data, file, text };
}

export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const at = issue.path.length ? issue.path.join('.') : '(top level)';
    return `${at}: ${issue.message}`;
  });
}

function mergeDeep(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue;
    const current = out[key];
    out[key] =
      isPlainObject(current) && isPlainObject(value) ? mergeDeep(current, value) : value;
  }
  return out;
}

/** Whether `path` leads to a value given in `over`. */
function hasPath(over: unknown, path: readonly PropertyKey[]): boolean {
  let at: unknown = over;
  for (const key of path) {
    if (typeof at !== 'object' || at === null || !(String(key) in at)) return false;
    at = (at as Record<string, unknown>)[String(key)];
    if (at === undefined) return false;
  }
  return true;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text of a settings file in the corpus folder, or undefined when there is none. */
export async function readOptional(corpusDir: string, name: string): Promise<string | undefined> {
  try {
    return await readFile(path.join(corpusDir, name), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
