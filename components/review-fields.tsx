import type { ReviewStatus } from "@/server/schemas";
import { Field, fieldAria, INPUT_CLASS } from "./field";
import { REVIEW_STATUS_OPTIONS } from "./review-status";
import { addTag, suggestTags } from "./workspace/model";

export type ReviewDraft = { status: ReviewStatus; note: string; tags: string; author: string };

type Props = {
  idPrefix: string;
  draft: ReviewDraft;
  onChange: (field: keyof ReviewDraft, value: string) => void;
  errors: Record<string, string[]>;
  /** Tags already used in reviews, most used first. */
  usedTags?: readonly string[];
};

function TagSuggestions({ used, current, onPick }: { used: readonly string[]; current: string; onPick: (tags: string) => void }) {
  const suggestions = suggestTags(used, current);
  if (suggestions.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-1 text-xs" role="group" aria-label="Suggested tags">
      {suggestions.map((tag) => (
        <button key={tag} type="button" onClick={() => onPick(addTag(current, tag))} className="rounded-full border border-gray-400 bg-white px-2 py-0.5 hover:bg-gray-100">
          <span aria-hidden="true">+ </span>
          <span className="sr-only">Add tag </span>
          {tag}
        </button>
      ))}
    </div>
  );
}

export function ReviewFields({ idPrefix, draft, onChange, errors, usedTags = [] }: Props) {
  const control = (field: keyof ReviewDraft) => {
    const id = `${idPrefix}-${field}`;
    return {
      id,
      name: field,
      value: draft[field],
      onChange: (event: { target: { value: string } }) => onChange(field, event.target.value),
      className: INPUT_CLASS,
      ...fieldAria(id, errors[field]),
    };
  };
  const field = (name: keyof ReviewDraft, label: string) => ({ id: `${idPrefix}-${name}`, label, errors: errors[name] });
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field {...field("status", "Status")}>
          <select {...control("status")}>
            {REVIEW_STATUS_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </Field>
        <Field {...field("tags", "Tags")}>
          <input {...control("tags")} type="text" placeholder="comma, separated" autoComplete="off" />
          <TagSuggestions used={usedTags} current={draft.tags} onPick={(tags) => onChange("tags", tags)} />
        </Field>
        <Field {...field("author", "Your name")}>
          <input {...control("author")} type="text" autoComplete="name" maxLength={80} />
        </Field>
      </div>
      <Field {...field("note", "Note")}>
        <textarea {...control("note")} rows={2} />
      </Field>
    </>
  );
}
