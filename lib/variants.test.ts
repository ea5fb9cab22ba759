import { describe, expect, it } from "vitest";
import { expandContractions, isSpellingVariant, numericValue } from "./variants";

describe("variants of words an object inherits", () => {
  it("reads constructor, toString and __proto__ as words, not as lexicon entries", () => {
    const keys = ["constructor", "tostring", "__proto__", "valueOf", "hasOwnProperty"];
    expect(expandContractions(keys)).toEqual(keys);
    for (const k of keys) expect(numericValue(k)).toBeNull();
    expect(isSpellingVariant(["constructor"], ["constructer"])).toBe(true);
  });
});
