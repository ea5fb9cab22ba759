/**
 * A quote's tokens, read in place from its article's token table (tokens.ts) by their index
 * within the quote. Alignment and classification read these for every candidate and linked
 * pair; an object per token, made for them, was a tenth of what a long article allocated.
 */
import { NUMBER, PUNCT, type TokenTable } from "./tokens";

/** A quote's tokens: [from, from + ids.length) of its article's table, with views of two columns. */
export type QuoteTokens = {
  readonly table: TokenTable;
  readonly from: number;
  readonly types: Uint8Array;
  readonly ids: Int32Array;
};

/** How many tokens the quote has. */
export function size(q: QuoteTokens): number {
  return q.ids.length;
}

/** The comparison key of token k. */
export function keyAt(q: QuoteTokens, k: number): string {
  return q.table.vocab.keys[q.ids[k] as number] as string;
}

/** Whether token k is a word or a number (false when there is no token k). */
export function isWordAt(q: QuoteTokens, k: number): boolean {
  return k >= 0 && k < q.types.length && q.types[k] !== PUNCT;
}

/** Whether token k is a number (false when there is no token k). */
export function isNumberAt(q: QuoteTokens, k: number): boolean {
  return k >= 0 && k < q.types.length && q.types[k] === NUMBER;
}

/** Whether token k is a mark (false when there is no token k). */
export function isPunctAt(q: QuoteTokens, k: number): boolean {
  return k >= 0 && k < q.types.length && q.types[k] === PUNCT;
}

/** Token k's offsets in its article. */
export function startAt(q: QuoteTokens, k: number): number {
  return q.table.start(q.from + k);
}

export function endAt(q: QuoteTokens, k: number): number {
  return q.table.end(q.from + k);
}

/** Token k's text as printed (a new string). */
export function rawAt(q: QuoteTokens, k: number): string {
  return q.table.raw(q.from + k);
}

/** Whether token k is printed exactly as `s` (false when there is no token k). */
export function printedAs(q: QuoteTokens, k: number, s: string): boolean {
  return k >= 0 && k < q.ids.length && q.table.is(q.from + k, s);
}

/** The first code unit of token k's text. */
export function firstCodeAt(q: QuoteTokens, k: number): number {
  return q.table.firstCode(q.from + k);
}

/** Whether token ka of a and token kb of b are printed alike, compared in place. */
export function samePrint(a: QuoteTokens, ka: number, b: QuoteTokens, kb: number): boolean {
  const ta = a.table;
  const tb = b.table;
  const sa = ta.start(a.from + ka);
  const sb = tb.start(b.from + kb);
  const n = ta.end(a.from + ka) - sa;
  if (tb.end(b.from + kb) - sb !== n) return false;
  for (let i = 0; i < n; i++) if (ta.text.charCodeAt(sa + i) !== tb.text.charCodeAt(sb + i)) return false;
  return true;
}
