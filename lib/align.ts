/**
 * Alignment across sources: which quotes of different articles render the same words.
 * Candidates come from a shingle index (near-linear in the number of words), each candidate
 * pair is diffed and cut down to its best local region, and only pairs with enough shared
 * words, and for short stretches the same speaker, are linked.
 */
import { alignPair, type AlignQuote, type PairAlignment } from "./region";
import { PUNCT } from "./tokens";

/** Words per shingle in the candidate index. */
const SHINGLE_WORDS = 3;
/** A shingle or word found in more quotes than this is too common to suggest a pair. */
const MAX_POSTINGS = 64;
/** Quotes of at most this many words are also looked up word by word. */
const SHORT_QUOTE_WORDS = 4;
/** Candidate partners kept per quote, most shared shingles first. */
const MAX_CANDIDATES = 12;
/** Word ids are taken modulo 2^17 so that a triple packs into one exact double (51 bits); past that many distinct quoted keys, ids collide (see wordIds). */
const ID_BITS = 131_072;

/**
 * Each quote's words as ids for the index. The vocabulary numbers every token of every article,
 * so its ids pass ID_BITS once the articles together hold that many distinct keys, and colliding
 * ids do more than add candidates: they crowd real partners out of MAX_CANDIDATES and push lists
 * past MAX_POSTINGS. So the keys are numbered again, densely over the quotes' own tokens in order
 * of first appearance: ids pass ID_BITS only when the quotes themselves hold that many keys.
 */
function wordIds(quotes: readonly AlignQuote[]): number[][] {
  let size = 0;
  for (const q of quotes) for (let k = 0; k < q.ids.length; k++) size = Math.max(size, (q.ids[k] as number) + 1);
  const dense = new Int32Array(size).fill(-1);
  let next = 0;
  return quotes.map((q) => {
    const out: number[] = [];
    for (let k = 0; k < q.ids.length; k++) {
      const id = q.ids[k] as number;
      if (dense[id] === -1) dense[id] = next++;
      if (q.types[k] !== PUNCT) out.push((dense[id] as number) % ID_BITS);
    }
    return out;
  });
}

/**
 * Each quote's words and shingles (three words, packed into one number) as dense indices into
 * `lists`, with equal words or shingles sharing an index. Shingles are found in a hash table on
 * typed arrays, since a Map would box every 51-bit key.
 */
function postingKeys(keys: readonly number[][]): { words: number[][]; shingles: number[][]; lists: number } {
  let total = 0;
  for (const k of keys) total += Math.max(0, k.length - SHINGLE_WORDS + 1);
  let size = 2;
  while (size < 2 * total) size *= 2;
  const slots = new Int32Array(size).fill(-1);
  const packed = new Float64Array(total);
  let count = 0;
  const shingles = keys.map((k) => {
    const out: number[] = [];
    for (let i = 0; i + SHINGLE_WORDS <= k.length; i++) {
      const a = k[i] as number;
      const b = k[i + 1] as number;
      const c = k[i + 2] as number;
      const key = (a * ID_BITS + b) * ID_BITS + c;
      let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) & (size - 1);
      while (slots[h] !== -1 && packed[slots[h] as number] !== key) h = (h + 1) & (size - 1);
      if (slots[h] === -1) {
        slots[h] = count;
        packed[count++] = key;
      }
      out.push(slots[h] as number);
    }
    return out;
  });
  // Word ids are dense small integers: their indices are kept in a table, not a Map.
  let maxId = -1;
  for (const k of keys) for (const id of k) if (id > maxId) maxId = id;
  const wordIndex = new Int32Array(maxId + 1).fill(-1);
  const words = keys.map((k) =>
    k.map((id) => {
      if (wordIndex[id] === -1) wordIndex[id] = count++;
      return wordIndex[id] as number;
    }),
  );
  return { words, shingles, lists: count };
}

/**
 * Which quotes have each word or shingle, as one flat list per key (`items[start[key], start[key]
 * + count[key])`, quotes ascending). A list stops growing past MAX_POSTINGS: longer is too common.
 */
function postingLists(words: readonly number[][], shingles: readonly number[][], lists: number): { start: Int32Array; count: Int32Array; items: Int32Array } {
  const count = new Int32Array(lists);
  const last = new Int32Array(lists);
  // Two passes over the same keys: count the lists' lengths, then fill them in.
  const visit = (fill: (key: number, q: number) => void) => {
    count.fill(0);
    last.fill(-1);
    const add = (key: number, q: number) => {
      if (last[key] === q || (count[key] as number) > MAX_POSTINGS) return;
      fill(key, q);
      last[key] = q;
      count[key] = (count[key] as number) + 1;
    };
    words.forEach((k, q) => {
      for (const key of k) add(key, q);
      for (const key of shingles[q] as number[]) add(key, q);
    });
  };
  visit(() => {});
  const start = new Int32Array(lists);
  let total = 0;
  for (let key = 0; key < lists; key++) {
    start[key] = total;
    total += count[key] as number;
  }
  const items = new Int32Array(total);
  visit((key, q) => (items[(start[key] as number) + (count[key] as number)] = q));
  return { start, count, items };
}

/** The candidate pairs as i * n + j, ascending (so in order of i, then j). */
function candidateCodes(quotes: readonly AlignQuote[]): Float64Array {
  const n = quotes.length;
  const { words, shingles, lists } = postingKeys(wordIds(quotes));
  const { start, count, items } = postingLists(words, shingles, lists);
  const sources = Int32Array.from(quotes, (q) => q.source);
  // Shared shingles per other quote, and the quotes counted so far, reset after each quote.
  const counts = new Int32Array(n);
  const touched: number[] = [];
  const found: number[] = [];
  const probe = (probes: readonly number[], source: number) => {
    for (const key of probes) {
      const from = start[key] as number;
      const to = from + (count[key] as number);
      if (to - from > MAX_POSTINGS) continue;
      for (let c = from; c < to; c++) {
        const other = items[c] as number;
        if (sources[other] === source) continue;
        if (counts[other] === 0) touched.push(other);
        counts[other] = (counts[other] as number) + 1;
      }
    }
  };
  words.forEach((k, q) => {
    const source = sources[q] as number;
    if (k.length >= SHINGLE_WORDS) probe(shingles[q] as number[], source);
    // Short quotes share too few triples to be found by them ("Comey & others" / "Comey and others").
    if (k.length <= SHORT_QUOTE_WORDS) probe(k, source);
    if (touched.length > MAX_CANDIDATES) touched.sort((x, y) => (counts[y] as number) - (counts[x] as number) || x - y);
    for (let c = 0; c < touched.length; c++) {
      const other = touched[c] as number;
      if (c < MAX_CANDIDATES) found.push(q < other ? q * n + other : other * n + q);
      counts[other] = 0;
    }
    touched.length = 0;
  });
  // Equal neighbours once sorted are one pair found from both ends.
  const sorted = new Float64Array(found).sort();
  let m = 0;
  for (let c = 0; c < sorted.length; c++) if (c === 0 || sorted[c] !== sorted[c - 1]) sorted[m++] = sorted[c] as number;
  return sorted.subarray(0, m);
}

/**
 * Every linked pair of quotes across sources, in a stable order (by left quote, then right).
 * Returns [] when fewer than two sources have quotes.
 */
export function alignAll(quotes: readonly AlignQuote[]): PairAlignment[] {
  const out: PairAlignment[] = [];
  const kinds = contentClasses(quotes);
  // Ten outlets print the same quotes: a pair of quotes already aligned under other names gets
  // the same answer (alignment reads only words, marks, speaker and kind; ops are token indices).
  const seen = new Map<number, PairAlignment | null>();
  const n = quotes.length;
  for (const code of candidateCodes(quotes)) {
    const i = Math.floor(code / n);
    const j = code - i * n;
    const a = quotes[i] as AlignQuote;
    const b = quotes[j] as AlignQuote;
    const key = (kinds[i] as number) * quotes.length + (kinds[j] as number);
    const known = seen.get(key);
    const pair = known === undefined ? alignPair(a, b) : known && { ...known, a, b };
    if (known === undefined) seen.set(key, pair);
    if (pair) out.push(pair);
  }
  return out;
}

/** Whether alignment sees the two quotes as the same: kind, speaker, and every token's id and type. */
function sameContent(a: AlignQuote, b: AlignQuote): boolean {
  if (a.kind !== b.kind || a.speaker !== b.speaker || a.ids.length !== b.ids.length) return false;
  for (let k = 0; k < a.ids.length; k++) {
    if (a.ids[k] !== b.ids[k] || a.types[k] !== b.types[k]) return false;
  }
  return true;
}

/** A 31-bit hash of what `sameContent` compares. */
function contentHash(q: AlignQuote): number {
  let h = q.kind.length;
  const mix = (x: number) => (h = Math.imul(h ^ x, 0x5bd1e995) ^ (h >>> 15));
  for (let k = 0; k < q.ids.length; k++) mix((q.ids[k] as number) * 4 + (q.types[k] as number) + 1);
  mix(q.kind.charCodeAt(0));
  const speaker = q.speaker ?? "";
  for (let k = 0; k < speaker.length; k++) mix(speaker.charCodeAt(k));
  return (h ^ (h >>> 13)) & 0x7fffffff;
}

/** Numbers the quotes so that two quotes get the same number exactly when alignment cannot tell them apart. */
function contentClasses(quotes: readonly AlignQuote[]): number[] {
  // Hash buckets hold each class's first quote; equal hashes are checked in full.
  const buckets = new Map<number, number[]>();
  const classes: number[] = [];
  let count = 0;
  quotes.forEach((q, i) => {
    const h = contentHash(q);
    const bucket = buckets.get(h);
    const same = bucket?.find((r) => sameContent(quotes[r] as AlignQuote, q));
    if (same !== undefined) classes.push(classes[same] as number);
    else {
      classes.push(count++);
      if (bucket) bucket.push(i);
      else buckets.set(h, [i]);
    }
  });
  return classes;
}

export type { AlignQuote, PairAlignment };
