"use client";

import { useActionState, useLayoutEffect, useRef, useState } from "react";
import { saveReviewAction, type ReviewFormState } from "@/app/actions";
import type { ReviewView } from "@/server/reviews";
import { ConflictNotice } from "./conflict-notice";
import { ReviewFields, type ReviewDraft } from "./review-fields";

type Props = { discrepancyId: string; comparisonId: string; fingerprint: string; review: ReviewView | null };

function draftOf(review: ReviewView | null): ReviewDraft {
  return { status: review?.status ?? "open", note: review?.note ?? "", tags: review?.tags.join(", ") ?? "", author: "" };
}

/**
 * The fields are controlled: the draft lives in state, so neither a save, a conflict nor React's
 * form reset after an action can lose what the editor typed. The version sent is the one this
 * editor last saw: their own last save, or the other editor's after a conflict they accepted.
 */
export function ReviewForm({ discrepancyId, comparisonId, fingerprint, review }: Props) {
  const [draft, setDraft] = useState<ReviewDraft>(() => draftOf(review));
  const [version, setVersion] = useState(review?.version ?? 0);
  const [accepted, setAccepted] = useState<ReviewFormState | null>(null);
  const [state, formAction, pending] = useActionState(
    async (previous: ReviewFormState, formData: FormData) => {
      const next = await saveReviewAction(previous, formData);
      if (next.saved && next.review) setVersion(next.review.version);
      return next;
    },
    { review, conflict: null, fields: {}, message: null, saved: false },
  );
  const saveButton = useRef<HTMLButtonElement>(null);
  const form = useRef<HTMLFormElement>(null);

  // React resets a form after its action; it restores controlled inputs and textareas but not
  // a controlled <select>, which would then show (and next send) its first option.
  useLayoutEffect(() => {
    const select = form.current?.elements.namedItem("status");
    if (select instanceof HTMLSelectElement) select.value = draft.status;
  }, [state, draft.status]);

  const conflict = state.conflict && accepted !== state ? state.conflict : null;
  const failure = !state.saved && !state.conflict && state.message ? state.message : null;
  const status = pending ? "" : state.saved ? "Saved." : accepted === state ? `Editing on top of version ${version}; save to replace it with yours.` : "";

  return (
    <form ref={form} action={formAction} className="space-y-3 rounded border border-gray-200 bg-gray-50 p-3">
      <input type="hidden" name="comparisonId" value={comparisonId} />
      <input type="hidden" name="fingerprint" value={fingerprint} />
      <input type="hidden" name="version" value={version} />
      {conflict ? (
        <ConflictNotice
          message={state.message}
          theirs={conflict}
          onUse={() => {
            setVersion(conflict.version);
            setAccepted(state);
            saveButton.current?.focus();
          }}
        />
      ) : null}
      {failure ? (
        <p role="alert" className="font-medium text-red-800">
          <span aria-hidden="true">⚠ </span>
          {failure}
        </p>
      ) : null}
      <ReviewFields idPrefix={`review-${discrepancyId}`} draft={draft} onChange={(field, value) => setDraft((d) => ({ ...d, [field]: value }))} errors={state.fields} />
      <div className="flex flex-wrap items-center gap-3">
        <button ref={saveButton} type="submit" disabled={pending} className="rounded bg-gray-800 px-3 py-1 text-white hover:bg-gray-700 disabled:opacity-60">
          Save review
        </button>
        <p role="status" className="text-sm text-green-800">
          {status}
        </p>
      </div>
    </form>
  );
}
