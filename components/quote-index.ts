import type { ComparisonView, QuoteView, SourceView } from "@/server/comparisons";

export type QuoteRef = { quote: QuoteView; source: SourceView };

/** Lookups the comparison page needs: every quote by id, and each quote's matched counterparts. */
export type QuoteIndex = {
  byId: ReadonlyMap<string, QuoteRef>;
  counterparts: ReadonlyMap<string, QuoteRef[]>;
};

export function indexQuotes(comparison: ComparisonView): QuoteIndex {
  const byId = new Map<string, QuoteRef>();
  for (const source of comparison.sources) for (const quote of source.quotes) byId.set(quote.id, { quote, source });
  const counterparts = new Map<string, QuoteRef[]>();
  const link = (from: string, to: string) => {
    const other = byId.get(to);
    if (other) counterparts.set(from, [...(counterparts.get(from) ?? []), other]);
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
