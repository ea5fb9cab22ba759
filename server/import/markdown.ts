import "server-only";
import { decodeEntities } from "./entities";
import { normaliseNewlines } from "./plain-text";

/**
 * Markdown to the plain paragraphs a reader sees: heading markers, emphasis, list markers,
 * blockquote markers, link targets and images go; code stays as text; square brackets that are
 * not links stay (editors' insertions in quotes: "[the mayor] said"). A small hand-written
 * converter, not a full CommonMark parser: block structure by line, inline syntax by one scan
 * with precomputed bracket pairs, so every step is linear in the paragraph.
 */

export type MarkdownText = { paragraphs: string[]; title: string | null; publishedAt: string | null };

type Block = { lines: string[]; code: boolean; item?: boolean; heading?: 1 | 2 | 3 | 4 | 5 | 6 };

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const QUOTE_MARKER = /^ {0,3}> ?/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ x]\][ \t]+)?/i;
/** An ordered item other than 1 does not interrupt a paragraph ("… in\n2024. The …" is text). */
const ORDERED_NOT_ONE = /^[ \t]*(?!0*1[.)])\d/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;
/** A front matter line: `key: value`, an indented or list continuation, a comment, or blank. */
const YAML_LINE = /^(?:[\w-]+:|\s|- |#|$)/;

/** Paragraphs, the first level-1 heading (or front matter `title:`) as title, a front matter `date:`. */
export function markdownText(source: string): MarkdownText {
  const lines = normaliseNewlines(source).split("\n");
  const front = frontMatter(lines);
  const blocks: Block[] = [];
  let current: Block = { lines: [], code: false };
  const flush = () => {
    if (current.lines.length > 0) blocks.push(current);
    current = { lines: [], code: false };
  };
  let fence: string | null = null;
  for (const raw of lines.slice(front.end)) {
    if (fence !== null) {
      if (raw.trim().startsWith(fence) && raw.trim().replaceAll(fence.charAt(0), "") === "") {
        flush();
        fence = null;
      } else current.lines.push(raw);
      continue;
    }
    const line = stripQuoteMarkers(raw);
    const open = FENCE.exec(line)?.[1];
    const heading = atxHeading(line);
    if (open) {
      flush();
      fence = open;
      current.code = true;
    } else if (line.trim() === "" || LINK_DEFINITION.test(line)) flush();
    else if (current.lines.length > 0 && !current.code && !current.item && SETEXT.test(line)) {
      current.heading = line.trim().startsWith("=") ? 1 : 2;
      flush();
    } else if (THEMATIC_BREAK.test(line)) flush();
    else if (heading) {
      flush();
      blocks.push(heading);
    } else if (LIST_ITEM.test(line) && !(current.lines.length > 0 && !current.item && ORDERED_NOT_ONE.test(line))) {
      flush();
      current.item = true;
      current.lines.push(line.replace(LIST_ITEM, ""));
    } else current.lines.push(line);
  }
  flush();
  const paragraphs = blocks.map((b) => (b.code ? b.lines.join("\n").trim() : inline(joinLines(b.lines)).trim())).filter((p) => p.length > 0);
  const firstHeading = blocks.find((b) => b.heading === 1);
  return {
    paragraphs,
    title: front.title ?? (firstHeading ? inline(joinLines(firstHeading.lines)).trim() || null : null),
    publishedAt: front.date,
  };
}

/** A YAML front matter block (`---` … `---`) at the very top: its end line, `title:` and `date:`. */
function frontMatter(lines: string[]): { end: number; title: string | null; date: string | null } {
  const none = { end: 0, title: null, date: null };
  if (lines[0]?.trim() !== "---") return none;
  const close = lines.findIndex((l, i) => i > 0 && (l.trim() === "---" || l.trim() === "..."));
  // Only YAML-looking lines in between; otherwise the first "---" is a rule and the text is kept.
  if (close < 0 || !lines.slice(1, close).every((l) => YAML_LINE.test(l))) return none;
  const value = (key: string) => {
    const line = lines.slice(1, close).find((l) => l.toLowerCase().startsWith(`${key}:`));
    const v = line?.slice(key.length + 1).trim().replace(/^(["'])(.*)\1$/, "$2");
    return v ? v : null;
  };
  const date = value("date");
  return { end: close + 1, title: value("title"), date: date && ISO_DATE.test(date) ? date.slice(0, 10) : null };
}

function stripQuoteMarkers(line: string): string {
  let out = line;
  while (QUOTE_MARKER.test(out)) out = out.replace(QUOTE_MARKER, "");
  return out;
}

/** `## Heading ##` as a heading block, its closing hashes dropped; null when the line is not one. */
function atxHeading(line: string): Block | null {
  const text = line.trimStart();
  if (line.length - text.length > 3) return null;
  let level = 0;
  while (text[level] === "#") level++;
  if (level === 0 || level > 6 || (level < text.length && text[level] !== " " && text[level] !== "\t")) return null;
  let end = text.trimEnd().length;
  let hashes = end;
  while (hashes > level && text[hashes - 1] === "#") hashes--;
  if (hashes === level || text[hashes - 1] === " " || text[hashes - 1] === "\t") end = hashes;
  return { lines: [text.slice(level, end).trim()], code: false, heading: level as Block["heading"] };
}

/** Soft line breaks become spaces, hard ones (two trailing spaces or a backslash) line breaks. */
function joinLines(lines: string[]): string {
  return lines
    .map((line, i) => {
      const last = i === lines.length - 1;
      const hard = !last && (line.endsWith("  ") || line.endsWith("\\"));
      const text = line.trim();
      return (hard && text.endsWith("\\") ? text.slice(0, -1) : text) + (last ? "" : hard ? "\n" : " ");
    })
    .join("");
}

type Delimiter = { delim: string; count: number; open: boolean; close: boolean };
type Token = { text: string } | Delimiter;

const PUNCTUATION = /[\p{P}\p{S}]/u;
const ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

/** Inline Markdown to text: code spans kept, links to their text, images dropped, emphasis unwrapped. */
function inline(text: string): string {
  const brackets = pairs(text, "[", "]");
  const parens = pairs(text, "(", ")");
  const tokens: Token[] = [];
  const noCloser = new Set<number>();
  let plain = "";
  const emit = (token: Token) => {
    if (plain) tokens.push({ text: decodeEntities(plain) });
    plain = "";
    tokens.push(token);
  };
  let found: { label: string; end: number } | null = null;
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === "\\" && i + 1 < text.length && ASCII_PUNCTUATION.includes(text.charAt(i + 1))) {
      emit({ text: text.charAt(i + 1) });
      i += 2;
    } else if (c === "`") {
      let n = 1;
      while (text[i + n] === "`") n++;
      const close = noCloser.has(n) ? -1 : codeClose(text, i + n, n);
      if (close < 0) {
        noCloser.add(n);
        plain += text.slice(i, i + n);
        i += n;
      } else {
        emit({ text: text.slice(i + n, close).replace(/^ (.*) $/s, "$1") });
        i = close + n;
      }
    } else if ((c === "[" || (c === "!" && text[i + 1] === "[")) && (found = link(text, c === "!" ? i + 1 : i, brackets, parens))) {
      if (c !== "!") emit({ text: inline(found.label) });
      i = found.end;
    } else if (c === "<" && /^<(?:https?:\/\/|mailto:)[^\s<>]*>/i.test(text.slice(i, i + 2048))) {
      const end = text.indexOf(">", i);
      emit({ text: text.slice(i + 1, end) });
      i = end + 1;
    } else if (c === "*" || c === "_" || (c === "~" && text[i + 1] === "~")) {
      let n = 1;
      while (text[i + n] === c) n++;
      emit(delimiter(text, i, n));
      i += n;
    } else {
      plain += c;
      i++;
    }
  }
  if (plain) tokens.push({ text: decodeEntities(plain) });
  return unwrapEmphasis(tokens);
}

/** For each opening character, the index of its matching closer (nesting counted, escapes skipped), else -1. */
function pairs(text: string, open: string, close: string): Int32Array {
  const match = new Int32Array(text.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === open) stack.push(i);
    else if (text[i] === close) {
      const opener = stack.pop();
      if (opener !== undefined) match[opener] = i;
    }
  }
  return match;
}

/** The start of the next backtick run exactly n long, or -1. */
function codeClose(text: string, from: number, n: number): number {
  const run = "`".repeat(n);
  for (let at = text.indexOf(run, from); at >= 0; at = text.indexOf(run, at + 1)) {
    let end = at + n;
    while (text[end] === "`") end++;
    if (end - at === n && text[at - 1] !== "`") return at;
    at = end - 1;
  }
  return -1;
}

/** `[label](target)` or `[label][ref]` starting at the bracket: its label and where it ends. */
function link(text: string, at: number, brackets: Int32Array, parens: Int32Array): { label: string; end: number } | null {
  const close = brackets[at] ?? -1;
  if (close < 0) return null;
  const label = text.slice(at + 1, close);
  const after = text[close + 1];
  const end = after === "(" ? (parens[close + 1] ?? -1) : after === "[" ? (brackets[close + 1] ?? -1) : -1;
  return end < 0 ? null : { label, end: end + 1 };
}

/** A run of `*`, `_` or `~~` with whether it can open or close emphasis (CommonMark's flanking rules). */
function delimiter(text: string, at: number, count: number): Token {
  const c = text.charAt(at);
  const before = text[at - 1] ?? " ";
  const after = text[at + count] ?? " ";
  const spaceBefore = /\s/.test(before);
  const spaceAfter = /\s/.test(after);
  const left = !spaceAfter && (!PUNCTUATION.test(after) || spaceBefore || PUNCTUATION.test(before));
  const right = !spaceBefore && (!PUNCTUATION.test(before) || spaceAfter || PUNCTUATION.test(after));
  if (c === "_") return { delim: c, count, open: left && (!right || PUNCTUATION.test(before)), close: right && (!left || PUNCTUATION.test(after)) };
  return { delim: c, count, open: left, close: right };
}

/** Drops the delimiter characters that pair up as emphasis (closers matched to the nearest opener); unpaired ones stay as printed. */
function unwrapEmphasis(tokens: Token[]): string {
  const openers: Delimiter[] = [];
  for (const t of tokens) {
    if (!("delim" in t)) continue;
    for (let k = openers.length - 1; t.close && k >= 0 && t.count > 0; k--) {
      const opener = openers[k];
      if (!opener || opener.delim !== t.delim) continue;
      const used = Math.min(opener.count, t.count);
      opener.count -= used;
      t.count -= used;
      // Openers inside the pair can no longer pair across it.
      openers.length = opener.count === 0 ? k : k + 1;
    }
    if (t.open && t.count > 0) openers.push(t);
  }
  return tokens.map((t) => ("delim" in t ? t.delim.repeat(t.count) : t.text)).join("");
}

