import { diffArrays } from "diff";
import { describe, expect, it } from "vitest";
import { DISJOINT_MAX, diffIds, type TokenOp } from "./diff";

/** An edit script as jsdiff's runs ("=2", "-1", "+3"), to compare the two. */
function runsOf(ops: readonly TokenOp[] | null): string[] | null {
  return ops && ops.map((o) => `${o.op === "insert" ? "+" : o.op === "delete" ? "-" : "="}${o.op === "insert" ? o.bTo - o.bFrom : o.aTo - o.aFrom}`);
}

function jsdiffRuns(a: number[], b: number[], maxEditLength = 2_000): string[] | null {
  const changes = diffArrays(a, b, { maxEditLength });
  return changes ? changes.map((c) => `${c.added ? "+" : c.removed ? "-" : "="}${c.count ?? c.value.length}`) : null;
}

describe("diffIds", () => {
  it("answers a middle with nothing in common exactly as jsdiff does, for every pair of lengths it answers alone", () => {
    // Only the lengths matter to jsdiff when no token matches; repeats inside one side do not either.
    for (let n = 1; n <= DISJOINT_MAX; n++) {
      for (let m = 1; m <= DISJOINT_MAX; m++) {
        const a = Array.from({ length: n }, (_, i) => i % 5);
        const b = Array.from({ length: m }, (_, i) => 100 + (i % 3));
        expect(runsOf(diffIds(Int32Array.from(a), Int32Array.from(b)))).toEqual(jsdiffRuns(a, b));
      }
    }
  });

  it("replaces two words by one without a search", () => {
    expect(diffIds(Int32Array.of(1, 2, 3, 4), Int32Array.of(1, 5, 4))).toEqual([
      { op: "equal", aFrom: 0, aTo: 1, bFrom: 0, bTo: 1 },
      { op: "delete", aFrom: 1, aTo: 3, bFrom: 1, bTo: 1 },
      { op: "insert", aFrom: 3, aTo: 3, bFrom: 1, bTo: 2 },
      { op: "equal", aFrom: 3, aTo: 4, bFrom: 2, bTo: 3 },
    ]);
  });
});
