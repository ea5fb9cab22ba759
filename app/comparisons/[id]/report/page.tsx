import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SEVERITIES } from "@/lib/severity";
import { getComparison, type ComparisonView, type DiscrepancyView } from "@/server/comparisons";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = await getComparison((await params).id);
  return { title: c ? `Report: ${c.title}` : "Not found" };
}

function quoteText(c: ComparisonView, quoteId: string): { outlet: string; text: string; speaker: string | null } | null {
  for (const s of c.sources) {
    const q = s.quotes.find((x) => x.id === quoteId);
    if (q) return { outlet: s.outlet, text: q.text, speaker: q.speaker };
  }
  return null;
}

function Item({ c, d }: { c: ComparisonView; d: DiscrepancyView }) {
  const status = (d.review?.status ?? "open").replace("_", " ");
  return (
    <article className="report-item space-y-1 border-t border-gray-300 py-2">
      <h3 className="font-semibold">
        {d.kind}: {d.left ?? "—"}
        {d.kind === "unmatched" ? "" : ` → ${d.right ?? "—"}`}
      </h3>
      <p>{d.message}</p>
      {d.quotes.map((id) => {
        const q = quoteText(c, id);
        return q ? (
          <blockquote key={id} className="border-l-4 border-gray-300 pl-2">
            <strong>{q.outlet}</strong>
            {q.speaker ? ` (${q.speaker})` : ""}: “{q.text}”
          </blockquote>
        ) : null;
      })}
      <p>
        Review: <strong>{status}</strong>
        {d.review?.note ? ` — ${d.review.note}` : ""}
        {d.review?.author ? ` (${d.review.author})` : ""}
      </p>
    </article>
  );
}

/** The comparison as a report to print or save as PDF: no controls, one discrepancy per block. */
export default async function ReportPage({ params }: Props) {
  const c = await getComparison((await params).id);
  if (!c) notFound();
  return (
    <div className="report mx-auto max-w-3xl space-y-4">
      <p className="no-print text-sm">
        Use your browser’s Print command to print this report or save it as PDF. <a href={`/comparisons/${c.id}`} className="text-blue-800 underline">Back to the comparison</a>
      </p>
      <h1 className="text-2xl font-semibold">{c.title}</h1>
      <p className="text-sm">
        Analysed {c.analyzedAt.slice(0, 10)} · engine {c.engineVersion} · {SEVERITIES.map((s) => `${c.counts[s]} ${s}`).join(", ")}
      </p>
      <ul className="list-disc pl-5 text-sm">
        {c.sources.map((s) => (
          <li key={s.id}>
            <strong>{s.outlet}</strong>: {s.title}
            {s.publishedAt ? ` (${s.publishedAt})` : ""}
            {s.url ? ` — ${s.url}` : ""}
          </li>
        ))}
      </ul>
      {SEVERITIES.map((severity) => {
        const group = c.discrepancies.filter((d) => d.severity === severity);
        return group.length === 0 ? null : (
          <section key={severity} aria-labelledby={`report-${severity}`}>
            <h2 id={`report-${severity}`} className="text-xl font-semibold capitalize">
              {severity} ({group.length})
            </h2>
            {group.map((d) => (
              <Item key={d.id} c={c} d={d} />
            ))}
          </section>
        );
      })}
    </div>
  );
}
