/**
 * `POST /api/import` called as Next.js calls it, with IMPORT_ALLOWED_HOSTS naming a local
 * fixture server (set before server/env.ts is first read): the answer and every error status.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratedDatabase, type ScratchDatabase } from "../../test/database";
import { startFixtureServer, type FixtureServer } from "../../test/import-server";
import type * as ImportRoute from "../../app/api/import/route";

let site: FixtureServer;
let route: typeof ImportRoute;
let scratch: ScratchDatabase;

beforeAll(async () => {
  // Each import is kept as a capture: a scratch database of its own.
  scratch = migratedDatabase("import-url");
  process.env.DATABASE_URL = scratch.url;
  site = await startFixtureServer();
  process.env.IMPORT_ALLOWED_HOSTS = ` 127.0.0.1:${site.port} ,[::1]:${site.port}`;
  route = await import("../../app/api/import/route");
});

afterAll(async () => {
  delete process.env.IMPORT_ALLOWED_HOSTS;
  await site.close();
  await (await import("../db")).prisma.$disconnect();
  scratch.remove();
});

const post = (body: unknown) => route.POST(new Request("http://test/api/import", { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) }));

async function error(body: unknown): Promise<{ status: number; error: { code: string; message: string; fields?: Record<string, string[]> } }> {
  const res = await post(body);
  return { status: res.status, ...((await res.json()) as { error: { code: string; message: string } }) };
}

describe("POST /api/import", () => {
  it("answers 200 with the imported source: text, metadata, provenance, raw page", async () => {
    const res = await post({ url: `  ${site.url("/article")}  ` });
    expect(res.status).toBe(200);
    const { captureId, source } = (await res.json()) as { captureId: string; source: { text: string; paragraphs: string[]; metadata: { outlet: string }; provenance: { kind: string; finalUrl: string; status: number; sha256: string }; raw: string; warnings: string[] } };
    expect(source.paragraphs).toHaveLength(8);
    expect(source.text).not.toMatch(/Advertisement/);
    expect(source.metadata.outlet).toBe("Harbour Gazette");
    expect(source.provenance).toMatchObject({ kind: "url", finalUrl: site.url("/article"), status: 200, sha256: expect.stringMatching(/^[\da-f]{64}$/) });
    expect(source.raw).toMatch(/^<!doctype html>/);
    expect(source.warnings).toEqual([]);
    const { prisma } = await import("../db");
    expect(await prisma.capture.findUnique({ where: { id: captureId }, select: { finalUrl: true, hasRaw: true, sourceId: true } })).toEqual({ finalUrl: site.url("/article"), hasRaw: true, sourceId: null });
  });

  it("answers 422 with the field when the url is missing, and 400 when the body is not JSON", async () => {
    expect(await error({})).toMatchObject({ status: 422, error: { code: "INVALID_INPUT", fields: { url: ["Give the page's web address."] } } });
    expect(await error({ url: "   " })).toMatchObject({ status: 422, error: { code: "INVALID_INPUT", fields: { url: ["Give the page's web address."] } } });
    expect(await error({ url: "no address" })).toMatchObject({ status: 422, error: { code: "INVALID_INPUT", fields: { url: ["Enter a web address starting with http:// or https://."] } } });
    expect(await error("{")).toMatchObject({ status: 400, error: { code: "BAD_REQUEST" } });
  });

  it.each([
    ["file:///etc/passwd", /not file:/],
    ["http://169.254.169.254/latest/meta-data/", /cloud metadata/],
    ["http://127.0.0.1:1/", /Port 1 is not a web port/],
    ["http://[::ffff:127.0.0.1]:PORT/article", /127\.0\.0\.1 inside IPv6, loopback/],
  ])("answers 422 BLOCKED_URL for %s", async (url, message) => {
    expect(await error({ url: url.replace("PORT", String(site.port)) })).toMatchObject({ status: 422, error: { code: "BLOCKED_URL", message: expect.stringMatching(message) } });
  });

  it("refuses an allowed host's redirect to the metadata address (422)", async () => {
    const url = site.url(`/to?location=${encodeURIComponent("http://169.254.169.254/latest/meta-data")}`);
    expect(await error({ url })).toMatchObject({ status: 422, error: { code: "BLOCKED_URL" } });
  });

  it.each([
    ["/404", 502, "UPSTREAM"],
    ["/500", 502, "UPSTREAM"],
    ["/redirect?n=6", 502, "UPSTREAM"],
    ["/image", 415, "UNSUPPORTED_TYPE"],
    ["/front", 422, "NOT_AN_ARTICLE"],
    ["/big-declared", 413, "TOO_LARGE"],
  ])("answers %s with %i %s", async (path, status, code) => {
    expect(await error({ url: site.url(path) })).toMatchObject({ status, error: { code, message: expect.any(String) } });
  });

  it("reads IMPORT_ALLOWED_HOSTS as exact host:port pairs: another port of an allowed host stays refused", async () => {
    for (const url of [`http://127.0.0.1:${site.port + 1}/article`, `http://[::1]:${site.port + 1}/article`, `http://localhost:${site.port}/article`]) {
      expect(await error({ url })).toMatchObject({ status: 422, error: { code: "BLOCKED_URL" } });
    }
  });
});
