/**
 * The character references imported text still carries (JSON-LD strings, Markdown): the five
 * XML names, &nbsp; and numeric references; anything else is left as written. Not server-only:
 * the extraction benchmark reaches it through metadata.ts.
 */
const ENTITY = /&(#\d{1,7}|#x[\da-f]{1,6}|amp|lt|gt|quot|apos|nbsp);/gi;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (!lower.startsWith("#")) return NAMED[lower] ?? whole;
    const code = lower.startsWith("#x") ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
