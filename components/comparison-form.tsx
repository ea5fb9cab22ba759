"use client";

import { useActionState, useCallback, useEffect, useRef } from "react";
import { createComparisonAction, type ComparisonFormState } from "@/app/actions";
import { Field, FieldErrors, fieldAria, INPUT_CLASS } from "./field";
import { SourceFieldset } from "./source-fieldset";
import { useSourceEntries } from "./use-source-entries";

const INITIAL_STATE: ComparisonFormState = { values: { title: "", sources: [] }, fields: {}, message: null };

type Props = { minSources: number; maxSources: number };

export function ComparisonForm({ minSources, maxSources }: Props) {
  const { entries, add, remove, loadSubmitted, addButton } = useSourceEntries(minSources, maxSources);
  const [state, formAction, pending] = useActionState(async (previous: ComparisonFormState, formData: FormData) => {
    const next = await createComparisonAction(previous, formData);
    loadSubmitted(next.values.sources);
    return next;
  }, INITIAL_STATE);
  const summary = useRef<HTMLDivElement>(null);
  const fetchers = useRef(new Map<number, () => void>());
  const registerFetch = useCallback((uid: number, fetch: (() => void) | null) => {
    if (fetch) fetchers.current.set(uid, fetch);
    else fetchers.current.delete(uid);
  }, []);
  /** Every source with an address is fetched at once; each shows its own progress. */
  const fetchAll = (form: HTMLFormElement | null) => {
    for (const entry of entries) {
      const url = form?.querySelector<HTMLInputElement>(`#source-${entry.uid}-url`)?.value.trim();
      if (url) fetchers.current.get(entry.uid)?.();
    }
  };

  useEffect(() => {
    if (state.message) summary.current?.focus();
  }, [state]);

  return (
    <form action={formAction} noValidate className="space-y-6">
      {state.message ? (
        <div ref={summary} tabIndex={-1} role="alert" className="rounded border-2 border-red-700 bg-red-50 p-3 text-red-900">
          <span aria-hidden="true">⚠ </span>
          {state.message}
        </div>
      ) : null}
      <Field id="comparison-title" label="Title" errors={state.fields.title}>
        <input id="comparison-title" name="title" type="text" maxLength={200} defaultValue={state.values.title} className={INPUT_CLASS} {...fieldAria("comparison-title", state.fields.title)} />
      </Field>
      <input type="hidden" name="sourceCount" value={entries.length} />
      {entries.map((entry, index) => (
        <SourceFieldset
          key={entry.uid}
          index={index}
          uid={entry.uid}
          initial={entry.initial}
          errorsOf={(field) => (entry.submitted === null ? undefined : state.fields[`sources.${entry.submitted}.${field}`])}
          onRemove={entries.length > minSources ? () => remove(entry.uid) : null}
          registerFetch={registerFetch}
        />
      ))}
      <div className="flex flex-wrap items-center gap-3">
        <button ref={addButton} type="button" onClick={add} disabled={entries.length >= maxSources} aria-describedby={state.fields.sources ? "sources-error" : undefined} className="rounded border border-gray-500 px-3 py-1 hover:bg-gray-100 disabled:cursor-not-allowed disabled:opacity-50">
          Add source
        </button>
        <button type="button" onClick={(e) => fetchAll(e.currentTarget.form)} className="rounded border border-gray-500 px-3 py-1 hover:bg-gray-100">
          Fetch all URLs
        </button>
        <span aria-live="polite" className="text-sm text-gray-600">
          {entries.length} of at most {maxSources} sources
        </span>
        <FieldErrors id="sources" errors={state.fields.sources} />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60">
        {pending ? "Comparing…" : "Compare"}
      </button>
    </form>
  );
}
