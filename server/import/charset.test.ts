import { describe, expect, it } from "vitest";
import { decodeDocument, encodingName, headerCharset, metaCharset } from "./charset";

const bytes = (...parts: Array<string | number[]>) => Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : p)));
// “Café” in windows-1252: curly quotes are 0x93 and 0x94, é is 0xE9.
const CAFE_1252 = [0x93, 0x43, 0x61, 0x66, 0xe9, 0x94];

describe("choosing and applying a page's character set", () => {
  it("reads the charset parameter of a Content-Type header", () => {
    expect(headerCharset("text/html; charset=ISO-8859-1")).toBe("ISO-8859-1");
    expect(headerCharset('text/html;charset="utf-8"')).toBe("utf-8");
    expect(headerCharset("text/html")).toBeNull();
    expect(headerCharset(null)).toBeNull();
  });

  it("finds <meta charset> and the http-equiv form in the first 1024 bytes only", () => {
    expect(metaCharset(bytes('<html><head><meta charset="windows-1252">'))).toBe("windows-1252");
    expect(metaCharset(bytes("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=Shift_JIS'>"))).toBe("shift_jis");
    expect(metaCharset(bytes('<meta name="viewport" content="width=device-width"><meta charset = utf-8 >'))).toBe("utf-8");
    expect(metaCharset(bytes(`<html>${" ".repeat(1100)}<meta charset="windows-1252">`))).toBeNull();
  });

  it("names encodings as the WHATWG does, and refuses unknown labels", () => {
    expect(encodingName("latin1")).toBe("windows-1252");
    expect(encodingName("ISO-8859-1")).toBe("windows-1252");
    expect(encodingName("x-no-such-charset")).toBeNull();
  });

  it("decodes windows-1252 curly quotes declared in the header (not as C1 controls)", () => {
    const out = decodeDocument(bytes(CAFE_1252), "text/html; charset=windows-1252", { html: true });
    expect(out).toEqual({ text: "“Café”", charset: "windows-1252", warnings: [] });
  });

  it("decodes iso-8859-1 declared in a meta tag as windows-1252, as browsers do", () => {
    const out = decodeDocument(bytes('<meta charset="iso-8859-1"><p>', CAFE_1252), "text/html", { html: true });
    expect(out.text).toBe('<meta charset="iso-8859-1"><p>“Café”');
    expect(out.charset).toBe("windows-1252");
  });

  it("lets the header win over a meta tag, and a byte-order mark win over both", () => {
    const page = bytes('<meta charset="windows-1252">', [0xc3, 0xa9]);
    expect(decodeDocument(page, "text/html; charset=utf-8", { html: true }).text).toBe('<meta charset="windows-1252">é');
    expect(decodeDocument(bytes([0xef, 0xbb, 0xbf], "<p>", [0xc3, 0xa9]), "text/html; charset=windows-1252", { html: true })).toMatchObject({ text: "<p>é", charset: "utf-8" });
  });

  it("reads undeclared UTF-8 as UTF-8, and undeclared non-UTF-8 bytes as windows-1252 with a warning", () => {
    expect(decodeDocument(bytes("<p>", [0xe2, 0x80, 0x9c], "x"), "text/html", { html: true })).toEqual({ text: "<p>“x", charset: "utf-8", warnings: [] });
    const legacy = decodeDocument(bytes("<p>", CAFE_1252), "text/html", { html: true });
    expect(legacy.text).toBe("<p>“Café”");
    expect(legacy.charset).toBe("windows-1252");
    expect(legacy.warnings[0]).toMatch(/no character set/);
  });

  it("warns when bytes are not valid in the declared charset", () => {
    const out = decodeDocument(bytes("<p>", CAFE_1252), "text/html; charset=utf-8", { html: true });
    expect(out.text).toContain("\uFFFD");
    expect(out.warnings[0]).toMatch(/not valid utf-8/);
  });

  it("ignores an unknown declared charset with a warning", () => {
    const out = decodeDocument(bytes("<p>ok"), "text/html; charset=x-klingon", { html: true });
    expect(out).toMatchObject({ text: "<p>ok", charset: "utf-8" });
    expect(out.warnings[0]).toMatch(/unknown character set/);
  });

  it("does not prescan plain text for meta tags", () => {
    expect(decodeDocument(bytes('<meta charset="windows-1252">', [0xc3, 0xa9]), "text/plain", { html: false }).text).toBe('<meta charset="windows-1252">é');
  });
});
