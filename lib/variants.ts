/**
 * Word forms that spell the same word: British and American spelling, compounds written
 * solid, hyphenated or open, contractions, number words, symbols for words, and one-letter
 * typos in long words.
 */
import { hasDigit } from "./chars";

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  thousand: 1000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000, dozen: 12,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, hundredth: 100, thousandth: 1000, half: 0.5,
}));

/*
 * Maps, not object literals: every key of every quote is looked up, and a key such as
 * "constructor" must not find what an object inherits.
 */
const SYMBOLS: ReadonlyMap<string, string> = new Map(Object.entries({ "&": "and", "%": "percent", "+": "plus", "@": "at" }));

const CONTRACTIONS: ReadonlyMap<string, string[]> = new Map(Object.entries({
  "won't": ["will", "not"], "can't": ["can", "not"], "cannot": ["can", "not"], "shan't": ["shall", "not"],
  "ain't": ["am", "not"], "let's": ["let", "us"],
}));

const SUFFIXES: Array<[string, string[]]> = [
  ["n't", ["not"]], ["'re", ["are"]], ["'m", ["am"]], ["'ve", ["have"]], ["'ll", ["will"]], ["'d", ["would"]], ["'s", ["is"]],
];

/** The value of a numeral or number word ("2,000" → 2000, "seven" → 7), or null. */
export function numericValue(key: string): number | null {
  const word = NUMBER_WORDS.get(key);
  if (word !== undefined) return word;
  // Most keys are words without a digit: no number, and nothing to parse.
  if (!hasDigit(key)) return null;
  // "21st", "3rd": an ordinal in figures has the value of its digits.
  const n = Number(key.replaceAll(",", "").replace(/(?<=\d)(?:st|nd|rd|th)$/, ""));
  return Number.isFinite(n) ? n : null;
}

/** Keys with contractions and word symbols spelt out: "it's" → "it is", "&" → "and". */
export function expandContractions(keys: readonly string[]): string[] {
  const out: string[] = [];
  for (const k of keys) {
    const whole = CONTRACTIONS.get(k);
    if (whole) {
      out.push(...whole);
      continue;
    }
    const symbol = SYMBOLS.get(k);
    if (symbol) {
      out.push(symbol);
      continue;
    }
    // Every suffix has an apostrophe: a key without one is a word as it stands.
    const suffix = k.includes("'") ? SUFFIXES.find(([s]) => k.endsWith(s) && k.length > s.length) : undefined;
    if (suffix) out.push(k.slice(0, k.length - suffix[0].length), ...suffix[1]);
    else out.push(k);
  }
  return out;
}

/** Pairs of endings that differ between British and American spelling. */
const ENDINGS: Array<[string, string]> = [
  ["our", "or"], ["ours", "ors"], ["ise", "ize"], ["ised", "ized"], ["ising", "izing"], ["isation", "ization"],
  ["yse", "yze"], ["ysed", "yzed"], ["tre", "ter"], ["tres", "ters"], ["ogue", "og"], ["ence", "ense"],
  ["elled", "eled"], ["elling", "eling"], ["eller", "eler"], ["lled", "led"], ["lling", "ling"],
];

/** `a` ends in `p` and `b` in `q` after the same stem of more than two letters. */
function swapsEnding(a: string, b: string, p: string, q: string): boolean {
  return a.endsWith(p) && b.endsWith(q) && a.slice(0, -p.length) === b.slice(0, -q.length) && a.length > p.length + 2;
}

function britishAmerican(a: string, b: string): boolean {
  for (const [x, y] of ENDINGS) if (swapsEnding(a, b, x, y) || swapsEnding(a, b, y, x)) return true;
  // Inner -our-/-or- ("colourful") and ae/e ("paediatric").
  return a.replace("our", "or") === b.replace("our", "or") && a !== b ? true : a.replace("ae", "e") === b.replace("ae", "e") && a !== b;
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      cur[j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return false;
    const done = prev;
    prev = cur;
    cur = done;
  }
  return (prev[b.length] as number) <= max;
}

/** Shortest word length at which a one-letter difference reads as a typo rather than another word. */
const TYPO_MIN_LENGTH = 7;

/**
 * Whether two word sequences spell the same words: "war-torn"/"war torn", "colour"/"color",
 * "7"/"seven", or a one-letter typo in a long word ("goverment"). Case is handled elsewhere.
 */
export function isSpellingVariant(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if (solid(a) === solid(b)) return true;
  if (a.length !== 1 || b.length !== 1) return false;
  const x = a[0] as string;
  const y = b[0] as string;
  const vx = numericValue(x);
  if (vx !== null && vx === numericValue(y)) return true;
  if (britishAmerican(x, y)) return true;
  return Math.min(x.length, y.length) >= TYPO_MIN_LENGTH && x.slice(-1) === y.slice(-1) && withinEdits(x, y, 1);
}

/** The keys run together without apostrophes and hyphens: "war-torn" and "war torn" both give "wartorn". */
function solid(keys: readonly string[]): string {
  const joined = keys.join("");
  for (let i = 0; i < joined.length; i++) {
    const c = joined.charCodeAt(i);
    // The pattern only for the few keys that have something to drop.
    if (c === 39 || c === 0x2019 || c === 45) return joined.replace(/['\u2019-]/g, "");
  }
  return joined;
}
