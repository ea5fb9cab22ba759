import type { ReviewView } from "@/server/reviews";
import { formatDateTime } from "./dates";
import { reviewStatusLabel } from "./review-status";

/** Every saved version of a review, newest first. */
export function ReviewHistory({ review }: { review: ReviewView | null }) {
  if (!review || review.history.length === 0) return <p className="text-sm text-gray-700">Not reviewed yet.</p>;
  const versions = [...review.history].reverse();
  return (
    <details className="text-sm">
      <summary className="cursor-pointer">
        History ({versions.length} {versions.length === 1 ? "version" : "versions"}, last by {review.author ?? "someone unnamed"})
      </summary>
      <ol className="mt-2 space-y-2 border-l-2 border-gray-300 pl-3">
        {versions.map((e) => (
          <li key={e.version}>
            <p>
              <strong>Version {e.version}</strong>: {reviewStatusLabel(e.status)} · <time dateTime={e.at}>{formatDateTime(e.at)}</time> · {e.author ?? "unnamed"}
            </p>
            {e.tags.length > 0 ? <p>Tags: {e.tags.join(", ")}</p> : null}
            {e.note ? <p className="whitespace-pre-wrap text-gray-800">{e.note}</p> : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
