import { closeSync, openSync, readSync, statSync } from "node:fs";
import { basename } from "node:path";
import { MAX_SOURCE_CHARS } from "../lib";
import type { SourceInput } from "../lib";

/** Largest file read, in bytes: UTF-8 spends at most 4 bytes on one UTF-16 unit. */
const MAX_SOURCE_BYTES = 4 * MAX_SOURCE_CHARS;

/** Longest source name the engine's schema accepts, in UTF-16 units; longer file names are shortened. */
const MAX_NAME_CHARS = 200;

/** Bytes asked of the OS per read (64 KiB). */
const CHUNK_BYTES = 64 * 1024;

export type ReadResult = { ok: true; source: SourceInput } | { ok: false; message: string };

const ERROR_TEXT: Record<string, string> = {
  ENOENT: "no such file",
  ENOTDIR: "no such file (a part of the path is not a directory)",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory, not a file",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "file name too long",
};

/**
 * Reads one article as UTF-8 text for `analyze`. Returns `{ ok: false, message }` when the file
 * is missing, unreadable, a directory, empty, binary, not UTF-8 or too big; never throws for those.
 */
export function readSource(path: string, options: { id: string }): ReadResult {
  const shown = displayPath(path);
  const failure = (reason: string): ReadResult => ({ ok: false, message: `${shown}: ${reason}` });
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return failure("is a directory, not a file");
    // Refuse from the size alone, so a huge file is never read.
    if (stats.size > MAX_SOURCE_BYTES) return failure(tooBig(stats.size, MAX_SOURCE_BYTES, "bytes"));
    const bytes = readBounded(path, MAX_SOURCE_BYTES);
    if (bytes === null) return failure(`is too big (more than ${formatCount(MAX_SOURCE_BYTES)} bytes)`);
    const text = decode(bytes);
    if (typeof text !== "string") return failure(text.reason);
    return { ok: true, source: { id: options.id, name: shortName(basename(path)), text } };
  } catch (error) {
    const code = errorCode(error);
    if (code === undefined) throw error;
    return failure(ERROR_TEXT[code] ?? `cannot read file (${code})`);
  }
}

/**
 * Reads at most `maxBytes` bytes; returns null when there are more. Bounded even when the size
 * from `stat` says nothing (a pipe, a device) or the file grows between `stat` and the read.
 */
function readBounded(path: string, maxBytes: number): Buffer | null {
  const fd = openSync(path, "r");
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > maxBytes) return null;
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

function decode(bytes: Buffer): string | { reason: string } {
  if (bytes.length === 0) return { reason: "is empty" };
  // UTF-16 text also contains NUL bytes; either way it is not text we can read.
  if (bytes.includes(0)) return { reason: "looks like a binary file (it contains a NUL byte)" };
  let text: string;
  try {
    // The decoder drops one leading byte order mark (ignoreBOM defaults to false).
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { reason: "is not valid UTF-8 text" };
  }
  if (text.length === 0) return { reason: "is empty" };
  if (text.trim() === "") return { reason: "contains only whitespace" };
  if (text.length > MAX_SOURCE_CHARS) return { reason: tooBig(text.length, MAX_SOURCE_CHARS, "characters") };
  return text;
}

function shortName(name: string): string {
  if (name.length <= MAX_NAME_CHARS) return name;
  // Never end on half of a surrogate pair.
  const cut = /[\uD800-\uDBFF]$/.test(name.slice(0, MAX_NAME_CHARS - 1)) ? MAX_NAME_CHARS - 2 : MAX_NAME_CHARS - 1;
  return `${name.slice(0, cut)}…`;
}

function tooBig(size: number, limit: number, unit: string): string {
  return `is too big (${formatCount(size)} ${unit}; the limit is ${formatCount(limit)})`;
}

function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}

/** The path as typed, escaped when it holds control characters, so an error stays on one line. */
function displayPath(path: string): string {
  return /\p{Cc}/u.test(path) ? JSON.stringify(path) : path;
}
