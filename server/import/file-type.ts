import "server-only";
import { AppError } from "../errors";

/**
 * Which importer a file goes to: its extension (or, without one, the type the browser declared)
 * names the format, and its first bytes must agree. A mismatch is refused rather than guessed
 * around: a "report.txt" that is really a PDF was mislabelled somewhere, and the editor should
 * know before its text becomes a source.
 */

export type FileFormat = "txt" | "md" | "html" | "docx" | "pdf";

/** The canonical media type of each format, recorded in the provenance. */
export const MEDIA_TYPES: Record<FileFormat, string> = {
  txt: "text/plain",
  md: "text/markdown",
  html: "text/html",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

const EXTENSIONS: Record<string, FileFormat> = {
  txt: "txt",
  text: "txt",
  md: "md",
  markdown: "md",
  html: "html",
  htm: "html",
  xhtml: "html",
  docx: "docx",
  pdf: "pdf",
};

const DECLARED: Record<string, FileFormat> = Object.fromEntries(Object.entries(MEDIA_TYPES).map(([format, type]) => [type, format as FileFormat]));

const SUPPORTED = ".txt, .md, .html, .docx or .pdf";

/** Formats people try that we do not read, with what to do instead. */
const ADVICE: Record<string, string> = {
  doc: "Old Word (.doc) files are not supported: save it as .docx or PDF and import that.",
  rtf: "RTF files are not supported: save it as .docx or plain text and import that.",
  odt: "OpenDocument (.odt) files are not supported: save it as .docx or PDF and import that.",
  pages: "Pages files are not supported: export it as .docx or PDF and import that.",
};

/** Formats recognised by their first bytes, named for the editor. */
const SIGNATURES: Array<{ bytes: number[]; what: string; format?: FileFormat }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: "a PDF document", format: "pdf" }, // %PDF-
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: "a ZIP archive (such as a .docx)", format: "docx" },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: "a PNG image" },
  { bytes: [0xff, 0xd8, 0xff], what: "a JPEG image" },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: "a GIF image" }, // GIF8
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: "an old Office document (.doc, .xls)" },
  { bytes: [0x1f, 0x8b], what: "a gzip archive" },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: "an RTF document" }, // {\rtf
];

/** `“name”`, as every message names the file. */
export const quoted = (name: string) => `“${name}”`;

/** What the first bytes say the file is, or null when they match no known signature. */
function sniff(bytes: Uint8Array): { what: string; format?: FileFormat } | null {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b)) ?? null;
}

function extension(name: string): string | null {
  const dot = name.lastIndexOf(".");
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : null;
}

/** The format named by the file's extension, else by its declared type; 415 when neither is one we read. */
export function formatOf(name: string, declaredType: string): FileFormat {
  const ext = extension(name);
  const byName = ext === null ? undefined : EXTENSIONS[ext];
  if (byName) return byName;
  const byType = ext === null ? DECLARED[(declaredType.split(";")[0] ?? "").trim().toLowerCase()] : undefined;
  if (byType) return byType;
  const advice = ext === null ? undefined : ADVICE[ext];
  throw new AppError("UNSUPPORTED_TYPE", `${quoted(name)} is not a file type we can import. ${advice ?? `Import ${SUPPORTED} files.`}`);
}

/**
 * Checks that the content is what the name says: a PDF starts with %PDF-, a .docx is a ZIP,
 * text is not a known binary format. 415 when the bytes are another known format, 422 when
 * they are no format at all (damaged, random).
 */
export function checkSignature(name: string, format: FileFormat, bytes: Uint8Array): void {
  const found = sniff(bytes);
  if (found?.format === format) return;
  const label = format === "docx" ? "a Word document" : format === "pdf" ? "a PDF" : "a text file";
  if (found) throw new AppError("UNSUPPORTED_TYPE", `${quoted(name)} is named as ${label} but is ${found.what}. Check that it is the right file, or give it the right extension.`);
  if (format === "pdf") throw new AppError("INVALID_INPUT", `${quoted(name)} is not a valid PDF: it does not start with %PDF-. The file may be damaged.`);
  if (format === "docx") throw new AppError("INVALID_INPUT", `${quoted(name)} is not a valid Word document: a .docx is a ZIP archive and this is not one. The file may be damaged.`);
}
