import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scan, tokenize } from "./tokenize";
import { hashKey, NUMBER, PUNCT, Vocabulary, WORD } from "./tokens";

describe("Vocabulary", () => {
  it("gives a key looked up in place the id it has as a string, folding ASCII capitals only when asked", () => {
    const vocab = new Vocabulary();
    const the = vocab.idOf("the");
    expect(vocab.idOfRange("See The end", 4, 7, true)).toBe(the);
    expect(vocab.idOfRange("See The end", 4, 7, false)).not.toBe(the);
    expect(vocab.keys[vocab.idOfRange("See The end", 4, 7, false)]).toBe("The");
    expect(vocab.idOf("The")).toBe(vocab.idOfRange("See The end", 4, 7, false));
  });

  it("numbers keys densely in order of first appearance and keeps them through its table's growth", () => {
    const vocab = new Vocabulary();
    const words = Array.from({ length: 5_000 }, (_, i) => `w${i.toString(36)}`);
    expect(words.map((w) => vocab.idOf(w))).toEqual(words.map((_, i) => i));
    const text = words.join(" ");
    let at = 0;
    for (const [i, w] of words.entries()) {
      expect(vocab.idOfRange(text, at, at + w.length, true)).toBe(i);
      at += w.length + 1;
    }
    expect(vocab.keys).toEqual(words);
  });
});

describe("Vocabulary under colliding keys", () => {
  it("keeps one id per key when hundreds of keys share a home slot, through the table's growth", () => {
    // Keys whose hashes agree in their low 12 bits share a home slot in the first tables; the
    // table holds the first few within its probe limit and the map the rest.
    const colliding: string[] = [];
    for (let i = 0; colliding.length < 300; i++) if ((hashKey(`c${i}`) & 4095) === 0) colliding.push(`c${i}`);
    const others = Array.from({ length: 3_000 }, (_, i) => `o${i}`);
    const vocab = new Vocabulary();
    const ids = [...colliding, ...others].map((k) => vocab.idOf(k));
    expect(ids).toEqual(ids.map((_, i) => i));
    const text = [...colliding, ...others].join(" ");
    let at = 0;
    for (const [i, k] of [...colliding, ...others].entries()) {
      expect(vocab.idOf(k)).toBe(i);
      expect(vocab.idOfRange(text, at, at + k.length, false)).toBe(i);
      at += k.length + 1;
    }
    expect(vocab.keys.length).toBe(3_300);
  });
});

describe("scan", () => {
  it("gives tokens of two texts the same id exactly when their keys are equal", () => {
    const texts = ["The 2,000 “quick” brown fox’s E-mail", "the 2000 \"Quick\" BROWN fox's email — café CAFÉ"];
    const vocab = new Vocabulary();
    const tables = texts.map((t) => scan(t, vocab));
    const all = tables.flatMap((table) => Array.from({ length: table.length }, (_, k) => ({ id: table.ids[k], key: table.key(k) })));
    for (const x of all) for (const y of all) expect(x.id === y.id, `${x.key} / ${y.key}`).toBe(x.key === y.key);
    expect(tables[1]?.tokens().map((t) => t.key)).toEqual(["the", "2000", '"', "quick", '"', "brown", "fox's", "email", "-", "cafe", "cafe"]);
  });

  it("grows past the size it first guesses for a text of one-character tokens", () => {
    const text = "a,".repeat(2_000);
    const table = scan(text, new Vocabulary());
    expect(table.length).toBe(4_000);
    expect(table.type(3_998)).toBe("word");
    expect(table.type(3_999)).toBe("punct");
    expect(table.start(3_999)).toBe(3_999);
    expect(new Set(Array.from(table.ids.subarray(0, table.length)))).toEqual(new Set([0, 1]));
  });

  it("answers the accessors that take a possibly missing index with false", () => {
    const table = scan("Hi, you.", new Vocabulary());
    expect([table.isWord(-1), table.isWord(table.length), table.is(-1, "Hi"), table.is(table.length, ".")]).toEqual([false, false, false, false]);
    expect([table.is(0, "Hi"), table.is(0, "hi"), table.is(1, ","), table.isWordOrNumber(1)]).toEqual([true, false, true, false]);
    expect([table.types[0], table.types[1]]).toEqual([WORD, PUNCT]);
    expect(scan("In 2024", new Vocabulary()).types[1]).toBe(NUMBER);
  });

  it("finds the first token at or after a position, asked in any order", () => {
    const table = scan("one two three four", new Vocabulary());
    const at = table.seeker();
    expect([at(0), at(9), at(1), at(18), at(4), at(3), at(100)]).toEqual([0, 3, 1, 4, 1, 1, 4]);
  });

  it("keeps every token's key equal to the key of its printed text scanned alone (property)", () => {
    const alphabet = fc.constantFrom("a", "B", "é", "1", ",", ".", "'", "’", "-", "—", " ", "\n", "“", "ß", "İ", "𝐁", "&", "%");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }).map((cs) => cs.join("")), (text) => {
        const vocab = new Vocabulary();
        const table = scan(text, vocab);
        for (let k = 0; k < table.length; k++) {
          const alone = tokenize(table.raw(k));
          if (alone.length !== 1) continue;
          expect(table.key(k)).toBe(alone[0]?.key);
          expect(vocab.idOf(table.key(k))).toBe(table.ids[k]);
        }
      }),
      { numRuns: 500 },
    );
  });
});
