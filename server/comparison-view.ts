/**
 * A stored comparison as the pages and the API show it.
 */
import type { DiffOp, Severity } from "@/lib";
import type { Prisma } from "./generated/prisma/client";
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

/** What `getComparison` loads: everything the view needs in one query. */
export const comparisonInclude = {
      sources: { orderBy: { position: "asc" }, include: { quotes: { orderBy: { start: "asc" } } } },
      matches: { orderBy: { key: "asc" } },
      discrepancies: { orderBy: { rank: "asc" } },
      reviews: { include: { events: { orderBy: { version: "asc" } } } },
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
  publishedAt: string | null;
  textHash: string;
  text: string;
  quotes: QuoteView[];
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
};

function pair(a: number | null, b: number | null): [number, number] | null {
  return a === null || b === null ? null : [a, b];
}

/** Maps the loaded rows to the view: reviews joined by fingerprint, orphans apart. */
export function comparisonView(c: Row): ComparisonView {
  const reviews = new Map(c.reviews.map((r) => [r.fingerprint, r]));
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
      publishedAt: s.publishedAt ? s.publishedAt.toISOString().slice(0, 10) : null,
      textHash: s.textHash,
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
  };
}
