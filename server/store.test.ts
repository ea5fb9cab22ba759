/**
 * The store against a real SQLite database in a temporary file, with the committed migrations
 * applied by `prisma migrate deploy`, exactly as `npm start` prepares one.
 */
import { describe, expect, it } from "vitest";
import { scratchStore } from "../test/store";
import { createComparison, deleteComparison, getComparison, listComparisons, reanalyzeComparison } from "./comparisons";
import { AppError } from "./errors";
import type { PrismaClient } from "./generated/prisma/client";
import { saveReview } from "./reviews";
import type { ComparisonInput } from "./schemas";

let db!: PrismaClient;
scratchStore("store", (client) => (db = client));

const LEFT = [
  "Mayor Ana Ruiz defended the flood barrier on Monday.",
  "“In protecting the innocence of these children, we protect the city,” Ruiz said.",
  "“We will finish the barrier by March,” she added.",
].join("\n\n");
const RIGHT = [
  "Ana Ruiz, the mayor, spoke to reporters on Monday.",
  "“In protecting the innocent of these children, we protect the city,” Ruiz said.",
  "“The council has my full support,” she said.",
].join("\n\n");

function input(title = "Flood barrier", left = LEFT, right = RIGHT): ComparisonInput {
  return {
    title,
    sources: [
      { outlet: "Harbour Gazette", title: "Mayor defends barrier", url: "https://example.org/a", publishedAt: "2026-10-14", text: left },
      { outlet: "Valley Courier", title: "Ruiz backs the barrier", url: undefined, publishedAt: undefined, text: right },
    ],
  };
}

async function rowCounts() {
  return {
    comparisons: await db.comparison.count(),
    sources: await db.source.count(),
    quotes: await db.quote.count(),
    matches: await db.match.count(),
    discrepancies: await db.discrepancy.count(),
    reviews: await db.review.count(),
  };
}

describe("the comparison store", () => {
  it("stores a comparison with its sources, quotes, matches and discrepancies", async () => {
    const { id } = await createComparison(input(), db);
    const view = await getComparison(id, db);
    expect(view?.sources.map((s) => s.outlet)).toEqual(["Harbour Gazette", "Valley Courier"]);
    expect(view?.sources[0]?.publishedAt).toBe("2026-10-14");
    expect(view?.sources[0]?.textHash).toMatch(/^[0-9a-f]{64}$/);
    expect(view?.sources.flatMap((s) => s.quotes)).toHaveLength(4);
    expect(view?.matches).toHaveLength(1);
    const change = view?.discrepancies.find((d) => d.kind === "substitution");
    expect(change).toMatchObject({ left: "innocence", right: "innocent", severity: "major", review: null });
    expect(view?.counts.info).toBe(2);
  });

  it("keeps every review whose discrepancy still exists across a re-analysis, and the others as orphans", async () => {
    const { id } = await createComparison(input(), db);
    const before = await getComparison(id, db);
    const change = before?.discrepancies.find((d) => d.kind === "substitution");
    const unmatched = before?.discrepancies.find((d) => d.kind === "unmatched" && d.left?.includes("March"));
    await saveReview(change?.id as string, { status: "confirmed", note: "Checked against the video.", tags: ["wording"], version: 0 }, db);
    await saveReview(unmatched?.id as string, { status: "dismissed", version: 0 }, db);

    await reanalyzeComparison(id, db);
    const same = await getComparison(id, db);
    const again = same?.discrepancies.find((d) => d.fingerprint === change?.fingerprint);
    expect(again?.id).not.toBe(change?.id);
    expect(again?.review).toMatchObject({ status: "confirmed", note: "Checked against the video.", tags: ["wording"], version: 1 });

    // The outlet corrects its copy: the March quote changes, so its review has nothing to hang on.
    await db.source.updateMany({ where: { comparisonId: id, position: 0 }, data: { text: LEFT.replace("by March", "by April") } });
    await reanalyzeComparison(id, db);
    const after = await getComparison(id, db);
    expect(after?.discrepancies.find((d) => d.fingerprint === change?.fingerprint)?.review?.status).toBe("confirmed");
    expect(after?.orphanedReviews.map((r) => r.status)).toEqual(["dismissed"]);
    // The orphan keeps what it was about.
    expect(after?.orphanedReviews[0]?.snapshot).toMatchObject({ kind: "unmatched", severity: "info", quote: "We will finish the barrier by March," });
  });

  it("refuses a stale review update with a conflict and loses nothing", async () => {
    const { id } = await createComparison(input(), db);
    const d = (await getComparison(id, db))?.discrepancies[0];
    await saveReview(d?.id as string, { status: "confirmed", note: "First editor", author: "Lee", version: 0 }, db);
    const stale = saveReview(d?.id as string, { status: "dismissed", note: "Second editor", author: "Kim", version: 0 }, db);
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT", details: { current: { note: "First editor", version: 1 } } });
    const review = (await getComparison(id, db))?.discrepancies[0]?.review;
    expect(review).toMatchObject({ status: "confirmed", note: "First editor", author: "Lee", version: 1 });
    expect(review?.history.map((h) => h.version)).toEqual([1]);
  });

  it("saves a review by fingerprint from a page opened before a re-analysis replaced the rows", async () => {
    const { id } = await createComparison(input(), db);
    const change = (await getComparison(id, db))?.discrepancies.find((d) => d.kind === "substitution");
    await reanalyzeComparison(id, db);
    const saved = await saveReview({ comparisonId: id, fingerprint: change?.fingerprint as string }, { status: "confirmed", version: 0 }, db);
    expect(saved).toMatchObject({ status: "confirmed", version: 1, comparisonId: id });
    await expect(saveReview(change?.id as string, { status: "dismissed", version: 1 }, db)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("credits each saved version to the editor who saved it", async () => {
    const { id } = await createComparison(input(), db);
    const d = (await getComparison(id, db))?.discrepancies[0];
    await saveReview(d?.id as string, { status: "confirmed", author: "Lee", version: 0 }, db);
    await saveReview(d?.id as string, { status: "dismissed", author: "Kim", version: 1 }, db);
    await saveReview(d?.id as string, { note: "No name given.", version: 2 }, db);
    const review = (await getComparison(id, db))?.discrepancies[0]?.review;
    expect(review?.history.map((h) => [h.version, h.status, h.author])).toEqual([
      [1, "confirmed", "Lee"],
      [2, "dismissed", "Kim"],
      [3, "dismissed", null],
    ]);
  });

  it("keeps an append-only history of every saved version", async () => {
    const { id } = await createComparison(input(), db);
    const d = (await getComparison(id, db))?.discrepancies[0];
    await saveReview(d?.id as string, { status: "needs_review", version: 0 }, db);
    await saveReview(d?.id as string, { note: "Asked the desk.", version: 1 }, db);
    await saveReview(d?.id as string, { status: "confirmed", version: 2 }, db);
    const review = (await getComparison(id, db))?.discrepancies[0]?.review;
    expect(review?.history.map((h) => [h.version, h.status, h.note])).toEqual([
      [1, "needs_review", ""],
      [2, "needs_review", "Asked the desk."],
      [3, "confirmed", "Asked the desk."],
    ]);
  });

  it("leaves no rows behind when a save fails half way", async () => {
    const failing = new Proxy(db, {
      get(target, prop, receiver) {
        if (prop !== "$transaction") return Reflect.get(target, prop, receiver);
        return (fn: (tx: unknown) => Promise<unknown>, options: unknown) =>
          target.$transaction(
            (tx) => fn(new Proxy(tx, { get: (t, p, r) => (p === "discrepancy" ? { createMany: () => Promise.reject(new Error("disk full")) } : Reflect.get(t, p, r)) })),
            options as never,
          );
      },
    });
    await expect(createComparison(input(), failing)).rejects.toThrow("disk full");
    expect(await rowCounts()).toEqual({ comparisons: 0, sources: 0, quotes: 0, matches: 0, discrepancies: 0, reviews: 0 });
  });

  it("deletes a comparison with everything that hangs on it", async () => {
    const { id } = await createComparison(input(), db);
    const d = (await getComparison(id, db))?.discrepancies[0];
    await saveReview(d?.id as string, { status: "confirmed", version: 0 }, db);
    await deleteComparison(id, db);
    expect(await rowCounts()).toEqual({ comparisons: 0, sources: 0, quotes: 0, matches: 0, discrepancies: 0, reviews: 0 });
    expect(await db.reviewEvent.count()).toBe(0);
  });

  it("answers an unknown id with NOT_FOUND or null", async () => {
    expect(await getComparison("nope", db)).toBeNull();
    await expect(deleteComparison("nope", db)).rejects.toBeInstanceOf(AppError);
    await expect(reanalyzeComparison("nope", db)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveReview("nope", { version: 0 }, db)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lists comparisons newest first, searches titles and outlets, and pages with a cursor", async () => {
    for (const title of ["Bridge repairs", "Flood barrier", "School strike"]) await createComparison(input(title), db);
    const all = await listComparisons({ limit: 2 }, db);
    expect(all.items.map((c) => c.title)).toEqual(["School strike", "Flood barrier"]);
    const next = await listComparisons({ limit: 2, cursor: all.nextCursor ?? undefined }, db);
    expect(next.items.map((c) => c.title)).toEqual(["Bridge repairs"]);
    expect(next.nextCursor).toBeNull();
    expect((await listComparisons({ q: "flood", limit: 10 }, db)).items.map((c) => c.title)).toEqual(["Flood barrier"]);
    expect((await listComparisons({ q: "valley courier", limit: 10 }, db)).items).toHaveLength(3);
    expect(all.items[0]?.outlets).toEqual(["Harbour Gazette", "Valley Courier"]);
    // "_" and "%" are searched as themselves, not as SQL wildcards.
    expect((await listComparisons({ q: "fl_od", limit: 10 }, db)).items).toEqual([]);
    expect((await listComparisons({ q: "%", limit: 10 }, db)).items).toEqual([]);
  });
});
