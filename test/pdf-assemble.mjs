// The PDF around pages' content streams, shared by test/pdf.ts, the mining fixtures' make-pdf.mjs
// and bench/pdf.mjs (plain JavaScript so that the .mjs scripts can import it): catalog, pages, the
// Helvetica font, each page, optionally a standard security handler, and a correct xref table.
// Returns the file as a string; the caller encodes it (the offsets count characters, so the
// content must be ASCII for them to be byte offsets).

/** @param {readonly string[]} contents @param {{ encrypted?: boolean }} [options] @returns {string} */
export function assemblePdf(contents, options = {}) {
  const objs = [];
  const pageIds = [];
  let next = 4;
  objs[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  for (const content of contents) {
    const c = next++;
    const p = next++;
    objs[c] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
    objs[p] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${c} 0 R >>`;
    pageIds.push(p);
  }
  objs[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objs[2] = `<< /Type /Pages /Kids [${pageIds.map((i) => `${i} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  let encrypt = '';
  if (options.encrypted) {
    const e = next;
    const hex32 = (b) => b.repeat(64);
    objs[e] = `<< /Filter /Standard /V 1 /R 2 /O <${hex32('a')}> /U <${hex32('b')}> /P -44 >>`;
    encrypt = ` /Encrypt ${e} 0 R /ID [<${'0'.repeat(32)}> <${'0'.repeat(32)}>]`;
  }
  let out = '%PDF-1.4\n';
  const off = [];
  for (let i = 1; i < objs.length; i++) {
    off[i] = out.length;
    out += `${i} 0 obj\n${objs[i]}\nendobj\n`;
  }
  const xref = out.length;
  out +=
    `xref\n0 ${objs.length}\n0000000000 65535 f \n` +
    off
      .slice(1)
      .map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)
      .join('');
  return out + `trailer\n<< /Size ${objs.length} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
}
