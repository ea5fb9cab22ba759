/**
 * The pipeline: normalise and segment each source, extract its quotes, attribute them, align
 * them across sources, diff each aligned pair and classify what differs.
 */
import { alignAll, type AlignQuote } from "./align";
import { attribute } from "./attribute";
import { range, type Draft, type PairContext } from "./classify";
import { displayDiff, pairDiscrepancies } from "./discrepancies";
import { extractQuotes } from "./extract";
import { fingerprint } from "./fingerprint";
import { connectedGroups } from "./groups";
import { ENGINE_VERSION } from "./limits";
import { applyOverrides } from "./overrides";
import type { PairAlignment } from "./region";
import { paragraphs } from "./segment";
import { scan } from "./tokenize";
import { Vocabulary } from "./tokens";
import type { Analysis, AnalyzeOptions, Discrepancy, Group, Match, Quote, Severity, Source, SourceInput } from "./types";

/** Characters of context kept on each side of a quote (W3C TextQuoteSelector prefix/suffix). */
const CONTEXT_CHARS = 32;

type Prepared = { source: Source; text: string; align: AlignQuote[] };

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Context that never starts or ends inside a surrogate pair. */
function context(text: string, start: number, end: number): { prefix: string; suffix: string } {
  let p = Math.max(0, start - CONTEXT_CHARS);
  if (p > 0 && isLowSurrogate(text.charCodeAt(p))) p++;
  let s = Math.min(text.length, end + CONTEXT_CHARS);
  if (s < text.length && isHighSurrogate(text.charCodeAt(s - 1))) s--;
  return { prefix: text.slice(p, start), suffix: text.slice(end, s) };
}

function uniqueIds(sources: readonly SourceInput[]): string[] {
  const used = new Set<string>();
  return sources.map((s, i) => {
    let id = s.id?.trim() || `s${i + 1}`;
    for (let n = 2; used.has(id); n++) id = `${s.id?.trim() || `s${i + 1}`}-${n}`;
    used.add(id);
    return id;
  });
}

/** `vocab`: the keys of every source of the analysis, so that equal key ids are equal keys across sources. */
function prepare(input: SourceInput, id: string, index: number, vocab: Vocabulary): Prepared {
  const text = input.text;
  const paras = paragraphs(text);
  const raw = extractQuotes(text, paras);
  const all = scan(text, vocab);
  const atts = attribute(text, paras, raw, all);
  const align: AlignQuote[] = [];
  const quotes: Quote[] = raw.map((q, i) => {
    const att = atts[i] as (typeof atts)[number];
    const words = att.words;
    const quoted = text.slice(q.start, q.end);
    const { prefix, suffix } = context(text, q.start, q.end);
    const quote: Quote = {
      id: `${id}:q${i + 1}`,
      sourceId: id,
      start: q.start,
      end: q.end,
      text: quoted,
      exact: quoted,
      prefix,
      suffix,
      openMark: q.openMark,
      closeMark: q.closeMark,
      confidence: q.confidence,
      kind: att.kind,
      speaker: att.speaker,
      speakerMention: att.speakerMention,
      verb: att.verb,
      utterance: `${id}:u${att.utterance + 1}`,
      paragraph: q.paragraph,
      wordCount: words,
    };
    align.push({ id: quote.id, source: index, index: i, table: all, from: att.from, types: all.types.subarray(att.from, att.to), ids: all.ids.subarray(att.from, att.to), words, kind: quote.kind, speaker: quote.speaker, facts: undefined });
    return quote;
  });
  const name = input.name?.trim() || id;
  return { source: { id, name, length: text.length, quotes }, text, align };
}

function toMatch(p: PairAlignment, id: string, left: Prepared, right: Prepared, origin: Match["origin"]): Match {
  return {
    id,
    quotes: [p.a.id, p.b.id],
    relation: p.relation,
    contained: p.contained,
    score: Math.round(p.score * 1000) / 1000,
    sharedWords: p.sharedWords,
    leftRange: range(p.a, p.region.aFrom, p.region.aTo, 0),
    rightRange: range(p.b, p.region.bFrom, p.region.bTo, 0),
    diff: displayDiff(p, left.text, right.text),
    origin,
  };
}

/**
 * A discrepancy from its draft, its fields in one order whatever the draft's (the drafts come in
 * a dozen literal shapes, and spreading them cost more than classifying them), in the order of
 * the type; a side or range the draft lacks stays absent, never `undefined`.
 */
function discrepancy(id: string, d: Draft, quotes: string[], matchId: string, print: string): Discrepancy {
  const out = { id, kind: d.kind, severity: d.severity, quotes, matchId } as Discrepancy;
  if (d.left !== undefined) out.left = d.left;
  if (d.right !== undefined) out.right = d.right;
  if (d.leftRange !== undefined) out.leftRange = d.leftRange;
  if (d.rightRange !== undefined) out.rightRange = d.rightRange;
  if (d.ellipsis !== undefined) out.ellipsis = d.ellipsis;
  out.message = d.message;
  out.fingerprint = print;
  return out;
}

/**
 * The groups of quotes the pairs link, directly or through others. Quotes are keyed by their
 * place in `quotes` (all sources' quotes in source order): small integers hash without reading
 * the quote (keyed by object, each lookup read a quote from somewhere in the heap: 1.6–4.7 ms on
 * the 50k pair, against 1.2 ms now).
 */
function groupsOf(pairs: ReadonlyArray<{ pair: PairAlignment }>, quotes: readonly AlignQuote[], prepared: readonly Prepared[]): Group[] {
  // Where each source's quotes start in `quotes`.
  const first: number[] = [];
  let n = 0;
  for (const p of prepared) {
    first.push(n);
    n += p.align.length;
  }
  const place = (q: AlignQuote) => (first[q.source] as number) + q.index;
  return connectedGroups(pairs.map(({ pair }) => [place(pair.a), place(pair.b)] as const)).map((members, i) => ({ id: `g${i + 1}`, quotes: members.map((k) => (quotes[k] as AlignQuote).id) }));
}

/**
 * Analyses 1 to N sources. Pure and deterministic: the same input always gives the same,
 * JSON-serialisable result. With one source (or `quotesOnly`) there are quotes but no matches
 * or discrepancies.
 */
export function analyze(sources: readonly SourceInput[], options: AnalyzeOptions = {}): Analysis {
  const ids = uniqueIds(sources);
  const vocab = new Vocabulary();
  const prepared = sources.map((s, i) => prepare(s, ids[i] as string, i, vocab));
  const counts: Record<Severity, number> = { critical: 0, major: 0, minor: 0, cosmetic: 0, info: 0 };
  const result: Analysis = { engineVersion: ENGINE_VERSION, sources: prepared.map((p) => p.source), matches: [], groups: [], discrepancies: [], counts };
  if (options.quotesOnly || prepared.length < 2) return result;
  // Editors' links and unlinks (lib/overrides.ts); without any, the engine's pairs as they are.
  // Every source's quotes in one list, in source order: alignment's input and grouping's places.
  const quotes = prepared.flatMap((p) => p.align);
  const pairs = applyOverrides(alignAll(quotes), prepared, options.overrides);
  // A quote's identity for fingerprints (its source and its words), hashed once per quote.
  const quoteKeys = prepared.map((p) => new Array<string | undefined>(p.align.length));
  const quoteKey = (q: AlignQuote) => {
    const keys = quoteKeys[q.source] as Array<string | undefined>;
    const quote = (prepared[q.source] as Prepared).source.quotes[q.index] as Quote;
    return keys[q.index] ?? (keys[q.index] = fingerprint([quote.sourceId, quote.text]));
  };
  // Which quotes some match links, by source and place.
  const linked = prepared.map((p) => new Uint8Array(p.align.length));
  // Ids are numbered as discrepancies are found: their order is the output's. The same quote
  // printed twice gives the same fingerprint twice: repeats are numbered so that every
  // fingerprint names one discrepancy (reviews hang on them). Counted and checked as each is
  // made, while it is at hand, rather than in passes over thousands of them at the end.
  const discrepancies = result.discrepancies;
  const seen = new Map<string, number>();
  const add = (d: Discrepancy) => {
    const n = (seen.get(d.fingerprint) ?? 0) + 1;
    seen.set(d.fingerprint, n);
    if (n > 1) d.fingerprint = fingerprint([d.fingerprint, String(n)]);
    counts[d.severity]++;
    discrepancies.push(d);
  };
  for (let i = 0; i < pairs.length; i++) {
    const { pair: p, origin } = pairs[i] as (typeof pairs)[number];
    const left = prepared[p.a.source] as Prepared;
    const right = prepared[p.b.source] as Prepared;
    const match = toMatch(p, `m${i + 1}`, left, right, origin);
    result.matches.push(match);
    const qa = left.source.quotes[p.a.index] as Quote;
    const qb = right.source.quotes[p.b.index] as Quote;
    (linked[p.a.source] as Uint8Array)[p.a.index] = 1;
    (linked[p.b.source] as Uint8Array)[p.b.index] = 1;
    const ctx: PairContext = { text: { left: left.text, right: right.text }, names: { left: left.source.name, right: right.source.name }, verbs: { left: qa.verb, right: qb.verb } };
    for (const d of pairDiscrepancies(p, ctx)) {
      add(discrepancy(`d${discrepancies.length + 1}`, d, [qa.id, qb.id], match.id, fingerprint([d.kind, quoteKey(p.a), quoteKey(p.b), d.left ?? "", d.right ?? ""])));
    }
  }
  prepared.forEach((p, s) => {
    p.source.quotes.forEach((q, k) => {
      if ((linked[s] as Uint8Array)[k]) return;
      add({ id: `d${discrepancies.length + 1}`, kind: "unmatched", severity: "info", quotes: [q.id], matchId: null, left: q.text, message: `Only ${p.source.name} carries this quote.`, fingerprint: fingerprint(["unmatched", quoteKey(p.align[k] as AlignQuote)]) });
    });
  });
  result.groups = groupsOf(pairs, quotes, prepared);
  return result;
}
