/**
 * Paragraph and sentence boundaries, found by linear scans (no backtracking patterns).
 */

import { SPEECH_VERBS } from "./lexicon";

export type Range = { start: number; end: number };

/** The characters that break a line: LF, CR, the paragraph separator. */
const LINE_BREAK = /[\n\r\u2029]/g;

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 12 || c === 11;
}

/**
 * Paragraph ranges (trimmed of surrounding whitespace, never empty). Blank lines separate
 * paragraphs when the text has any; otherwise every line break does (scraped text often
 * puts one paragraph per line).
 */
export function paragraphs(text: string): Range[] {
  const lines: Range[] = [];
  const blankAfter: boolean[] = [];
  let lineStart = 0;
  let sawBlankLine = false;
  let pendingBlank = false;
  const pushLine = (start: number, end: number) => {
    let s = start;
    let e = end;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (s === e) {
      if (lines.length > 0) pendingBlank = true;
      return;
    }
    if (lines.length > 0) blankAfter[lines.length - 1] = pendingBlank;
    if (pendingBlank) sawBlankLine = true;
    pendingBlank = false;
    lines.push({ start: s, end: e });
  };
  // A native search jumps from line break to line break: indexOf, several times faster than the
  // pattern, when LF is the text's only kind.
  const onlyLf = !text.includes("\r") && !text.includes("\u2029");
  const breaks = new RegExp(LINE_BREAK.source, "g");
  const nextBreak = (from: number): number => {
    if (onlyLf) return text.indexOf("\n", from);
    breaks.lastIndex = from;
    // test() moves lastIndex past the single-character match without allocating a match array.
    return breaks.test(text) ? breaks.lastIndex - 1 : -1;
  };
  for (let i = nextBreak(0); i >= 0; i = nextBreak(lineStart)) {
    pushLine(lineStart, i);
    if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) i++;
    lineStart = i + 1;
  }
  pushLine(lineStart, text.length);
  if (!sawBlankLine) return lines;
  const merged: Range[] = [];
  let current: Range | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Range;
    current = current ? { start: current.start, end: line.end } : { ...line };
    if (blankAfter[i] !== false || i === lines.length - 1) {
      merged.push(current);
      current = null;
    }
  }
  return merged;
}

/** Abbreviations whose period does not end a sentence (lower-cased, without the period). */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "st", "jr", "sr",
  "rev", "hon", "pres", "sec", "atty", "supt", "insp", "det", "cmdr", "adm", "maj", "cpl", "pvt", "mt", "ft",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "no", "vs", "etc", "inc", "co", "corp", "ltd", "dept", "univ", "approx", "est", "fig", "vol", "ave", "blvd",
  "u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m", "i.e", "e.g",
]);

/** Letters of the longest abbreviation: a longer undotted word before a period is never one. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/** Start of the run of ASCII letters and periods that ends at `end`. */
function wordStart(text: string, end: number, floor: number): number {
  let s = end;
  while (s > floor) {
    const ch = text.charCodeAt(s - 1);
    const isWord = (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || ch === 46;
    if (!isWord) break;
    s--;
  }
  return s;
}

function endsSentence(text: string, dot: number, floor: number): boolean {
  const ch = text[dot];
  if (ch !== ".") return true;
  const from = wordStart(text, dot, floor);
  // Most sentences end on a word too long for an abbreviation and with no period for an
  // initialism: answered without lower-casing it.
  if (dot - from > LONGEST_ABBREVIATION && text.indexOf(".", from) === dot) return true;
  const word = text.slice(from, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  // A single capital letter is an initial ("James B. Comey").
  const raw = text[dot - 1] ?? "";
  if (word.length === 1 && raw !== raw.toLowerCase()) return false;
  // Dotted initialisms ("F.B.I.", "U.S.") never end a sentence here: "the F.B.I. director" is far
  // commoner in news copy than a sentence ending on one, and a missed break only widens the
  // context attribution reads.
  if (/^(?:[a-z]\.)+[a-z]$/.test(word)) return false;
  return true;
}

/** A quotation whose words end a sentence ends the reporter's sentence too when a new one starts after it. */
function quoteEndsSentence(text: string, qStart: number, qEnd: number, end: number): boolean {
  let k = qEnd - 1;
  while (k > qStart && (isCloser(text.charCodeAt(k)) || isJsSpace(text.charCodeAt(k)))) k--;
  const last = text[k];
  if (last !== "." && last !== "!" && last !== "?" && last !== "\u2026") return false;
  let j = qEnd;
  while (j < end && isJsSpace(text.charCodeAt(j))) j++;
  if (j >= end) return true;
  const next = text[j] ?? "";
  if (OPENERS.has(next)) return true;
  return next !== next.toLowerCase() && !attributionFollows(text, j, end);
}

/** "“…?” Ms. Pelosi said": capitalised words, then a reporting verb. */
function attributionFollows(text: string, from: number, end: number): boolean {
  let words = 0;
  let i = from;
  while (i < end && words < 5) {
    let j = i;
    while (j < end && isLetterOrApostrophe(text, j)) j++;
    if (j === i) {
      const ch = text[i] ?? "";
      if (ch !== " " && ch !== "." && ch !== ",") return false;
      i++;
      continue;
    }
    const word = text.slice(i, j);
    if (words > 0 && SPEECH_VERBS.has(word)) return true;
    // Only a name may stand before the verb: "Ms. Pelosi said", not "Workers were told".
    if (word[0] === (word[0] ?? "").toLowerCase()) return false;
    words++;
    i = j;
  }
  return false;
}

const LETTER = /\p{L}/u;

/** Whether the code unit at j is a letter, ' or ’ (as `/[\p{L}'’]/u` on it): ASCII by comparison. */
function isLetterOrApostrophe(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39;
  return c === 0x2019 || LETTER.test(text[j] as string);
}

const OPENERS = new Set(['"', "'", "\u201C", "\u2018", "\u201E", "\u00AB", "\u201D"]);

/** Exactly the characters `/\s/` matches. */
function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Closing marks that may follow a sentence's last word: " ' ” ’ » › ) ] and the mis-set “ ‘. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x203a || c === 41 || c === 93 || c === 0x201c || c === 0x2018;
}

/**
 * The sentences of every paragraph, in order. A sentence ends at . ! ? (or …) followed by
 * optional closing marks and whitespace, unless the period belongs to a known abbreviation or
 * an initial. `opaque` ranges (the quotations of the whole text, sorted) are skipped so that a
 * quoted sentence does not split the reporter's sentence around it. The terminal marks are
 * found once for the text, and each paragraph reads both lists from where the one before left off.
 */
export function paragraphSentences(text: string, paras: readonly Range[], opaque: readonly Range[]): Range[] {
  const out: Range[] = [];
  const terminals = terminalMarks(text);
  let o = 0;
  let t = 0;
  for (const p of paras) {
    while (o < opaque.length && (opaque[o] as Range).end <= p.start) o++;
    while (t < terminals.length && (terminals[t] as number) < p.start) t++;
    sentencesIn(out, text, p.start, p.end, opaque, o, terminals, t);
  }
  return out;
}

/** . ! ? … */
const TERMINAL_MARKS = [".", "!", "?", "\u2026"];

/**
 * Offsets of the text's terminal marks, in order. One indexOf per kind of mark, merged: a native
 * scan for one character is several times faster than a pattern for four.
 */
function terminalMarks(text: string): number[] {
  const out: number[] = [];
  const next = TERMINAL_MARKS.map((m) => text.indexOf(m));
  for (;;) {
    let kind = -1;
    for (let k = 0; k < next.length; k++) {
      const at = next[k] as number;
      if (at >= 0 && (kind < 0 || at < (next[kind] as number))) kind = k;
    }
    if (kind < 0) return out;
    const at = next[kind] as number;
    out.push(at);
    next[kind] = text.indexOf(TERMINAL_MARKS[kind] as string, at + 1);
  }
}

/**
 * The sentences of [start, end) appended to `out`. `opaque` is read from index `o` and
 * `terminals` (sorted offsets of the terminal marks) from index `t` on: entries before those
 * end before `start`.
 */
function sentencesIn(out: Range[], text: string, start: number, end: number, opaque: readonly Range[], o: number, terminals: readonly number[], t: number): void {
  let sentenceStart = start;
  let i = start;
  while (i < end) {
    while (o < opaque.length && (opaque[o] as Range).end <= i) o++;
    const q = opaque[o];
    if (q && q.start <= i) {
      // Ranges may or may not include their closing marks: step over any that follow.
      let qEnd = q.end;
      while (qEnd < end && isCloser(text.charCodeAt(qEnd))) qEnd++;
      i = qEnd;
      if (quoteEndsSentence(text, q.start, qEnd, end)) {
        let j = qEnd;
        out.push({ start: sentenceStart, end: j });
        while (j < end && isJsSpace(text.charCodeAt(j))) j++;
        sentenceStart = j;
        i = j;
      }
      continue;
    }
    // Only a terminal mark or the next quotation can end anything: scan to the first of them.
    const stop = q && q.start < end ? q.start : end;
    while (t < terminals.length && (terminals[t] as number) < i) t++;
    const mark = terminals[t] ?? end;
    if (mark >= stop) {
      i = stop;
      continue;
    }
    i = mark;
    let j = i + 1;
    while (j < end && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 33 || text.charCodeAt(j) === 63)) j++;
    while (j < end && isCloser(text.charCodeAt(j))) j++;
    const nextIsSpace = j >= end || isJsSpace(text.charCodeAt(j));
    if (!nextIsSpace || !endsSentence(text, i, sentenceStart)) {
      i = j;
      continue;
    }
    out.push({ start: sentenceStart, end: j });
    while (j < end && isJsSpace(text.charCodeAt(j))) j++;
    sentenceStart = j;
    i = j;
  }
  if (sentenceStart < end) out.push({ start: sentenceStart, end });
}
