/**
 * A web page's article as clean paragraphs: Mozilla Readability on a linkedom document, after
 * page furniture is removed and before each paragraph is checked for ad labels, share prompts,
 * newsletter boxes and related links. Pure (a string in, a result out) so that it can be unit
 * tested and benchmarked without a network.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { MAX_SOURCE_CHARS } from "@/lib";
import { AppError } from "../errors";
import { isBoilerplateLine, removeFurniture, stripInlineAdLabels } from "./boilerplate";
import { readMetadata } from "./metadata";
import type { ImportedMetadata } from "./types";

export type ExtractedArticle = {
  /** Paragraphs joined by blank lines. */
  text: string;
  paragraphs: string[];
  metadata: ImportedMetadata;
  warnings: string[];
};

/** Fewest characters of clean text for a page to count as an article (a short news brief is ~300). */
const MIN_ARTICLE_CHARS = 200;

/** Share of a paragraph's characters inside links above which it is a list of links, not prose (0–1). */
const MAX_LINK_SHARE = 0.8;

const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figure", "footer", "h1", "h2", "h3", "h4",
  "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
  "tr", "ul",
]);

const QUOTE_MARKS = /["“”„«»‹›「」]/;

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

type Block = { text: string; linkShare: number };

/** Text blocks of an element: each block-level element (and each <br>) ends one. */
function blocksOf(root: Element): Block[] {
  const out: Block[] = [];
  let text = "";
  let linked = "";
  const flush = () => {
    const t = collapse(text);
    if (t) out.push({ text: t, linkShare: collapse(linked).length / t.length });
    text = "";
    linked = "";
  };
  const visit = (node: Node, inLink: boolean): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        text += data;
        if (inLink) linked += data;
      } else if (child.nodeType === 1) {
        const tag = (child as Element).localName;
        if (tag === "br") flush();
        else if (BLOCK_TAGS.has(tag)) {
          flush();
          visit(child, inLink);
          flush();
        } else visit(child, inLink || tag === "a");
      }
    }
  };
  visit(root, false);
  flush();
  return out;
}

/** The blocks that are article prose, without ad labels between their sentences. */
function cleanParagraphs(blocks: Block[]): string[] {
  return blocks
    .filter((b) => !isBoilerplateLine(b.text) && !(b.linkShare >= MAX_LINK_SHARE && !QUOTE_MARKS.test(b.text)))
    .map((b) => stripInlineAdLabels(b.text))
    .filter((p) => p.length > 0);
}

function lengthWarnings(text: string): string[] {
  return text.length > MAX_SOURCE_CHARS ? [`The article is ${text.length.toLocaleString("en")} characters long, more than the ${MAX_SOURCE_CHARS.toLocaleString("en")} a source can hold: shorten it before saving.`] : [];
}

/**
 * The main article of an HTML page as paragraphs, with its metadata. `url` (the page's final
 * address) resolves relative links. Throws NOT_AN_ARTICLE when the page holds no article text
 * (a front page of links, an empty shell filled in by scripts).
 */
export function extractArticle(html: string, options: { url?: string } = {}): ExtractedArticle {
  // linkedom needs a whole document to give a <body>; a fragment gets one around it.
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const document = parseHTML(page).document as unknown as Document;
  const metadata = readMetadata(document, options.url);
  removeFurniture(document);
  const article = new Readability<Element>(document, { serializer: (node) => node as Element }).parse();
  const paragraphs = article?.content ? cleanParagraphs(blocksOf(article.content)) : [];
  const text = paragraphs.join("\n\n");
  if (text.length < MIN_ARTICLE_CHARS) {
    throw new AppError("NOT_AN_ARTICLE", "No article text was found on this page (it may be a front page, a list of links, or a page that needs JavaScript): paste the text instead.");
  }
  return {
    text,
    paragraphs,
    metadata: { ...metadata, title: metadata.title ?? (article?.title ? collapse(article.title) : null), byline: metadata.byline ?? (article?.byline ? collapse(article.byline) : null) },
    warnings: lengthWarnings(text),
  };
}

/**
 * A plain-text document as paragraphs: split at blank lines (or at line ends when it has none),
 * with ad labels and other furniture lines dropped. Metadata is all null: text says nothing of
 * itself. Throws NOT_AN_ARTICLE when nothing is left.
 */
export function extractPlainText(text: string): ExtractedArticle {
  const normalised = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const chunks = /\n[ \t]*\n/.test(normalised) ? normalised.split(/\n[ \t]*\n/) : normalised.split("\n");
  const paragraphs = chunks
    .map((chunk) =>
      chunk
        .split("\n")
        .filter((line) => !isBoilerplateLine(line))
        .join(" "),
    )
    .map((p) => stripInlineAdLabels(collapse(p)))
    .filter((p) => p.length > 0);
  const joined = paragraphs.join("\n\n");
  if (!joined) throw new AppError("NOT_AN_ARTICLE", "The document is empty: there is no text to import.");
  return { text: joined, paragraphs, metadata: { title: null, outlet: null, byline: null, publishedAt: null, canonicalUrl: null }, warnings: lengthWarnings(joined) };
}
