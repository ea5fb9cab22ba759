import type { ReactNode } from "react";

export const INPUT_CLASS = "w-full rounded border border-gray-400 bg-white px-2 py-1 aria-invalid:border-red-700";

/** The aria attributes that tie a control to its error message, when it has one. */
export function fieldAria(id: string, errors: readonly string[] | undefined): { "aria-invalid"?: true; "aria-describedby"?: string } {
  return errors && errors.length > 0 ? { "aria-invalid": true, "aria-describedby": `${id}-error` } : {};
}

export function FieldErrors({ id, errors }: { id: string; errors: readonly string[] | undefined }) {
  if (!errors || errors.length === 0) return null;
  return (
    <p id={`${id}-error`} className="text-sm font-medium text-red-700">
      <span aria-hidden="true">⚠ </span>
      {errors.join(" ")}
    </p>
  );
}

type FieldProps = { id: string; label: string; errors: readonly string[] | undefined; className?: string; children: ReactNode };

/** A label above its control, the error below; the control itself carries `id` and `fieldAria`. */
export function Field({ id, label, errors, className = "", children }: FieldProps) {
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children}
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}
