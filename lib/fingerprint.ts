/**
 * Stable fingerprints for discrepancies: reviews attach to these, not to row ids, so they
 * survive a re-analysis for as long as the same words differ in the same quotes.
 */

/** cyrb53: a fast 53-bit string hash; collisions are negligible at the scale of one comparison. */
function cyrb53(input: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A 14-hex-digit fingerprint of the given parts (joined unambiguously). */
export function fingerprint(parts: readonly string[]): string {
  return cyrb53(parts.map((p) => `${p.length}:${p}`).join("|")).toString(16).padStart(14, "0");
}
