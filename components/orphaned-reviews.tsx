import type { ReviewView } from "@/server/reviews";
import { formatDateTime } from "./dates";
import { reviewStatusLabel } from "./review-status";

/** Reviews kept after a re-analysis no longer finds their discrepancy: editors' work is never dropped. */
export function OrphanedReviews({ reviews }: { reviews: ReviewView[] }) {
  return (
    <ul className="space-y-3">
      {reviews.map((r) => (
        <li key={r.fingerprint} className="rounded border border-gray-200 p-3 text-sm">
          {r.snapshot.kind ? (
            <p className="font-medium">
              {r.snapshot.kind}
              {r.snapshot.severity ? ` (${r.snapshot.severity})` : ""}: {r.snapshot.left ?? "—"}
              {r.snapshot.kind === "unmatched" ? "" : ` → ${r.snapshot.right ?? "—"}`}
            </p>
          ) : null}
          {r.snapshot.quote ? <blockquote className="border-l-4 border-gray-300 pl-2 italic">“{r.snapshot.quote}”</blockquote> : null}
          <p>
            <strong>{reviewStatusLabel(r.status)}</strong> — version {r.version}, saved {formatDateTime(r.updatedAt)}
            {r.author ? ` by ${r.author}` : ""}
          </p>
          {r.note ? <p className="whitespace-pre-wrap">{r.note}</p> : null}
          {r.tags.length > 0 ? <p>Tags: {r.tags.join(", ")}</p> : null}
          <p className="text-gray-600">
            Fingerprint <code>{r.fingerprint.slice(0, 12)}</code>
          </p>
        </li>
      ))}
    </ul>
  );
}
