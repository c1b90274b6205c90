/** Deeper JSON is not records of fields; past it, a file is refused before anything recurses into it. */
export const MAX_JSON_DEPTH = 64;

/**
 * How deep `text`'s brackets nest, counted in one pass without parsing (brackets inside strings
 * skipped), stopping once past `limit`: JSON.stringify and friends recurse, so depth is checked first.
 */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > deepest && (deepest = depth) > limit) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}
