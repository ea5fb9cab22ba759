/**
 * A local HTTP server for the URL import's tests, on 127.0.0.1 and a random port, serving the
 * fixture pages in test/fixtures/import/ and the ways a fetch goes wrong: error statuses, a
 * slow answer, an oversized one, legacy charsets, other content types and redirects anywhere.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";

const FIXTURES = path.resolve(import.meta.dirname, "fixtures", "import");
export const fixturePage = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");

const HIGH_1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** Text as windows-1252 bytes (every character must have one). */
export function windows1252(text: string): Buffer {
  return Buffer.from(
    [...text].map((ch) => {
      const code = ch.codePointAt(0) as number;
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      const at = HIGH_1252.indexOf(ch);
      if (at === -1) throw new Error(`${ch} has no windows-1252 byte`);
      return 0x80 + at;
    }),
  );
}

export type Hit = { path: string; host: string | undefined };

export type FixtureServer = {
  port: number;
  /** http://127.0.0.1:<port><path> */
  url: (path: string) => string;
  /** Every request received, in order. */
  hits: Hit[];
  close: () => Promise<void>;
};

type Route = (req: IncomingMessage, res: ServerResponse, query: URLSearchParams) => void;

const html = (body: string | Buffer, type = "text/html; charset=utf-8"): Route => (_req, res) => {
  res.writeHead(200, { "content-type": type });
  res.end(body);
};

/** The article fixture with its charset declaration swapped, as windows-1252 bytes. */
const legacyArticle = (meta: string) => windows1252(fixturePage("article.html").replace('<meta charset="utf-8">', meta));

const ROUTES: Record<string, Route> = {
  "/article": html(fixturePage("article.html")),
  "/courier": html(fixturePage("courier.html")),
  "/front": html(fixturePage("front-page.html")),
  "/xhtml": html(fixturePage("article.html"), "application/xhtml+xml"),
  "/plain": html("“One,” she said.\n\nAdvertisement\n\nTwo.", "text/plain; charset=utf-8"),
  "/cp1252-meta": html(legacyArticle('<meta charset="windows-1252">'), "text/html"),
  "/cp1252-header": html(legacyArticle(""), "text/html; charset=windows-1252"),
  "/cp1252-undeclared": html(legacyArticle(""), "text/html"),
  "/image": html(Buffer.from([0x89, 0x50, 0x4e, 0x47]), "image/png"),
  "/untyped": (_req, res) => {
    res.removeHeader("content-type");
    res.writeHead(200);
    res.end("no type");
  },
  "/gzip": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip" });
    res.end(gzipSync(fixturePage("article.html")));
  },
  "/404": (_req, res) => {
    res.writeHead(404, { "content-type": "text/html" });
    res.end("<h1>Not found</h1>");
  },
  "/500": (_req, res) => {
    res.writeHead(500, { "content-type": "text/html" });
    res.end("<h1>Oops</h1>");
  },
  // Answers after `ms` (default 5 s): past any test's timeout.
  "/slow": (_req, res, q) => {
    const timer = setTimeout(() => html(fixturePage("article.html"))(_req, res, q), Number(q.get("ms") ?? 5000));
    res.on("close", () => clearTimeout(timer));
  },
  // Sends the headers and the first bytes, then stalls.
  "/stall": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.write("<!doctype html><html><body><p>The first words");
  },
  // `kb` kilobytes, chunked: no Content-Length to check up front.
  "/big": (_req, res, q) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    const chunk = `<p>${"All work and no play makes a very long page. ".repeat(21)}</p>\n`;
    for (let sent = 0; sent < Number(q.get("kb") ?? 256) * 1024; sent += chunk.length) res.write(chunk);
    res.end();
  },
  "/big-declared": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": String(50 * 1024 * 1024) });
    res.write("<p>");
    res.on("close", () => res.destroy());
  },
  // /redirect?n=3 → 2 → 1 → 0 → /article
  "/redirect": (_req, res, q) => {
    const n = Number(q.get("n") ?? 0);
    res.writeHead(302, { location: n > 0 ? `/redirect?n=${n - 1}` : "/article" });
    res.end();
  },
  "/to": (_req, res, q) => {
    res.writeHead(Number(q.get("status") ?? 302), { location: q.get("location") ?? "/article" });
    res.end();
  },
  "/no-location": (_req, res) => {
    res.writeHead(301);
    res.end();
  },
  // Says which Host header arrived.
  "/whoami": (req, res) => {
    res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
    res.end(`This request came for the host ${req.headers.host ?? "(none)"}.`);
  },
};

export async function startFixtureServer(): Promise<FixtureServer> {
  const hits: Hit[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://fixture");
    hits.push({ path: url.pathname + url.search, host: req.headers.host });
    const route = ROUTES[url.pathname];
    if (route) return route(req, res, url.searchParams);
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (p) => `http://127.0.0.1:${port}${p}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
