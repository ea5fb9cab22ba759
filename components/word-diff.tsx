import type { ReactNode } from "react";
import type { DiffOp } from "@/lib/types";

function Deleted({ text }: { text: string }) {
  return (
    <del className="diff">
      <span className="sr-only">deleted: </span>
      {text}
    </del>
  );
}

function Inserted({ text }: { text: string }) {
  return (
    <ins className="diff">
      <span className="sr-only">inserted: </span>
      {text}
    </ins>
  );
}

function Op({ op }: { op: DiffOp }): ReactNode {
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
      return <Deleted text={op.left} />;
    case "insert":
      return <Inserted text={op.right} />;
    case "replace":
      return (
        <>
          <Deleted text={op.left} />
          <Inserted text={op.right} />
        </>
      );
  }
}

/** Ops sit apart in the raw text when either side has a gap between them ("repair" "," has none). */
function spaced(previous: DiffOp | undefined, op: DiffOp): boolean {
  return previous !== undefined && (op.leftStart > previous.leftEnd || op.rightStart > previous.rightEnd);
}

/** A word diff read left to right: what the left quote has struck, what the right one adds. */
export function WordDiff({ ops }: { ops: readonly DiffOp[] }) {
  return (
    <p className="font-serif leading-relaxed">
      {ops.map((op, i) => (
        <span key={i}>
          {spaced(ops[i - 1], op) ? " " : null}
          <Op op={op} />
        </span>
      ))}
    </p>
  );
}
