import { describe, expect, it } from "vitest";
import { compact, pair } from "./testing";
import type { Analysis, Discrepancy, Severity } from "./types";
import { expandContractions, isSpellingVariant, numericValue } from "./variants";

const INTRO = "Mayor Ana Ruiz spoke to the council on Monday.";

/** A minimal article in which the mayor is credited with `quote` (printed between curly marks). */
function article(quote: string, verb = "said"): string {
  return `${INTRO} “${quote}” she ${verb}.`;
}


/** Each discrepancy as "kind severity", in the engine's order. */
function findings(result: Analysis): string[] {
  return result.discrepancies.map((d) => `${d.kind} ${d.severity}`);
}

type Case = {
  title: string;
  left: string;
  right: string;
  /** Every discrepancy of the pair, as "kind severity". */
  expected: string[];
  /** A stretch the compact diff must contain. */
  diff: string;
  ellipsis?: boolean;
};

describe("classify: what differs between two renderings of one quote", () => {
  const cases: Case[] = [
    {
      title: "rates a changed content word a major substitution",
      left: "The report found the contractor innocent of any fraud,",
      right: "The report found the contractor guilty of any fraud,",
      expected: ["substitution major"],
      diff: "contractor <del>innocent</del><ins>guilty</ins> of",
    },
    {
      title: "rates a changed function word a minor substitution",
      left: "We will finish the bridge in the spring,",
      right: "We will finish the bridge by the spring,",
      expected: ["substitution minor"],
      diff: "bridge <del>in</del><ins>by</ins> the",
    },
    {
      title: "rates a changed name a critical substitution",
      left: "I spoke with Governor Lee about the flood money last week,",
      right: "I spoke with Governor Park about the flood money last week,",
      expected: ["substitution critical"],
      diff: "Governor <del>Lee</del><ins>Park</ins> about",
    },
    {
      title: "rates a changed numeral a critical number change",
      left: "We hired 12 new teachers for the schools this year,",
      right: "We hired 21 new teachers for the schools this year,",
      expected: ["number critical"],
      diff: "hired <del>12</del><ins>21</ins> new",
    },
    {
      title: "rates a changed number word a critical number change",
      left: "We hired seven new teachers for the schools this year,",
      right: "We hired eight new teachers for the schools this year,",
      expected: ["number critical"],
      diff: "hired <del>seven</del><ins>eight</ins> new",
    },
    {
      title: "rates a number word against the same numeral a minor spelling difference",
      left: "We hired seven new teachers for the schools this year,",
      right: "We hired 7 new teachers for the schools this year,",
      expected: ["spelling minor"],
      diff: "hired <del>seven</del><ins>7</ins> new",
    },
    {
      title: "rates an added “not” a critical negation",
      left: "The city will raise property taxes next year,",
      right: "The city will not raise property taxes next year,",
      expected: ["negation critical"],
      diff: "will <del></del><ins>not</ins> raise",
    },
    {
      title: "rates a negating contraction a critical negation",
      left: "The city did raise property taxes last year,",
      right: "The city didn't raise property taxes last year,",
      expected: ["negation critical"],
      diff: "city <del>did</del><ins>didn't</ins> raise",
    },
    {
      title: "rates a dropped “not” a critical negation",
      left: "The city will not raise property taxes next year,",
      right: "The city will raise property taxes next year,",
      expected: ["negation critical"],
      diff: "will <del>not</del><ins></ins> raise",
    },
    {
      title: "rates words silently left out of the middle a major omission",
      left: "The new budget protects our schools and, after years of cuts, every library in this city,",
      right: "The new budget protects our schools and every library in this city,",
      expected: ["omission major"],
      diff: "and <del>, after years of cuts,</del><ins></ins> every",
      ellipsis: false,
    },
    {
      title: "rates words left out at an ellipsis a minor omission",
      left: "The new budget protects our schools, our parks and every library in this city,",
      right: "The new budget protects our schools … every library in this city,",
      expected: ["omission minor"],
      diff: "schools <del>, our parks and</del><ins>…</ins> every",
      ellipsis: true,
    },
    {
      title: "rates words added in the middle a major insertion",
      left: "The new budget protects our schools and every library in this city,",
      right: "The new budget protects our schools and our parks and every library in this city,",
      expected: ["insertion major"],
      diff: "<ins>our parks and</ins>",
      ellipsis: false,
    },
    {
      title: "reports a phrase moved within the quote as a major reorder",
      left: "The council will, after a long debate, approve the new pool and the new library for the east side of the city,",
      right: "The council will approve the new pool and the new library, after a long debate, for the east side of the city,",
      expected: ["reorder major"],
      diff: "library <del></del><ins>, after a long debate,</ins> for",
    },
    {
      title: "rates British against American spelling (-our) a minor spelling difference",
      left: "The colour of the new buses was chosen by the children,",
      right: "The color of the new buses was chosen by the children,",
      expected: ["spelling minor"],
      diff: "The <del>colour</del><ins>color</ins> of",
    },
    {
      title: "rates British against American spelling (-ise) a minor spelling difference",
      left: "We will organise a meeting with every neighbourhood group,",
      right: "We will organize a meeting with every neighbourhood group,",
      expected: ["spelling minor"],
      diff: "will <del>organise</del><ins>organize</ins> a",
    },
    {
      title: "rates a hyphenated against a solid compound a minor spelling difference",
      left: "She single-handedly saved the festival from closing,",
      right: "She singlehandedly saved the festival from closing,",
      expected: ["spelling minor"],
      diff: "{single-handedly|singlehandedly}",
    },
    {
      title: "rates a hyphenated against an open compound a minor spelling difference",
      left: "She single-handedly saved the festival from closing,",
      right: "She single handedly saved the festival from closing,",
      expected: ["spelling minor"],
      diff: "<del>single-handedly</del><ins>single handedly</ins>",
    },
    {
      title: "rates a difference of case only a minor spelling difference",
      left: "The plan is good for the harbour district,",
      right: "The plan is good for the Harbour District,",
      expected: ["spelling minor"],
      diff: "{harbour district|Harbour District}",
    },
    {
      title: "rates an ampersand against “and” a minor spelling difference",
      left: "Parks & libraries will stay open all summer long,",
      right: "Parks and libraries will stay open all summer long,",
      expected: ["spelling minor"],
      diff: "Parks <del>&</del><ins>and</ins> libraries",
    },
    {
      title: "rates a contraction against its spelt-out form a minor spelling difference",
      left: "It's the best budget this city has seen in a decade,",
      right: "It is the best budget this city has seen in a decade,",
      expected: ["spelling minor"],
      diff: "<del>It's</del><ins>It is</ins> the best",
    },
    {
      title: "rates a different dash style cosmetic punctuation",
      left: "We fixed the roads \u2014 all of them \u2014 before the snow came,",
      right: "We fixed the roads - all of them - before the snow came,",
      expected: ["punctuation cosmetic", "punctuation cosmetic"],
      diff: "{\u2014|-} all of them {\u2014|-}",
    },
    {
      title: "rates a different style of inner quotation marks cosmetic punctuation",
      left: "The council called it 'a waste of money' in public,",
      right: "The council called it \u2018a waste of money\u2019 in public,",
      expected: ["punctuation cosmetic", "punctuation cosmetic"],
      diff: "{'|\u2018} a waste of money {'|\u2019}",
    },
    {
      title: "rates a dropped comma cosmetic punctuation",
      left: "We fixed the roads, all of them, before the snow came,",
      right: "We fixed the roads all of them, before the snow came,",
      expected: ["punctuation cosmetic"],
      diff: "roads <del>,</del><ins></ins> all",
    },
    {
      title: "reports a quote trimmed at the end as a truncation for information",
      left: "The new budget protects our schools and keeps every library in this city open,",
      right: "The new budget protects our schools,",
      expected: ["truncation info"],
      diff: "The new budget protects our schools",
    },
  ];

  it.each(cases)("$title", ({ left, right, expected, diff, ellipsis }) => {
    const result = pair(article(left), article(right));
    expect(result.matches).toHaveLength(1);
    expect(findings(result)).toEqual(expected);
    expect(compact(result.matches[0]?.diff ?? null)).toContain(diff);
    if (ellipsis !== undefined) expect(result.discrepancies[0]?.ellipsis).toBe(ellipsis);
  });
});

describe("classify: regressions in omissions and moves", () => {
  // The ellipsis sits next to the first “and”, the diff cuts after it: the cut must still count as marked.
  it("counts an omission as marked when the ellipsis stands before a repeated word", () => {
    const result = pair(
      article("The new budget protects our schools and our parks and every library in this city,"),
      article("The new budget protects our schools ... and every library in this city,"),
    );
    expect(findings(result)).toEqual(["omission minor"]);
    expect(result.discrepancies[0]?.ellipsis).toBe(true);
  });

  // “without” is a negation word; moving “without any doubt” must not read as dropping a negation.
  it("does not report a phrase with “without” moved to the end of the quote as a negation change", () => {
    const result = pair(
      article("We will open the new pool, without any doubt, in the park on Elm Street,"),
      article("We will open the new pool in the park on Elm Street, without any doubt,"),
    );
    expect(result.discrepancies.map((d) => d.kind)).not.toContain("negation");
  });
});

describe("classify: attribution and unmatched quotes", () => {
  const long = "The new budget protects our schools and keeps every library in this city open,";

  it("rates a long identical quote credited to another speaker a major attribution difference", () => {
    const right = `Senator Tom Hale spoke to the council on Monday. “${long}” he said.`;
    const result = pair(article(long), right);
    expect(findings(result)).toEqual(["attribution major"]);
    expect(result.discrepancies[0]).toMatchObject({ left: "Ana Ruiz", right: "Tom Hale" });
  });

  it("rates a different reporting verb on an identical quote a minor attribution difference", () => {
    const result = pair(article(long, "declared"), article(long, "said"));
    expect(findings(result)).toEqual(["attribution minor"]);
    expect(result.discrepancies[0]).toMatchObject({ left: "declared", right: "said" });
  });

  it("reports a quote only one source carries as unmatched, with that one quote id", () => {
    const left = `${article(long)} “The pool reopens in June,” she added.`;
    const result = pair(left, article(long));
    const unmatched = result.discrepancies.filter((d) => d.kind === "unmatched");
    expect(unmatched).toHaveLength(1);
    expect(unmatched[0]).toMatchObject({ severity: "info", quotes: ["a:q2"], matchId: null });
  });
});

describe("classify: fingerprints and counts", () => {
  const left = `${article("We hired 12 new teachers and built seven new playgrounds for the schools this year,")} “The pool reopens in June,” she added.`;
  const right = article("We hired 21 new teachers and built seven new parks for the schools this year,");

  it("gives the same discrepancies the same fingerprints on a second run", () => {
    const fingerprints = (r: Analysis) => r.discrepancies.map((d) => d.fingerprint);
    expect(fingerprints(pair(left, right))).toEqual(fingerprints(pair(left, right)));
  });

  it("gives different discrepancies different fingerprints", () => {
    const all = pair(left, right).discrepancies;
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(new Set(all.map((d) => d.fingerprint)).size).toBe(all.length);
  });

  it("changes a fingerprint when the differing words change", () => {
    const find = (r: Analysis): Discrepancy | undefined => r.discrepancies.find((d) => d.kind === "number");
    const other = article("We hired 31 new teachers and built seven new parks for the schools this year,");
    expect(find(pair(left, right))?.fingerprint).not.toBe(find(pair(left, other))?.fingerprint);
  });

  it("counts discrepancies by severity", () => {
    const result = pair(left, right);
    const tally: Record<Severity, number> = { critical: 0, major: 0, minor: 0, cosmetic: 0, info: 0 };
    for (const d of result.discrepancies) tally[d.severity]++;
    expect(result.counts).toEqual(tally);
    expect(result.counts.critical).toBeGreaterThan(0);
  });
});

describe("variants: word forms that spell the same word", () => {
  const same: Array<[string[], string[]]> = [
    [["colour"], ["color"]],
    [["organise"], ["organize"]],
    [["single-handedly"], ["singlehandedly"]],
    [["single", "handedly"], ["singlehandedly"]],
    [["seven"], ["7"]],
    [["goverment"], ["government"]],
  ];
  it.each(same)("reads %j and %j as one spelling", (a, b) => {
    expect(isSpellingVariant(a, b)).toBe(true);
  });

  const different: Array<[string[], string[]]> = [
    [["seven"], ["8"]],
    [["innocent"], ["guilty"]],
    [["form"], ["from"]],
    [[], ["color"]],
  ];
  it.each(different)("reads %j and %j as different words", (a, b) => {
    expect(isSpellingVariant(a, b)).toBe(false);
  });

  const values: Array<[string, number | null]> = [
    ["seven", 7],
    ["2,000", 2000],
    ["5.7", 5.7],
    ["dozen", 12],
    ["teachers", null],
  ];
  it.each(values)("reads the value of %s as %s", (key, value) => {
    expect(numericValue(key)).toBe(value);
  });

  const expansions: Array<[string[], string[]]> = [
    [["it's"], ["it", "is"]],
    [["didn't"], ["did", "not"]],
    [["won't"], ["will", "not"]],
    [["&"], ["and"]],
    [["we'll"], ["we", "will"]],
    [["budget"], ["budget"]],
  ];
  it.each(expansions)("spells out %j as %j", (keys, expected) => {
    expect(expandContractions(keys)).toEqual(expected);
  });
});
