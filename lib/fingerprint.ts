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
    const text = p > 0 ? `|${part.length}:` : `${part.length}:`;
    for (let i = 0; i < text.length; i++) {
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
  return hex(2097151 & h2, 6) + hex(h1, 8);
}

const HEX_DIGITS = "0123456789abcdef";

/**
 * The low `digits` hex digits of a 32-bit value, zero-padded. The 53-bit value is printed in two
 * halves: `Number#toString(16)` on a double costs about 0.7 µs, most of a fingerprint's time.
 */
function hex(value: number, digits: number): string {
  let out = "";
  for (let i = 0; i < digits; i++, value >>>= 4) out = (HEX_DIGITS[value & 15] as string) + out;
  return out;
}
