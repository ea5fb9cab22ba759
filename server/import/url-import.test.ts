/**
 * The URL import end to end against a local server (test/import-server.ts): what comes back for
 * a news page, every way a fetch fails, and every address it must refuse, redirects included.
 * The local server is reached only through an explicit allow-list passed as an option.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createSecureContext } from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixturePage, startFixtureServer, type FixtureServer } from "../../test/import-server";
import { AppError, STATUS } from "../errors";
import { extractArticle } from "./extract";
import { importUrl, type ImportUrlOptions } from "./url-import";

let site: FixtureServer;
/** A second server that no test allows: nothing may ever reach it. */
let internal: FixtureServer;
let allowed: ImportUrlOptions;

beforeAll(async () => {
  [site, internal] = await Promise.all([startFixtureServer(), startFixtureServer()]);
  allowed = { allowedHosts: [`127.0.0.1:${site.port}`] };
});

afterAll(async () => {
  await Promise.all([site.close(), internal.close()]);
});

async function failure(url: string, options: ImportUrlOptions = allowed): Promise<{ code: string; status: number; message: string }> {
  try {
    await importUrl(url, options);
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, status: STATUS[error.code], message: error.message };
    throw error;
  }
  throw new Error(`${url} was imported`);
}

describe("importing a news page from a URL", () => {
  it("returns the clean article, its metadata and its provenance", async () => {
    const before = Date.now();
    const source = await importUrl(site.url("/article"), allowed);
    const page = fixturePage("article.html");
    expect(source.paragraphs).toEqual(extractArticle(page).paragraphs);
    expect(source.text).toBe(source.paragraphs.join("\n\n"));
    expect(source.metadata).toEqual({
      title: "Northgate library to reopen after roof repairs",
      outlet: "Harbour Gazette",
      byline: "Priya Natarajan, Owen Marsh",
      publishedAt: "2026-03-04",
      // The page's <link rel=canonical> is relative: resolved against where the page was fetched.
      canonicalUrl: site.url("/news/northgate-library-reopens"),
    });
    expect(source.provenance).toEqual({
      kind: "url",
      requestedUrl: site.url("/article"),
      finalUrl: site.url("/article"),
      redirects: [],
      status: 200,
      contentType: "text/html",
      charset: "utf-8",
      fetchedAt: expect.any(String),
      sha256: createHash("sha256").update(page).digest("hex"),
      bytes: Buffer.byteLength(page),
    });
    expect(Date.parse((source.provenance as { fetchedAt: string }).fetchedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(source.raw).toBe(page);
    expect(source.warnings).toEqual([]);
  });

  it("follows up to five redirects, relative ones included, and records each", async () => {
    const source = await importUrl(site.url("/redirect?n=4"), allowed);
    expect(source.provenance).toMatchObject({
      requestedUrl: site.url("/redirect?n=4"),
      finalUrl: site.url("/article"),
      redirects: [site.url("/redirect?n=3"), site.url("/redirect?n=2"), site.url("/redirect?n=1"), site.url("/redirect?n=0"), site.url("/article")],
    });
  });

  it("refuses a sixth redirect (502)", async () => {
    expect(await failure(site.url("/redirect?n=5"))).toMatchObject({ code: "UPSTREAM", status: 502, message: expect.stringMatching(/redirected more than 5 times/) });
  });

  it.each([
    ["/404", /answered 404 Not Found/],
    ["/500", /answered 500 Internal Server Error/],
    ["/no-location", /answered 301 \(a redirect\) without saying where to/],
  ])("reports the page's server failing at %s (502)", async (path, message) => {
    expect(await failure(site.url(path))).toMatchObject({ code: "UPSTREAM", status: 502, message: expect.stringMatching(message) });
  });

  it("gives up on a slow answer at the deadline (504)", async () => {
    const started = Date.now();
    expect(await failure(site.url("/slow"), { ...allowed, timeoutMs: 300 })).toMatchObject({ code: "TIMEOUT", status: 504, message: expect.stringMatching(/did not send the page within 0.3 s/) });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("gives up on a body that stalls halfway (504)", async () => {
    expect(await failure(site.url("/stall"), { ...allowed, timeoutMs: 300 })).toMatchObject({ code: "TIMEOUT" });
  });

  it("stops reading an oversized page with no declared length (413)", async () => {
    expect(await failure(site.url("/big?kb=512"), { ...allowed, maxBytes: 64 * 1024 })).toMatchObject({ code: "TOO_LARGE", status: 413, message: "The page is larger than 64 KB; it was not imported." });
  });

  it("refuses a page whose declared length is over the limit without reading it (413)", async () => {
    expect(await failure(site.url("/big-declared"))).toMatchObject({ code: "TOO_LARGE", message: "The page is 50 MB, over the 5 MB limit; it was not imported." });
  });

  it.each(["/cp1252-meta", "/cp1252-header"])("decodes windows-1252 declared by %s", async (path) => {
    const source = await importUrl(site.url(path), allowed);
    expect(source.provenance).toMatchObject({ charset: "windows-1252" });
    expect(source.paragraphs).toEqual(extractArticle(fixturePage("article.html")).paragraphs);
    expect(source.text).toContain("“We found rot in places");
    expect(source.text).toContain("£1.2 million");
    expect(source.warnings).toEqual([]);
  });

  it("reads undeclared non-UTF-8 bytes as windows-1252, with a warning", async () => {
    const source = await importUrl(site.url("/cp1252-undeclared"), allowed);
    expect(source.text).toContain("“We found rot in places");
    expect(source.warnings).toEqual(["The page declares no character set and is not valid UTF-8; it was read as windows-1252."]);
  });

  it.each([
    ["/image", /gives a image\/png document/],
    ["/untyped", /gives a document of no stated type/],
  ])("refuses %s, which is not a web page (415)", async (path, message) => {
    expect(await failure(site.url(path))).toMatchObject({ code: "UNSUPPORTED_TYPE", status: 415, message: expect.stringMatching(message) });
  });

  it("takes XHTML, gzip-compressed pages, and plain text", async () => {
    expect((await importUrl(site.url("/xhtml"), allowed)).provenance).toMatchObject({ contentType: "application/xhtml+xml" });
    const gzip = await importUrl(site.url("/gzip"), allowed);
    expect(gzip.raw).toBe(fixturePage("article.html"));
    expect(gzip.provenance).toMatchObject({ bytes: Buffer.byteLength(fixturePage("article.html")) });
    const plain = await importUrl(site.url("/plain"), allowed);
    expect(plain.paragraphs).toEqual(["“One,” she said.", "Two."]);
    expect(plain.provenance).toMatchObject({ contentType: "text/plain" });
  });

  it("refuses a front page as not an article (422)", async () => {
    expect(await failure(site.url("/front"))).toMatchObject({ code: "NOT_AN_ARTICLE", status: 422 });
  });
});

describe("addresses the import refuses", () => {
  it("refuses the local server itself when it is not allow-listed (the default: IMPORT_ALLOWED_HOSTS is empty)", async () => {
    const before = site.hits.length;
    for (const options of [{}, { allowedHosts: [] }, { allowedHosts: [`127.0.0.1:${site.port + 1}`] }]) {
      expect(await failure(site.url("/article"), options)).toEqual({ code: "BLOCKED_URL", status: 422, message: "127.0.0.1 is loopback (127.0.0.0/8): the server does not fetch from private, local or internal addresses." });
    }
    expect(site.hits.length).toBe(before);
  });

  it.each([
    ["http://localhost:PORT/article", /localhost \((127\.0\.0\.1|::1)\) is loopback/],
    ["http://[::1]:PORT/article", /::1 is loopback/],
    ["http://[::ffff:127.0.0.1]:PORT/article", /127\.0\.0\.1 inside IPv6, loopback/],
    ["http://2130706433:PORT/article", /127\.0\.0\.1 is loopback/],
    ["http://0x7f.1:PORT/article", /127\.0\.0\.1 is loopback/],
    ["http://0:PORT/article", /0\.0\.0\.0 is “this network”/],
    ["http://169.254.169.254/latest/meta-data/", /169\.254\.169\.254 is the cloud metadata address/],
    ["http://[fd00:ec2::254]/latest/meta-data/", /unique local/],
    ["http://10.0.0.1/", /private network/],
  ])("refuses %s", async (url, message) => {
    expect(await failure(url.replace("PORT", String(internal.port)))).toMatchObject({ code: "BLOCKED_URL", status: 422, message: expect.stringMatching(message) });
    expect(internal.hits).toEqual([]);
  });

  it.each([
    ["file:///etc/passwd", /not file:/],
    ["ftp://127.0.0.1/pub/", /not ftp:/],
    ["http://editor:secret@127.0.0.1:PORT/article", /user name or password/],
  ])("refuses %s before connecting, even to an allowed host", async (url, message) => {
    expect(await failure(url.replace("PORT", String(site.port)))).toMatchObject({ code: "BLOCKED_URL", message: expect.stringMatching(message) });
  });

  it.each([
    ["http://127.0.0.1:INTERNAL/article", 302, /127\.0\.0\.1 is loopback/],
    ["http://169.254.169.254/latest/meta-data", 302, /cloud metadata/],
    ["http://[::1]:INTERNAL/", 301, /::1 is loopback/],
    ["http://[::ffff:7f00:1]:INTERNAL/", 307, /127\.0\.0\.1 inside IPv6/],
    ["http://localhost:INTERNAL/", 308, /localhost \((127\.0\.0\.1|::1)\) is loopback/],
    ["http://192.168.1.1/admin", 303, /private network/],
    ["file:///etc/passwd", 302, /not file:/],
    ["http://user:pw@127.0.0.1:SITE/article", 302, /user name or password/],
  ])("refuses a redirect from the allowed host to %s (%i)", async (target, status, message) => {
    const location = target.replace("INTERNAL", String(internal.port)).replace("SITE", String(site.port));
    const url = site.url(`/to?status=${status}&location=${encodeURIComponent(location)}`);
    expect(await failure(url)).toMatchObject({ code: "BLOCKED_URL", status: 422, message: expect.stringMatching(message) });
    expect(internal.hits).toEqual([]);
  });

  it("refuses a host name that resolves to a private address", async () => {
    const before = site.hits.length;
    const resolve = async () => [{ address: "127.0.0.1", family: 4 }];
    expect(await failure(`http://rebind.test:${site.port}/article`, { resolve })).toMatchObject({ code: "BLOCKED_URL", message: expect.stringMatching(/^rebind\.test \(127\.0\.0\.1\) is loopback/) });
    expect(site.hits.length).toBe(before);
  });

  it("connects to the address it resolved (once), not to a fresh lookup of the name", async () => {
    // The system resolver does not know rebind.test: the request can only arrive at 127.0.0.1
    // because the connector dialled the address its own lookup gave. A rebinding answer for a
    // second lookup is never asked for.
    const answers = ["127.0.0.1", "169.254.169.254"];
    let lookups = 0;
    const resolve = async () => [{ address: answers[Math.min(lookups++, 1)] as string, family: 4 }];
    const source = await importUrl(`http://rebind.test:${site.port}/whoami`, { allowedHosts: [`rebind.test:${site.port}`], resolve });
    expect(source.text).toBe(`This request came for the host rebind.test:${site.port}.`);
    expect(lookups).toBe(1);
    expect(site.hits.at(-1)).toEqual({ path: "/whoami", host: `rebind.test:${site.port}` });
  });

  it("says when a host does not exist (502)", async () => {
    const resolve = async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND nowhere.test"), { code: "ENOTFOUND" });
    };
    expect(await failure("http://nowhere.test/", { resolve })).toMatchObject({ code: "UPSTREAM", message: "nowhere.test could not be found (no such host)." });
  });

  it("says when the allowed host refuses the connection (502)", async () => {
    const closed = await startFixtureServer();
    await closed.close();
    expect(await failure(closed.url("/article"), { allowedHosts: [`127.0.0.1:${closed.port}`] })).toMatchObject({ code: "UPSTREAM", message: `127.0.0.1:${closed.port} refused the connection.` });
  });
});

describe("https", () => {
  const hasOpenssl = spawnSync("openssl", ["version"]).status === 0;

  it.skipIf(!hasOpenssl)("dials the checked address with the host name as TLS server name, and verifies the certificate", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "quote-compare-tls-"));
    const [key, cert] = [path.join(dir, "key.pem"), path.join(dir, "cert.pem")];
    execFileSync("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=news.test", "-addext", "subjectAltName=DNS:news.test"], { stdio: "pipe" });
    const context = { key: readFileSync(key), cert: readFileSync(cert) };
    const serverNames: string[] = [];
    const server = createHttpsServer({ ...context, SNICallback: (name, done) => (serverNames.push(name), done(null, createSecureContext(context))) }, (_req, res) => res.end("never sent"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const resolve = async () => [{ address: "127.0.0.1", family: 4 }];
      // Self-signed: refused by verification, which is on, after a handshake that named the host.
      expect(await failure(`https://news.test:${port}/article`, { allowedHosts: [`news.test:${port}`], resolve })).toMatchObject({ code: "UPSTREAM", message: `news.test:${port} has no valid certificate (DEPTH_ZERO_SELF_SIGNED_CERT).` });
      expect(serverNames).toEqual(["news.test"]);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
