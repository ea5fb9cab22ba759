import { describe, expect, it } from "vitest";
import { countWords, punctKey, tokenize, type Token, type TokenType } from "./tokenize";

/** [raw text, type, key] of one token. */
type Row = [string, TokenType, string];

function rows(tokens: readonly Token[]): Row[] {
  return tokens.map((t) => [t.text, t.type, t.key]);
}

/** Every token's raw text sits at its offsets, in order and without overlap. */
function expectExactOffsets(text: string, tokens: readonly Token[]): void {
  let previousEnd = 0;
  for (const t of tokens) {
    expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(t.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = t.end;
  }
}

describe("tokenize", () => {
  const cases: { title: string; text: string; expected: Row[] }[] = [
    {
      title: "keeps a word with an internal straight apostrophe as one word",
      text: "it's don't",
      expected: [["it's", "word", "it's"], ["don't", "word", "don't"]],
    },
    {
      title: "folds curly apostrophes inside words to a straight one in the key",
      text: "can’t O’Brien rock’n’roll",
      expected: [["can’t", "word", "can't"], ["O’Brien", "word", "o'brien"], ["rock’n’roll", "word", "rock'n'roll"]],
    },
    {
      title: "gives curly and straight spellings of a contraction the same key",
      text: "won't won’t WON’T",
      expected: [["won't", "word", "won't"], ["won’t", "word", "won't"], ["WON’T", "word", "won't"]],
    },
    {
      title: "keeps a hyphenated word as one word and drops the hyphen from the key",
      text: "single-handedly self‐made e‑mail",
      expected: [["single-handedly", "word", "singlehandedly"], ["self‐made", "word", "selfmade"], ["e‑mail", "word", "email"]],
    },
    {
      title: "splits a hyphen that is not between two words off as punctuation",
      text: "pre- and post-war",
      expected: [["pre", "word", "pre"], ["-", "punct", "-"], ["and", "word", "and"], ["post-war", "word", "postwar"]],
    },
    {
      title: "leaves an apostrophe outside a word as its own mark",
      text: "parents’ rights ’90s",
      expected: [["parents", "word", "parents"], ["’", "punct", "'"], ["rights", "word", "rights"], ["’", "punct", "'"], ["90s", "number", "90s"]],
    },
    {
      title: "keeps a number with thousands separators as one number whose key drops the commas",
      text: "2,000 1,234,567",
      expected: [["2,000", "number", "2000"], ["1,234,567", "number", "1234567"]],
    },
    {
      title: "keeps a decimal number as one number and its point in the key",
      text: "5.7 1,234.50 0.25",
      expected: [["5.7", "number", "5.7"], ["1,234.50", "number", "1234.50"], ["0.25", "number", "0.25"]],
    },
    {
      title: "splits a comma or period that ends a number off as punctuation",
      text: "rose 3. Then 2,000, then 1, 2",
      expected: [
        ["rose", "word", "rose"], ["3", "number", "3"], [".", "punct", "."], ["Then", "word", "then"],
        ["2,000", "number", "2000"], [",", "punct", ","], ["then", "word", "then"], ["1", "number", "1"],
        [",", "punct", ","], ["2", "number", "2"],
      ],
    },
    {
      title: "makes each punctuation mark a separate token",
      text: "Hello, world! (Yes?) Fine; done:",
      expected: [
        ["Hello", "word", "hello"], [",", "punct", ","], ["world", "word", "world"], ["!", "punct", "!"],
        ["(", "punct", "("], ["Yes", "word", "yes"], ["?", "punct", "?"], [")", "punct", ")"],
        ["Fine", "word", "fine"], [";", "punct", ";"], ["done", "word", "done"], [":", "punct", ":"],
      ],
    },
    {
      title: "reads three periods as one ellipsis with the same key as the ellipsis character",
      text: "wait...what … then....",
      expected: [
        ["wait", "word", "wait"], ["...", "punct", "..."], ["what", "word", "what"], ["…", "punct", "..."],
        ["then", "word", "then"], ["...", "punct", "..."], [".", "punct", "."],
      ],
    },
    {
      title: "reads two hyphens as one dash",
      text: "yes--no -- maybe",
      expected: [["yes", "word", "yes"], ["--", "punct", "-"], ["no", "word", "no"], ["--", "punct", "-"], ["maybe", "word", "maybe"]],
    },
    {
      title: "gives every dash style the key -",
      text: "a - b – c — d − e ‒ f ― g",
      expected: [
        ["a", "word", "a"], ["-", "punct", "-"], ["b", "word", "b"], ["–", "punct", "-"], ["c", "word", "c"],
        ["—", "punct", "-"], ["d", "word", "d"], ["−", "punct", "-"], ["e", "word", "e"], ["‒", "punct", "-"],
        ["f", "word", "f"], ["―", "punct", "-"], ["g", "word", "g"],
      ],
    },
    {
      title: "splits an em dash between words off as punctuation",
      text: "now—or never",
      expected: [["now", "word", "now"], ["—", "punct", "-"], ["or", "word", "or"], ["never", "word", "never"]],
    },
    {
      title: "treats an ampersand as a word",
      text: "Smith & Wesson",
      expected: [["Smith", "word", "smith"], ["&", "word", "&"], ["Wesson", "word", "wesson"]],
    },
    {
      title: "folds case in keys and keeps the raw text",
      text: "The THE the tHe",
      expected: [["The", "word", "the"], ["THE", "word", "the"], ["the", "word", "the"], ["tHe", "word", "the"]],
    },
    {
      title: "folds diacritics in keys",
      text: "café Zürich naïve ÉCOLE São",
      expected: [["café", "word", "cafe"], ["Zürich", "word", "zurich"], ["naïve", "word", "naive"], ["ÉCOLE", "word", "ecole"], ["São", "word", "sao"]],
    },
    {
      title: "gives precomposed and decomposed accents the same key",
      text: "caf\u00E9 cafe\u0301",
      expected: [["caf\u00E9", "word", "cafe"], ["cafe\u0301", "word", "cafe"]],
    },
    {
      title: "folds hyphens and diacritics together in keys",
      text: "Jean-Éric Saint‐Étienne",
      expected: [["Jean-Éric", "word", "jeaneric"], ["Saint‐Étienne", "word", "saintetienne"]],
    },
    {
      title: "folds curly and straight double quotation marks to one key",
      text: "“ok” \"ok\" «ok» „ok“",
      expected: [
        ["“", "punct", '"'], ["ok", "word", "ok"], ["”", "punct", '"'],
        ['"', "punct", '"'], ["ok", "word", "ok"], ['"', "punct", '"'],
        ["«", "punct", '"'], ["ok", "word", "ok"], ["»", "punct", '"'],
        ["„", "punct", '"'], ["ok", "word", "ok"], ["“", "punct", '"'],
      ],
    },
    {
      title: "folds curly and straight single quotation marks to one key",
      text: "‘yes’ 'yes'",
      expected: [["‘", "punct", "'"], ["yes", "word", "yes"], ["’", "punct", "'"], ["'", "punct", "'"], ["yes", "word", "yes"], ["'", "punct", "'"]],
    },
    {
      title: "keeps astral letters inside a word and an emoji as its own token",
      text: "𠮷野家 😀 x𠮷",
      expected: [["𠮷野家", "word", "𠮷野家"], ["😀", "punct", "😀"], ["x𠮷", "word", "x𠮷"]],
    },
    {
      title: "folds case in keys of styled letters that compatibility folding turns into capitals",
      text: "𝐁𝐨𝐥𝐝 𝒜bc",
      expected: [["𝐁𝐨𝐥𝐝", "word", "bold"], ["𝒜bc", "word", "abc"]],
    },
    {
      title: "drops every kind of whitespace",
      text: " \tone\u00A0two\u2009three\r\nfour\u3000",
      expected: [["one", "word", "one"], ["two", "word", "two"], ["three", "word", "three"], ["four", "word", "four"]],
    },
    { title: "returns nothing for empty text", text: "", expected: [] },
    { title: "returns nothing for whitespace only", text: "  \n\t ", expected: [] },
  ];
  for (const c of cases) {
    it(c.title, () => {
      const tokens = tokenize(c.text);
      expect(rows(tokens)).toEqual(c.expected);
      expectExactOffsets(c.text, tokens);
    });
  }

  it("keeps exact UTF-16 offsets around astral characters", () => {
    const text = "😀 café 𠮷野家, “ok” 🎉!";
    const spans = tokenize(text).map((t) => [t.text, t.start, t.end]);
    expect(spans).toEqual([
      ["😀", 0, 2],
      ["café", 3, 7],
      ["𠮷野家", 8, 12],
      [",", 12, 13],
      ["“", 14, 15],
      ["ok", 15, 17],
      ["”", 17, 18],
      ["🎉", 19, 21],
      ["!", 21, 22],
    ]);
  });

  it("tokenizes only the given range and reports offsets into the whole text", () => {
    const text = "Skip this. Keep these words. Skip again.";
    const start = text.indexOf("Keep");
    const end = text.indexOf(" Skip again");
    const tokens = tokenize(text, start, end);
    expect(rows(tokens)).toEqual([["Keep", "word", "keep"], ["these", "word", "these"], ["words", "word", "words"], [".", "punct", "."]]);
    expect(tokens[0]?.start).toBe(start);
    expect(tokens.at(-1)?.end).toBe(end);
  });

  it("does not join a number across the end of the range", () => {
    const text = "It cost 2,000 dollars";
    const tokens = tokenize(text, 0, text.indexOf(",") + 1);
    expect(rows(tokens)).toEqual([["It", "word", "it"], ["cost", "word", "cost"], ["2", "number", "2"], [",", "punct", ","]]);
  });

  it("does not read an ellipsis across the end of the range", () => {
    const text = "We waited... and waited";
    const tokens = tokenize(text, 0, text.indexOf(".") + 2);
    expect(rows(tokens)).toEqual([["We", "word", "we"], ["waited", "word", "waited"], [".", "punct", "."], [".", "punct", "."]]);
  });
});

describe("punctKey", () => {
  const cases: { title: string; raw: string; key: string }[] = [
    { title: "gives an en dash the key -", raw: "–", key: "-" },
    { title: "gives a double hyphen the key -", raw: "--", key: "-" },
    { title: "gives a low double quotation mark the key \"", raw: "„", key: '"' },
    { title: "gives a single guillemet the key '", raw: "‹", key: "'" },
    { title: "gives the ellipsis character the key ...", raw: "…", key: "..." },
    { title: "folds a full-width comma to a comma", raw: "，", key: "," },
  ];
  for (const c of cases) it(c.title, () => expect(punctKey(c.raw)).toBe(c.key));
});

describe("countWords", () => {
  it("counts words and numbers but not punctuation", () => {
    expect(countWords(tokenize("In 2024, Smith & Co. hired 12 people — again."))).toBe(9);
  });
});

describe("tokenize: ASCII marks", () => {
  it("keys every ASCII mark as punctKey does, and gives the word symbols word tokens", () => {
    for (let c = 33; c < 127; c++) {
      const ch = String.fromCharCode(c);
      if (/[a-z0-9]/i.test(ch)) continue;
      const [token] = tokenize(ch);
      expect(token, ch).toMatchObject("&%+@#$".includes(ch) ? { type: "word", key: ch } : { type: "punct", key: punctKey(ch) });
    }
    expect(tokenize("-- ...").map((t) => t.key)).toEqual(["-", "..."]);
  });
});
