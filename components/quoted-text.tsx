import type { ReactNode } from "react";
import type { QuoteView, SourceView } from "@/server/comparisons";
import { quoteAnchor, type QuoteIndex, type QuoteRef } from "./quote-index";

function describe(quote: QuoteView): string {
  const who = quote.speaker ?? "unattributed";
  const verb = quote.verb ? `, ${quote.verb}` : "";
  return `${quote.kind} quote: ${who}${verb}`;
}

// Closing quotation marks of the families the engine pairs; the links go after the mark.
const CLOSING_MARKS = new Set(["”", "’", '"', "'", "»", "«", "›", "‹", "“", "‘", "」", "』"]);

type MarkProps = { quote: QuoteView; closing: string; counterparts: readonly QuoteRef[] };

function QuoteMark({ quote, closing, counterparts }: MarkProps) {
  const description = describe(quote);
  return (
    <>
      <mark className="quote" id={`quote-${quote.id}`} data-matched={counterparts.length > 0 ? "true" : "false"} title={description}>
        {quote.text}
      </mark>
      {closing}
      <span className="sr-only"> ({description})</span>
      {counterparts.map((other) => (
        <a key={other.quote.id} href={quoteAnchor(other.quote.id)} title={`The same quote in ${other.source.outlet}`} className="ml-1 rounded bg-blue-50 px-1 align-baseline font-sans text-xs whitespace-nowrap text-blue-800 underline">
          ↔ {other.source.outlet}
        </a>
      ))}
    </>
  );
}

/**
 * The source's raw text with each quote marked. Offsets are UTF-16 positions, which is what
 * String#slice counts in. Links to counterparts follow the closing mark, so they never split
 * a quotation from it. A quote overlapping the previous one (never produced by the engine)
 * is left unmarked rather than breaking the text.
 */
export function QuotedText({ source, index }: { source: SourceView; index: QuoteIndex }) {
  const { text } = source;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [i, quote] of source.quotes.entries()) {
    if (quote.start < at || quote.end > text.length || quote.start > quote.end) continue;
    const next = source.quotes[i + 1];
    const close = text.charAt(quote.end);
    const closing = CLOSING_MARKS.has(close) && (!next || next.start > quote.end) ? close : "";
    parts.push(text.slice(at, quote.start));
    parts.push(<QuoteMark key={quote.id} quote={quote} closing={closing} counterparts={index.counterparts.get(quote.id) ?? []} />);
    at = quote.end + closing.length;
  }
  parts.push(text.slice(at));
  return <div className="font-serif leading-relaxed whitespace-pre-wrap">{parts}</div>;
}
