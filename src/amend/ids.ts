import { freeId } from '../core/ids.js';
import { slug } from '../core/text.js';

/**
 * An id from the first author and the year, `giffinger-2007`, unique among `taken` (which it joins):
 * `-2`, `-3`… are added on a clash. An organisation keeps up to three words (`european-commission-2014`).
 */
export function generateId(author: string | undefined, year: string | undefined, taken: Set<string>): string {
  const first = (author ?? '').split(/[,;&]|\band\b/)[0] ?? '';
  const name = slug(first).split('-').slice(0, 3).join('-');
  // (a year validation will refuse, `2210`, is left out of the id the message names it by)
  const y = /^\s*((?:1[89]|20)\d\d|2100)\s*$/.exec(year ?? '')?.[1];
  return freeId([name === 'record' ? 'anonymous' : name, y].filter(Boolean).join('-'), taken);
}
