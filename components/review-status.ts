import type { ReviewStatus } from "@/server/schemas";

/** The review statuses in the order the select offers them, with their labels. */
export const REVIEW_STATUS_OPTIONS: ReadonlyArray<{ value: ReviewStatus; label: string }> = [
  { value: "open", label: "Open" },
  { value: "confirmed", label: "Confirmed" },
  { value: "dismissed", label: "Dismissed" },
  { value: "needs_review", label: "Needs review" },
];

export function reviewStatusLabel(status: string): string {
  return REVIEW_STATUS_OPTIONS.find((o) => o.value === status)?.label ?? status;
}
