/**
 * From an `Analysis` to database rows, with ids made here so that one transaction can insert
 * every table with createMany.
 */
import { randomUUID } from "node:crypto";
import { severityRank, type Analysis } from "@/lib";


type SourceRef = { id: string; key: string };

export function analysisRows(comparisonId: string, sources: readonly SourceRef[], analysis: Analysis) {
  const sourceId = new Map(sources.map((s) => [s.key, s.id]));
  const quoteId = new Map<string, string>();
  const quotes = analysis.sources.flatMap((s) =>
    s.quotes.map((q) => {
      const id = randomUUID();
      quoteId.set(q.id, id);
      return {
        id,
        comparisonId,
        sourceId: sourceId.get(s.id) as string,
        key: q.id,
        start: q.start,
        end: q.end,
        exact: q.exact,
        prefix: q.prefix,
        suffix: q.suffix,
        openMark: q.openMark,
        closeMark: q.closeMark,
        confidence: q.confidence,
        kind: q.kind,
        speaker: q.speaker,
        speakerMention: q.speakerMention,
        verb: q.verb,
        utterance: q.utterance,
        paragraph: q.paragraph,
        wordCount: q.wordCount,
      };
    }),
  );
  const matchId = new Map<string, string>();
  const matches = analysis.matches.map((m) => {
    const id = randomUUID();
    matchId.set(m.id, id);
    return {
      id,
      comparisonId,
      key: m.id,
      leftQuoteId: quoteId.get(m.quotes[0]) as string,
      rightQuoteId: quoteId.get(m.quotes[1]) as string,
      relation: m.relation,
      contained: m.contained,
      score: m.score,
      sharedWords: m.sharedWords,
      leftStart: m.leftRange[0],
      leftEnd: m.leftRange[1],
      rightStart: m.rightRange[0],
      rightEnd: m.rightRange[1],
      diff: m.diff === null ? null : JSON.stringify(m.diff),
      origin: m.origin,
    };
  });
  const discrepancies = analysis.discrepancies.map((d) => ({
    id: randomUUID(),
    comparisonId,
    key: d.id,
    kind: d.kind,
    severity: d.severity,
    rank: severityRank(d.severity),
    matchId: d.matchId === null ? null : (matchId.get(d.matchId) ?? null),
    leftQuoteId: quoteId.get(d.quotes[0] as string) as string,
    rightQuoteId: d.quotes[1] === undefined ? null : (quoteId.get(d.quotes[1]) ?? null),
    leftText: d.left ?? null,
    rightText: d.right ?? null,
    leftStart: d.leftRange?.[0] ?? null,
    leftEnd: d.leftRange?.[1] ?? null,
    rightStart: d.rightRange?.[0] ?? null,
    rightEnd: d.rightRange?.[1] ?? null,
    ellipsis: d.ellipsis ?? null,
    message: d.message,
    fingerprint: d.fingerprint,
  }));
  return { quotes, matches, discrepancies };
}
