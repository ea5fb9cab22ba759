/**
 * Editors' links and unlinks against a real SQLite database with the migrations applied: they
 * survive re-analysis, keep reviews, undo cleanly, and outlive an edited source harmlessly.
 */
import { describe, expect, it } from "vitest";
import { scratchStore } from "../test/store";
import { createComparison, getComparison, deleteComparison, reanalyzeComparison, type ComparisonView } from "./comparisons";
import { toMarkdown } from "./exports";
import type { PrismaClient } from "./generated/prisma/client";
import { linkQuotes, removeOverride, unlinkQuotes } from "./links";
import { saveReview, usedTags } from "./reviews";
import type { ComparisonInput } from "./schemas";

let db!: PrismaClient;
scratchStore("links", (client) => (db = client));

const LEFT = [
  "Mayor Ana Ruiz defended the flood barrier on Monday.",
  "“In protecting the innocence of these children, we protect the city,” Ruiz said.",
  "“We will finish the barrier by March,” she added.",
].join("\n\n");
const RIGHT = [
  "Ana Ruiz, the mayor, spoke to reporters on Monday.",
  "“In protecting the innocent of these children, we protect the city,” Ruiz said.",
  "“The barrier will be finished in the spring,” she said.",
].join("\n\n");
const MARCH = "We will finish the barrier by March,";
const SPRING = "The barrier will be finished in the spring,";
const INNOCENCE = "In protecting the innocence of these children, we protect the city,";
const INNOCENT = "In protecting the innocent of these children, we protect the city,";

function input(left = LEFT, right = RIGHT): ComparisonInput {
  return {
    title: "Flood barrier",
    sources: [
      { outlet: "Harbour Gazette", title: "Mayor defends barrier", url: undefined, publishedAt: undefined, text: left },
      { outlet: "Valley Courier", title: "Ruiz backs the barrier", url: undefined, publishedAt: undefined, text: right },
    ],
  };
}

async function view(id: string): Promise<ComparisonView> {
  const v = await getComparison(id, db);
  if (!v) throw new Error(`no comparison ${id}`);
  return v;
}

function quote(v: ComparisonView, text: string): string {
  const q = v.sources.flatMap((s) => s.quotes).find((x) => x.text === text);
  if (!q) throw new Error(`no quote ${text}`);
  return q.id;
}

function pairMatch(v: ComparisonView, left: string, right: string) {
  return v.matches.find((m) => m.quotes[0] === quote(v, left) && m.quotes[1] === quote(v, right));
}

const unmatched = (v: ComparisonView) => v.discrepancies.filter((d) => d.kind === "unmatched").map((d) => d.left);

describe("editor links and unlinks", () => {
  it("links two quotes the engine missed, and the link and a review of its discrepancy survive re-analysis", async () => {
    const { id } = await createComparison(input(), db);
    const before = await view(id);
    expect(before.matches.map((m) => m.origin)).toEqual(["engine"]);
    expect(unmatched(before)).toEqual([MARCH, SPRING]);

    // Given in right-then-left order: stored with the earlier source's quote on the left.
    const { override, comparison } = await linkQuotes(id, { quotes: [quote(before, SPRING), quote(before, MARCH)], author: " Lee ", note: "Same promise, reworded." }, db);
    expect(override).toMatchObject({
      action: "link",
      applied: true,
      author: "Lee",
      note: "Same promise, reworded.",
      left: { sourceKey: "s1", sourceOutlet: "Harbour Gazette", text: MARCH, occurrence: 1 },
      right: { sourceKey: "s2", sourceOutlet: "Valley Courier", text: SPRING, occurrence: 1 },
    });
    const linked = pairMatch(comparison, MARCH, SPRING);
    expect(linked).toMatchObject({ origin: "editor", overrideId: override.id, relation: "variant" });
    expect(linked?.sharedWords).toBeGreaterThan(0);
    expect(unmatched(comparison)).toEqual([]);
    expect(override.left.quoteId).toBe(linked?.quotes[0]);
    const own = comparison.discrepancies.filter((d) => d.matchId === linked?.id);
    expect(own.length).toBeGreaterThan(0);
    await saveReview(own[0]?.id as string, { status: "confirmed", note: "Checked with the desk.", version: 0 }, db);

    await reanalyzeComparison(id, db);
    const after = await view(id);
    const again = pairMatch(after, MARCH, SPRING);
    expect(again).toMatchObject({ origin: "editor", overrideId: override.id });
    expect(again?.id).not.toBe(linked?.id);
    expect(after.discrepancies.find((d) => d.fingerprint === own[0]?.fingerprint)?.review).toMatchObject({ status: "confirmed", note: "Checked with the desk." });
    expect(after.orphanedReviews).toEqual([]);
    expect(after.overrides).toHaveLength(1);
  });

  it("unlinks a wrong match, which stays apart across re-analysis, and undo brings the engine's match and its review back", async () => {
    const { id } = await createComparison(input(), db);
    const before = await view(id);
    const match = pairMatch(before, INNOCENCE, INNOCENT);
    const change = before.discrepancies.find((d) => d.kind === "substitution");
    await saveReview(change?.id as string, { status: "confirmed", tags: ["wording"], version: 0 }, db);

    const { override, comparison } = await unlinkQuotes(id, { matchId: match?.id as string }, db);
    expect(override).toMatchObject({ action: "unlink", applied: true, author: null, note: "" });
    expect(comparison.matches).toEqual([]);
    expect(unmatched(comparison)).toEqual([INNOCENCE, MARCH, INNOCENT, SPRING]);
    // The review is kept, shown apart while its discrepancy is gone.
    expect(comparison.orphanedReviews.map((r) => r.status)).toEqual(["confirmed"]);

    await reanalyzeComparison(id, db);
    expect((await view(id)).matches).toEqual([]);

    const undone = await removeOverride(id, override.id, db);
    expect(undone.overrides).toEqual([]);
    expect(undone.matches).toHaveLength(1);
    expect(pairMatch(undone, INNOCENCE, INNOCENT)).toMatchObject({ origin: "engine", overrideId: null });
    expect(undone.discrepancies.find((d) => d.fingerprint === change?.fingerprint)?.review).toMatchObject({ status: "confirmed", tags: ["wording"] });
    expect(undone.orphanedReviews).toEqual([]);
  });

  it("keeps one override per pair: a link replaces an unlink of the same quotes, and undo leaves the engine's verdict", async () => {
    const { id } = await createComparison(input(), db);
    const v = await view(id);
    const quotes: [string, string] = [quote(v, INNOCENCE), quote(v, INNOCENT)];
    const unlinked = await unlinkQuotes(id, { quotes }, db);
    const fresh: [string, string] = [quote(unlinked.comparison, INNOCENT), quote(unlinked.comparison, INNOCENCE)];
    const linked = await linkQuotes(id, { quotes: fresh }, db);
    expect(linked.comparison.overrides.map((o) => [o.id, o.action])).toEqual([[unlinked.override.id, "link"]]);
    expect(linked.comparison.matches.map((m) => m.origin)).toEqual(["editor"]);
    expect(await db.matchOverride.count()).toBe(1);
    const undone = await removeOverride(id, linked.override.id, db);
    expect(undone.matches.map((m) => m.origin)).toEqual(["engine"]);
  });

  it("marks an override not applied when an edited source no longer has its quote, and re-analyses as if it were not there", async () => {
    const { id } = await createComparison(input(), db);
    const v = await view(id);
    await linkQuotes(id, { quotes: [quote(v, MARCH), quote(v, SPRING)] }, db);
    // The outlet corrects its copy: the linked quote now reads differently.
    await db.source.updateMany({ where: { comparisonId: id, position: 0 }, data: { text: LEFT.replace("by March", "by April") } });
    await reanalyzeComparison(id, db);
    const after = await view(id);
    expect(after.overrides).toHaveLength(1);
    expect(after.overrides[0]).toMatchObject({ applied: false, left: { text: MARCH, quoteId: null }, right: { text: SPRING } });
    expect(after.overrides[0]?.right.quoteId).toBe(quote(after, SPRING));
    expect(after.matches.map((m) => m.origin)).toEqual(["engine"]);
    expect(unmatched(after)).toEqual(["We will finish the barrier by April,", SPRING]);
    // The stale override can still be undone.
    expect((await removeOverride(id, after.overrides[0]?.id as string, db)).overrides).toEqual([]);
  });

  it("names a quote printed twice in one source by its occurrence", async () => {
    const twice = `${LEFT}\n\n“We will finish the barrier by March,” she repeated.`;
    const { id } = await createComparison(input(twice), db);
    const v = await view(id);
    const second = v.sources[0]?.quotes.filter((q) => q.text === MARCH)[1];
    const { override, comparison } = await linkQuotes(id, { quotes: [second?.id as string, quote(v, SPRING)] }, db);
    expect(override.left).toMatchObject({ occurrence: 2, quoteId: comparison.sources[0]?.quotes.filter((q) => q.text === MARCH)[1]?.id });
    expect(comparison.matches.find((m) => m.origin === "editor")?.quotes[0]).toBe(override.left.quoteId);
  });

  it("refuses unknown ids with NOT_FOUND and the same quote or source twice with INVALID_INPUT, storing nothing", async () => {
    const { id } = await createComparison(input(), db);
    const v = await view(id);
    const [march, innocence, spring] = [quote(v, MARCH), quote(v, INNOCENCE), quote(v, SPRING)];
    await expect(linkQuotes("nope", { quotes: [march, spring] }, db)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(linkQuotes(id, { quotes: [march, "nope"] }, db)).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining("reload") });
    await expect(linkQuotes(id, { quotes: [march, march] }, db)).rejects.toMatchObject({ code: "INVALID_INPUT", details: { fields: { quotes: [expect.stringContaining("same quote")] } } });
    await expect(linkQuotes(id, { quotes: [march, innocence] }, db)).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringContaining("Harbour Gazette") });
    await expect(unlinkQuotes(id, { matchId: "nope" }, db)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeOverride(id, "nope", db)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeOverride("nope", "nope", db)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A quote of another comparison is not one of this comparison's.
    const other = await createComparison(input(), db);
    await expect(linkQuotes(other.id, { quotes: [march, spring] }, db)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.matchOverride.count()).toBe(0);
    expect((await view(id)).matches.map((m) => m.id)).toEqual(v.matches.map((m) => m.id));
  });

  it("analyses again when another editor's change lands while the engine runs, so neither is lost", async () => {
    const { id } = await createComparison(input(), db);
    const v = await view(id);
    let raced = false;
    const racing = new Proxy(db, {
      get(target, prop, receiver) {
        if (prop !== "$transaction" || raced) return Reflect.get(target, prop, receiver);
        return async (fn: (tx: unknown) => Promise<unknown>, options: unknown) => {
          raced = true;
          await unlinkQuotes(id, { quotes: [quote(v, INNOCENCE), quote(v, INNOCENT)] }, db);
          return target.$transaction(fn as never, options as never);
        };
      },
    });
    const { comparison } = await linkQuotes(id, { quotes: [quote(v, MARCH), quote(v, SPRING)] }, racing);
    expect(raced).toBe(true);
    expect(comparison.overrides.map((o) => o.action).sort()).toEqual(["link", "unlink"]);
    expect(comparison.matches.map((m) => [m.origin, m.relation])).toEqual([["editor", "variant"]]);
    expect(unmatched(comparison)).toEqual([INNOCENCE, INNOCENT]);
  });

  it("says in the Markdown report which pairs an editor linked or kept apart", async () => {
    const { id } = await createComparison(input(), db);
    const v = await view(id);
    const { comparison } = await linkQuotes(id, { quotes: [quote(v, MARCH), quote(v, SPRING)], author: "Lee" }, db);
    const report = toMarkdown(comparison);
    expect(report).toContain("## Quotes linked or kept apart by editors");
    expect(report).toContain(`- Linked: **Harbour Gazette** “${MARCH}” and **Valley Courier** “${SPRING}”, by Lee`);
    expect(report).toContain("(Quotes paired by an editor.)");
  });

  it("deletes a comparison's overrides with it", async () => {
    const { id } = await createComparison(input(), db);
    const v = await view(id);
    await linkQuotes(id, { quotes: [quote(v, MARCH), quote(v, SPRING)] }, db);
    await deleteComparison(id, db);
    expect(await db.matchOverride.count()).toBe(0);
  });
});

describe("tag suggestions", () => {
  it("lists the tags used across comparisons, most used first, then alphabetically", async () => {
    expect(await usedTags(100, db)).toEqual([]);
    for (const tags of [["wording", "numbers"], ["wording"], ["attribution", "numbers", "wording"]]) {
      const { id } = await createComparison(input(), db);
      const d = (await view(id)).discrepancies[0];
      await saveReview(d?.id as string, { status: "confirmed", tags, version: 0 }, db);
    }
    expect(await usedTags(100, db)).toEqual(["wording", "numbers", "attribution"]);
    expect(await usedTags(2, db)).toEqual(["wording", "numbers"]);
  });
});
