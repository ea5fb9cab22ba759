import type { QuoteState } from "./model";
import type { SourceTally } from "./model";

const SEGMENTS: ReadonlyArray<{ state: QuoteState; label: string; className: string }> = [
  { state: "same", label: "word for word", className: "bg-emerald-600" },
  { state: "cosmetic", label: "typography only", className: "bg-gray-400" },
  { state: "words", label: "in other words", className: "bg-orange-600" },
  { state: "unmatched", label: "only here", className: "bg-[repeating-linear-gradient(45deg,#cbd5e1_0_3px,#fff_3px_6px)] border border-slate-400" },
];

/** How many of a source's quotes the other sources print word for word, cosmetically different, in other words, or not at all. */
export function SourceBar({ tally, outlet }: { tally: SourceTally; outlet: string }) {
  const total = SEGMENTS.reduce((n, s) => n + tally[s.state], 0);
  if (total === 0) return <p className="text-xs text-gray-700">No quotes found.</p>;
  const summary = SEGMENTS.map((s) => `${tally[s.state]} ${s.label}`).join(", ");
  return (
    <div className="space-y-1">
      <div role="img" aria-label={`${outlet}'s ${total} quotes: ${summary}`} className="flex h-2.5 w-full overflow-hidden rounded bg-gray-100">
        {SEGMENTS.map((s) => (tally[s.state] > 0 ? <div key={s.state} className={s.className} style={{ width: `${(100 * tally[s.state]) / total}%` }} /> : null))}
      </div>
      <p aria-hidden="true" className="flex flex-wrap gap-x-2 text-xs text-gray-700">
        {SEGMENTS.map((s) => (
          <span key={s.state} className="inline-flex items-center gap-1">
            <span className={`inline-block h-2 w-2 rounded-sm ${s.className}`} />
            {tally[s.state]} {s.label}
          </span>
        ))}
      </p>
    </div>
  );
}
