import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { adoptVersionAction } from "@/app/import-actions";
import { formatDateTime } from "@/components/dates";
import { discrepancyHeading } from "@/components/discrepancy-heading";
import { SeverityIcon } from "@/components/severity";
import { SubmitButton } from "@/components/submit-button";
import { sourceVersions, type ParagraphChange, type VersionsView } from "@/server/captures";
import { AppError } from "@/server/errors";

type Props = { params: Promise<{ id: string; sourceId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Source versions" };

function version(value: string | string[] | undefined): number | undefined {
  const n = typeof value === "string" ? Number.parseInt(value, 10) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

async function load(id: string, sourceId: string, from?: number, to?: number): Promise<VersionsView | null> {
  try {
    return await sourceVersions(id, sourceId, { from, to });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

/** How a paragraph added or removed between versions is shown. */
const WHOLE = {
  added: { box: "border-green-700 bg-green-50", Mark: "ins", label: "paragraph added: " },
  removed: { box: "border-red-700 bg-red-50", Mark: "del", label: "paragraph removed: " },
} as const;

function Change({ change }: { change: ParagraphChange }) {
  if (change.op === "same") return null;
  if (change.op !== "changed") {
    const { box, Mark, label } = WHOLE[change.op];
    return (
      <p className={`rounded border-l-4 p-2 ${box}`}>
        <Mark className="diff">
          <span className="sr-only">{label}</span>
          {change.after ?? change.before}
        </Mark>
      </p>
    );
  }
  return (
    <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-2">
      <span className="sr-only">paragraph changed: </span>
      {(change.words ?? []).map((w, i) =>
        w.op === "equal" ? (
          <span key={i}>{w.text}</span>
        ) : w.op === "delete" ? (
          <del key={i} className="diff">
            <span className="sr-only">deleted: </span>
            {w.text}
          </del>
        ) : (
          <ins key={i} className="diff">
            <span className="sr-only">inserted: </span>
            {w.text}
          </ins>
        ),
      )}
    </p>
  );
}

/** A source's versions (each capture of it), what changed between two, and re-analysis on a newer one. */
export default async function SourceVersionsPage({ params, searchParams }: Props) {
  const { id, sourceId } = await params;
  const query = await searchParams;
  const view = await load(id, sourceId, version(query.from), version(query.to));
  if (!view) notFound();
  const { source, versions, current, from, to, changes, quoteChanges } = view;
  const changed = changes.filter((c) => c.op !== "same");
  const quoteDiffs = (quoteChanges?.discrepancies ?? []).filter((d) => d.severity !== "cosmetic");
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/comparisons/${id}`} className="text-blue-800 underline">
          ← Back to the comparison
        </Link>
      </p>
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Versions of {source.outlet}</h1>
        <p className="text-gray-800">{source.title}</p>
        {source.checkedAt ? (
          <p className="text-sm">
            Last checked <time dateTime={source.checkedAt}>{formatDateTime(source.checkedAt)}</time>: <strong>{source.checkStatus}</strong>
            {source.checkMessage ? ` — ${source.checkMessage}` : ""}
          </p>
        ) : null}
      </header>
      <section aria-labelledby="versions-heading" className="space-y-2">
        <h2 id="versions-heading" className="text-xl font-semibold">
          Stored versions
        </h2>
        {versions.length === 0 ? (
          <p>This source was typed or pasted: it has no imported versions.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-gray-300">
                  <th scope="col" className="p-2">
                    Version
                  </th>
                  <th scope="col" className="p-2">
                    Taken
                  </th>
                  <th scope="col" className="p-2">
                    From
                  </th>
                  <th scope="col" className="p-2">
                    Record
                  </th>
                </tr>
              </thead>
              <tbody>
                {versions.map((v) => (
                  <tr key={v.id} className="border-b border-gray-200 align-top">
                    <td className="p-2">
                      {v.version}
                      {v.version === current ? <span className="ml-2 rounded bg-gray-800 px-1 text-xs text-white">in use</span> : null}
                    </td>
                    <td className="p-2">
                      <time dateTime={v.takenAt}>{formatDateTime(v.takenAt)}</time>
                    </td>
                    <td className="p-2 break-all">{v.kind === "url" ? (v.finalUrl ?? v.requestedUrl) : v.fileName}</td>
                    <td className="p-2">
                      {v.httpStatus ? `HTTP ${v.httpStatus} · ` : ""}
                      {v.contentType}
                      {v.charset ? ` (${v.charset})` : ""} · {v.bytes.toLocaleString("en")} bytes · SHA-256 <code title={v.sha256}>{v.sha256.slice(0, 12)}…</code>
                      {v.redirects.length > 0 ? ` · via ${v.redirects.length} redirect${v.redirects.length === 1 ? "" : "s"}` : ""}
                      {v.hasRaw ? (
                        <>
                          {" · "}
                          <a href={`/api/captures/${v.id}/raw`} className="text-blue-800 underline">
                            stored copy<span className="sr-only"> of version {v.version}</span>
                          </a>
                        </>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {from !== null && to !== null ? (
        <>
          <section aria-labelledby="quotes-heading" className="space-y-2">
            <h2 id="quotes-heading" className="text-xl font-semibold">
              Quotes that changed from version {from} to version {to}
            </h2>
            {quoteDiffs.length === 0 ? (
              <p>Every quote reads the same (typography aside).</p>
            ) : (
              <ul className="space-y-1">
                {quoteDiffs.map((d) => (
                  <li key={d.id} className="flex items-start gap-2">
                    <SeverityIcon severity={d.severity} />
                    <span>
                      <span className="sr-only">{d.severity}: </span>
                      {d.kind === "unmatched" ? `${d.quotes[0]?.startsWith(`v${from}:`) ? "only in the old version" : "only in the new version"}: “${d.left ?? ""}”` : discrepancyHeading(d)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="changes-heading" className="space-y-2">
            <h2 id="changes-heading" className="text-xl font-semibold">
              Text changes ({changed.length} {changed.length === 1 ? "paragraph" : "paragraphs"})
            </h2>
            {changed.length === 0 ? <p>The texts are the same.</p> : <div className="space-y-2 font-serif">{changes.map((c, i) => <Change key={i} change={c} />)}</div>}
          </section>
          {to !== current ? (
            <form action={adoptVersionAction} className="space-y-2">
              <input type="hidden" name="comparisonId" value={id} />
              <input type="hidden" name="sourceId" value={source.id} />
              <input type="hidden" name="version" value={to} />
              <p className="text-sm">Re-analysing replaces this source’s text in the comparison with version {to}. Reviews stay; a review of a quote whose words changed is kept among the reviews of discrepancies that no longer exist.</p>
              <SubmitButton pendingText="Re-analysing…" className="rounded bg-blue-700 px-3 py-1 text-white hover:bg-blue-800">
                Re-analyse on version {to}
              </SubmitButton>
            </form>
          ) : null}
        </>
      ) : versions.length === 1 ? (
        <p>Only one version is stored. Use “Check for changes” on the comparison page to fetch the page again.</p>
      ) : null}
    </div>
  );
}
