/**
 * Linking and unlinking through the JSON API and the page's server actions, against a temporary
 * SQLite database with the migrations applied: statuses, error shapes, nothing half-stored.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { migratedDatabase } from "../test/database";
import type * as Actions from "../app/actions";
import type * as ComparisonsRoute from "../app/api/comparisons/route";
import type * as ComparisonRoute from "../app/api/comparisons/[id]/route";
import type * as LinksRoute from "../app/api/comparisons/[id]/links/route";
import type * as OverrideRoute from "../app/api/comparisons/[id]/links/[overrideId]/route";
import type { ComparisonView, OverrideView } from "./comparisons";
import type * as Db from "./db";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const scratch = migratedDatabase("links-api");
process.env.DATABASE_URL = scratch.url;

type Handlers = {
  comparisons: typeof ComparisonsRoute;
  comparison: typeof ComparisonRoute;
  links: typeof LinksRoute;
  override: typeof OverrideRoute;
  actions: typeof Actions;
  db: typeof Db;
};
let h: Handlers;

beforeAll(async () => {
  h = {
    comparisons: await import("../app/api/comparisons/route"),
    comparison: await import("../app/api/comparisons/[id]/route"),
    links: await import("../app/api/comparisons/[id]/links/route"),
    override: await import("../app/api/comparisons/[id]/links/[overrideId]/route"),
    actions: await import("../app/actions"),
    db: await import("./db"),
  };
}, 60_000);

afterAll(async () => {
  await h.db.prisma.$disconnect();
  scratch.remove();
});

const A = "Mayor Ana Ruiz spoke on Monday.\n\n“We will finish the flood barrier by March,” Ruiz said.\n\n“Nobody will be left behind,” she added.";
const B = "Ana Ruiz, the mayor, spoke on Monday.\n\n“We will finish the flood barrier by May,” Ruiz said.\n\n“Every family gets help,” she said.";
const json = (value: unknown, method = "POST") => ({ method, headers: { "content-type": "application/json" }, body: typeof value === "string" ? value : JSON.stringify(value) });
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

async function create(): Promise<ComparisonView> {
  const sources = [
    { outlet: "Harbour Gazette", title: "Barrier", text: A },
    { outlet: "Valley Courier", title: "Barrier", text: B },
  ];
  const res = await h.comparisons.POST(new Request("http://test/api/comparisons", json({ title: "Flood barrier", sources })));
  const { id } = (await res.json()) as { id: string };
  return (await (await h.comparison.GET(new Request("http://test"), ctx(id))).json()) as ComparisonView;
}

function quote(v: ComparisonView, start: string): string {
  const q = v.sources.flatMap((s) => s.quotes).find((x) => x.text.startsWith(start));
  if (!q) throw new Error(`no quote ${start}`);
  return q.id;
}

const postLinks = (id: string, value: unknown) => h.links.POST(new Request(`http://test/api/comparisons/${id}/links`, json(value)), ctx(id));
const deleteOverride = (id: string, overrideId: string) => h.override.DELETE(new Request("http://test", { method: "DELETE" }), { params: Promise.resolve({ id, overrideId }) });

function form(fields: Record<string, string>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
}

describe("links through the JSON API", () => {
  it("links two quotes (201 with the override and the new view) and undoes the link (200 with the view)", async () => {
    const v = await create();
    const res = await postLinks(v.id, { action: "link", quotes: [quote(v, "Nobody"), quote(v, "Every")], author: "Lee", note: "Same pledge." });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { override: OverrideView; comparison: ComparisonView };
    expect(body.override).toMatchObject({ action: "link", applied: true, author: "Lee", note: "Same pledge.", left: { sourceOutlet: "Harbour Gazette" }, right: { sourceOutlet: "Valley Courier" } });
    expect(body.comparison.matches.map((m) => m.origin)).toEqual(["engine", "editor"]);
    // The stored view says the same, in the export's JSON too.
    const read = (await (await h.comparison.GET(new Request("http://test"), ctx(v.id))).json()) as ComparisonView;
    expect(read.overrides.map((o) => o.id)).toEqual([body.override.id]);
    const undo = await deleteOverride(v.id, body.override.id);
    expect(undo.status).toBe(200);
    const after = (await undo.json()) as ComparisonView;
    expect(after.overrides).toEqual([]);
    expect(after.matches.map((m) => m.origin)).toEqual(["engine"]);
  });

  it("unlinks a match: the quotes show as unmatched", async () => {
    const v = await create();
    const res = await postLinks(v.id, { action: "unlink", quotes: [quote(v, "We will"), quote(v, "We will finish the flood barrier by May")] });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { comparison: ComparisonView };
    expect(body.comparison.matches).toEqual([]);
    expect(body.comparison.discrepancies.filter((d) => d.kind === "unmatched")).toHaveLength(4);
  });

  it("answers bad requests with the right status and JSON error, changing nothing", async () => {
    const v = await create();
    const [march, nobody, may] = [quote(v, "We will finish the flood barrier by March"), quote(v, "Nobody"), quote(v, "We will finish the flood barrier by May")];
    const status = async (res: Promise<Response>) => (await res).status;
    expect(await status(postLinks(v.id, "{not json"))).toBe(400);
    expect(await status(postLinks("nope", { action: "link", quotes: [march, may] }))).toBe(404);
    expect(await status(postLinks(v.id, { action: "link", quotes: [march, "nope"] }))).toBe(404);
    const same = await postLinks(v.id, { action: "link", quotes: [march, march] });
    expect(same.status).toBe(422);
    expect(await same.json()).toMatchObject({ error: { code: "INVALID_INPUT", fields: { quotes: [expect.stringContaining("same quote")] } } });
    expect(await status(postLinks(v.id, { action: "link", quotes: [march, nobody] }))).toBe(422);
    const malformed = await postLinks(v.id, { action: "merge", quotes: [march] });
    expect(malformed.status).toBe(422);
    expect(await malformed.json()).toMatchObject({ error: { code: "INVALID_INPUT", fields: { action: [expect.any(String)], quotes: [expect.any(String)] } } });
    expect(await status(deleteOverride(v.id, "nope"))).toBe(404);
    expect(await status(deleteOverride("nope", "nope"))).toBe(404);
    expect(await h.db.prisma.matchOverride.count({ where: { comparisonId: v.id } })).toBe(0);
  });
});

describe("links through the page's server actions", () => {
  it("links, unlinks and undoes, answering each with a message and never throwing for expected errors", async () => {
    const v = await create();
    const linked = await h.actions.linkQuotesAction(form({ comparisonId: v.id, left: quote(v, "Nobody"), right: quote(v, "Every"), author: "Kim", note: "" }));
    expect(linked).toMatchObject({ ok: true, message: expect.stringContaining("Linked") });
    const [override] = await h.db.prisma.matchOverride.findMany({ where: { comparisonId: v.id } });
    expect(override).toMatchObject({ action: "link", author: "Kim" });

    const same = await h.actions.linkQuotesAction(form({ comparisonId: v.id, left: quote(v, "Nobody"), right: quote(v, "Nobody") }));
    expect(same).toMatchObject({ ok: false, message: expect.stringContaining("same quote") });
    expect(await h.actions.linkQuotesAction(form({ comparisonId: v.id, left: quote(v, "Nobody") }))).toMatchObject({ ok: false });
    expect(await h.actions.linkQuotesAction(form({}))).toMatchObject({ ok: false });
    // Quote ids of a page from before the link's re-analysis: a message asking to reload.
    expect(await h.actions.linkQuotesAction(form({ comparisonId: v.id, left: quote(v, "We will"), right: quote(v, "We will finish the flood barrier by May") }))).toMatchObject({ ok: false, message: expect.stringContaining("reload") });

    const now = (await (await h.comparison.GET(new Request("http://test"), ctx(v.id))).json()) as ComparisonView;
    const engineMatch = now.matches.find((m) => m.origin === "engine");
    expect(await h.actions.unlinkQuotesAction(form({ comparisonId: v.id, matchId: engineMatch?.id as string }))).toMatchObject({ ok: true });
    expect(await h.db.prisma.match.count({ where: { comparisonId: v.id } })).toBe(1);

    expect(await h.actions.removeOverrideAction(form({ comparisonId: v.id, overrideId: override?.id as string }))).toMatchObject({ ok: true });
    expect(await h.actions.removeOverrideAction(form({ comparisonId: v.id, overrideId: override?.id as string }))).toMatchObject({ ok: false, message: expect.stringContaining("undone already") });
    expect(await h.actions.removeOverrideAction(form({ comparisonId: v.id }))).toMatchObject({ ok: false });
    expect(await h.db.prisma.match.count({ where: { comparisonId: v.id } })).toBe(0);
  });
});
