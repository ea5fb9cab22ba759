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

type QuoteText = { id: string; exact: string };

/**
 * Finds quotes by reference among one comparison's quotes, given per source in text order: the
 * finder returns the quote's id, or null when the reference names no quote (the text changed).
 */
export function quoteFinder(sources: ReadonlyArray<{ key: string; quotes: readonly QuoteText[] }>) {
  const byText = new Map<string, string[]>();
  for (const s of sources) {
    for (const q of s.quotes) {
      const key = `${s.key}\u0000${q.exact}`;
      const list = byText.get(key);
      if (list) list.push(q.id);
      else byText.set(key, [q.id]);
    }
  }
  return (sourceKey: string, text: string, occurrence: number): string | null => byText.get(`${sourceKey}\u0000${text}`)?.[occurrence - 1] ?? null;
}
