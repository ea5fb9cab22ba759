import "server-only";
import mammoth from "mammoth";
import { AppError } from "../errors";
import { quoted } from "./file-type";
import { readZipDirectory, readZipEntry } from "./zip";

/**
 * Word documents: mammoth's raw text (one paragraph per Word paragraph, tables cell by cell),
 * and the title from the document's core properties. The ZIP directory is read first, so
 * that a damaged archive and a ZIP that is not a Word document get their own messages.
 */

export type DocxText = { paragraphs: string[]; title: string | null };

const MAIN_PART = "word/document.xml";
const CORE_PART = "docProps/core.xml";
/** Largest core-properties part read, in bytes (a real one is about 1 KB). */
const MAX_CORE_BYTES = 256 * 1024;

export async function docxText(name: string, bytes: Uint8Array): Promise<DocxText> {
  const entries = readZipDirectory(bytes);
  if (!entries) throw new AppError("INVALID_INPUT", `${quoted(name)} is damaged: its ZIP structure cannot be read (an incomplete download?).`);
  if (!entries.some((e) => e.name === MAIN_PART)) {
    throw new AppError("INVALID_INPUT", `${quoted(name)} is a ZIP archive but not a Word document: it has no ${MAIN_PART}.`);
  }
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
  } catch (error) {
    const reason = error instanceof Error ? ` (${error.message})` : "";
    throw new AppError("INVALID_INPUT", `${quoted(name)} could not be read as a Word document${reason}. The file may be damaged.`);
  }
  const core = entries.find((e) => e.name === CORE_PART);
  const coreXml = core ? readZipEntry(bytes, core, MAX_CORE_BYTES) : null;
  return {
    paragraphs: value
      .split("\n\n")
      .map((p) => p.trim())
      .filter((p) => p.length > 0),
    title: coreXml ? coreTitle(new TextDecoder().decode(coreXml)) : null,
  };
}

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The text of <dc:title> in core.xml, entities decoded, or null when absent or empty. */
function coreTitle(xml: string): string | null {
  const open = xml.indexOf("<dc:title>");
  const close = xml.indexOf("</dc:title>", open);
  if (open < 0 || close < 0) return null;
  const title = xml
    .slice(open + "<dc:title>".length, close)
    .replace(/&(#x[\da-f]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/gi, (whole, entity: string) => {
      const e = entity.toLowerCase();
      if (!e.startsWith("#")) return XML_ENTITIES[e] ?? whole;
      const code = e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/\s+/g, " ")
    .trim();
  return title ? title : null;
}
