/**
 * Helpers shared by the engine's tests (imported only by *.test.ts files).
 */
import { analyze } from "./analyze";
import type { Analysis, DiffOp } from "./types";

/** Two sources, "a" (Left) and "b" (Right), analysed together. */
export function pair(left: string, right: string): Analysis {
  return analyze([
    { id: "a", name: "Left", text: left },
    { id: "b", name: "Right", text: right },
  ]);
}

/**
 * The word diff as one line: equal text as printed, changes as <del>…</del><ins>…</ins>, and
 * words equal up to typography as {left|right}.
 */
export function compact(diff: readonly DiffOp[] | null): string {
  if (diff === null) return "(gave up)";
  return diff.map((d) => (d.op !== "equal" ? `<del>${d.left}</del><ins>${d.right}</ins>` : d.typographic ? `{${d.left}|${d.right}}` : d.left)).join(" ");
}
