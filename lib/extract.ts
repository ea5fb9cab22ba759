/**
 * Quote extraction: pairs quotation marks paragraph by paragraph and returns every top-level
 * quoted span. Each mark's role (opening, closing, apostrophe) comes from what stands on either
 * side of it; the glyph only breaks ties. One pass over the text, a stack per paragraph and a
 * precomputed look-ahead keep it linear whatever the marks do.
 */
import { isAsciiAlnum } from "./chars";
import { CJK_MARKS, ELISIONS, markInfo, type Family, type MarkInfo } from "./marks";
import type { Range } from "./segment";

export type RawQuote = {
  /** Content offsets (marks and surrounding whitespace excluded). */
  start: number;
  end: number;
  openAt: number;
  closeAt: number | null;
  openMark: string;
  closeMark: string | null;
  confidence: "high" | "low";
  paragraph: number;
};

/** "possessive": s’ before a lower-case word; closes a single-quoted quotation only when nothing else can. */
type Role = "open" | "close" | "weak-close" | "possessive" | "toggle" | "skip";
type Candidate = { at: number; mark: string; family: Family; role: Role };
type Open = { at: number; mark: string; family: Family; paragraph: number };

const OPEN_PUNCT = new Set(["(", "[", "{", "\u2014", "\u2013", "-", "/", "\u2012", "\u2015"]);
const CLOSE_PUNCT = new Set([".", ",", ";", ":", "!", "?", ")", "]", "}", "\u2026", "\u2014", "\u2013", "-", "\u2012", "\u2015"]);
const TERMINAL = new Set([".", ",", "!", "?", ";", ":", "\u2026"]);

function isSpaceChar(ch: string): boolean {
  return ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\u00A0" || ch === "\u2009" || ch === "\u202F" || ch === "\u3000";
}

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return isAsciiAlnum(c);
  return /[\p{L}\p{M}\p{N}]/u.test(ch);
}

/** The letters right after position i (for elisions such as 'tis and '90s). */
function wordAfter(text: string, i: number, end: number): string {
  let j = i;
  while (j < end && j - i < 12 && isWordChar(text[j])) j++;
  return text.slice(i, j).toLowerCase();
}

function apostropheRole(text: string, i: number, end: number, canOpen: boolean, canClose: boolean): Role | null {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (isWordChar(prev) && isWordChar(next)) return "skip";
  if (canOpen && !canClose) {
    const word = wordAfter(text, i + 1, end);
    if (ELISIONS.has(word) || /^\d\ds?$/.test(word)) return "skip";
  }
  if (canClose && !canOpen && isWordChar(prev)) {
    // Plural possessive before a lower-case word: "the parents’ rights".
    const after = text[i + 2];
    if ((prev === "s" || prev === "S") && next === " " && after !== undefined && after !== after.toUpperCase()) return "possessive";
    return "weak-close";
  }
  return null;
}

/** The inch mark of a height such as 5'10". */
function isInches(text: string, i: number): boolean {
  const d = (k: number) => /\d/.test(text[k] ?? "");
  return d(i - 1) && ((APOS.has(text[i - 2] ?? "") && d(i - 3)) || (d(i - 2) && APOS.has(text[i - 3] ?? "") && d(i - 4)));
}

const APOS = new Set(["'", "\u2019"]);

/** `info`: markInfo of the character at i, when the caller has it. */
function roleOf(text: string, i: number, start: number, end: number, info: MarkInfo | undefined): Role {
  const ch = text[i] as string;
  if (!info) return "skip";
  if (CJK_MARKS.has(ch)) return info.hint === "open" ? "open" : "close";
  if (ch === '"' && isInches(text, i)) return "skip";
  const prev = i > start ? (text[i - 1] as string) : null;
  const next = i + 1 < end ? (text[i + 1] as string) : null;
  // A letter or digit, the commonest neighbour, is neither punctuation nor a mark.
  const prevOpens = prev === null || isSpaceChar(prev) || (!isAsciiAlnum(prev.charCodeAt(0)) && (OPEN_PUNCT.has(prev) || markInfo(prev) !== undefined));
  const nextCloses = next === null || isSpaceChar(next) || (!isAsciiAlnum(next.charCodeAt(0)) && (CLOSE_PUNCT.has(next) || markInfo(next) !== undefined));
  const canOpen = next !== null && !isSpaceChar(next) && prevOpens;
  const canClose = prev !== null && !isSpaceChar(prev) && nextCloses;
  if (info.apostrophe) {
    const role = apostropheRole(text, i, end, canOpen, canClose);
    if (role) return role;
  }
  if (canOpen && !canClose) return "open";
  if (canClose && !canOpen) return "close";
  if (canOpen && canClose) return info.hint === "open" ? "open" : info.hint === "close" ? "close" : "toggle";
  // Spaced marks (French « … »), or marks against emoji: only the glyph can tell.
  if (info.apostrophe) return "skip";
  return info.hint === "either" ? "toggle" : info.hint;
}

/**
 * The index of the last candidate that can close a quotation of `family`, or -1: a closing mark
 * of that family follows candidate k later in the paragraph exactly when k is below it.
 */
function lastClose(cands: readonly Candidate[], family: Family): number {
  for (let k = cands.length - 1; k >= 0; k--) {
    const c = cands[k] as Candidate;
    if (c.family === family && (c.role === "close" || c.role === "toggle" || c.role === "weak-close")) return k;
  }
  return -1;
}

type Emit = { top: Open; endAt: number; close: Candidate | null; low: boolean };

/** The quote that was open when a mark of its own family opened another (it was never closed). */
function openRole(stack: Open[], c: Candidate, paragraph: number): Emit | null {
  const open: Open = { at: c.at, mark: c.mark, family: c.family, paragraph };
  const inner = stack[stack.length - 1];
  if (!inner || inner.family !== c.family) {
    stack.push(open);
    return null;
  }
  if (stack.length > 1) {
    stack[stack.length - 1] = open;
    return null;
  }
  const top = inner;
  stack[0] = open;
  return { top, endAt: c.at, close: null, low: true };
}

function closeRole(stack: Open[], c: Candidate, laterDouble: boolean, laterSingle: boolean, text: string, para: Range): Emit | null {
  const inner = stack[stack.length - 1];
  if (!inner) return null;
  if (inner.family === c.family) {
    stack.pop();
    return stack.length === 0 ? { top: inner, endAt: c.at, close: c, low: false } : null;
  }
  // A closing mark of the other family: a nested quote left open, or a mis-typeset closer.
  const below = stack.findLastIndex((o) => o.family === c.family);
  if (below >= 0) {
    const closing = stack[below] as Open;
    stack.length = below;
    return below === 0 ? { top: closing, endAt: c.at, close: c, low: false } : null;
  }
  if (stack.length > 1) return null;
  const laterOwn = inner.family === "double" ? laterDouble : laterSingle;
  if (laterOwn) return null;
  const prev = text[c.at - 1] ?? "";
  const atEnd = c.at + 1 >= para.end;
  if (c.role === "weak-close" && !TERMINAL.has(prev) && !atEnd) return null;
  stack.pop();
  return { top: inner, endAt: c.at, close: c, low: true };
}

function step(stack: Open[], c: Candidate, laterDouble: boolean, laterSingle: boolean, text: string, para: Range, paragraph: number): Emit | null {
  let role = c.role;
  if (role === "toggle") role = stack.some((o) => o.family === c.family) ? "close" : "open";
  if (role === "possessive") {
    if (stack[stack.length - 1]?.family !== "single" || laterSingle) return null;
    role = "close";
  }
  if (role === "open") return openRole(stack, c, paragraph);
  if (role === "weak-close" && !stack.some((o) => o.family === c.family) && stack.length === 0) return null;
  return closeRole(stack, c, laterDouble, laterSingle, text, para);
}

function emit(out: RawQuote[], text: string, e: Emit): void {
  let s = e.top.at + 1;
  let end = e.endAt;
  while (s < end && isSpaceChar(text[s] as string)) s++;
  while (end > s && isSpaceChar(text[end - 1] as string)) end--;
  if (s >= end) return;
  out.push({
    start: s,
    end,
    openAt: e.top.at,
    closeAt: e.close ? e.close.at : null,
    openMark: e.top.mark,
    closeMark: e.close ? e.close.mark : null,
    confidence: e.low || !e.close ? "low" : "high",
    paragraph: e.top.paragraph,
  });
}

/** Every character markInfo knows; a native search jumps from mark to mark instead of testing each character. */
const ANY_MARK = /["'\u00AB\u00BB\u2018-\u201F\u2039\u203A\u300C-\u300F\u301D-\u301F\uFF02]/g;

/** Offsets of every mark in the text, in order: one search over the whole text, never over a stretch twice. */
function markOffsets(text: string): number[] {
  const out: number[] = [];
  const search = new RegExp(ANY_MARK.source, "g");
  // test() moves lastIndex past each single-character match without allocating a match array.
  while (search.test(text)) out.push(search.lastIndex - 1);
  return out;
}

/** Candidate marks of one paragraph with their roles, from `marks` read at index `m` on. */
function candidatesOf(text: string, para: Range, marks: readonly number[], m: number): Candidate[] {
  const cands: Candidate[] = [];
  for (let k = m; k < marks.length && (marks[k] as number) < para.end; k++) {
    const i = marks[k] as number;
    const ch = text[i] as string;
    const info = markInfo(ch);
    if (!info) continue;
    const role = roleOf(text, i, para.start, para.end, info);
    if (role !== "skip") cands.push({ at: i, mark: ch, family: info.family, role });
  }
  return cands;
}

/**
 * Every top-level quotation in `text`, in order. Nested quotations stay inside their outer
 * quote. A quotation left open at a paragraph's end continues when the next paragraph opens
 * with a mark of the same family (the multi-paragraph convention); otherwise it ends there with
 * low confidence. Returns [] when there is none.
 */
export function extractQuotes(text: string, paras: readonly Range[]): RawQuote[] {
  const out: RawQuote[] = [];
  const marks = markOffsets(text);
  let m = 0;
  let carried: Open | null = null;
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p] as Range;
    while (m < marks.length && (marks[m] as number) < para.start) m++;
    const cands = candidatesOf(text, para, marks, m);
    // A paragraph with no mark and nothing carried into it holds no quotation.
    if (cands.length === 0 && !carried) continue;
    const lastDouble = lastClose(cands, "double");
    const lastSingle = lastClose(cands, "single");
    const stack: Open[] = [];
    let from = 0;
    if (carried) {
      stack.push(carried);
      from = 1; // skip the reopening mark
      carried = null;
    }
    for (let k = from; k < cands.length; k++) {
      const e = step(stack, cands[k] as Candidate, k < lastDouble, k < lastSingle, text, para, p);
      if (e) emit(out, text, e);
    }
    const top = stack[0];
    if (!top) continue;
    const next = paras[p + 1];
    if (next && continuesInto(text, next, top.family)) carried = top;
    else emit(out, text, { top, endAt: para.end, close: null, low: true });
  }
  return out;
}

function continuesInto(text: string, next: Range, family: Family): boolean {
  const info = markInfo(text[next.start] ?? "");
  if (!info || info.family !== family) return false;
  const role = roleOf(text, next.start, next.start, next.end, info);
  return role === "open" || role === "toggle";
}
