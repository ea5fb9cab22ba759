import { memo, type ReactNode } from "react";
import type { SourceView } from "@/server/comparison-view";
import type { WorkspaceModel } from "./model";
import { quoteIcon, quoteSummary, quoteTone } from "./quote-marks";

type Props = { source: SourceView; model: WorkspaceModel };

/**
 * A source's raw text with every quote marked, tinted and given an icon by its worst
 * discrepancy. Each quote starts with a small button (its keyboard handle); speaker and verb
 * show on hover and focus. Offsets are UTF-16, as String#slice counts. Selection and
 * highlighting are attributes the workspace sets on these elements, so that hovering never
 * re-renders the text. A quote overlapping the previous one (never produced by the engine) is
 * left unmarked rather than breaking the text.
 */
export const SourceText = memo(function SourceText({ source, model }: Props) {
  const { text } = source;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const quote of source.quotes) {
    const info = model.quotes.get(quote.id);
    if (!info || quote.start < at || quote.end > text.length || quote.start > quote.end) continue;
    parts.push(text.slice(at, quote.start));
    const summary = quoteSummary(info);
    const tip = `tip-${quote.id}`;
    parts.push(
      <mark key={quote.id} id={`quote-${quote.id}`} className="quote" data-quote={quote.id} data-tone={quoteTone(info)}>
        <button type="button" className="quote-handle" data-quote={quote.id} aria-describedby={tip}>
          <span aria-hidden="true">{quoteIcon(info)}</span>
          <span className="sr-only">Select quote: {summary}</span>
        </button>
        {text.slice(quote.start, quote.end)}
        <span id={tip} role="tooltip" className="quote-tip">
          {quote.speaker ?? "Unattributed"}
          {quote.verb ? ` · ${quote.verb}` : ""} · {summary.slice(summary.indexOf(":") + 2)}
        </span>
      </mark>,
    );
    at = quote.end;
  }
  parts.push(text.slice(at));
  return <div className="px-4 py-3 font-serif leading-relaxed whitespace-pre-wrap">{parts}</div>;
});
