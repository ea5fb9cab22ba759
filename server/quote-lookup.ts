/**
 * Every quote of a comparison by id, with its source: for the exports and the comparison page.
 * Type-only imports, so that components can use it without pulling in server code.
 */
import type { ComparisonView, QuoteView, SourceView } from "./comparison-view";

export type QuoteRef = { quote: QuoteView; source: SourceView };

/** Every quote of a comparison by id, with its source. */
export function quotesById(view: ComparisonView): Map<string, QuoteRef> {
  const byId = new Map<string, QuoteRef>();
  for (const source of view.sources) for (const quote of source.quotes) byId.set(quote.id, { quote, source });
  return byId;
}
