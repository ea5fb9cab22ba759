import { describe, expect, it } from "vitest";
import { analyze } from "./index";
import { compact } from "./testing";
import type { Analysis, AnalyzeOptions, Match, QuotePairRef } from "./types";

const LEFT = [
  "Mayor Ana Ruiz spoke on Monday.",
  "“In protecting the innocence of these children, we protect the city,” Ruiz said.",
  "“We will rebuild the harbour wall before the winter storms,” Ruiz said.",
].join("\n\n");
const RIGHT = [
  "Councillor Tom Hale spoke on Monday.",
  "“In protecting the innocent of these children, we protect the city,” Mayor Ana Ruiz said.",
  "“The harbour wall comes first,” Hale said.",
].join("\n\n");

const INNOCENCE = "In protecting the innocence of these children, we protect the city,";
const INNOCENT = "In protecting the innocent of these children, we protect the city,";
const WALL_LEFT = "We will rebuild the harbour wall before the winter storms,";
const WALL_RIGHT = "The harbour wall comes first,";

function run(options: AnalyzeOptions = {}, left = LEFT, right = RIGHT): Analysis {
  return analyze(
    [
      { id: "s1", name: "Left", text: left },
      { id: "s2", name: "Right", text: right },
    ],
    options,
  );
}

const ref = (source: string, text: string, occurrence?: number) => ({ source, text, ...(occurrence ? { occurrence } : {}) });
const WALL: QuotePairRef = [ref("s1", WALL_LEFT), ref("s2", WALL_RIGHT)];
const CHILDREN: QuotePairRef = [ref("s1", INNOCENCE), ref("s2", INNOCENT)];

function quoteId(a: Analysis, text: string, source = "s1"): string {
  const q = a.sources.find((s) => s.id === source)?.quotes.find((x) => x.text === text);
  if (!q) throw new Error(`no quote ${text}`);
  return q.id;
}

function matchOf(a: Analysis, left: string, right: string): Match | undefined {
  return a.matches.find((m) => m.quotes[0] === left && m.quotes[1] === right);
}

describe("editor overrides of the alignment", () => {
  it("marks every pair the engine found as the engine's when there are no overrides", () => {
    const plain = run();
    expect(plain.matches.map((m) => m.origin)).toEqual(["engine"]);
    expect(run({ overrides: {} })).toEqual(plain);
    expect(run({ overrides: { link: [], unlink: [] } })).toEqual(plain);
  });

  it("links two quotes the engine left apart, with a diff, a score and discrepancies", () => {
    const plain = run();
    const [l, r] = [quoteId(plain, WALL_LEFT), quoteId(plain, WALL_RIGHT, "s2")];
    expect(matchOf(plain, l, r)).toBeUndefined();
    const linked = run({ overrides: { link: [WALL] } });
    const m = matchOf(linked, l, r);
    expect(m).toMatchObject({ origin: "editor", relation: "variant", contained: null, sharedWords: 3 });
    expect(m?.score).toBeGreaterThan(0);
    expect(m?.score).toBeLessThan(1);
    expect(compact(m?.diff ?? null)).toBe("<del>We will rebuild</del><ins></ins> {the|The} harbour wall <del>before the winter storms</del><ins>comes first</ins> ,");
    const own = linked.discrepancies.filter((d) => d.matchId === m?.id);
    expect(own.map((d) => d.kind)).toContain("attribution");
    expect(own.every((d) => d.quotes.join() === `${l},${r}`)).toBe(true);
    // Neither quote is "only one outlet carries this" any more.
    expect(linked.discrepancies.filter((d) => d.kind === "unmatched")).toEqual([]);
    expect(linked.groups.some((g) => g.quotes.includes(l) && g.quotes.includes(r))).toBe(true);
    expect(linked.counts.info).toBeLessThan(plain.counts.info);
  });

  it("ranks a linked pair below an identical one by score", () => {
    const same = run({ overrides: { link: [[ref("s1", WALL_LEFT), ref("s2", WALL_LEFT)]] } }, LEFT, RIGHT.replace(WALL_RIGHT, WALL_LEFT));
    const changed = run({ overrides: { link: [WALL] } });
    const score = (a: Analysis) => a.matches.find((m) => m.origin === "editor")?.score ?? -1;
    expect(score(same)).toBeGreaterThan(score(changed));
  });

  it("unlinks a pair the engine matched: no match, no word discrepancies, both quotes unmatched", () => {
    const plain = run();
    const [l, r] = [quoteId(plain, INNOCENCE), quoteId(plain, INNOCENT, "s2")];
    expect(matchOf(plain, l, r)).toBeDefined();
    const unlinked = run({ overrides: { unlink: [CHILDREN] } });
    expect(unlinked.matches).toEqual([]);
    expect(unlinked.groups).toEqual([]);
    expect(unlinked.discrepancies.map((d) => d.kind)).toEqual(["unmatched", "unmatched", "unmatched", "unmatched"]);
    expect(unlinked.discrepancies.filter((d) => d.quotes.includes(l) || d.quotes.includes(r))).toHaveLength(2);
  });

  it("names a pair in either order", () => {
    const reversed: QuotePairRef = [CHILDREN[1], CHILDREN[0]];
    expect(run({ overrides: { unlink: [reversed] } })).toEqual(run({ overrides: { unlink: [CHILDREN] } }));
    expect(run({ overrides: { link: [[WALL[1], WALL[0]]] } })).toEqual(run({ overrides: { link: [WALL] } }));
  });

  it("only marks a linked pair the engine already found as the editor's", () => {
    const plain = run();
    const linked = run({ overrides: { link: [CHILDREN] } });
    expect(linked.matches.map((m) => m.origin)).toEqual(["editor"]);
    expect(linked.matches.map((m) => ({ ...m, origin: "engine" }))).toEqual(plain.matches);
    expect(linked.discrepancies).toEqual(plain.discrepancies);
  });

  it("keeps a pair that is both linked and unlinked apart", () => {
    expect(run({ overrides: { link: [CHILDREN], unlink: [CHILDREN] } }).matches).toEqual([]);
  });

  it("ignores overrides that name no quote, an occurrence that is not there, or one source twice", () => {
    const plain = run();
    const stale: QuotePairRef[] = [
      [ref("s1", "We will finish by March,"), ref("s2", WALL_RIGHT)],
      [ref("s9", WALL_LEFT), ref("s2", WALL_RIGHT)],
      [ref("s1", WALL_LEFT, 2), ref("s2", WALL_RIGHT)],
      [ref("s1", WALL_LEFT, 0), ref("s2", WALL_RIGHT)],
      [ref("s1", WALL_LEFT), ref("s1", INNOCENCE)],
      [ref("s1", WALL_LEFT), ref("s1", WALL_LEFT)],
    ];
    expect(run({ overrides: { link: stale, unlink: stale } })).toEqual(plain);
  });

  it("names a quote printed twice by its occurrence", () => {
    const twice = `${LEFT}\n\n“We will rebuild the harbour wall before the winter storms,” she repeated.`;
    const a = run({ overrides: { link: [[ref("s1", WALL_LEFT, 2), ref("s2", WALL_RIGHT)]] } }, twice);
    const editor = a.matches.filter((m) => m.origin === "editor");
    expect(editor.map((m) => m.quotes[0])).toEqual(["s1:q3"]);
    expect(a.discrepancies.filter((d) => d.kind === "unmatched").map((d) => d.quotes[0])).toEqual(["s1:q2"]);
  });

  it("links any two quotes, even with no word in common, with offsets that slice their texts", () => {
    const texts: Record<string, string> = { s1: LEFT, s2: RIGHT };
    const plain = run();
    const [left, right] = plain.sources.map((s) => s.quotes.map((q) => ref(s.id, q.text)));
    const every = (left ?? []).flatMap((l) => (right ?? []).map((r): QuotePairRef => [l, r]));
    const all = run({ overrides: { link: every } });
    expect(all.matches).toHaveLength(every.length);
    for (const m of all.matches) {
      expect(m.score).toBeGreaterThanOrEqual(0);
      expect(m.score).toBeLessThanOrEqual(1);
      for (const op of m.diff ?? []) {
        expect(texts.s1?.slice(op.leftStart, op.leftEnd)).toBe(op.left);
        expect(texts.s2?.slice(op.rightStart, op.rightEnd)).toBe(op.right);
      }
    }
    for (const d of all.discrepancies) {
      if (d.leftRange) expect(texts.s1?.slice(...d.leftRange)).toBe(d.left);
    }
  });

  it("keeps the engine's order of matches and gives the same result on every run", () => {
    const overrides = { link: [WALL], unlink: [CHILDREN] };
    const first = run({ overrides });
    expect(run({ overrides })).toEqual(first);
    expect(JSON.parse(JSON.stringify(first))).toStrictEqual(first);
    const both = run({ overrides: { link: [WALL] } });
    expect(both.matches.map((m) => [m.id, m.origin])).toEqual([
      ["m1", "engine"],
      ["m2", "editor"],
    ]);
    // A link's discrepancies are fingerprinted like any other: the same on every run.
    expect(run({ overrides: { link: [WALL] } }).discrepancies.map((d) => d.fingerprint)).toEqual(both.discrepancies.map((d) => d.fingerprint));
  });
});
