import "server-only";
/**
 * Fetching a page a user named, safe by construction. Node's global fetch ignores agents, and
 * a DNS check before the request is undone by raw-IP URLs and by rebinding (a second lookup
 * answering differently). So every connection goes through an undici dispatcher whose connector
 * resolves the host itself, checks every address (server/import/address.ts), and dials exactly
 * the address it checked, keeping the host name for TLS (SNI, certificate) and the Host header.
 * Redirects are followed by hand, each hop re-checked. Time, size and content type are bounded.
 */
import { lookup } from "node:dns/promises";
import { isIP, isIPv6 } from "node:net";
import { Agent, buildConnector, fetch } from "undici";
import { formatBytes, readStreamBounded } from "../http";
import { AppError } from "../errors";
import { forbiddenAddressReason } from "./address";

export type ResolvedAddress = { address: string; family: number };
/** Host name → its addresses (dns.lookup by default; tests make "rebind.test" resolve where they like). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export type FetchOptions = {
  /** host:port pairs exempt from the address check (exact, as in IMPORT_ALLOWED_HOSTS). Redirects elsewhere are still checked. */
  allowedHosts?: readonly string[];
  resolve?: Resolver;
  /** Whole fetch, redirects and body included, in ms. */
  timeoutMs?: number;
  /** Largest body read, in bytes (after decompression). */
  maxBytes?: number;
  maxRedirects?: number;
  signal?: AbortSignal;
};

export type FetchedPage = {
  requestedUrl: string;
  finalUrl: string;
  /** Each Location followed, in order; the last is finalUrl. */
  redirects: string[];
  status: number;
  /** The Content-Type header as sent, and its media type alone ("text/html"). */
  contentTypeHeader: string;
  mediaType: string;
  body: Uint8Array;
  fetchedAt: string;
};

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const DEFAULT_MAX_REDIRECTS = 5;
const ACCEPTED_TYPES = ["text/html", "application/xhtml+xml", "text/plain"];

const USER_AGENT = "QuoteCompare/0.1 (source import for fact-checking)";
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
// The Fetch standard's "bad ports": services that must never be sent an HTTP request.
const BAD_PORTS = new Set([
  0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119,
  123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990,
  993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

const blocked = (message: string) => new AppError("BLOCKED_URL", message);

/** The connector's refusal, recognised again when undici hands it back wrapped in "fetch failed". */
class BlockedAddress extends Error {}

const portOf = (url: URL) => Number(url.port) || (url.protocol === "https:" ? 443 : 80);

/** "host:port" as the allow-list spells it: the URL's host name (IPv6 in brackets) and its effective port. */
function hostKey(hostname: string, port: number): string {
  return `${isIPv6(hostname) ? `[${hostname}]` : hostname}:${port}`;
}

/** Allow-list entries normalised the way URLs normalise hosts ("LOCALHOST:80" → "localhost:80"). */
export function allowedHostKeys(entries: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const entry of entries) {
    const colon = entry.lastIndexOf(":");
    const port = Number(entry.slice(colon + 1));
    try {
      const hostname = new URL(`http://${entry.slice(0, colon)}`).hostname;
      if (colon > 0 && Number.isInteger(port)) keys.add(`${hostname}:${port}`);
    } catch {
      // env.ts already refused malformed entries; one given as an option is ignored.
    }
  }
  return keys;
}

/** The URL of one hop, refused unless http(s), without credentials, on a port HTTP may use. */
export function checkUrl(text: string, base?: string): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw base ? new AppError("UPSTREAM", `The page redirected to an address that is not valid (${text.slice(0, 200)}).`) : new AppError("INVALID_INPUT", "That is not a valid web address.", { fields: { url: ["Enter a web address starting with http:// or https://."] } });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw blocked(`Only http and https addresses can be imported, not ${url.protocol.slice(0, 20)}.`);
  if (url.username || url.password) throw blocked("Addresses with a user name or password in them are not fetched.");
  if (BAD_PORTS.has(portOf(url))) throw blocked(`Port ${portOf(url)} is not a web port; it is not fetched.`);
  url.hash = "";
  return url;
}

const defaultResolve: Resolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

/**
 * The one address to dial for a host: every address it resolves to must be public (unless
 * host:port is allow-listed); IPv4 is preferred, as many servers have no IPv6 route.
 */
async function checkedAddress(hostname: string, port: number, allowed: Set<string>, resolve: Resolver): Promise<string> {
  const addresses = isIP(hostname) ? [{ address: hostname, family: isIP(hostname) }] : await resolve(hostname);
  if (addresses.length === 0) throw new BlockedAddress(`${hostname} has no address.`);
  if (!allowed.has(hostKey(hostname, port))) {
    for (const { address } of addresses) {
      const reason = forbiddenAddressReason(address);
      if (reason === null) continue;
      const what = isIP(hostname) ? address : `${hostname} (${address})`;
      throw new BlockedAddress(`${what} is ${reason}: the server does not fetch from private, local or internal addresses.`);
    }
  }
  return (addresses.find((a) => a.family === 4) ?? addresses[0] as ResolvedAddress).address;
}

type Connector = buildConnector.connector;

/**
 * An undici connector that resolves the host itself, refuses it unless every address is public
 * (or host:port is allow-listed), and hands `connect` the checked address to dial, with the
 * host name as TLS server name. One lookup per connection: nothing resolves the name again.
 */
export function guardedConnector(policy: { allowedHosts: Set<string>; resolve: Resolver }, connect: Connector): Connector {
  return (options, callback) => {
    // undici gives IPv6 host names without brackets.
    const hostname = options.hostname;
    const port = Number(options.port) || (options.protocol === "https:" ? 443 : 80);
    checkedAddress(hostname, port, policy.allowedHosts, policy.resolve).then(
      (address) => connect({ ...options, hostname: address, servername: isIP(hostname) ? undefined : hostname }, callback),
      (error: Error) => callback(error, null),
    );
  };
}

/** A failure inside undici as the API's error: refused addresses, unreachable hosts, timeouts. */
function fetchError(error: unknown, url: URL, deadline: AbortSignal, timeoutMs: number): unknown {
  if (error instanceof AppError) return error;
  if (deadline.aborted) return new AppError("TIMEOUT", `${url.host} did not send the page within ${timeoutMs / 1000} s.`);
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (cause instanceof BlockedAddress) return blocked(cause.message);
  const code = typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : "";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return new AppError("UPSTREAM", `${url.hostname} could not be found (no such host).`);
  if (code === "ECONNREFUSED") return new AppError("UPSTREAM", `${url.host} refused the connection.`);
  if (code.startsWith("ERR_TLS") || code.includes("CERT")) return new AppError("UPSTREAM", `${url.host} has no valid certificate (${code}).`);
  if (error instanceof Error && error.name === "AbortError") return error;
  return new AppError("UPSTREAM", `${url.host} could not be reached${code ? ` (${code})` : ""}.`);
}

/**
 * GETs a page: checks every hop and every address, follows at most `maxRedirects` redirects,
 * and returns the body bytes of a 2xx HTML or plain-text answer. Throws AppError: BLOCKED_URL,
 * INVALID_INPUT, UPSTREAM (an error status, unreachable, too many redirects), TIMEOUT,
 * TOO_LARGE or UNSUPPORTED_TYPE.
 */
export async function fetchPage(requestedUrl: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  const policy = { allowedHosts: allowedHostKeys(options.allowedHosts ?? []), resolve: options.resolve ?? defaultResolve };
  const agent = new Agent({ connect: guardedConnector(policy, buildConnector({ timeout: timeoutMs })) });
  const redirects: string[] = [];
  let url = checkUrl(requestedUrl);
  try {
    for (;;) {
      const response = await fetch(url, {
        dispatcher: agent,
        redirect: "manual",
        signal,
        headers: { "user-agent": USER_AGENT, accept: "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8" },
      });
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get("location");
        if (!location) throw new AppError("UPSTREAM", `${url.host} answered ${response.status} (a redirect) without saying where to.`);
        if (redirects.length >= maxRedirects) throw new AppError("UPSTREAM", `The page redirected more than ${maxRedirects} times; it was not followed further.`);
        url = checkUrl(location, url.href);
        redirects.push(url.href);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new AppError("UPSTREAM", `${url.host} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""} for this page.`);
      }
      const contentTypeHeader = response.headers.get("content-type") ?? "";
      const mediaType = contentTypeHeader.split(";")[0]?.trim().toLowerCase() ?? "";
      if (!ACCEPTED_TYPES.includes(mediaType)) {
        await response.body?.cancel();
        throw new AppError("UNSUPPORTED_TYPE", `The address gives ${mediaType ? `a ${mediaType} document` : "a document of no stated type"}, not a web page or text; import files with the file import instead.`);
      }
      const declared = Number(response.headers.get("content-length") ?? "0");
      if (!response.headers.has("content-encoding") && declared > maxBytes) {
        await response.body?.cancel();
        throw new AppError("TOO_LARGE", `The page is ${formatBytes(declared)}, over the ${formatBytes(maxBytes)} limit; it was not imported.`);
      }
      const body = await readStreamBounded(response.body, maxBytes, () => new AppError("TOO_LARGE", `The page is larger than ${formatBytes(maxBytes)}; it was not imported.`));
      return { requestedUrl, finalUrl: url.href, redirects, status: response.status, contentTypeHeader, mediaType, body, fetchedAt: new Date().toISOString() };
    }
  } catch (error) {
    throw fetchError(error, url, deadline, timeoutMs);
  } finally {
    await agent.destroy().catch(() => undefined);
  }
}
