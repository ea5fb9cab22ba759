/**
 * Bytes of a fetched page to text, the way browsers choose the encoding: a byte-order mark,
 * else the Content-Type charset, else a <meta charset> or http-equiv in the first 1024 bytes,
 * else UTF-8 — and when undeclared bytes are not valid UTF-8, windows-1252, the usual legacy
 * encoding of Western news sites. Pure.
 */

export type DecodedDocument = {
  text: string;
  /** The encoding used, by its WHATWG name ("utf-8", "windows-1252", "shift_jis"). */
  charset: string;
  warnings: string[];
};

/** How far into an HTML document a <meta charset> is looked for (the HTML standard's prescan). */
const PRESCAN_BYTES = 1024;

// WHATWG windows-1252 for 0x80–0x9F (the rest is Latin-1). Node 20's TextDecoder reads
// "windows-1252" as plain Latin-1, turning curly quotes (0x93, 0x94) into C1 controls.
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161,
  0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    units[i] = b >= 0x80 && b < 0xa0 ? (WINDOWS_1252_HIGH[b - 0x80] as number) : b;
  }
  return new TextDecoder("utf-16le").decode(units);
}

/** The WHATWG name of an encoding label ("latin1" → "windows-1252"), or null when unknown. */
export function encodingName(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** The charset parameter of a Content-Type header value, or null. */
export function headerCharset(contentType: string | null): string | null {
  if (!contentType) return null;
  for (const param of contentType.split(";").slice(1)) {
    const [name, value] = param.split("=");
    if (name?.trim().toLowerCase() === "charset" && value) return value.trim().replace(/^["']|["']$/g, "") || null;
  }
  return null;
}

/** The charset a <meta> tag in the first 1024 bytes declares (either form), or null. */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, PRESCAN_BYTES)).toLowerCase();
  for (let at = head.indexOf("<meta"); at !== -1; at = head.indexOf("<meta", at + 5)) {
    const end = head.indexOf(">", at);
    const tag = head.slice(at, end === -1 ? undefined : end);
    const key = tag.indexOf("charset");
    if (key === -1) continue;
    let i = key + "charset".length;
    while (tag[i] === " ") i++;
    if (tag[i] !== "=") continue;
    i++;
    while (tag[i] === " " || tag[i] === '"' || tag[i] === "'") i++;
    const start = i;
    while (i < tag.length && /[\w.:-]/.test(tag[i] as string)) i++;
    if (i > start) return tag.slice(start, i);
  }
  return null;
}

/** The encoding a byte order mark names, or null without one. */
export function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** The text in `charset`, or null when a byte is not valid in it. */
function decodeStrict(bytes: Uint8Array, charset: string): string | null {
  try {
    return new TextDecoder(charset, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeAs(bytes: Uint8Array, charset: string): { text: string; valid: boolean } {
  if (charset === "windows-1252") return { text: decodeWindows1252(bytes), valid: true };
  const text = decodeStrict(bytes, charset);
  return text === null ? { text: new TextDecoder(charset).decode(bytes), valid: false } : { text, valid: true };
}

/**
 * Decodes a page. `contentType` is the response's header value; `html` turns on the <meta>
 * prescan. Never throws: an unknown or wrong declaration falls back, with a warning.
 */
export function decodeDocument(bytes: Uint8Array, contentType: string | null, options: { html: boolean }): DecodedDocument {
  const warnings: string[] = [];
  const bom = bomEncoding(bytes);
  if (bom) return { text: decodeAs(bytes, bom).text, charset: bom, warnings };

  const fromHeader = headerCharset(contentType);
  const fromMeta = options.html && !fromHeader ? metaCharset(bytes) : null;
  const declared = fromHeader ?? fromMeta;
  let charset = declared ? encodingName(declared) : null;
  // A <meta> in bytes already read as ASCII cannot truthfully say UTF-16 (the HTML standard's rule).
  if (charset?.startsWith("utf-16") && !fromHeader) charset = "utf-8";
  if (declared && !charset) warnings.push(`The page declares an unknown character set (“${declared}”), which was ignored.`);

  if (charset) {
    const { text, valid } = decodeAs(bytes, charset);
    if (!valid) warnings.push(`Some bytes are not valid ${charset} as the page declares; they show as �.`);
    return { text, charset, warnings };
  }
  // Strict only: when UTF-8 fails, a lenient second decode would be thrown away.
  const utf8 = decodeStrict(bytes, "utf-8");
  if (utf8 !== null) return { text: utf8, charset: "utf-8", warnings };
  warnings.push("The page declares no character set and is not valid UTF-8; it was read as windows-1252.");
  return { text: decodeWindows1252(bytes), charset: "windows-1252", warnings };
}
