/**
 * The plain, serialisable shapes of the analysis core. Everything here survives
 * `JSON.parse(JSON.stringify(x))` unchanged: no classes, no Maps, no undefined fields.
 */

/** One article given to `analyze`. */
export type SourceInput = {
  id?: string;
  name?: string;
  text: string;
};

/** How a quotation sits in the reporter's sentence. */
export type QuoteKind =
  /** A sentence or more of the speaker's words, set off from the reporter's text. */
  | "direct"
  /** A few of the speaker's words inside the reporter's own sentence. */
  | "partial"
  /** Scare quotes, a label, a name or a single term. */
  | "term";

export type Quote = {
  /** `<sourceId>:q<n>`, n counting from 1 in text order. */
  id: string;
  sourceId: string;
  /** UTF-16 offsets into the source text; `text === source.text.slice(start, end)`. Marks excluded. */
  start: number;
  end: number;
  text: string;
  /** W3C TextQuoteSelector context: `exact === text`, prefix/suffix up to 32 characters. */
  exact: string;
  prefix: string;
  suffix: string;
  openMark: string;
  /** null when the quotation is never closed (it then ends at its paragraph's end). */
  closeMark: string | null;
  /** "low" for an unclosed quotation or one whose marks do not pair up cleanly. */
  confidence: "high" | "low";
  kind: QuoteKind;
  /** The speaker's one canonical name in this article, or null when nobody is credited. */
  speaker: string | null;
  /** The words that credit the speaker ("she", "the first lady"), or null. */
  speakerMention: string | null;
  /** The reporting verb as printed ("declared", "told"), or null. */
  verb: string | null;
  /** Spans of one utterance split by its attribution ("A," she said, "B.") share this id. */
  utterance: string;
  /** 0-based paragraph index of the opening mark. */
  paragraph: number;
  wordCount: number;
};

export type Source = {
  id: string;
  name: string;
  /** Length of the text in UTF-16 code units. */
  length: number;
  quotes: Quote[];
};

/**
 * How two quotes from different sources relate:
 * identical (same words; typography may differ), variant (same stretch, words differ),
 * fragment (one is a trimmed part of the other), overlap (each runs past the other).
 */
export type Relation = "identical" | "variant" | "fragment" | "overlap";

/** One step of a word diff between two aligned quotes; offsets are into each source's text. */
export type DiffOp = {
  op: "equal" | "delete" | "insert" | "replace";
  /** Raw text on the left side (empty for insert). */
  left: string;
  /** Raw text on the right side (empty for delete). */
  right: string;
  leftStart: number;
  leftEnd: number;
  rightStart: number;
  rightEnd: number;
  /** For equal ops: the raw text differs only in typography or case. */
  typographic?: boolean;
};

export type Match = {
  id: string;
  /** [left quote id, right quote id]; the left quote's source comes first in input order. */
  quotes: [string, string];
  relation: Relation;
  /** For fragments: which side is the trimmed part. */
  contained: "left" | "right" | null;
  /** Share of the aligned region's words that are the same on both sides, in [0, 1]. */
  score: number;
  /** Words the two quotes share, in order (normalised). */
  sharedWords: number;
  /** The aligned stretch on each side, as source offsets. */
  leftRange: [number, number];
  rightRange: [number, number];
  /** The word diff of the aligned stretch; `null` when the diff gave up (too many edits). */
  diff: DiffOp[] | null;
  /** "editor" when an editor's link made or confirmed this pair (`AnalyzeOptions.overrides`). */
  origin: MatchOrigin;
};

/** Who paired two quotes: the engine's alignment, or an editor's link. */
export type MatchOrigin = "engine" | "editor";

export type Severity = "critical" | "major" | "minor" | "cosmetic" | "info";

export type DiscrepancyKind =
  | "substitution"
  | "omission"
  | "insertion"
  | "reorder"
  | "number"
  | "negation"
  | "spelling"
  | "punctuation"
  | "truncation"
  | "attribution"
  | "unmatched";

export type Discrepancy = {
  id: string;
  kind: DiscrepancyKind;
  severity: Severity;
  /** Two quote ids (left, right) for a pair; one for `unmatched`. */
  quotes: string[];
  matchId: string | null;
  /** The words on each side as printed; absent where a side has none. */
  left?: string;
  right?: string;
  leftRange?: [number, number];
  rightRange?: [number, number];
  /** For omissions and insertions: whether an ellipsis marks the cut. */
  ellipsis?: boolean;
  /** One sentence for a reader: what differs. */
  message: string;
  /** Stable across re-runs while the same words differ in the same quotes (hex). */
  fingerprint: string;
};

export type Group = {
  id: string;
  /** Quote ids, across sources, linked directly or through each other. */
  quotes: string[];
};

export type Analysis = {
  /** Bumped when the engine's output for the same input may change. */
  engineVersion: string;
  sources: Source[];
  matches: Match[];
  groups: Group[];
  discrepancies: Discrepancy[];
  counts: Record<Severity, number>;
};

/**
 * A quote named so that the name survives a re-analysis (which renumbers quote ids): its
 * source's id, its exact text, and which of that source's quotes with this very text it is.
 */
export type QuoteRef = {
  source: string;
  text: string;
  /** 1-based, in text order; default 1. */
  occurrence?: number;
};

/** Two quotes of different sources, in either order. */
export type QuotePairRef = [QuoteRef, QuoteRef];

/** An editor's corrections to the alignment, kept outside the engine and applied on every run. */
export type MatchOverrides = {
  /** Pairs to match even if the engine does not: aligned whole, with a diff and discrepancies. */
  link?: QuotePairRef[];
  /** Pairs never to match; a pair named in both lists stays unlinked. */
  unlink?: QuotePairRef[];
};

export type AnalyzeOptions = {
  /** Skip alignment and discrepancies (quotes and attribution only). */
  quotesOnly?: boolean;
  /**
   * Editor overrides. A reference that names no quote, or a link within one source, is
   * ignored: the caller finds out by resolving its references against the result.
   */
  overrides?: MatchOverrides;
};
