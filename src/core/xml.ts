const NEEDS_ESCAPE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF&<>"']/;

/**
 * Escapes text for XML and HTML, in element content and in quoted attributes alike; also drops
 * characters XML 1.0 forbids (control characters other than tab, LF, CR), so every writer of
 * markup (report, SVG, GEXF, GraphML) emits a well-formed document from any corpus text.
 */
export function escapeXml(text: string): string {
  // Most text (ids, numbers, plain words) has nothing to escape: returned as it is, without six passes.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
