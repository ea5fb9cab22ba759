/**
 * jsdiff's array diff (Myers, as `diffArrays` runs it: the same choice between an insertion and
 * a deletion on every diagonal, the same runs) on typed arrays, for deciding whether two quotes
 * link. It gives jsdiff's edit script for every input (myers.test.ts compares the two), at a
 * fraction of the cost: jsdiff keeps its paths in an array indexed by negative diagonals and
 * allocates two objects per step. The diffs users see still come from jsdiff (region.ts).
 */

/** One run of an edit script: `kind` 0 equal, 1 inserted, 2 deleted. */
export type Run = { kind: 0 | 1 | 2; count: number };

const EQUAL = 0;
const INSERTED = 1;
const DELETED = 2;

/**
 * The runs of jsdiff's edit script from `a` to `b` (equal items compared with ===); null when
 * it needs more than maxEditLength edits, as jsdiff returns undefined then.
 */
export function myersRuns(a: ArrayLike<number>, b: ArrayLike<number>, maxEditLength: number): Run[] | null {
  const oldLen = a.length;
  const newLen = b.length;
  const maxEdit = Math.min(maxEditLength, oldLen + newLen);
  // Runs as a persistent linked list, as jsdiff's components: count, kind, previous run (-1: none).
  const count: number[] = [];
  const kind: number[] = [];
  const prev: number[] = [];
  const run = (c: number, k: number, p: number) => {
    count.push(c);
    kind.push(k);
    prev.push(p);
    return count.length - 1;
  };
  // The furthest path on each diagonal d (at d + offset): its last old index and last run; none when `has` is 0.
  const offset = maxEdit + 1;
  const oldPos = new Int32Array(2 * offset + 1);
  const last = new Int32Array(2 * offset + 1);
  const has = new Uint8Array(2 * offset + 1);
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
  if ((oldPos[offset] as number) + 1 >= oldLen && newPos + 1 >= newLen) return runsOf(last[offset] as number, count, kind, prev);
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
      last[at] = baseLast >= 0 && kind[baseLast] === k ? run((count[baseLast] as number) + 1, k, prev[baseLast] as number) : run(1, k, baseLast);
      oldPos[at] = add ? (oldPos[ad] as number) : removeOld + 1;
      has[at] = 1;
      newPos = extractCommon(d);
      if ((oldPos[at] as number) + 1 >= oldLen && newPos + 1 >= newLen) return runsOf(last[at] as number, count, kind, prev);
      if ((oldPos[at] as number) + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, d - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, d + 1);
    }
  }
  return null;
}

function runsOf(tail: number, count: readonly number[], kind: readonly number[], prev: readonly number[]): Run[] {
  const out: Run[] = [];
  for (let r = tail; r >= 0; r = prev[r] as number) out.push({ kind: kind[r] as Run["kind"], count: count[r] as number });
  return out.reverse();
}
