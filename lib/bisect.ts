/** Searches shared by the stages that keep sorted positions. */

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

