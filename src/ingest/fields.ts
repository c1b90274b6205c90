/** Scalars become strings so every format reaches validation in the same shape as CSV. */
export function toFields(item: unknown): Record<string, string> | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(item)) {
    if (value === null || value === undefined) continue;
    fields[key] = typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return fields;
}
