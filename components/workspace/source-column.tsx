"use client";

import { useRef, type RefObject } from "react";
import type { SourceView } from "@/server/comparison-view";
import { formatDate } from "../dates";
import { SourceProvenance } from "../source-provenance";
import { Minimap } from "./minimap";
import { tallySource, type WorkspaceModel } from "./model";
import { SourceBar } from "./source-bar";
import { SourceText } from "./source-text";

type Props = {
  comparisonId: string;
  source: SourceView;
  model: WorkspaceModel;
  /** Registers the scrolling text box, for synced scrolling and scrolling quotes into view. */
  register: (sourceId: string, element: HTMLDivElement | null) => void;
  onPick: (quoteId: string) => void;
};

function useRegisteredRef(sourceId: string, register: Props["register"]): [RefObject<HTMLDivElement | null>, (el: HTMLDivElement | null) => void] {
  const ref = useRef<HTMLDivElement | null>(null);
  return [
    ref,
    (el) => {
      ref.current = el;
      register(sourceId, el);
    },
  ];
}

/** One source: its header and match bar above its text, which scrolls beside its quote map. */
export function SourceColumn({ comparisonId, source, model, register, onPick }: Props) {
  const [scroller, setScroller] = useRegisteredRef(source.id, register);
  const headingId = `source-${source.id}-heading`;
  return (
    <section aria-labelledby={headingId} className="flex h-full min-w-0 flex-col">
      <header className="space-y-1 border-b border-gray-200 bg-white px-4 py-2">
        <h3 id={headingId} className="truncate text-base font-semibold" title={source.outlet}>
          {source.outlet}
        </h3>
        <p className="truncate text-sm font-medium" title={source.title}>
          {source.title}
        </p>
        <p className="text-xs text-gray-700">
          {source.byline ? `By ${source.byline} · ` : ""}
          {source.publishedAt ? (
            <>
              Published <time dateTime={source.publishedAt}>{formatDate(source.publishedAt)}</time>
            </>
          ) : (
            "Publication date not given"
          )}
          {" · "}
          {source.quotes.length} {source.quotes.length === 1 ? "quote" : "quotes"}
          {source.url ? (
            <>
              {" · "}
              <a href={source.url} rel="noopener noreferrer" className="text-blue-800 underline">
                original<span className="sr-only"> article at {source.url}</span>
              </a>
            </>
          ) : null}
        </p>
        <SourceBar tally={tallySource(model, source)} outlet={source.outlet} />
        <SourceProvenance comparisonId={comparisonId} source={source} />
      </header>
      <div className="flex min-h-0 flex-1">
        <div ref={setScroller} data-source-text={source.id} className="source-text relative min-w-0 flex-1 overflow-y-auto">
          <SourceText source={source} model={model} />
        </div>
        <Minimap source={source} model={model} scroller={scroller} onPick={onPick} />
      </div>
    </section>
  );
}
