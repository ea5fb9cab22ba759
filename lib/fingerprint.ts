/**
 * Stable fingerprints for discrepancies: reviews attach to these, not to row ids, so they
 * survive a re-analysis for as long as the same words differ in the same quotes.
 */

/**
 * cyrb53, a fast 53-bit string hash (collisions are negligible at the scale of one comparison),
 * fed the parts joined unambiguously as `${length}:${part}` with "|" between, without building
 * that string: the values are those of hashing the joined string, which stored reviews hang on.
 */
export function fingerprint(parts: readonly string[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p] as string;
    // `${part.length}:${part}`, after a "|" from the second part on.
    const text = lengthPrefix(part.length);
    for (let i = p > 0 ? 0 : 1; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    for (let i = 0; i < part.length; i++) {
      const ch = part.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return hex14(2097151 & h2, h1);
}

/** `|${length}:` for the common lengths, made once rather than on every part hashed. */
const PREFIXES = Array.from({ length: 1024 }, (_, n) => `|${n}:`);

function lengthPrefix(length: number): string {
  return PREFIXES[length] ?? `|${length}:`;
}

/** Character codes of the hex digits 0-9a-f. */
const HEX_CODES = Array.from("0123456789abcdef", (c) => c.charCodeAt(0));
/** The digits being printed, reused (one fingerprint is printed at a time). */
const digits: number[] = new Array<number>(14).fill(0);

/**
 * `high * 2^32 + low` as 14 zero-padded hex digits, built as one string: `Number#toString(16)`
 * on the 53-bit double cost about 0.7 µs, most of a fingerprint's time.
 */
function hex14(high: number, low: number): string {
  for (let i = 13; i >= 6; i--, low >>>= 4) digits[i] = HEX_CODES[low & 15] as number;
  for (let i = 5; i >= 0; i--, high >>>= 4) digits[i] = HEX_CODES[high & 15] as number;
  return String.fromCharCode(...digits);
}
