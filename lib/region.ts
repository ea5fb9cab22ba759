/**
 * Local alignment of one candidate pair: diff the two quotes, keep the best-scoring stretch of
 * the diff path (so a fragment is not smeared over the longer quote), widen it over short edges
 * that differ in words ("It’s" against "But it is"), and decide how the quotes relate.
 */
import { diffIds, foldScatteredMatches, type TokenOp } from "./diff";
import { FUNCTION_WORDS, SENTENCE_END_KEYS } from "./lexicon";
import { contentBetween, factsOf, sharedBag, wordsBetween, type QuoteFacts } from "./quotefacts";
import { isWordAt, keyAt } from "./quotetokens";
import type { TokenTable } from "./tokens";
import type { QuoteKind, Relation } from "./types";

export type AlignQuote = {
  id: string;
  /** Its source's place in the input, and its own place among that source's quotes. */
  source: number;
  index: number;
  /** The article's tokens, of which the quote's are [from, from + ids.length). */
  table: TokenTable;
  from: number;
  /**
   * The quote's columns of the table (views, not copies): token types (WORD, NUMBER, PUNCT of
   * tokens.ts) and comparison keys as ids (equal keys, equal ids, across all sources).
   */
  types: Uint8Array;
  ids: Int32Array;
  words: number;
  kind: QuoteKind;
  speaker: string | null;
  /** Alignment's lookups for this quote (quotefacts.ts), built on first use. */
  facts: QuoteFacts | undefined;
};

export type Region = { aFrom: number; aTo: number; bFrom: number; bTo: number };

export type PairAlignment = {
  a: AlignQuote;
  b: AlignQuote;
  /** Ops over the aligned region; indices of the quotes' tokens. */
  ops: TokenOp[];
  region: Region;
  sharedWords: number;
  score: number;
  relation: Relation;
  contained: "left" | "right" | null;
};

/** Share of the shorter quote's words that must fall in the aligned region, in [0, 1]. */
const MIN_COVERAGE = 0.5;
/** Share of the aligned region's words that must be the same on both sides, in [0, 1]. */
const MIN_REGION_SIMILARITY = 0.5;
/** Fewer shared words than this link only two terms (labels) of the same speaker. */
const MIN_SHARED_WORDS = 2;
/** Fewer shared words than this link only when both quotes credit the same speaker. */
const SHORT_MATCH_WORDS = 4;
/** Shared content words (not function words) a link needs, or all the shorter quote has, in words. */
const MIN_SHARED_CONTENT = 2;
/** Shared content words that link quotes when either speaker is unknown. */
const MIN_CONTENT_UNKNOWN_SPEAKER = 3;
/** Quotes credited to two different people link only when nearly identical: similarity in [0, 1] and content words. */
const MIN_SIMILARITY_ACROSS_SPEAKERS = 0.8;
const MIN_CONTENT_ACROSS_SPEAKERS = 4;
/** Local-alignment score per token: a shared word, a shared mark, an unmatched word, an unmatched mark. */
const SCORE_EQUAL_WORD = 1;
const SCORE_EQUAL_PUNCT = 0.25;
const SCORE_GAP_WORD = -0.5;
const SCORE_GAP_PUNCT = -0.1;
/** Most words at a quote's edge that are diffed against the other side rather than left out as extent. */
const MAX_EDGE_WORDS = 4;
/** Extra tokens the other side may spend on such an edge ("It’s" against "But it is"), in tokens. */
const EDGE_SLACK = 3;
/** Quotes longer than this many tokens, and this many times the other, are windowed before diffing. */
const WINDOW_MIN_TOKENS = 24;
const WINDOW_RATIO = 2;

function wordsIn(q: AlignQuote, from: number, to: number): number {
  return wordsBetween(factsOf(q), from, to);
}

/** Whether two speakers can be one person: "Trump" and "Donald Trump" can; null when either is unknown. */
export function sameSpeaker(a: string | null, b: string | null): boolean | null {
  if (a === null || b === null) return null;
  if (a === b) return true;
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa[wa.length - 1] !== wb[wb.length - 1]) return false;
  // "Tom Reyes" and "Baker Tom Reyes" are one person; "Melania Trump" and "Donald Trump" are two.
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return short.length === 1 || short.every((w) => long.includes(w));
}

/** Most speaker names whose words are remembered; the memory starts over when full. */
const NAME_MEMORY = 4_096;
const nameWordsMemo = new Map<string, readonly string[]>();

/** A speaker's name as lower-case words without a leading "the" (asked for every candidate pair). */
function nameWords(name: string): readonly string[] {
  let words = nameWordsMemo.get(name);
  if (words === undefined) {
    if (nameWordsMemo.size >= NAME_MEMORY) nameWordsMemo.clear();
    words = name.toLowerCase().replace(/^the\s/, "").split(/\s+/);
    nameWordsMemo.set(name, words);
  }
  return words;
}

function opScore(op: TokenOp, a: AlignQuote, b: AlignQuote): number {
  if (op.op === "equal") {
    // Exact in floating point (quarters), so the same as adding token by token.
    const words = wordsIn(a, op.aFrom, op.aTo);
    return words * SCORE_EQUAL_WORD + (op.aTo - op.aFrom - words) * SCORE_EQUAL_PUNCT;
  }
  // Token by token: tenths do not add up exactly, and the order of the sums decides ties.
  let s = 0;
  for (let k = op.aFrom; k < op.aTo; k++) s += isWordAt(a, k) ? SCORE_GAP_WORD : SCORE_GAP_PUNCT;
  for (let k = op.bFrom; k < op.bTo; k++) s += isWordAt(b, k) ? SCORE_GAP_WORD : SCORE_GAP_PUNCT;
  return s;
}

/** The run of ops with the highest total score (Kadane), ending on an equal run; null if none scores. */
function bestRun(ops: readonly TokenOp[], a: AlignQuote, b: AlignQuote): [number, number] | null {
  let best = 0;
  let bestRange: [number, number] | null = null;
  let sum = 0;
  let start = 0;
  ops.forEach((op, i) => {
    // Restart only below zero: "Comey [&|and] others" stays one region.
    if (sum < 0) {
      sum = 0;
      start = i;
    }
    sum += opScore(op, a, b);
    // ">=": of two regions that score the same, the longer one (a variant, not an overlap).
    if (sum >= best && sum > 0 && op.op === "equal") {
      best = sum;
      bestRange = [start, i];
    }
  });
  return bestRange;
}

/** The ops moved by da and db (the same array when both are 0: ops are never changed in place). */
function shift(ops: readonly TokenOp[], da: number, db: number): TokenOp[] {
  if (da === 0 && db === 0) return ops as TokenOp[];
  return ops.map((o) => ({ op: o.op, aFrom: o.aFrom + da, aTo: o.aTo + da, bFrom: o.bFrom + db, bTo: o.bTo + db }));
}

/**
 * Diffs two slices. `fromEnd` aligns them from their ends (a leading edge meets the region at
 * its end, so "Every" against "every school and every" must pair the last "every").
 */
function diffSlices(a: AlignQuote, b: AlignQuote, r: Region, fromEnd = false): TokenOp[] | null {
  if (!fromEnd) {
    const ops = diffIds(a.ids.subarray(r.aFrom, r.aTo), b.ids.subarray(r.bFrom, r.bTo));
    return ops ? shift(ops, r.aFrom, r.bFrom) : null;
  }
  const ops = diffIds(a.ids.slice(r.aFrom, r.aTo).reverse(), b.ids.slice(r.bFrom, r.bTo).reverse());
  if (!ops) return null;
  const na = r.aTo - r.aFrom;
  const nb = r.bTo - r.bFrom;
  const back = ops.reverse().map((o) => ({ op: o.op, aFrom: na - o.aTo, aTo: na - o.aFrom, bFrom: nb - o.bTo, bTo: nb - o.bFrom }));
  return shift(back, r.aFrom, r.bFrom);
}

/** Index after the last sentence end among the quote's tokens [from, to), or `from`. */
function afterLastSentenceEnd(q: AlignQuote, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (SENTENCE_END_KEYS.has(keyAt(q, k))) return k + 1;
  return from;
}

/** Index of the first sentence end among the quote's tokens [from, to) (inclusive), or `to`. */
function toFirstSentenceEnd(q: AlignQuote, from: number, to: number): number {
  for (let k = from; k < to; k++) if (SENTENCE_END_KEYS.has(keyAt(q, k))) return k + 1;
  return to;
}

/**
 * Drops words only one side has at the outer end of an edge: the slack taken from the longer
 * side that turned out not to correspond to anything ("Also on" before "Comey & others").
 */
function trimOneSided(ops: TokenOp[], end: "start" | "end"): TokenOp[] {
  const out = [...ops];
  // A change standing at the outer end, right next to shared words, is slack.
  const slack = (edge: TokenOp | undefined, inner: TokenOp | undefined) => edge?.op !== "equal" && inner?.op === "equal";
  if (end === "start") while (out.length > 1 && slack(out[0], out[1])) out.shift();
  else while (out.length > 1 && slack(out[out.length - 1], out[out.length - 2])) out.pop();
  return out;
}

/** Widens the region over a short leading edge that both quotes have and that differs in words. */
function leadingEdge(a: AlignQuote, b: AlignQuote, r: Region): Region | null {
  const leadA = wordsIn(a, 0, r.aFrom);
  const leadB = wordsIn(b, 0, r.bFrom);
  if (leadA === 0 || leadB === 0) return null;
  if (leadA <= leadB && leadA <= MAX_EDGE_WORDS) {
    const aFrom = afterLastSentenceEnd(a, 0, r.aFrom);
    const bFrom = Math.max(afterLastSentenceEnd(b, 0, r.bFrom), r.bFrom - (r.aFrom - aFrom) - EDGE_SLACK);
    return wordsIn(a, aFrom, r.aFrom) > 0 ? { aFrom, aTo: r.aFrom, bFrom, bTo: r.bFrom } : null;
  }
  if (leadB < leadA && leadB <= MAX_EDGE_WORDS) {
    const bFrom = afterLastSentenceEnd(b, 0, r.bFrom);
    const aFrom = Math.max(afterLastSentenceEnd(a, 0, r.aFrom), r.aFrom - (r.bFrom - bFrom) - EDGE_SLACK);
    return wordsIn(b, bFrom, r.bFrom) > 0 ? { aFrom, aTo: r.aFrom, bFrom, bTo: r.bFrom } : null;
  }
  return null;
}

function trailingEdge(a: AlignQuote, b: AlignQuote, r: Region): Region | null {
  const trailA = wordsIn(a, r.aTo, a.ids.length);
  const trailB = wordsIn(b, r.bTo, b.ids.length);
  if (trailA === 0 && trailB === 0) {
    // Only marks left on both sides: the closing punctuation, compared as such.
    return r.aTo < a.ids.length || r.bTo < b.ids.length ? { aFrom: r.aTo, aTo: a.ids.length, bFrom: r.bTo, bTo: b.ids.length } : null;
  }
  if (trailA === 0 || trailB === 0) return null;
  // The short side's whole tail ("? A circus?") against the other side's sentence ("the circus?").
  if (trailA <= trailB && trailA <= MAX_EDGE_WORDS) {
    const aTo = a.ids.length;
    const bTo = Math.min(toFirstSentenceEnd(b, r.bTo + 1, b.ids.length), r.bTo + (aTo - r.aTo) + EDGE_SLACK);
    return { aFrom: r.aTo, aTo, bFrom: r.bTo, bTo };
  }
  if (trailB < trailA && trailB <= MAX_EDGE_WORDS) {
    const bTo = b.ids.length;
    const aTo = Math.min(toFirstSentenceEnd(a, r.aTo + 1, a.ids.length), r.aTo + (bTo - r.bTo) + EDGE_SLACK);
    return { aFrom: r.aTo, aTo, bFrom: r.bTo, bTo };
  }
  return null;
}

function leadingMarks(a: AlignQuote, b: AlignQuote, r: Region): Region | null {
  if (wordsIn(a, 0, r.aFrom) > 0 || wordsIn(b, 0, r.bFrom) > 0) return null;
  return r.aFrom > 0 || r.bFrom > 0 ? { aFrom: 0, aTo: r.aFrom, bFrom: 0, bTo: r.bFrom } : null;
}

/**
 * A long quote is cut to the stretch around the content words it shares with a much shorter
 * one (padded by the shorter's length on each side), so that the diff of a fragment costs
 * little more than the fragment itself.
 */
function window(long: AlignQuote, short: AlignQuote): [number, number] {
  const n = long.ids.length;
  if (n < WINDOW_MIN_TOKENS || n < WINDOW_RATIO * short.ids.length) return [0, n];
  const wanted = new Set<number>();
  for (let k = 0; k < short.ids.length; k++) if (isWordAt(short, k) && !FUNCTION_WORDS.has(keyAt(short, k))) wanted.add(short.ids[k] as number);
  let first = -1;
  let last = -1;
  for (let k = 0; k < n; k++) {
    if (!wanted.has(long.ids[k] as number)) continue;
    if (first < 0) first = k;
    last = k;
  }
  if (first < 0) return [0, n];
  const pad = short.ids.length;
  return [Math.max(0, first - pad), Math.min(n, last + pad + 1)];
}

function idsIn(q: AlignQuote, [from, to]: [number, number]): Int32Array {
  return from === 0 && to === q.ids.length ? q.ids : q.ids.subarray(from, to);
}

/**
 * Whether folding has work to do: an equal run between two changes of the same direction, or a
 * pure insertion or deletion between equal runs (which may slide onto whole sentences).
 */
function scattered(ops: readonly TokenOp[]): boolean {
  for (let k = 1; k + 1 < ops.length; k++) {
    const [p, o, n] = [ops[k - 1] as TokenOp, ops[k] as TokenOp, ops[k + 1] as TokenOp];
    if (o.op === "equal" && p.op !== "equal" && p.op === n.op) return true;
    if (o.op !== "equal" && p.op === "equal" && n.op === "equal") return true;
  }
  return false;
}

function fold(a: AlignQuote, b: AlignQuote, local: readonly TokenOp[], region: Region): TokenOp[] {
  const ends = new Set<number>();
  for (const q of [a, b]) for (let k = 0; k < q.ids.length; k++) if (SENTENCE_END_KEYS.has(keyAt(q, k))) ends.add(q.ids[k] as number);
  return foldScatteredMatches(local, a.ids.subarray(region.aFrom, region.aTo), b.ids.subarray(region.bFrom, region.bTo), (id) => ends.has(id));
}

/** The ops of the best region after widening it over differing edges and closing marks. */
function regionOps(a: AlignQuote, b: AlignQuote, ops: readonly TokenOp[], run: [number, number]): { ops: TokenOp[]; region: Region } {
  const first = ops[run[0]] as TokenOp;
  const last = ops[run[1]] as TokenOp;
  let region: Region = { aFrom: first.aFrom, aTo: last.aTo, bFrom: first.bFrom, bTo: last.bTo };
  const local = shift(ops.slice(run[0], run[1] + 1), -region.aFrom, -region.bFrom);
  let core = scattered(local) ? shift(fold(a, b, local, region), region.aFrom, region.bFrom) : ops.slice(run[0], run[1] + 1);
  const lead = leadingEdge(a, b, region) ?? leadingMarks(a, b, region);
  const leadOps = lead ? trimOneSided(diffSlices(a, b, lead, true) ?? [], "start") : [];
  if (leadOps.length > 0) {
    core = [...leadOps, ...core];
    region = { ...region, aFrom: (leadOps[0] as TokenOp).aFrom, bFrom: (leadOps[0] as TokenOp).bFrom };
  }
  const trail = trailingEdge(a, b, region);
  const trailOps = trail ? trimOneSided(diffSlices(a, b, trail) ?? [], "end") : [];
  if (trailOps.length > 0) {
    core = [...core, ...trailOps];
    region = { ...region, aTo: (trailOps[trailOps.length - 1] as TokenOp).aTo, bTo: (trailOps[trailOps.length - 1] as TokenOp).bTo };
  }
  return movedTail(a, b, core, region);
}

/**
 * A phrase moved to the end ("…, without any doubt,"): when the words one side has after the
 * region are the words the other side lost inside it, the region takes them in so that the move
 * is seen as one.
 */
function movedTail(a: AlignQuote, b: AlignQuote, ops: TokenOp[], region: Region): { ops: TokenOp[]; region: Region } {
  if ((wordsIn(a, region.aTo, a.ids.length) === 0) === (wordsIn(b, region.bTo, b.ids.length) === 0)) return { ops, region };
  const wordKeysOf = (q: AlignQuote, from: number, to: number) => {
    const keys: string[] = [];
    for (let k = from; k < to; k++) if (isWordAt(q, k)) keys.push(keyAt(q, k));
    return keys.join(" ");
  };
  const tailA = wordKeysOf(a, region.aTo, a.ids.length);
  const tailB = wordKeysOf(b, region.bTo, b.ids.length);
  const lost = ops.filter((o) => o.op !== "equal").map((o) => (tailB ? wordKeysOf(a, o.aFrom, o.aTo) : wordKeysOf(b, o.bFrom, o.bTo)));
  if (!lost.includes(tailB || tailA)) return { ops, region };
  const tail: TokenOp = { op: tailB ? "insert" : "delete", aFrom: region.aTo, aTo: a.ids.length, bFrom: region.bTo, bTo: b.ids.length };
  return { ops: [...ops, tail], region: { ...region, aTo: a.ids.length, bTo: b.ids.length } };
}

function contentWords(q: AlignQuote): number {
  return contentBetween(factsOf(q), 0, q.ids.length);
}

/** Shared words of the region that carry meaning (not "the", "with", "by"). */
function sharedContent(a: AlignQuote, ops: readonly TokenOp[]): number {
  const f = factsOf(a);
  let n = 0;
  for (const o of ops) if (o.op === "equal") n += contentBetween(f, o.aFrom, o.aTo);
  return n;
}

/**
 * The linking rules. Evidence must grow as the speakers agree less: the same speaker needs a
 * few shared words that carry meaning; an unknown speaker needs more; two different speakers
 * need a near-identical quote (then the attribution itself is the discrepancy).
 */
function accepts(a: AlignQuote, b: AlignQuote, shared: number, content: number, similarity: number): boolean {
  const shorter = a.words <= b.words ? a : b;
  const coverage = shared / Math.max(1, shorter.words);
  if (shared === 0 || coverage < MIN_COVERAGE || similarity < MIN_REGION_SIMILARITY) return false;
  if (content < Math.min(MIN_SHARED_CONTENT, contentWords(shorter))) return false;
  const speakers = sameSpeaker(a.speaker, b.speaker);
  if (speakers === false) return similarity >= MIN_SIMILARITY_ACROSS_SPEAKERS && content >= MIN_CONTENT_ACROSS_SPEAKERS;
  // A single shared word links only two labels of the same speaker, the shorter being just that word.
  if (shared < MIN_SHARED_WORDS) return speakers === true && a.kind === "term" && b.kind === "term" && coverage === 1;
  if (shared < SHORT_MATCH_WORDS) return speakers === true;
  return speakers === true || content >= MIN_CONTENT_UNKNOWN_SPEAKER;
}

function relationOf(a: AlignQuote, b: AlignQuote, region: Region, ops: readonly TokenOp[], shared: number): Pick<PairAlignment, "relation" | "contained"> {
  const coverA = wordsIn(a, 0, region.aFrom) + wordsIn(a, region.aTo, a.ids.length) === 0;
  const coverB = wordsIn(b, 0, region.bFrom) + wordsIn(b, region.bTo, b.ids.length) === 0;
  if (coverA && coverB) {
    const wordsChanged = ops.some((o) => o.op !== "equal" && (wordsIn(a, o.aFrom, o.aTo) > 0 || wordsIn(b, o.bFrom, o.bTo) > 0));
    return { relation: wordsChanged || shared < Math.max(a.words, b.words) ? "variant" : "identical", contained: null };
  }
  if (coverA) return { relation: "fragment", contained: "left" };
  if (coverB) return { relation: "fragment", contained: "right" };
  return { relation: "overlap", contained: null };
}

/**
 * A cheap necessary condition, checked before any diff: the words the two quotes share (as
 * bags, ignoring order) could reach the coverage and speaker rules of `accepts`.
 */
function plausible(a: AlignQuote, b: AlignQuote): boolean {
  const { shared, content } = a.words <= b.words ? sharedBag(factsOf(a), factsOf(b)) : sharedBag(factsOf(b), factsOf(a));
  // Upper bounds of what `accepts` will count in the aligned region: fail them, fail it.
  const shorter = a.words <= b.words ? a : b;
  if (shared / Math.max(1, shorter.words) < MIN_COVERAGE) return false;
  if (content < Math.min(MIN_SHARED_CONTENT, contentWords(shorter))) return false;
  const speakers = sameSpeaker(a.speaker, b.speaker);
  if (speakers === false) return content >= MIN_CONTENT_ACROSS_SPEAKERS;
  if (speakers === true) return true;
  return shared >= SHORT_MATCH_WORDS && content >= MIN_CONTENT_UNKNOWN_SPEAKER;
}

/**
 * Aligns two quotes of different sources. Returns null when they do not render the same words:
 * too little shared, or a short shared stretch without the same credited speaker.
 */
export function alignPair(a: AlignQuote, b: AlignQuote): PairAlignment | null {
  if (!plausible(a, b)) return null;
  return alignWith(a, b);
}

function alignWith(a: AlignQuote, b: AlignQuote): PairAlignment | null {
  const wa = window(a, b);
  const wb = window(b, a);
  const raw = diffIds(idsIn(a, wa), idsIn(b, wb));
  if (!raw) return null;
  const ops = shift(raw, wa[0], wb[0]);
  const run = bestRun(ops, a, b);
  if (!run) return null;
  const { ops: core, region } = regionOps(a, b, ops, run);
  const { shared, similarity } = scoreRegion(a, b, core, region);
  if (!accepts(a, b, shared, sharedContent(a, core), similarity)) return null;
  return { a, b, ops: core, region, sharedWords: shared, score: similarity, ...relationOf(a, b, region, core, shared) };
}

/** Words the region's equal ops share, and their share of the longer side of the region. */
function scoreRegion(a: AlignQuote, b: AlignQuote, ops: readonly TokenOp[], region: Region): { shared: number; similarity: number } {
  let shared = 0;
  for (const o of ops) if (o.op === "equal") shared += wordsIn(a, o.aFrom, o.aTo);
  const regionWords = Math.max(wordsIn(a, region.aFrom, region.aTo), wordsIn(b, region.bFrom, region.bTo));
  return { shared, similarity: shared / Math.max(1, regionWords) };
}

/**
 * The two whole quotes as one region, diffed without the linking rules: for a link an editor
 * made that the rules refuse (too little in common, two different speakers). The relation is
 * identical or variant; a diff that gives up leaves the quotes as one replacement.
 */
export function wholeAlignment(a: AlignQuote, b: AlignQuote): PairAlignment {
  const na = a.ids.length;
  const nb = b.ids.length;
  const region: Region = { aFrom: 0, aTo: na, bFrom: 0, bTo: nb };
  const replaced: TokenOp[] = [
    { op: "delete", aFrom: 0, aTo: na, bFrom: 0, bTo: 0 },
    { op: "insert", aFrom: na, aTo: na, bFrom: 0, bTo: nb },
  ];
  const ops = diffIds(a.ids, b.ids) ?? replaced;
  const { shared, similarity } = scoreRegion(a, b, ops, region);
  return { a, b, ops, region, sharedWords: shared, score: similarity, ...relationOf(a, b, region, ops, shared) };
}
