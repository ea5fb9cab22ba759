import { describe, expect, it } from "vitest";
import { analyze } from "../lib/index";
import type { Quote } from "../lib/index";
import { generatePair, generateQuoteSoup, generateSources } from "./generate";

/** Share of the generator's quotations that `analyze` must find at exactly the same offsets, in [0, 1]. */
const MIN_FOUND_SHARE = 0.95;

describe("generate", () => {
  it("gives the same articles for the same seed and different ones for another", () => {
    expect(generatePair(2_000, 42)).toEqual(generatePair(2_000, 42));
    expect(generateSources(3, 1_000, 7)).toEqual(generateSources(3, 1_000, 7));
    expect(generatePair(2_000, 43)[0].text).not.toBe(generatePair(2_000, 42)[0].text);
    expect(generateQuoteSoup(5_000, 1)).toBe(generateQuoteSoup(5_000, 1));
  });

  it("writes about the requested number of words, with a quotation every 25 to 45 words", () => {
    for (const words of [1_000, 10_000]) {
      for (const article of generatePair(words, words)) {
        const counted = article.text.split(/\s+/).filter((w) => w !== "").length;
        expect(counted).toBe(article.words);
        expect(counted).toBeGreaterThanOrEqual(words);
        expect(counted).toBeLessThan(words * 1.05 + 60);
        const wordsPerQuote = counted / article.quotes.length;
        expect(wordsPerQuote).toBeGreaterThan(25);
        expect(wordsPerQuote).toBeLessThan(45);
      }
    }
  });

  it("records each quotation at the offsets of its words", () => {
    for (const article of generateSources(4, 3_000, 5)) {
      for (const q of article.quotes) expect(article.text.slice(q.start, q.end)).toBe(q.text);
    }
  });

  it("mixes curly and straight marks, apostrophes and every kind of quotation", () => {
    const texts = generateSources(4, 3_000, 11).map((a) => a.text).join("\n");
    for (const mark of ["“", "”", '"', "’", "'"]) expect(texts).toContain(mark);
    const kinds = new Set(generateSources(4, 3_000, 11).flatMap((a) => a.quotes.map((q) => q.kind)));
    expect([...kinds].sort()).toEqual(["direct", "partial", "term"]);
  });

  it("writes quotations that analyze finds where they were written and matches across the pair", () => {
    const pair = generatePair(3_000, 99);
    const result = analyze(pair.map((a, i) => ({ id: `s${i + 1}`, text: a.text })));
    pair.forEach((article, i) => {
      const found = new Set(result.sources[i]?.quotes.map((q: Quote) => `${q.start}:${q.end}`));
      const hits = article.quotes.filter((q) => found.has(`${q.start}:${q.end}`)).length;
      expect(hits / article.quotes.length).toBeGreaterThanOrEqual(MIN_FOUND_SHARE);
    });
    expect(result.matches.length).toBeGreaterThan(pair[0].quotes.length / 2);
  });
});
