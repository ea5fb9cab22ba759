/**
 * Attribution: for each quotation, who is credited (one canonical name per person per
 * article), with which reporting verb, what kind of quotation it is, and which quotations are
 * the halves of one utterance split by its attribution ("A," she said, "B.").
 */
import { isNotCapital } from "./chars";
import type { RawQuote } from "./extract";
import { MENTION_NOUNS, PRONOUNS, SENTENCE_STARTERS, STRONG_VERBS } from "./lexicon";
import { findCast, type Person } from "./people";
import { resolveNp, npAfter, npBefore, firstNp, type Context, type Np } from "./speaker";
import { paragraphSentences, type Range } from "./segment";
import type { TokenTable } from "./tokens";
import type { QuoteKind } from "./types";

export type Attribution = {
  speaker: string | null;
  speakerMention: string | null;
  verb: string | null;
  kind: QuoteKind;
  /** Index of the first quotation of this one's utterance. */
  utterance: number;
  /** The quotation's tokens, [from, to) in the article's, and how many of them are words. */
  from: number;
  to: number;
  words: number;
};

/** Most words between the halves of a split quotation ("A," the senator from Ohio said, "B."). */
const MAX_SPLIT_ATTRIBUTION_WORDS = 10;
/** Paragraphs back that a quotation with no attribution of its own may inherit a speaker from. */
const INHERIT_PARAGRAPHS = 1;
/** Words at most for a quotation to read as a term or label when nothing else marks it. */
const MAX_TERM_WORDS = 3;

type Segment = { from: number; to: number };

/** Token k is a reporting verb printed in lower case; false when there is no token k. */
function isVerb(tokens: TokenTable, k: number): boolean {
  return tokens.isWord(k) && STRONG_VERBS.has(tokens.key(k)) && isNotCapital(tokens.firstCode(k));
}

function wordsIn(tokens: TokenTable, seg: Segment): number {
  let n = 0;
  for (let k = seg.from; k < seg.to; k++) if (tokens.isWordOrNumber(k)) n++;
  return n;
}

function quoteRange(q: RawQuote): Range {
  return { start: q.openAt, end: q.closeAt === null ? q.end : q.closeAt + 1 };
}

const ABBREVIATED = new Set(["mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "prof", "jr", "sr", "no", "vs"]);

/** A sentence ends inside the quote: a terminal mark followed by a capitalised word. */
function manySentences(tokens: TokenTable, inner: Segment): boolean {
  for (let k = inner.from + 1; k < inner.to - 1; k++) {
    const key = tokens.key(k);
    if (key !== "." && key !== "!" && key !== "?") continue;
    if (!tokens.isWordOrNumber(k + 1)) continue;
    if (!isNotCapital(tokens.firstCode(k + 1)) && !ABBREVIATED.has(tokens.key(k - 1)) && tokens.size(k - 1) > 1) return true;
  }
  return false;
}

function kindOf(text: string, q: RawQuote, before: Segment, tokens: TokenTable, inner: Segment, wordCount: number): QuoteKind {
  if (manySentences(tokens, inner)) return "direct";
  const last = text[q.end - 1] ?? "";
  const terminal = last === "." || last === "," || last === "!" || last === "?" || last === "\u2026";
  if (wordCount <= MAX_TERM_WORDS && !terminal) return "term";
  if (before.to > before.from && tokens.isWordOrNumber(before.to - 1)) return "partial";
  return "direct";
}

/** `verb`: the reporting verb's token index. */
type Found = { np: Np | null; verb: number | null };

/** The reporting verb nearest the quote and the noun phrase that does the reporting. */
function findAttribution(ctx: Context, before: Segment, after: Segment, sentence: Segment): Found {
  const { tokens } = ctx;
  for (let k = before.to - 1; k >= before.from; k--) {
    if (!isVerb(tokens, k)) continue;
    return { verb: k, np: subjectOf(ctx, k, before.from, sentence) };
  }
  for (let k = after.from; k < after.to; k++) {
    if (!isVerb(tokens, k)) continue;
    // "…,” said Senator X" and "… than a shutdown, said X": the speaker follows the verb.
    const participle = tokens.key(k).endsWith("ing");
    const inverted = !participle && (wordsIn(tokens, { from: after.from, to: k }) === 0 || tokens.is(k - 1, ","));
    const np = (inverted ? npAfter(ctx, k + 1, after.to) : null) ?? subjectOf(ctx, k, after.from, sentence);
    return { verb: k, np };
  }
  return { verb: null, np: null };
}

/** The subject of the verb at k: the phrase before it, or for "…, adding that" the clause's subject. */
function subjectOf(ctx: Context, k: number, floor: number, sentence: Segment): Np | null {
  // A participle ("…, adding that", "calling it") takes the subject of its clause.
  const np = ctx.tokens.key(k).endsWith("ing") ? "clause-subject" : npBefore(ctx, k, sentence.from);
  if (np && np !== "clause-subject") return np;
  if (np === "clause-subject") {
    for (let j = k - 1; j >= sentence.from; j--) {
      if (isVerb(ctx.tokens, j)) {
        const earlier = npBefore(ctx, j, sentence.from);
        if (earlier && earlier !== "clause-subject") return earlier;
      }
    }
    return firstNp(ctx, sentence.from, Math.max(floor, k));
  }
  return null;
}

function isMention(tokens: TokenTable, before: Segment): boolean {
  return before.to > before.from && MENTION_NOUNS.has(tokens.key(before.to - 1));
}

function splitsUtterance(text: string, prev: RawQuote, gap: Segment, tokens: TokenTable): boolean {
  const last = text[prev.end - 1] ?? "";
  if (last === "." || last === "?" || last === "!") return false;
  const words = wordsIn(tokens, gap);
  if (words === 0 || words > MAX_SPLIT_ATTRIBUTION_WORDS) return false;
  const end = gap.to - 1;
  if (!tokens.is(end, ",") && !tokens.is(end, ":") && !tokens.is(end, "\u2014")) return false;
  for (let k = gap.from; k < gap.to; k++) if (isVerb(tokens, k)) return true;
  return false;
}

type Prior = { paragraph: number; speaker: Person | string | null; sentence: number };

/**
 * Attributes every quotation of one article. Returns one entry per quotation, in order;
 * speaker and verb are null where the text credits nobody.
 */
export function attribute(text: string, paras: readonly Range[], quotes: readonly RawQuote[], tokens: TokenTable): Attribution[] {
  const ranges = quotes.map(quoteRange);
  const quoted = new Uint8Array(tokens.length);
  const mark = tokens.seeker();
  for (const r of ranges) for (let k = mark(r.start), to = mark(r.end); k < to; k++) quoted[k] = 1;
  const isQuoted = (k: number) => quoted[k] === 1;
  const cast = findCast(text, tokens, isQuoted);
  const ctx: Context = { text, tokens, isQuoted, cast, speakers: [], paras };
  const sentenceList = paragraphSentences(text, paras, ranges);
  const out: Attribution[] = [];
  let s = 0;
  let prior: Prior | null = null;
  const at = tokens.seeker();
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i] as RawQuote;
    while (s < sentenceList.length - 1 && (sentenceList[s] as Range).end <= q.openAt) s++;
    const sent = sentenceList[s] as Range;
    const prevQ = i > 0 ? (ranges[i - 1] as Range) : null;
    const nextQ = ranges[i + 1];
    const r = ranges[i] as Range;
    // Asked in text order, so that each walk is short.
    const sentenceFrom = at(sent.start);
    const before: Segment = { from: at(Math.max(sent.start, prevQ && prevQ.end > sent.start ? prevQ.end : sent.start)), to: at(r.start) };
    const inner: Segment = { from: at(q.start), to: at(q.end) };
    const after: Segment = { from: at(r.end), to: at(Math.min(sent.end, nextQ && nextQ.start < sent.end ? nextQ.start : sent.end)) };
    const sentence: Segment = { from: sentenceFrom, to: at(sent.end) };
    const words = wordsIn(tokens, inner);
    const kind = kindOf(text, q, before, tokens, inner, words);
    // A prior quote means i > 0.
    const split = prior !== null && prior.sentence === s && splitsUtterance(text, quotes[i - 1] as RawQuote, before, tokens);
    const att = decide(ctx, { q, before, after, sentence, prior, split });
    const utterance = split ? (out[i - 1] as Attribution).utterance : i;
    out.push({ speaker: named(att.person), speakerMention: att.speakerMention, verb: att.verb, kind, utterance, from: inner.from, to: inner.to, words });
    prior = { paragraph: q.paragraph, speaker: att.person, sentence: s };
    if (att.person && typeof att.person !== "string") ctx.speakers.push({ at: q.openAt, person: att.person.id, subject: true });
  }
  return out;
}

/** Who is credited (a person, or a phrase such as "the letter"), the words that credit them, the verb. */
type Decision = { person: Person | string | null; speakerMention: string | null; verb: string | null };
type Situation = { q: RawQuote; before: Segment; after: Segment; sentence: Segment; prior: Prior | null; split: boolean };

const NOBODY: Decision = { person: null, speakerMention: null, verb: null };

function named(person: Person | string | null): string | null {
  return person === null ? null : typeof person === "string" ? person : person.canonical;
}

function mention(ctx: Context, np: Np | null): string | null {
  return np ? ctx.text.slice(np.start, np.end) : null;
}

/** The reporting verb as printed; null when none was found. */
function verbOf(ctx: Context, found: Found): string | null {
  return found.verb === null ? null : ctx.tokens.raw(found.verb);
}

function decide(ctx: Context, sit: Situation): Decision {
  const { tokens } = ctx;
  const { q, before, after, sentence, prior } = sit;
  if (sit.split && prior) {
    const found = findAttribution(ctx, before, { from: before.to, to: before.to }, sentence);
    return { person: prior.speaker, speakerMention: mention(ctx, found.np), verb: verbOf(ctx, found) };
  }
  const found = findAttribution(ctx, before, after, sentence);
  if (found.verb !== null && found.np) return { person: resolveNp(ctx, found.np, q.openAt), speakerMention: mention(ctx, found.np), verb: verbOf(ctx, found) };
  if (isMention(tokens, before)) return NOBODY;
  const inheritable = prior !== null && q.paragraph - prior.paragraph <= INHERIT_PARAGRAPHS;
  const reporterWords = wordsIn(tokens, before) + wordsIn(tokens, after);
  if (reporterWords <= 1 && inheritable && prior) return { person: prior.speaker, speakerMention: null, verb: verbOf(ctx, found) };
  const subject = firstNp(ctx, sentence.from, before.to);
  const person = subject ? resolveNp(ctx, subject, q.openAt) : null;
  if (person && (typeof person !== "string" || !startsLower(person))) return { person, speakerMention: mention(ctx, subject), verb: verbOf(ctx, found) };
  if (inheritable && prior) return { person: prior.speaker, speakerMention: null, verb: null };
  return NOBODY;
}

function startsLower(s: string): boolean {
  const c = s[0] ?? "";
  return c === c.toLowerCase() && !SENTENCE_STARTERS.has(s) && !PRONOUNS.has(s);
}
