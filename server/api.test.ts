/**
 * The JSON API's route handlers, called as Next.js calls them, against a temporary SQLite
 * database with the migrations applied: statuses, error shapes, and nothing half-stored.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratedDatabase } from "../test/database";
import type * as UnknownRoute from "../app/api/[...path]/route";
import type * as AnalyzeRoute from "../app/api/analyze/route";
import type * as ComparisonsRoute from "../app/api/comparisons/route";
import type * as ComparisonRoute from "../app/api/comparisons/[id]/route";
import type * as ReviewRoute from "../app/api/discrepancies/[id]/review/route";
import type * as Db from "./db";

const scratch = migratedDatabase("api");
process.env.DATABASE_URL = scratch.url;

type Handlers = {
  unknown: typeof UnknownRoute;
  analyze: typeof AnalyzeRoute;
  comparisons: typeof ComparisonsRoute;
  comparison: typeof ComparisonRoute;
  review: typeof ReviewRoute;
  db: typeof Db;
};
let h: Handlers;

beforeAll(async () => {
  h = {
    unknown: await import("../app/api/[...path]/route"),
    analyze: await import("../app/api/analyze/route"),
    comparisons: await import("../app/api/comparisons/route"),
    comparison: await import("../app/api/comparisons/[id]/route"),
    review: await import("../app/api/discrepancies/[id]/review/route"),
    db: await import("./db"),
  };
}, 60_000);

afterAll(async () => {
  await h.db.prisma.$disconnect();
  scratch.remove();
});

const A = "Mayor Ana Ruiz spoke on Monday.\n\n“We will finish the flood barrier by March,” Ruiz said.";
const B = "Ana Ruiz, the mayor, spoke on Monday.\n\n“We will finish the flood barrier by May,” Ruiz said.";
const body = (value: unknown) => ({ method: "POST", headers: { "content-type": "application/json" }, body: typeof value === "string" ? value : JSON.stringify(value) });
const post = (url: string, value: unknown) => new Request(`http://test${url}`, body(value));
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const sources = [
  { outlet: "Harbour Gazette", title: "Barrier", text: A },
  { outlet: "Valley Courier", title: "Barrier", text: B },
];

async function create(): Promise<string> {
  const res = await h.comparisons.POST(post("/api/comparisons", { title: "Flood barrier", sources }));
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

describe("the JSON API", () => {
  it("analyses sources statelessly with the CLI's schema", async () => {
    const res = await h.analyze.POST(post("/api/analyze", { sources }));
    expect(res.status).toBe(200);
    const analysis = (await res.json()) as { sources: unknown[]; discrepancies: Array<{ kind: string; left?: string; right?: string }> };
    expect(analysis.sources).toHaveLength(2);
    expect(analysis.discrepancies).toContainEqual(expect.objectContaining({ kind: "substitution", left: "March", right: "May" }));
  });

  it("creates a comparison (201), reads it back with reviews, and deletes it (204, then 404)", async () => {
    const id = await create();
    const read = await h.comparison.GET(new Request(`http://test/api/comparisons/${id}`), ctx(id));
    const view = (await read.json()) as { id: string; title: string; sources: unknown[]; matches: unknown[]; discrepancies: Array<{ review: unknown }> };
    expect(view).toMatchObject({ id, title: "Flood barrier" });
    expect(view.discrepancies.every((d) => d.review === null)).toBe(true);
    expect((await h.comparison.DELETE(new Request("http://test"), ctx(id))).status).toBe(204);
    expect((await h.comparison.GET(new Request("http://test"), ctx(id))).status).toBe(404);
  });

  it("lists comparisons with search and a cursor", async () => {
    await create();
    const res = await h.comparisons.GET(new Request("http://test/api/comparisons?q=courier&limit=1"));
    const page = (await res.json()) as { items: Array<{ title: string; outlets: string[] }> };
    expect(page.items[0]?.outlets).toContain("Valley Courier");
    expect((await h.comparisons.GET(new Request("http://test/api/comparisons?limit=0"))).status).toBe(422);
  });

  it("saves a review with the version it saw and refuses a stale one with 409, changing nothing", async () => {
    const id = await create();
    const view = (await (await h.comparison.GET(new Request("http://test"), ctx(id))).json()) as { discrepancies: Array<{ id: string }> };
    const target = view.discrepancies[0]?.id as string;
    const patch = (value: unknown) => h.review.PATCH(new Request("http://test", { ...body(value), method: "PATCH" }), ctx(target));
    const first = await patch({ status: "confirmed", note: "Checked.", version: 0 });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ status: "confirmed", version: 1 });
    const stale = await patch({ status: "dismissed", version: 0 });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: { code: "CONFLICT", current: { status: "confirmed", version: 1 } } });
    const again = (await (await h.comparison.GET(new Request("http://test"), ctx(id))).json()) as { discrepancies: Array<{ review: { status: string; version: number } | null }> };
    expect(again.discrepancies[0]?.review).toMatchObject({ status: "confirmed", version: 1 });
  });

  it("answers bad input with a clear JSON error and the right status, storing nothing", async () => {
    const before = await h.db.prisma.comparison.count();
    const status = async (res: Promise<Response>) => (await res).status;
    expect(await status(h.comparisons.POST(post("/api/comparisons", "{not json")))).toBe(400);
    const one = await h.comparisons.POST(post("/api/comparisons", { title: "x", sources: sources.slice(0, 1) }));
    expect(one.status).toBe(422);
    expect(await one.json()).toMatchObject({ error: { code: "INVALID_INPUT", fields: { sources: [expect.stringContaining("at least 2")] } } });
    expect(await status(h.comparisons.POST(post("/api/comparisons", { title: "x", sources: Array(11).fill(sources[0]) })))).toBe(422);
    expect(await status(h.comparisons.POST(post("/api/comparisons", { title: "x", sources: [sources[0], { ...sources[1], text: "   " }] })))).toBe(422);
    expect(await status(h.comparisons.POST(post("/api/comparisons", { title: "x", sources: [sources[0], { ...sources[1], url: "ftp://x" }] })))).toBe(422);
    expect(await status(h.comparisons.POST(post("/api/comparisons", { title: "x", sources: [sources[0], { ...sources[1], text: "x".repeat(500_001) }] })))).toBe(413);
    expect(await status(h.review.PATCH(new Request("http://test", { ...body({ version: 0 }), method: "PATCH" }), ctx("nope")))).toBe(404);
    expect(await status(h.review.PATCH(new Request("http://test", { ...body({ status: "maybe", version: 0 }), method: "PATCH" }), ctx("nope")))).toBe(422);
    expect(await status(h.comparisons.POST(post("/api/comparisons", { title: "x", sources: [sources[0], { ...sources[1], publishedAt: "1" }] })))).toBe(422);
    expect(await h.db.prisma.comparison.count()).toBe(before);
  });

  it("refuses a body over the limit even when it declares no length", async () => {
    const chunk = new TextEncoder().encode(" ".repeat(1024 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 20) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await h.comparisons.POST(new Request("http://test/api/comparisons", { method: "POST", body: stream, duplex: "half" } as RequestInit));
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(20);
  });

  it("answers a cursor it did not give out, and an unknown API path, in its JSON error shape", async () => {
    const bad = await h.comparisons.GET(new Request("http://test/api/comparisons?cursor=bm90LWEtY3Vyc29y"));
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ error: { code: "INVALID_INPUT", fields: { cursor: [expect.any(String)] } } });
    const missing = await h.unknown.GET(new Request("http://test/api/nothing-here"));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  });
});
