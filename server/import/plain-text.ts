import "server-only";
import { AppError } from "../errors";
import { bomEncoding } from "./charset";
import { quoted } from "./file-type";

/**
 * Text files: bytes to a string, and a string to paragraphs.
 *
 * Bytes that are not valid UTF-8 are refused, not decoded as Windows-1252: guessing the wrong
 * legacy encoding swaps letters silently ("Dvořák" from a Latin-2 file would become "DvoøÝk"),
 * and a changed letter inside a quote is exactly what this tool reports as a discrepancy. A
 * byte order mark says UTF-8 or UTF-16 and is honoured (Notepad's "Unicode" is UTF-16 LE).
 */

/** C0 control characters other than tab, line feed, form feed and carriage return: signs of a binary file. */
// eslint-disable-next-line no-control-regex -- these control characters are what the pattern looks for
const BINARY = /[\u0000-\u0008\v\u000E-\u001F]/;

/**
 * The file's text: decoded by its BOM, else as UTF-8; the BOM dropped. 422 when it does not
 * decode or holds control characters.
 */
export function decodeText(name: string, bytes: Uint8Array): string {
  const encoding = bomEncoding(bytes) ?? "utf-8";
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new AppError(
      "INVALID_INPUT",
      encoding === "utf-8"
        ? `${quoted(name)} is not UTF-8 text (it may be in an older encoding such as Windows-1252). Save it as UTF-8 and import it again.`
        : `${quoted(name)} does not decode as ${encoding} text. Save it as UTF-8 and import it again.`,
    );
  }
  if (BINARY.test(text)) throw new AppError("INVALID_INPUT", `${quoted(name)} holds control characters: it looks like a binary file, not text.`);
  return text;
}

/** CRLF and lone CR line ends as LF. */
export const normaliseNewlines = (text: string) => text.replace(/\r\n?/g, "\n");

/**
 * Paragraphs of plain text: blocks separated by blank lines (lines of nothing but spaces and
 * tabs count as blank), each trimmed; line breaks inside a block are kept as they are.
 */
export function textParagraphs(text: string): string[] {
  return normaliseNewlines(text)
    .split(/\n(?:[ \t]*\n)+/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
}
