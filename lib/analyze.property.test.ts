import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze, ENGINE_VERSION } from "./index";
import type { Analysis, DiffOp, Match, Quote, SourceInput } from "./types";

/** Context length promised by the TextQuoteSelector fields, in UTF-16 code units. */
const CONTEXT_CHARS = 32;
/** Problems listed in one failure message; the rest only inflate it. */
const MAX_REPORTED = 8;

const KINDS = new Set(["substitution", "omission", "insertion", "reorder", "number", "negation", "spelling", "punctuation", "truncation", "attribution", "unmatched"]);
const SEVERITIES = ["critical", "major", "minor", "cosmetic", "info"] as const;
const RELATIONS = new Set(["identical", "variant", "fragment", "overlap"]);
const QUOTE_KINDS = new Set(["direct", "partial", "term"]);
const OPS = new Set(["equal", "delete", "insert", "replace"]);

const MARKS = ['"', "'", "“", "”", "‘", "’", "„", "«", "»", "‹", "›", "‚", "‛", "‟", "「", "」"];
const WORDS = ["the", "plan", "said", "she", "he", "told", "reporters", "not", "fair", "is", "We", "will", "Maren", "Quill", "7", "2,000", "it’s", "parents’", "don't", "O’Neil", "’tis", "rock ’n’ roll", "’90s"];
const SPACES = [" ", " ", " ", "\n", "\r\n", "\n\n", "\t", "\u00A0"];
const PUNCT = [".", ",", "—", "–", "-", "…", "...", "?", "!", ":", ";", "(", ")"];
const ASTRAL = ["😀", "𝐀", "👩‍👩‍👧", "🇫🇷", "👍🏽"];
const RTL = ["שלום", "مرحبا", "\u200F", "\u200E", "\u202B", "\u202C", "א"];
const COMBINING = ["e\u0301", "\u0301", "\u0308", "n\u0303"];
const LONE_SURROGATES = ["\uD83D", "\uDE00", "\uDBFF", "\uDC00"];

/** Text weighted toward what breaks quote parsers: marks of every family, apostrophes, odd Unicode. */
const atom = fc.oneof(
  { arbitrary: fc.constantFrom(...MARKS), weight: 8 },
  { arbitrary: fc.constantFrom(...WORDS), weight: 6 },
  { arbitrary: fc.constantFrom(...SPACES), weight: 6 },
  { arbitrary: fc.constantFrom(...PUNCT), weight: 2 },
  { arbitrary: fc.string({ unit: fc.constantFrom(..."abcxyzABQ019"), minLength: 1, maxLength: 6 }), weight: 3 },
  { arbitrary: fc.constantFrom(...ASTRAL), weight: 1 },
  { arbitrary: fc.constantFrom(...RTL), weight: 1 },
  { arbitrary: fc.constantFrom(...COMBINING), weight: 1 },
  { arbitrary: fc.constantFrom(...LONE_SURROGATES), weight: 1 },
);

const hostileText = (maxAtoms: number): fc.Arbitrary<string> => fc.array(atom, { maxLength: maxAtoms, size: "max" }).map((a) => a.join(""));

/** A readable quotation whose words vary a little, so that sources share, alter and trim quotes. */
const quotation = fc
  .tuple(
    fc.constantFrom(["“", "”"] as const, ['"', '"'] as const, ["‘", "’"] as const, ["«", "»"] as const, ["„", "“"] as const, ["「", "」"] as const),
    fc.subarray(["We", "will", "not", "accept", "the", "plan", "for", "2,000", "families", "it’s", "unfair"], { minLength: 1 }),
    fc.constantFrom("", ",", ".", "?", "…"),
    fc.constantFrom(" she said.", " said Maren Quill.", "", " he told reporters, ", " — "),
  )
  .map(([[open, close], words, stop, attribution]) => `${open}${words.join(" ")}${stop}${close}${attribution}`);

const chunk = fc.oneof({ arbitrary: quotation, weight: 3 }, { arbitrary: hostileText(12), weight: 2 });

/** 1–4 sources drawn from one shared pool of chunks, so that matching code actually runs. */
const relatedSources = fc
  .array(chunk, { minLength: 1, maxLength: 8 })
  .chain((pool) => fc.array(fc.array(fc.constantFrom(...pool), { maxLength: 10, size: "max" }), { minLength: 1, maxLength: 4 }))
  .map((sources) => sources.map((parts) => parts.join(" ")));

const randomSources = fc.array(hostileText(120), { minLength: 1, maxLength: 4 });

/** Small edits: at a fraction of the text (in [0, 1]), drop up to `cut` characters and insert `put`. */
type Edit = { at: number; cut: number; put: string };
const edit: fc.Arbitrary<Edit> = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.nat({ max: 4 }), put: fc.oneof(atom, fc.constant("")) });

function applyEdits(text: string, edits: readonly Edit[]): string {
  return edits.reduce((t, e) => {
    const at = Math.floor(e.at * t.length);
    return t.slice(0, at) + e.put + t.slice(at + e.cut);
  }, text);
}

/** One text and up to three copies with a few character-level edits each: near-identical sources. */
const editedCopies = fc
  .tuple(fc.array(chunk, { minLength: 1, maxLength: 8 }), fc.array(fc.array(edit, { maxLength: 4 }), { minLength: 1, maxLength: 3 }))
  .map(([chunks, editSets]) => {
    const base = chunks.join(" ");
    return [base, ...editSets.map((edits) => applyEdits(base, edits))];
  });

type Checker = { problems: string[]; texts: readonly string[]; quotes: Map<string, { quote: Quote; source: number }> };

function report(c: Checker, ok: boolean, message: () => string): void {
  if (!ok && c.problems.length < MAX_REPORTED) c.problems.push(message());
}

/** Plain JSON values only: what `JSON.parse(JSON.stringify(x))` gives back unchanged. */
function checkPlain(c: Checker, value: unknown, path: string): void {
  if (value === null || typeof value === "string" || typeof value === "boolean") return;
  if (typeof value === "number") return report(c, Number.isFinite(value) && !Object.is(value, -0), () => `${path} is ${value}`);
  if (Array.isArray(value)) return value.forEach((v, i) => checkPlain(c, v, `${path}[${i}]`));
  if (typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return report(c, false, () => `${path} is not plain: ${String(value)}`);
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) report(c, false, () => `${path}.${k} is undefined`);
    else checkPlain(c, v, `${path}.${k}`);
  }
}

function isRange(r: unknown, length: number): r is [number, number] {
  return Array.isArray(r) && r.length === 2 && Number.isInteger(r[0]) && Number.isInteger(r[1]) && 0 <= r[0] && r[0] <= r[1] && r[1] <= length;
}

function checkQuote(c: Checker, q: Quote, text: string, sourceId: string, n: number): void {
  report(c, q.id === `${sourceId}:q${n}`, () => `quote ${q.id} should be ${sourceId}:q${n}`);
  report(c, q.sourceId === sourceId, () => `${q.id}.sourceId is ${q.sourceId}`);
  if (!isRange([q.start, q.end], text.length)) return report(c, false, () => `${q.id} range [${q.start}, ${q.end}] outside 0..${text.length}`);
  report(c, q.text === text.slice(q.start, q.end), () => `${q.id}.text ${JSON.stringify(q.text)} is not the slice ${JSON.stringify(text.slice(q.start, q.end))}`);
  report(c, q.exact === q.text, () => `${q.id}.exact differs from text`);
  report(c, q.prefix.length <= CONTEXT_CHARS && text.slice(q.start - q.prefix.length, q.start) === q.prefix && q.prefix.length <= q.start, () => `${q.id}.prefix ${JSON.stringify(q.prefix)} is not the text before ${q.start}`);
  report(c, q.suffix.length <= CONTEXT_CHARS && text.slice(q.end, q.end + q.suffix.length) === q.suffix, () => `${q.id}.suffix ${JSON.stringify(q.suffix)} is not the text after ${q.end}`);
  report(c, QUOTE_KINDS.has(q.kind), () => `${q.id}.kind is ${q.kind}`);
  report(c, q.confidence === "high" || q.confidence === "low", () => `${q.id}.confidence is ${q.confidence}`);
  report(c, q.closeMark !== null || q.confidence === "low", () => `${q.id} is unclosed but of high confidence`);
  report(c, typeof q.openMark === "string" && q.openMark !== "", () => `${q.id}.openMark is empty`);
  report(c, Number.isInteger(q.paragraph) && q.paragraph >= 0 && Number.isInteger(q.wordCount) && q.wordCount >= 0, () => `${q.id} paragraph/wordCount not counts`);
  report(c, typeof q.utterance === "string" && q.utterance !== "", () => `${q.id}.utterance is empty`);
}

function checkSources(c: Checker, inputs: readonly SourceInput[], result: Analysis): void {
  report(c, result.sources.length === inputs.length, () => `${result.sources.length} sources for ${inputs.length} inputs`);
  report(c, new Set(result.sources.map((s) => s.id)).size === result.sources.length, () => "source ids repeat");
  result.sources.forEach((source, i) => {
    const text = c.texts[i] ?? "";
    report(c, source.length === text.length, () => `source ${i} length ${source.length}, text has ${text.length}`);
    source.quotes.forEach((q, k) => {
      report(c, !c.quotes.has(q.id), () => `quote id ${q.id} repeats`);
      c.quotes.set(q.id, { quote: q, source: i });
      checkQuote(c, q, text, source.id, k + 1);
      const next = source.quotes[k + 1];
      if (next) report(c, q.end <= next.start && q.start <= next.start, () => `${q.id} [${q.start}, ${q.end}] overlaps or follows ${next.id} [${next.start}, ${next.end}]`);
    });
  });
}

function checkDiffOp(c: Checker, m: Match, op: DiffOp, left: string, right: string): void {
  report(c, OPS.has(op.op), () => `${m.id} diff op ${op.op}`);
  report(c, isRange([op.leftStart, op.leftEnd], left.length) && isRange([op.rightStart, op.rightEnd], right.length), () => `${m.id} diff op offsets out of range`);
  report(c, op.op !== "insert" || op.left === "", () => `${m.id} insert with left text`);
  report(c, op.op !== "delete" || op.right === "", () => `${m.id} delete with right text`);
}

function checkMatch(c: Checker, m: Match): void {
  const left = c.quotes.get(m.quotes[0]);
  const right = c.quotes.get(m.quotes[1]);
  if (!left || !right) return report(c, false, () => `${m.id} names missing quotes ${m.quotes.join(", ")}`);
  report(c, left.source < right.source, () => `${m.id}: left quote from source ${left.source}, right from ${right.source}`);
  report(c, RELATIONS.has(m.relation), () => `${m.id}.relation is ${m.relation}`);
  report(c, m.relation !== "fragment" || m.contained === "left" || m.contained === "right", () => `${m.id} fragment without a contained side`);
  report(c, m.score >= 0 && m.score <= 1, () => `${m.id}.score is ${m.score}`);
  report(c, Number.isInteger(m.sharedWords) && m.sharedWords >= 0, () => `${m.id}.sharedWords is ${m.sharedWords}`);
  const leftText = c.texts[left.source] ?? "";
  const rightText = c.texts[right.source] ?? "";
  report(c, isRange(m.leftRange, leftText.length) && isRange(m.rightRange, rightText.length), () => `${m.id} ranges ${JSON.stringify([m.leftRange, m.rightRange])} outside their sources`);
  for (const op of m.diff ?? []) checkDiffOp(c, m, op, leftText, rightText);
}

function checkDiscrepancies(c: Checker, result: Analysis): void {
  const matches = new Map(result.matches.map((m) => [m.id, m]));
  for (const d of result.discrepancies) {
    report(c, KINDS.has(d.kind), () => `${d.id}.kind is ${d.kind}`);
    report(c, (SEVERITIES as readonly string[]).includes(d.severity), () => `${d.id}.severity is ${d.severity}`);
    report(c, d.quotes.every((id) => c.quotes.has(id)), () => `${d.id} names missing quotes ${d.quotes.join(", ")}`);
    report(c, d.kind === "unmatched" ? d.quotes.length === 1 : d.quotes.length === 2, () => `${d.id} (${d.kind}) names ${d.quotes.length} quotes`);
    report(c, d.matchId === null || matches.has(d.matchId), () => `${d.id}.matchId ${d.matchId} does not exist`);
    const [l, r] = d.quotes.map((id) => c.texts[c.quotes.get(id)?.source ?? -1]?.length ?? -1);
    if (d.leftRange) report(c, isRange(d.leftRange, l ?? -1), () => `${d.id}.leftRange ${JSON.stringify(d.leftRange)} outside its source`);
    if (d.rightRange) report(c, isRange(d.rightRange, r ?? -1), () => `${d.id}.rightRange ${JSON.stringify(d.rightRange)} outside its source`);
    report(c, typeof d.message === "string" && d.message !== "", () => `${d.id} has no message`);
    report(c, /^[0-9a-f]+$/.test(d.fingerprint), () => `${d.id}.fingerprint ${d.fingerprint} is not hex`);
  }
  for (const s of SEVERITIES) {
    const n = result.discrepancies.filter((d) => d.severity === s).length;
    report(c, result.counts[s] === n, () => `counts.${s} is ${result.counts[s]}, ${n} discrepancies have it`);
  }
}

function checkGroups(c: Checker, result: Analysis): void {
  const seen = new Set<string>();
  for (const g of result.groups) {
    for (const id of g.quotes) {
      report(c, c.quotes.has(id), () => `${g.id} names missing quote ${id}`);
      report(c, !seen.has(id), () => `quote ${id} is in two groups`);
      seen.add(id);
    }
  }
}

function checkIds(c: Checker, result: Analysis): void {
  const ids = [...result.matches.map((m) => m.id), ...result.discrepancies.map((d) => d.id), ...result.groups.map((g) => g.id)];
  report(c, new Set(ids).size === ids.length, () => "match, discrepancy or group ids repeat");
}

/** Every problem with one result, empty when it keeps all of `analyze`'s promises. */
function problemsOf(inputs: readonly SourceInput[], result: Analysis): string[] {
  const c: Checker = { problems: [], texts: inputs.map((s) => s.text), quotes: new Map() };
  checkPlain(c, result, "result");
  report(c, result.engineVersion === ENGINE_VERSION, () => `engineVersion ${result.engineVersion}`);
  checkSources(c, inputs, result);
  for (const m of result.matches) checkMatch(c, m);
  checkDiscrepancies(c, result);
  checkGroups(c, result);
  checkIds(c, result);
  return c.problems;
}

function toInputs(texts: readonly string[]): SourceInput[] {
  return texts.map((text, i) => ({ id: `s${i + 1}`, name: `Source ${i + 1}`, text }));
}

/** Throws the listed problems, so fast-check shrinks toward the smallest input that has one. */
function assertSound(texts: readonly string[]): Analysis {
  const inputs = toInputs(texts);
  const result = analyze(inputs);
  const problems = problemsOf(inputs, result);
  if (problems.length > 0) throw new Error(problems.join("\n"));
  return result;
}

describe("analyze on random and hostile text", () => {
  it("keeps every promise of its output on random mark-heavy text", () => {
    fc.assert(fc.property(randomSources, (texts) => void assertSound(texts)), { numRuns: 500, seed: 1 });
  });

  it("keeps every promise of its output on sources that share, alter and trim quotations", () => {
    fc.assert(fc.property(relatedSources, (texts) => void assertSound(texts)), { numRuns: 500, seed: 2 });
  });

  it("keeps every promise of its output on near-identical sources with small edits", () => {
    fc.assert(fc.property(editedCopies, (texts) => void assertSound(texts)), { numRuns: 500, seed: 9 });
  });

  it("returns an object that survives a JSON round trip unchanged", () => {
    fc.assert(
      fc.property(fc.oneof(relatedSources, editedCopies), (texts) => {
        const result = analyze(toInputs(texts));
        expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
      }),
      { numRuns: 100, seed: 3 },
    );
  });

  it("gives the same result twice for the same input", () => {
    fc.assert(
      fc.property(fc.oneof(relatedSources, randomSources, editedCopies), (texts) => {
        expect(analyze(toInputs(texts))).toStrictEqual(analyze(toInputs(texts)));
      }),
      { numRuns: 100, seed: 4 },
    );
  });

  it("finds the same quotes with quotesOnly and leaves out the comparison", () => {
    fc.assert(
      fc.property(relatedSources, (texts) => {
        const full = analyze(toInputs(texts));
        const quick = analyze(toInputs(texts), { quotesOnly: true });
        expect(quick.sources).toStrictEqual(full.sources);
        expect([quick.matches, quick.discrepancies]).toEqual([[], []]);
      }),
      { numRuns: 100, seed: 5 },
    );
  });

  it("keeps its promises whatever ids and names the sources carry, repeated, blank or odd", () => {
    const id = fc.option(fc.constantFrom("a", "a", " a ", "s1", "s2", "s1-2", "a:q1", "", "   ", "😀", "\uD83D"), { nil: undefined });
    const inputs = fc.array(fc.record({ id, name: fc.option(fc.constantFrom("", " ", "Daily", "Daily"), { nil: undefined }), text: fc.oneof(quotation, hostileText(40)) }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(inputs, (sources) => {
        const result = analyze(sources);
        const problems = problemsOf(sources, result);
        if (problems.length > 0) throw new Error(problems.join("\n"));
        expect(result.sources.every((s) => s.id.trim() !== "" && s.name.trim() !== "")).toBe(true);
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it("finds the same quotes in a source whatever other sources come with it", () => {
    fc.assert(
      fc.property(relatedSources, hostileText(60), (texts, other) => {
        const alone = analyze(toInputs(texts.slice(0, 1)));
        const together = analyze(toInputs([...texts.slice(0, 1), other]));
        expect(together.sources[0]).toStrictEqual(alone.sources[0]);
      }),
      { numRuns: 100, seed: 8 },
    );
  });

  it("keeps each match range inside its quotes, diff ops on their raw text, and matched quotes in one group", () => {
    const sources = fc.oneof(relatedSources, editedCopies);
    fc.assert(fc.property(sources, (texts) => checkMatchesAgainstQuotes(texts, analyze(toInputs(texts)))), { numRuns: 300, seed: 6 });
  });
});

function checkMatchesAgainstQuotes(texts: readonly string[], result: Analysis): void {
  const textOf = new Map(result.sources.map((s, i) => [s.id, texts[i] ?? ""]));
  const quotes = new Map(result.sources.flatMap((s) => s.quotes.map((q) => [q.id, q] as const)));
  const groupOf = new Map(result.groups.flatMap((g) => g.quotes.map((id) => [id, g.id] as const)));
  for (const m of result.matches) {
    const [l, r] = m.quotes.map((id) => quotes.get(id));
    if (!l || !r) throw new Error(`${m.id} names a missing quote`);
    expect(l.start <= m.leftRange[0] && m.leftRange[1] <= l.end, `${m.id} leftRange ${m.leftRange.join("-")} inside ${l.id} ${l.start}-${l.end}`).toBe(true);
    expect(r.start <= m.rightRange[0] && m.rightRange[1] <= r.end, `${m.id} rightRange ${m.rightRange.join("-")} inside ${r.id} ${r.start}-${r.end}`).toBe(true);
    expect(groupOf.get(l.id), `${m.id}: its quotes share a group`).toBe(groupOf.get(r.id));
    for (const op of m.diff ?? []) {
      expect(op.left, `${m.id} ${op.op} left is raw text`).toBe(textOf.get(l.sourceId)?.slice(op.leftStart, op.leftEnd));
      expect(op.right, `${m.id} ${op.op} right is raw text`).toBe(textOf.get(r.sourceId)?.slice(op.rightStart, op.rightEnd));
    }
  }
}

/** Same checks as the properties, by JSON text for determinism because the results are large. */
function expectSoundAndStable(texts: readonly string[]): Analysis {
  const result = assertSound(texts);
  expect(JSON.stringify(analyze(toInputs(texts)))).toBe(JSON.stringify(result));
  return result;
}

const STORY =
  "The board met on Monday. “We will not accept the plan,” said Maren Quill, the chair. " +
  "She called it “a reckless gamble” and added: “Nobody asked the parents’ groups. It’s unfair.”\n\n" +
  "\"Who pays for the 2,000 repairs?\" Ivo Tarrant told reporters. \"Not us,\" he said, \"and not this year.\"\n\n" +
  "Officials described the work as a 'phased recovery'. «Nous verrons», wrote one resident.";

describe("analyze on hostile inputs", () => {
  it("survives 100,000 “ in a row", () => {
    expectSoundAndStable(["“".repeat(100_000)]);
  });

  it('survives 100,000 " in a row', () => {
    expectSoundAndStable(['"'.repeat(100_000)]);
  });

  it("survives 50,000 alternating “” pairs", () => {
    expectSoundAndStable(["“”".repeat(50_000)]);
  });

  it("ends an unclosed quotation in a 200,000-character paragraph at the paragraph's end", () => {
    const half = "the council said nothing about the plan again ".repeat(2_200);
    const text = `${half}“${half}`.trimEnd();
    const result = expectSoundAndStable([text, text]);
    const quote = result.sources[0]?.quotes.find((q) => q.closeMark === null);
    expect(quote?.confidence).toBe("low");
    expect(quote?.start).toBeGreaterThan(half.length);
    expect(quote?.end).toBe(text.length);
  });

  it("links ten copies of the same text quote by quote, with no discrepancies", () => {
    const result = expectSoundAndStable(Array.from({ length: 10 }, () => STORY));
    const perSource = result.sources[0]?.quotes.length ?? 0;
    expect(perSource).toBeGreaterThan(4);
    expect(result.sources.every((s) => s.quotes.length === perSource)).toBe(true);
    expect(result.discrepancies).toEqual([]);
    expect(result.groups.map((g) => g.quotes.length)).toEqual(Array.from({ length: perSource }, () => 10));
  });
});

describe("fingerprints", () => {
  it("names every discrepancy with its own fingerprint, even when a quote is printed twice", () => {
    const text = "“We will rebuild the bridge,” the mayor said.\n\n“We will rebuild the bridge,” the mayor said again.";
    const result = analyze([{ text }, { text: "Nothing quoted here." }]);
    const prints = result.discrepancies.map((d) => d.fingerprint);
    expect(prints.length).toBeGreaterThan(1);
    expect(new Set(prints).size).toBe(prints.length);
  });
});
