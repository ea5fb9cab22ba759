/**
 * jsdiff's array diff (Myers, as `diffArrays` runs it: the same choice between an insertion and
 * a deletion on every diagonal, the same runs) on typed arrays: every diff of the engine, those
 * that decide whether two quotes link and those users see. It gives jsdiff's edit script for
 * every input (myers.test.ts compares the two on random and quote-like lists) at a quarter of the
 * cost: jsdiff keeps its paths in an array indexed by negative diagonals and allocates two
 * objects per step.
 */

/** One run of an edit script: `kind` 0 equal, 1 inserted, 2 deleted. */
export type Run = { kind: 0 | 1 | 2; count: number };

const EQUAL = 0;
export const INSERTED = 1;
export const DELETED = 2;

/**
 * Working memory, reused from call to call (a diff runs to its end before another starts): the
 * furthest path on each diagonal, and the runs as a persistent linked list, as jsdiff's
 * components are: count, kind and previous run (-1: none) of each.
 */
const work = { oldPos: new Int32Array(64), last: new Int32Array(64), has: new Uint8Array(64), count: new Int32Array(256), kind: new Uint8Array(256), prev: new Int32Array(256), runs: 0 };

function diagonals(size: number): void {
  if (work.has.length < size) {
    work.oldPos = new Int32Array(size * 2);
    work.last = new Int32Array(size * 2);
    work.has = new Uint8Array(size * 2);
  } else work.has.fill(0, 0, size);
}

function run(count: number, kind: number, prev: number): number {
  const r = work.runs++;
  if (r === work.count.length) {
    const grow = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(a.length * 2);
      b.set(a);
      return b;
    };
    work.count = grow(work.count, (n) => new Int32Array(n));
    work.kind = grow(work.kind, (n) => new Uint8Array(n));
    work.prev = grow(work.prev, (n) => new Int32Array(n));
  }
  work.count[r] = count;
  work.kind[r] = kind;
  work.prev[r] = prev;
  return r;
}

/**
 * The runs of jsdiff's edit script from `a` to `b` (equal items compared with ===); null when
 * it needs more than maxEditLength edits, as jsdiff returns undefined then.
 */
export function myersRuns(a: ArrayLike<number>, b: ArrayLike<number>, maxEditLength: number): Run[] | null {
  const oldLen = a.length;
  const newLen = b.length;
  const maxEdit = Math.min(maxEditLength, oldLen + newLen);
  // The furthest path on each diagonal d, at d + offset: its last old index and last run; none when `has` is 0.
  const offset = maxEdit + 1;
  diagonals(2 * offset + 1);
  work.runs = 0;
  const { oldPos, last, has } = work;
  /** Follows equal items from the path on diagonal d; returns the new index reached. */
  const extractCommon = (d: number): number => {
    let o = oldPos[d + offset] as number;
    let n = o - d;
    let common = 0;
    while (n + 1 < newLen && o + 1 < oldLen && a[o + 1] === b[n + 1]) {
      n++;
      o++;
      common++;
    }
    if (common > 0) last[d + offset] = run(common, EQUAL, last[d + offset] as number);
    oldPos[d + offset] = o;
    return n;
  };
  oldPos[offset] = -1;
  last[offset] = -1;
  has[offset] = 1;
  let newPos = extractCommon(0);
  if ((oldPos[offset] as number) + 1 >= oldLen && newPos + 1 >= newLen) return runsOf(last[offset] as number);
  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let editLength = 1; editLength <= maxEdit; editLength++) {
    for (let d = Math.max(minDiagonal, -editLength); d <= Math.min(maxDiagonal, editLength); d += 2) {
      const r = d - 1 + offset;
      const ad = d + 1 + offset;
      const removeOld = oldPos[r] as number;
      const removeLast = last[r] as number;
      const hasRemove = has[r] === 1;
      if (hasRemove) has[r] = 0;
      const addNew = (oldPos[ad] as number) - d;
      const canAdd = has[ad] === 1 && addNew >= 0 && addNew < newLen;
      const canRemove = hasRemove && removeOld + 1 < oldLen;
      const at = d + offset;
      if (!canAdd && !canRemove) {
        has[at] = 0;
        continue;
      }
      const add = !canRemove || (canAdd && removeOld < (oldPos[ad] as number));
      const k = add ? INSERTED : DELETED;
      const baseLast = add ? (last[ad] as number) : removeLast;
      // jsdiff's addToPath: one more item of the same kind lengthens the last run.
      last[at] = baseLast >= 0 && work.kind[baseLast] === k ? run((work.count[baseLast] as number) + 1, k, work.prev[baseLast] as number) : run(1, k, baseLast);
      oldPos[at] = add ? (oldPos[ad] as number) : removeOld + 1;
      has[at] = 1;
      newPos = extractCommon(d);
      if ((oldPos[at] as number) + 1 >= oldLen && newPos + 1 >= newLen) return runsOf(last[at] as number);
      if ((oldPos[at] as number) + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, d - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, d + 1);
    }
  }
  return null;
}

function runsOf(tail: number): Run[] {
  const out: Run[] = [];
  for (let r = tail; r >= 0; r = work.prev[r] as number) out.push({ kind: work.kind[r] as Run["kind"], count: work.count[r] as number });
  return out.reverse();
}
