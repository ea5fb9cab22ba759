/**
 * Discrepancies of an aligned pair: every changed, missing, added or moved word, number,
 * negation, spelling and punctuation difference, each with a kind and a severity. Changes of
 * meaning (numbers, negations, names) rank critical; typography is cosmetic; extent is info.
 */
import { isNotCapital } from "./chars";
import type { TokenOp } from "./diff";
import { FUNCTION_WORDS, NEGATIONS, SENTENCE_END_KEYS, SENTENCE_STARTERS } from "./lexicon";
import { endAt, firstCodeAt, isNumberAt, isWordAt, keyAt, printedAs, size, startAt, type QuoteTokens } from "./quotetokens";
import type { PairAlignment } from "./region";
import { isSpellingVariant, numericValue, expandContractions } from "./variants";
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

/** The indices of the word and number tokens among the quote's tokens [from, to). */
function words(q: QuoteTokens, from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to && k < size(q); k++) if (isWordAt(q, k)) out.push(k);
  return out;
}

function raw(text: string, q: QuoteTokens, from: number, to: number): string {
  if (from >= to) return "";
  return text.slice(startAt(q, from), endAt(q, to - 1));
}

/** The text offsets of the quote's tokens [from, to); an empty run is placed where it would stand. */
function range(q: QuoteTokens, from: number, to: number, fallbackAt: number): [number, number] {
  return [rangeStart(q, from, to, fallbackAt), rangeEnd(q, from, to, fallbackAt)];
}

/** `range(…)[0]`, without the array. */
function rangeStart(q: QuoteTokens, from: number, to: number, fallbackAt: number): number {
  if (from < to || (from >= 0 && from < size(q))) return startAt(q, from);
  return from - 1 >= 0 && from - 1 < size(q) ? endAt(q, from - 1) : fallbackAt;
}

/** `range(…)[1]`, without the array. */
function rangeEnd(q: QuoteTokens, from: number, to: number, fallbackAt: number): number {
  return from < to ? endAt(q, to - 1) : rangeStart(q, from, to, fallbackAt);
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

/** Whether one of the quote's words `ws` (indices) is a number or a content word. */
function hasContent(q: QuoteTokens, ws: readonly number[]): boolean {
  return ws.some((k) => isNumberAt(q, k) || !FUNCTION_WORDS.has(keyAt(q, k)));
}

/** Whether a word of the quote's tokens [from, to) is a name. */
function hasName(q: QuoteTokens, from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to && k < size(q); k++) if (isWordAt(q, k) && isName(q, k)) return true;
  return false;
}

/** Whether a mark of the quote's tokens [from, to) is an ellipsis. */
function hasEllipsis(q: QuoteTokens, from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to && k < size(q); k++) if (ELLIPSES.has(keyAt(q, k))) return true;
  return false;
}

/** The values of the number words and figures among the quote's words `ws` (indices), in order. */
function numbers(q: QuoteTokens, ws: readonly number[]): Array<number | null> {
  const out: Array<number | null> = [];
  for (const k of ws) {
    const v = numericValue(keyAt(q, k));
    if (isNumberAt(q, k) || v !== null) out.push(v);
  }
  return out;
}

function countNegations(keys: readonly string[]): number {
  let n = 0;
  for (const k of keys) if (NEGATIONS.has(k)) n++;
  return n;
}

/** A capitalised word that is not capitalised for standing first in a sentence. */
function isName(q: QuoteTokens, index: number): boolean {
  if (index <= 0 || !isWordAt(q, index) || isNumberAt(q, index) || printedAs(q, index, "I") || isNotCapital(firstCodeAt(q, index))) return false;
  const key = keyAt(q, index);
  return !SENTENCE_END_KEYS.has(keyAt(q, index - 1)) && !FUNCTION_WORDS.has(key) && !SENTENCE_STARTERS.has(key);
}

function quoted(s: string): string {
  return s ? `“${s}”` : "nothing";
}

/** A hunk whose added words are whole sentences: a cut of extent, not a change of wording. */
function wholeSentences(q: QuoteTokens, from: number, to: number): boolean {
  if (to <= from) return false;
  const startsSentence = from === 0 || (from - 1 < size(q) && SENTENCE_END_KEYS.has(keyAt(q, from - 1)));
  return startsSentence && SENTENCE_END_KEYS.has(keyAt(q, to - 1)) && words(q, from, to).length >= 2;
}

function classifyHunk(p: PairAlignment, h: Hunk, ctx: PairContext): Draft {
  const at = p.a;
  const bt = p.b;
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
  const keysA = aw.map((k) => keyAt(at, k));
  const keysB = bw.map((k) => keyAt(bt, k));
  const ak = expandContractions(keysA);
  const bk = expandContractions(keysB);
  if (ak.join(" ") === bk.join(" ") || isSpellingVariant(keysA, keysB)) {
    return set("spelling", "minor", `Spelling: ${quoted(left)} in ${ln}, ${quoted(right)} in ${rn}.`);
  }
  if (countNegations(ak) !== countNegations(bk)) {
    return set("negation", "critical", `Negation changed: ${quoted(left)} in ${ln}, ${quoted(right)} in ${rn}.`);
  }
  const numsA = numbers(at, aw);
  const numsB = numbers(bt, bw);
  if ((numsA.length > 0 || numsB.length > 0) && numsA.join() !== numsB.join()) {
    return set("number", "critical", `Number changed: ${quoted(left)} in ${ln}, ${quoted(right)} in ${rn}.`);
  }
  if (aw.length > 0 && bw.length > 0) {
    const severity: Severity = hasName(at, h.aFrom, h.aTo) || hasName(bt, h.bFrom, h.bTo) ? "critical" : hasContent(at, aw) || hasContent(bt, bw) ? "major" : "minor";
    return set("substitution", severity, `${quoted(left)} in ${ln} reads ${quoted(right)} in ${rn}.`);
  }
  if (bw.length === 0) {
    const ellipsis = hasEllipsis(bt, h.bFrom - ELLIPSIS_REACH, h.bTo + ELLIPSIS_REACH);
    draft.ellipsis = ellipsis;
    return set("omission", ellipsis || !hasContent(at, aw) ? "minor" : "major", `${rn} leaves out ${quoted(left)}${ellipsis ? " (marked by an ellipsis)" : ""}.`);
  }
  const ellipsis = hasEllipsis(at, h.aFrom - ELLIPSIS_REACH, h.aTo + ELLIPSIS_REACH);
  draft.ellipsis = ellipsis;
  return set("insertion", ellipsis || !hasContent(bt, bw) ? "minor" : "major", `${rn} adds ${quoted(right)}${ellipsis ? ` where ${ln} has an ellipsis` : ""}.`);
}

/** Whether every token of tokens[from, to) is an ellipsis (true when there are none). */
function allEllipses(q: QuoteTokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!ELLIPSES.has(keyAt(q, k))) return false;
  return true;
}

/**
 * Words deleted in one hunk and inserted in another (or the reverse): moved, not changed. The
 * drafts and the hunks they use up; null when nothing moved.
 */
function reorders(p: PairAlignment, hunks: readonly Hunk[], ctx: PairContext): { drafts: Draft[]; used: ReadonlySet<number> } | null {
  // Most pairs have no hunk that only deletes words, or none that only inserts: nothing moved.
  const at = p.a;
  const bt = p.b;
  const onlyDeletes = (h: Hunk) => hasWord(at, h.aFrom, h.aTo) && !hasWord(bt, h.bFrom, h.bTo);
  const onlyInserts = (h: Hunk) => !hasWord(at, h.aFrom, h.aTo) && hasWord(bt, h.bFrom, h.bTo);
  if (!hunks.some(onlyDeletes) || !hunks.some(onlyInserts)) return null;
  const key = (q: QuoteTokens, ws: number[]) => ws.map((k) => keyAt(q, k)).join(" ");
  const used = new Set<number>();
  const drafts: Draft[] = [];
  hunks.forEach((h, i) => {
    const gone = words(at, h.aFrom, h.aTo);
    if (used.has(i) || gone.length === 0 || words(bt, h.bFrom, h.bTo).length > 0) return;
    const j = hunks.findIndex((g, k) => k !== i && !used.has(k) && words(at, g.aFrom, g.aTo).length === 0 && key(bt, words(bt, g.bFrom, g.bTo)) === key(at, gone));
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
function hasWord(q: QuoteTokens, from: number, to: number): boolean {
  for (let k = from; k < to && k < size(q); k++) if (isWordAt(q, k)) return true;
  return false;
}

export { hunksOf, classifyHunk, reorders, raw, range, rangeStart, rangeEnd, words, quoted };
