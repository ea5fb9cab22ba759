/**
 * An article's metadata from its page: JSON-LD first (NewsArticle and kin, in arrays and
 * @graph, with @id references followed), then Open Graph, Twitter and article:* meta tags,
 * <link rel=canonical>, the byline in the page, and <title>. Pure; reads the document only.
 */
import { decodeEntities } from "./entities";
import type { ImportedMetadata } from "./types";

const ARTICLE_TYPES = new Set([
  "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle",
  "ReviewNewsArticle", "AskPublicNewsArticle", "LiveBlogPosting", "BlogPosting", "Report", "ScholarlyArticle",
]);

const DATE_META = ["article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date", "publication_date"];

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const clean = (v: unknown): string | null => (typeof v === "string" && v.trim() ? decodeEntities(v).replace(/\s+/g, " ").trim() : null);

/** Every node of every JSON-LD block, flattened out of arrays and @graph. */
function jsonLdNodes(document: Document): Json[] {
  const nodes: Json[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (isObject(value)) {
      nodes.push(value);
      if (value["@graph"]) collect(value["@graph"]);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ""));
    } catch {
      // A malformed block is common on real sites and says nothing about the others.
    }
  }
  return nodes;
}

function typesOf(node: Json): string[] {
  const type = node["@type"];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === "string").map((t) => t.replace(/^https?:\/\/schema\.org\//, ""));
}

type LdArticle = { node: Json; resolve: (v: unknown) => unknown };

function ldArticle(document: Document): LdArticle | null {
  const nodes = jsonLdNodes(document);
  const byId = new Map<string, Json>();
  for (const n of nodes) if (typeof n["@id"] === "string") byId.set(n["@id"], n);
  // A bare {"@id": …} points at a node described elsewhere in the graph.
  const resolve = (v: unknown): unknown => (isObject(v) && typeof v["@id"] === "string" && Object.keys(v).length === 1 ? (byId.get(v["@id"]) ?? v) : v);
  const node = nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t)));
  return node ? { node, resolve } : null;
}

function ldNames(value: unknown, resolve: LdArticle["resolve"]): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => resolve(v)).flatMap((v) => {
    const name = typeof v === "string" ? clean(v) : isObject(v) ? clean(v.name) : null;
    return name ? [name] : [];
  });
}

function ldUrl(value: unknown): string | null {
  if (typeof value === "string") return value;
  return isObject(value) ? clean(value["@id"]) ?? clean(value.url) : null;
}

/** Meta tags by lower-cased property, name or itemprop; the first of each wins. */
function metaTags(document: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const meta of document.querySelectorAll("meta")) {
    const key = (meta.getAttribute("property") ?? meta.getAttribute("name") ?? meta.getAttribute("itemprop") ?? "").trim().toLowerCase();
    const content = clean(meta.getAttribute("content"));
    if (key && content && !out.has(key)) out.set(key, content);
  }
  return out;
}

/** An ISO date (YYYY-MM-DD): the date as the publisher wrote it when it starts with one, else the UTC date. */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  const leading = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (leading) {
    const [, y, m, d] = leading.map(Number) as [number, number, number, number];
    const check = new Date(Date.UTC(y, m - 1, d));
    return check.getUTCFullYear() === y && check.getUTCMonth() === m - 1 && check.getUTCDate() === d ? (leading[0] as string) : null;
  }
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

function absoluteHttpUrl(value: string | null, base: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** "By Priya Natarajan" → "Priya Natarajan"; a profile URL is not a name. */
function bylineText(value: string | null | undefined): string | null {
  const text = clean(value)?.replace(/^by\s+/i, "") ?? null;
  return text && !/^https?:\/\//i.test(text) ? text : null;
}

const TITLE_SEPARATORS = [" | ", " - ", " – ", " — ", " :: ", " · "];

/** <title> without the outlet's name before or after a separator ("Headline | Harbour Gazette"). */
function documentTitle(document: Document, outlet: string | null): string | null {
  const title = clean(document.querySelector("title")?.textContent);
  if (!title || !outlet) return title;
  for (const sep of TITLE_SEPARATORS) {
    if (title.endsWith(sep + outlet)) return title.slice(0, -(sep + outlet).length).trim() || title;
    if (title.startsWith(outlet + sep)) return title.slice((outlet + sep).length).trim() || title;
  }
  return title;
}

function pageByline(document: Document): string | null {
  const authors = [...document.querySelectorAll('[rel~="author"], [itemprop="author"]')].map((el) => clean(el.textContent)).filter((t): t is string => t !== null);
  if (authors.length > 0) return [...new Set(authors)].join(", ");
  return bylineText(document.querySelector(".byline, .author")?.textContent);
}

/**
 * The page's title, outlet, byline, date and canonical URL, each null when the page does not
 * say. `baseUrl` (the page's final URL) resolves a relative canonical link.
 */
export function readMetadata(document: Document, baseUrl?: string): ImportedMetadata {
  const meta = metaTags(document);
  const ld = ldArticle(document);
  const node = ld?.node ?? {};
  const resolve = ld?.resolve ?? ((v: unknown) => v);
  const publisher = resolve(node.publisher);

  const outlet = meta.get("og:site_name") ?? (isObject(publisher) ? clean(publisher.name) : null) ?? meta.get("application-name") ?? null;
  const title = clean(node.headline) ?? meta.get("og:title") ?? meta.get("twitter:title") ?? documentTitle(document, outlet);
  const ldAuthors = ldNames(node.author, resolve);
  const byline = (ldAuthors.length > 0 ? ldAuthors.join(", ") : null) ?? bylineText(meta.get("author")) ?? bylineText(meta.get("article:author")) ?? pageByline(document);
  const dateText = clean(node.datePublished) ?? DATE_META.map((k) => meta.get(k)).find(Boolean) ?? document.querySelector("time[datetime]")?.getAttribute("datetime") ?? null;
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute("href") ?? meta.get("og:url") ?? ldUrl(node.url) ?? ldUrl(node.mainEntityOfPage);

  return { title, outlet, byline, publishedAt: isoDate(dateText), canonicalUrl: absoluteHttpUrl(canonical ?? null, baseUrl) };
}
