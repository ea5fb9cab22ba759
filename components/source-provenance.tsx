"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { checkForChangesAction } from "@/app/import-actions";
import type { SourceView } from "@/server/comparison-view";
import type { CheckResult } from "@/server/captures";
import { formatDateTime } from "./dates";

/**
 * Where a source's text came from, and the correction watch: when it was last checked, whether
 * it changed, and a button to check again. Sources typed or pasted say so.
 */
export function SourceProvenance({ comparisonId, source }: { comparisonId: string; source: SourceView }) {
  const [result, setResult] = useState<CheckResult | null>(null);
  const [pending, startTransition] = useTransition();
  const p = source.provenance;
  const canCheck = source.versions.some((v) => v.kind === "url");
  const latest = source.versions[source.versions.length - 1];
  const newer = latest && p && latest.version !== null && p.version !== null && latest.version > p.version ? latest.version : null;
  if (source.versions.length === 0) return <p className="text-xs text-gray-700">Text typed or pasted (no import record).</p>;
  return (
    <div className="space-y-1 text-xs text-gray-800">
      <p>
        {p ? (
          p.kind === "url" ? (
            <>
              Fetched from{" "}
              <a href={p.finalUrl ?? "#"} rel="noopener noreferrer" className="break-all text-blue-800 underline">
                {p.finalUrl}
              </a>{" "}
              (HTTP {p.httpStatus}) on <time dateTime={p.takenAt}>{formatDateTime(p.takenAt)}</time>, version {p.version}
            </>
          ) : (
            <>
              Imported from the file {p.fileName} on <time dateTime={p.takenAt}>{formatDateTime(p.takenAt)}</time>
            </>
          )
        ) : (
          "Imported, then edited by hand before saving"
        )}
        {p?.hasRaw ? (
          <>
            {" · "}
            <a href={`/api/captures/${p.id}/raw`} className="text-blue-800 underline">
              stored copy<span className="sr-only"> of the document as received</span>
            </a>
          </>
        ) : null}
        {" · "}
        <Link href={`/comparisons/${comparisonId}/sources/${source.id}`} className="text-blue-800 underline">
          versions ({source.versions.length})<span className="sr-only"> of {source.outlet}</span>
        </Link>
      </p>
      {source.check ? (
        <p>
          Last checked <time dateTime={source.check.at}>{formatDateTime(source.check.at)}</time>:{" "}
          <strong className={source.check.status === "changed" ? "text-amber-800" : source.check.status === "failed" ? "text-red-800" : ""}>{source.check.status}</strong>
          {source.check.status !== "unchanged" && source.check.message ? ` — ${source.check.message}` : ""}
        </p>
      ) : canCheck ? (
        <p>Not checked for changes since it was imported.</p>
      ) : null}
      {newer ? (
        <p className="font-medium text-amber-900">
          <span aria-hidden="true">⚠ </span>A newer version ({newer}) is stored;{" "}
          <Link href={`/comparisons/${comparisonId}/sources/${source.id}`} className="underline">
            compare the versions
          </Link>{" "}
          to re-analyse on it.
        </p>
      ) : null}
      {canCheck ? (
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="button"
            disabled={pending}
            onClick={() => {
              const fd = new FormData();
              fd.set("comparisonId", comparisonId);
              fd.set("sourceId", source.id);
              startTransition(async () => setResult(await checkForChangesAction(fd)));
            }}
            className="rounded border border-gray-500 px-2 py-0.5 hover:bg-gray-100 disabled:opacity-60"
          >
            {pending ? "Checking…" : "Check for changes"}
            <span className="sr-only"> in {source.outlet}</span>
          </button>
          <span role="status" className={result?.status === "failed" ? "text-red-800" : ""}>
            {result ? result.message : ""}
          </span>
        </div>
      ) : null}
    </div>
  );
}
