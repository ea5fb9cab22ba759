import type { SourceValues } from "@/app/actions";
import { Field, fieldAria, INPUT_CLASS } from "./field";

type Props = {
  /** 0-based position: names the fields `sources.N.…`. */
  index: number;
  /** Stable across additions and removals: makes the ids unique. */
  uid: number;
  initial: SourceValues | undefined;
  errorsOf: (field: keyof SourceValues) => string[] | undefined;
  onRemove: (() => void) | null;
};

export function SourceFieldset({ index, uid, initial, errorsOf, onRemove }: Props) {
  const n = index + 1;
  const control = (field: keyof SourceValues) => {
    const id = `source-${uid}-${field}`;
    return { id, name: `sources.${index}.${field}`, defaultValue: initial?.[field] ?? "", className: INPUT_CLASS, ...fieldAria(id, errorsOf(field)) };
  };
  const field = (name: keyof SourceValues, label: string, className?: string) => ({ id: `source-${uid}-${name}`, label, errors: errorsOf(name), className });
  return (
    <fieldset className="space-y-3 rounded border border-gray-300 p-4">
      <legend className="px-1 font-semibold">Source {n}</legend>
      <div className="grid gap-3 md:grid-cols-2">
        <Field {...field("outlet", "Outlet")}>
          <input {...control("outlet")} type="text" maxLength={120} />
        </Field>
        <Field {...field("title", "Article title")}>
          <input {...control("title")} type="text" maxLength={300} />
        </Field>
        <Field {...field("url", "URL (optional)")}>
          <input {...control("url")} type="url" inputMode="url" placeholder="https://" />
        </Field>
        <Field {...field("publishedAt", "Published (optional)")}>
          <input {...control("publishedAt")} type="date" />
        </Field>
      </div>
      <Field {...field("text", "Text")}>
        <textarea {...control("text")} rows={8} className={`${INPUT_CLASS} font-serif`} />
      </Field>
      {onRemove ? (
        <button type="button" onClick={onRemove} className="rounded border border-gray-500 px-3 py-1 text-sm hover:bg-gray-100">
          Remove source {n}
        </button>
      ) : null}
    </fieldset>
  );
}
