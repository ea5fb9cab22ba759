import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze, type Discrepancy, type Match, type Quote } from "../../lib";

/** The demo comparison seeded on first run: two invented reports of the same council vote. */
const read = (file: string) => readFileSync(new URL(file, import.meta.url), "utf8");

const herald = read("./northgate-herald.txt");
const courier = read("./valley-courier.txt");
const analysis = analyze([
  { id: "herald", name: "northgate-herald.txt", text: herald },
  { id: "courier", name: "valley-courier.txt", text: courier },
]);

const [heraldSource, courierSource] = analysis.sources;

function quoteIn(sourceId: "herald" | "courier", words: string): Quote {
  const source = sourceId === "herald" ? heraldSource : courierSource;
  const found = source?.quotes.filter((q) => q.text.includes(words)) ?? [];
  expect(found, `one ${sourceId} quote containing “${words}”`).toHaveLength(1);
  return found[0] as Quote;
}

function matchOf(left: Quote, right: Quote): Match {
  const match = analysis.matches.find((m) => m.quotes[0] === left.id && m.quotes[1] === right.id);
  expect(match, `a match between ${left.id} and ${right.id}`).toBeDefined();
  return match as Match;
}

function discrepanciesOf(match: Match): Discrepancy[] {
  return analysis.discrepancies.filter((d) => d.matchId === match.id);
}

describe("demo comparison: Northgate Herald vs Valley Courier", () => {
  it("finds the quotes of both articles", () => {
    expect(heraldSource?.quotes.length).toBeGreaterThanOrEqual(8);
    expect(courierSource?.quotes.length).toBeGreaterThanOrEqual(8);
    expect(analysis.sources.flatMap((s) => s.quotes).every((q) => q.confidence === "high")).toBe(true);
  });

  it("flags a changed content word inside a shared quote as a major substitution", () => {
    const match = matchOf(quoteIn("herald", "has a duty to"), quoteIn("courier", "has a debt to"));
    expect(match.relation).toBe("variant");
    const found = discrepanciesOf(match).filter((d) => d.kind === "substitution");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ left: "duty", right: "debt" });
    expect(["major", "critical"]).toContain(found[0]?.severity);
  });

  it("reports a British and an American spelling of the same word as a minor spelling variant", () => {
    const match = matchOf(quoteIn("herald", "We will organise"), quoteIn("courier", "We will organize"));
    const found = discrepanciesOf(match);
    expect(found.map((d) => [d.kind, d.severity, d.left, d.right])).toEqual([["spelling", "minor", "organise", "organize"]]);
  });

  it("treats an em dash printed as an en dash as a cosmetic punctuation difference", () => {
    const match = matchOf(quoteIn("herald", "does not negotiate \u2014 it rises"), quoteIn("courier", "does not negotiate \u2013 it rises"));
    expect(match.relation).toBe("identical");
    const punctuation = discrepanciesOf(match).filter((d) => d.kind === "punctuation");
    expect(punctuation.map((d) => [d.severity, d.left, d.right])).toEqual([["cosmetic", "\u2014", "\u2013"]]);
  });

  it("notes that the Courier prints only part of the engineer’s longer quote", () => {
    const full = quoteIn("herald", "four metres above the spring high-water mark");
    const part = quoteIn("courier", "designed to last at least eighty years");
    const match = matchOf(full, part);
    expect(match.relation).toBe("fragment");
    expect(match.contained).toBe("right");
    const truncation = discrepanciesOf(match).filter((d) => d.kind === "truncation");
    expect(truncation).toHaveLength(1);
    expect(truncation[0]?.severity).toBe("info");
    expect(discrepanciesOf(match).every((d) => d.severity === "info" || d.severity === "cosmetic")).toBe(true);
  });

  it("keeps both halves of a quote split by its attribution in one utterance, each matched to the whole", () => {
    const first = quoteIn("herald", "Nobody in this chamber doubts");
    const second = quoteIn("herald", "but I doubt that a wall");
    expect(first.text).toBe("Nobody in this chamber doubts that Millrace floods,");
    expect(second.utterance).toBe(first.utterance);
    expect(first.speaker).toBe("Bernard Haskell");
    expect(second.speaker).toBe("Bernard Haskell");
    const whole = quoteIn("courier", "Nobody in this chamber doubts");
    expect(whole.text).toContain("but I doubt that a wall");
    for (const half of [first, second]) {
      const match = matchOf(half, whole);
      expect(match.relation).toBe("fragment");
      expect(match.contained).toBe("left");
    }
  });

  it("reads a quotation that runs over two paragraphs as one quote spanning the break", () => {
    const quote = quoteIn("herald", "Every time, we pulled up the carpets");
    expect(quote.text).toMatch(/happen again\.\n\n\u201cIt happened again\./);
    expect(quote.text).toContain("stand in that kitchen in April.");
    expect(quote.closeMark).toBe("\u201d");
    expect(quote.speaker).toBe("Walter Quill");
    expect(heraldSource?.quotes.some((q) => q.text.startsWith("It happened again"))).toBe(false);
  });

  it("flags “declared” in one outlet and “said” in the other as a minor attribution difference", () => {
    const left = quoteIn("herald", "does not negotiate");
    const right = quoteIn("courier", "does not negotiate");
    expect([left.verb, right.verb]).toEqual(["declared", "said"]);
    expect([left.speaker, right.speaker]).toEqual(["Ruth Calloway", "Ruth Calloway"]);
    const attribution = discrepanciesOf(matchOf(left, right)).filter((d) => d.kind === "attribution");
    expect(attribution.map((d) => [d.severity, d.left, d.right])).toEqual([["minor", "declared", "said"]]);
  });

  it("flags a changed number inside a shared quote as critical", () => {
    const match = matchOf(quoteIn("herald", "reached 12 homes"), quoteIn("courier", "reached 21 homes"));
    const numbers = discrepanciesOf(match).filter((d) => d.kind === "number");
    expect(numbers.map((d) => [d.severity, d.left, d.right])).toEqual([["critical", "12", "21"]]);
  });

  it("lists at least two quotes carried by only one outlet in each article", () => {
    const unmatched = analysis.discrepancies.filter((d) => d.kind === "unmatched");
    expect(unmatched.every((d) => d.severity === "info" && d.matchId === null && d.quotes.length === 1)).toBe(true);
    const ids = new Set(unmatched.flatMap((d) => d.quotes));
    const heraldOnly = heraldSource?.quotes.filter((q) => ids.has(q.id)) ?? [];
    const courierOnly = courierSource?.quotes.filter((q) => ids.has(q.id)) ?? [];
    expect(heraldOnly.length).toBeGreaterThanOrEqual(2);
    expect(courierOnly.length).toBeGreaterThanOrEqual(2);
    expect(new Set(heraldOnly.map((q) => q.speaker))).toEqual(new Set(["Walter Quill", "Lorna Petrakis"]));
    expect(new Set(courierOnly.map((q) => q.speaker))).toEqual(new Set(["Ruth Calloway", "Amos Reinholt"]));
  });

  it("credits every quote to the person the reporter names, through surnames, titles and pronouns", () => {
    const speakers = (source: typeof heraldSource) => source?.quotes.map((q) => q.speaker);
    expect(speakers(heraldSource)).toEqual([
      "Ruth Calloway", // she
      "Ruth Calloway", // Calloway declared
      "Ines Tavaro",
      "Ruth Calloway", // the mayor … she
      "Bernard Haskell", // he said, split
      "Bernard Haskell",
      "Bernard Haskell",
      "Walter Quill",
      "Walter Quill", // the two-paragraph continuation
      "Lorna Petrakis",
      "Lorna Petrakis",
    ]);
    expect(speakers(courierSource)).toEqual([
      "Ruth Calloway",
      "Ruth Calloway", // the mayor said
      "Ruth Calloway",
      "Ines Tavaro",
      "Ruth Calloway",
      "Bernard Haskell", // said Councilman Bernard Haskell
      "Bernard Haskell",
      "Amos Reinholt", // Dr. Amos Reinholt … Reinholt said
      "Amos Reinholt",
    ]);
    expect(analysis.discrepancies.filter((d) => d.kind === "attribution").every((d) => d.severity === "minor")).toBe(true);
  });

  it("seeds both articles from demo.json with example.org or example.com addresses", () => {
    const demo = JSON.parse(read("./demo.json")) as { title: string; sources: { file: string; outlet: string; url: string; publishedAt: string }[] };
    expect(demo.title).not.toBe("");
    expect(demo.sources.map((s) => s.file)).toEqual(["northgate-herald.txt", "valley-courier.txt"]);
    for (const s of demo.sources) {
      expect(new URL(s.url).hostname).toMatch(/^example\.(?:org|com)$/);
      expect(s.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
