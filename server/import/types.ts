/**
 * What an import (a URL or a file) gives back: clean article text, metadata the editor can
 * correct before saving, and the provenance that says where the text came from.
 */

export type ImportedMetadata = {
  title: string | null;
  /** The outlet or site name ("Valley Courier"). */
  outlet: string | null;
  byline: string | null;
  /** ISO date (YYYY-MM-DD) when known. */
  publishedAt: string | null;
  canonicalUrl: string | null;
};

export type UrlProvenance = {
  kind: "url";
  /** The URL the editor gave. */
  requestedUrl: string;
  /** The URL after redirects (at most 5). */
  finalUrl: string;
  redirects: string[];
  status: number;
  contentType: string;
  charset: string;
  /** ISO timestamp. */
  fetchedAt: string;
  /** SHA-256 of the raw bytes, hex. */
  sha256: string;
  bytes: number;
};

export type FileProvenance = {
  kind: "file";
  fileName: string;
  contentType: string;
  /** ISO timestamp of the import. */
  importedAt: string;
  sha256: string;
  bytes: number;
};

export type ImportedSource = {
  /** Paragraphs joined by blank lines: what the engine analyses. */
  text: string;
  paragraphs: string[];
  metadata: ImportedMetadata;
  provenance: UrlProvenance | FileProvenance;
  /** The raw document as received (HTML decoded to a string; null for binary files). */
  raw: string | null;
  /** Things the editor should know ("no article found; the whole page text was used"). */
  warnings: string[];
};
