import type { CSSProperties } from "react";
import type { SourceView } from "@/server/comparisons";
import { formatDate } from "./dates";
import type { QuoteIndex } from "./quote-index";
import { QuotedText } from "./quoted-text";

function SourcePanel({ source, index }: { source: SourceView; index: QuoteIndex }) {
  const headingId = `source-${source.id}-heading`;
  return (
    <section aria-labelledby={headingId} className="min-w-0 space-y-3 rounded border border-gray-200 p-4">
      <header className="space-y-1 border-b border-gray-200 pb-3">
        <h3 id={headingId} className="text-lg font-semibold">
          {source.outlet}
        </h3>
        <p className="font-medium">{source.title}</p>
        <p className="text-sm text-gray-700">
          {source.publishedAt ? (
            <>
              Published <time dateTime={source.publishedAt}>{formatDate(source.publishedAt)}</time>
            </>
          ) : (
            "Publication date not given"
          )}
          {" · "}
          {source.quotes.length} {source.quotes.length === 1 ? "quote" : "quotes"}
        </p>
        {source.url ? (
          <p className="text-sm break-all">
            <a href={source.url} rel="noopener noreferrer" className="text-blue-700 underline">
              {source.url}
            </a>
          </p>
        ) : null}
      </header>
      <QuotedText source={source} index={index} />
    </section>
  );
}

/** The sources side by side; below the md breakpoint they stack. */
export function SourcePanels({ sources, index }: { sources: SourceView[]; index: QuoteIndex }) {
  // More than a few columns would be too narrow to read: past that the grid scrolls sideways.
  const style = { "--source-columns": `repeat(${sources.length}, minmax(20rem, 1fr))` } as CSSProperties;
  return (
    <div style={style} className="grid gap-4 md:grid-cols-(--source-columns) md:overflow-x-auto">
      {sources.map((source) => (
        <SourcePanel key={source.id} source={source} index={index} />
      ))}
    </div>
  );
}
