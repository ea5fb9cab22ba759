import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fingerprint } from "./fingerprint";

/** The hash as first written: cyrb53 over the joined string. Stored reviews hang on its values. */
function joinedCyrb53(parts: readonly string[]): string {
  const input = parts.map((p) => `${p.length}:${p}`).join("|");
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}

describe("fingerprint", () => {
  it("gives the values of hashing the joined parts, so stored fingerprints stay valid", () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: "grapheme" }), { maxLength: 6 }), (parts) => fingerprint(parts) === joinedCyrb53(parts)));
    expect(fingerprint(["substitution", "innocence", "innocent"])).toBe(joinedCyrb53(["substitution", "innocence", "innocent"]));
  });

  it("gives those values for parts of every length class: empty, short, and past the cached length prefixes", () => {
    for (const n of [0, 1, 9, 10, 99, 100, 1023, 1024, 1025, 5000]) {
      const parts = ["omission", "x".repeat(n), "\u201Cquoted\u201D ".repeat(Math.ceil(n / 10))];
      expect(fingerprint(parts)).toBe(joinedCyrb53(parts));
    }
  });

  it("tells apart parts that join to the same text", () => {
    expect(fingerprint(["ab", "c"])).not.toBe(fingerprint(["a", "bc"]));
    expect(fingerprint([""])).not.toBe(fingerprint([]));
  });
});
