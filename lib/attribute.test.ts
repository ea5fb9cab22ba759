import { describe, expect, it } from "vitest";
import { analyze } from "./index";
import type { Quote } from "./types";

function quotesOf(text: string): Quote[] {
  const source = analyze([{ id: "a", name: "Left", text }]).sources[0];
  if (!source) throw new Error("analyze returned no source");
  return source.quotes;
}

/** The fields a case pins down; anything left out is not checked. */
type Expected = Partial<Pick<Quote, "text" | "speaker" | "speakerMention" | "verb" | "kind">>;
type Case = { title: string; text: string; quotes: Expected[] };

function view(quotes: readonly Quote[]): Expected[] {
  return quotes.map(({ text, speaker, speakerMention, verb, kind }) => ({ text, speaker, speakerMention, verb, kind }));
}

describe("attribute: speaker and reporting verb", () => {
  const cases: Case[] = [
    {
      title: "credits a quote followed by a pronoun and verb to the person just named",
      text: "Mayor Ana Ruiz opened the new library on Tuesday. “We built this for every child in the city,” she said.",
      quotes: [{ speaker: "Ana Ruiz", speakerMention: "she", verb: "said" }],
    },
    {
      title: "credits a description followed by the person's name in apposition to the person",
      text: "The transit board met on Tuesday. “We will not raise fares this year,” said the board's chair, Priya Natarajan.",
      quotes: [{ speaker: "Priya Natarajan", speakerMention: "Priya Natarajan", verb: "said" }],
    },
    {
      title: "credits a subject description with a name between commas to the name",
      text: "The city council met on Monday. The mayor, Lena Brandt, said: “We will rebuild the bridge.”",
      quotes: [{ speaker: "Lena Brandt", verb: "said" }],
    },
    {
      title: "keeps the name when a description stands in apposition, and never takes a day for a person",
      text: "Tom Beck, an outspoken critic of the plan, said: “It will fail.” “We start now,” said the mayor, Tuesday.",
      quotes: [{ speaker: "Tom Beck" }, { speakerMention: "the mayor" }],
    },
    {
      title: "credits a quote followed by an inverted verb and a titled name",
      text: "The council met on Monday. “The bridge will be finished by spring,” said Senator Tom Hale.",
      quotes: [{ speaker: "Tom Hale", speakerMention: "Senator Tom Hale", verb: "said" }],
    },
    {
      title: "credits “said Senator X of Y” to the senator, not to the state",
      text: "“The bridge will be finished by spring,” said Senator Tom Hale of Ohio.",
      quotes: [{ speaker: "Tom Hale", verb: "said" }],
    },
    {
      title: "ends the speaker mention after an inverted verb at the sentence's full stop",
      text: "“The bridge will be finished by spring,” said Senator Tom Hale. Hale voted for the bill.",
      quotes: [{ speaker: "Tom Hale", speakerMention: "Senator Tom Hale" }],
    },
    {
      title: "credits a quote introduced by “told reporters” to the name before the verb",
      text: "Senator Tom Hale left the chamber at noon. Hale told reporters, “I am proud of the vote.”",
      quotes: [{ speaker: "Tom Hale", speakerMention: "Hale", verb: "told" }],
    },
    {
      title: "resolves a description to the person it was given to as a title",
      text: "Mayor Ana Ruiz cut the ribbon on Friday. “Libraries are the heart of a town,” the mayor declared.",
      quotes: [{ speaker: "Ana Ruiz", speakerMention: "the mayor", verb: "declared" }],
    },
    {
      title: "resolves each pronoun to the last person of its gender when a man and a woman are both named",
      text:
        "Mayor Ana Ruiz toured the flooded district with Police Chief Daniel Okafor. Ms. Ruiz thanked the crews, and " +
        "Mr. Okafor described the rescue. “We will rebuild every house on this street,” she said. " +
        "“My officers pulled nine people from the water,” he said.",
      quotes: [
        { speaker: "Ana Ruiz", speakerMention: "she" },
        { speaker: "Daniel Okafor", speakerMention: "he" },
      ],
    },
    {
      title: "skips an appositive between the name and the verb",
      text: "Mayor Ana Ruiz presented the budget. Ruiz, who took office in May, said, “We will not raise taxes this year.”",
      quotes: [{ speaker: "Ana Ruiz", speakerMention: "Ruiz", verb: "said" }],
    },
    {
      title: "skips an adverb between the name and the verb",
      text: "Mayor Ana Ruiz opened the session. Ruiz also said, “The pool will reopen in June.”",
      quotes: [{ speaker: "Ana Ruiz", verb: "said" }],
    },
    {
      title: "credits a participle clause to the subject of the sentence",
      text: "Mayor Ana Ruiz praised the volunteers, adding that “nobody asked them to come.”",
      quotes: [{ speaker: "Ana Ruiz", verb: "adding" }],
    },
    {
      title: "credits a question to the titled name that follows it",
      text: "Mayor Ana Ruiz faced questions about the delay. “Who approved this contract?” Ms. Ruiz asked.",
      quotes: [{ text: "Who approved this contract?", speaker: "Ana Ruiz", speakerMention: "Ms. Ruiz", verb: "asked" }],
    },
    {
      title: "credits nobody for a term introduced as “the term”",
      text: "Critics have used the term “boondoggle” to describe the stadium project.",
      quotes: [{ text: "boondoggle", speaker: null, verb: null, kind: "term" }],
    },
  ];
  it.each(cases)("$title", ({ text, quotes }) => {
    expect(view(quotesOf(text))).toMatchObject(quotes);
  });
});

describe("attribute: one canonical name per person", () => {
  it("gives every way of naming the mayor the same canonical name", () => {
    const text =
      "Mayor Ana Ruiz spoke to the council on Wednesday. “The budget is balanced,” Ms. Ruiz said. " +
      "Ruiz later told reporters, “No cuts are planned.” “Parks stay open,” the mayor added. " +
      "“We kept our word,” Ana Ruiz said.";
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.speakerMention)).toEqual(["Ms. Ruiz", "Ruiz", "the mayor", "Ana Ruiz"]);
    expect(new Set(quotes.map((q) => q.speaker))).toEqual(new Set(["Ana Ruiz"]));
  });
});

describe("attribute: utterances", () => {
  it("gives both halves of a quote split by its attribution one utterance and one speaker", () => {
    const text = "Mayor Ana Ruiz defended the plan. “We looked at every option,” she said, “and this one costs the least.”";
    const [first, second, ...rest] = quotesOf(text);
    expect(rest).toEqual([]);
    expect(first?.text).toBe("We looked at every option,");
    expect(second?.text).toBe("and this one costs the least.");
    expect(second?.utterance).toBe(first?.utterance);
    expect([first?.speaker, second?.speaker]).toEqual(["Ana Ruiz", "Ana Ruiz"]);
  });

  it("keeps quotes in separate sentences as separate utterances", () => {
    const text = "Senator Tom Hale opposed the bill. “It is a tax on working families,” he said. “I will vote against it,” Hale added.";
    const [first, second] = quotesOf(text);
    expect(first?.utterance).not.toBe(second?.utterance);
  });

  it("lets a standalone quote paragraph inherit the speaker of the attributed quote before it", () => {
    const text =
      "Mayor Ana Ruiz defended the plan on Monday. “We looked at every option,” she said.\n\n" +
      "“This one costs the least and helps the most people.”";
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.speaker)).toEqual(["Ana Ruiz", "Ana Ruiz"]);
    expect(quotes[1]?.utterance).not.toBe(quotes[0]?.utterance);
  });
});

describe("attribute: kind of quotation", () => {
  const cases: Array<{ title: string; text: string; kind: Quote["kind"] }> = [
    {
      title: "reads a single scare-quoted word as a term",
      text: "Mayor Ana Ruiz dismissed the audit as “theatre” on Friday.",
      kind: "term",
    },
    {
      title: "reads a few words inside the reporter's sentence as a partial quote",
      text: "Mayor Ana Ruiz said the new stadium would be “a gift to the whole city.”",
      kind: "partial",
    },
    {
      title: "reads a two-sentence quotation as a direct quote",
      text: "Mayor Ana Ruiz said: “The stadium is finished. It opens to the public next week.”",
      kind: "direct",
    },
    {
      title: "reads a full sentence set off by a comma and a verb as a direct quote",
      text: "“The stadium opens to the public next week,” Mayor Ana Ruiz said.",
      kind: "direct",
    },
  ];
  it.each(cases)("$title", ({ text, kind }) => {
    expect(quotesOf(text).map((q) => q.kind)).toEqual([kind]);
  });
});

describe("attribute: pronouns after a newly named person", () => {
  // Regression: "she" went to the mayor named a paragraph earlier (gender known from "she said")
  // instead of the engineer introduced at the head of the pronoun's own paragraph.
  it("gives a pronoun to the person who opens its paragraph, not to an earlier speaker", () => {
    const text = "Mayor Ruth Calloway opened the meeting. “We are ready,” she said.\n\nInes Tavaro, the city’s chief engineer, described the design. “It will hold,” she said.";
    const quotes = analyze([{ text }]).sources[0]?.quotes ?? [];
    expect(quotes.map((q) => q.speaker)).toEqual(["Ruth Calloway", "Ines Tavaro"]);
  });

  it("does not give a pronoun to a person named as the object of a participle", () => {
    const text = "Glenn Weller, the radio host, spoke for an hour.\n\nSaying President Ortega, he said, was “too simple an answer.”";
    expect(analyze([{ text }]).sources[0]?.quotes[0]?.speaker).toBe("Glenn Weller");
  });
});
