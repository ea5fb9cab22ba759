/**
 * Golden tests on real article pairs (../shared/corpus, read at test time, never copied):
 * quote boundaries, speakers, alignment and discrepancy flagging against hand-made gold.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { analyze, type Analysis, type Discrepancy, type Quote } from "./index";

const CORPUS = fileURLToPath(new URL("../../shared/corpus/", import.meta.url));
const SETS = ["seeds", "pairs/01", "pairs/02", "pairs/05", "pairs/06", "pairs/08", "pairs/09"];

type GoldQuote = { id: string; start: number; end: number; text: string; speaker: string | null; verb: string | null };
type GoldPair = { a: string; b: string; relation: string; differences: string[]; diff_types?: string[] };
type Gold = {
  quotes_a: GoldQuote[];
  quotes_b: GoldQuote[];
  pairs: GoldPair[];
  only_in_a: string[];
  only_in_b: string[];
  near_misses?: Array<{ a: string; b: string }>;
};
type Case = { name: string; a: string; b: string; gold: Gold; result: Analysis };

function load(name: string): Case {
  const dir = `${CORPUS}${name}/`;
  const a = readFileSync(`${dir}a.txt`, "utf8");
  const b = readFileSync(`${dir}b.txt`, "utf8");
  const gold = JSON.parse(readFileSync(`${dir}gold.json`, "utf8")) as Gold;
  return { name, a, b, gold, result: analyze([{ id: "a", name: "A", text: a }, { id: "b", name: "B", text: b }]) };
}

const WORD_KINDS = new Set(["substitution", "omission", "insertion", "reorder", "number", "negation", "spelling"]);
const ABOVE_COSMETIC = new Set(["critical", "major", "minor"]);
const SPEAKER_NOISE = new Set(["the", "a", "an", "of", "and", "mr", "mrs", "ms", "president", "senator", "sen", "former", "first", "lady"]);

/**
 * Speakers agree when one name's words (titles and articles aside) are all in the other's:
 * "Trump" ~ "Donald Trump", "the letter" ~ "former Homeland Security secretaries (letter)".
 */
function sameSpeaker(gold: string | null, got: string | null): boolean {
  if (gold === null || got === null) return gold === got;
  const words = (s: string) => s.toLowerCase().replace(/[()’'.,]/g, " ").split(/\s+/).filter((w) => w && !SPEAKER_NOISE.has(w));
  const g = words(gold);
  const o = words(got);
  return o.length > 0 && (o.every((w) => g.includes(w)) || g.every((w) => o.includes(w)));
}

function quoteAt(result: Analysis, source: string, start: number): Quote | undefined {
  return result.sources.find((s) => s.id === source)?.quotes.find((q) => q.start === start);
}

function goldQuote(c: Case, side: "a" | "b", id: string): GoldQuote {
  const q = (side === "a" ? c.gold.quotes_a : c.gold.quotes_b).find((x) => x.id === id);
  if (!q) throw new Error(`${c.name}: gold names an unknown quote ${id}`);
  return q;
}

function pairKey(c: Case, a: string, b: string): string {
  return `${quoteAt(c.result, "a", goldQuote(c, "a", a).start)?.id}|${quoteAt(c.result, "b", goldQuote(c, "b", b).start)?.id}`;
}

function ratio(n: number, d: number): number {
  return d === 0 ? 1 : n / d;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

const report: string[] = [];
afterAll(() => console.log(`\nGolden corpus (${SETS.length} pairs)\n${report.join("\n")}`));

describe("the shared corpus", () => {
  it("is present beside the repository", () => {
    for (const name of SETS) expect(existsSync(`${CORPUS}${name}/gold.json`), `${CORPUS}${name}`).toBe(true);
  });
});

describe("golden accuracy", () => {
  const cases = SETS.map(load);

  it("finds every gold quote with exact boundaries (F1 ≥ 0.99)", () => {
    let tp = 0;
    let found = 0;
    let gold = 0;
    for (const c of cases) {
      for (const [side, quotes, text] of [["a", c.gold.quotes_a, c.a], ["b", c.gold.quotes_b, c.b]] as const) {
        const got = c.result.sources.find((s) => s.id === side)?.quotes ?? [];
        const keys = new Set(quotes.map((q) => `${q.start}:${q.end}`));
        for (const q of got) {
          expect(text.slice(q.start, q.end)).toBe(q.text);
          if (keys.has(`${q.start}:${q.end}`)) tp++;
        }
        found += got.length;
        gold += quotes.length;
      }
    }
    const p = ratio(tp, found);
    const r = ratio(tp, gold);
    report.push(`quote extraction: precision ${p.toFixed(3)} recall ${r.toFixed(3)} F1 ${f1(p, r).toFixed(3)} (${tp}/${gold} gold quotes exact)`);
    expect(f1(p, r)).toBeGreaterThanOrEqual(0.99);
  });

  it("names the speaker the gold names (accuracy ≥ 0.9)", () => {
    let right = 0;
    let total = 0;
    for (const c of cases) {
      for (const [side, quotes] of [["a", c.gold.quotes_a], ["b", c.gold.quotes_b]] as const) {
        for (const g of quotes) {
          total++;
          if (sameSpeaker(g.speaker, quoteAt(c.result, side, g.start)?.speaker ?? null)) right++;
        }
      }
    }
    report.push(`speaker attribution: accuracy ${ratio(right, total).toFixed(3)} (${right}/${total})`);
    expect(ratio(right, total)).toBeGreaterThanOrEqual(0.9);
  });

  it("links the gold pairs and no near miss (F1 ≥ 0.95)", () => {
    let tp = 0;
    let linked = 0;
    let gold = 0;
    let nearMisses = 0;
    for (const c of cases) {
      const got = new Set(c.result.matches.map((m) => m.quotes.join("|")));
      const expected = new Set(c.gold.pairs.map((p) => pairKey(c, p.a, p.b)));
      for (const k of got) if (expected.has(k)) tp++;
      for (const n of c.gold.near_misses ?? []) if (got.has(pairKey(c, n.a, n.b))) nearMisses++;
      linked += got.size;
      gold += expected.size;
    }
    const p = ratio(tp, linked);
    const r = ratio(tp, gold);
    report.push(`alignment: precision ${p.toFixed(3)} recall ${r.toFixed(3)} F1 ${f1(p, r).toFixed(3)} (${tp}/${gold} gold pairs), near misses linked: ${nearMisses}`);
    expect(f1(p, r)).toBeGreaterThanOrEqual(0.95);
    expect(nearMisses).toBe(0);
  });

  it("flags every lexical, order or case difference above cosmetic, and typography-only pairs not", () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const c of cases) {
      for (const p of c.gold.pairs) {
        const match = c.result.matches.find((m) => m.quotes.join("|") === pairKey(c, p.a, p.b));
        const expected =
          c.name === "seeds"
            ? p.differences.some((d) => d.startsWith("word") || d.startsWith("spelling"))
            : (p.diff_types ?? []).some((t) => t === "lexical" || t === "order" || t === "case");
        const flagged = match !== undefined && c.result.discrepancies.some((d) => d.matchId === match.id && WORD_KINDS.has(d.kind) && ABOVE_COSMETIC.has(d.severity));
        if (flagged && expected) tp++;
        else if (flagged) fp++;
        else if (expected) fn++;
      }
    }
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    report.push(`word-change flags: precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} (${tp} pairs flagged rightly, ${fp} wrongly, ${fn} missed)`);
    expect(recall).toBe(1);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });
});

describe("the seed pair", () => {
  const c = load("seeds");
  const pairOf = (a: string, b: string) => {
    const m = c.result.matches.find((x) => x.quotes.join("|") === pairKey(c, a, b));
    expect(m, `${a}/${b} linked`).toBeDefined();
    return c.result.discrepancies.filter((d) => d.matchId === m?.id);
  };
  const one = (list: Discrepancy[], kind: string, left: string, right: string) => list.find((d) => d.kind === kind && d.left === left && d.right === right);

  it("flags innocence → innocent as a substitution of at least major severity", () => {
    const d = one(pairOf("a11", "b8"), "substitution", "innocence", "innocent");
    expect(d?.severity).toMatch(/^(critical|major)$/);
  });

  it("flags singlehandedly → single-handedly as a minor spelling difference", () => {
    expect(one(pairOf("a10", "b7"), "spelling", "singlehandedly", "single-handedly")?.severity).toBe("minor");
  });

  it("flags the em dash against the en dash as cosmetic punctuation", () => {
    expect(one(pairOf("a11", "b8"), "punctuation", "\u2014", "\u2013")?.severity).toBe("cosmetic");
  });

  it("flags declared against said as a minor attribution difference", () => {
    expect(one(pairOf("a1", "b1"), "attribution", "declared", "said")?.severity).toBe("minor");
  });

  it("reports the four quotes only a carries and the five only b carries", () => {
    const unmatched = c.result.discrepancies.filter((d) => d.kind === "unmatched").map((d) => d.quotes[0]);
    const expected = [
      ...c.gold.only_in_a.map((id) => quoteAt(c.result, "a", goldQuote(c, "a", id).start)?.id),
      ...c.gold.only_in_b.map((id) => quoteAt(c.result, "b", goldQuote(c, "b", id).start)?.id),
    ];
    expect(unmatched.sort()).toEqual(expected.sort());
    expect(c.gold.only_in_a).toHaveLength(4);
    expect(c.gold.only_in_b).toHaveLength(5);
  });

  it("shows the changed word in the pair's diff with the raw text on both sides", () => {
    const m = c.result.matches.find((x) => x.quotes.join("|") === pairKey(c, "a11", "b8"));
    const compact = (m?.diff ?? []).map((d) => (d.op === "equal" ? d.left : `<del>${d.left}</del><ins>${d.right}</ins>`)).join(" ");
    expect(compact).toContain("the <del>innocence</del><ins>innocent</ins> of");
  });
});
