/**
 * The connector that makes the URL import safe, driven with a fake resolver and a fake dialler:
 * what it dials, what it refuses, and that nothing looks the name up a second time.
 */
import type { buildConnector } from "undici";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { allowedHostKeys, checkUrl, guardedConnector, type ResolvedAddress } from "./fetch";

type Dialled = buildConnector.Options;

function harness(answers: ResolvedAddress[][], allowed: string[] = []) {
  const lookups: string[] = [];
  const dialled: Dialled[] = [];
  const connector = guardedConnector(
    {
      allowedHosts: allowedHostKeys(allowed),
      resolve: async (hostname) => {
        lookups.push(hostname);
        return answers[Math.min(lookups.length - 1, answers.length - 1)] ?? [];
      },
    },
    (options, callback) => {
      dialled.push(options);
      callback(new Error("dialled (test)"), null);
    },
  );
  const connect = (hostname: string, port: string, protocol = "https:") =>
    new Promise<Error>((resolve) => connector({ hostname, host: `${hostname}:${port}`, port, protocol }, (...args) => resolve(args[0] as Error)));
  return { connect, lookups, dialled };
}

const PUBLIC = { address: "93.184.215.14", family: 4 };
const PUBLIC6 = { address: "2606:4700:4700::1111", family: 6 };
const LOOPBACK = { address: "127.0.0.1", family: 4 };
const METADATA = { address: "169.254.169.254", family: 4 };

describe("the import's connector", () => {
  it("dials the address it checked, keeping the host name for TLS and the Host header", async () => {
    const h = harness([[PUBLIC6, PUBLIC]]);
    expect((await h.connect("news.example", "443")).message).toBe("dialled (test)");
    expect(h.dialled).toEqual([expect.objectContaining({ hostname: "93.184.215.14", servername: "news.example", host: "news.example:443", port: "443" })]);
  });

  it("dials IPv6 when the host has nothing else", async () => {
    const h = harness([[PUBLIC6]]);
    await h.connect("news.example", "443");
    expect(h.dialled[0]?.hostname).toBe("2606:4700:4700::1111");
  });

  it("looks a name up once per connection, so a rebinding answer is never dialled", async () => {
    const h = harness([[PUBLIC], [LOOPBACK]]);
    await h.connect("rebind.test", "80", "http:");
    expect(h.lookups).toEqual(["rebind.test"]);
    expect(h.dialled.map((d) => d.hostname)).toEqual(["93.184.215.14"]);
    // The next connection resolves afresh, gets the private answer, and is refused.
    const second = await h.connect("rebind.test", "80", "http:");
    expect(second.message).toMatch(/rebind\.test \(127\.0\.0\.1\) is loopback/);
    expect(h.dialled).toHaveLength(1);
  });

  it("refuses a host when any of its addresses is private, without dialling", async () => {
    const h = harness([[PUBLIC, { address: "10.0.0.5", family: 4 }]]);
    expect((await h.connect("mixed.test", "443")).message).toMatch(/mixed\.test \(10\.0\.0\.5\) is a private network/);
    expect(h.dialled).toEqual([]);
  });

  it("checks raw IP hosts without a lookup, and dials them without a TLS server name", async () => {
    const h = harness([]);
    expect((await h.connect("169.254.169.254", "80", "http:")).message).toMatch(/169\.254\.169\.254 is the cloud metadata address/);
    expect((await h.connect("::ffff:7f00:1", "80", "http:")).message).toMatch(/127\.0\.0\.1 inside IPv6, loopback/);
    await h.connect("93.184.215.14", "443");
    expect(h.lookups).toEqual([]);
    expect(h.dialled).toEqual([expect.objectContaining({ hostname: "93.184.215.14", servername: undefined })]);
  });

  it("exempts exactly the allow-listed host:port, and nothing else", async () => {
    const h = harness([[LOOPBACK]], ["127.0.0.1:8080", "[::1]:8080", "fixture.test:9000"]);
    await h.connect("127.0.0.1", "8080", "http:");
    await h.connect("::1", "8080", "http:");
    await h.connect("fixture.test", "9000", "http:");
    expect(h.dialled.map((d) => d.hostname)).toEqual(["127.0.0.1", "::1", "127.0.0.1"]);
    expect((await h.connect("127.0.0.1", "8081", "http:")).message).toMatch(/loopback/);
    expect((await h.connect("::1", "80", "http:")).message).toMatch(/loopback/);
    expect((await h.connect("other.test", "9000", "http:")).message).toMatch(/loopback/);
    expect(h.dialled).toHaveLength(3);
  });

  it("refuses a name that resolves to the cloud metadata address", async () => {
    const h = harness([[METADATA]], []);
    expect((await h.connect("metadata.google.internal", "80", "http:")).message).toMatch(/cloud metadata/);
    expect(h.dialled).toEqual([]);
  });

  it("refuses a name with no address", async () => {
    const h = harness([[]]);
    expect((await h.connect("empty.test", "80", "http:")).message).toMatch(/has no address/);
  });
});

describe("the allow-list", () => {
  it("normalises entries as URLs normalise hosts and ignores malformed ones", () => {
    expect([...allowedHostKeys(["LOCALHOST:8080", "[::1]:8080", "[0:0::1]:81", "127.1:90", "no-port", ":80"])]).toEqual(["localhost:8080", "[::1]:8080", "[::1]:81", "127.0.0.1:90"]);
  });
});

describe("which URLs are fetched at all", () => {
  const code = (run: () => unknown) => {
    try {
      run();
      return "fetched";
    } catch (error) {
      return error instanceof AppError ? `${error.code}: ${error.message}` : String(error);
    }
  };

  it.each([
    ["file:///etc/passwd", "BLOCKED_URL: Only http and https addresses can be imported, not file:."],
    ["ftp://files.example/a.txt", "BLOCKED_URL: Only http and https addresses can be imported, not ftp:."],
    ["javascript:alert(1)", "BLOCKED_URL: Only http and https addresses can be imported, not javascript:."],
    ["data:text/html,<p>hi</p>", "BLOCKED_URL: Only http and https addresses can be imported, not data:."],
    ["http://user:secret@news.example/", "BLOCKED_URL: Addresses with a user name or password in them are not fetched."],
    ["https://user@news.example/", "BLOCKED_URL: Addresses with a user name or password in them are not fetched."],
    ["http://news.example:25/", "BLOCKED_URL: Port 25 is not a web port; it is not fetched."],
    ["https://news.example:22/", "BLOCKED_URL: Port 22 is not a web port; it is not fetched."],
    ["not a url", "INVALID_INPUT: That is not a valid web address."],
    ["https://news.example/a#comments", "fetched"],
    ["http://news.example:8080/a", "fetched"],
  ])("%s → %s", (url, expected) => {
    expect(code(() => checkUrl(url))).toBe(expected);
  });

  it("resolves a redirect's Location against the page, and calls a bad one the server's fault", () => {
    expect(checkUrl("/b?x=1#top", "https://news.example/a/").href).toBe("https://news.example/b?x=1");
    expect(code(() => checkUrl("http://[bad", "https://news.example/"))).toMatch(/^UPSTREAM: The page redirected to an address that is not valid/);
  });
});
