import "server-only";
import { MAX_SOURCE_CHARS } from "@/lib";
import { AppError } from "../errors";
import { sha256Hex } from "../hash";
import { decodeDocument } from "./charset";
import { docxText } from "./docx";
import { extractArticle, type ExtractedArticle } from "./extract";
import { checkSignature, formatOf, MEDIA_TYPES, quoted, type FileFormat } from "./file-type";
import { markdownText } from "./markdown";
import { pdfText } from "./pdf";
import { decodeText, textParagraphs } from "./plain-text";
import type { ImportedMetadata, ImportedSource } from "./types";

/**
 * A source from a file an editor uploads: .txt, .md, .html, .docx or .pdf, told apart by
 * extension and checked against the first bytes, turned into paragraphs of plain text.
 */

/** Largest file accepted, in bytes. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Longest file name kept, in characters. */
const MAX_NAME_CHARS = 255;

export type UploadedFile = { name: string; type: string; bytes: Uint8Array };

export type ImportFileOptions = {
  /** Largest file, in bytes (default MAX_FILE_BYTES). */
  maxBytes?: number;
  /** Longest text, in UTF-16 code units (default the engine's MAX_SOURCE_CHARS). */
  maxChars?: number;
  /** The import's time, for the provenance (default now). */
  now?: Date;
};

type Extracted = { paragraphs: string[]; metadata?: Partial<ImportedMetadata>; raw: string | null; warnings?: string[] };

/**
 * The file's text, metadata and provenance. Throws AppError: 415 (UNSUPPORTED_TYPE) for a type
 * we do not read or content that is another format than its name says, 422 (INVALID_INPUT)
 * for an empty, damaged, password-protected or wrongly encoded file, 422 (NOT_AN_ARTICLE) when
 * no text comes out (a scanned PDF), 413 (TOO_LARGE) past maxBytes or maxChars.
 */
export async function importFile(file: UploadedFile, options: ImportFileOptions = {}): Promise<ImportedSource> {
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  const maxChars = options.maxChars ?? MAX_SOURCE_CHARS;
  const name = displayName(file.name);
  const { bytes } = file;
  if (bytes.byteLength > maxBytes) throw new AppError("TOO_LARGE", `${quoted(name)} is over the ${megabytes(maxBytes)} limit for a file.`);
  const format = formatOf(name, file.type);
  if (bytes.byteLength === 0) throw new AppError("INVALID_INPUT", `${quoted(name)} is empty.`);
  checkSignature(name, format, bytes);

  const extracted = await extract(name, format, bytes, maxChars);
  const paragraphs = extracted.paragraphs.map((p) => p.trim()).filter((p) => p.length > 0);
  if (paragraphs.length === 0) throw new AppError("NOT_AN_ARTICLE", `${quoted(name)} holds no text to compare.`);
  const text = paragraphs.join("\n\n");
  if (text.length > maxChars) {
    throw new AppError("TOO_LARGE", `${quoted(name)} holds ${text.length.toLocaleString("en")} characters of text, over the ${maxChars.toLocaleString("en")} a source may have.`);
  }
  return {
    text,
    paragraphs,
    metadata: { title: null, outlet: null, byline: null, publishedAt: null, canonicalUrl: null, ...extracted.metadata },
    provenance: {
      kind: "file",
      fileName: name,
      contentType: MEDIA_TYPES[format],
      importedAt: (options.now ?? new Date()).toISOString(),
      sha256: sha256Hex(bytes),
      bytes: bytes.byteLength,
    },
    raw: extracted.raw,
    warnings: extracted.warnings ?? [],
  };
}

async function extract(name: string, format: FileFormat, bytes: Uint8Array, maxChars: number): Promise<Extracted> {
  switch (format) {
    case "txt": {
      const raw = decodeText(name, bytes);
      return { paragraphs: textParagraphs(raw), raw };
    }
    case "md": {
      const raw = decodeText(name, bytes);
      const md = markdownText(raw);
      return { paragraphs: md.paragraphs, metadata: { title: md.title, publishedAt: md.publishedAt }, raw };
    }
    case "html": {
      // A saved web page: decoded and extracted as a fetched one is (<meta> charset, Readability).
      const decoded = decodeDocument(bytes, null, { html: true });
      const article = articleOf(name, decoded.text);
      return { paragraphs: article.paragraphs, metadata: article.metadata, raw: decoded.text, warnings: decoded.warnings };
    }
    case "docx": {
      const docx = await docxText(name, bytes);
      return { paragraphs: docx.paragraphs, metadata: { title: docx.title }, raw: null };
    }
    case "pdf": {
      const pdf = await pdfText(name, bytes, { maxChars });
      return { paragraphs: pdf.paragraphs, metadata: { title: pdf.title }, raw: null, warnings: pdf.warnings };
    }
  }
}

/** The page's article, or NOT_AN_ARTICLE in words about a file rather than a fetched page. */
function articleOf(name: string, html: string): ExtractedArticle {
  try {
    return extractArticle(html);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_AN_ARTICLE") {
      throw new AppError("NOT_AN_ARTICLE", `No article text was found in ${quoted(name)} (it may be a page of links, or one that needs JavaScript to show its text).`);
    }
    throw error;
  }
}

/** The file's own name: a path some browsers send is cut to its last part, control characters dropped, length bounded. */
function displayName(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, MAX_NAME_CHARS);
  return clean ? clean : "untitled";
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
