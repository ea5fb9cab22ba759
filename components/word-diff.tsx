import type { ReactNode } from "react";
import type { DiffOp } from "@/lib/types";
import { isTypographic } from "./workspace/model";

function Deleted({ text, quiet }: { text: string; quiet: boolean }) {
  return (
    <del className={quiet ? "diff diff-quiet" : "diff"}>
      <span className="sr-only">{quiet ? "punctuation deleted: " : "deleted: "}</span>
      {text}
    </del>
  );
}

function Inserted({ text, quiet }: { text: string; quiet: boolean }) {
  return (
    <ins className={quiet ? "diff diff-quiet" : "diff"}>
      <span className="sr-only">{quiet ? "punctuation inserted: " : "inserted: "}</span>
      {text}
    </ins>
  );
}

function Op({ op, hideTypography }: { op: DiffOp; hideTypography: boolean }): ReactNode {
  const quiet = isTypographic(op);
  // Hidden typography reads as the left side's raw text.
  if (quiet && hideTypography) return op.left;
  switch (op.op) {
    case "equal":
      return op.typographic ? (
        <span className="diff-typo" title={`Typography differs: “${op.left}” / “${op.right}”`}>
          {op.left}
          <span className="sr-only"> (typography differs: “{op.right}”)</span>
        </span>
      ) : (
        op.left
      );
    case "delete":
      return <Deleted text={op.left} quiet={quiet} />;
    case "insert":
      return <Inserted text={op.right} quiet={quiet} />;
    case "replace":
      return (
        <>
          <Deleted text={op.left} quiet={quiet} />
          <Inserted text={op.right} quiet={quiet} />
        </>
      );
  }
}

/** Ops sit apart in the raw text when either side has a gap between them ("repair" "," has none). */
function spaced(previous: DiffOp | undefined, op: DiffOp): boolean {
  return previous !== undefined && (op.leftStart > previous.leftEnd || op.rightStart > previous.rightEnd);
}

/**
 * A word diff read left to right: what the left quote has struck, what the right one adds.
 * Typography-only differences (quote style, dashes, case, punctuation) are shown quietly, or
 * not at all with `hideTypography`. Screen readers hear "deleted:" and "inserted:" before each change.
 */
export function WordDiff({ ops, hideTypography = false }: { ops: readonly DiffOp[]; hideTypography?: boolean }) {
  return (
    <p className="font-serif leading-relaxed">
      {ops.map((op, i) => (
        <span key={i}>
          {spaced(ops[i - 1], op) ? " " : null}
          <Op op={op} hideTypography={hideTypography} />
        </span>
      ))}
    </p>
  );
}
