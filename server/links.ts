import "server-only";
/**
 * Editors' overrides of the engine's quote matches: link two quotes the engine missed, unlink a
 * wrong match, undo either. Each change re-analyses the comparison at once (in the same
 * transaction), so the page shows its effect; reviews stay, tied to fingerprints.
 */
import { prisma } from "./db";
import { reanalyzeWithOverrideEdit, getComparison, type ComparisonView, type OverrideView } from "./comparisons";
import { AppError } from "./errors";
import { sha256Hex } from "./hash";
import type { PrismaClient } from "./generated/prisma/client";
import type { PairColumns } from "./override-refs";
import type { OverrideAction } from "./schemas";

type Db = PrismaClient;

/** Two quotes by row id (as in the comparison's `sources[].quotes[].id`), in either order. */
export type QuotePairInput = { quotes: [string, string]; author?: string; note?: string };
/** An unlink names the two quotes or the match between them. */
export type UnlinkInput = QuotePairInput | { matchId: string; author?: string; note?: string };
export type OverrideResult = { override: OverrideView; comparison: ComparisonView };

/** One override per pair: a hash of the pair's references (the texts can be long). */
function pairKey(p: PairColumns): string {
  const parts = [p.leftSourceKey, p.leftText, p.leftOccurrence, p.rightSourceKey, p.rightText, p.rightOccurrence];
  return sha256Hex(JSON.stringify(parts));
}

function invalid(message: string): AppError {
  return new AppError("INVALID_INPUT", message, { fields: { quotes: [message] } });
}

async function requireComparison(db: Db, comparisonId: string): Promise<void> {
  if (!(await db.comparison.findUnique({ where: { id: comparisonId }, select: { id: true } }))) throw new AppError("NOT_FOUND", `No comparison ${comparisonId}.`);
}

/** The stable references of two quote rows, the earlier source's quote on the left. */
async function pairOf(db: Db, comparisonId: string, [x, y]: [string, string]): Promise<PairColumns> {
  if (x === y) throw invalid("Pick two different quotes: both sides name the same quote.");
  const rows = await db.quote.findMany({
    where: { comparisonId, id: { in: [x, y] } },
    select: { id: true, exact: true, start: true, sourceId: true, source: { select: { key: true, position: true, outlet: true } } },
  });
  const missing = [x, y].filter((id) => !rows.some((q) => q.id === id));
  if (missing.length > 0) {
    throw new AppError("NOT_FOUND", `No quote ${missing.join(" or ")} in this comparison: it may have been re-analysed since the page loaded; reload it.`);
  }
  const [left, right] = [...rows].sort((a, b) => a.source.position - b.source.position) as [(typeof rows)[number], (typeof rows)[number]];
  if (left.sourceId === right.sourceId) throw invalid(`Both quotes are from ${left.source.outlet}: pick quotes of two different sources.`);
  // Which of its source's quotes with this very text each one is (quotes are in text order).
  const occurrence = async (q: typeof left) => 1 + (await db.quote.count({ where: { sourceId: q.sourceId, exact: q.exact, start: { lt: q.start } } }));
  return {
    leftSourceKey: left.source.key,
    leftText: left.exact,
    leftOccurrence: await occurrence(left),
    rightSourceKey: right.source.key,
    rightText: right.exact,
    rightOccurrence: await occurrence(right),
  };
}

async function result(db: Db, comparisonId: string, overrideId: string): Promise<OverrideResult> {
  const comparison = await getComparison(comparisonId, db);
  const override = comparison?.overrides.find((o) => o.id === overrideId);
  // Deleted by someone else in the instant since the change was stored.
  if (!comparison || !override) throw new AppError("NOT_FOUND", `No comparison ${comparisonId}.`);
  return { override, comparison };
}

async function saveOverride(db: Db, comparisonId: string, action: OverrideAction, pair: PairColumns, meta: { author?: string; note?: string }): Promise<OverrideResult> {
  const key = pairKey(pair);
  const data = { action, author: meta.author?.trim() || null, note: meta.note?.trim() ?? "" };
  const saved = await reanalyzeWithOverrideEdit(
    comparisonId,
    {
      // The new override replaces any other for the same pair (a link replaces an unlink).
      overrides: (stored) => [...stored.filter((o) => o.pairKey !== key), { ...pair, action }],
      write: (tx) =>
        tx.matchOverride.upsert({
          where: { comparisonId_pairKey: { comparisonId, pairKey: key } },
          create: { comparisonId, pairKey: key, ...pair, ...data },
          update: data,
          select: { id: true },
        }),
    },
    db,
  );
  return result(db, comparisonId, saved.id);
}

/**
 * Pairs two quotes of different sources whatever the engine thinks, and re-analyses. NOT_FOUND
 * for an unknown comparison or quote; INVALID_INPUT for the same quote twice or one source twice.
 */
export async function linkQuotes(comparisonId: string, input: QuotePairInput, db: Db = prisma): Promise<OverrideResult> {
  await requireComparison(db, comparisonId);
  return saveOverride(db, comparisonId, "link", await pairOf(db, comparisonId, input.quotes), input);
}

/** Keeps two quotes (or a match's two quotes) apart from now on, and re-analyses. Errors as `linkQuotes`. */
export async function unlinkQuotes(comparisonId: string, input: UnlinkInput, db: Db = prisma): Promise<OverrideResult> {
  await requireComparison(db, comparisonId);
  let quotes: [string, string];
  if ("matchId" in input) {
    const match = await db.match.findFirst({ where: { id: input.matchId, comparisonId }, select: { leftQuoteId: true, rightQuoteId: true } });
    if (!match) throw new AppError("NOT_FOUND", `No match ${input.matchId} in this comparison: it may have been re-analysed since the page loaded; reload it.`);
    quotes = [match.leftQuoteId, match.rightQuoteId];
  } else {
    quotes = input.quotes;
  }
  return saveOverride(db, comparisonId, "unlink", await pairOf(db, comparisonId, quotes), input);
}

/** Undoes an override (the engine's own verdict returns) and re-analyses. NOT_FOUND for an unknown one. */
export async function removeOverride(comparisonId: string, overrideId: string, db: Db = prisma): Promise<ComparisonView> {
  await requireComparison(db, comparisonId);
  const gone = () => new AppError("NOT_FOUND", `No link or unlink ${overrideId} in this comparison: it may have been undone already.`);
  await reanalyzeWithOverrideEdit(
    comparisonId,
    {
      overrides: (stored) => {
        if (!stored.some((o) => o.id === overrideId)) throw gone();
        return stored.filter((o) => o.id !== overrideId);
      },
      write: async (tx) => {
        await tx.matchOverride.delete({ where: { id: overrideId } });
      },
    },
    db,
  );
  const comparison = await getComparison(comparisonId, db);
  if (!comparison) throw new AppError("NOT_FOUND", `No comparison ${comparisonId}.`);
  return comparison;
}
