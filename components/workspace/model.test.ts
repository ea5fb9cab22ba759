import { describe, expect, it } from "vitest";
import type { DiffOp, Severity } from "@/lib/types";
import type { DiscrepancyView, MatchView, QuoteView, SourceView } from "@/server/comparison-view";
import { addTag, buildModel, counterparts, diffBetween, filterDiscrepancies, flatten, gridRows, groupDiscrepancies, isTypographic, linkCandidates, step, suggestTags, tallySource, DEFAULT_FILTERS } from "./model";
import { shortcutFor } from "./shortcuts";

function quote(id: string, sourceId: string, start: number, speaker: string | null = "Ana Ruiz"): QuoteView {
  return { id, key: `${sourceId}:${id}`, sourceId, start, end: start + 10, text: `text of ${id}`, kind: "direct", speaker, verb: "said", confidence: "high", utterance: "u1" };
}

function source(id: string, position: number, outlet: string, quotes: QuoteView[]): SourceView {
  return { id, key: id, position, outlet, title: "", url: null, byline: null, publishedAt: null, textHash: "", text: "x".repeat(200), quotes, provenance: null, versions: [], check: null };
}

function match(id: string, a: string, b: string, diff: DiffOp[] | null = null): MatchView {
  return { id, key: id, quotes: [a, b], relation: "variant", contained: null, score: 0.9, sharedWords: 8, leftRange: [0, 1], rightRange: [0, 1], diff, origin: "engine", overrideId: null };
}

function discrepancy(id: string, kind: string, severity: Severity, quotes: string[], extra: Partial<DiscrepancyView> = {}): DiscrepancyView {
  return { id, key: id, kind, severity, quotes, matchId: null, left: "l", right: "r", leftRange: null, rightRange: null, ellipsis: null, message: `${kind} message`, fingerprint: `fp-${id}`, review: null, ...extra };
}

const op = (o: DiffOp["op"], left: string, right: string, typographic?: boolean): DiffOp => ({ op: o, left, right, leftStart: 0, leftEnd: left.length, rightStart: 0, rightEnd: right.length, ...(typographic ? { typographic } : {}) });

// Gazette: a1 (words differ from b1), a2 (only typography differs from b2), a3 (alone).
// Courier: b1, b2, b3 (alone). Herald: c1 (same as a1).
const a = source("a", 0, "Gazette", [quote("a1", "a", 0), quote("a2", "a", 50), quote("a3", "a", 100, null)]);
const b = source("b", 1, "Courier", [quote("b1", "b", 0), quote("b2", "b", 40, "Tom Lee"), quote("b3", "b", 90)]);
const c = source("c", 2, "Herald", [quote("c1", "c", 0)]);
const ab1 = match("m1", "a1", "b1", [op("equal", "In protecting the", "In protecting the"), op("replace", "innocence", "innocent")]);
const discrepancies = [
  discrepancy("d1", "substitution", "major", ["a1", "b1"], { left: "innocence", right: "innocent" }),
  discrepancy("d2", "punctuation", "cosmetic", ["a2", "b2"]),
  discrepancy("d3", "unmatched", "info", ["a3"]),
  discrepancy("d4", "unmatched", "info", ["b3"], { review: { fingerprint: "fp-d4", snapshot: { kind: null, severity: null, left: null, right: null, message: null, quote: null }, status: "confirmed", note: "checked", tags: ["ok"], author: null, version: 1, updatedAt: "", history: [] } }),
  discrepancy("d5", "number", "critical", ["a1", "b1"], { left: "12", right: "21" }),
];
const model = buildModel({ sources: [a, b, c], matches: [ab1, match("m2", "a2", "b2"), match("m3", "a1", "c1")], discrepancies });

describe("the workspace model", () => {
  it("gives each quote its worst discrepancy and how it compares", () => {
    expect(model.quotes.get("a1")).toMatchObject({ worst: "critical", state: "words" });
    expect(model.quotes.get("a2")).toMatchObject({ worst: "cosmetic", state: "cosmetic" });
    expect(model.quotes.get("a3")).toMatchObject({ worst: "info", state: "unmatched" });
    expect(model.quotes.get("c1")).toMatchObject({ worst: null, state: "same" });
    expect(tallySource(model, a)).toEqual({ same: 0, cosmetic: 1, words: 1, unmatched: 1 });
    expect(counterparts(model, "a1")).toEqual(["b1", "c1"]);
    expect(model.idByKey.get("b:b2")).toBe("b2");
  });

  it("orients a pair's diff from either side", () => {
    expect(diffBetween(model, "a1", "b1")?.ops?.[1]).toMatchObject({ op: "replace", left: "innocence", right: "innocent" });
    expect(diffBetween(model, "b1", "a1")?.ops?.[1]).toMatchObject({ op: "replace", left: "innocent", right: "innocence" });
    expect(diffBetween(model, "a1", "b2")).toBeNull();
  });

  it("calls quote style, dash style and bare punctuation typography, but not case, hyphens or words", () => {
    expect(isTypographic(op("equal", "“Nobody", '"Nobody', true))).toBe(true);
    expect(isTypographic(op("replace", "—", "–"))).toBe(true);
    expect(isTypographic(op("insert", "", ","))).toBe(true);
    expect(isTypographic(op("equal", "Council", "council", true))).toBe(false);
    expect(isTypographic(op("equal", "singlehandedly", "single-handedly", true))).toBe(false);
    expect(isTypographic(op("replace", "innocence", "innocent"))).toBe(false);
  });

  it("puts quotes linked through any match in one grid row, in reading order", () => {
    const rows = gridRows(model);
    expect(rows.map((r) => Object.fromEntries(r.cells))).toEqual([{ a: ["a1"], b: ["b1"], c: ["c1"] }, { a: ["a2"], b: ["b2"] }]);
  });

  it("hides cosmetic discrepancies by default and filters by status and words", () => {
    expect(filterDiscrepancies(model, DEFAULT_FILTERS).map((d) => d.id)).toEqual(["d1", "d3", "d4", "d5"]);
    expect(filterDiscrepancies(model, { ...DEFAULT_FILTERS, openOnly: true }).map((d) => d.id)).toEqual(["d1", "d3", "d5"]);
    expect(filterDiscrepancies(model, { ...DEFAULT_FILTERS, showCosmetic: true, query: "courier innocent" }).map((d) => d.id)).toEqual(["d1"]);
    expect(filterDiscrepancies(model, { ...DEFAULT_FILTERS, query: "checked" }).map((d) => d.id)).toEqual(["d4"]);
  });

  it("groups by severity, source, speaker and status, and sorts within groups", () => {
    const all = filterDiscrepancies(model, { ...DEFAULT_FILTERS, showCosmetic: true });
    expect(groupDiscrepancies(model, all, "severity", "severity").map((g) => [g.label, g.items.map((d) => d.id)])).toEqual([
      ["critical", ["d5"]],
      ["major", ["d1"]],
      ["cosmetic", ["d2"]],
      ["info", ["d3", "d4"]],
    ]);
    expect(groupDiscrepancies(model, all, "source", "severity").map((g) => g.label)).toEqual(["Gazette ↔ Courier", "Only in Gazette", "Only in Courier"]);
    expect(groupDiscrepancies(model, all, "speaker", "position").map((g) => g.label)).toEqual(["Ana Ruiz", "Unattributed"]);
    expect(groupDiscrepancies(model, all, "status", "severity").map((g) => g.label)).toEqual(["Open", "Confirmed"]);
    expect(flatten(groupDiscrepancies(model, all, "kind", "severity")).map((d) => d.kind)).toEqual(["number", "punctuation", "substitution", "unmatched", "unmatched"]);
  });

  it("steps through the list and wraps around", () => {
    const order = flatten(groupDiscrepancies(model, filterDiscrepancies(model, DEFAULT_FILTERS), "severity", "severity"));
    expect(step(order, null, 1)?.id).toBe("d5");
    expect(step(order, null, -1)?.id).toBe("d4");
    expect(step(order, "fp-d5", 1)?.id).toBe("d1");
    expect(step(order, "fp-d5", -1)?.id).toBe("d4");
    expect(step([], null, 1)).toBeNull();
    // The selected item left the list (reviewed, "open only"): go on from where it stood.
    expect(step(order, "fp-gone", 1, 1)?.id).toBe("d1");
    expect(step(order, "fp-gone", -1, 1)?.id).toBe("d5");
    expect(step(order, "fp-gone", 1, 9)?.id).toBe("d4");
  });

  it("offers other sources' quotes not already linked for a manual link", () => {
    expect(linkCandidates(model, "a3").map((q) => q.quote.id)).toEqual(["b1", "b2", "b3", "c1"]);
    expect(linkCandidates(model, "a1").map((q) => q.quote.id)).toEqual(["b2", "b3"]);
  });
});

describe("tag suggestions", () => {
  const used = ["misquote", "numbers", "needs-source", "ok"];
  it("suggests used tags not on the review, completing the one being typed", () => {
    expect(suggestTags(used, "")).toEqual(used);
    expect(suggestTags(used, "ok, n")).toEqual(["numbers", "needs-source"]);
    expect(suggestTags(used, "numbers")).toEqual(["misquote", "needs-source", "ok"]);
    expect(addTag("ok, n", "numbers")).toBe("ok, numbers");
    expect(addTag("ok", "numbers")).toBe("ok, numbers");
    expect(addTag("", "ok")).toBe("ok");
  });
});

describe("keyboard shortcuts", () => {
  const key = (k: string, mods: Partial<KeyboardEvent> = {}) => shortcutFor({ key: k, ctrlKey: false, metaKey: false, altKey: false, target: null, ...mods });
  it("maps keys to actions and leaves modified keys alone", () => {
    expect(key("j")).toBe("next");
    expect(key("k")).toBe("previous");
    expect(key("c")).toBe("confirm");
    expect(key("d")).toBe("dismiss");
    expect(key("?")).toBe("help");
    expect(key("c", { ctrlKey: true })).toBeNull();
    expect(key("q")).toBeNull();
  });
});
