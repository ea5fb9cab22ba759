/**
 * Token diffs. It diffs the comparison keys of two token streams (never whole articles) with a
 * hard bound on the edit length, and says plainly when it gave up.
 */
import { DELETED, INSERTED, myersRuns } from "./myers";

export type TokenOp = {
  op: "equal" | "delete" | "insert";
  /** Token index ranges [aFrom, aTo) and [bFrom, bTo). */
  aFrom: number;
  aTo: number;
  bFrom: number;
  bTo: number;
};

/** Token ids: a quote's column of its article's table (tokens.ts), or a slice of it. */
export type Ids = Int32Array;

/** Most edits (inserted plus deleted tokens) a quote diff may need before it gives up. */
const MAX_EDIT_LENGTH = 2_000;

/**
 * The edit script from `a` to `b` (token ids), as runs of equal, deleted and inserted tokens;
 * null when more than MAX_EDIT_LENGTH edits would be needed. The shared head and tail and the
 * cases below need no search; the rest is jsdiff's `diffArrays` algorithm run on typed arrays
 * (myers.ts, checked run for run against jsdiff in myers.test.ts): jsdiff itself took four times
 * as long, 6–8% of `analyze` on ten sources when it recomputed every linked pair's diffs.
 */
export function diffIds(a: Ids, b: Ids, maxEditLength = MAX_EDIT_LENGTH): TokenOp[] | null {
  // The common head and tail cost nothing to find; only the middle needs a search.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const ops: TokenOp[] = [];
  if (head > 0) ops.push({ op: "equal", aFrom: 0, aTo: head, bFrom: 0, bTo: head });
  const middleA = a.subarray(head, a.length - tail);
  const middleB = b.subarray(head, b.length - tail);
  if (middleA.length > 0 || middleB.length > 0) {
    const middle = trivialMiddle(middleA, middleB) ?? viaMyers(middleA, middleB, maxEditLength);
    if (!middle) return null;
    for (const o of middle) ops.push({ op: o.op, aFrom: o.aFrom + head, aTo: o.aTo + head, bFrom: o.bFrom + head, bTo: o.bTo + head });
  }
  if (tail > 0) ops.push({ op: "equal", aFrom: a.length - tail, aTo: a.length, bFrom: b.length - tail, bTo: b.length });
  return ops;
}

/** Where `needle` stands whole and in order inside `hay`, or -1. */
function indexOfRun(hay: Int32Array, needle: Int32Array): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/**
 * Longest side for which a middle with no token in common is answered without a search. jsdiff
 * answers every such pair with "delete all, insert all" (its comparator only ever says "no", so
 * the answer depends on the lengths alone); diff.test.ts checks every pair of lengths up to this.
 */
export const DISJOINT_MAX = 64;

/** Whether no token of `a` equals a token of `b`. */
function disjoint(a: Int32Array, b: Int32Array): boolean {
  if (a.length * b.length <= 256) {
    for (const x of a) for (const y of b) if (x === y) return false;
    return true;
  }
  const inA = new Set(a);
  return !b.some((y) => inA.has(y));
}

/**
 * The cases that need no search: one side empty, the shorter side standing whole inside the
 * longer (a trimmed quote, a single changed word), or nothing in common (words replaced). Their
 * edit script is the minimal one; null when a search has to decide.
 */
function trivialMiddle(a: Int32Array, b: Int32Array): TokenOp[] | null {
  if (a.length === 0) return [{ op: "insert", aFrom: 0, aTo: 0, bFrom: 0, bTo: b.length }];
  if (b.length === 0) return [{ op: "delete", aFrom: 0, aTo: a.length, bFrom: 0, bTo: 0 }];
  const aInB = a.length <= b.length;
  const at = aInB ? indexOfRun(b, a) : indexOfRun(a, b);
  if (at < 0) {
    const replaced = a.length <= DISJOINT_MAX && b.length <= DISJOINT_MAX && disjoint(a, b);
    return replaced ? [{ op: "delete", aFrom: 0, aTo: a.length, bFrom: 0, bTo: 0 }, { op: "insert", aFrom: a.length, aTo: a.length, bFrom: 0, bTo: b.length }] : null;
  }
  const n = aInB ? a.length : b.length;
  const ops: TokenOp[] = [];
  if (aInB) {
    if (at > 0) ops.push({ op: "insert", aFrom: 0, aTo: 0, bFrom: 0, bTo: at });
    ops.push({ op: "equal", aFrom: 0, aTo: n, bFrom: at, bTo: at + n });
    if (at + n < b.length) ops.push({ op: "insert", aFrom: n, aTo: n, bFrom: at + n, bTo: b.length });
  } else {
    if (at > 0) ops.push({ op: "delete", aFrom: 0, aTo: at, bFrom: 0, bTo: 0 });
    ops.push({ op: "equal", aFrom: at, aTo: at + n, bFrom: 0, bTo: n });
    if (at + n < a.length) ops.push({ op: "delete", aFrom: at + n, aTo: a.length, bFrom: n, bTo: n });
  }
  return ops;
}

/** jsdiff's edit script for a middle (myers.ts), as token ops; null when it gives up. */
function viaMyers(a: Int32Array, b: Int32Array, maxEditLength: number): TokenOp[] | null {
  const runs = myersRuns(a, b, maxEditLength);
  if (!runs) return null;
  const ops: TokenOp[] = [];
  let i = 0;
  let j = 0;
  for (const { kind, count } of runs) {
    if (kind === INSERTED) {
      ops.push({ op: "insert", aFrom: i, aTo: i, bFrom: j, bTo: j + count });
      j += count;
    } else if (kind === DELETED) {
      ops.push({ op: "delete", aFrom: i, aTo: i + count, bFrom: j, bTo: j });
      i += count;
    } else {
      ops.push({ op: "equal", aFrom: i, aTo: i + count, bFrom: j, bTo: j + count });
      i += count;
      j += count;
    }
  }
  return ops;
}

type Segment = { del: number; ins: number; eq: number };

function toSegments(ops: readonly TokenOp[]): Segment[] {
  const segs: Segment[] = [];
  for (const o of ops) {
    if (o.op === "equal") segs.push({ del: 0, ins: 0, eq: o.aTo - o.aFrom });
    else if (o.op === "delete") segs.push({ del: o.aTo - o.aFrom, ins: 0, eq: 0 });
    else segs.push({ del: 0, ins: o.bTo - o.bFrom, eq: 0 });
  }
  return segs;
}

function toOps(segs: readonly Segment[]): TokenOp[] {
  const ops: TokenOp[] = [];
  let i = 0;
  let j = 0;
  for (const s of segs) {
    if (s.eq > 0) ops.push({ op: "equal", aFrom: i, aTo: i + s.eq, bFrom: j, bTo: j + s.eq });
    if (s.del > 0) ops.push({ op: "delete", aFrom: i, aTo: i + s.del, bFrom: j, bTo: j });
    if (s.ins > 0) ops.push({ op: "insert", aFrom: i + s.del, aTo: i + s.del, bFrom: j, bTo: j + s.ins });
    i += s.eq + s.del;
    j += s.eq + s.ins;
  }
  return ops;
}

/** Splits the common head and tail of each replace segment out into equal segments. */
function factor<T>(segs: readonly Segment[], a: ArrayLike<T>, b: ArrayLike<T>): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  let j = 0;
  for (const s of segs) {
    if (s.del > 0 && s.ins > 0) {
      let head = 0;
      while (head < s.del && head < s.ins && a[i + head] === b[j + head]) head++;
      let tail = 0;
      while (tail < s.del - head && tail < s.ins - head && a[i + s.del - 1 - tail] === b[j + s.ins - 1 - tail]) tail++;
      if (head > 0) out.push({ del: 0, ins: 0, eq: head });
      out.push({ del: s.del - head - tail, ins: s.ins - head - tail, eq: 0 });
      if (tail > 0) out.push({ del: 0, ins: 0, eq: tail });
    } else out.push({ ...s });
    i += s.eq + s.del;
    j += s.eq + s.ins;
  }
  return out.filter((s) => s.eq + s.del + s.ins > 0);
}

/**
 * Slides each pure insertion or deletion along the equal text around it (the same edit, placed
 * differently) to where it covers whole sentences, when such a place exists.
 */
function alignToSentences<T>(segs: Segment[], a: ArrayLike<T>, b: ArrayLike<T>, isSentenceEnd: (key: T) => boolean): void {
  let i = 0;
  let j = 0;
  segs.forEach((s, k) => {
    const prev = segs[k - 1];
    const next = segs[k + 1];
    const pure = (s.ins > 0) !== (s.del > 0) && s.eq === 0;
    if (pure && prev && prev.eq > 0 && next && next.eq > 0) {
      const seq = s.ins > 0 ? b : a;
      const at = s.ins > 0 ? j : i;
      const len = s.ins + s.del;
      const whole = (p: number) => (p === 0 || isSentenceEnd(seq[p - 1] as T)) && isSentenceEnd(seq[p + len - 1] as T);
      let left = 0;
      while (left < prev.eq && seq[at - left - 1] === seq[at + len - left - 1]) left++;
      let right = 0;
      while (right < next.eq && seq[at + right] === seq[at + len + right]) right++;
      for (let d = -left; d <= right; d++) {
        if (d === 0 || !whole(at + d) || whole(at)) continue;
        prev.eq += d;
        next.eq -= d;
        break;
      }
    }
    i += s.eq + s.del;
    j += s.eq + s.ins;
  });
}

/**
 * Undoes scattered matches inside one long insertion (or deletion): an equal run no longer than
 * the insertions on both its sides, all in the same direction, is folded into them, so that
 * "A. [B. C.] D." reads as one inserted stretch instead of stray shared words, placed on whole
 * sentences where it can be. Equal runs between changes in opposite directions are kept: there
 * they carry the word-level detail.
 */
export function foldScatteredMatches<T>(ops: readonly TokenOp[], a: ArrayLike<T>, b: ArrayLike<T>, isSentenceEnd: (key: T) => boolean): TokenOp[] {
  let segs = toSegments(ops);
  let changed = true;
  while (changed) {
    changed = false;
    for (let k = 1; k + 1 < segs.length; k++) {
      const [p, e, n] = [segs[k - 1] as Segment, segs[k] as Segment, segs[k + 1] as Segment];
      if (e.eq === 0 || p.eq > 0 || n.eq > 0) continue;
      const insertions = p.del === 0 && n.del === 0 && e.eq <= Math.min(p.ins, n.ins);
      const deletions = p.ins === 0 && n.ins === 0 && e.eq <= Math.min(p.del, n.del);
      if (!insertions && !deletions) continue;
      segs.splice(k - 1, 3, { del: p.del + e.eq + n.del, ins: p.ins + e.eq + n.ins, eq: 0 });
      changed = true;
      break;
    }
  }
  segs = factor(segs, a, b);
  alignToSentences(segs, a, b, isSentenceEnd);
  return toOps(segs.filter((s) => s.eq + s.del + s.ins > 0));
}
