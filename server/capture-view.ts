/**
 * A capture (URL fetch or file import) as pages and the API show it: provenance and metadata,
 * never the raw document or the text.
 */
import type { Capture } from "./generated/prisma/client";
import type { ImportedMetadata } from "./import/types";

export type CaptureView = {
  id: string;
  version: number | null;
  kind: "url" | "file";
  requestedUrl: string | null;
  finalUrl: string | null;
  redirects: string[];
  httpStatus: number | null;
  contentType: string;
  charset: string | null;
  fileName: string | null;
  takenAt: string;
  sha256: string;
  bytes: number;
  textHash: string;
  hasRaw: boolean;
  metadata: ImportedMetadata;
  warnings: string[];
};

function json<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

const NO_METADATA: ImportedMetadata = { title: null, outlet: null, byline: null, publishedAt: null, canonicalUrl: null };

export function captureView(c: Omit<Capture, "raw" | "text">): CaptureView {
  return {
    id: c.id,
    version: c.version,
    kind: c.kind === "file" ? "file" : "url",
    requestedUrl: c.requestedUrl,
    finalUrl: c.finalUrl,
    redirects: json<string[]>(c.redirects, []),
    httpStatus: c.httpStatus,
    contentType: c.contentType,
    charset: c.charset,
    fileName: c.fileName,
    takenAt: c.takenAt.toISOString(),
    sha256: c.sha256,
    bytes: c.bytes,
    textHash: c.textHash,
    hasRaw: c.hasRaw,
    metadata: { ...NO_METADATA, ...json<Partial<ImportedMetadata>>(c.metadata, {}) },
    warnings: json<string[]>(c.warnings, []),
  };
}

