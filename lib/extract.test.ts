import { describe, expect, it } from "vitest";
import { extractQuotes, type RawQuote } from "./extract";
import { paragraphs } from "./segment";

/** What a case expects of one quote: its content, and optionally its marks and confidence. */
type Expected = string | { text: string; openMark?: string; closeMark?: string | null; confidence?: "high" | "low" };
type Case = { title: string; text: string; quotes: Expected[] };

function extract(text: string): RawQuote[] {
  return extractQuotes(text, paragraphs(text));
}

function view(text: string, quotes: readonly RawQuote[]) {
  return quotes.map((q) => ({
    text: text.slice(q.start, q.end),
    openMark: q.openMark,
    closeMark: q.closeMark,
    confidence: q.confidence,
  }));
}

/** Offsets must point at the marks they name, whatever the case expects of the content. */
function expectConsistentOffsets(text: string, quotes: readonly RawQuote[]): void {
  let previousEnd = 0;
  for (const q of quotes) {
    expect(text[q.openAt]).toBe(q.openMark);
    expect(q.openAt).toBeLessThan(q.start);
    expect(q.start).toBeLessThan(q.end);
    expect(q.start).toBeGreaterThanOrEqual(previousEnd);
    if (q.closeAt === null) {
      expect(q.closeMark).toBeNull();
    } else {
      expect(text[q.closeAt]).toBe(q.closeMark);
      expect(q.end).toBeLessThanOrEqual(q.closeAt);
    }
    previousEnd = q.end;
  }
}

function check({ text, quotes }: Case): void {
  const found = extract(text);
  const expected = quotes.map((q) => (typeof q === "string" ? { text: q } : q));
  expect(view(text, found)).toMatchObject(expected);
  expectConsistentOffsets(text, found);
}

describe("extractQuotes: quotation mark styles", () => {
  const cases: Case[] = [
    {
      title: "extracts a quotation in curly double marks",
      text: "The harbour master said, “Three boats went out and two came back.”",
      quotes: [{ text: "Three boats went out and two came back.", openMark: "“", closeMark: "”", confidence: "high" }],
    },
    {
      title: "extracts a quotation in straight double marks",
      text: '"Nobody warned us about the flood," the farmer said.',
      quotes: [{ text: "Nobody warned us about the flood,", openMark: '"', closeMark: '"', confidence: "high" }],
    },
    {
      title: "extracts a British quotation in curly single marks",
      text: "The minister said: ‘We have no plans to raise the levy.’",
      quotes: [{ text: "We have no plans to raise the levy.", openMark: "‘", closeMark: "’", confidence: "high" }],
    },
    {
      title: "extracts a British quotation in straight single marks",
      text: "The coach said: 'We played our best match of the season.'",
      quotes: [{ text: "We played our best match of the season.", openMark: "'", closeMark: "'", confidence: "high" }],
    },
    {
      title: "extracts both halves of a British quotation split by its attribution",
      text: "‘The pitch was waterlogged,’ the referee said, ‘so we called the match off.’",
      quotes: ["The pitch was waterlogged,", "so we called the match off."],
    },
    {
      title: "keeps a single-quoted quotation inside the double-quoted one that contains it",
      text: "He recalled, “My father always told me ‘never sell the land’ and I listened.”",
      quotes: [{ text: "My father always told me ‘never sell the land’ and I listened.", openMark: "“", closeMark: "”" }],
    },
    {
      title: "keeps a nested quotation that closes together with the outer one",
      text: "“She told me, ‘Go home and rest.’” the nurse said.",
      quotes: [{ text: "She told me, ‘Go home and rest.’", openMark: "“", closeMark: "”" }],
    },
    {
      title: "keeps a straight single-quoted quotation inside straight double marks",
      text: "\"Every time I asked, she said 'not yet' and hung up,\" he said.",
      quotes: ["Every time I asked, she said 'not yet' and hung up,"],
    },
    {
      title: "keeps a double-quoted phrase inside a British single-quoted quotation",
      text: "‘He kept calling it “a minor setback”, which it was not,’ she said.",
      quotes: [{ text: "He kept calling it “a minor setback”, which it was not,", openMark: "‘", closeMark: "’" }],
    },
    {
      title: "extracts French guillemets with inner spaces and trims the spaces from the span",
      text: "Le maire a déclaré : « Nous reconstruirons le pont. »",
      quotes: [{ text: "Nous reconstruirons le pont.", openMark: "«", closeMark: "»" }],
    },
    {
      title: "extracts French guillemets with inner no-break spaces and trims them",
      text: "Le maire a déclaré\u00A0: «\u00A0Nous reconstruirons le pont.\u00A0»",
      quotes: [{ text: "Nous reconstruirons le pont.", openMark: "«", closeMark: "»" }],
    },
    {
      title: "extracts French guillemets with inner narrow no-break spaces followed by more text",
      text: "Elle a répondu «\u202FPas cette année\u202F» avant de partir.",
      quotes: [{ text: "Pas cette année", openMark: "«", closeMark: "»" }],
    },
    {
      title: "extracts guillemets without inner spaces",
      text: "Der Trainer sagte: «Wir haben verdient gewonnen.»",
      quotes: [{ text: "Wir haben verdient gewonnen.", openMark: "«", closeMark: "»", confidence: "high" }],
    },
    {
      title: "extracts a German quotation opened low and closed high",
      text: "Die Bürgermeisterin sagte: „Wir bauen die Brücke neu.“ Dann ging sie.",
      quotes: [{ text: "Wir bauen die Brücke neu.", openMark: "„", closeMark: "“", confidence: "high" }],
    },
    {
      title: "keeps a German single-quoted phrase inside its outer quotation",
      text: "Er sagte: „Sie nannte es ‚einen Fehler‘ und ging.“",
      quotes: [{ text: "Sie nannte es ‚einen Fehler‘ und ging.", openMark: "„", closeMark: "“" }],
    },
    {
      title: "extracts a Danish quotation in pointing-inward guillemets",
      text: "Borgmesteren sagde: »Vi bygger broen igen.« Så gik hun.",
      quotes: [{ text: "Vi bygger broen igen.", openMark: "»", closeMark: "«", confidence: "high" }],
    },
    {
      title: "extracts a quotation in single guillemets",
      text: "Sie sagte: ‹Wir warten noch.› Dann schwieg sie.",
      quotes: [{ text: "Wir warten noch.", openMark: "‹", closeMark: "›" }],
    },
    {
      title: "extracts a quotation in corner brackets",
      text: "市長は「橋を再建する」と述べた。",
      quotes: [{ text: "橋を再建する", openMark: "「", closeMark: "」", confidence: "high" }],
    },
    {
      title: "keeps white corner brackets inside the corner-bracket quotation that contains them",
      text: "彼は「母は『早く帰りなさい』と言った」と話した。",
      quotes: [{ text: "母は『早く帰りなさい』と言った", openMark: "「", closeMark: "」" }],
    },
    {
      title: "extracts a quotation that opens and closes with the same right double mark",
      text: "”We will appeal the ruling,” the lawyer said.",
      quotes: ["We will appeal the ruling,"],
    },
  ];
  for (const c of cases) it(c.title, () => check(c));
});

describe("extractQuotes: apostrophes that are not quotation marks", () => {
  const outside: Case[] = [
    { title: "ignores a possessive apostrophe outside any quote (Ukraine’s)", text: "Ukraine’s wheat harvest beat last year’s.", quotes: [] },
    { title: "ignores a possessive apostrophe outside any quote (today’s)", text: "It was today’s top story on every channel.", quotes: [] },
    { title: "ignores a curly decade elision outside any quote (’90s)", text: "Sales peaked in the ’90s and never recovered.", quotes: [] },
    { title: "ignores a straight decade elision outside any quote ('90s)", text: "Sales peaked in the '90s and never recovered.", quotes: [] },
    { title: "ignores both elisions of rock ’n’ roll outside any quote", text: "The band still plays rock ’n’ roll on Fridays.", quotes: [] },
    { title: "ignores a plural possessive outside any quote (parents’ rights)", text: "The bill on parents’ rights passed on Tuesday.", quotes: [] },
    { title: "ignores a straight elision opening a paragraph ('Tis)", text: "'Tis the season for late trains and long queues.", quotes: [] },
    { title: "ignores a curly elision opening a paragraph (’Tis)", text: "’Tis the season for late trains and long queues.", quotes: [] },
    { title: "ignores a straight contraction outside any quote (don't)", text: "They don't expect a vote before June.", quotes: [] },
    { title: "ignores an apostrophe inside a name outside any quote (O’Brien)", text: "Councillor O’Brien voted against the plan.", quotes: [] },
    {
      title: "ignores every kind of apostrophe before a real quotation in the same paragraph",
      text: "Parents’ groups said they don’t trust O’Brien. “We’ve waited since the ’90s,” one said.",
      quotes: [{ text: "We’ve waited since the ’90s,", openMark: "“", closeMark: "”", confidence: "high" }],
    },
  ];
  const inside: Case[] = [
    {
      title: "keeps possessives inside a quotation (Ukraine’s)",
      text: "“Ukraine’s farmers can’t wait any longer,” she said.",
      quotes: [{ text: "Ukraine’s farmers can’t wait any longer,", confidence: "high" }],
    },
    {
      title: "keeps possessives inside a quotation (today’s)",
      text: "“It was today’s biggest surprise,” he said.",
      quotes: [{ text: "It was today’s biggest surprise,", confidence: "high" }],
    },
    {
      title: "keeps a curly decade elision inside a quotation (’90s)",
      text: "“We haven’t seen crowds like this since the ’90s,” the owner said.",
      quotes: [{ text: "We haven’t seen crowds like this since the ’90s,", closeMark: "”", confidence: "high" }],
    },
    {
      title: "keeps a straight decade elision inside a straight-quoted quotation ('90s)",
      text: "\"Nothing like it since the '90s,\" the owner said.",
      quotes: [{ text: "Nothing like it since the '90s,", closeMark: '"', confidence: "high" }],
    },
    {
      title: "keeps rock ’n’ roll inside a quotation",
      text: "“He still loves rock ’n’ roll,” his sister said.",
      quotes: [{ text: "He still loves rock ’n’ roll,", closeMark: "”", confidence: "high" }],
    },
    {
      title: "keeps a plural possessive inside a quotation (parents’ rights)",
      text: "“This is about parents’ rights,” the senator said.",
      quotes: [{ text: "This is about parents’ rights,", closeMark: "”", confidence: "high" }],
    },
    {
      title: "keeps an elision that starts a quotation (’Tis)",
      text: "“’Tis the season for delays,” a commuter joked.",
      quotes: [{ text: "’Tis the season for delays,", openMark: "“", closeMark: "”", confidence: "high" }],
    },
    {
      title: "keeps a straight contraction inside a quotation (don't)",
      text: "“We don't expect a vote before June,” an aide said.",
      quotes: [{ text: "We don't expect a vote before June,", confidence: "high" }],
    },
    {
      title: "keeps an apostrophe inside a name inside a quotation (O’Brien)",
      text: "“Councillor O’Brien never returned my calls,” she said.",
      quotes: [{ text: "Councillor O’Brien never returned my calls,", confidence: "high" }],
    },
    {
      title: "keeps contractions inside a British quotation",
      text: "‘We can’t say it’s over yet,’ the manager said.",
      quotes: [{ text: "We can’t say it’s over yet,", openMark: "‘", closeMark: "’", confidence: "high" }],
    },
    {
      title: "keeps a plural possessive inside a British quotation",
      text: "‘Parents’ rights come first,’ she said.",
      quotes: [{ text: "Parents’ rights come first,", openMark: "‘", closeMark: "’", confidence: "high" }],
    },
    {
      title: "keeps a decade elision inside a British quotation",
      text: "‘It’s the ’90s all over again,’ he said.",
      quotes: [{ text: "It’s the ’90s all over again,", openMark: "‘", closeMark: "’", confidence: "high" }],
    },
    {
      title: "keeps a straight contraction inside a straight British quotation",
      text: "'Don't call it a comeback,' she said.",
      quotes: [{ text: "Don't call it a comeback,", openMark: "'", closeMark: "'", confidence: "high" }],
    },
    {
      title: "closes a British quotation after a word ending in s when no other closing mark follows",
      text: "‘Nobody listens to the residents’ says one campaigner",
      quotes: [{ text: "Nobody listens to the residents", openMark: "‘", closeMark: "’" }],
    },
  ];
  for (const c of outside) it(c.title, () => check(c));
  for (const c of inside) it(c.title, () => check(c));
});

describe("extractQuotes: paragraphs", () => {
  const multi = [
    "The witness kept going.",
    "",
    "“I saw the truck leave the yard before dawn. It had no lights on.",
    "",
    "“By the time the guard arrived, the gate was already open.",
    "",
    "“Nobody has asked me about it since,” she said.",
  ].join("\n");
  const multiContent = [
    "I saw the truck leave the yard before dawn. It had no lights on.",
    "",
    "“By the time the guard arrived, the gate was already open.",
    "",
    "“Nobody has asked me about it since,",
  ].join("\n");

  const cases: Case[] = [
    {
      title: "joins a quotation reopened at each new paragraph into one quote spanning the breaks",
      text: multi,
      quotes: [{ text: multiContent, openMark: "“", closeMark: "”", confidence: "high" }],
    },
    {
      title: "joins a quotation reopened at each new line when lines are the paragraphs",
      text: "He read the letter aloud.\n“We are sorry for the delay.\n“The parts arrive next week,” it said.",
      quotes: [{ text: "We are sorry for the delay.\n“The parts arrive next week,", closeMark: "”", confidence: "high" }],
    },
    {
      title: "joins a quotation reopened across CRLF blank-line paragraphs",
      text: "“The first shift starts at six.\r\n\r\n“The second one starts at two.”\r\n\r\nShe hung up.",
      quotes: [{ text: "The first shift starts at six.\r\n\r\n“The second one starts at two.", closeMark: "”", confidence: "high" }],
    },
    {
      title: "ends an unclosed quotation at its paragraph end with low confidence when the next paragraph does not reopen",
      text: "“The budget is a disgrace and we will vote against it\n\nThe council meets again on Tuesday.",
      quotes: [{ text: "The budget is a disgrace and we will vote against it", openMark: "“", closeMark: null, confidence: "low" }],
    },
    {
      title: "ends an unclosed quotation at the end of the text with low confidence",
      text: "The council met on Tuesday.\n\nOne member said: “We will vote against it",
      quotes: [{ text: "We will vote against it", closeMark: null, confidence: "low" }],
    },
    {
      title: "does not join a closed quotation with a new one opening the next paragraph",
      text: "“We start on Monday,” he said.\n\n“We finish on Friday,” she said.",
      quotes: [
        { text: "We start on Monday,", confidence: "high" },
        { text: "We finish on Friday,", confidence: "high" },
      ],
    },
    {
      title: "finds quotations in CRLF text with blank-line paragraphs",
      text: "The mayor spoke first.\r\n\r\n“We will rebuild,” she said.\r\n\r\n“It will take years.”\r\n",
      quotes: [
        { text: "We will rebuild,", confidence: "high" },
        { text: "It will take years.", confidence: "high" },
      ],
    },
    {
      title: "finds quotations in CRLF text where every line is a paragraph",
      text: "“Doors open at nine,” the usher said.\r\n“Seats are not numbered.”\r\n",
      quotes: ["Doors open at nine,", "Seats are not numbered."],
    },
  ];
  for (const c of cases) it(c.title, () => check(c));
});

describe("extractQuotes: marks that do not pair up cleanly", () => {
  const cases: Case[] = [
    {
      title: "treats an opening-style mark after a question mark as the closing one",
      text: "“Who will pay for the repairs?“ she asked. “The tenants certainly can’t.”",
      quotes: ["Who will pay for the repairs?", "The tenants certainly can’t."],
    },
    {
      title: "closes a double-quoted quotation with a single closing mark at the paragraph end",
      text: "The chairman wrote: “Our accounts are in order and always have been.’\n\nThe auditors disagree.",
      quotes: [{ text: "Our accounts are in order and always have been.", openMark: "“", closeMark: "’" }],
    },
    {
      title: "closes a quotation opened with a straight single mark by a straight double one",
      text: "'The river has never been this low before,\" the ranger said.",
      quotes: [{ text: "The river has never been this low before,", openMark: "'", closeMark: '"' }],
    },
    {
      title: "splits a quotation interrupted by its attribution into two spans",
      text: "“We are not leaving,” the tenant said, “until the landlord fixes the heating.”",
      quotes: [
        { text: "We are not leaving,", openMark: "“", closeMark: "”", confidence: "high" },
        { text: "until the landlord fixes the heating.", openMark: "“", closeMark: "”", confidence: "high" },
      ],
    },
    {
      title: "splits a straight-quoted quotation interrupted by its attribution into two spans",
      text: '"We are not leaving," the tenant said, "until the landlord fixes the heating."',
      quotes: ["We are not leaving,", "until the landlord fixes the heating."],
    },
  ];
  for (const c of cases) it(c.title, () => check(c));
});

describe("extractQuotes: edge cases", () => {
  const cases: Case[] = [
    { title: "returns nothing for text without quotation marks", text: "The council met on Tuesday and adjourned at noon.", quotes: [] },
    { title: "returns nothing for empty text", text: "", quotes: [] },
    { title: "returns nothing for empty curly quotes", text: "The form left a blank “” where the name should be.", quotes: [] },
    { title: "returns nothing for empty straight quotes", text: 'He typed "" into the search box.', quotes: [] },
    {
      title: "skips empty quotes and still finds the quotation after them",
      text: 'He typed "" into the box and said, "It still fails."',
      quotes: [{ text: "It still fails.", confidence: "high" }],
    },
    {
      title: "keeps exact offsets with emoji inside and around a quotation",
      text: "📣 The fire chief posted: “Everyone got out safely 🙏 — thank you all.” 🚒🚒",
      quotes: [{ text: "Everyone got out safely 🙏 — thank you all.", confidence: "high" }],
    },
    {
      title: "keeps exact offsets with astral letters at the edges of a quotation",
      text: "𠮷野家 posted: “𠮷野家 reopens on Monday 𝒜𝒷𝒸” and fans cheered 🎉.",
      quotes: [{ text: "𠮷野家 reopens on Monday 𝒜𝒷𝒸", confidence: "high" }],
    },
    {
      title: "extracts a quotation whose marks touch emoji on both sides",
      text: "Fans posted 🎉“Champions at last!”🎉 all night.",
      quotes: [{ text: "Champions at last!", openMark: "“", closeMark: "”" }],
    },
    {
      title: "ignores a straight inch mark outside any quotation (5'10\")",
      text: "The suspect is 5'10\" tall, police said. \"He was last seen near the station,\" a spokesman said.",
      quotes: [{ text: "He was last seen near the station,", openMark: '"', closeMark: '"', confidence: "high" }],
    },
    {
      title: "ignores a straight inch mark in a sentence without quotations (6'2\")",
      text: "The club signed a 6'2\" forward from Leeds.",
      quotes: [],
    },
    {
      title: "does not close a straight-quoted quotation at an inch mark inside it (5'10\")",
      text: "\"He is about 5'10\" and wore a red cap,\" the officer said.",
      quotes: [{ text: "He is about 5'10\" and wore a red cap,", openMark: '"', closeMark: '"' }],
    },
  ];
  for (const c of cases) it(c.title, () => check(c));

  it("reports the paragraph index of the opening mark", () => {
    const text = "No quotes here.\n\nStill none.\n\nShe said, “Now there is one.”";
    expect(extract(text).map((q) => q.paragraph)).toEqual([2]);
  });
});
