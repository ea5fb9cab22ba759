/** Searches shared by the stages that keep sorted positions. */
import type { Token } from "./tokenize";

/** The first index whose `position(item)` is at least `value` (the list's length when none is). */
export function lowerBoundBy<T>(list: readonly T[], value: number, position: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (position(list[mid] as T) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index of the first token starting at or after `pos`, for positions asked in about
 * ascending order: each answer is walked to from the last. Attribution asks eight per
 * quotation, each near the one before, so a walk of a few tokens beats a search (which, on a
 * long article, reads tokens from all over the heap).
 */
export function seeker(tokens: readonly Token[]): (pos: number) => number {
  let k = 0;
  return (pos) => {
    while (k > 0 && (tokens[k - 1] as Token).start >= pos) k--;
    while (k < tokens.length && (tokens[k] as Token).start < pos) k++;
    return k;
  };
}
