/**
 * Character tests on UTF-16 code units, shared by the stages that scan text by hand (patterns
 * cost more on every character of an article).
 */

/** An ASCII letter or digit. */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** ' and ’, the two apostrophes of elisions and possessives (see tokenize.ts for the ones that join words). */
export function isPlainApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/**
 * Whether a code unit is unchanged by lower-casing (`c === c.toLowerCase()`): not a capital.
 * ASCII answers without case mapping.
 */
export function isNotCapital(c: number): boolean {
  if (c < 128) return c < 65 || c > 90;
  const s = String.fromCharCode(c);
  return s === s.toLowerCase();
}

/** Whether `s` holds an ASCII digit. */
export function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Whether every code unit of `s` (or of `s.slice(from, to)`) is ASCII. */
export function isAscii(s: string, from = 0, to = s.length): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}
