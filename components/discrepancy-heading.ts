import type { DiscrepancyView } from "@/server/comparison-view";

/** "substitution: innocence → innocent", or "unmatched: …" for a quote only one source carries. */
export function discrepancyHeading(d: Pick<DiscrepancyView, "kind"> & { left?: string | null; right?: string | null }): string {
  if (d.kind === "unmatched") return `unmatched: ${d.left ?? ""}`;
  return `${d.kind}: ${d.left ?? "—"} → ${d.right ?? "—"}`;
}
