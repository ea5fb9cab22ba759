/**
 * A PDF page's positioned text runs to lines, and lines to paragraphs. PDF has no paragraphs,
 * only text drawn at positions, so they are inferred from the geometry: a step down from one
 * baseline to the next clearly larger than the document's usual line spacing, a change of font
 * size, or a jump back up the page starts a new paragraph. A line ending in a hyphen before a
 * lower-case letter is joined without it. Lines repeated at the top or bottom of every page
 * (running headers, page numbers) are dropped. Pure: pdf.ts feeds it pdf.js's text content.
 *
 * Limits: paragraphs marked only by a first-line indent (no extra space) run together, as do
 * those of double-spaced documents; multi-column pages are read in the PDF's drawing order.
 */

/** One text run as pdf.js reports it: baseline origin (x, y) in points, y growing up the page. */
export type TextRun = { str: string; x: number; y: number; width: number; size: number; hasEOL: boolean };
export type Line = { text: string; y: number; size: number };

/** Baselines closer than this, as a fraction of the font size, are the same line. */
const SAME_LINE = 0.3;
/** A horizontal gap between runs wider than this fraction of the font size is a space. */
const WORD_GAP = 0.15;
/** A baseline step more than this many times the usual line spacing starts a paragraph (a blank line is about 2×). */
const PARAGRAPH_STEP = 1.4;
/** Usual line spacing when a document gives no step to measure, in font sizes. */
const DEFAULT_LEADING = 1.2;
/** Adjacent lines whose font sizes differ by more than this ratio are in different paragraphs (a headline and its text). */
const FONT_CHANGE = 1.25;
/** Documents of more pages than this may miss a running line on one page (a different first page). */
const RUNNING_SLACK_FROM = 3;

/** The page's lines in drawing order, runs on one baseline joined (with a space where the gap is wide). */
export function pageLines(runs: TextRun[]): Line[] {
  const lines: Line[] = [];
  let current: (Line & { end: number; open: boolean }) | null = null;
  for (const run of runs) {
    const size = run.size > 0 ? run.size : 1;
    const same = current !== null && current.open && Math.abs(run.y - current.y) <= SAME_LINE * Math.max(size, current.size);
    if (run.str !== "") {
      if (current && same) {
        const gap = run.x - current.end;
        if (gap > WORD_GAP * size && !/\s$/.test(current.text) && !/^\s/.test(run.str)) current.text += " ";
        current.text += run.str;
        current.size = Math.max(current.size, size);
      } else {
        if (current) lines.push(current);
        current = { text: run.str, y: run.y, size, end: 0, open: true };
      }
      current.end = run.x + run.width;
    }
    if (run.hasEOL && current) current.open = false;
  }
  if (current) lines.push(current);
  return lines.map(({ text, y, size }) => ({ text: text.replace(/\s+/g, " ").trim(), y, size })).filter((l) => l.text.length > 0);
}

/** A line's text with digits folded, so "Page 3 of 9" on every page is one running line. */
const runningKey = (text: string) => text.toLowerCase().replace(/\d+/g, "#");

/**
 * The pages without their running headers and footers: a line among the two topmost or two
 * bottommost of a page whose text (digits aside) is there on every page, or on all but one
 * when there are more than three pages. Needs two pages or more to see a repeat.
 */
export function dropRunningLines(pages: Line[][]): Line[][] {
  if (pages.length < 2) return pages;
  const withEdges = pages.map((lines) => {
    const byHeight = [...lines].sort((a, b) => b.y - a.y);
    return { lines, edge: new Set([...byHeight.slice(0, 2), ...byHeight.slice(-2)]) };
  });
  const counts = new Map<string, number>();
  for (const { edge } of withEdges) {
    for (const key of new Set([...edge].map((l) => runningKey(l.text)))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const needed = pages.length > RUNNING_SLACK_FROM ? pages.length - 1 : pages.length;
  return withEdges.map(({ lines, edge }) => lines.filter((l) => !(edge.has(l) && (counts.get(runningKey(l.text)) ?? 0) >= needed)));
}

/** The usual baseline step in font sizes: the lower quartile of the steps that look like line spacing. */
function usualLeading(pages: Line[][]): number {
  const steps: number[] = [];
  for (const lines of pages) {
    let prev: Line | null = null;
    for (const line of lines) {
      const step = prev ? (prev.y - line.y) / Math.max(prev.size, line.size) : 0;
      if (step > 0.5 && step <= 4) steps.push(step);
      prev = line;
    }
  }
  steps.sort((a, b) => a - b);
  return steps[Math.floor((steps.length - 1) / 4)] ?? DEFAULT_LEADING;
}

const endsSentence = (text: string) => /[.!?…]["'”’»)\]]*$/.test(text);
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
const isLower = (c: string | undefined) => c !== undefined && /\p{Ll}/u.test(c);

/** `text` followed by the next line: a hyphen (or soft hyphen) splitting a word is dropped, otherwise a space. */
function joinLine(text: string, next: string): string {
  const last = text[text.length - 1];
  if (last === "\u00ad") return text.slice(0, -1) + next;
  if (last === "-" && isLetter(text[text.length - 2]) && isLower(next[0])) return text.slice(0, -1) + next;
  return `${text} ${next}`;
}

/** Whether `line` starts a paragraph after `prev` (null: the first line of a page, after the text so far). */
function startsParagraph(prev: Line | null, line: Line, sofar: string, leading: number): boolean {
  if (!prev) return endsSentence(sofar);
  const step = prev.y - line.y;
  const size = Math.max(prev.size, line.size);
  return step < -SAME_LINE * size || step > PARAGRAPH_STEP * leading * size || size / Math.min(prev.size, line.size) > FONT_CHANGE;
}

/** The document's paragraphs; a paragraph left unfinished at the foot of a page continues on the next. */
export function paragraphsOf(pages: Line[][]): string[] {
  const leading = usualLeading(pages);
  const paragraphs: string[] = [];
  let current: string | null = null;
  for (const lines of pages) {
    let prev: Line | null = null;
    for (const line of lines) {
      if (current === null) current = line.text;
      else if (startsParagraph(prev, line, current, leading)) {
        paragraphs.push(current);
        current = line.text;
      } else current = joinLine(current, line.text);
      prev = line;
    }
  }
  if (current !== null) paragraphs.push(current);
  return paragraphs;
}
