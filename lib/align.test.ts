import { describe, expect, it } from "vitest";
import { analyze } from "./index";
import { compact, pair } from "./testing";
import { sameSpeaker } from "./region";
import type { Match } from "./types";

const RUIZ = "Mayor Ana Ruiz spoke to reporters after the council vote on Monday.";
const HALE = "Senator Tom Hale spoke to reporters after the council vote on Monday.";

/** A minimal article: an introduction that names the speaker, then a sentence carrying the quote. */
function article(intro: string, sentence: string): string {
  return `${intro} ${sentence}`;
}



function only(matches: readonly Match[]): Match {
  expect(matches).toHaveLength(1);
  return matches[0] as Match;
}

const WHOLE = "“The new budget protects our schools and keeps every library in this city open,” she said.";

describe("align: linking quotes across sources", () => {
  it("links an identical quote", () => {
    const text = article(RUIZ, WHOLE);
    const m = only(pair(text, text).matches);
    expect(m).toMatchObject({ quotes: ["a:q1", "b:q1"], relation: "identical", contained: null });
    expect(m.diff?.every((d) => d.op === "equal")).toBe(true);
  });

  it("links a quote trimmed at the end as a fragment contained on the right", () => {
    const m = only(pair(article(RUIZ, WHOLE), article(RUIZ, "“The new budget protects our schools,” she said.")).matches);
    expect(m).toMatchObject({ relation: "fragment", contained: "right" });
    expect(compact(m.diff)).toBe("The new budget protects our schools");
  });

  it("links a quote trimmed at the start as a fragment contained on the right", () => {
    const right = article(RUIZ, "The budget, she said, “keeps every library in this city open.”");
    const m = only(pair(article(RUIZ, WHOLE), right).matches);
    expect(m).toMatchObject({ relation: "fragment", contained: "right" });
    expect(compact(m.diff)).toContain("keeps every library in this city open");
  });

  it("marks the left side as contained when the left source prints the shorter quote", () => {
    const m = only(pair(article(RUIZ, "“The new budget protects our schools,” she said."), article(RUIZ, WHOLE)).matches);
    expect(m).toMatchObject({ relation: "fragment", contained: "left" });
  });

  // Regression: the edge widening diffed “Every” against “every school and every” and took the first “every”.
  it("links a quote trimmed at the start whose first word also occurs earlier in the longer quote", () => {
    const left = article(RUIZ, "“The new budget protects every school and every library in this city,” she said.");
    const right = article(RUIZ, "“Every library in this city,” she said.");
    const result = pair(left, right);
    const m = only(result.matches);
    expect(m).toMatchObject({ relation: "fragment", contained: "right" });
    expect(compact(m.diff)).not.toContain("<del>");
    expect(result.discrepancies.map((d) => d.kind)).not.toContain("omission");
  });

  it("links a quote with one changed word as a variant", () => {
    const right = article(RUIZ, "“The new budget protects our schools and keeps every park in this city open,” she said.");
    const m = only(pair(article(RUIZ, WHOLE), right).matches);
    expect(m.relation).toBe("variant");
    expect(compact(m.diff)).toContain("every <del>library</del><ins>park</ins> in");
  });

  it("links one quote to both halves when the other source splits it in two", () => {
    const left = article(RUIZ, "“The new budget protects our schools and our libraries. It also keeps every swimming pool open through the summer,” she said.");
    const right = article(RUIZ, "“The new budget protects our schools and our libraries,” she said. “It also keeps every swimming pool open through the summer.”");
    const result = pair(left, right);
    expect(result.matches.map((m) => m.quotes)).toEqual([
      ["a:q1", "b:q1"],
      ["a:q1", "b:q2"],
    ]);
    expect(result.matches.map((m) => m.relation)).toEqual(["fragment", "fragment"]);
  });
});

describe("align: what is not linked", () => {
  const cases: Array<{ title: string; left: string; right: string }> = [
    {
      title: "does not link the same short phrase credited to different speakers",
      left: article(RUIZ, "She called the agreement “a fair deal.”"),
      right: article(HALE, "He called the agreement “a fair deal.”"),
    },
    {
      title: "does not link a two-word mention that nobody is credited with",
      left: "The council has avoided the term “rate rise” all year.",
      right: "Nobody on the council will use the term “rate rise” in public.",
    },
    {
      title: "does not link two unrelated quotes that share only common words",
      left: article(RUIZ, "“It is time for the council to do the right thing for the people of this city,” she said."),
      right: article(RUIZ, "“It is not the job of the council to pick winners in the housing market,” she said."),
    },
    {
      title: "does not link quotes that share one phrase but are mostly different",
      left: article(RUIZ, "“This is a good day for the people of this city,” she said."),
      right: article(RUIZ, "“We owe the people of this city an apology for the delays on the bridge,” she said."),
    },
  ];
  it.each(cases)("$title", ({ left, right }) => {
    const result = pair(left, right);
    expect(result.matches).toEqual([]);
    expect(result.discrepancies.map((d) => d.kind)).toEqual(["unmatched", "unmatched"]);
  });
});

describe("align: single-word terms", () => {
  const term = article(RUIZ, "She dismissed the audit as “theatre” in a statement.");

  it("links a single-word term to the same term from the same speaker", () => {
    const m = only(pair(term, article(RUIZ, "She called the audit “theatre” on Friday.")).matches);
    expect(m.relation).toBe("identical");
  });

  it("does not link a single-word term to the same term from another speaker", () => {
    expect(pair(term, article(HALE, "He called the audit “theatre” on Friday.")).matches).toEqual([]);
  });

  it("does not link a single-word term to a sentence of the same speaker that contains the word", () => {
    expect(pair(term, article(RUIZ, "“The whole audit is theatre,” she said.")).matches).toEqual([]);
  });
});

describe("align: scores", () => {
  it("scores a closer variant higher than a looser one", () => {
    const base = article(RUIZ, "“The new budget protects every school and every library in this city,” she said.");
    const close = article(RUIZ, "“The new budget protects every school and every park in this city,” she said.");
    const loose = article(RUIZ, "“The new plan protects every school and every library in this town,” she said.");
    const closeScore = only(pair(base, close).matches).score;
    const looseScore = only(pair(base, loose).matches).score;
    const identicalScore = only(pair(base, base).matches).score;
    expect(identicalScore).toBeGreaterThan(closeScore);
    expect(closeScore).toBeGreaterThan(looseScore);
  });

  it("keeps every score within [0, 1]", () => {
    const base = article(RUIZ, WHOLE);
    const other = article(RUIZ, "“The new budget protects our schools,” she said. “It keeps every library in this city open,” she added.");
    for (const m of pair(base, other).matches) {
      expect(m.score).toBeGreaterThanOrEqual(0);
      expect(m.score).toBeLessThanOrEqual(1);
    }
  });

  // Judgement call: four changed words in a twelve-word quote of the same extent still read as one quote.
  it("calls two quotes of the same extent with several changed words a variant, not an overlap", () => {
    const base = article(RUIZ, "“The new budget protects every school and every library in this city,” she said.");
    const reworded = article(RUIZ, "“The new plan protects every school and each park in this town,” she said.");
    const m = only(pair(base, reworded).matches);
    expect(m.relation).toBe("variant");
  });
});

describe("align: three sources", () => {
  const texts = [
    article(RUIZ, "“The new budget protects every school and every library in this city,” she said."),
    article(RUIZ, "“The new budget protects every school and every park in this city,” she said."),
    article(RUIZ, "“The new budget protects every school and every library in this town,” she said."),
  ];
  const result = analyze(texts.map((text, i) => ({ id: ["a", "b", "c"][i] as string, name: ["Left", "Right", "Third"][i] as string, text })));

  it("aligns each pair of sources, the earlier source on the left", () => {
    expect(result.matches.map((m) => m.quotes)).toEqual([
      ["a:q1", "b:q1"],
      ["a:q1", "c:q1"],
      ["b:q1", "c:q1"],
    ]);
  });

  it("groups the quotes linked across all three sources", () => {
    expect(result.groups).toHaveLength(1);
    expect([...(result.groups[0]?.quotes ?? [])].sort()).toEqual(["a:q1", "b:q1", "c:q1"]);
  });
});

describe("sameSpeaker", () => {
  const cases: Array<[string | null, string | null, boolean | null]> = [
    ["Ana Ruiz", "Ana Ruiz", true],
    ["Ana Ruiz", "Ruiz", true],
    ["Ana Ruiz", "Tom Hale", false],
    ["Ana Ruiz", "Maria Ruiz", false],
    [null, "Ana Ruiz", null],
    ["Ana Ruiz", null, null],
  ];
  it.each(cases)("compares %s and %s as %s", (a, b, expected) => {
    expect(sameSpeaker(a, b)).toBe(expected);
  });
});

describe("align: look-alikes stay apart", () => {
  // Regressions from the generated benchmark articles: stock phrases linked quotes of different people.
  it("does not link quotes of two different speakers that share only a stock phrase", () => {
    const left = article(RUIZ, "“You ignored every warning by the end of October,” she said.");
    const right = article(HALE, "“We will open a new sandbag depot by the end of October,” he said.");
    expect(pair(left, right).matches).toEqual([]);
  });

  it("does not link quotes whose shared words are mostly function words", () => {
    const left = article(RUIZ, "“It was an unacceptable gamble with the pensioners’ savings,” she said.");
    const right = article(RUIZ, "“It was an irresponsible gamble with the families’ harbour fees,” she said.");
    expect(pair(left, right).matches).toEqual([]);
  });

  it("does not link two scare-quoted labels that share one of their two words", () => {
    const left = article(RUIZ, "Ruiz called it the “Harbour roadmap” on Monday.");
    const right = article(RUIZ, "Ruiz called it the “Kessington roadmap” on Monday.");
    expect(pair(left, right).matches).toEqual([]);
  });

  it("still links a near-identical long quote credited to different people, and flags the attribution", () => {
    const quote = "“The new budget protects our schools and keeps every library in this city open,”";
    const result = pair(article(RUIZ, `${quote} she said.`), article(HALE, `${quote} he said.`));
    const m = only(result.matches);
    expect(result.discrepancies.find((d) => d.matchId === m.id && d.kind === "attribution")?.severity).toBe("major");
  });
});
