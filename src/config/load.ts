import { constants } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { decodeText, decodeReported } from '../core/decode.js';
import type { Diagnostics } from '../core/diagnostics.js';
import { jsonDepth, MAX_JSON_DEPTH } from '../core/json.js';
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
export async function loadConfig(
  corpusDir: string,
  configPath?: string,
  overrides: Record<string, unknown> = {},
): Promise<{ config: Config; file?: string; text?: string }> {
  const file = configPath ?? path.join(corpusDir, CONFIG_FILE);
  let raw: unknown = {};
  let text: string | undefined;
  let bytes: Buffer | undefined;
  try {
    // The corpus' own config is never read through a link (it could point anywhere); a --config path is the user's choice.
    bytes = configPath ? await readFile(file) : await readNoFollow(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || configPath) {
      throw new ConfigError(file, [`Cannot read the file: ${describeReadError(error)}`]);
    }
  }
  if (bytes) {
    const decoded = decodeText(bytes);
    if (!decoded.ok) throw new ConfigError(file, [decoded.message]);
    text = decoded.text;
    if (jsonDepth(text) > MAX_JSON_DEPTH) throw new ConfigError(file, [`Expected settings; the JSON nests more than ${MAX_JSON_DEPTH} levels deep`]);
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new ConfigError(file, [`Expected valid JSON: ${(error as Error).message}`]);
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

/** One line per problem, naming the key; an unknown key comes with the keys allowed there. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const at = issue.path.length ? issue.path.join('.') : '(top level)';
    if (issue.code === 'unrecognized_keys') {
      const allowed = keysAt(issue.path);
      const keys = issue.keys.map((k) => `\`${k}\``).join(', ');
      return `${at}: Unknown key${issue.keys.length > 1 ? 's' : ''} ${keys}${allowed.length ? `; expected one of ${allowed.join(', ')}` : ''}`;
    }
    return `${at}: ${issue.message}`;
  });
}

/** The keys the config allows at `path`, read off the defaults (every key has one). */
function keysAt(path: readonly PropertyKey[]): string[] {
  let node: unknown = ConfigSchema.parse({});
  for (const key of path) node = isPlainObject(node) ? node[String(key)] : undefined;
  return isPlainObject(node) ? Object.keys(node) : [];
}

function mergeDeep(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue;
    const current = out[key];
    out[key] = isPlainObject(current) && isPlainObject(value) ? mergeDeep(current, value) : value;
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

/**
 * The text of a settings file in the corpus folder, or undefined when there is none. One that cannot
 * be read (a link, no permission, not text) is reported as `<stage>/unreadable` or by `decodeReported`,
 * and read as absent: the run goes on without it.
 */
export async function readOptional(corpusDir: string, name: string, diagnostics: Diagnostics, settings: SettingsFile): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readNoFollow(path.join(corpusDir, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    diagnostics.error(`${settings}/unreadable`, `Cannot read the file (${describeReadError(error)}); it is ignored`, { file: name });
    return undefined;
  }
  return decodeReported(bytes, name, diagnostics, settings);
}

/** The settings files read as CSV, which name the codes of what is found in them. */
export const SETTINGS_CSV = ['thesaurus', 'codebook', 'coding'] as const;
export type SettingsFile = (typeof SETTINGS_CSV)[number];

/** A file's bytes, refusing a symbolic link (ELOOP) instead of following it. */
async function readNoFollow(file: string): Promise<Buffer> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return 'it is a symbolic link, which citydefs does not follow in the corpus; copy the file in';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ENOENT') return 'no such file';
  return error instanceof Error ? error.message : String(error);
}
