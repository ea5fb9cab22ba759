import "server-only";
/**
 * Importing a source from a web address: fetch (safely), decode, extract the article, and keep
 * the provenance (where the text came from, when, and a hash and copy of what was received).
 */
import { env } from "../env";
import { sha256Hex } from "../hash";
import { decodeDocument } from "./charset";
import { extractArticle, extractPlainText } from "./extract";
import { fetchPage, type FetchOptions } from "./fetch";
import type { ImportedSource } from "./types";

/** Fetch limits and, for tests, the resolver; `allowedHosts` defaults to IMPORT_ALLOWED_HOSTS. */
export type ImportUrlOptions = FetchOptions;

/**
 * The article at `url` as an ImportedSource: clean paragraphs, metadata for the editor to
 * check, provenance, and the raw page. Throws AppError (BLOCKED_URL, INVALID_INPUT, UPSTREAM,
 * TIMEOUT, TOO_LARGE, UNSUPPORTED_TYPE, NOT_AN_ARTICLE) saying why it could not.
 */
export async function importUrl(url: string, options: ImportUrlOptions = {}): Promise<ImportedSource> {
  const page = await fetchPage(url.trim(), { ...options, allowedHosts: options.allowedHosts ?? env.IMPORT_ALLOWED_HOSTS });
  const html = page.mediaType !== "text/plain";
  const decoded = decodeDocument(page.body, page.contentTypeHeader, { html });
  const article = html ? extractArticle(decoded.text, { url: page.finalUrl }) : extractPlainText(decoded.text);
  return {
    text: article.text,
    paragraphs: article.paragraphs,
    metadata: article.metadata,
    provenance: {
      kind: "url",
      requestedUrl: page.requestedUrl,
      finalUrl: page.finalUrl,
      redirects: page.redirects,
      status: page.status,
      contentType: page.mediaType,
      charset: decoded.charset,
      fetchedAt: page.fetchedAt,
      sha256: sha256Hex(page.body),
      bytes: page.body.byteLength,
    },
    raw: decoded.text,
    warnings: [...decoded.warnings, ...article.warnings],
  };
}
