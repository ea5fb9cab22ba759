/**
 * A comparison taken out of the app: a Markdown report a fact-check write-up can paste, a CSV
 * of discrepancies with their reviews, the API's JSON, and W3C Web Annotations (one per
 * discrepancy, a TextQuoteSelector and a TextPositionSelector on each source, the review as body).
 */
import { SEVERITIES } from "@/lib";
import { quotesById, type QuoteRef } from "./quote-lookup";
import type { ComparisonView, DiscrepancyView, SourceView } from "./comparisons";

export const EXPORT_FORMATS = ["md", "csv", "json", "w3c"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Characters of context each side of a selected stretch (W3C TextQuoteSelector prefix/suffix). */
const CONTEXT_CHARS = 32;

function statusOf(d: DiscrepancyView): string {
  return d.review?.status ?? "open";
}

function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/\s+/g, " ");
}

/** A Markdown report: counts, then every discrepancy by severity with both quotes and the review. */
export function toMarkdown(view: ComparisonView): string {
  const where = quotesById(view);
  const editorMatches = new Set(view.matches.filter((m) => m.origin === "editor").map((m) => m.id));
  const lines = [`# ${md(view.title)}`, "", `Compared ${view.sources.length} sources; analysed ${view.analyzedAt.slice(0, 10)} (engine ${view.engineVersion}).`, ""];
  for (const s of view.sources) lines.push(`- **${md(s.outlet)}**: ${md(s.title)}${s.byline ? `, by ${md(s.byline)}` : ""}${s.publishedAt ? ` (${s.publishedAt})` : ""}${s.url ? ` — <${s.url}>` : ""}`);
  lines.push("", `**Discrepancies:** ${SEVERITIES.map((k) => `${view.counts[k]} ${k}`).join(", ")}.`, "");
  for (const severity of SEVERITIES) {
    const group = view.discrepancies.filter((d) => d.severity === severity);
    if (group.length === 0) continue;
    lines.push(`## ${severity[0]?.toUpperCase()}${severity.slice(1)} (${group.length})`, "");
    for (const d of group) {
      lines.push(`### ${md(d.kind)}: ${md(d.left ?? "—")}${d.kind === "unmatched" ? "" : ` → ${md(d.right ?? "—")}`}`, "", `${md(d.message)}${d.matchId && editorMatches.has(d.matchId) ? " (Quotes paired by an editor.)" : ""}`, "");
      for (const id of d.quotes) {
        const at = where.get(id);
        if (at) lines.push(`> **${md(at.source.outlet)}**${at.quote.speaker ? ` (${md(at.quote.speaker)})` : ""}: “${md(at.quote.text)}”`, ">");
      }
      if (lines[lines.length - 1] === ">") lines.pop();
      lines.push("", `Review: **${statusOf(d).replace("_", " ")}**${d.review?.note ? ` — ${md(d.review.note)}` : ""}${d.review?.tags.length ? ` (tags: ${d.review.tags.map(md).join(", ")})` : ""}${d.review?.author ? `, by ${md(d.review.author)}` : ""}`, "");
    }
  }
  if (view.overrides.length > 0) {
    lines.push("## Quotes linked or kept apart by editors", "");
    for (const o of view.overrides) {
      const side = (q: ComparisonView["overrides"][number]["left"]) => `**${md(q.sourceOutlet)}** “${md(q.text)}”`;
      lines.push(`- ${o.action === "link" ? "Linked" : "Unlinked"}: ${side(o.left)} and ${side(o.right)}${o.author ? `, by ${md(o.author)}` : ""}${o.note ? ` — ${md(o.note)}` : ""}${o.applied ? "" : " (not applied: a quote no longer exists)"}`);
    }
    lines.push("");
  }
  if (view.orphanedReviews.length > 0) {
    lines.push("## Reviews of discrepancies that no longer exist", "");
    for (const o of view.orphanedReviews) {
      const s = o.snapshot;
      lines.push(`- ${md(s.kind ?? "discrepancy")}${s.left ? `: ${md(s.left)}${s.right ? ` → ${md(s.right)}` : ""}` : ""} — **${o.status.replace("_", " ")}**${o.note ? `: ${md(o.note)}` : ""}`);
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

/** A CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
function cell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_COLUMNS = ["id", "severity", "kind", "left_outlet", "left_quote", "right_outlet", "right_quote", "left_words", "right_words", "message", "fingerprint", "review_status", "review_note", "review_tags", "review_author", "review_version"];

export function toCsv(view: ComparisonView): string {
  const where = quotesById(view);
  const rows = view.discrepancies.map((d) => {
    const [l, r] = d.quotes.map((id) => where.get(id));
    return [d.id, d.severity, d.kind, l?.source.outlet, l?.quote.text, r?.source.outlet, r?.quote.text, d.left, d.right, d.message, d.fingerprint, statusOf(d), d.review?.note, d.review?.tags.join("; "), d.review?.author, d.review?.version ?? 0];
  });
  // Reviews whose discrepancy a re-analysis no longer finds: no id, their saved context instead.
  for (const o of view.orphanedReviews) {
    const s = o.snapshot;
    rows.push(["(orphaned)", s.severity, s.kind, null, s.quote, null, null, s.left, s.right, s.message, o.fingerprint, o.status, o.note, o.tags.join("; "), o.author, o.version]);
  }
  return [CSV_COLUMNS, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

function sourceIri(view: ComparisonView, s: SourceView, base: string): string {
  return s.url ?? `${base}/comparisons/${view.id}#source-${s.key}`;
}

type TextQuoteSelector = { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string };
type TextPositionSelector = { type: "TextPositionSelector"; start: number; end: number };
type Target = { type: "SpecificResource"; source: string; selector: [TextQuoteSelector, TextPositionSelector] };

function target(view: ComparisonView, s: SourceView, range: [number, number], base: string): Target {
  const [start, end] = range;
  return {
    type: "SpecificResource",
    source: sourceIri(view, s, base),
    selector: [
      { type: "TextQuoteSelector", exact: s.text.slice(start, end), prefix: s.text.slice(Math.max(0, start - CONTEXT_CHARS), start), suffix: s.text.slice(end, end + CONTEXT_CHARS) },
      { type: "TextPositionSelector", start, end },
    ],
  };
}

/** The stretch a discrepancy points at in each of its quotes: its words where they exist, else the whole quote. */
function ranges(d: DiscrepancyView, located: Array<QuoteRef | undefined>): Array<[number, number] | null> {
  return located.map((at, i) => {
    const own = i === 0 ? d.leftRange : d.rightRange;
    if (own && own[1] > own[0]) return own;
    return at ? [at.quote.start, at.quote.end] : null;
  });
}

/** One Web Annotation per discrepancy, in an AnnotationCollection. `base` is the app's origin. */
export function toWebAnnotations(view: ComparisonView, base: string) {
  const where = quotesById(view);
  const items = view.discrepancies.map((d) => {
    const located = d.quotes.map((id) => where.get(id));
    const targets = ranges(d, located).flatMap((r, i) => {
      const at = located[i];
      return r && at ? [target(view, at.source, r, base)] : [];
    });
    const review = d.review;
    const body = [
      { type: "TextualBody", purpose: "assessing", format: "text/plain", value: `${d.severity} ${d.kind}: ${d.message} Review: ${statusOf(d).replace("_", " ")}.${review?.note ? ` ${review.note}` : ""}` },
      ...(review?.tags ?? []).map((tag) => ({ type: "TextualBody", purpose: "tagging", value: tag })),
    ];
    return {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: `${base}/comparisons/${view.id}#discrepancy-${d.fingerprint}`,
      type: "Annotation",
      motivation: "assessing",
      created: view.analyzedAt,
      ...(review ? { modified: review.updatedAt, ...(review.author ? { creator: { type: "Person", name: review.author } } : {}) } : {}),
      body,
      target: targets,
    };
  });
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: `${base}/api/comparisons/${view.id}/export?format=w3c`,
    type: "AnnotationCollection",
    label: view.title,
    total: items.length,
    first: { id: `${base}/api/comparisons/${view.id}/export?format=w3c&page=1`, type: "AnnotationPage", startIndex: 0, items },
  };
}
