/** A run of text on a PDF page: its string, left x and baseline y (from the top), width and height. */
export type TextItem = readonly [str: string, x: number, y: number, width: number, height: number];

/** The text items of one page, in page units, as pdf.js reports them. */
export interface PageItems {
  readonly width: number;
  readonly height: number;
  readonly items: readonly TextItem[];
}

interface Segment {
  readonly x0: number;
  readonly x1: number;
  readonly text: string;
}

interface Line {
  readonly y: number;
  readonly height: number;
  readonly segments: Segment[];
}

/**
 * The text of a page in reading order, one line per printed line, a blank line where a paragraph
 * gap is. Two columns are read one after the other: a vertical gutter near the middle that
 * many lines have a gap over, and few lines cross, splits each run of lines that do not cross it
 * into its left column, then its right one; lines that cross it (titles, a full-width abstract)
 * stay where they are. Pure: positions in, text out.
 */
export function pageText(page: PageItems): string {
  const lines = toLines(page.items);
  const gutter = findGutter(lines, page.width);
  const ordered: { y: number; height: number; text: string; column: number }[] = [];
  let run: Line[] = [];
  const flush = () => {
    for (const column of [0, 1]) {
      for (const l of run) {
        const segs = l.segments.filter((s) => (column === 0 ? s.x1 <= gutter! : s.x0 >= gutter!));
        if (segs.length) ordered.push({ y: l.y, height: l.height, text: joinSegments(segs), column: column + 1 });
      }
    }
    run = [];
  };
  for (const l of lines) {
    if (gutter === undefined || l.segments.some((s) => s.x0 < gutter && s.x1 > gutter)) {
      flush();
      ordered.push({ y: l.y, height: l.height, text: joinSegments(l.segments), column: 0 });
    } else {
      run.push(l);
    }
  }
  flush();
  // A blank line where the vertical gap says a paragraph (or a column) ends.
  const out: string[] = [];
  let previous: (typeof ordered)[number] | undefined;
  for (const l of ordered) {
    if (previous && (l.column !== previous.column || l.y - previous.y > Math.max(l.height, previous.height) * 1.9 || l.y < previous.y)) out.push('');
    out.push(l.text);
    previous = l;
  }
  return out.join('\n');
}

/** Items grouped into printed lines (top to bottom), each split into segments at wide gaps. */
function toLines(items: readonly TextItem[]): Line[] {
  const sorted = items
    .filter(([str, , , , h]) => str.trim() !== '' && h > 0)
    .map(([str, x, y, w, h]) => ({ str, x, y, w, h }))
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: { y: number; height: number; items: typeof sorted }[] = [];
  for (const item of sorted) {
    // Same line when the baselines are within half a line: superscripts and subscripts included.
    // Not when the item is printed over another on a different baseline: a page whose text runs
    // into its running foot overprints it, and a superscript never covers the text it follows.
    const line = groups.find((g) => Math.abs(g.y - item.y) < Math.max(g.height, item.h) * 0.5 && !overprints(g.items, item));
    if (line) {
      line.items.push(item);
      if (item.h > line.height) line.height = item.h;
    } else {
      groups.push({ y: item.y, height: item.h, items: [item] });
    }
  }
  return groups
    .sort((a, b) => a.y - b.y)
    .map((g) => {
      const row = g.items.sort((a, b) => a.x - b.x);
      const segments: Segment[] = [];
      let current: { x0: number; x1: number; parts: string[] } | undefined;
      for (const it of row) {
        const gap = current ? it.x - current.x1 : 0;
        if (!current || gap > g.height * 1.0) {
          if (current) segments.push({ x0: current.x0, x1: current.x1, text: current.parts.join('') });
          current = { x0: it.x, x1: it.x + it.w, parts: [it.str] };
          continue;
        }
        const touching = gap < g.height * 0.1 && it.h > g.height * 0.75;
        if (!touching && !/\s$/.test(current.parts.at(-1)!) && !/^\s/.test(it.str)) current.parts.push(' ');
        current.parts.push(it.str);
        current.x1 = Math.max(current.x1, it.x + it.w);
      }
      if (current) segments.push({ x0: current.x0, x1: current.x1, text: current.parts.join('') });
      return { y: g.y, height: g.height, segments };
    });
}

/** Whether an item covers part of an item of the line horizontally while standing on another baseline. */
function overprints(line: readonly { x: number; y: number; w: number }[], item: { x: number; y: number; w: number }): boolean {
  return line.some((o) => Math.abs(o.y - item.y) > 1 && Math.min(o.x + o.w, item.x + item.w) - Math.max(o.x, item.x) > 1);
}

function joinSegments(segments: readonly Segment[]): string {
  return segments
    .map((s) => s.text.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' ');
}

/**
 * The x of the gutter between two columns: the point in the middle 40% of the page that lies in
 * the gap between two segments on the most lines; kept when at least 3 lines (and a quarter of
 * the lines) have it and at most a quarter of them cross it.
 */
function findGutter(lines: readonly Line[], width: number): number | undefined {
  if (lines.length < 4 || width <= 0) return undefined;
  const candidates = new Set<number>();
  for (const l of lines) {
    for (let i = 1; i < l.segments.length; i++) {
      const mid = (l.segments[i - 1]!.x1 + l.segments[i]!.x0) / 2;
      if (mid > width * 0.3 && mid < width * 0.7) candidates.add(Math.round(mid));
    }
  }
  let best: { x: number; split: number } | undefined;
  for (const x of [...candidates].sort((a, b) => a - b)) {
    let split = 0;
    let cross = 0;
    for (const l of lines) {
      if (l.segments.some((s) => s.x0 < x && s.x1 > x)) cross++;
      else if (l.segments.some((s) => s.x1 <= x) && l.segments.some((s) => s.x0 >= x)) split++;
    }
    if (cross * 4 > lines.length) continue;
    if (!best || split > best.split) best = { x, split };
  }
  if (!best || best.split < 3 || best.split * 4 < lines.length) return undefined;
  return best.x;
}
