import type { DiscrepancyView } from "@/server/comparisons";
import { formatDateTime } from "./dates";
import { quoteAnchor, type QuoteIndex } from "./quote-index";
import { ReviewForm } from "./review-form";
import { reviewStatusLabel } from "./review-status";

export function discrepancyHeading(d: Pick<DiscrepancyView, "kind" | "left" | "right">): string {
  if (d.kind === "unmatched") return `unmatched: ${d.left ?? ""}`;
  return `${d.kind}: ${d.left ?? "—"} → ${d.right ?? "—"}`;
}

function CurrentReview({ review }: { review: DiscrepancyView["review"] }) {
  if (!review) return <p className="text-sm">Review status: Open (not reviewed yet)</p>;
  return (
    <p className="text-sm">
      Review status: <strong>{reviewStatusLabel(review.status)}</strong> — version {review.version}, saved {formatDateTime(review.updatedAt)}
      {review.author ? ` by ${review.author}` : ""}
      {review.tags.length > 0 ? ` · tags: ${review.tags.join(", ")}` : ""}
    </p>
  );
}

type Props = { discrepancy: DiscrepancyView; comparisonId: string; index: QuoteIndex };

export function DiscrepancyItem({ discrepancy: d, comparisonId, index }: Props) {
  const headingId = `discrepancy-${d.id}-heading`;
  return (
    <article id={`discrepancy-${d.id}`} aria-labelledby={headingId} className="space-y-2 border-t border-gray-200 py-4">
      <h4 id={headingId} className="font-semibold break-words whitespace-pre-wrap">
        {discrepancyHeading(d)}
      </h4>
      <p>{d.message}</p>
      <p className="text-sm">
        Quotes:{" "}
        {d.quotes.map((quoteId, i) => (
          <span key={quoteId}>
            {i > 0 ? ", " : null}
            <a href={quoteAnchor(quoteId)} className="text-blue-700 underline">
              {index.byId.get(quoteId)?.source.outlet ?? "quote"}
              <span className="sr-only"> quote</span>
            </a>
          </span>
        ))}
      </p>
      <CurrentReview review={d.review} />
      <ReviewForm discrepancyId={d.id} comparisonId={comparisonId} fingerprint={d.fingerprint} review={d.review} />
    </article>
  );
}
