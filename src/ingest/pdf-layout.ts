/** A run of text on a PDF page: its string, left x and baseline y (from the top), width and height. */
export type TextItem = readonly [str: string, x: number, y: number, width: number, height: number];

/** The text items of one page, in page units, as pdf.js reports them. */
export interface PageItems {
  readonly width: number;
  readonly height: number;
  readonly items: readonly TextItem[];
}

/** A run of text on a line with no gap wider than a word space inside it (a column's line, a table's cell). */
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
 * stay where they are. When full-width text (a table, a long abstract) fills enough of the page
 * that too many lines cross the gutter, the gutter is looked for in the block of columns alone,
 * and only that block is split (findColumns). A line keeps the layout a table needs, as a fixed-width text sets it out:
 * text after a gap wider than a word space starts at least two spaces on, where its x falls on a
 * grid of the page's average character width, and a line that starts right of its column's margin
 * is indented by as many characters. Pure: positions in, text out.
 */
export function pageText(page: PageItems): string {
  const lines = toLines(page.items);
  const columns = findColumns(lines, page.width);
  const gutter = columns?.x;
  const pitch = characterPitch(page.items);
  const placed: { y: number; height: number; segments: readonly Segment[]; column: number }[] = [];
  let run: Line[] = [];
  const flush = () => {
    // (a run with nothing right of the gutter is not two columns but short full-width lines: a footnote's lines that
    // stop short of the gutter between ones that cross it stay one block; nor is a run whose lines with text on both
    // sides mostly hold three cells or more: a table set across the page under the columns, a gap between its cells
    // where the columns' gutter is, read row by row as findGutter reads a whole page's)
    if (!run.some((l) => l.segments.some((s) => s.x0 >= gutter!)) || isTable(run, gutter!)) {
      for (const l of run) placed.push({ y: l.y, height: l.height, segments: l.segments, column: 0 });
      run = [];
      return;
    }
    for (const column of [0, 1]) {
      for (const l of run) {
        const segs = l.segments.filter((s) => (column === 0 ? s.x1 <= gutter! : s.x0 >= gutter!));
        if (segs.length) placed.push({ y: l.y, height: l.height, segments: segs, column: column + 1 });
      }
    }
    run = [];
  };
  for (const [i, l] of lines.entries()) {
    if (gutter === undefined || i < columns!.from || i >= columns!.to || l.segments.some((s) => s.x0 < gutter && s.x1 > gutter)) {
      flush();
      placed.push({ y: l.y, height: l.height, segments: l.segments, column: 0 });
    } else {
      run.push(l);
    }
  }
  flush();
  // The body margin of the page (full-width lines and the left column) and of the right column.
  const leftMargin = margin(placed.filter((l) => l.column !== 2));
  const rightMargin = margin(placed.filter((l) => l.column === 2));
  const ordered = placed.map((l) => ({ ...l, text: lineText(l.segments, l.column === 2 ? rightMargin : leftMargin, pitch) }));
  // A blank line where the vertical gap says a paragraph (or a column) ends.
  const out: string[] = [];
  let previous: (typeof ordered)[number] | undefined;
  for (const l of ordered) {
    if (!l.text) continue;
    if (previous && (l.column !== previous.column || l.y - previous.y > Math.max(l.height, previous.height) * 1.9 || l.y < previous.y)) out.push('');
    out.push(l.text);
    previous = l;
  }
  return out.join('\n');
}

// A gap between two runs of text on a line wider than this (in font heights) parts two cells: wider
// than pdf.js's own word space (0.6) and than the stretched spaces of a justified line.
const COLUMN_GAP = 0.8;

/**
 * The average advance of a character on the page (its items' widths over their characters), the
 * unit in which x positions become character columns; kept within 0.3 to 0.7 of the usual font
 * height, so that a page of few or odd items still gets a sensible grid.
 */
function characterPitch(items: readonly TextItem[]): number {
  let width = 0;
  let chars = 0;
  const heights: number[] = [];
  for (const [str, , , w, h] of items) {
    if (str.trim() === '' || h <= 0 || w <= 0) continue;
    width += w;
    chars += [...str].length;
    heights.push(h);
  }
  if (!chars) return 5;
  const height = heights.sort((a, b) => a - b)[heights.length >> 1]!;
  return Math.min(Math.max(width / chars, height * 0.3), height * 0.7);
}

/**
 * A column's margin: the leftmost x (to the half point) where a fifth of its lines, and two at least, start; else
 * where most start. Not simply the most frequent start: a table's wrapped cells may outnumber its rows.
 */
function margin(lines: readonly { segments: readonly Segment[] }[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) {
    const x = Math.round(l.segments[0]!.x0 * 2) / 2;
    counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  const starts = [...counts].sort((a, b) => a[0] - b[0]);
  const enough = Math.max(2, Math.ceil(lines.length / 5));
  const leftmost = starts.find(([, n]) => n >= enough);
  if (leftmost) return leftmost[0];
  let most: [number, number] | undefined;
  for (const start of starts) if (!most || start[1] > most[1]) most = start;
  return most?.[0] ?? 0;
}

/**
 * A line's text: its first segment indented by the characters its x lies right of the margin, each
 * later segment where its x falls on the grid, at least two spaces after the text before it.
 */
function lineText(segments: readonly Segment[], left: number, pitch: number): string {
  let out = '';
  for (const segment of segments) {
    const text = segment.text.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const at = Math.max(0, Math.round((segment.x0 - left) / pitch));
    out = out === '' ? ' '.repeat(at) + text : out + ' '.repeat(Math.max(2, at - out.length)) + text;
  }
  return out;
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
      const close = (c: NonNullable<typeof current>) => segments.push({ x0: c.x0, x1: c.x1, text: c.parts.join('') });
      for (const it of row) {
        const gap = current ? it.x - current.x1 : 0;
        // (a cell's gap and a gutter part segments alike: LaTeX's two-column gutter is 10 pt at 10 pt type, all the gap
        // there is between its columns' justified lines)
        if (!current || gap > g.height * COLUMN_GAP) {
          if (current) close(current);
          current = { x0: it.x, x1: it.x + it.w, parts: [it.str] };
          continue;
        }
        const touching = gap < g.height * 0.1 && it.h > g.height * 0.75;
        const space = !touching && !/\s$/.test(current.parts.at(-1)!) && !/^\s/.test(it.str) ? [' '] : [];
        current.parts.push(...space, it.str);
        current.x1 = Math.max(current.x1, it.x + it.w);
      }
      if (current) close(current);
      return { y: g.y, height: g.height, segments };
    });
}

/** Whether an item covers part of an item of the line horizontally while standing on another baseline. */
function overprints(line: readonly { x: number; y: number; w: number }[], item: { x: number; y: number; w: number }): boolean {
  return line.some((o) => Math.abs(o.y - item.y) > 1 && Math.min(o.x + o.w, item.x + item.w) - Math.max(o.x, item.x) > 1);
}

/** A gutter's x and the lines (indices from..to-1) read as two columns on either side of it. */
interface Columns {
  readonly x: number;
  readonly from: number;
  readonly to: number;
}

/**
 * Where a page's two columns are: the gutter the whole page has (findGutter), every line split at
 * it; or a block of columns above or below full-width text (findColumnBlock), only its lines split,
 * when there is no such gutter or the block has more lines in two cells (a column each side) than
 * the whole page has at its gutter: a table or a long paragraph set across the page crosses the
 * gutter on too many lines for the whole page to count as two columns.
 */
function findColumns(lines: readonly Line[], width: number): Columns | undefined {
  if (lines.length < 4 || width <= 0) return undefined;
  const candidates = new Set<number>();
  for (const l of lines) {
    for (let i = 1; i < l.segments.length; i++) {
      const mid = (l.segments[i - 1]!.x1 + l.segments[i]!.x0) / 2;
      if (mid > width * 0.3 && mid < width * 0.7) candidates.add(Math.round(mid));
    }
  }
  // (each line's side of each candidate, worked out once for both searches)
  const gutters = [...candidates].sort((a, b) => a - b).map((x) => ({ x, sides: lines.map((l) => sideOf(l, x)) }));
  const whole = findGutter(gutters, lines.length);
  const block = findColumnBlock(lines, gutters);
  // (a table whose cells are placed by x below two columns may have a gap that fewer of the page's lines cross than the
  // columns' own gutter, and the whole page's gutter is then the table's)
  if (whole && !(block && block.columnLines > whole.columnLines)) return { x: whole.x, from: 0, to: lines.length };
  return block && { x: block.x, from: block.from, to: block.to };
}

/** How a line stands to a gutter at x: across it, on one side only, or on both sides (in three cells or more: a table row). */
type Side = 'cross' | 'one' | 'split' | 'cells';

/** A candidate gutter at x and how each of the page's lines stands to it. */
interface Gutter {
  readonly x: number;
  readonly sides: readonly Side[];
}

function sideOf(line: Line, x: number): Side {
  if (line.segments.some((s) => s.x0 < x && s.x1 > x)) return 'cross';
  if (!line.segments.some((s) => s.x1 <= x) || !line.segments.some((s) => s.x0 >= x)) return 'one';
  return line.segments.length >= 3 ? 'cells' : 'split';
}

/** How many of `sides` cross the gutter, have text on both sides of it (`split`), and of those hold three cells or more. */
function countSides(sides: Iterable<Side>): { cross: number; split: number; cells: number } {
  let cross = 0;
  let split = 0;
  let cells = 0;
  for (const side of sides) {
    if (side === 'cross') cross++;
    else if (side !== 'one') {
      split++;
      if (side === 'cells') cells++;
    }
  }
  return { cross, split, cells };
}

/** Most lines with text on both sides of a gap hold three cells or more: a table's column gap, read row by row, not a gutter. */
const mostlyCells = ({ split, cells }: { split: number; cells: number }): boolean => cells * 2 > split;

/** Whether most of the lines with text on both sides of the gutter at x hold three cells or more (a table's rows). */
const isTable = (run: readonly Line[], x: number): boolean => mostlyCells(countSides(run.map((l) => sideOf(l, x))));

/**
 * The x of the gutter between two columns: the point in the middle 40% of the page that lies in
 * the gap between two segments on the most lines; kept when at least 3 lines (and a quarter of
 * the lines) have it and at most a quarter of them cross it, and unless most lines it splits hold
 * three cells or more (a table whose cells a PDF places by x position).
 */
function findGutter(candidates: readonly Gutter[], lineCount: number): { x: number; columnLines: number } | undefined {
  let best: { x: number; split: number; cells: number } | undefined;
  for (const { x, sides } of candidates) {
    const counted = countSides(sides);
    const { cross, split, cells } = counted;
    if (cross * 4 > lineCount || mostlyCells(counted)) continue;
    if (!best || split > best.split) best = { x, split, cells };
  }
  if (!best || best.split < 3 || best.split * 4 < lineCount) return undefined;
  return { x: best.x, columnLines: best.split - best.cells };
}

// A block of columns found apart from the rest of the page has at least this many lines with text on both sides of it.
const MIN_BLOCK_SPLIT = 5;

/**
 * Two columns in a block of the page: for a candidate gutter, a run of lines that do not cross it, cut where a gap
 * wider than 1.75 times the page's usual line spacing has a line with text on one side only next to it (a caption or
 * a short paragraph set after the columns, a heading before them; not a paragraph break the two columns happen to
 * share, whose lines have text on both sides). Kept when it looks like two columns of prose, not a two-cell table
 * (a label, then a definition wrapped onto lines of its own): at least MIN_BLOCK_SPLIT lines, and half the block's,
 * have text on both sides, most of them in two cells (not a table's three or more), and the two sides are about as
 * wide (within a factor of 1.5; a table's labels are narrower than its definitions). The block with the most lines
 * split wins.
 */
function findColumnBlock(lines: readonly Line[], candidates: readonly Gutter[]): (Columns & { columnLines: number }) | undefined {
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) steps.push(lines[i]!.y - lines[i - 1]!.y);
  const wide = steps.sort((a, b) => a - b)[steps.length >> 1]! * 1.75;
  let best: (Columns & { split: number; cells: number }) | undefined;
  for (const { x, sides } of candidates) {
    const cut = (i: number) =>
      sides[i] === 'cross' || sides[i - 1] === 'cross' || (lines[i]!.y - lines[i - 1]!.y > wide && (sides[i] === 'one' || sides[i - 1] === 'one'));
    let start = 0;
    for (let i = 1; i <= lines.length; i++) {
      if (i < lines.length && !cut(i)) continue;
      const block = sides[start] === 'cross' ? undefined : columnBlock(lines, sides, start, i, x);
      if (block && (!best || block.split > best.split)) best = block;
      start = i;
    }
  }
  return best && { x: best.x, from: best.from, to: best.to, columnLines: best.split - best.cells };
}

/** The lines from..to-1, which do not cross the gutter at x, as a block of columns, if they are one (findColumnBlock). */
function columnBlock(
  lines: readonly Line[],
  sides: readonly Side[],
  from: number,
  to: number,
  x: number,
): (Columns & { split: number; cells: number }) | undefined {
  let split = 0;
  let cells = 0;
  let leftStart = Infinity;
  let rightStart = Infinity;
  let leftEnd = -Infinity;
  let rightEnd = -Infinity;
  // (loops, not Math.max(...spread): a hostile page may hold more segments than a call's arguments)
  for (let i = from; i < to; i++) {
    const segments = lines[i]!.segments;
    leftStart = Math.min(leftStart, segments[0]!.x0);
    const splitLine = sides[i] !== 'one';
    if (splitLine) {
      split++;
      if (sides[i] === 'cells') cells++;
    }
    for (const s of segments) {
      if (s.x0 >= x) rightStart = Math.min(rightStart, s.x0);
      if (!splitLine) continue;
      if (s.x1 <= x) leftEnd = Math.max(leftEnd, s.x1);
      rightEnd = Math.max(rightEnd, s.x1);
    }
  }
  if (split < MIN_BLOCK_SPLIT || split * 2 < to - from || mostlyCells({ split, cells })) return undefined;
  const leftWidth = leftEnd - leftStart;
  const rightWidth = rightEnd - rightStart;
  if (leftWidth * 3 < rightWidth * 2 || rightWidth * 3 < leftWidth * 2) return undefined;
  return { x, from, to, split, cells };
}
