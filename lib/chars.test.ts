import { describe, expect, it } from "vitest";
import { isNotCapital } from "./chars";

describe("isNotCapital", () => {
  it("is c === c.toLowerCase() for every code unit of the Basic Multilingual Plane", () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if (isNotCapital(c) !== (s === s.toLowerCase())) expect(isNotCapital(c), `U+${c.toString(16)}`).toBe(s === s.toLowerCase());
    }
  });
});
