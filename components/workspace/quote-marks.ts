import type { Severity } from "@/lib/types";
import type { QuoteInfo, QuoteState } from "./model";

// A shape per state, so that colour is never the only cue.
const SEVERITY_ICON: Record<Severity, string> = { critical: "■", major: "▲", minor: "●", cosmetic: "○", info: "ℹ" };

export const STATE_LABEL: Record<QuoteState, string> = {
  same: "reads the same in the other sources",
  cosmetic: "differs only in typography",
  words: "differs in words",
  unmatched: "only in this source",
};

export function quoteIcon(info: QuoteInfo): string {
  if (info.state === "unmatched") return "◇";
  return info.worst === null ? "✓" : SEVERITY_ICON[info.worst];
}

/** What the quote's mark is tinted by: its worst discrepancy, or that it stands alone. */
export function quoteTone(info: QuoteInfo): string {
  if (info.state === "unmatched") return "unmatched";
  return info.worst ?? "same";
}

export function quoteSummary(info: QuoteInfo): string {
  const { quote } = info;
  const who = quote.speaker ?? "unattributed";
  const verb = quote.verb ? ` (${quote.verb})` : "";
  const worst = info.worst && info.state !== "unmatched" ? `; worst difference ${info.worst}` : "";
  return `${quote.kind} quote, ${who}${verb}: ${STATE_LABEL[info.state]}${worst}`;
}
