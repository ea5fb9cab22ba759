import { diffArrays } from "diff";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { myersRuns } from "./myers";

function jsdiffRuns(a: number[], b: number[], maxEditLength: number): string[] | null {
  const changes = diffArrays(a, b, { maxEditLength });
  return changes ? changes.map((c) => `${c.added ? "+" : c.removed ? "-" : "="}${c.count ?? c.value.length}`) : null;
}

function ourRuns(a: number[], b: number[], maxEditLength: number): string[] | null {
  const runs = myersRuns(a, b, maxEditLength);
  return runs ? runs.map((r) => `${r.kind === 1 ? "+" : r.kind === 2 ? "-" : "="}${r.count}`) : null;
}

describe("myersRuns", () => {
  it("gives jsdiff's edit script on random token lists, small alphabets making many ties", () => {
    const tokens = (alphabet: number) => fc.array(fc.integer({ min: 0, max: alphabet }), { maxLength: 40 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(tokens(n), tokens(n))), ([a, b]) => {
        expect(ourRuns(a, b, 2000)).toEqual(jsdiffRuns(a, b, 2000));
      }),
      { numRuns: 3000 },
    );
  });

  it("gives jsdiff's edit script on quote-length lists: a quote against a reworked copy of it", () => {
    // Cuts and insertions from a small vocabulary: long shared runs, and many ties between them.
    const quote = fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 300 });
    const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 40 }), insert: fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 40 }) });
    fc.assert(
      fc.property(quote, fc.array(edit, { maxLength: 6 }), (a, edits) => {
        const b = [...a];
        for (const e of edits) b.splice(e.at % (b.length + 1), e.cut, ...e.insert);
        expect(ourRuns(a, b, 2000)).toEqual(jsdiffRuns(a, b, 2000));
      }),
      { numRuns: 1_000 },
    );
  });

  it("gives up exactly when jsdiff does", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 30 }), fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 30 }), fc.integer({ min: 0, max: 20 }), (a, b, max) => {
        expect(ourRuns(a, b, max)).toEqual(jsdiffRuns(a, b, max));
      }),
      { numRuns: 2000 },
    );
  });

  it("diffs quote-like lists: a changed word, a trimmed end, a moved phrase", () => {
    expect(ourRuns([1, 2, 3, 4], [1, 5, 3, 4], 2000)).toEqual(["=1", "-1", "+1", "=2"]);
    expect(ourRuns([1, 2, 3, 4], [1, 2], 2000)).toEqual(["=2", "-2"]);
    expect(ourRuns([1, 2, 3, 4, 5], [1, 4, 5, 2, 3], 2000)).toEqual(jsdiffRuns([1, 2, 3, 4, 5], [1, 4, 5, 2, 3], 2000));
  });
});
