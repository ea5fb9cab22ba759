/**
 * Tokens for word diffs: words, numbers and single punctuation marks, each with its raw
 * offsets and a comparison key that folds typography (case, curly quotes, dash style,
 * diacritics, hyphens inside a word) so that only the key decides what "the same word" is,
 * while the raw text is always what gets shown. The engine scans each article into a table
 * (`scan`, tokens.ts); `tokenize` gives the same tokens as objects.
 */
import { isAscii, isAsciiAlnum } from "./chars";
import { NUMBER, PUNCT, TokenTable, Vocabulary, WORD } from "./tokens";

export type TokenType = "word" | "number" | "punct";

export type Token = {
  type: TokenType;
  /** Raw text, exactly as printed. */
  text: string;
  /** UTF-16 offsets into the string given to `tokenize`. */
  start: number;
  end: number;
  /** Comparison key: equal keys mean the same word or mark, up to typography. */
  key: string;
};

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const COMBINING_MARKS = /\p{M}/gu;
const DASH_KEYS = new Set(["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\u2E3A", "\u2E3B", "--"]);
const DOUBLE_QUOTE_KEYS = new Set(['"', "\u201C", "\u201D", "\u201E", "\u201F", "\u00AB", "\u00BB", "\u2033", "\u301D", "\u301E", "\uFF02"]);
const SINGLE_QUOTE_KEYS = new Set(["'", "\u2018", "\u2019", "\u201A", "\u201B", "\u2039", "\u203A", "\u2032"]);
/** Symbols that stand for a word ("&" for "and") and so diff as words. */
const WORD_SYMBOLS = new Set(["&", "%", "+", "@", "#", "$", "€", "£", "¥"]);

function isWordCodeUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiAlnum(c);
  // Curly quotes, dashes and other general punctuation are the commonest non-ASCII characters
  // in news copy: answer for them without the Unicode property test.
  if ((c >= 0x2000 && c <= 0x206f) || (c >= 0xa0 && c <= 0xbf) || (c >= 0x3000 && c <= 0x303f)) return false;
  const cp = text.codePointAt(i) ?? c;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/** ' ’ ʼ ‘: apostrophes that join a word (it's). A comparison, not a set: asked after every word. */
function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc || c === 0x2018;
}

/** - ‐ ‑: hyphens that join a word (single-handedly). */
function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

/** Classes of ASCII code units for the tokenizer's inner loop: one table read per character. */
const OTHER = 0;
const SPACE = 1;
const LOWER_OR_DIGIT = 2;
const UPPER = 3;
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) =>
  c === 32 || (c >= 9 && c <= 13) ? SPACE : (c >= 48 && c <= 57) || (c >= 97 && c <= 122) ? LOWER_OR_DIGIT : c >= 65 && c <= 90 ? UPPER : OTHER,
);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f ||
    c === 0x200b || c === 0xfeff || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 11 || c === 12;
}

/** Length of the code point starting at i (2 for an astral character). */
function cpLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

function wordKey(raw: string): string {
  let key = "";
  for (const ch of raw) {
    const c = ch.charCodeAt(0);
    if (isApostrophe(c)) key += "'";
    else if (!isHyphen(c)) key += ch;
  }
  // Compatibility forms (𝐁, ﬁ) and diacritics fold only for non-ASCII words; keeps the hot path cheap.
  if (!isAscii(key)) key = key.normalize("NFKD").replace(COMBINING_MARKS, "").normalize("NFC");
  return key.toLowerCase();
}

/** The comparison key of one punctuation token. */
export function punctKey(raw: string): string {
  if (DASH_KEYS.has(raw)) return "-";
  if (DOUBLE_QUOTE_KEYS.has(raw)) return '"';
  if (SINGLE_QUOTE_KEYS.has(raw)) return "'";
  if (raw === "\u2026" || raw === "...") return "...";
  return raw.normalize("NFKC");
}

/** ASCII marks' keys and which ASCII symbols stand for words, read once from punctKey and WORD_SYMBOLS. */
const ASCII_PUNCT_KEY = Array.from({ length: 128 }, (_, c) => punctKey(String.fromCharCode(c)));
const ASCII_WORD_SYMBOL = Array.from({ length: 128 }, (_, c) => WORD_SYMBOLS.has(String.fromCharCode(c)));

/** Tokens per code unit a table is first sized for (news copy has about 0.2); it grows if needed. */
const TOKENS_PER_CODE_UNIT = 0.25;

/**
 * The tokens of `text.slice(start, end)` as a table whose keys are interned in `vocab`;
 * whitespace separates tokens and is dropped. Offsets are into `text`. Never fails; an
 * all-space range gives an empty table. A key that is the token's own ASCII text, or its lower
 * case, is looked up in place, so a word seen before costs no allocation.
 */
export function scan(text: string, vocab: Vocabulary, start = 0, end = text.length): TokenTable {
  const table = new TokenTable(text, vocab, Math.ceil((end - start) * TOKENS_PER_CODE_UNIT));
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? (ASCII_CLASS[c] as number) : OTHER;
    if (cls === SPACE || (c >= 128 && isSpace(c))) {
      i++;
      continue;
    }
    if (cls >= LOWER_OR_DIGIT || (c >= 128 && isWordCodeUnit(text, i))) {
      const from = i;
      const numeric = isDigit(c);
      // ASCII letters and digits only: the key is just the lower-cased text (the common case).
      let simple = c < 128;
      // An ASCII upper-case letter or a comma seen: the key is not the raw text itself.
      let folds = cls === UPPER;
      i += cpLength(text, i);
      while (i < end) {
        const d = text.charCodeAt(i);
        // Lower-case ASCII letters, most of any text, continue a word and a space ends it: both
        // answered before the table and the joiner tests.
        if (d >= 97 && d <= 122) {
          i++;
          continue;
        }
        if (d === 32) break;
        if (d < 128) {
          const k = ASCII_CLASS[d] as number;
          if (k >= LOWER_OR_DIGIT) {
            if (k === UPPER) folds = true;
            i++;
            continue;
          }
        } else if (isWordCodeUnit(text, i)) {
          simple = false;
          i += d >= 0xd800 && d <= 0xdbff ? cpLength(text, i) : 1;
          continue;
        }
        // Apostrophes and hyphens join words (it's, single-handedly); , and . join digits (2,000 / 5.7).
        if ((isApostrophe(d) || isHyphen(d)) && i + 1 < end && isWordCodeUnit(text, i + 1)) {
          simple = false;
          i++;
          continue;
        }
        if (numeric && (d === 44 || d === 46) && i + 1 < end && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i - 1))) {
          if (d === 44) folds = true;
          i++;
          continue;
        }
        break;
      }
      if (numeric) table.push(NUMBER, from, i, simple && !folds ? vocab.idOfRange(text, from, i, false) : vocab.idOf(text.slice(from, i).replaceAll(",", "").toLowerCase()));
      else table.push(WORD, from, i, simple ? vocab.idOfRange(text, from, i, folds) : vocab.idOf(wordKey(text.slice(from, i))));
      continue;
    }
    const from = i;
    // Runs that read as one mark: "..." and "--".
    if (c === 46 && text.startsWith("...", i) && i + 3 <= end) i += 3;
    else if (c === 45 && text.startsWith("--", i) && i + 2 <= end) i += 2;
    else i += cpLength(text, i);
    if (c < 128) {
      if (ASCII_WORD_SYMBOL[c]) table.push(WORD, from, i, vocab.idOfRange(text, from, i, false));
      // "..." and "--" are the only ASCII marks longer than one character.
      else if (i - from > 1) table.push(PUNCT, from, i, vocab.idOf(punctKey(text.slice(from, i))));
      else {
        let id = vocab.asciiPunct[c] as number;
        if (id === -1) vocab.asciiPunct[c] = id = vocab.idOf(ASCII_PUNCT_KEY[c] as string);
        table.push(PUNCT, from, i, id);
      }
      continue;
    }
    const raw = text.slice(from, i);
    if (WORD_SYMBOLS.has(raw)) table.push(WORD, from, i, vocab.idOf(raw));
    else table.push(PUNCT, from, i, vocab.idOf(punctKey(raw)));
  }
  return table;
}

/**
 * Splits `text.slice(start, end)` into tokens; whitespace separates tokens and is dropped.
 * Offsets in the result are into `text`. Never fails; an all-space range gives [].
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  return scan(text, new Vocabulary(), start, end).tokens();
}

/** The number of word and number tokens in a range. */
export function countWords(tokens: readonly Token[]): number {
  let n = 0;
  for (const t of tokens) if (t.type !== "punct") n++;
  return n;
}
