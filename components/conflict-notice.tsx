import type { ReviewView } from "@/server/reviews";
import { formatDateTime } from "./dates";
import { reviewStatusLabel } from "./review-status";

type Props = { message: string | null; theirs: ReviewView; onUse: () => void };

/** Another editor saved first: show what they saved, and let this editor build on it. */
export function ConflictNotice({ message, theirs, onUse }: Props) {
  return (
    <div role="alert" className="space-y-2 rounded border-2 border-amber-700 bg-amber-50 p-3 text-amber-950">
      <p className="font-medium">
        <span aria-hidden="true">⚠ </span>
        {message ?? "Someone else saved this review first."}
      </p>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-3 text-sm">
        <dt>Their version</dt>
        <dd>
          {theirs.version}, saved {formatDateTime(theirs.updatedAt)}
          {theirs.author ? ` by ${theirs.author}` : ""}
        </dd>
        <dt>Their status</dt>
        <dd>{reviewStatusLabel(theirs.status)}</dd>
        <dt>Their note</dt>
        <dd className="whitespace-pre-wrap">{theirs.note || "(none)"}</dd>
        <dt>Their tags</dt>
        <dd>{theirs.tags.length > 0 ? theirs.tags.join(", ") : "(none)"}</dd>
      </dl>
      <p className="text-sm">Your text is still in the form, unchanged. Read theirs above; to replace it with yours, choose “Keep my text and save over theirs”, then save.</p>
      <button type="button" onClick={onUse} className="rounded border border-amber-800 bg-white px-3 py-1 text-sm">
        Keep my text and save over theirs
      </button>
    </div>
  );
}
