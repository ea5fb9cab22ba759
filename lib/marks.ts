/**
 * Quotation marks: which family each belongs to and which role its glyph suggests. The role a
 * mark actually plays is decided by what stands on either side of it (extract.ts); the glyph
 * only breaks ties, because real text typesets closing marks as opening ones and vice versa.
 */

/** "double" marks open top-level quotations in most styles, "single" ones nest or serve British style. */
export type Family = "double" | "single";

export type MarkInfo = {
  family: Family;
  /** What the glyph usually does when context cannot tell. */
  hint: "open" | "close" | "either";
  /** Could be an apostrophe rather than a quotation mark. */
  apostrophe: boolean;
};

/** A Map: markInfo is asked about the characters around every mark, most of them no mark at all. */
const TABLE: ReadonlyMap<string, MarkInfo> = new Map(Object.entries({
  '"': { family: "double", hint: "either", apostrophe: false },
  "\u201C": { family: "double", hint: "open", apostrophe: false }, // “
  "\u201D": { family: "double", hint: "close", apostrophe: false }, // ”
  "\u201E": { family: "double", hint: "open", apostrophe: false }, // „
  "\u201F": { family: "double", hint: "open", apostrophe: false }, // ‟
  "\u00AB": { family: "double", hint: "open", apostrophe: false }, // «
  "\u00BB": { family: "double", hint: "close", apostrophe: false }, // »
  "\u301D": { family: "double", hint: "open", apostrophe: false }, // 〝
  "\u301E": { family: "double", hint: "close", apostrophe: false }, // 〞
  "\u301F": { family: "double", hint: "close", apostrophe: false }, // 〟
  "\uFF02": { family: "double", hint: "either", apostrophe: false }, // ＂
  "\u300C": { family: "double", hint: "open", apostrophe: false }, // 「
  "\u300D": { family: "double", hint: "close", apostrophe: false }, // 」
  "\u300E": { family: "single", hint: "open", apostrophe: false }, // 『
  "\u300F": { family: "single", hint: "close", apostrophe: false }, // 』
  "'": { family: "single", hint: "either", apostrophe: true },
  "\u2018": { family: "single", hint: "open", apostrophe: true }, // ‘
  "\u2019": { family: "single", hint: "close", apostrophe: true }, // ’
  "\u201A": { family: "single", hint: "open", apostrophe: false }, // ‚
  "\u201B": { family: "single", hint: "open", apostrophe: false }, // ‛
  "\u2039": { family: "single", hint: "open", apostrophe: false }, // ‹
  "\u203A": { family: "single", hint: "close", apostrophe: false }, // ›
} satisfies Record<string, MarkInfo>));

export function markInfo(ch: string): MarkInfo | undefined {
  return TABLE.get(ch);
}

/** Marks that are unambiguous enough to bracket a quotation in CJK text (no flanking rules). */
export const CJK_MARKS = new Set(["\u300C", "\u300D", "\u300E", "\u300F"]);

/**
 * Words that begin with an elision apostrophe ('tis, rock 'n' roll): a mark before them is
 * not an opening quotation mark.
 */
export const ELISIONS = new Set([
  "tis", "twas", "em", "n", "cause", "til", "till", "bout", "round", "cept", "ere", "nuff", "ol", "kay", "sup", "neath",
  "tween", "twixt",
]);
