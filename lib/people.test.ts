import { describe, expect, it } from "vitest";
import { isLowerCaseWord, lowerName, namePart } from "./people";
import { scan } from "./tokenize";
import { Vocabulary } from "./tokens";

const WORDS = [
  "Beck's", "Beck’s", "BECK'S", "Jones'", "Jones’", "Ross’s", "x''s", "'s", "'", "s", "S", "’S", "Hale", "", "its",
  "O’Dwyer", "Carraway-Holt", "Émile", "ÉMILE", "émile", "İstanbul", "ǅemal", "ﬁnance", "Ｔhe", "Th-e", "2020s", "mid-2020's",
  "straße", "ΣΊΣΥΦΟΣ", "σίσυφος", "123", "a1", "A1", "&",
];

describe("name helpers", () => {
  it("namePart strips what /['’]s$/i and then /['’]$/ strip", () => {
    for (const w of WORDS) expect(namePart(w), w).toBe(w.replace(/['\u2019]s$/i, "").replace(/['\u2019]$/, ""));
  });

  it("isLowerCaseWord is text === lower && text !== upper", () => {
    for (const w of WORDS) expect(isLowerCaseWord(w), w).toBe(w === w.toLowerCase() && w !== w.toUpperCase());
  });

  it("lowerName is the lower-cased name part of the printed word, whatever the key folds", () => {
    const tokens = scan(WORDS.join(" "), new Vocabulary());
    for (let k = 0; k < tokens.length; k++) expect(lowerName(tokens, k), tokens.raw(k)).toBe(namePart(tokens.raw(k)).toLowerCase());
  });
});
