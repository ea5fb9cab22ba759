/**
 * A stored comparison as the pages and the API show it.
 */
import { quoteFinder, type DiffOp, type MatchOrigin, type Severity } from "@/lib";
import type { Prisma } from "./generated/prisma/client";
import type { OverrideAction } from "./schemas";
import { captureView, type CaptureView } from "./capture-view";
import { reviewView, type ReviewView } from "./reviews";

export type Counts = Record<Severity, number>;

export function parseCounts(json: string): Counts {
  const zero: Counts = { critical: 0, major: 0, minor: 0, cosmetic: 0, info: 0 };
  try {
    return { ...zero, ...(JSON.parse(json) as Partial<Counts>) };
  } catch {
    return zero;
  }
}

/** The columns of a row the view does not read (Prisma converts every date it loads). */
const UNREAD = { comparisonId: true, createdAt: true, updatedAt: true } as const;

/**
 * What `getComparison` loads: everything the view needs in one query, and only that. Quotes,
 * matches and discrepancies come by the hundred: loading their context, dates and other unread
 * columns took most of the time of a 10k-word pair's page (`bench/render.bench.mts`).
 */
export const comparisonInclude = {
      sources: {
        orderBy: { position: "asc" },
        include: {
          quotes: { orderBy: { start: "asc" }, select: { id: true, key: true, start: true, end: true, exact: true, kind: true, speaker: true, verb: true, confidence: true, utterance: true } },
          captures: { orderBy: { version: "asc" }, omit: { raw: true, text: true } },
        },
      },
      matches: { orderBy: { key: "asc" }, omit: UNREAD },
      discrepancies: { orderBy: { rank: "asc" }, omit: UNREAD },
      reviews: { include: { events: { orderBy: { version: "asc" } } } },
      overrides: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    } satisfies Prisma.ComparisonInclude;

type Row = Prisma.ComparisonGetPayload<{ include: typeof comparisonInclude }>;

export type QuoteView = {
  id: string;
  key: string;
  sourceId: string;
  start: number;
  end: number;
  text: string;
  kind: string;
  speaker: string | null;
  verb: string | null;
  confidence: string;
  utterance: string;
};

export type SourceView = {
  id: string;
  key: string;
  position: number;
  outlet: string;
  title: string;
  url: string | null;
  byline: string | null;
  publishedAt: string | null;
  textHash: string;
  text: string;
  quotes: QuoteView[];
  /** Where the text came from: the capture in use (null when typed, pasted or edited after import). */
  provenance: CaptureView | null;
  /** Every capture of the source (its versions), without their texts. */
  versions: CaptureView[];
  /** The last check for changes, if any. */
  check: { at: string; status: string; message: string | null } | null;
};

export type MatchView = {
  id: string;
  key: string;
  quotes: [string, string];
  relation: string;
  contained: string | null;
  score: number;
  sharedWords: number;
  leftRange: [number, number];
  rightRange: [number, number];
  diff: DiffOp[] | null;
  /** "editor" when an editor's link made (or confirmed) the pair. */
  origin: MatchOrigin;
  /** The link override behind an editor's match (undo removes it), else null. */
  overrideId: string | null;
};

/** One quote an override names, and the quote it names now (null: the text changed). */
export type OverrideQuoteView = {
  sourceKey: string;
  sourceOutlet: string;
  text: string;
  occurrence: number;
  quoteId: string | null;
};

/** An editor's link or unlink of two quotes, kept across re-analyses. */
export type OverrideView = {
  id: string;
  action: OverrideAction;
  /** The quote of the earlier source. */
  left: OverrideQuoteView;
  right: OverrideQuoteView;
  author: string | null;
  note: string;
  createdAt: string;
  updatedAt: string;
  /** False when a reference no longer names a quote: the engine ignores the override. */
  applied: boolean;
};

export type DiscrepancyView = {
  id: string;
  key: string;
  kind: string;
  severity: Severity;
  quotes: string[];
  matchId: string | null;
  left: string | null;
  right: string | null;
  leftRange: [number, number] | null;
  rightRange: [number, number] | null;
  ellipsis: boolean | null;
  message: string;
  fingerprint: string;
  review: ReviewView | null;
};

export type ComparisonView = {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  analyzedAt: string;
  engineVersion: string;
  counts: Counts;
  sources: SourceView[];
  matches: MatchView[];
  discrepancies: DiscrepancyView[];
  /** Reviews whose discrepancy no longer exists after a re-analysis: kept, shown apart. */
  orphanedReviews: ReviewView[];
  /** Editors' links and unlinks, oldest first. */
  overrides: OverrideView[];
};

function pair(a: number | null, b: number | null): [number, number] | null {
  return a === null || b === null ? null : [a, b];
}

/** Each override with the quotes its references name in the current analysis. */
function overrideViews(c: Row): OverrideView[] {
  const find = quoteFinder(c.sources, (q) => q.exact);
  const outlets = new Map(c.sources.map((s) => [s.key, s.outlet]));
  const side = (sourceKey: string, text: string, occurrence: number): OverrideQuoteView => ({ sourceKey, sourceOutlet: outlets.get(sourceKey) ?? sourceKey, text, occurrence, quoteId: find(sourceKey, text, occurrence)?.id ?? null });
  return c.overrides.map((o) => {
    const left = side(o.leftSourceKey, o.leftText, o.leftOccurrence);
    const right = side(o.rightSourceKey, o.rightText, o.rightOccurrence);
    return {
      id: o.id,
      action: o.action as OverrideAction,
      left,
      right,
      author: o.author,
      note: o.note,
      createdAt: o.createdAt.toISOString(),
      updatedAt: o.updatedAt.toISOString(),
      applied: left.quoteId !== null && right.quoteId !== null,
    };
  });
}

/** Maps the loaded rows to the view: reviews joined by fingerprint, orphans apart. */
export function comparisonView(c: Row): ComparisonView {
  const reviews = new Map(c.reviews.map((r) => [r.fingerprint, r]));
  const overrides = overrideViews(c);
  const links = new Map(overrides.filter((o) => o.action === "link" && o.applied).map((o) => [`${o.left.quoteId}\u0000${o.right.quoteId}`, o.id]));
  const fingerprints = new Set(c.discrepancies.map((d) => d.fingerprint));
  const byKeyOrder = (x: { key: string }, y: { key: string }) => Number(x.key.slice(1)) - Number(y.key.slice(1));
  return {
    id: c.id,
    title: c.title,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    analyzedAt: c.analyzedAt.toISOString(),
    engineVersion: c.engineVersion,
    counts: parseCounts(c.counts),
    sources: c.sources.map((s) => ({
      id: s.id,
      key: s.key,
      position: s.position,
      outlet: s.outlet,
      title: s.title,
      url: s.url,
      byline: s.byline,
      publishedAt: s.publishedAt ? s.publishedAt.toISOString().slice(0, 10) : null,
      textHash: s.textHash,
      provenance: (() => {
        const c = s.captures.find((x) => x.id === s.captureId);
        return c && c.textHash === s.textHash ? captureView(c) : null;
      })(),
      versions: s.captures.map(captureView),
      check: s.checkedAt && s.checkStatus ? { at: s.checkedAt.toISOString(), status: s.checkStatus, message: s.checkMessage } : null,
      text: s.text,
      quotes: s.quotes.map((q) => ({ id: q.id, key: q.key, sourceId: s.id, start: q.start, end: q.end, text: q.exact, kind: q.kind, speaker: q.speaker, verb: q.verb, confidence: q.confidence, utterance: q.utterance })),
    })),
    matches: [...c.matches].sort(byKeyOrder).map((m) => ({
      id: m.id,
      key: m.key,
      quotes: [m.leftQuoteId, m.rightQuoteId],
      relation: m.relation,
      contained: m.contained,
      score: m.score,
      sharedWords: m.sharedWords,
      leftRange: [m.leftStart, m.leftEnd],
      rightRange: [m.rightStart, m.rightEnd],
      diff: m.diff === null ? null : (JSON.parse(m.diff) as DiffOp[]),
      origin: m.origin as MatchOrigin,
      overrideId: links.get(`${m.leftQuoteId}\u0000${m.rightQuoteId}`) ?? null,
    })),
    // Within a severity, the engine's order ("d2" before "d10"), not the shared insert time.
    discrepancies: [...c.discrepancies].sort((x, y) => x.rank - y.rank || byKeyOrder(x, y)).map((d) => {
      const review = reviews.get(d.fingerprint);
      return {
        id: d.id,
        key: d.key,
        kind: d.kind,
        severity: d.severity as Severity,
        quotes: d.rightQuoteId ? [d.leftQuoteId, d.rightQuoteId] : [d.leftQuoteId],
        matchId: d.matchId,
        left: d.leftText,
        right: d.rightText,
        leftRange: pair(d.leftStart, d.leftEnd),
        rightRange: pair(d.rightStart, d.rightEnd),
        ellipsis: d.ellipsis,
        message: d.message,
        fingerprint: d.fingerprint,
        review: review ? reviewView(review) : null,
      };
    }),
    orphanedReviews: c.reviews.filter((r) => !fingerprints.has(r.fingerprint)).map(reviewView),
    overrides,
  };
}
