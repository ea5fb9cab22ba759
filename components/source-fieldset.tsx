"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import type { SourceValues } from "@/app/actions";
import { importFileAction, importUrlAction, type ImportOutcome } from "@/app/import-actions";
import { Field, fieldAria, INPUT_CLASS } from "./field";

type Props = {
  /** 0-based position: names the fields `sources.N.…`. */
  index: number;
  /** Stable across additions and removals: makes the ids unique. */
  uid: number;
  initial: SourceValues | undefined;
  errorsOf: (field: keyof SourceValues) => string[] | undefined;
  onRemove: (() => void) | null;
  /** Lets the form's "Fetch all URLs" run this source's fetch (null when it unmounts). */
  registerFetch: (uid: number, fetch: (() => void) | null) => void;
};

type ImportState = { phase: "idle" } | { phase: "working"; what: string } | { phase: "done"; outcome: ImportOutcome };

const ACCEPT = ".txt,.md,.markdown,.html,.htm,.docx,.pdf,text/plain,text/markdown,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * One source: outlet, title, address, date and text, typed or imported. An import (a fetched
 * URL or a file) fills the text and any empty metadata field, all still editable; a failed one
 * says why and leaves everything typed as it was.
 */
export function SourceFieldset({ index, uid, initial, errorsOf, onRemove, registerFetch }: Props) {
  const n = index + 1;
  const box = useRef<HTMLFieldSetElement>(null);
  const [captureId, setCaptureId] = useState(initial?.captureId ?? "");
  const [state, setState] = useState<ImportState>({ phase: "idle" });
  const [, startTransition] = useTransition();
  const input = (field: Exclude<keyof SourceValues, "captureId">) => box.current?.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="sources.${index}.${field}"]`) ?? null;

  const apply = (outcome: ImportOutcome) => {
    setState({ phase: "done", outcome });
    if (!outcome.ok) return;
    setCaptureId(outcome.captureId);
    const set = (field: Exclude<keyof SourceValues, "captureId">, value: string | null, always = false) => {
      const el = input(field);
      if (el && value && (always || el.value.trim() === "")) el.value = value;
    };
    set("text", outcome.text, true);
    set("outlet", outcome.metadata.outlet);
    set("title", outcome.metadata.title);
    set("byline", outcome.metadata.byline);
    set("publishedAt", outcome.metadata.publishedAt);
    set("url", outcome.metadata.canonicalUrl);
  };

  const fetchUrl = () => {
    const url = input("url")?.value.trim() ?? "";
    if (!url) {
      setState({ phase: "done", outcome: { ok: false, message: "Enter the article's web address first." } });
      return;
    }
    setState({ phase: "working", what: `Fetching ${url}…` });
    startTransition(async () => apply(await importUrlAction(url)));
  };
  const fetchRef = useRef(fetchUrl);
  useEffect(() => {
    fetchRef.current = fetchUrl;
  });
  useEffect(() => {
    registerFetch(uid, () => fetchRef.current());
    return () => registerFetch(uid, null);
  }, [uid, registerFetch]);

  const control = (field: Exclude<keyof SourceValues, "captureId">) => {
    const id = `source-${uid}-${field}`;
    return { id, name: `sources.${index}.${field}`, defaultValue: initial?.[field] ?? "", className: INPUT_CLASS, ...fieldAria(id, errorsOf(field)) };
  };
  const field = (name: keyof SourceValues, label: string, className?: string) => ({ id: `source-${uid}-${name}`, label, errors: errorsOf(name), className });
  const working = state.phase === "working";
  return (
    <fieldset ref={box} data-source={n} aria-busy={working} className="space-y-3 rounded border border-gray-300 p-4">
      <legend className="px-1 font-semibold">Source {n}</legend>
      <input type="hidden" name={`sources.${index}.captureId`} value={captureId} />
      <div className="grid gap-3 md:grid-cols-2">
        <Field {...field("outlet", "Outlet")}>
          <input {...control("outlet")} type="text" maxLength={120} />
        </Field>
        <Field {...field("title", "Article title")}>
          <input {...control("title")} type="text" maxLength={300} />
        </Field>
        <Field {...field("url", "URL (optional)")}>
          <div className="flex gap-2">
            <input {...control("url")} type="url" inputMode="url" placeholder="https://" />
            <button type="button" onClick={fetchUrl} disabled={working} className="shrink-0 rounded border border-gray-600 px-2 py-1 text-sm hover:bg-gray-100 disabled:opacity-60">
              Fetch<span className="sr-only"> source {n} from its URL</span>
            </button>
          </div>
        </Field>
        <Field {...field("byline", "Byline (optional)")}>
          <input {...control("byline")} type="text" maxLength={200} />
        </Field>
        <Field {...field("publishedAt", "Published (optional)")}>
          <input {...control("publishedAt")} type="date" />
        </Field>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`source-${uid}-file`} className="text-sm font-medium">
          Or import a file (.txt, .md, .html, .docx, .pdf)
        </label>
        <input
          id={`source-${uid}-file`}
          type="file"
          accept={ACCEPT}
          disabled={working}
          className="text-sm"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (!file) return;
            const fd = new FormData();
            fd.set("file", file);
            setState({ phase: "working", what: `Reading ${file.name}…` });
            startTransition(async () => apply(await importFileAction(fd)));
            event.target.value = "";
          }}
        />
      </div>
      <ImportStatus state={state} />
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

function ImportStatus({ state }: { state: ImportState }) {
  if (state.phase === "working") {
    return (
      <p role="status" className="text-sm text-gray-800">
        <span aria-hidden="true">⏳ </span>
        {state.what}
      </p>
    );
  }
  if (state.phase === "idle") return <p role="status" className="sr-only" />;
  const { outcome } = state;
  if (!outcome.ok) {
    return (
      <p role="alert" className="text-sm font-medium text-red-800">
        <span aria-hidden="true">⚠ </span>
        Import failed: {outcome.message} Everything typed is still here.
      </p>
    );
  }
  return (
    <div role="status" className="space-y-1 text-sm text-green-900">
      <p>
        <span aria-hidden="true">✓ </span>
        Imported from {outcome.from}. Check the fields below; they stay editable.
      </p>
      {outcome.warnings.map((w) => (
        <p key={w} className="text-amber-900">
          <span aria-hidden="true">⚠ </span>
          {w}
        </p>
      ))}
    </div>
  );
}
