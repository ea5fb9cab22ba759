import { quotesById, type QuoteRef } from "@/server/quote-lookup";
import type { ComparisonView } from "@/server/comparisons";

export type { QuoteRef };

/** Lookups the comparison page needs: every quote by id, and each quote's matched counterparts. */
export type QuoteIndex = {
  byId: ReadonlyMap<string, QuoteRef>;
  counterparts: ReadonlyMap<string, QuoteRef[]>;
};

export function indexQuotes(comparison: ComparisonView): QuoteIndex {
  const byId = quotesById(comparison);
  const counterparts = new Map<string, QuoteRef[]>();
  const link = (from: string, to: string) => {
    const other = byId.get(to);
    if (!other) return;
    const list = counterparts.get(from);
    if (list) list.push(other);
    else counterparts.set(from, [other]);
  };
  for (const match of comparison.matches) {
    link(match.quotes[0], match.quotes[1]);
    link(match.quotes[1], match.quotes[0]);
  }
  return { byId, counterparts };
}

export function quoteAnchor(quoteId: string): string {
  return `#quote-${quoteId}`;
}
