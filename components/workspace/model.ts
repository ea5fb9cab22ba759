/**
 * What the workspace derives from a comparison: quotes with their matches and worst discrepancy,
 * the rows of the quote grid, and the discrepancy list's filters, grouping and order. Pure, so
 * the client components stay thin and these rules are unit-tested.
 */
import { connectedGroups } from "@/lib/groups";
import { severityRank } from "@/lib/severity";
import type { DiffOp, Severity } from "@/lib/types";
import type { ComparisonView, DiscrepancyView, MatchView, OverrideView, QuoteView, SourceView } from "@/server/comparison-view";

/** How a quote compares with its counterparts, for the per-source bar and the quote marks. */
export type QuoteState = "unmatched" | "same" | "cosmetic" | "words";

export type QuoteInfo = {
  quote: QuoteView;
  source: SourceView;
  matches: MatchView[];
  /** Discrepancies naming this quote (its pairs' and its own "unmatched"). */
  discrepancies: DiscrepancyView[];
  /** The most severe of `discrepancies`, or null when it reads the same everywhere. */
  worst: Severity | null;
  state: QuoteState;
};

export type WorkspaceModel = {
  sources: SourceView[];
  quotes: ReadonlyMap<string, QuoteInfo>;
  matches: ReadonlyMap<string, MatchView>;
  discrepancies: readonly DiscrepancyView[];
  byFingerprint: ReadonlyMap<string, DiscrepancyView>;
  /** Quote row ids by the engine's quote key ("s1:q3"), which survives a re-analysis of the same text. */
  idByKey: ReadonlyMap<string, string>;
  overrides: readonly OverrideView[];
};

// Kinds about the words themselves; attribution (who said it) and truncation (a shorter
// excerpt of the same words) are not, so they do not make a quote "differ in words".
const WORD_KINDS = new Set(["substitution", "omission", "insertion", "reorder", "number", "negation", "spelling"]);

export function worstSeverity(items: readonly { severity: Severity }[]): Severity | null {
  let worst: Severity | null = null;
  for (const d of items) if (worst === null || severityRank(d.severity) < severityRank(worst)) worst = d.severity;
  return worst;
}

export function quoteState(matches: readonly MatchView[], discrepancies: readonly DiscrepancyView[]): QuoteState {
  if (matches.length === 0) return "unmatched";
  if (discrepancies.some((d) => WORD_KINDS.has(d.kind))) return "words";
  if (discrepancies.some((d) => d.kind === "punctuation")) return "cosmetic";
  return "same";
}

export function buildModel(c: Pick<ComparisonView, "sources" | "matches" | "discrepancies"> & Partial<Pick<ComparisonView, "overrides">>): WorkspaceModel {
  const quotes = new Map<string, QuoteInfo>();
  for (const source of c.sources) {
    for (const quote of source.quotes) quotes.set(quote.id, { quote, source, matches: [], discrepancies: [], worst: null, state: "unmatched" });
  }
  for (const m of c.matches) for (const id of m.quotes) quotes.get(id)?.matches.push(m);
  for (const d of c.discrepancies) for (const id of d.quotes) quotes.get(id)?.discrepancies.push(d);
  for (const info of quotes.values()) {
    info.worst = worstSeverity(info.discrepancies);
    info.state = quoteState(info.matches, info.discrepancies);
  }
  return {
    sources: c.sources,
    quotes,
    matches: new Map(c.matches.map((m) => [m.id, m])),
    discrepancies: c.discrepancies,
    byFingerprint: new Map(c.discrepancies.map((d) => [d.fingerprint, d])),
    idByKey: new Map(c.sources.flatMap((s) => s.quotes.map((q) => [q.key, q.id] as const))),
    overrides: c.overrides ?? [],
  };
}

/** Editors' overrides that name this quote (by its current row id). */
export function overridesOf(model: WorkspaceModel, quoteId: string): OverrideView[] {
  return model.overrides.filter((o) => o.left.quoteId === quoteId || o.right.quoteId === quoteId);
}

/**
 * Quotes of other sources this quote could be linked to by hand: not already its counterparts,
 * in source then text order.
 */
export function linkCandidates(model: WorkspaceModel, quoteId: string): QuoteInfo[] {
  const info = model.quotes.get(quoteId);
  if (!info) return [];
  const linked = new Set(counterparts(model, quoteId));
  const out: QuoteInfo[] = [];
  for (const source of model.sources) {
    if (source.id === info.source.id) continue;
    for (const q of source.quotes) {
      const other = model.quotes.get(q.id);
      if (other && !linked.has(q.id)) out.push(other);
    }
  }
  return out;
}

/** The other quote of a match, seen from `quoteId`. */
export function otherQuote(match: MatchView, quoteId: string): string {
  return match.quotes[0] === quoteId ? match.quotes[1] : match.quotes[0];
}

export function counterparts(model: WorkspaceModel, quoteId: string): string[] {
  return (model.quotes.get(quoteId)?.matches ?? []).map((m) => otherQuote(m, quoteId));
}

export type SourceTally = Record<QuoteState, number>;

/** Per source: how many of its quotes read the same elsewhere, differ cosmetically, differ in words, or stand alone. */
export function tallySource(model: WorkspaceModel, source: SourceView): SourceTally {
  const tally: SourceTally = { same: 0, cosmetic: 0, words: 0, unmatched: 0 };
  for (const q of source.quotes) {
    const info = model.quotes.get(q.id);
    if (info) tally[info.state]++;
  }
  return tally;
}

/** A diff seen from the other side: what one side deleted, the other inserted. */
export function flipDiff(ops: readonly DiffOp[]): DiffOp[] {
  return ops.map((op) => ({
    ...op,
    op: op.op === "delete" ? "insert" : op.op === "insert" ? "delete" : op.op,
    left: op.right,
    right: op.left,
    leftStart: op.rightStart,
    leftEnd: op.rightEnd,
    rightStart: op.leftStart,
    rightEnd: op.leftEnd,
  }));
}

/** The word diff between two quotes when the engine aligned them, oriented from `fromId` to `toId`. */
export function diffBetween(model: WorkspaceModel, fromId: string, toId: string): { match: MatchView; ops: DiffOp[] | null } | null {
  const match = model.quotes.get(fromId)?.matches.find((m) => otherQuote(m, fromId) === toId);
  if (!match) return null;
  if (!match.diff) return { match, ops: null };
  return { match, ops: match.quotes[0] === fromId ? match.diff : flipDiff(match.diff) };
}

const NO_LETTERS = /^[^\p{L}\p{M}\p{N}]*$/u;
const SINGLE_MARKS = /[‘’‚‛′ʼ]/gu;
const DOUBLE_MARKS = /[“”„‟«»″]/gu;
const DASHES = /[‐‑‒–—―−]/gu;

/** The text with every quote mark, apostrophe and dash in one style. */
function markStyleFolded(text: string): string {
  return text.replace(SINGLE_MARKS, "'").replace(DOUBLE_MARKS, '"').replace(DASHES, "-");
}

/**
 * An op that changes only typography in the cosmetic sense (quote style, dash style, a comma):
 * shown quietly, and hidden with the toggle. Case, hyphenation and accents are spelling and
 * stay visible, as the engine flags them above cosmetic.
 */
export function isTypographic(op: DiffOp): boolean {
  if (op.op === "equal") return op.typographic === true && markStyleFolded(op.left) === markStyleFolded(op.right);
  return NO_LETTERS.test(op.left) && NO_LETTERS.test(op.right);
}

/** One row of the quote grid: an utterance, with the quotes each source prints of it. */
export type GridRow = { id: string; cells: ReadonlyMap<string, string[]> };

/** Quotes linked by matches (transitively) form one row; rows follow the first source that carries them. */
export function gridRows(model: WorkspaceModel): GridRow[] {
  const rootOf = new Map<string, number>();
  connectedGroups([...model.matches.values()].map((m) => m.quotes)).forEach((members, i) => members.forEach((q) => rootOf.set(q, i)));
  const rows = new Map<number, Map<string, string[]>>();
  // Walk sources and quotes in reading order so that rows and cells come out in that order.
  for (const source of model.sources) {
    for (const q of source.quotes) {
      const root = rootOf.get(q.id);
      if (root === undefined) continue;
      let cells = rows.get(root);
      if (!cells) rows.set(root, (cells = new Map()));
      const cell = cells.get(source.id);
      if (cell) cell.push(q.id);
      else cells.set(source.id, [q.id]);
    }
  }
  return [...rows.entries()].map(([root, cells]) => ({ id: `row-${root}`, cells }));
}

// ---------------------------------------------------------------------------------------------
// The discrepancy list

export type GroupBy = "severity" | "kind" | "source" | "speaker" | "status";
export type SortBy = "severity" | "position" | "kind" | "status";
export type ListFilters = { showCosmetic: boolean; openOnly: boolean; query: string };

export const DEFAULT_FILTERS: ListFilters = { showCosmetic: false, openOnly: false, query: "" };

export function statusOf(d: DiscrepancyView): string {
  return d.review?.status ?? "open";
}

/** Open means not yet decided: never reviewed, reopened, or flagged for another look. */
export function isOpen(d: DiscrepancyView): boolean {
  const s = statusOf(d);
  return s === "open" || s === "needs_review";
}

function searchText(model: WorkspaceModel, d: DiscrepancyView): string {
  const parts = [d.kind, d.severity, d.message, d.left ?? "", d.right ?? "", d.review?.note ?? "", ...(d.review?.tags ?? [])];
  for (const id of d.quotes) {
    const info = model.quotes.get(id);
    if (info) parts.push(info.source.outlet, info.quote.speaker ?? "");
  }
  return parts.join(" ").toLocaleLowerCase();
}

export function filterDiscrepancies(model: WorkspaceModel, filters: ListFilters): DiscrepancyView[] {
  const terms = filters.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return model.discrepancies.filter((d) => {
    if (!filters.showCosmetic && d.severity === "cosmetic") return false;
    if (filters.openOnly && !isOpen(d)) return false;
    if (terms.length === 0) return true;
    const text = searchText(model, d);
    return terms.every((t) => text.includes(t));
  });
}

export function countBySeverity(items: readonly DiscrepancyView[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { critical: 0, major: 0, minor: 0, cosmetic: 0, info: 0 };
  for (const d of items) counts[d.severity]++;
  return counts;
}

const STATUS_ORDER = ["open", "needs_review", "confirmed", "dismissed"];
const STATUS_LABEL: Record<string, string> = { open: "Open", needs_review: "Needs review", confirmed: "Confirmed", dismissed: "Dismissed" };

function position(model: WorkspaceModel, d: DiscrepancyView): [number, number] {
  const info = d.quotes[0] === undefined ? undefined : model.quotes.get(d.quotes[0]);
  return info ? [info.source.position, d.leftRange?.[0] ?? info.quote.start] : [Number.MAX_SAFE_INTEGER, 0];
}

function compareBy(model: WorkspaceModel, sortBy: SortBy): (a: DiscrepancyView, b: DiscrepancyView) => number {
  const engineOrder = new Map(model.discrepancies.map((d, i) => [d.id, i]));
  const byEngine = (a: DiscrepancyView, b: DiscrepancyView) => (engineOrder.get(a.id) ?? 0) - (engineOrder.get(b.id) ?? 0);
  const byPosition = (a: DiscrepancyView, b: DiscrepancyView) => {
    const [sa, oa] = position(model, a);
    const [sb, ob] = position(model, b);
    return sa - sb || oa - ob;
  };
  switch (sortBy) {
    case "severity":
      return (a, b) => severityRank(a.severity) - severityRank(b.severity) || byPosition(a, b) || byEngine(a, b);
    case "position":
      return (a, b) => byPosition(a, b) || byEngine(a, b);
    case "kind":
      return (a, b) => a.kind.localeCompare(b.kind) || severityRank(a.severity) - severityRank(b.severity) || byPosition(a, b);
    case "status":
      return (a, b) => STATUS_ORDER.indexOf(statusOf(a)) - STATUS_ORDER.indexOf(statusOf(b)) || severityRank(a.severity) - severityRank(b.severity) || byPosition(a, b);
  }
}

export type ListGroup = { key: string; label: string; items: DiscrepancyView[] };

function groupKey(model: WorkspaceModel, d: DiscrepancyView, by: GroupBy): { key: string; label: string; order: number | string } {
  switch (by) {
    case "severity":
      return { key: d.severity, label: d.severity, order: severityRank(d.severity) };
    case "kind":
      return { key: d.kind, label: d.kind, order: d.kind };
    case "status": {
      const s = statusOf(d);
      return { key: s, label: STATUS_LABEL[s] ?? s, order: STATUS_ORDER.indexOf(s) };
    }
    case "source": {
      const infos = d.quotes.map((id) => model.quotes.get(id)).filter((i): i is QuoteInfo => i !== undefined);
      const key = infos.map((i) => i.source.id).join("|");
      const label = infos.length > 1 ? infos.map((i) => i.source.outlet).join(" ↔ ") : `Only in ${infos[0]?.source.outlet ?? "?"}`;
      return { key, label, order: infos.map((i) => String(i.source.position).padStart(3, "0")).join("|") + (infos.length > 1 ? "" : "~") };
    }
    case "speaker": {
      const speaker = d.quotes.map((id) => model.quotes.get(id)?.quote.speaker).find((s) => s) ?? null;
      return { key: speaker ?? "", label: speaker ?? "Unattributed", order: speaker === null ? "\uffff" : speaker.toLocaleLowerCase() };
    }
  }
}

/** The filtered discrepancies, grouped and sorted; empty groups are left out. */
export function groupDiscrepancies(model: WorkspaceModel, items: readonly DiscrepancyView[], groupBy: GroupBy, sortBy: SortBy): ListGroup[] {
  const groups = new Map<string, ListGroup & { order: number | string }>();
  for (const d of items) {
    const g = groupKey(model, d, groupBy);
    const group = groups.get(g.key);
    if (group) group.items.push(d);
    else groups.set(g.key, { key: g.key, label: g.label, order: g.order, items: [d] });
  }
  const compare = compareBy(model, sortBy);
  const list = [...groups.values()];
  list.sort((a, b) => (typeof a.order === "number" && typeof b.order === "number" ? a.order - b.order : String(a.order).localeCompare(String(b.order))));
  return list.map(({ key, label, items: groupItems }) => ({ key, label, items: [...groupItems].sort(compare) }));
}

/** The discrepancies in list order, for next/previous. */
export function flatten(groups: readonly ListGroup[]): DiscrepancyView[] {
  return groups.flatMap((g) => g.items);
}

/**
 * The next (or previous) item after `current` in `order`, wrapping around; the first (or last)
 * when none is current. A current item no longer in the list (filtered out once reviewed) was at
 * `lastIndex`: next is the item that took its place, previous the one before it.
 */
export function step(order: readonly DiscrepancyView[], current: string | null, delta: 1 | -1, lastIndex = 0): DiscrepancyView | null {
  if (order.length === 0) return null;
  const at = current === null ? -1 : order.findIndex((d) => d.fingerprint === current);
  if (at !== -1) return order[(at + delta + order.length) % order.length] ?? null;
  if (current === null) return (delta === 1 ? order[0] : order[order.length - 1]) ?? null;
  return order[Math.min(lastIndex + (delta === 1 ? 0 : -1), order.length - 1)] ?? order[0] ?? null;
}

/** Tags the editor might want next: used elsewhere, not on this review, starting with what is typed. */
export function suggestTags(used: readonly string[], current: string, limit = 8): string[] {
  const parts = current.split(",").map((t) => t.trim());
  const last = (parts[parts.length - 1] ?? "").toLocaleLowerCase();
  // A finished tag (one already in use) is not a prefix being typed: suggest the others.
  const typing = used.some((t) => t.toLocaleLowerCase() === last) ? "" : last;
  // A tag typed out in full counts as present too.
  const have = new Set(parts.filter(Boolean).map((t) => t.toLocaleLowerCase()));
  return used.filter((t) => !have.has(t.toLocaleLowerCase()) && t.toLocaleLowerCase().startsWith(typing)).slice(0, limit);
}

/** The tag field's text with `tag` added (completing the word being typed, if any). */
export function addTag(current: string, tag: string): string {
  const parts = current.split(",").map((t) => t.trim());
  const last = parts[parts.length - 1] ?? "";
  const kept = parts.slice(0, -1).filter(Boolean);
  const typingPrefix = last !== "" && tag.toLocaleLowerCase().startsWith(last.toLocaleLowerCase());
  if (!typingPrefix && last !== "") kept.push(last);
  kept.push(tag);
  return kept.join(", ");
}
