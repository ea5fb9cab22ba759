/**
 * Stored match overrides and the engine's quote references. A quote row id dies with every
 * re-analysis, so an override names each quote as the engine does: source key, exact text and
 * occurrence (the nth quote of that source with that text, in text order).
 */
import type { MatchOverrides, QuotePairRef } from "@/lib";

/** The columns that name an override's pair; left is the quote of the earlier source. */
export type PairColumns = {
  leftSourceKey: string;
  leftText: string;
  leftOccurrence: number;
  rightSourceKey: string;
  rightText: string;
  rightOccurrence: number;
};

function refs(p: PairColumns): QuotePairRef {
  return [
    { source: p.leftSourceKey, text: p.leftText, occurrence: p.leftOccurrence },
    { source: p.rightSourceKey, text: p.rightText, occurrence: p.rightOccurrence },
  ];
}

/** Stored overrides as `analyze` takes them; an action other than link or unlink is skipped. */
export function engineOverrides(rows: ReadonlyArray<PairColumns & { action: string }>): MatchOverrides {
  return { link: rows.filter((o) => o.action === "link").map(refs), unlink: rows.filter((o) => o.action === "unlink").map(refs) };
}
