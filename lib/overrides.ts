/**
 * Editors' corrections to the alignment. A pair an editor unlinked is dropped; a pair an editor
 * linked is added, aligned by the engine's own rules when they accept it and otherwise diffed
 * whole, so it gets a relation, a score, a word diff and discrepancies like any other pair.
 * Quotes are named by source, exact text and occurrence rather than by id, so that an override
 * outlives the re-analysis that renumbers quote ids; one that names no quote is ignored.
 */
import { alignPair, wholeAlignment, type AlignQuote, type PairAlignment } from "./region";
import type { MatchOrigin, MatchOverrides, QuotePairRef, QuoteRef, Source } from "./types";

export type OverriddenPair = { pair: PairAlignment; origin: MatchOrigin };

/** A source's quotes and their alignment tokens (comparison ids already assigned). */
export type OverrideSource = { source: Source; align: readonly AlignQuote[] };

type Lookup = { find: (source: string, text: string, occurrence: number) => { id: string } | null; byId: Map<string, AlignQuote>; order: Map<string, number> };

/**
 * Finds quotes by reference (source, exact text, occurrence) among quotes given per source in
 * text order; null when the reference names no quote (the text changed, or a bad occurrence).
 * The engine resolves overrides with it, and the server says which stored overrides still apply.
 */
export function quoteFinder<Q>(sources: ReadonlyArray<{ key: string; quotes: readonly Q[] }>, textOf: (q: Q) => string): (source: string, text: string, occurrence: number) => Q | null {
  const byText = new Map<string, Q[]>();
  for (const s of sources) {
    for (const q of s.quotes) {
      const key = `${s.key}\u0000${textOf(q)}`;
      const list = byText.get(key);
      if (list) list.push(q);
      else byText.set(key, [q]);
    }
  }
  return (source, text, occurrence) => byText.get(`${source}\u0000${text}`)?.[occurrence - 1] ?? null;
}

/** The quote a reference names, or null when its source has no such quote (any more). */
function resolve(lookup: Lookup, ref: QuoteRef): AlignQuote | null {
  const q = lookup.find(ref.source, ref.text, ref.occurrence ?? 1);
  return q ? (lookup.byId.get(q.id) ?? null) : null;
}

/** Both quotes, the one in the earlier source first; null when either is missing or both share a source. */
function resolvePair(lookup: Lookup, [x, y]: QuotePairRef): [AlignQuote, AlignQuote] | null {
  const a = resolve(lookup, x);
  const b = resolve(lookup, y);
  if (!a || !b || a.source === b.source) return null;
  return a.source < b.source ? [a, b] : [b, a];
}

function pairKey(lookup: Lookup, a: AlignQuote, b: AlignQuote): string {
  const [first, second] = (lookup.order.get(a.id) ?? 0) <= (lookup.order.get(b.id) ?? 0) ? [a, b] : [b, a];
  return `${first.id}\u0000${second.id}`;
}

function resolveAll(lookup: Lookup, refs: readonly QuotePairRef[] | undefined): Map<string, [AlignQuote, AlignQuote]> {
  const out = new Map<string, [AlignQuote, AlignQuote]>();
  for (const ref of refs ?? []) {
    const pair = resolvePair(lookup, ref);
    if (pair) out.set(pairKey(lookup, ...pair), pair);
  }
  return out;
}

/**
 * The engine's pairs with the editor's overrides applied, in the engine's order (by left quote,
 * then right). Unlinked pairs are dropped; linked pairs the engine missed are added; a linked
 * pair the engine already found is kept as it is, marked "editor". Returns the engine's pairs,
 * all marked "engine", when there are no overrides or none names two existing quotes.
 */
export function applyOverrides(pairs: readonly PairAlignment[], sources: readonly OverrideSource[], overrides: MatchOverrides | undefined): OverriddenPair[] {
  if (!overrides?.link?.length && !overrides?.unlink?.length) return pairs.map((pair) => ({ pair, origin: "engine" }));
  const all = sources.flatMap((s) => s.align);
  const find = quoteFinder(sources.map((s) => ({ key: s.source.id, quotes: s.source.quotes })), (q) => q.text);
  const lookup: Lookup = { find, byId: new Map(all.map((q) => [q.id, q])), order: new Map(all.map((q, i) => [q.id, i])) };
  const unlinked = resolveAll(lookup, overrides.unlink);
  const linked = resolveAll(lookup, overrides.link);
  const out: OverriddenPair[] = [];
  for (const pair of pairs) {
    const key = pairKey(lookup, pair.a, pair.b);
    if (unlinked.has(key)) continue;
    out.push({ pair, origin: linked.delete(key) ? "editor" : "engine" });
  }
  for (const [key, [a, b]] of linked) {
    if (!unlinked.has(key)) out.push({ pair: alignPair(a, b) ?? wholeAlignment(a, b), origin: "editor" });
  }
  const at = (q: AlignQuote) => lookup.order.get(q.id) ?? 0;
  return out.sort((x, y) => at(x.pair.a) - at(y.pair.a) || at(x.pair.b) - at(y.pair.b));
}
