/**
 * All discrepancies of one aligned pair, and the pair's word diff for display.
 */
import { classifyHunk, hunksOf, quoted, range, rangeEnd, rangeStart, raw, reorders, type Draft, type Hunk, type PairContext } from "./classify";
import type { TokenOp } from "./diff";
import { isPunctAt, rawAt, samePrint, size, startAt, type QuoteTokens } from "./quotetokens";
import { sameSpeaker, type PairAlignment } from "./region";
import type { DiffOp } from "./types";

type TypoClass = "case" | "spelling" | "punctuation";

/** How token ka of a and token kb of b, which the diff calls equal, differ in print; null when they do not. */
function typoClass(a: QuoteTokens, ka: number, b: QuoteTokens, kb: number): TypoClass | null {
  if (samePrint(a, ka, b, kb)) return null;
  if (isPunctAt(a, ka)) return "punctuation";
  const ta = rawAt(a, ka);
  const tb = rawAt(b, kb);
  if (ta.toLowerCase() === tb.toLowerCase()) return "case";
  const strip = (s: string) => s.replace(/[-\u2010\u2011]/g, "");
  if (strip(ta) !== strip(tb)) {
    const apostrophes = (s: string) => s.replace(/[\u2019\u02BC\u2018]/g, "'");
    if (apostrophes(ta) === apostrophes(tb)) return "punctuation";
  }
  return "spelling";
}

/** Differences inside words the diff counts as the same: case, hyphenation, dash and quote style. */
function typographic(p: PairAlignment, ctx: PairContext): Draft[] {
  const out: Draft[] = [];
  // The open run of one class of difference: tokens [a0, a1) and [b0, b1); none while cls is null.
  let cls: TypoClass | null = null;
  let a0 = 0;
  let a1 = 0;
  let b0 = 0;
  let b1 = 0;
  const flush = () => {
    if (!cls) return;
    const left = raw(ctx.text.left, p.a, a0, a1);
    const right = raw(ctx.text.right, p.b, b0, b1);
    const what = cls === "case" ? "Capitalisation" : cls === "spelling" ? "Spelling" : "Typography";
    out.push({
      kind: cls === "punctuation" ? "punctuation" : "spelling",
      severity: cls === "punctuation" ? "cosmetic" : "minor",
      left,
      right,
      leftRange: range(p.a, a0, a1, 0),
      rightRange: range(p.b, b0, b1, 0),
      message: `${what}: ${quoted(left)} in ${ctx.names.left}, ${quoted(right)} in ${ctx.names.right}.`,
    });
    cls = null;
  };
  for (const o of p.ops) {
    if (o.op !== "equal") {
      flush();
      continue;
    }
    for (let k = 0; k < o.aTo - o.aFrom; k++) {
      const a = o.aFrom + k;
      const b = o.bFrom + k;
      const c = typoClass(p.a, a, p.b, b);
      if (c && cls === c && a1 >= a - 1) {
        a1 = a + 1;
        b1 = b + 1;
      } else {
        flush();
        if (c) {
          cls = c;
          a0 = a;
          a1 = a + 1;
          b0 = b;
          b1 = b + 1;
        }
      }
    }
  }
  flush();
  return out;
}

function extent(p: PairAlignment, ctx: PairContext): Draft | null {
  if (p.relation !== "fragment" && p.relation !== "overlap") return null;
  const { left: ln, right: rn } = ctx.names;
  const left = outside(p.a, ctx.text.left, p.region.aFrom, p.region.aTo);
  const right = outside(p.b, ctx.text.right, p.region.bFrom, p.region.bTo);
  const message =
    p.contained === "left" ? `${ln} quotes only part of what ${rn} quotes.`
    : p.contained === "right" ? `${rn} quotes only part of what ${ln} quotes.`
    : `The quotes overlap: each runs on where the other stops.`;
  const draft: Draft = { kind: "truncation", severity: "info", message };
  if (left) draft.left = left;
  if (right) draft.right = right;
  return draft;
}

/** What a quote has outside the aligned tokens [from, to): its head and its tail, joined by " … ". */
function outside(q: QuoteTokens, text: string, from: number, to: number): string {
  const head = raw(text, q, 0, from);
  const tail = raw(text, q, to, size(q));
  return head && tail ? `${head} … ${tail}` : head || tail;
}

/** A different speaker or reporting verb, added to `out`. */
function attribution(p: PairAlignment, ctx: PairContext, out: Draft[]): Draft[] {
  const { left: ln, right: rn } = ctx.names;
  if (sameSpeaker(p.a.speaker, p.b.speaker) === false) {
    out.push({ kind: "attribution", severity: "major", left: p.a.speaker ?? "", right: p.b.speaker ?? "", message: `${ln} credits ${p.a.speaker}, ${rn} credits ${p.b.speaker}.` });
    return out;
  }
  const { left: va, right: vb } = ctx.verbs;
  const whole = p.relation === "identical" || p.relation === "variant";
  if (whole && va && vb && va.toLowerCase() !== vb.toLowerCase()) {
    out.push({ kind: "attribution", severity: "minor", left: va, right: vb, message: `Reporting verb: “${va}” in ${ln}, “${vb}” in ${rn}.` });
  }
  return out;
}

/** Every discrepancy of an aligned pair, in reading order of the left quote. */
export function pairDiscrepancies(p: PairAlignment, ctx: PairContext): Draft[] {
  const hunks = hunksOf(p.ops);
  const moved = reorders(p, hunks, ctx);
  const out = typographic(p, ctx);
  if (moved) out.push(...moved.drafts);
  for (let i = 0; i < hunks.length; i++) if (!moved?.used.has(i)) out.push(classifyHunk(p, hunks[i] as Hunk, ctx));
  // Stable: drafts at one place keep the order above.
  out.sort((x, y) => (x.leftRange?.[0] ?? 0) - (y.leftRange?.[0] ?? 0));
  const cut = extent(p, ctx);
  if (cut) out.push(cut);
  return attribution(p, ctx, out);
}

/** The pair's word diff as raw text runs with source offsets; typography-only runs are marked. */
export function displayDiff(p: PairAlignment, left: string, right: string): DiffOp[] {
  const out: DiffOp[] = [];
  const at = p.a;
  const bt = p.b;
  const aFallback = size(at) > 0 ? startAt(at, 0) : 0;
  const bFallback = size(bt) > 0 ? startAt(bt, 0) : 0;
  const push = (op: DiffOp["op"], a0: number, a1: number, b0: number, b1: number, typographic: boolean) => {
    const leftStart = rangeStart(at, a0, a1, aFallback);
    const leftEnd = rangeEnd(at, a0, a1, aFallback);
    const rightStart = rangeStart(bt, b0, b1, bFallback);
    const rightEnd = rangeEnd(bt, b0, b1, bFallback);
    const d: DiffOp = { op, left: left.slice(leftStart, leftEnd), right: right.slice(rightStart, rightEnd), leftStart, leftEnd, rightStart, rightEnd };
    if (typographic) d.typographic = true;
    out.push(d);
  };
  // The change being gathered: adjacent deletions and insertions show as one run.
  let pending = false;
  let a0 = 0;
  let a1 = 0;
  let b0 = 0;
  let b1 = 0;
  const flushChange = () => {
    if (!pending) return;
    push(a1 > a0 && b1 > b0 ? "replace" : a1 > a0 ? "delete" : "insert", a0, a1, b0, b1, false);
    pending = false;
  };
  // Tokens the diff calls equal have equal keys, so any difference in their raw text is typography
  // (what typoClass goes on to classify for the discrepancies; the display needs only whether).
  const isTypo = (o: TokenOp, k: number) => !samePrint(at, o.aFrom + k, bt, o.bFrom + k);
  for (const o of p.ops) {
    if (o.op !== "equal") {
      if (!pending) {
        pending = true;
        a0 = o.aFrom;
        b0 = o.bFrom;
      }
      a1 = o.aTo;
      b1 = o.bTo;
      continue;
    }
    flushChange();
    const n = o.aTo - o.aFrom;
    // Runs of tokens that differ only in typography, or not at all.
    let typo = n > 0 && isTypo(o, 0);
    for (let k = 0; k < n; ) {
      let e = k + 1;
      let next = typo;
      while (e < n && (next = isTypo(o, e)) === typo) e++;
      push("equal", o.aFrom + k, o.aFrom + e, o.bFrom + k, o.bFrom + e, typo);
      k = e;
      typo = next;
    }
  }
  flushChange();
  return out;
}
