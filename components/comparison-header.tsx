import { deleteComparisonAction, reanalyzeAction } from "@/app/actions";
import type { ComparisonView } from "@/server/comparisons";
import { formatDateTime } from "./dates";
import { SeverityCounts } from "./severity";
import { SubmitButton } from "./submit-button";

const EXPORTS = [
  { format: "md", label: "Markdown report" },
  { format: "csv", label: "CSV of discrepancies" },
  { format: "json", label: "JSON" },
  { format: "w3c", label: "Web Annotations (JSON-LD)" },
] as const;

function Exports({ comparisonId }: { comparisonId: string }) {
  return (
    <nav aria-label="Export" className="flex flex-wrap items-center gap-3 text-sm">
      <span className="text-gray-700">Export:</span>
      {EXPORTS.map((e) => (
        <a key={e.format} href={`/api/comparisons/${comparisonId}/export?format=${e.format}`} download className="text-blue-800 underline underline-offset-2">
          {e.label}
        </a>
      ))}
      <a href={`/comparisons/${comparisonId}/report`} className="text-blue-800 underline underline-offset-2">
        Printable report
      </a>
    </nav>
  );
}

function Actions({ comparisonId }: { comparisonId: string }) {
  return (
    <div className="flex flex-wrap items-start gap-4">
      <form action={reanalyzeAction}>
        <input type="hidden" name="comparisonId" value={comparisonId} />
        <SubmitButton pendingText="Re-analysing…" className="rounded border border-gray-700 px-3 py-1 hover:bg-gray-100">
          Re-analyse
        </SubmitButton>
      </form>
      <details className="rounded border border-red-300 px-3 py-1">
        <summary className="cursor-pointer text-red-800">Delete comparison</summary>
        <div className="space-y-2 py-2">
          <p className="text-sm">This deletes the comparison, its sources and every review of it. It cannot be undone.</p>
          <form action={deleteComparisonAction}>
            <input type="hidden" name="comparisonId" value={comparisonId} />
            <SubmitButton pendingText="Deleting…" className="rounded bg-red-700 px-3 py-1 text-white hover:bg-red-800">
              Delete permanently
            </SubmitButton>
          </form>
        </div>
      </details>
    </div>
  );
}

export function ComparisonHeader({ comparison: c }: { comparison: ComparisonView }) {
  return (
    <header className="space-y-3">
      <h1 className="text-2xl font-semibold">{c.title}</h1>
      <p className="text-sm text-gray-700">
        Created <time dateTime={c.createdAt}>{formatDateTime(c.createdAt)}</time> · analysed <time dateTime={c.analyzedAt}>{formatDateTime(c.analyzedAt)}</time> · engine version {c.engineVersion}
      </p>
      <SeverityCounts counts={c.counts} label="Discrepancies by severity" />
      <Actions comparisonId={c.id} />
      <Exports comparisonId={c.id} />
    </header>
  );
}
