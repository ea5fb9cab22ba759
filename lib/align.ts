/**
 * Alignment across sources: which quotes of different articles render the same words.
 * Candidates come from a shingle index (near-linear in the number of words), each candidate
 * pair is diffed and cut down to its best local region, and only pairs with enough shared
 * words, and for short stretches the same speaker, are linked.
 */
import { alignPair, type AlignQuote, type PairAlignment } from "./region";

/** Words per shingle in the candidate index. */
const SHINGLE_WORDS = 3;
/** A shingle or word found in more quotes than this is too common to suggest a pair. */
const MAX_POSTINGS = 64;
/** Quotes of at most this many words are also looked up word by word. */
const SHORT_QUOTE_WORDS = 4;
/** Candidate partners kept per quote, most shared shingles first. */
const MAX_CANDIDATES = 12;
function wordKeys(q: AlignQuote): string[] {
  const keys: string[] = [];
  for (const t of q.tokens) if (t.type !== "punct") keys.push(t.key);
  return keys;
}

function addPosting(index: Map<string, number[]>, key: string, q: number): void {
  const list = index.get(key);
  if (!list) index.set(key, [q]);
  else if (list[list.length - 1] !== q && list.length <= MAX_POSTINGS) list.push(q);
}

/** Candidate pairs [i, j] (i < j, different sources), most shared shingles first per quote. */
export function candidatePairs(quotes: readonly AlignQuote[]): Array<[number, number]> {
  const shingles = new Map<string, number[]>();
  const unigrams = new Map<string, number[]>();
  const keys = quotes.map(wordKeys);
  keys.forEach((k, q) => {
    for (let i = 0; i < k.length; i++) {
      addPosting(unigrams, k[i] as string, q);
      if (i + SHINGLE_WORDS <= k.length) addPosting(shingles, k.slice(i, i + SHINGLE_WORDS).join(" "), q);
    }
  });
  const seen = new Set<string>();
  const out: Array<[number, number]> = [];
  keys.forEach((k, q) => {
    const counts = new Map<number, number>();
    const probe = (keys: readonly string[], index: Map<string, number[]>) => {
      for (const key of keys) {
        const postings = index.get(key);
        if (!postings || postings.length > MAX_POSTINGS) continue;
        for (const other of postings) {
          if ((quotes[other] as AlignQuote).source === (quotes[q] as AlignQuote).source) continue;
          counts.set(other, (counts.get(other) ?? 0) + 1);
        }
      }
    };
    if (k.length >= SHINGLE_WORDS) probe(shingleKeys(k), shingles);
    // Short quotes share too few triples to be found by them ("Comey & others" / "Comey and others").
    if (k.length <= SHORT_QUOTE_WORDS) probe(k, unigrams);
    const best = [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, MAX_CANDIDATES);
    for (const [other] of best) {
      const pair: [number, number] = q < other ? [q, other] : [other, q];
      const id = `${pair[0]}:${pair[1]}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(pair);
    }
  });
  return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

function shingleKeys(k: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= k.length; i++) out.push(k.slice(i, i + SHINGLE_WORDS).join(" "));
  return out;
}

/**
 * Every linked pair of quotes across sources, in a stable order (by left quote, then right).
 * Returns [] when fewer than two sources have quotes.
 */
export function alignAll(quotes: readonly AlignQuote[]): PairAlignment[] {
  const out: PairAlignment[] = [];
  for (const [i, j] of candidatePairs(quotes)) {
    const pair = alignPair(quotes[i] as AlignQuote, quotes[j] as AlignQuote);
    if (pair) out.push(pair);
  }
  return out;
}

export type { AlignQuote, PairAlignment };
