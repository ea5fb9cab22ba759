/**
 * All discrepancies of one aligned pair, and the pair's word diff for display.
 */
import { classifyHunk, hunksOf, quoted, range, raw, reorders, type Draft, type PairContext } from "./classify";
import type { TokenOp } from "./diff";
import { sameSpeaker, type PairAlignment } from "./region";
import type { Token } from "./tokenize";
import type { DiffOp } from "./types";

type TypoClass = "case" | "spelling" | "punctuation";

function typoClass(a: Token, b: Token): TypoClass | null {
  if (a.text === b.text) return null;
  if (a.type === "punct") return "punctuation";
  if (a.text.toLowerCase() === b.text.toLowerCase()) return "case";
  const strip = (s: string) => s.replace(/[-\u2010\u2011]/g, "");
  if (strip(a.text) !== strip(b.text)) {
    const apostrophes = (s: string) => s.replace(/[\u2019\u02BC\u2018]/g, "'");
    if (apostrophes(a.text) === apostrophes(b.text)) return "punctuation";
  }
  return "spelling";
}

/** Differences inside words the diff counts as the same: case, hyphenation, dash and quote style. */
function typographic(p: PairAlignment, ctx: PairContext): Draft[] {
  const out: Draft[] = [];
  let run = null as { cls: TypoClass; a0: number; a1: number; b0: number; b1: number } | null;
  const flush = () => {
    if (!run) return;
    const left = raw(ctx.text.left, p.a.tokens, run.a0, run.a1);
    const right = raw(ctx.text.right, p.b.tokens, run.b0, run.b1);
    const what = run.cls === "case" ? "Capitalisation" : run.cls === "spelling" ? "Spelling" : "Typography";
    out.push({
      kind: run.cls === "punctuation" ? "punctuation" : "spelling",
      severity: run.cls === "punctuation" ? "cosmetic" : "minor",
      left,
      right,
      leftRange: range(p.a.tokens, run.a0, run.a1, 0),
      rightRange: range(p.b.tokens, run.b0, run.b1, 0),
      message: `${what}: ${quoted(left)} in ${ctx.names.left}, ${quoted(right)} in ${ctx.names.right}.`,
    });
    run = null;
  };
  for (const o of p.ops) {
    if (o.op !== "equal") {
      flush();
      continue;
    }
    for (let k = 0; k < o.aTo - o.aFrom; k++) {
      const cls = typoClass(p.a.tokens[o.aFrom + k] as Token, p.b.tokens[o.bFrom + k] as Token);
      const a = o.aFrom + k;
      const b = o.bFrom + k;
      if (cls && run && run.cls === cls && run.a1 >= a - 1) run = { ...run, a1: a + 1, b1: b + 1 };
      else {
        flush();
        if (cls) run = { cls, a0: a, a1: a + 1, b0: b, b1: b + 1 };
      }
    }
  }
  flush();
  return out;
}

function extent(p: PairAlignment, ctx: PairContext): Draft | null {
  if (p.relation !== "fragment" && p.relation !== "overlap") return null;
  const { left: ln, right: rn } = ctx.names;
  const outside = (tokens: readonly Token[], text: string, from: number, to: number) =>
    [raw(text, tokens, 0, from), raw(text, tokens, to, tokens.length)].filter(Boolean).join(" … ");
  const left = outside(p.a.tokens, ctx.text.left, p.region.aFrom, p.region.aTo);
  const right = outside(p.b.tokens, ctx.text.right, p.region.bFrom, p.region.bTo);
  const message =
    p.contained === "left" ? `${ln} quotes only part of what ${rn} quotes.`
    : p.contained === "right" ? `${rn} quotes only part of what ${ln} quotes.`
    : `The quotes overlap: each runs on where the other stops.`;
  return { kind: "truncation", severity: "info", ...(left ? { left } : {}), ...(right ? { right } : {}), message };
}

function attribution(p: PairAlignment, ctx: PairContext): Draft[] {
  const { left: ln, right: rn } = ctx.names;
  if (sameSpeaker(p.a.speaker, p.b.speaker) === false) {
    return [{ kind: "attribution", severity: "major", left: p.a.speaker ?? "", right: p.b.speaker ?? "", message: `${ln} credits ${p.a.speaker}, ${rn} credits ${p.b.speaker}.` }];
  }
  const { left: va, right: vb } = ctx.verbs;
  const whole = p.relation === "identical" || p.relation === "variant";
  if (whole && va && vb && va.toLowerCase() !== vb.toLowerCase()) {
    return [{ kind: "attribution", severity: "minor", left: va, right: vb, message: `Reporting verb: “${va}” in ${ln}, “${vb}” in ${rn}.` }];
  }
  return [];
}

/** Every discrepancy of an aligned pair, in reading order of the left quote. */
export function pairDiscrepancies(p: PairAlignment, ctx: PairContext): Draft[] {
  const hunks = hunksOf(p.ops);
  const moved = reorders(p, hunks, ctx);
  const changes = hunks.filter((_, i) => !moved.used.has(i)).map((h) => classifyHunk(p, h, ctx));
  const inside = [...typographic(p, ctx), ...moved.drafts, ...changes].sort((x, y) => (x.leftRange?.[0] ?? 0) - (y.leftRange?.[0] ?? 0));
  const cut = extent(p, ctx);
  return [...inside, ...(cut ? [cut] : []), ...attribution(p, ctx)];
}

/** The pair's word diff as raw text runs with source offsets; typography-only runs are marked. */
export function displayDiff(p: PairAlignment, left: string, right: string): DiffOp[] {
  const out: DiffOp[] = [];
  const at = p.a.tokens;
  const bt = p.b.tokens;
  const push = (op: DiffOp["op"], a0: number, a1: number, b0: number, b1: number, typographic?: boolean) => {
    const [leftStart, leftEnd] = range(at, a0, a1, at[0]?.start ?? 0);
    const [rightStart, rightEnd] = range(bt, b0, b1, bt[0]?.start ?? 0);
    out.push({ op, left: left.slice(leftStart, leftEnd), right: right.slice(rightStart, rightEnd), leftStart, leftEnd, rightStart, rightEnd, ...(typographic ? { typographic } : {}) });
  };
  let pending = null as TokenOp | null;
  const flushChange = () => {
    if (!pending) return;
    const op = pending.aTo > pending.aFrom && pending.bTo > pending.bFrom ? "replace" : pending.aTo > pending.aFrom ? "delete" : "insert";
    push(op, pending.aFrom, pending.aTo, pending.bFrom, pending.bTo);
    pending = null;
  };
  for (const o of p.ops) {
    if (o.op !== "equal") {
      pending = pending ? { ...pending, aTo: o.aTo, bTo: o.bTo } : { ...o };
      continue;
    }
    flushChange();
    const typos = Array.from({ length: o.aTo - o.aFrom }, (_, k) => typoClass(at[o.aFrom + k] as Token, bt[o.bFrom + k] as Token) !== null);
    for (let k = 0; k < typos.length; ) {
      let e = k + 1;
      while (e < typos.length && typos[e] === typos[k]) e++;
      push("equal", o.aFrom + k, o.aFrom + e, o.bFrom + k, o.bFrom + e, typos[k]);
      k = e;
    }
  }
  flushChange();
  return out;
}
