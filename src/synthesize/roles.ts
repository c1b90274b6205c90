/** "use" → "uses", "apply" → "applies", "reach" → "reaches". */
export function thirdPerson(verb: string): string {
  if (/[^aeiou]y$/.test(verb)) return verb.slice(0, -1) + 'ies';
  if (/(s|sh|ch|x|z|o)$/.test(verb)) return verb + 'es';
  return verb + 's';
}
