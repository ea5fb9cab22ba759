import type { MatchView } from "@/server/comparisons";
import { quoteAnchor, type QuoteIndex, type QuoteRef } from "./quote-index";
import { WordDiff } from "./word-diff";

const RELATION_HELP: Record<string, string> = {
  identical: "same words; typography may differ",
  variant: "same stretch, some words differ",
  fragment: "one quote is a trimmed part of the other",
  overlap: "each quote runs past the other",
};

function QuoteLink({ side, target }: { side: string; target: QuoteRef | undefined }) {
  if (!target) return <span>{side}: quote not found</span>;
  return (
    <a href={quoteAnchor(target.quote.id)} className="text-blue-700 underline">
      {target.source.outlet}
      <span className="sr-only"> ({side} quote)</span>
    </a>
  );
}

function MatchItem({ match, index }: { match: MatchView; index: QuoteIndex }) {
  const left = index.byId.get(match.quotes[0]);
  const right = index.byId.get(match.quotes[1]);
  const trimmed = match.contained === "left" ? left : match.contained === "right" ? right : undefined;
  return (
    <li id={`match-${match.id}`} className="space-y-2 py-3">
      <h3 className="font-semibold">
        {left?.quote.speaker ?? "Unattributed"}: {match.relation}, score {match.score.toFixed(2)}
      </h3>
      <p className="text-sm text-gray-700">
        <QuoteLink side="left" target={left} /> ↔ <QuoteLink side="right" target={right} /> · {RELATION_HELP[match.relation] ?? "related"}
        {trimmed ? ` (${trimmed.source.outlet} has the trimmed part)` : ""} · {match.sharedWords} shared words
      </p>
      {match.diff ? (
        <WordDiff ops={match.diff} />
      ) : (
        <p className="text-sm text-gray-700">The quotes differ too much to show word by word; compare them in the sources above.</p>
      )}
    </li>
  );
}

export function MatchList({ matches, index }: { matches: MatchView[]; index: QuoteIndex }) {
  if (matches.length === 0) return <p>No quote appears in more than one source.</p>;
  return (
    <>
      <p className="text-sm text-gray-700">
        In each diff, <span className="bg-red-100 text-red-900 line-through">struck</span> words are only in the first outlet named and <span className="bg-green-100 text-green-900 underline">underlined</span> words only in the second.
      </p>
      <ol className="divide-y divide-gray-200">
        {matches.map((match) => (
          <MatchItem key={match.id} match={match} index={index} />
        ))}
      </ol>
    </>
  );
}
