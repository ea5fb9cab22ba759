/**
 * Per-quote lookups that alignment asks for again and again (for every candidate partner and
 * every edge of a region): prefix counts of words and content words, the quote's words as a
 * sorted bag of ids. Built once per quote, on first use.
 */
import { FUNCTION_WORDS } from "./lexicon";
import { NUMBER, PUNCT, WORD } from "./tokens";

export type QuoteFacts = {
  /** counts[2k]: word and number tokens among tokens[0, k); counts[2k + 1]: content words among them (numbers, and words that are not function words). */
  counts: Int32Array;
  /** The word and number tokens as id * 2 + (1 for a content word), ascending: a multiset of ids. */
  bag: Int32Array;
};

/** A quote's token types and ids, the keys the ids stand for, and where its facts are kept once built. */
type Quoted = { readonly types: Uint8Array; readonly ids: Int32Array; readonly table: { readonly vocab: { readonly keys: readonly string[] } }; facts: QuoteFacts | undefined };

/** Bags up to this size are sorted by insertion (cheaper than a call to sort). */
const INSERTION_SORT_MAX = 32;

function build(q: Quoted): QuoteFacts {
  const n = q.ids.length;
  const keys = q.table.vocab.keys;
  const counts = new Int32Array(2 * n + 2);
  let words = 0;
  let content = 0;
  for (let k = 0; k < n; k++) {
    const type = q.types[k] as number;
    if (type !== PUNCT) words++;
    // Equal ids are equal keys, so an id is a content word everywhere or nowhere.
    if (type === NUMBER || (type === WORD && !FUNCTION_WORDS.has(keys[q.ids[k] as number] as string))) content++;
    counts[2 * k + 2] = words;
    counts[2 * k + 3] = content;
  }
  const bag = new Int32Array(words);
  let m = 0;
  for (let k = 0; k < n; k++) {
    if (q.types[k] === PUNCT) continue;
    const v = (q.ids[k] as number) * 2 + (counts[2 * k + 3] as number) - (counts[2 * k + 1] as number);
    if (words > INSERTION_SORT_MAX) bag[m++] = v;
    else {
      let j = m++;
      for (; j > 0 && (bag[j - 1] as number) > v; j--) bag[j] = bag[j - 1] as number;
      bag[j] = v;
    }
  }
  if (words > INSERTION_SORT_MAX) bag.sort();
  return { counts, bag };
}

/**
 * The lookups of a quote, built on first use and kept on the quote (a field, not a WeakMap: the
 * lookup is asked for on every candidate pair). The quote's tokens and ids must not change after.
 */
export function factsOf(q: Quoted): QuoteFacts {
  return (q.facts ??= build(q));
}

function at(counts: Int32Array, k: number, content: 0 | 1): number {
  const last = counts.length / 2 - 1;
  return counts[2 * (k < 0 ? 0 : k > last ? last : k) + content] as number;
}

/** Word and number tokens among tokens[from, to); 0 for an empty or reversed range. */
export function wordsBetween(f: QuoteFacts, from: number, to: number): number {
  return to <= from ? 0 : at(f.counts, to, 0) - at(f.counts, from, 0);
}

/** Content words among tokens[from, to). */
export function contentBetween(f: QuoteFacts, from: number, to: number): number {
  return to <= from ? 0 : at(f.counts, to, 1) - at(f.counts, from, 1);
}

/** Shared words of two bags (each id counted as often as both have it), and how many are content words. */
export function sharedBag(small: QuoteFacts, large: QuoteFacts): { shared: number; content: number } {
  const x = small.bag;
  const y = large.bag;
  let i = 0;
  let j = 0;
  let shared = 0;
  let content = 0;
  while (i < x.length && j < y.length) {
    const u = x[i] as number;
    const v = y[j] as number;
    if (u === v) {
      shared++;
      content += u & 1;
      i++;
      j++;
    } else if (u < v) i++;
    else j++;
  }
  return { shared, content };
}
