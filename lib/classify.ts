/**
 * Discrepancies of an aligned pair: every changed, missing, added or moved word, number,
 * negation, spelling and punctuation difference, each with a kind and a severity. Changes of
 * meaning (numbers, negations, names) rank critical; typography is cosmetic; extent is info.
 */
import type { TokenOp } from "./diff";
import { FUNCTION_WORDS, NEGATIONS, SENTENCE_END_KEYS, SENTENCE_STARTERS } from "./lexicon";
import { tokensOf, type PairAlignment } from "./region";
import { isSpellingVariant, numericValue, expandContractions } from "./variants";
import type { Token } from "./tokenize";
import type { Discrepancy, Severity } from "./types";

/** A discrepancy before the pipeline gives it ids, quotes and a fingerprint. */
export type Draft = Pick<Discrepancy, "kind" | "severity" | "left" | "right" | "leftRange" | "rightRange" | "ellipsis" | "message">;

export type PairContext = {
  text: { left: string; right: string };
  names: { left: string; right: string };
  verbs: { left: string | null; right: string | null };
};

export type Hunk = { aFrom: number; aTo: number; bFrom: number; bTo: number };

const ELLIPSES = new Set(["...", "\u2026"]);
/** Tokens either side of a cut within which an ellipsis is taken to mark it (the diff may pair a repeated word across it). */
const ELLIPSIS_REACH = 3;

function words(tokens: readonly Token[], from: number, to: number): Token[] {
  const out: Token[] = [];
  for (let k = from; k < to && k < tokens.length; k++) if ((tokens[k] as Token).type !== "punct") out.push(tokens[k] as Token);
  return out;
}

function raw(text: string, tokens: readonly Token[], from: number, to: number): string {
  if (from >= to) return "";
  return text.slice((tokens[from] as Token).start, (tokens[to - 1] as Token).end);
}

/** The text offsets of tokens [from, to); an empty run is placed where it would stand. */
function range(tokens: readonly Token[], from: number, to: number, fallbackAt: number): [number, number] {
  return [rangeStart(tokens, from, to, fallbackAt), rangeEnd(tokens, from, to, fallbackAt)];
}

/** `range(…)[0]`, without the array. */
function rangeStart(tokens: readonly Token[], from: number, to: number, fallbackAt: number): number {
  return from < to ? (tokens[from] as Token).start : (tokens[from]?.start ?? tokens[from - 1]?.end ?? fallbackAt);
}

/** `range(…)[1]`, without the array. */
function rangeEnd(tokens: readonly Token[], from: number, to: number, fallbackAt: number): number {
  return from < to ? (tokens[to - 1] as Token).end : rangeStart(tokens, from, to, fallbackAt);
}

/** Groups the diff's non-equal ops into hunks of adjacent changes. */
function hunksOf(ops: readonly TokenOp[]): Hunk[] {
  const out: Hunk[] = [];
  let cur = null as Hunk | null;
  for (const o of ops) {
    if (o.op === "equal") {
      if (cur) out.push(cur);
      cur = null;
      continue;
    }
    if (cur) {
      cur.aTo = o.aTo;
      cur.bTo = o.bTo;
    } else cur = { aFrom: o.aFrom, aTo: o.aTo, bFrom: o.bFrom, bTo: o.bTo };
  }
  if (cur) out.push(cur);
  return out;
}

function hasContent(ws: readonly Token[]): boolean {
  return ws.some((t) => t.type === "number" || !FUNCTION_WORDS.has(t.key));
}

/** Whether a word of tokens[from, to) is a name. */
function hasName(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to && k < tokens.length; k++) if ((tokens[k] as Token).type !== "punct" && isName(tokens, k)) return true;
  return false;
}

/** Whether a mark of tokens[from, to) is an ellipsis. */
function hasEllipsis(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to && k < tokens.length; k++) if (ELLIPSES.has((tokens[k] as Token).key)) return true;
  return false;
}

/** The values of the number words and figures among ws, in order. */
function numbers(ws: readonly Token[]): Array<number | null> {
  const out: Array<number | null> = [];
  for (const t of ws) {
    const v = numericValue(t.key);
    if (t.type === "number" || v !== null) out.push(v);
  }
  return out;
}

function countNegations(keys: readonly string[]): number {
  let n = 0;
  for (const k of keys) if (NEGATIONS.has(k)) n++;
  return n;
}

/** A capitalised word that is not capitalised for standing first in a sentence. */
function isName(tokens: readonly Token[], index: number): boolean {
  const t = tokens[index] as Token;
  const c = t.text[0] ?? "";
  if (index <= 0 || t.type !== "word" || t.text === "I" || c === c.toLowerCase()) return false;
  const prev = tokens[index - 1] as Token;
  return !SENTENCE_END_KEYS.has(prev.key) && !FUNCTION_WORDS.has(t.key) && !SENTENCE_STARTERS.has(t.key);
}

function quoted(s: string): string {
  return s ? `“${s}”` : "nothing";
}

/** A hunk whose added words are whole sentences: a cut of extent, not a change of wording. */
function wholeSentences(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  const before = tokens[from - 1];
  const startsSentence = from === 0 || (before !== undefined && SENTENCE_END_KEYS.has(before.key));
  const last = tokens[to - 1] as Token;
  return startsSentence && SENTENCE_END_KEYS.has(last.key) && words(tokens, from, to).length >= 2;
}

function classifyHunk(p: PairAlignment, h: Hunk, ctx: PairContext): Draft {
  const at = tokensOf(p.a);
  const bt = tokensOf(p.b);
  const left = raw(ctx.text.left, at, h.aFrom, h.aTo);
  const right = raw(ctx.text.right, bt, h.bFrom, h.bTo);
  // Every hunk's draft has one shape: the ranges and sides, then what the kind rules say.
  const draft: Draft = { kind: "substitution", severity: "minor", left, right, leftRange: range(at, h.aFrom, h.aTo, 0), rightRange: range(bt, h.bFrom, h.bTo, 0), message: "" };
  const aw = words(at, h.aFrom, h.aTo);
  const bw = words(bt, h.bFrom, h.bTo);
  const { left: ln, right: rn } = ctx.names;
  const set = (kind: Draft["kind"], severity: Severity, message: string): Draft => {
    draft.kind = kind;
    draft.severity = severity;
    draft.message = message;
    return draft;
  };
  if (aw.length === 0 && bw.length === 0) {
    const cut = allEllipses(at, h.aFrom, h.aTo) && allEllipses(bt, h.bFrom, h.bTo);
    const message = cut ? `An ellipsis marks a cut: ${quoted(left)} in ${ln}, ${quoted(right)} in ${rn}.` : `Punctuation: ${quoted(left)} in ${ln}, ${quoted(right)} in ${rn}.`;
    return set("punctuation", "cosmetic", message);
  }
  if (aw.length === 0 && wholeSentences(bt, h.bFrom, h.bTo)) {
    return set("truncation", "info", `${ln} runs on past ${bw.length} words that ${rn} prints in the middle of the quote, without an ellipsis.`);
  }
  if (bw.length === 0 && wholeSentences(at, h.aFrom, h.aTo)) {
    return set("truncation", "info", `${rn} runs on past ${aw.length} words that ${ln} prints in the middle of the quote, without an ellipsis.`);
  }
  const keysA = aw.map((t) => t.key);
  const keysB = bw.map((t) => t.key);
  const ak = expandContractions(keysA);
  const bk = expandContractions(keysB);
  if (ak.join(" ") === bk.join(" ") || isSpellingVariant(keysA, keysB)) {
    return set("spelling", "minor", `Spelling: ${quoted(left)} in ${ln}, ${quoted(right)} in ${rn}.`);
  }
  if (countNegations(ak) !== countNegations(bk)) {
    return set("negation", "critical", `Negation changed: ${quoted(left)} in ${ln}, ${quoted(right)} in ${rn}.`);
  }
  const numsA = numbers(aw);
  const numsB = numbers(bw);
  if ((numsA.length > 0 || numsB.length > 0) && numsA.join() !== numsB.join()) {
    return set("number", "critical", `Number changed: ${quoted(left)} in ${ln}, ${quoted(right)} in ${rn}.`);
  }
  if (aw.length > 0 && bw.length > 0) {
    const severity: Severity = hasName(at, h.aFrom, h.aTo) || hasName(bt, h.bFrom, h.bTo) ? "critical" : hasContent(aw) || hasContent(bw) ? "major" : "minor";
    return set("substitution", severity, `${quoted(left)} in ${ln} reads ${quoted(right)} in ${rn}.`);
  }
  if (bw.length === 0) {
    const ellipsis = hasEllipsis(bt, h.bFrom - ELLIPSIS_REACH, h.bTo + ELLIPSIS_REACH);
    draft.ellipsis = ellipsis;
    return set("omission", ellipsis || !hasContent(aw) ? "minor" : "major", `${rn} leaves out ${quoted(left)}${ellipsis ? " (marked by an ellipsis)" : ""}.`);
  }
  const ellipsis = hasEllipsis(at, h.aFrom - ELLIPSIS_REACH, h.aTo + ELLIPSIS_REACH);
  draft.ellipsis = ellipsis;
  return set("insertion", ellipsis || !hasContent(bw) ? "minor" : "major", `${rn} adds ${quoted(right)}${ellipsis ? ` where ${ln} has an ellipsis` : ""}.`);
}

/** Whether every token of tokens[from, to) is an ellipsis (true when there are none). */
function allEllipses(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!ELLIPSES.has((tokens[k] as Token).key)) return false;
  return true;
}

/**
 * Words deleted in one hunk and inserted in another (or the reverse): moved, not changed. The
 * drafts and the hunks they use up; null when nothing moved.
 */
function reorders(p: PairAlignment, hunks: readonly Hunk[], ctx: PairContext): { drafts: Draft[]; used: ReadonlySet<number> } | null {
  // Most pairs have no hunk that only deletes words, or none that only inserts: nothing moved.
  const at = tokensOf(p.a);
  const bt = tokensOf(p.b);
  const onlyDeletes = (h: Hunk) => hasWord(at, h.aFrom, h.aTo) && !hasWord(bt, h.bFrom, h.bTo);
  const onlyInserts = (h: Hunk) => !hasWord(at, h.aFrom, h.aTo) && hasWord(bt, h.bFrom, h.bTo);
  if (!hunks.some(onlyDeletes) || !hunks.some(onlyInserts)) return null;
  const key = (ts: Token[]) => ts.map((t) => t.key).join(" ");
  const used = new Set<number>();
  const drafts: Draft[] = [];
  hunks.forEach((h, i) => {
    const gone = words(at, h.aFrom, h.aTo);
    if (used.has(i) || gone.length === 0 || words(bt, h.bFrom, h.bTo).length > 0) return;
    const j = hunks.findIndex((g, k) => k !== i && !used.has(k) && words(at, g.aFrom, g.aTo).length === 0 && key(words(bt, g.bFrom, g.bTo)) === key(gone));
    if (j < 0) return;
    const g = hunks[j] as Hunk;
    used.add(i).add(j);
    const left = raw(ctx.text.left, at, h.aFrom, h.aTo);
    drafts.push({
      kind: "reorder",
      severity: "major",
      left,
      right: raw(ctx.text.right, bt, g.bFrom, g.bTo),
      leftRange: range(at, h.aFrom, h.aTo, 0),
      rightRange: range(bt, g.bFrom, g.bTo, 0),
      message: `${quoted(left)} stands in a different place in ${ctx.names.right}.`,
    });
  });
  return drafts.length > 0 ? { drafts, used } : null;
}

/** Whether tokens[from, to) hold a word (not only marks). */
function hasWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k < tokens.length; k++) if ((tokens[k] as Token).type !== "punct") return true;
  return false;
}

export { hunksOf, classifyHunk, reorders, raw, range, rangeStart, rangeEnd, words, quoted };
