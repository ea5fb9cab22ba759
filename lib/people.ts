/**
 * The cast of an article: every person named in the reporter's text (never inside quotes),
 * with the titles and descriptions that refer to them, so that "Trump", "Mr. Trump",
 * "the president" and "he" can all be resolved to one canonical name per article.
 */
import { hasDigit, isAscii, isPlainApostrophe } from "./chars";
import { NON_PERSON_WORDS, SENTENCE_STARTERS, SPEECH_VERBS, TITLE_ABBREVIATIONS, TITLES } from "./lexicon";
import type { TokenTable } from "./tokens";

export type Gender = "m" | "f";

export type Person = {
  id: number;
  /** Longest name seen, without titles ("Melania Trump"). */
  canonical: string;
  first: string | null;
  surname: string;
  gender: Gender | null;
  /** Lower-case titles and descriptions that can stand for the person ("president", "host"). */
  heads: Set<string>;
};

/** `subject`: the name opens its sentence, where the person is likely the one acting. */
export type Mention = { at: number; person: number; subject?: boolean };

export type Cast = {
  people: Person[];
  /** Mentions by name in text order. */
  mentions: Mention[];
  /** Every person's heads together: a description none of them has names nobody. */
  heads: ReadonlySet<string>;
  /** People by lower-case surname and by lower-case first name. */
  byName: ReadonlyMap<string, readonly Person[]>;
};

const PARTICLES = new Set(["de", "van", "von", "der", "bin", "al", "da", "di", "la", "le", "du", "del", "ben"]);

/** Token k is a word whose first code unit is a capital; false when there is no token k. */
export function isCapitalised(tokens: TokenTable, k: number): boolean {
  if (!tokens.isWord(k)) return false;
  // Asked of every token of the article: ASCII answers without case mapping.
  const c = tokens.firstCode(k);
  if (c < 128) return c >= 65 && c <= 90;
  const first = String.fromCharCode(c);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/**
 * Whether `text.slice(from, to)` has no capital (`word === word.toLowerCase()`) and, when
 * `lowerLetter` is asked for, a lower-case letter too (`word !== word.toUpperCase()`). ASCII
 * answers without case mapping or slicing.
 */
function lowerCase(text: string, from: number, to: number, lowerLetter: boolean): boolean {
  let lower = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      const word = text.slice(from, to);
      return word === word.toLowerCase() && (!lowerLetter || word !== word.toUpperCase());
    }
    if (c >= 65 && c <= 90) return false;
    if (c >= 97 && c <= 122) lower = true;
  }
  return lower || !lowerLetter;
}

/** Whether `text.slice(from, to)` has a lower-case letter and no capital (`word === lower && word !== upper`). */
export function isLowerCaseWord(text: string, from = 0, to = text.length): boolean {
  return lowerCase(text, from, to, true);
}

/** Whether token k is printed without a capital (`text === text.toLowerCase()`). */
function hasNoCapital(tokens: TokenTable, k: number): boolean {
  return lowerCase(tokens.text, tokens.start(k), tokens.end(k), false);
}

function isAllCaps(text: string): boolean {
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return text.length > 1 && text === text.toUpperCase() && text !== text.toLowerCase();
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return text.length > 1 && upper;
}

/** Strips a possessive ending: "Beck's" → "Beck". */
export function namePart(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  if (last !== 115 && last !== 83 && last !== 39 && last !== 0x2019) return text;
  // 's or ’s, then a lone ' or ’: /['’]s$/i and then /['’]$/, without the patterns.
  let end = text.length;
  if ((last === 115 || last === 83) && isPlainApostrophe(text.charCodeAt(end - 2))) end -= 2;
  if (isPlainApostrophe(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Token indices [from, to) of a run of capitalised words starting at i (with initials and title periods). */
export function nameRun(tokens: TokenTable, i: number, limit: number, quoted: (k: number) => boolean): number {
  let j = i;
  while (j < limit && !quoted(j)) {
    if (isCapitalised(tokens, j)) {
      j++;
      continue;
    }
    if (j > i && tokens.is(j, ".") && (tokens.size(j - 1) === 1 || TITLE_ABBREVIATIONS.has(tokens.key(j - 1))) && isCapitalised(tokens, j + 1)) {
      j++;
      continue;
    }
    if (j > i && tokens.isWord(j) && isCapitalised(tokens, j + 1) && PARTICLES.has(tokens.raw(j))) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/**
 * `name` keeps the words as printed (possessives stripped), `lower` the same words lower-cased.
 * `gerund`: the run opened with a participle ("Saying President Obama"), so the name is its object.
 */
type Parsed = { titles: string[]; name: string[]; lower: string[]; gerund?: boolean };

/** A capitalised participle opening a run: "Attacking", "Saying". */
const PARTICIPLE = /^\p{Lu}\p{Ll}{2,}ing$/u;

/**
 * `namePart` of token k's text, lower-cased. A plain ASCII word of the key's length has for key
 * exactly its lower case (no hyphen dropped, nothing folded), so the key serves without a new string.
 */
export function lowerName(tokens: TokenTable, k: number): string {
  const key = tokens.key(k);
  if (key.length === tokens.size(k) && isAscii(tokens.text, tokens.start(k), tokens.end(k))) return namePart(key);
  return namePart(tokens.raw(k)).toLowerCase();
}

/** Splits a run into leading titles and the name proper; drops sentence-start words. */
export function parseRun(tokens: TokenTable, from: number, to: number): Parsed {
  const words: string[] = [];
  const lower: string[] = [];
  for (let k = from; k < to && k < tokens.length; k++) {
    if (!tokens.isWord(k)) continue;
    words.push(namePart(tokens.raw(k)));
    lower.push(lowerName(tokens, k));
  }
  // Sentence-initial words and participles ("Attacking Hillary Clinton", "Saying President
  // Obama") are not part of the name. `first` is the first word kept.
  let first = 0;
  let gerund = false;
  while (words.length - first > 1 && (SENTENCE_STARTERS.has(lower[first] as string) || isParticiple(words[first] as string))) {
    gerund ||= (words[first] as string).endsWith("ing");
    first++;
  }
  if (words.length - first === 1 && SENTENCE_STARTERS.has(lower[first] as string)) first++;
  let lastTitle = first - 1;
  for (let k = first; k < words.length - 1; k++) if (TITLES.has(lower[k] as string)) lastTitle = k;
  // Most runs are a bare name: its lists serve as they are.
  if (lastTitle < 0) return { titles: [], name: words, lower, gerund };
  return { titles: lower.slice(first, lastTitle + 1), name: words.slice(lastTitle + 1), lower: lower.slice(lastTitle + 1), gerund };
}

/** The suffix test first: most words are not participles, and it spares them the pattern. */
function isParticiple(word: string): boolean {
  return word.endsWith("ing") && PARTICIPLE.test(word);
}

/** `lower`: the words lower-cased, when the caller has them. */
export function looksLikePersonName(name: readonly string[], lower: readonly string[]): boolean {
  if (name.length === 0 || name.length > 4) return false;
  for (let k = 0; k < name.length; k++) {
    const w = name[k] as string;
    if (isAllCaps(w) || NON_PERSON_WORDS.has(lower[k] as string) || hasDigit(w)) return false;
  }
  return true;
}

function genderOf(titles: readonly string[]): Gender | null {
  for (const t of titles) {
    const g = TITLES.get(t);
    if (g) return g;
  }
  return null;
}

/** The length of words.join(" "), without joining. */
function joinedLength(words: readonly string[]): number {
  let n = words.length - 1;
  for (const w of words) n += w.length;
  return n;
}

export class CastBuilder {
  readonly people: Person[] = [];
  readonly mentions: Mention[] = [];
  readonly byName = new Map<string, Person[]>();
  private readonly lastSeen: number[] = [];

  readonly heads = new Set<string>();

  private head(p: Person, head: string): void {
    p.heads.add(head);
    this.heads.add(head);
  }

  private index(key: string, p: Person): void {
    const list = this.byName.get(key);
    if (!list) this.byName.set(key, [p]);
    else if (!list.includes(p)) list.push(p);
  }

  /** The person a bare name or surname (given lower-cased) refers to, most recently mentioned first. */
  find(lower: readonly string[]): Person | null {
    return personNamed(this.byName, lower, (p) => this.lastSeen[p.id] ?? -1);
  }

  /** `known`: what find(parsed.lower) answers, when the caller has asked already. */
  add(parsed: Parsed, at: number, descriptor: string | null, subject: boolean, known: Person | null): Person {
    const { titles, name, lower } = parsed;
    let p = known;
    if (!p) {
      p = { id: this.people.length, canonical: name.join(" "), first: null, surname: lower[lower.length - 1] ?? "", gender: null, heads: new Set() };
      this.people.push(p);
      this.index(p.surname, p);
    }
    if (name.length > 1 && p.first === null) {
      p.first = lower[0] as string;
      this.index(p.first, p);
    }
    if (joinedLength(name) > p.canonical.length) p.canonical = name.join(" ");
    for (const t of titles) this.head(p, t);
    if (titles.length > 1) this.head(p, titles.slice(-2).join(" "));
    if (descriptor) this.head(p, descriptor);
    p.gender ??= genderOf(titles);
    this.lastSeen[p.id] = this.mentions.length;
    this.mentions.push({ at, person: p.id, subject });
    return p;
  }
}

/**
 * Of the people a name (lower-cased words) can stand for, the one `rank` puts highest (the first
 * of equals): one word fits anyone with it as surname or first name; several fit the surname,
 * and the first name unless either is unknown.
 */
export function personNamed(byName: ReadonlyMap<string, readonly Person[]>, lower: readonly string[], rank: (p: Person) => number): Person | null {
  const surname = lower[lower.length - 1] ?? "";
  const first = lower.length > 1 ? (lower[0] as string) : null;
  let best: Person | null = null;
  for (const p of byName.get(surname) ?? []) {
    const fits = lower.length === 1 ? p.surname === surname || p.first === surname : p.surname === surname && (first === null || p.first === null || p.first === first);
    if (fits && (!best || rank(p) > rank(best))) best = p;
  }
  return best;
}

/** A reporting verb stands right after the run [i, end) or right before it. */
function isCued(tokens: TokenTable, i: number, end: number): boolean {
  return speechVerbAt(tokens, end) || speechVerbAt(tokens, i - 1);
}

/** "Democrats", "Republicans", "Methodists": a group, not a person. */
function isPlural(word: string): boolean {
  return word.endsWith("ans") || word.endsWith("ats") || word.endsWith("ists");
}

/** The lower-case word before token i ("commentator" in "commentator Ann Coulter"), which may describe the person. */
function descriptorBefore(tokens: TokenTable, i: number, quoted: (k: number) => boolean): string | null {
  return tokens.isWord(i - 1) && !quoted(i - 1) && hasNoCapital(tokens, i - 1) && tokens.size(i - 1) > 2 ? tokens.key(i - 1) : null;
}

function speechVerbAt(tokens: TokenTable, k: number): boolean {
  return tokens.isWord(k) && SPEECH_VERBS.has(tokens.key(k)) && hasNoCapital(tokens, k);
}

/** Whether token i opens a sentence: nothing, a terminal mark, or a line break stands before it. */
function opensSentence(text: string, tokens: TokenTable, i: number): boolean {
  if (i === 0) return true;
  const prev = tokens.key(i - 1);
  if (prev === "." || prev === "!" || prev === "?") return true;
  const start = tokens.start(i);
  for (let k = tokens.end(i - 1); k < start; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/**
 * Finds the people named outside quotations. A lone capitalised word counts as a person only
 * with a title, when it repeats a known name, or when a reporting verb stands beside it.
 */
export function findCast(text: string, tokens: TokenTable, quoted: (k: number) => boolean): Cast {
  const cast = new CastBuilder();
  let i = 0;
  while (i < tokens.length) {
    if (quoted(i) || !isCapitalised(tokens, i)) {
      i++;
      continue;
    }
    const end = nameRun(tokens, i, tokens.length, quoted);
    // The commonest run: one word that only opens a sentence ("The", "But"), which names nobody.
    if (end === i + 1 && SENTENCE_STARTERS.has(lowerName(tokens, i))) {
      i++;
      continue;
    }
    const parsed = parseRun(tokens, i, end);
    if (looksLikePersonName(parsed.name, parsed.lower)) {
      const single = parsed.name.length === 1;
      const titled = parsed.titles.length > 0;
      const known = cast.find(parsed.lower);
      // A lone word with no title is tested further only when needed (most runs are settled sooner).
      if (!single || titled || known !== null || (isCued(tokens, i, end) && !isPlural(parsed.lower[0] ?? ""))) {
        cast.add(parsed, tokens.start(i), single || titled ? null : descriptorBefore(tokens, i, quoted), opensSentence(text, tokens, i) && !parsed.gerund, known);
      }
    }
    i = Math.max(end, i + 1);
  }
  return { people: cast.people, mentions: cast.mentions, heads: cast.heads, byName: cast.byName };
}
