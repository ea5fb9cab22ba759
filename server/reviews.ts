import "server-only";
import { prisma } from "./db";
import { AppError, prismaCode } from "./errors";
import type { PrismaClient } from "./generated/prisma/client";
import type { ReviewPatch, ReviewStatus } from "./schemas";

type Db = PrismaClient;

export type ReviewEventView = { version: number; status: ReviewStatus; note: string; tags: string[]; author: string | null; at: string };

/** What the discrepancy said when the review was last saved (context for an orphaned review). */
export type ReviewSnapshot = { kind: string | null; severity: string | null; left: string | null; right: string | null; message: string | null; quote: string | null };

export type ReviewView = {
  fingerprint: string;
  snapshot: ReviewSnapshot;
  status: ReviewStatus;
  note: string;
  tags: string[];
  author: string | null;
  version: number;
  updatedAt: string;
  history: ReviewEventView[];
};

type ReviewRow = {
  fingerprint: string;
  status: string;
  note: string;
  tags: string;
  author: string | null;
  version: number;
  updatedAt: Date;
  kind?: string | null;
  severity?: string | null;
  leftText?: string | null;
  rightText?: string | null;
  message?: string | null;
  quoteText?: string | null;
  events?: Array<{ version: number; status: string; note: string; tags: string; author: string | null; createdAt: Date }>;
};

function tagsOf(json: string): string[] {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((t): t is string => typeof t === "string") : [];
  } catch {
    return [];
  }
}

export function reviewView(r: ReviewRow): ReviewView {
  return {
    fingerprint: r.fingerprint,
    snapshot: { kind: r.kind ?? null, severity: r.severity ?? null, left: r.leftText ?? null, right: r.rightText ?? null, message: r.message ?? null, quote: r.quoteText ?? null },
    status: r.status as ReviewStatus,
    note: r.note,
    tags: tagsOf(r.tags),
    author: r.author,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
    history: (r.events ?? []).map((e) => ({ version: e.version, status: e.status as ReviewStatus, note: e.note, tags: tagsOf(e.tags), author: e.author, at: e.createdAt.toISOString() })),
  };
}

function conflict(current: ReviewRow | null): AppError {
  return new AppError("CONFLICT", "Someone else saved this review first. Their version is shown; nothing was changed.", {
    current: current ? reviewView(current) : null,
  });
}

/**
 * Which discrepancy a review is for: its row id (the API's), or its comparison and fingerprint,
 * which survive a re-analysis that replaces the rows while a page is open.
 */
export type ReviewTarget = { discrepancyId: string } | { comparisonId: string; fingerprint: string };

async function findTarget(tx: Pick<Db, "discrepancy">, target: ReviewTarget) {
  const select = { comparisonId: true, fingerprint: true, kind: true, severity: true, leftText: true, rightText: true, message: true, leftQuote: { select: { exact: true } } } as const;
  return "discrepancyId" in target
    ? tx.discrepancy.findUnique({ where: { id: target.discrepancyId }, select })
    : tx.discrepancy.findUnique({ where: { comparisonId_fingerprint: { comparisonId: target.comparisonId, fingerprint: target.fingerprint } }, select });
}

/**
 * Saves a review of the target discrepancy, provided `patch.version` is the version the editor
 * saw (0 when there was none). A stale version changes nothing and throws CONFLICT with the
 * current review. Every save appends a history event credited to that save's author.
 */
export async function saveReview(target: ReviewTarget | string, patch: ReviewPatch, db: Db = prisma): Promise<ReviewView & { comparisonId: string }> {
  const where: ReviewTarget = typeof target === "string" ? { discrepancyId: target } : target;
  try {
    return await db.$transaction(async (tx) => {
      const d = await findTarget(tx, where);
      if (!d) throw new AppError("NOT_FOUND", "This discrepancy does not exist (any more): the comparison was deleted, or re-analysed and the words no longer differ.");
      const key = { comparisonId_fingerprint: { comparisonId: d.comparisonId, fingerprint: d.fingerprint } };
      const current = await tx.review.findUnique({ where: key, include: { events: { orderBy: { version: "asc" } } } });
      if ((current?.version ?? 0) !== patch.version) throw conflict(current);
      const next = {
        status: patch.status ?? current?.status ?? "open",
        note: patch.note ?? current?.note ?? "",
        tags: JSON.stringify(patch.tags ?? (current ? tagsOf(current.tags) : [])),
        // Each save is credited to whoever made it, never to the previous author.
        author: patch.author || null,
      };
      const snapshot = { kind: d.kind, severity: d.severity, leftText: d.leftText, rightText: d.rightText, message: d.message, quoteText: d.leftQuote.exact };
      let reviewId: string;
      if (!current) {
        reviewId = (await tx.review.create({ data: { comparisonId: d.comparisonId, fingerprint: d.fingerprint, ...next, ...snapshot, version: 1 } })).id;
      } else {
        // The version in the WHERE makes a concurrent save of the same version lose cleanly.
        const { count } = await tx.review.updateMany({ where: { id: current.id, version: patch.version }, data: { ...next, ...snapshot, version: patch.version + 1 } });
        if (count === 0) throw conflict(current);
        reviewId = current.id;
      }
      await tx.reviewEvent.create({ data: { reviewId, version: patch.version + 1, ...next } });
      const saved = await tx.review.findUniqueOrThrow({ where: { id: reviewId }, include: { events: { orderBy: { version: "asc" } } } });
      return { ...reviewView(saved), comparisonId: d.comparisonId };
    });
  } catch (error) {
    if (prismaCode(error) === "P2002") {
      const d = await findTarget(db, where);
      const current = d ? await db.review.findUnique({ where: { comparisonId_fingerprint: { comparisonId: d.comparisonId, fingerprint: d.fingerprint } } }) : null;
      throw conflict(current);
    }
    throw error;
  }
}

/**
 * Tags already used in reviews across all comparisons, for suggestions: most used first (each
 * review counts a tag once), then alphabetical; at most `limit`. Tags are a JSON column, so
 * they are counted here rather than in SQL (portable; one scan of the reviews that have tags).
 */
export async function usedTags(limit = 100, db: Db = prisma): Promise<string[]> {
  const rows = await db.review.findMany({ where: { tags: { not: "[]" } }, select: { tags: true } });
  const counts = new Map<string, number>();
  for (const r of rows) for (const tag of new Set(tagsOf(r.tags))) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "en"))
    .slice(0, Math.max(0, limit))
    .map(([tag]) => tag);
}
