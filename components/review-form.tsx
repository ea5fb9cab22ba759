"use client";

import { useActionState, useImperativeHandle, useLayoutEffect, useRef, useState, type Ref } from "react";
import { flushSync } from "react-dom";
import { saveReviewAction, type ReviewFormState } from "@/app/actions";
import type { ReviewView } from "@/server/reviews";
import type { ReviewStatus } from "@/server/schemas";
import { ConflictNotice } from "./conflict-notice";
import { ReviewFields, type ReviewDraft } from "./review-fields";
import { setRememberedName, useRememberedName } from "./workspace/remembered-name";

/** What the workspace's keyboard shortcuts do to the open review. */
export type ReviewFormHandle = { saveWithStatus: (status: ReviewStatus) => void; focusNote: () => void };

type Props = {
  discrepancyId: string;
  comparisonId: string;
  fingerprint: string;
  review: ReviewView | null;
  usedTags?: readonly string[];
  ref?: Ref<ReviewFormHandle>;
};

type Draft = Omit<ReviewDraft, "author">;

function draftOf(review: ReviewView | null): Draft {
  return { status: review?.status ?? "open", note: review?.note ?? "", tags: review?.tags.join(", ") ?? "" };
}

/**
 * The fields are controlled: the draft lives in state, so neither a save, a conflict nor React's
 * form reset after an action can lose what the editor typed. The version sent is the one this
 * editor last saw: their own last save, or the other editor's after a conflict they accepted.
 * The reviewer's name is remembered in the browser and shared by every form.
 */
export function ReviewForm({ discrepancyId, comparisonId, fingerprint, review, usedTags, ref }: Props) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(review));
  const author = useRememberedName();
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
  const idPrefix = `review-${discrepancyId}`;

  useImperativeHandle(
    ref,
    () => ({
      saveWithStatus(status) {
        flushSync(() => setDraft((d) => ({ ...d, status })));
        form.current?.requestSubmit();
      },
      focusNote() {
        document.getElementById(`${idPrefix}-note`)?.focus();
      },
    }),
    [idPrefix],
  );

  // React resets a form after its action; it restores controlled inputs and textareas but not
  // a controlled <select>, which would then show (and next send) its first option.
  useLayoutEffect(() => {
    const select = form.current?.elements.namedItem("status");
    if (select instanceof HTMLSelectElement) select.value = draft.status;
  }, [state, draft.status]);

  const conflict = state.conflict && accepted !== state ? state.conflict : null;
  const failure = !state.saved && !state.conflict && state.message ? state.message : null;
  const status = pending ? "Saving…" : state.saved ? "Saved." : accepted === state ? `Editing on top of version ${version}; save to replace it with yours.` : "";

  return (
    <form ref={form} action={formAction} aria-label="Review" className="space-y-3 rounded border border-gray-200 bg-gray-50 p-3">
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
      <ReviewFields
        idPrefix={idPrefix}
        draft={{ ...draft, author }}
        usedTags={usedTags}
        onChange={(field, value) => (field === "author" ? setRememberedName(value) : setDraft((d) => ({ ...d, [field]: value })))}
        errors={state.fields}
      />
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
