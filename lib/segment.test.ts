import { describe, expect, it } from "vitest";
import { paragraphSentences, paragraphs, type Range } from "./segment";

/** The sentences of [start, end) read as one paragraph. */
function sentences(text: string, start: number, end: number, opaque: readonly Range[] = []): Range[] {
  return paragraphSentences(text, [{ start, end }], opaque);
}

function slices(text: string, ranges: readonly Range[]): string[] {
  return ranges.map((r) => text.slice(r.start, r.end));
}

/** The range of a quotation including its marks, located by its first opening and last closing mark. */
function quotationRange(text: string, open: string, close: string): Range {
  const start = text.indexOf(open);
  const end = text.lastIndexOf(close) + close.length;
  if (start < 0 || end <= start) throw new Error(`no ${open}…${close} in ${text}`);
  return { start, end };
}

describe("paragraphs", () => {
  const cases: { title: string; text: string; expected: string[] }[] = [
    {
      title: "separates paragraphs at blank lines and keeps single line breaks inside them",
      text: "The vote was close.\nIt passed by two.\n\nThe mayor left early.",
      expected: ["The vote was close.\nIt passed by two.", "The mayor left early."],
    },
    {
      title: "treats every line as a paragraph when the text has no blank line",
      text: "The vote was close.\nIt passed by two.\nThe mayor left early.",
      expected: ["The vote was close.", "It passed by two.", "The mayor left early."],
    },
    {
      title: "separates CRLF paragraphs at blank lines and keeps single CRLF breaks inside them",
      text: "One.\r\n\r\nTwo.\r\nStill two.\r\n\r\nThree.",
      expected: ["One.", "Two.\r\nStill two.", "Three."],
    },
    {
      title: "treats every CRLF line as a paragraph when the text has no blank line",
      text: "One.\r\nTwo.\r\nThree.",
      expected: ["One.", "Two.", "Three."],
    },
    {
      title: "treats lines holding only spaces and tabs as blank lines",
      text: "First part.\n  \t \nSecond part.\nStill second.",
      expected: ["First part.", "Second part.\nStill second."],
    },
    {
      title: "trims surrounding whitespace and ignores runs of several blank lines",
      text: "\n\n  First.  \n\n\n\n\t Second.\t\n",
      expected: ["First.", "Second."],
    },
    {
      title: "keeps line-per-paragraph text apart when it ends with a line break",
      text: "The vote was close.\nIt passed by two.\n",
      expected: ["The vote was close.", "It passed by two."],
    },
    {
      title: "keeps line-per-paragraph CRLF text apart when it ends with a line break",
      text: "The vote was close.\r\nIt passed by two.\r\n",
      expected: ["The vote was close.", "It passed by two."],
    },
    {
      title: "keeps line-per-paragraph text apart when it ends with blank lines",
      text: "The vote was close.\nIt passed by two.\n\n",
      expected: ["The vote was close.", "It passed by two."],
    },
    {
      title: "splits at a paragraph separator character",
      text: "One.\u2029Two.",
      expected: ["One.", "Two."],
    },
    { title: "returns nothing for empty text", text: "", expected: [] },
    { title: "returns nothing for whitespace only", text: " \n\r\n\t\n ", expected: [] },
  ];
  for (const c of cases) {
    it(c.title, () => {
      const found = paragraphs(c.text);
      expect(slices(c.text, found)).toEqual(c.expected);
      for (const r of found) expect(r.end).toBeGreaterThan(r.start);
    });
  }
});

describe("sentences", () => {
  const cases: { title: string; text: string; expected: string[] }[] = [
    {
      title: "ends sentences at periods, exclamation marks and question marks",
      text: "The vote failed. Members walked out! Why? Nobody would say.",
      expected: ["The vote failed.", "Members walked out!", "Why?", "Nobody would say."],
    },
    {
      title: "ends a sentence at an ellipsis character",
      text: "We waited… Nobody came.",
      expected: ["We waited…", "Nobody came."],
    },
    {
      title: "does not end a sentence after Mr.",
      text: "Mr. Okafor arrived late. He apologised.",
      expected: ["Mr. Okafor arrived late.", "He apologised."],
    },
    {
      title: "does not end a sentence after Sen.",
      text: "Sen. Alvarez objected to the amendment. The bill stalled.",
      expected: ["Sen. Alvarez objected to the amendment.", "The bill stalled."],
    },
    {
      title: "does not end a sentence after U.S.",
      text: "The U.S. trade deficit narrowed in March. Exports rose.",
      expected: ["The U.S. trade deficit narrowed in March.", "Exports rose."],
    },
    {
      title: "does not end a sentence after a month abbreviation before a date (Feb. 15)",
      text: "The hearing is set for Feb. 15 in Denver. Lawyers declined to comment.",
      expected: ["The hearing is set for Feb. 15 in Denver.", "Lawyers declined to comment."],
    },
    {
      title: "does not end a sentence after a middle initial (James B. Comey)",
      text: "Former director James B. Comey testified for three hours. He was calm.",
      expected: ["Former director James B. Comey testified for three hours.", "He was calm."],
    },
    {
      title: "does not end a sentence after two initials (J. R. Hartley)",
      text: "The book was by J. R. Hartley. Nobody could find it.",
      expected: ["The book was by J. R. Hartley.", "Nobody could find it."],
    },
    {
      title: "does not end a sentence at a decimal point",
      text: "Prices rose 3.5 percent in May. Rents rose faster.",
      expected: ["Prices rose 3.5 percent in May.", "Rents rose faster."],
    },
    {
      title: "keeps closing quotation marks with the sentence they end",
      text: "He said “Go home.” Then he left.",
      expected: ["He said “Go home.”", "Then he left."],
    },
    {
      title: "returns the whole range as one sentence when it has no terminal mark",
      text: "a headline without a full stop",
      expected: ["a headline without a full stop"],
    },
  ];
  for (const c of cases) {
    it(c.title, () => {
      expect(slices(c.text, sentences(c.text, 0, c.text.length))).toEqual(c.expected);
    });
  }

  it("returns offsets into the whole text when given a sub-range", () => {
    const text = "First paragraph here.\n\nSecond one. It has two sentences.";
    const second = paragraphs(text)[1];
    expect(second).toBeDefined();
    if (!second) return;
    const found = sentences(text, second.start, second.end);
    expect(slices(text, found)).toEqual(["Second one.", "It has two sentences."]);
    expect(found[0]?.start).toBe(text.indexOf("Second"));
  });

  it("returns nothing for an empty range", () => {
    expect(sentences("Some text.", 4, 4)).toEqual([]);
  });
});

describe("sentences with quotations passed as opaque ranges", () => {
  type QuoteCase = { title: string; text: string; expected: string[]; open?: string; close?: string };
  const cases: QuoteCase[] = [
    {
      title: "ends the reporter's sentence at a quotation ending with a period when a capitalised sentence follows",
      text: "She said, “The plant will close in March.” Workers were told on Monday.",
      expected: ["She said, “The plant will close in March.”", "Workers were told on Monday."],
    },
    {
      title: "does not split the reporter's sentence at periods inside the quotation",
      text: "He said, “We tried. We failed. We move on.” Then he left the room.",
      expected: ["He said, “We tried. We failed. We move on.”", "Then he left the room."],
    },
    {
      title: "continues the reporter's sentence after a quotation ending with a comma",
      text: "“We tried everything. Nothing worked,” she said. The meeting ended.",
      expected: ["“We tried everything. Nothing worked,” she said.", "The meeting ended."],
    },
    {
      title: "continues the reporter's sentence when lower-case words follow the quotation",
      text: "The sign read “Closed. Back soon” when we arrived. Nobody came.",
      expected: ["The sign read “Closed. Back soon” when we arrived.", "Nobody came."],
    },
    {
      title: "ends the reporter's sentence at a quotation ending with a question mark when another quotation follows",
      text: "She asked, “Who pays? Anyone?” “Not us,” he said.",
      expected: ["She asked, “Who pays? Anyone?”", "“Not us,” he said."],
      open: "“",
      close: "?”",
    },
    {
      title: "ends the reporter's sentence at a quotation that ends the range",
      text: "The chair said, “The motion is carried.”",
      expected: ["The chair said, “The motion is carried.”"],
    },
    {
      title: "ends the reporter's sentence at a straight-quoted quotation ending with a period",
      text: 'He said, "We are done here." Reporters left.',
      expected: ['He said, "We are done here."', "Reporters left."],
      open: '"',
      close: '"',
    },
  ];
  for (const c of cases) {
    it(c.title, () => {
      const q = quotationRange(c.text, c.open ?? "“", c.close ?? "”");
      expect(slices(c.text, sentences(c.text, 0, c.text.length, [q]))).toEqual(c.expected);
    });
  }

  it("ends the reporter's sentence after the closing mark when the quotation is given by its content offsets", () => {
    // extractQuotes reports content offsets (marks excluded); the closing mark still belongs to the sentence.
    const text = "She said, “The plant will close in March.” Workers were told on Monday.";
    const content = { start: text.indexOf("“") + 1, end: text.indexOf("”") };
    expect(slices(text, sentences(text, 0, text.length, [content]))).toEqual([
      "She said, “The plant will close in March.”",
      "Workers were told on Monday.",
    ]);
  });

  it("splits inside a quotation when it is not passed as opaque", () => {
    const text = "He said, “We tried. We failed.” Then he left.";
    expect(slices(text, sentences(text, 0, text.length))).toEqual(["He said, “We tried.", "We failed.”", "Then he left."]);
  });

  it("reads one text's quotations and marks paragraph by paragraph as it reads each paragraph alone", () => {
    const text = [
      "Dr. Hale said, “We tried. We failed.” Then he left the U.S. for good.",
      "“It was never going to work,” Ms. Brandt said. She paused… Then: “Ask them!”",
      "No quotation here. None at all",
      "“A quotation carried over",
      "“into the next paragraph,” she said. Done.",
    ].join("\n\n");
    const paras = paragraphs(text);
    const quotes: Range[] = [];
    // Each opening mark pairs with the next closing one, so the fourth paragraph's quotation
    // runs into the fifth, as extractQuotes reports a quotation carried over.
    for (let at = text.indexOf("“"); at >= 0; at = text.indexOf("“", (quotes.at(-1) as Range).end)) {
      quotes.push({ start: at, end: text.indexOf("”", at) + 1 });
    }
    expect(quotes.length).toBe(4);
    const alone = paras.flatMap((p) => sentences(text, p.start, p.end, quotes.filter((q) => q.end > p.start && q.start < p.end)));
    expect(paragraphSentences(text, paras, quotes)).toEqual(alone);
  });
});
