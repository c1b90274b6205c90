const esc = (s: string) => s.replace(/[\\()]/g, (c) => '\\' + c);

/**
 * A minimal valid PDF (Helvetica), one text line per entry, with a correct xref table. From the
 * stack notes; `encrypted` adds a standard security handler whose user password is not empty.
 */
export function makePdf(pages: string[][], options: { encrypted?: boolean } = {}): Uint8Array {
  return assemble(
    pages.map((lines) => 'BT /F1 12 Tf 14 TL 72 720 Td ' + lines.map((l) => `(${esc(l)}) Tj T*`).join(' ') + ' ET'),
    options.encrypted ?? false,
  );
}

/** A PDF whose text lines are placed at given points (x from the left, y from the bottom), in the order given. */
export function makePlacedPdf(pages: { x: number; y: number; text: string }[][]): Uint8Array {
  return assemble(
    pages.map((lines) => lines.map((l) => `BT /F1 10 Tf 1 0 0 1 ${l.x} ${l.y} Tm (${esc(l.text)}) Tj ET`).join('\n')),
    false,
  );
}

/** The PDF around the pages' content streams: catalog, pages, font, each page, the xref table. */
function assemble(contents: readonly string[], encrypted: boolean): Uint8Array {
  const objs: string[] = [];
  const pageIds: number[] = [];
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
  if (encrypted) {
    const e = next;
    const hex32 = (b: string) => b.repeat(64);
    objs[e] = `<< /Filter /Standard /V 1 /R 2 /O <${hex32('a')}> /U <${hex32('b')}> /P -44 >>`;
    encrypt = ` /Encrypt ${e} 0 R /ID [<${'0'.repeat(32)}> <${'0'.repeat(32)}>]`;
  }
  let out = '%PDF-1.4\n';
  const off: number[] = [];
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
  out += `trailer\n<< /Size ${objs.length} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
