import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { analyze, type Analysis } from "@/lib";
import { prisma } from "./db";
import { AppError } from "./errors";
import { sha256Hex } from "./hash";
import type { MatchOverride, PrismaClient } from "./generated/prisma/client";
import { engineOverrides, type PairColumns } from "./override-refs";
import { analysisRows } from "./rows";
import type { ComparisonInput } from "./schemas";
import { comparisonInclude, comparisonView, parseCounts, type ComparisonView, type Counts } from "./comparison-view";

/** Big comparisons insert thousands of rows; the default 5 s transaction limit is too tight. */
const TRANSACTION_TIMEOUT_MS = 60_000;

type Db = PrismaClient;
type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export type ComparisonSummary = {
  id: string;
  title: string;
  createdAt: string;
  outlets: string[];
  counts: Counts;
};

/** An override as the analysis takes it: an action and the pair it names. */
export type OverrideSpec = PairColumns & { action: string };

function runAnalysis(sources: ReadonlyArray<{ key: string; outlet: string; text: string }>, overrides: readonly OverrideSpec[] = []): Analysis {
  return analyze(
    sources.map((s) => ({ id: s.key, name: s.outlet, text: s.text })),
    { overrides: engineOverrides(overrides) },
  );
}

async function insertAnalysis(tx: Tx, comparisonId: string, sources: ReadonlyArray<{ id: string; key: string }>, analysis: Analysis): Promise<void> {
  const rows = analysisRows(comparisonId, sources, analysis);
  if (rows.quotes.length > 0) await tx.quote.createMany({ data: rows.quotes });
  if (rows.matches.length > 0) await tx.match.createMany({ data: rows.matches });
  if (rows.discrepancies.length > 0) await tx.discrepancy.createMany({ data: rows.discrepancies });
}

/**
 * Makes each source's capture (its URL fetch or file import) the source's version 1. A capture
 * is taken once: one already kept by another source, or unknown, is refused.
 */
async function attachCaptures(tx: Tx, sources: ReadonlyArray<{ id: string; captureId?: string | undefined }>): Promise<void> {
  for (const [i, s] of sources.entries()) {
    if (!s.captureId) continue;
    const { count } = await tx.capture.updateMany({ where: { id: s.captureId, sourceId: null }, data: { sourceId: s.id, version: 1 } });
    if (count === 0) {
      throw new AppError("INVALID_INPUT", "The imported page or file is not available any more; import it again.", { fields: { [`sources.${i}.captureId`]: ["Import this source again."] } });
    }
  }
}

/** Analyses the sources and stores the comparison with everything found, in one transaction. */
export async function createComparison(input: ComparisonInput, db: Db = prisma): Promise<{ id: string }> {
  const sources = input.sources.map((s, i) => ({ ...s, id: randomUUID(), key: `s${i + 1}`, position: i }));
  const analysis = runAnalysis(sources);
  const id = randomUUID();
  const searchText = [input.title, ...sources.map((s) => s.outlet)].join(" \u2022 ").toLowerCase();
  await db.$transaction(
    async (tx) => {
      await tx.comparison.create({ data: { id, title: input.title, searchText, engineVersion: analysis.engineVersion, counts: JSON.stringify(analysis.counts) } });
      await tx.source.createMany({
        data: sources.map((s) => ({
          id: s.id,
          comparisonId: id,
          position: s.position,
          key: s.key,
          outlet: s.outlet,
          title: s.title,
          url: s.url ?? null,
          byline: s.byline ?? null,
          publishedAt: s.publishedAt ? new Date(s.publishedAt) : null,
          text: s.text,
          textHash: sha256Hex(s.text),
          captureId: s.captureId ?? null,
        })),
      });
      await attachCaptures(tx, sources);
      await insertAnalysis(tx, id, sources, analysis);
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
  return { id };
}

/**
 * A change to a comparison's overrides, stored in the same transaction as the analysis that
 * applies it, so that the page never shows an override without its effect.
 */
export type OverrideEdit<T> = {
  /** The overrides to analyse with, given the stored ones (may throw, e.g. NOT_FOUND). */
  overrides: (stored: readonly MatchOverride[]) => readonly OverrideSpec[];
  /** Writes the change; runs inside the transaction, before the new rows are inserted. */
  write: (tx: Tx) => Promise<T>;
  /** A source's new text (a newer capture adopted): analysed instead of the stored text, and stored with it. */
  replaceText?: { sourceId: string; text: string; captureId: string | null };
};

/** The stored overrides' identity and versions: any add, change or removal changes it. */
function overrideState(rows: ReadonlyArray<{ id: string; updatedAt: Date }>): string {
  return rows.map((o) => `${o.id}@${o.updatedAt.getTime()}`).join();
}

async function reanalyze<T>(id: string, edit: OverrideEdit<T>, db: Db): Promise<T> {
  // The engine runs before the transaction opens (it can take seconds on big sources); inside,
  // the sources' hashes and the overrides are checked again so that an edit made meanwhile is
  // never overwritten.
  const sources = await db.source.findMany({ where: { comparisonId: id }, orderBy: { position: "asc" }, select: { id: true, key: true, outlet: true, text: true, textHash: true } });
  if (sources.length === 0) throw new AppError("NOT_FOUND", `No comparison ${id}.`);
  const overrideOrder = [{ createdAt: "asc" }, { id: "asc" }] as const;
  const stored = await db.matchOverride.findMany({ where: { comparisonId: id }, orderBy: [...overrideOrder] });
  const replace = edit.replaceText;
  if (replace && !sources.some((s) => s.id === replace.sourceId)) throw new AppError("NOT_FOUND", `No source ${replace.sourceId} in comparison ${id}.`);
  const analysed = replace ? sources.map((s) => (s.id === replace.sourceId ? { ...s, text: replace.text } : s)) : sources;
  const analysis = runAnalysis(analysed, edit.overrides(stored));
  return db.$transaction(
    async (tx) => {
      const now = await tx.source.findMany({ where: { comparisonId: id }, orderBy: { position: "asc" }, select: { textHash: true } });
      if (now.map((s) => s.textHash).join() !== sources.map((s) => s.textHash).join()) {
        throw new AppError("CONFLICT", "The sources changed while they were being analysed; run the analysis again.");
      }
      const overridesNow = await tx.matchOverride.findMany({ where: { comparisonId: id }, orderBy: [...overrideOrder], select: { id: true, updatedAt: true } });
      if (overrideState(overridesNow) !== overrideState(stored)) {
        throw new AppError("CONFLICT", "Someone linked or unlinked quotes while the analysis ran; run it again.");
      }
      const result = await edit.write(tx);
      if (replace) await tx.source.update({ where: { id: replace.sourceId }, data: { text: replace.text, textHash: sha256Hex(replace.text), captureId: replace.captureId } });
      await tx.discrepancy.deleteMany({ where: { comparisonId: id } });
      await tx.match.deleteMany({ where: { comparisonId: id } });
      await tx.quote.deleteMany({ where: { comparisonId: id } });
      await insertAnalysis(tx, id, sources, analysis);
      await tx.comparison.update({ where: { id }, data: { engineVersion: analysis.engineVersion, counts: JSON.stringify(analysis.counts), analyzedAt: new Date() } });
      return result;
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
}

/**
 * Re-runs the engine on the stored sources (after an engine upgrade or an edited source) with
 * the stored overrides: quotes, matches and discrepancies are replaced; reviews stay, tied to
 * fingerprints.
 */
export async function reanalyzeComparison(id: string, db: Db = prisma): Promise<void> {
  await reanalyze(id, { overrides: (stored) => stored, write: async () => undefined }, db);
}

/** Times an override edit is tried when another write got in first (each try re-reads). */
const OVERRIDE_EDIT_TRIES = 3;

/**
 * Changes the comparison's overrides and re-analyses it in one go: the new analysis and the
 * change are stored together or not at all. Retried when the sources or overrides changed
 * while the engine ran; CONFLICT after that.
 */
export async function reanalyzeWithOverrideEdit<T>(id: string, edit: OverrideEdit<T>, db: Db = prisma): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await reanalyze(id, edit, db);
    } catch (error) {
      if (!(error instanceof AppError && error.code === "CONFLICT") || attempt >= OVERRIDE_EDIT_TRIES) throw error;
    }
  }
}

export async function deleteComparison(id: string, db: Db = prisma): Promise<void> {
  const { count } = await db.comparison.deleteMany({ where: { id } });
  if (count === 0) throw new AppError("NOT_FOUND", `No comparison ${id}.`);
}

type Cursor = { c: string; i: string };

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString("base64url");
}

const cursorSchema = z.object({ c: z.iso.datetime(), i: z.string().min(1).max(100) });

/** The cursor's position; a cursor this API did not give out is INVALID_INPUT, never a silent first page. */
function decodeCursor(s: string | undefined): Cursor | null {
  if (!s) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(s, "base64url").toString("utf8"));
  } catch {
    value = null;
  }
  const parsed = cursorSchema.safeParse(value);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "The cursor is not one this API gave out.", { fields: { cursor: ["Not a cursor from a previous page."] } });
  return parsed.data;
}

/**
 * Comparisons newest first, filtered by words in the title or an outlet's name. Keyset
 * pagination on (createdAt, id) keeps every page as fast as the first at 100,000 rows.
 */
export async function listComparisons(options: { q?: string; cursor?: string; limit: number }, db: Db = prisma): Promise<{ items: ComparisonSummary[]; nextCursor: string | null }> {
  const q = options.q?.trim().toLowerCase();
  // SQL LIKE reads "_" and "%" as wildcards: such a search is checked again here, fetching on
  // until the page is full of rows that really contain the words.
  const recheck = q !== undefined && /[%_]/.test(q);
  const rows: Awaited<ReturnType<typeof listPage>> = [];
  let from = decodeCursor(options.cursor);
  for (;;) {
    const batch = await listPage(db, q, from, options.limit + 1);
    rows.push(...(recheck ? batch.filter((r) => r.searchText.includes(q)) : batch));
    const tail = batch[batch.length - 1];
    if (rows.length > options.limit || batch.length <= options.limit || !tail) break;
    from = { c: tail.createdAt.toISOString(), i: tail.id };
  }
  const page = rows.slice(0, options.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({ id: r.id, title: r.title, createdAt: r.createdAt.toISOString(), outlets: r.sources.map((s) => s.outlet), counts: parseCounts(r.counts) })),
    nextCursor: rows.length > options.limit && last ? encodeCursor({ c: last.createdAt.toISOString(), i: last.id }) : null,
  };
}

function listPage(db: Db, q: string | undefined, cursor: Cursor | null, take: number) {
  return db.comparison.findMany({
    where: {
      ...(q ? { searchText: { contains: q } } : {}),
      // "(createdAt, id) < cursor", written so that the createdAt index bounds the scan.
      ...(cursor ? { createdAt: { lte: new Date(cursor.c) }, OR: [{ createdAt: { lt: new Date(cursor.c) } }, { id: { lt: cursor.i } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, title: true, searchText: true, createdAt: true, counts: true, sources: { select: { outlet: true }, orderBy: { position: "asc" } } },
  });
}

/** Everything about one comparison, or null when there is no such id. */
export async function getComparison(id: string, db: Db = prisma): Promise<ComparisonView | null> {
  const c = await db.comparison.findUnique({ where: { id }, include: comparisonInclude });
  return c ? comparisonView(c) : null;
}

export type { ComparisonView, Counts, DiscrepancyView, MatchView, OverrideQuoteView, OverrideView, QuoteView, SourceView } from "./comparison-view";
