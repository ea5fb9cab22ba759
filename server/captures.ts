import "server-only";
/**
 * Captures: what a URL fetch or a file import brought in, kept whole. A source's captures are
 * its versions; "check for changes" re-fetches the source's URL and stores a new version only
 * when the article's text changed, and the comparison can then be re-analysed on it.
 */
import { diffArrays, diffWords } from "diff";
import { analyze, type Analysis } from "@/lib";
import { reanalyzeWithOverrideEdit } from "./comparisons";
import { prisma } from "./db";
import { AppError } from "./errors";
import { sha256Hex } from "./hash";
import type { PrismaClient } from "./generated/prisma/client";
import { captureView, type CaptureView } from "./capture-view";
import type { ImportedSource } from "./import/types";

type Db = PrismaClient;

function captureData(imported: ImportedSource) {
  const p = imported.provenance;
  return {
    kind: p.kind,
    requestedUrl: p.kind === "url" ? p.requestedUrl : null,
    finalUrl: p.kind === "url" ? p.finalUrl : null,
    redirects: JSON.stringify(p.kind === "url" ? p.redirects : []),
    httpStatus: p.kind === "url" ? p.status : null,
    contentType: p.contentType,
    charset: p.kind === "url" ? p.charset : null,
    fileName: p.kind === "file" ? p.fileName : null,
    takenAt: new Date(p.kind === "url" ? p.fetchedAt : p.importedAt),
    sha256: p.sha256,
    bytes: p.bytes,
    raw: imported.raw,
    hasRaw: imported.raw !== null,
    text: imported.text,
    textHash: sha256Hex(imported.text),
    metadata: JSON.stringify(imported.metadata),
    warnings: JSON.stringify(imported.warnings),
  };
}

/** How long an import waits for a comparison to be saved with it before it is deleted, in days. */
export const UNCLAIMED_CAPTURE_DAYS = 7;

/**
 * Keeps an import until a comparison is saved with it (by `captureId`). Returns the capture's id.
 * Imports nobody saved within UNCLAIMED_CAPTURE_DAYS (an abandoned form) are deleted on the way.
 */
export async function storeCapture(imported: ImportedSource, db: Db = prisma, now = new Date()): Promise<string> {
  await db.capture.deleteMany({ where: { sourceId: null, createdAt: { lt: new Date(now.getTime() - UNCLAIMED_CAPTURE_DAYS * 24 * 60 * 60 * 1000) } } });
  const row = await db.capture.create({ data: captureData(imported), select: { id: true } });
  return row.id;
}

/** The stored raw document of a capture, for showing what the page said when it was checked. */
export async function rawCapture(captureId: string, db: Db = prisma): Promise<{ raw: string; contentType: string; finalUrl: string | null; takenAt: string }> {
  const c = await db.capture.findUnique({ where: { id: captureId }, select: { raw: true, contentType: true, finalUrl: true, takenAt: true } });
  if (!c || c.raw === null) throw new AppError("NOT_FOUND", `No stored document for capture ${captureId}.`);
  return { raw: c.raw, contentType: c.contentType, finalUrl: c.finalUrl, takenAt: c.takenAt.toISOString() };
}

export type Fetcher = (url: string) => Promise<ImportedSource>;

export type CheckResult = { status: "unchanged" | "changed" | "failed"; message: string; version: number | null };

async function sourceOf(db: Db, comparisonId: string, sourceId: string) {
  const source = await db.source.findFirst({
    where: { id: sourceId, comparisonId },
    select: { id: true, outlet: true, title: true, url: true, textHash: true, captureId: true, checkedAt: true, checkStatus: true, checkMessage: true },
  });
  if (!source) throw new AppError("NOT_FOUND", `No source ${sourceId} in comparison ${comparisonId}.`);
  return source;
}

/**
 * Re-fetches a source imported from a URL. Changed text is stored as the next version beside
 * the old ones (never over them); the source keeps using its current text until the editor
 * adopts the new version. A failed fetch is recorded and reported, and changes nothing else.
 */
export async function checkForChanges(comparisonId: string, sourceId: string, fetcher: Fetcher, db: Db = prisma): Promise<CheckResult> {
  const source = await sourceOf(db, comparisonId, sourceId);
  const latest = await db.capture.findFirst({ where: { sourceId, kind: "url" }, orderBy: { version: "desc" }, select: { version: true, textHash: true, requestedUrl: true, finalUrl: true } });
  const url = latest?.requestedUrl ?? latest?.finalUrl ?? source.url;
  if (!url) throw new AppError("INVALID_INPUT", `${source.outlet} was not imported from a web address, so there is nothing to re-fetch.`);
  let imported: ImportedSource;
  try {
    imported = await fetcher(url);
  } catch (error) {
    const message = error instanceof AppError ? error.message : "The page could not be fetched.";
    if (!(error instanceof AppError)) console.error("Checking a source for changes failed:", error);
    await db.source.update({ where: { id: sourceId }, data: { checkedAt: new Date(), checkStatus: "failed", checkMessage: message } });
    return { status: "failed", message, version: null };
  }
  const data = captureData(imported);
  const baseline = latest?.textHash ?? source.textHash;
  if (data.textHash === baseline) {
    await db.source.update({ where: { id: sourceId }, data: { checkedAt: new Date(), checkStatus: "unchanged", checkMessage: null } });
    return { status: "unchanged", message: `${source.outlet}'s article reads as before.`, version: latest?.version ?? null };
  }
  return db.$transaction(async (tx) => {
    const top = await tx.capture.aggregate({ where: { sourceId }, _max: { version: true } });
    const version = (top._max.version ?? 0) + 1;
    await tx.capture.create({ data: { ...data, sourceId, version } });
    const message = `${source.outlet}'s article changed: stored as version ${version}.`;
    await tx.source.update({ where: { id: sourceId }, data: { checkedAt: new Date(), checkStatus: "changed", checkMessage: message } });
    return { status: "changed" as const, message, version };
  });
}

export type ParagraphChange = { op: "same" | "added" | "removed" | "changed"; before: string | null; after: string | null; words: Array<{ op: "equal" | "delete" | "insert"; text: string }> | null };

/** Paragraph-level diff, and a word diff inside each changed paragraph: quick on long, mostly equal texts. */
export function textChanges(before: string, after: string): ParagraphChange[] {
  const split = (t: string) => t.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const parts = diffArrays(split(before), split(after));
  const out: ParagraphChange[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (!part) continue;
    const next = parts[i + 1];
    if (part.removed && next?.added) {
      // Removed then added paragraphs pair up as changed ones, in order.
      const n = Math.max(part.value.length, next.value.length);
      for (let k = 0; k < n; k++) {
        const b = part.value[k];
        const a = next.value[k];
        if (b !== undefined && a !== undefined) {
          out.push({ op: "changed", before: b, after: a, words: diffWords(b, a).map((w) => ({ op: w.added ? "insert" : w.removed ? "delete" : "equal", text: w.value })) });
        } else out.push({ op: b !== undefined ? "removed" : "added", before: b ?? null, after: a ?? null, words: null });
      }
      i++;
      continue;
    }
    for (const p of part.value) out.push({ op: part.added ? "added" : part.removed ? "removed" : "same", before: part.added ? null : p, after: part.removed ? null : p, words: null });
  }
  return out;
}

export type VersionsView = {
  comparisonId: string;
  source: { id: string; outlet: string; title: string; captureId: string | null; checkedAt: string | null; checkStatus: string | null; checkMessage: string | null };
  versions: CaptureView[];
  /** The version whose text the comparison uses (null when the text was typed or edited). */
  current: number | null;
  from: number | null;
  to: number | null;
  changes: ParagraphChange[];
  /** The engine on the two versions: which quotes changed and how. */
  quoteChanges: Analysis | null;
};

/** A source's versions, and what changed between two of them (by default the last two). */
export async function sourceVersions(comparisonId: string, sourceId: string, range: { from?: number; to?: number } = {}, db: Db = prisma): Promise<VersionsView> {
  const source = await sourceOf(db, comparisonId, sourceId);
  const rows = await db.capture.findMany({ where: { sourceId }, orderBy: { version: "asc" } });
  const versions = rows.map(captureView);
  const current = rows.find((r) => r.id === source.captureId && r.textHash === source.textHash)?.version ?? null;
  const last = rows[rows.length - 1]?.version ?? null;
  const to = range.to ?? last;
  const from = range.from ?? (to !== null ? (rows.filter((r) => (r.version ?? 0) < to).pop()?.version ?? null) : null);
  const a = rows.find((r) => r.version === from);
  const b = rows.find((r) => r.version === to);
  if ((range.from !== undefined && !a) || (range.to !== undefined && !b)) throw new AppError("NOT_FOUND", "No such version of this source.");
  const changes = a && b ? textChanges(a.text, b.text) : [];
  const quoteChanges = a && b ? analyze([{ id: `v${a.version}`, name: `version ${a.version}`, text: a.text }, { id: `v${b.version}`, name: `version ${b.version}`, text: b.text }]) : null;
  return {
    comparisonId,
    source: { id: source.id, outlet: source.outlet, title: source.title, captureId: source.captureId, checkedAt: source.checkedAt?.toISOString() ?? null, checkStatus: source.checkStatus, checkMessage: source.checkMessage },
    versions,
    current,
    from,
    to,
    changes,
    quoteChanges,
  };
}

/**
 * Re-analyses the comparison on a stored version of one source: the source's text becomes that
 * version's; reviews stay with their fingerprints (a review of a quote whose words changed shows
 * among the reviews of discrepancies that no longer exist).
 */
export async function adoptVersion(comparisonId: string, sourceId: string, version: number, db: Db = prisma): Promise<void> {
  await sourceOf(db, comparisonId, sourceId);
  const capture = await db.capture.findFirst({ where: { sourceId, version }, select: { id: true, text: true } });
  if (!capture) throw new AppError("NOT_FOUND", `No version ${version} of this source.`);
  await reanalyzeWithOverrideEdit(comparisonId, { overrides: (stored) => stored, write: async () => undefined, replaceText: { sourceId, text: capture.text, captureId: capture.id } }, db);
}
