/**
 * An article's tokens as columns of typed arrays (offsets, type, key id) rather than one object
 * per token. A 50,000-word article has some 125,000 tokens alive through attribution; as
 * objects with their own strings they filled V8's young generation and the caches, so the time
 * to prepare an article grew faster than its length. Keys are interned in a `Vocabulary` shared
 * by every source of one analysis, so a key id is also the word's id in diffs and alignment.
 */
import type { Token, TokenType } from "./tokenize";

export const WORD = 0;
export const NUMBER = 1;
export const PUNCT = 2;
const TYPE_NAMES: readonly TokenType[] = ["word", "number", "punct"];

/** Starting size of a vocabulary's hash table (a power of two; it doubles at half full). */
const INITIAL_SLOTS = 1024;

function foldAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function mix(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

const SEED = 0x811c9dc5;

/** The hash a vocabulary files a key under (32-bit FNV-1a, without its byte split). */
export function hashKey(key: string): number {
  let h = SEED;
  for (let i = 0; i < key.length; i++) h = mix(h, key.charCodeAt(i));
  return h;
}

/**
 * Steps a lookup probes before it gives up on the table for the overflow map. A run of keys with
 * one hash (which anyone can craft, the hash being fixed) then costs at most this many steps per
 * token instead of the run's length; V8's own string hashing, behind the map, is seeded per process.
 */
const MAX_PROBES = 32;

/**
 * Distinct comparison keys, numbered densely in order of first appearance. A key can be looked up
 * from a range of text without slicing it out, so that a repeated word costs no allocation. Keys
 * sit in an open-addressing table, each within MAX_PROBES steps of its home slot; the rare key
 * that cannot is kept in a Map instead.
 */
export class Vocabulary {
  readonly keys: string[] = [];
  private hashes: number[] = [];
  private slots = new Int32Array(INITIAL_SLOTS).fill(-1);
  private tabled = 0;
  private overflow: Map<string, number> | null = null;
  /** Ids of the one-character ASCII punctuation keys, by character code (-1 until seen). */
  readonly asciiPunct = new Int32Array(128).fill(-1);

  /** The id of `key`, numbering it if new. */
  idOf(key: string): number {
    const h = hashKey(key);
    const mask = this.slots.length - 1;
    let s = h & mask;
    for (let probes = 0; probes <= MAX_PROBES; probes++, s = (s + 1) & mask) {
      const id = this.slots[s] as number;
      if (id === -1) return this.add(s, h, key);
      if (this.hashes[id] === h && this.keys[id] === key) return id;
    }
    return this.add(-1, h, key);
  }

  /**
   * The id of the key `text.slice(from, to)`, lower-cased (ASCII A-Z only) when `lower` is set,
   * numbering it if new. The range must be ASCII when `lower` is set.
   */
  idOfRange(text: string, from: number, to: number, lower: boolean): number {
    let h = SEED;
    if (lower) for (let i = from; i < to; i++) h = mix(h, foldAscii(text.charCodeAt(i)));
    else for (let i = from; i < to; i++) h = mix(h, text.charCodeAt(i));
    const mask = this.slots.length - 1;
    let s = h & mask;
    let probes = 0;
    for (; probes <= MAX_PROBES; probes++, s = (s + 1) & mask) {
      const id = this.slots[s] as number;
      if (id === -1) break;
      if (this.hashes[id] === h && sameKey(this.keys[id] as string, text, from, to, lower)) return id;
    }
    const raw = text.slice(from, to);
    return this.add(probes <= MAX_PROBES ? s : -1, h, lower ? raw.toLowerCase() : raw);
  }

  /** A key the table does not hold: it may be in the overflow map; else it is numbered, into `slot` if there is one. */
  private add(slot: number, hash: number, key: string): number {
    const known = this.overflow?.get(key);
    if (known !== undefined) return known;
    const id = this.keys.length;
    this.keys.push(key);
    this.hashes.push(hash);
    if (slot < 0) {
      (this.overflow ??= new Map()).set(key, id);
      return id;
    }
    this.slots[slot] = id;
    if (2 * ++this.tabled > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    let tabled = 0;
    for (let id = 0; id < this.keys.length; id++) {
      const key = this.keys[id] as string;
      if (this.overflow?.get(key) === id) continue;
      let s = (this.hashes[id] as number) & mask;
      let probes = 0;
      while (slots[s] !== -1 && probes <= MAX_PROBES) {
        s = (s + 1) & mask;
        probes++;
      }
      if (probes > MAX_PROBES) (this.overflow ??= new Map()).set(key, id);
      else {
        slots[s] = id;
        tabled++;
      }
    }
    this.slots = slots;
    this.tabled = tabled;
  }
}

function sameKey(key: string, text: string, from: number, to: number, lower: boolean): boolean {
  if (key.length !== to - from) return false;
  for (let i = 0; i < key.length; i++) {
    const c = text.charCodeAt(from + i);
    if (key.charCodeAt(i) !== (lower ? foldAscii(c) : c)) return false;
  }
  return true;
}

/**
 * The tokens of `text` (or of a range of it), in order. Index k is valid for 0 <= k < length;
 * the accessors that take a possibly missing index say so.
 */
export class TokenTable {
  length = 0;
  starts: Int32Array;
  ends: Int32Array;
  types: Uint8Array;
  /** Key ids in the vocabulary. */
  ids: Int32Array;

  constructor(
    readonly text: string,
    readonly vocab: Vocabulary,
    capacity: number,
  ) {
    const n = Math.max(16, capacity);
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.types = new Uint8Array(n);
    this.ids = new Int32Array(n);
  }

  push(type: number, start: number, end: number, id: number): void {
    if (this.length === this.starts.length) this.reserve(this.length * 2);
    const k = this.length++;
    this.types[k] = type;
    this.starts[k] = start;
    this.ends[k] = end;
    this.ids[k] = id;
  }

  private reserve(n: number): void {
    const grow = <A extends Int32Array | Uint8Array>(a: A, b: A): A => (b.set(a), b);
    this.starts = grow(this.starts, new Int32Array(n));
    this.ends = grow(this.ends, new Int32Array(n));
    this.types = grow(this.types, new Uint8Array(n));
    this.ids = grow(this.ids, new Int32Array(n));
  }

  /** Whether k is a token's index. */
  has(k: number): boolean {
    return k >= 0 && k < this.length;
  }

  type(k: number): TokenType {
    return TYPE_NAMES[this.types[k] as number] as TokenType;
  }

  /** Token k is a word (not a number or a mark); false when there is no token k. */
  isWord(k: number): boolean {
    return k >= 0 && k < this.length && this.types[k] === WORD;
  }

  /** Token k is a word or a number; false when there is no token k. */
  isWordOrNumber(k: number): boolean {
    return k >= 0 && k < this.length && this.types[k] !== PUNCT;
  }

  key(k: number): string {
    return this.vocab.keys[this.ids[k] as number] as string;
  }

  start(k: number): number {
    return this.starts[k] as number;
  }

  end(k: number): number {
    return this.ends[k] as number;
  }

  /** The token's text as printed (a new string: compare with `is` where that will do). */
  raw(k: number): string {
    return this.text.slice(this.starts[k], this.ends[k]);
  }

  /** The length of the token's printed text. */
  size(k: number): number {
    return (this.ends[k] as number) - (this.starts[k] as number);
  }

  /** The first code unit of the token's printed text. */
  firstCode(k: number): number {
    return this.text.charCodeAt(this.starts[k] as number);
  }

  /** Whether token k is printed exactly as `s`; false when there is no token k. */
  is(k: number, s: string): boolean {
    if (!this.has(k)) return false;
    const start = this.starts[k] as number;
    if ((this.ends[k] as number) - start !== s.length) return false;
    for (let i = 0; i < s.length; i++) if (this.text.charCodeAt(start + i) !== s.charCodeAt(i)) return false;
    return true;
  }

  /** Token k as an object. */
  token(k: number): Token {
    return { type: this.type(k), text: this.raw(k), start: this.start(k), end: this.end(k), key: this.key(k) };
  }

  /** Tokens [from, to) as objects. */
  tokens(from = 0, to = this.length): Token[] {
    const out: Token[] = [];
    for (let k = from; k < to; k++) out.push(this.token(k));
    return out;
  }

  /**
   * The index of the first token starting at or after `pos` (length when none does), for
   * positions asked in about ascending order: each answer is walked to from the last.
   * Attribution asks eight per quotation, each near the one before, so a walk of a few tokens
   * beats a search.
   */
  seeker(): (pos: number) => number {
    let k = 0;
    return (pos) => {
      while (k > 0 && (this.starts[k - 1] as number) >= pos) k--;
      while (k < this.length && (this.starts[k] as number) < pos) k++;
      return k;
    };
  }
}
