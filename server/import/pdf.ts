import "server-only";
import { AppError } from "../errors";
import { quoted } from "./file-type";
import type * as PdfJsModule from "pdfjs-dist/legacy/build/pdf.mjs";
import { dropRunningLines, pageLines, paragraphsOf, type Line, type TextRun } from "./pdf-layout";

/**
 * PDF text through pdf.js (the legacy build, which runs on Node 20). pdf.js normally parses in
 * a web worker; on Node it runs a "fake worker" on the main thread and would import its worker
 * module by a relative path, which a bundled server build breaks. Handing it the worker module
 * through `globalThis.pdfjsWorker` (pdf.js's own hook for that) makes the import explicit.
 */

export type PdfText = { paragraphs: string[]; title: string | null; warnings: string[] };

/** Where a complete PDF's "%%EOF" marker must sit: within this many bytes of the end (as Acrobat requires). */
const EOF_WINDOW = 1024;

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const worker = await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import("pdfjs-dist/legacy/build/pdf.mjs");
  })();
  return pdfjs;
}

function endsWithEof(bytes: Uint8Array): boolean {
  const tail = new TextDecoder("latin1").decode(bytes.subarray(Math.max(0, bytes.byteLength - EOF_WINDOW)));
  return tail.includes("%%EOF");
}

/**
 * The PDF's paragraphs, page by page, stopping with a 413 once past maxChars. 422 when it is
 * password-protected, damaged, or has no text at all (a scan without OCR).
 */
export async function pdfText(name: string, bytes: Uint8Array, options: { maxChars: number }): Promise<PdfText> {
  const { getDocument, VerbosityLevel } = await loadPdfJs();
  const complete = endsWithEof(bytes);
  // pdf.js may take ownership of the buffer it is given: hand it a copy.
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: VerbosityLevel.ERRORS });
  try {
    const doc = await task.promise.catch((error: unknown) => {
      throw unreadable(name, error, complete);
    });
    const pages: Line[][] = [];
    const empty: number[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs: TextRun[] = content.items.flatMap((item) =>
        "str" in item
          ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, size: item.height || Math.hypot(item.transform[2] as number, item.transform[3] as number), hasEOL: item.hasEOL }]
          : [],
      );
      const lines = pageLines(runs);
      if (lines.length === 0) empty.push(n);
      chars += lines.reduce((sum, l) => sum + l.text.length + 1, 0);
      if (chars > options.maxChars) throw new AppError("TOO_LARGE", `${quoted(name)} holds more than ${options.maxChars.toLocaleString("en")} characters of text: import a shorter document.`);
      pages.push(lines);
      page.cleanup();
    }
    if (empty.length === doc.numPages) {
      throw new AppError("NOT_AN_ARTICLE", `${quoted(name)} has no text layer (scanned?): only images of text, which we cannot read. Run it through OCR first, or import the text another way.`);
    }
    const warnings: string[] = [];
    if (empty.length > 0) warnings.push(`${pageList(empty)} of ${quoted(name)} had no text (scanned?) and ${empty.length === 1 ? "was" : "were"} skipped.`);
    if (!complete) warnings.push(`${quoted(name)} seems incomplete (it does not end with %%EOF); some text may be missing.`);
    const info = (await doc.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === "string" ? info.Title.replace(/\s+/g, " ").trim() : "";
    return { paragraphs: paragraphsOf(dropRunningLines(pages)), title: title ? title : null, warnings };
  } finally {
    await task.destroy();
  }
}

function pageList(pages: number[]): string {
  if (pages.length === 1) return `Page ${pages[0]}`;
  return `Pages ${pages.slice(0, -1).join(", ")} and ${pages[pages.length - 1]}`;
}

/** pdf.js's failure as the editor's message: its errors are told apart by name (they cross the worker boundary as plain objects). */
function unreadable(name: string, error: unknown, complete: boolean): AppError {
  const kind = error instanceof Error || (typeof error === "object" && error !== null) ? String((error as { name?: unknown }).name) : "";
  if (kind === "PasswordException") {
    return new AppError("INVALID_INPUT", `${quoted(name)} is password-protected: remove the password (or print it to a new PDF) and import that.`);
  }
  if (!complete) return new AppError("INVALID_INPUT", `${quoted(name)} is incomplete: it stops before the end of the PDF (an interrupted download?). Get the whole file and try again.`);
  return new AppError("INVALID_INPUT", `${quoted(name)} is damaged and cannot be read as a PDF.`);
}
