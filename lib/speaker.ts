/**
 * Noun phrases around reporting verbs and what they refer to: a pronoun to the person last
 * named with a fitting gender, a surname to the full name, a description ("the first lady",
 * "the Fox News host") to the person that title or description was given to.
 */
import { lowerBoundBy } from "./bisect";
import { PRONOUNS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS, TITLES, VERB_ADVERBS } from "./lexicon";
import { isCapitalised, isLowerCaseWord, looksLikePersonName, lowerName, namePart, personNamed, type Cast, type Gender, type Person, type Mention } from "./people";
import type { Range } from "./segment";
import type { TokenTable } from "./tokens";

export type Np = { start: number; end: number; from: number; to: number; kind: "pronoun" | "name" | "description" };

export type Context = {
  text: string;
  tokens: TokenTable;
  isQuoted: (k: number) => boolean;
  cast: Cast;
  /** People credited with earlier quotes, in text order. */
  speakers: Mention[];
  paras: readonly Range[];
};

/** Paragraphs back that a pronoun looks for its antecedent before widening the search. */
const PRONOUN_WINDOW_PARAGRAPHS = 2;
/** Tokens between two commas that can still be an appositive ("Beck, an outspoken critic of the president, said"). */
const MAX_APPOSITIVE_TOKENS = 25;
/** Tokens a description may span ("the former F.B.I. director"). */
const MAX_DESCRIPTION_TOKENS = 6;

const DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "one", "this", "that"]);
const CONJUNCTIONS = new Set(["and", "but", "or", "then", "while", "as"]);
const CONNECTORS = new Set(["of", "and", "&", "for"]);
const INTRODUCERS = new Set([
  "to", "in", "on", "at", "last", "after", "before", "when", "as", "during", "throughout", "shortly", "since", "while",
  "although", "though", "if", "despite", "with", "without", "for", "by", "from", "over", "under", "until", "among",
  "early", "earlier", "later", "following", "amid", "according", "speaking", "asked",
]);
const LINKERS = new Set(["but", "and", "so", "yet", "still", "moreover", "however", "meanwhile", "also", "now", "then", "instead"]);
const DASHES = new Set(["\u2014", "\u2015", "\u2013", "-", "--"]);

/** Token k exists and stands outside quotations. */
function open(ctx: Context, k: number): boolean {
  return ctx.tokens.has(k) && !ctx.isQuoted(k);
}

/** Token k stands outside quotations and is a capitalised word. */
function capital(ctx: Context, k: number): boolean {
  return !ctx.isQuoted(k) && isCapitalised(ctx.tokens, k);
}

/** Token k stands outside quotations and is a lower-case word. */
function isLowerWord(ctx: Context, k: number): boolean {
  const tokens = ctx.tokens;
  return open(ctx, k) && tokens.isWord(k) && isLowerCaseWord(tokens.text, tokens.start(k), tokens.end(k));
}

/**
 * Whether token k is printed as one of `words`, each its own key (lower-case ASCII words and
 * marks): the key is looked up and the print checked in place, without slicing it out.
 */
function printedIn(tokens: TokenTable, k: number, words: ReadonlySet<string>): boolean {
  if (!tokens.has(k)) return false;
  const key = tokens.key(k);
  return words.has(key) && tokens.is(k, key);
}

function np(ctx: Context, from: number, to: number, kind: Np["kind"]): Np {
  return { from, to, kind, start: ctx.tokens.start(from), end: ctx.tokens.end(to - 1) };
}

/** Start of a capitalised run ending at k (inclusive), walking back over initials and connectors. */
function runStart(ctx: Context, k: number, floor: number): number {
  const tokens = ctx.tokens;
  let j = k;
  while (j - 1 >= floor && open(ctx, j - 1)) {
    if (capital(ctx, j - 1) || (tokens.is(j - 1, ".") && capital(ctx, j - 2))) j--;
    else if (printedIn(tokens, j - 1, CONNECTORS) && capital(ctx, j - 2)) j--;
    else break;
  }
  return j;
}

/** Widens [from, to) back over "the commentator" in "the commentator Ann Coulter". */
function withDescriptors(ctx: Context, from: number, floor: number): number {
  for (let j = from - 1; j >= floor && from - j <= 3; j--) {
    if (!open(ctx, j) || !ctx.tokens.isWord(j)) return from;
    if (DETERMINERS.has(ctx.tokens.key(j)) && j < from - 1) return j;
    if (!isLowerWord(ctx, j) && !capital(ctx, j)) return from;
  }
  return from;
}

/**
 * The phrase that ends right before token k (the verb): a pronoun, a name, or a description.
 * "clause-subject" when a conjunction or an unmatched comma means the subject is further back.
 */
export function npBefore(ctx: Context, k: number, floor: number): Np | "clause-subject" | null {
  const tokens = ctx.tokens;
  let j = k - 1;
  for (let skipped = 0; j >= floor && skipped < 4 && isLowerWord(ctx, j) && VERB_ADVERBS.has(tokens.key(j)); skipped++) j--;
  if (!open(ctx, j) || j < floor) return null;
  if (tokens.is(j, ",")) {
    let c = j - 1;
    while (c >= floor && j - c <= MAX_APPOSITIVE_TOKENS && open(ctx, c) && !tokens.is(c, ",")) c--;
    if (c < floor || !open(ctx, c) || !tokens.is(c, ",")) return "clause-subject";
    // "The mayor, Lena Brandt, said": a person's name in apposition names the speaker better
    // than the description before it ("Beck, an outspoken critic, said" keeps "Beck").
    const inner = npEndingAt(ctx, j - 1, c + 1);
    if (inner && isPersonNp(ctx, inner) && inner.from === c + 1) return inner;
    return npEndingAt(ctx, c - 1, floor);
  }
  if (tokens.isWord(j) && CONJUNCTIONS.has(tokens.key(j))) return "clause-subject";
  return npEndingAt(ctx, j, floor);
}

function npEndingAt(ctx: Context, j: number, floor: number): Np | null {
  const tokens = ctx.tokens;
  if (!open(ctx, j) || j < floor || !tokens.isWord(j)) return null;
  if (PRONOUNS.has(tokens.key(j))) return np(ctx, j, j + 1, "pronoun");
  if (isCapitalised(tokens, j)) {
    const start = runStart(ctx, j, floor);
    return np(ctx, withDescriptors(ctx, start, floor), j + 1, "name");
  }
  if (!isLowerWord(ctx, j)) return null;
  for (let d = j - 1; d >= floor && j - d < MAX_DESCRIPTION_TOKENS; d--) {
    if (!open(ctx, d) || !tokens.isWord(d)) return null;
    if (DETERMINERS.has(tokens.key(d))) return np(ctx, d, j + 1, "description");
  }
  return null;
}

/**
 * Token j (outside quotations) after token j - 1: a period after an initial or a title ("James
 * B. Comey", "Sen. Hale"), or "of"/"and" inside an organisation's name.
 */
function joinsRun(ctx: Context, j: number): boolean {
  const tokens = ctx.tokens;
  if (!open(ctx, j) || !tokens.has(j - 1)) return false;
  if (tokens.is(j, ".")) return tokens.size(j - 1) === 1 || TITLE_ABBREVIATIONS.has(tokens.key(j - 1));
  return printedIn(tokens, j, CONNECTORS);
}

/** The phrase starting at token k: "Senator Lisa Murkowski" in "said Senator Lisa Murkowski of Alaska". */
export function npAfter(ctx: Context, k: number, limit: number): Np | null {
  const tokens = ctx.tokens;
  let j = k;
  if (!open(ctx, j) || j >= limit || !tokens.isWord(j)) return null;
  const key = tokens.key(j);
  if (PRONOUNS.has(key)) return np(ctx, j, j + 1, "pronoun");
  const from = j;
  // Lower-case words lead a phrase only after a determiner: "the letter", not "on Twitter".
  if (isLowerWord(ctx, j) && !DETERMINERS.has(key) && key !== "former") return null;
  while (j < limit && j - from < MAX_DESCRIPTION_TOKENS && isLowerWord(ctx, j) && !PRONOUNS.has(tokens.key(j))) j++;
  if (j < limit && capital(ctx, j)) {
    while (j < limit && (capital(ctx, j) || (joinsRun(ctx, j) && capital(ctx, j + 1)))) j++;
    return np(ctx, from, j, "name");
  }
  if (j > from && DETERMINERS.has(tokens.key(from))) {
    // "said the board's chair, Priya Natarajan": the person named in apposition is the speaker.
    if (open(ctx, j) && tokens.is(j, ",") && capital(ctx, j + 1)) {
      const name = npAfter(ctx, j + 1, limit);
      if (name && isPersonNp(ctx, name) && (name.to >= limit || (open(ctx, name.to) && tokens.type(name.to) === "punct"))) return name;
    }
    return np(ctx, from, j, "description");
  }
  return null;
}

/** A name phrase whose capitalised words look like a person's name ("Priya Natarajan", not "Tuesday"). */
function isPersonNp(ctx: Context, phrase: Np): boolean {
  if (phrase.kind !== "name") return false;
  const all: number[] = [];
  for (let k = phrase.from; k < phrase.to; k++) all.push(k);
  const name = nameOf(ctx.tokens, stripTitles(ctx.tokens, capitalised(ctx.tokens, all)));
  return looksLikePersonName(name.printed, name.lower);
}

/** The first noun phrase of a sentence, after a dateline and an introductory phrase. */
export function firstNp(ctx: Context, from: number, to: number): Np | null {
  const tokens = ctx.tokens;
  let j = from;
  if (open(ctx, j) && tokens.size(j) > 1) {
    const first = tokens.raw(j);
    if (first === first.toUpperCase() && open(ctx, j + 1) && DASHES.has(tokens.raw(j + 1))) j += 2;
  }
  if (open(ctx, j) && INTRODUCERS.has(tokens.key(j))) {
    let c = j;
    while (c < to && open(ctx, c) && !tokens.is(c, ",")) c++;
    if (c < to) j = c + 1;
  }
  while (j < to && open(ctx, j) && LINKERS.has(tokens.key(j))) j++;
  for (let scanned = 0; j < to && scanned < 8; j++, scanned++) {
    if (!open(ctx, j)) return null;
    if (!tokens.isWord(j)) continue;
    const key = tokens.key(j);
    if (PRONOUNS.has(key)) return np(ctx, j, j + 1, "pronoun");
    if (isCapitalised(tokens, j) && !SENTENCE_STARTERS.has(key)) return npAfter(ctx, j, to);
    if (DETERMINERS.has(key)) return npAfter(ctx, j, to);
  }
  return null;
}

function paragraphAt(paras: readonly Range[], pos: number): number {
  let lo = 0;
  let hi = paras.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((paras[mid] as Range).start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Mentions and earlier speakers before `at`, most recent first: each call gives the next, then null. */
function recent(ctx: Context, at: number): () => Mention | null {
  const a = ctx.cast.mentions;
  const b = ctx.speakers;
  let i = lastBefore(a, at);
  let j = lastBefore(b, at);
  return () => {
    const ma = a[i];
    const mb = b[j];
    if (ma && (!mb || ma.at >= mb.at)) {
      i--;
      return ma;
    }
    if (mb) {
      j--;
      return mb;
    }
    return null;
  };
}

function lastBefore(list: readonly Mention[], at: number): number {
  return lowerBoundBy(list, at, (m) => m.at) - 1;
}

/**
 * The person a "he" or "she" stands for: the most recent fitting person named at the head of a
 * sentence in the pronoun's own paragraph; else, within a few paragraphs, the most recent person known to be of that
 * gender, then one of unknown gender (whose gender is then learnt).
 */
export function resolvePronoun(ctx: Context, at: number, gender: Gender): Person | null {
  const paragraph = paragraphAt(ctx.paras, at);
  const paragraphStart = (ctx.paras[paragraph] as Range | undefined)?.start ?? 0;
  const floor = (ctx.paras[Math.max(0, paragraph - PRONOUN_WINDOW_PARAGRAPHS)] as Range | undefined)?.start ?? 0;
  let unknownSubject: Person | null = null;
  let unknown: Person | null = null;
  let beyond: Person | null = null;
  let seen = 0;
  const next = recent(ctx, at);
  for (let m = next(); m; m = next()) {
    const p = ctx.cast.people[m.person] as Person;
    const fits = p.gender === gender || p.gender === null;
    if (m.at >= paragraphStart && fits && m.subject) return learn(p, gender);
    if (m.at < floor) {
      if (fits) beyond ??= p;
      if (beyond || ++seen > 200) break;
      continue;
    }
    if (p.gender === gender) return p;
    if (p.gender === null && m.subject) unknownSubject ??= p;
    if (p.gender === null) unknown ??= p;
  }
  const chosen = unknownSubject ?? unknown ?? beyond;
  return chosen ? learn(chosen, gender) : null;
}

function learn(p: Person, gender: Gender): Person {
  p.gender ??= gender;
  return p;
}

function byHead(ctx: Context, head: string, twoWords: string, at: number): Person | null {
  if (!ctx.cast.heads.has(twoWords) && !ctx.cast.heads.has(head)) return null;
  let seen = 0;
  const next = recent(ctx, at);
  for (let m = next(); m; m = next()) {
    const p = ctx.cast.people[m.person] as Person;
    if (p.heads.has(twoWords) || p.heads.has(head)) return p;
    if (++seen > 300) break;
  }
  return null;
}

/**
 * What a noun phrase refers to: a person of the cast, or the phrase itself when it names an
 * organisation or a thing that speaks ("the letter"); null for "they", "I", "we".
 */
export function resolveNp(ctx: Context, phrase: Np, at: number): Person | string | null {
  const tokens = ctx.tokens;
  const words: number[] = [];
  for (let k = phrase.from; k < phrase.to; k++) if (tokens.isWord(k)) words.push(k);
  const last = words[words.length - 1];
  if (last === undefined) return null;
  if (phrase.kind === "pronoun") {
    const g = PRONOUNS.get(tokens.key(last));
    // Resolve from where the pronoun stands, not the quote: "she wrote, telling Putin that …".
    return g === "m" || g === "f" ? resolvePronoun(ctx, Math.min(at, phrase.start), g) : null;
  }
  if (phrase.kind === "description") return byHead(ctx, namePart(tokens.key(last)), lastLowerTwo(tokens, words), at) ?? ctx.text.slice(phrase.start, phrase.end);
  // "Senator Tom Hale of Ohio": the person is the name before the connector.
  let cut = 1;
  while (cut < words.length && !printedIn(tokens, words[cut] as number, CONNECTORS)) cut++;
  if (cut < words.length) {
    const name = nameOf(tokens, stripTitles(tokens, capitalised(tokens, words.slice(0, cut))));
    if (looksLikePersonName(name.printed, name.lower)) return findPerson(ctx, name.lower) ?? name.printed.join(" ");
  }
  const caps = capitalised(tokens, words);
  const name = nameOf(tokens, stripTitles(tokens, caps));
  if (looksLikePersonName(name.printed, name.lower)) return findPerson(ctx, name.lower) ?? name.printed.join(" ");
  if (name.printed.length === 0 && caps.length > 0) {
    const lower = caps.map((k) => lowerName(tokens, k));
    return byHead(ctx, lower[lower.length - 1] as string, lower.slice(-2).join(" "), at);
  }
  return ctx.text.slice(tokens.start(words[0] as number), tokens.end(last)).replace(/^the\s/i, "");
}

/** The capitalised words among the tokens `words` (indices). */
function capitalised(tokens: TokenTable, words: readonly number[]): number[] {
  return words.filter((k) => isCapitalised(tokens, k));
}

/** A name's words as printed and lower-cased, possessives stripped. */
function nameOf(tokens: TokenTable, words: readonly number[]): { printed: string[]; lower: string[] } {
  return { printed: words.map((k) => namePart(tokens.raw(k))), lower: words.map((k) => lowerName(tokens, k)) };
}

/** The keys of the last two words that are not capitalised, joined: "first lady". */
function lastLowerTwo(tokens: TokenTable, words: readonly number[]): string {
  let two = "";
  let found = 0;
  for (let i = words.length - 1; i >= 0 && found < 2; i--) {
    const k = words[i] as number;
    if (isCapitalised(tokens, k)) continue;
    two = found === 0 ? tokens.key(k) : `${tokens.key(k)} ${two}`;
    found++;
  }
  return two;
}

/** The words after any leading titles; none when the only word is a title. */
function stripTitles(tokens: TokenTable, words: readonly number[]): number[] {
  let first = 0;
  while (words.length - first > 1 && isTitle(tokens, words[first] as number)) first++;
  if (words.length - first === 1 && isTitle(tokens, words[first] as number)) return [];
  return words.slice(first);
}

function isTitle(tokens: TokenTable, k: number): boolean {
  return TITLE_WORDS.has(lowerName(tokens, k));
}

const TITLE_WORDS: ReadonlySet<string> = new Set([...TITLES.keys(), "first"]);

/** The last person of the cast a name (given lower-cased) fits: among those indexed by its last word, the one added last. */
function findPerson(ctx: Context, name: readonly string[]): Person | null {
  return personNamed(ctx.cast.byName, name, (p) => p.id);
}
