/**
 * Captures and the correction watch against a real SQLite database with the migrations applied.
 * The fetcher is a stand-in: what matters here is what is stored, never overwritten, and re-analysed.
 */
import { describe, expect, it } from "vitest";
import { scratchStore } from "../test/store";
import { adoptVersion, checkForChanges, rawCapture, sourceVersions, storeCapture, textChanges } from "./captures";
import { createComparison, getComparison } from "./comparisons";
import { AppError } from "./errors";
import type { PrismaClient } from "./generated/prisma/client";
import type { ImportedSource } from "./import/types";
import { saveReview } from "./reviews";

let db!: PrismaClient;
// Captures not yet kept by a source hang off nothing: they are emptied too.
scratchStore("captures", (client) => (db = client), async (client) => {
  await client.comparison.deleteMany();
  await client.capture.deleteMany();
});

const PAGE_V1 = ["Mayor Ana Ruiz spoke on Monday.", "“We will finish the barrier by March,” Ruiz said.", "“Nobody wanted a fight,” she added."].join("\n\n");
// The outlet corrected the month and added a paragraph.
const PAGE_V2 = ["Mayor Ana Ruiz spoke on Monday.", "“We will finish the barrier by May,” Ruiz said.", "“Nobody wanted a fight,” she added.", "Correction: an earlier version misstated the month."].join("\n\n");
const OTHER = ["Ana Ruiz addressed reporters.", "“We will finish the barrier by March,” Ruiz said."].join("\n\n");

function page(text: string, fetchedAt = "2026-11-20T10:00:00.000Z"): ImportedSource {
  return {
    text,
    paragraphs: text.split("\n\n"),
    metadata: { title: "Ruiz backs barrier", outlet: "Harbour Gazette", byline: "Jo Reporter", publishedAt: "2026-11-20", canonicalUrl: "https://news.example/barrier" },
    provenance: { kind: "url", requestedUrl: "https://news.example/barrier?utm=x", finalUrl: "https://news.example/barrier", redirects: ["https://news.example/barrier?utm=x"], status: 200, contentType: "text/html", charset: "utf-8", fetchedAt, sha256: "ab".repeat(32), bytes: 1234 },
    raw: `<html><body>${text}</body></html>`,
    warnings: [],
  };
}

async function comparisonWithImport() {
  const captureId = await storeCapture(page(PAGE_V1), db);
  const { id } = await createComparison(
    {
      title: "Barrier",
      sources: [
        { outlet: "Harbour Gazette", title: "Ruiz backs barrier", url: "https://news.example/barrier", publishedAt: undefined, text: PAGE_V1, captureId },
        { outlet: "Valley Courier", title: "Barrier", url: undefined, publishedAt: undefined, text: OTHER },
      ],
    },
    db,
  );
  const view = await getComparison(id, db);
  if (!view) throw new Error("not stored");
  return { id, view, captureId, sourceId: view.sources[0]?.id as string };
}

describe("captures", () => {
  it("keep an import's provenance with the source it became", async () => {
    const { view, captureId } = await comparisonWithImport();
    const [gazette, courier] = view.sources;
    expect(gazette?.provenance).toMatchObject({ id: captureId, version: 1, kind: "url", finalUrl: "https://news.example/barrier", httpStatus: 200, contentType: "text/html", hasRaw: true, metadata: { byline: "Jo Reporter" } });
    expect(courier?.provenance).toBeNull();
    expect(await rawCapture(captureId, db)).toMatchObject({ raw: expect.stringContaining("We will finish the barrier by March") });
  });

  it("are taken once: a second comparison cannot claim the same capture, and nothing is stored", async () => {
    const { captureId } = await comparisonWithImport();
    const attempt = createComparison({ title: "Again", sources: [{ outlet: "A", title: "A", url: undefined, publishedAt: undefined, text: PAGE_V1, captureId }, { outlet: "B", title: "B", url: undefined, publishedAt: undefined, text: OTHER }] }, db);
    await expect(attempt).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.comparison.count()).toBe(1);
  });

  it("delete imports nobody saved within a week, and keep the rest", async () => {
    const { captureId } = await comparisonWithImport();
    const abandoned = await storeCapture(page(PAGE_V2), db);
    const recent = await storeCapture(page(OTHER), db);
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
    await db.capture.updateMany({ where: { id: { in: [abandoned, captureId] } }, data: { createdAt: eightDaysAgo } });
    const fresh = await storeCapture(page(PAGE_V1), db);
    const left = (await db.capture.findMany({ select: { id: true } })).map((c) => c.id).sort();
    expect(left).toEqual([captureId, recent, fresh].sort());
  });

  it("record an unchanged re-fetch without a new version", async () => {
    const { id, sourceId } = await comparisonWithImport();
    const result = await checkForChanges(id, sourceId, async () => page(PAGE_V1, "2026-11-22T10:00:00.000Z"), db);
    expect(result).toMatchObject({ status: "unchanged", version: 1 });
    expect(await db.capture.count({ where: { sourceId } })).toBe(1);
    expect((await getComparison(id, db))?.sources[0]?.check).toMatchObject({ status: "unchanged" });
  });

  it("store changed text as the next version beside the old one, and show what changed", async () => {
    const { id, sourceId } = await comparisonWithImport();
    const seen: string[] = [];
    const result = await checkForChanges(id, sourceId, async (url) => (seen.push(url), page(PAGE_V2, "2026-11-22T10:00:00.000Z")), db);
    expect(seen).toEqual(["https://news.example/barrier?utm=x"]);
    expect(result).toMatchObject({ status: "changed", version: 2 });
    const versions = await sourceVersions(id, sourceId, {}, db);
    expect(versions.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions).toMatchObject({ current: 1, from: 1, to: 2 });
    expect(versions.changes.map((c) => c.op)).toEqual(["same", "changed", "same", "added"]);
    expect(versions.quoteChanges?.discrepancies).toContainEqual(expect.objectContaining({ left: "March", right: "May", severity: "critical" }));
    // The comparison still reads version 1 until the editor adopts version 2.
    expect((await getComparison(id, db))?.sources[0]?.text).toBe(PAGE_V1);
  });

  it("re-analyse the comparison on an adopted version and keep the reviews", async () => {
    const { id, sourceId, view } = await comparisonWithImport();
    const unmatched = view.discrepancies.find((d) => d.kind === "unmatched" && d.left?.startsWith("Nobody"));
    if (!unmatched) throw new Error("expected the unmatched quote");
    await saveReview({ comparisonId: id, fingerprint: unmatched.fingerprint }, { status: "confirmed", note: "only the Gazette", tags: [], version: 0 }, db);
    await checkForChanges(id, sourceId, async () => page(PAGE_V2), db);
    await adoptVersion(id, sourceId, 2, db);
    const after = await getComparison(id, db);
    expect(after?.sources[0]?.text).toBe(PAGE_V2);
    expect(after?.sources[0]?.provenance?.version).toBe(2);
    expect(after?.discrepancies).toContainEqual(expect.objectContaining({ left: "May", right: "March", severity: "critical" }));
    expect(after?.discrepancies.find((d) => d.fingerprint === unmatched.fingerprint)?.review).toMatchObject({ status: "confirmed", note: "only the Gazette" });
    expect(await db.capture.count({ where: { sourceId } })).toBe(2);
  });

  it("report a failed re-fetch and change nothing else", async () => {
    const { id, sourceId } = await comparisonWithImport();
    const result = await checkForChanges(id, sourceId, async () => Promise.reject(new AppError("NOT_FOUND", "The page answered 404 Not Found.")), db);
    expect(result).toEqual({ status: "failed", message: "The page answered 404 Not Found.", version: null });
    expect(await db.capture.count({ where: { sourceId } })).toBe(1);
    expect((await getComparison(id, db))?.sources[0]?.check).toMatchObject({ status: "failed", message: "The page answered 404 Not Found." });
  });

  it("refuse to re-fetch a source that has no web address, and unknown sources and versions", async () => {
    const { id, view } = await comparisonWithImport();
    const courier = view.sources[1]?.id as string;
    await expect(checkForChanges(id, courier, async () => page(PAGE_V1), db)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(checkForChanges(id, "no-such-source", async () => page(PAGE_V1), db)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(adoptVersion(id, view.sources[0]?.id as string, 7, db)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("textChanges", () => {
  it("pairs changed paragraphs and diffs their words", () => {
    const changes = textChanges("A one.\n\nB two.\n\nC three.", "A one.\n\nB 2.\n\nC three.\n\nD four.");
    expect(changes.map((c) => c.op)).toEqual(["same", "changed", "same", "added"]);
    expect(changes[1]?.words).toEqual([
      { op: "equal", text: "B " },
      { op: "delete", text: "two" },
      { op: "insert", text: "2" },
      { op: "equal", text: "." },
    ]);
  });
});
