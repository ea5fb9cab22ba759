/**
 * File import on fixtures of every supported type (text ones in test/fixtures/files, binary
 * ones built by its generate.ts), the broken and mislabelled files it must refuse with their
 * status and message, and POST /api/import/file called as Next.js calls it.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as FileRoute from "../../app/api/import/file/route";
import { migratedDatabase, type ScratchDatabase } from "../../test/database";
import { binaryFixtures, DEMO_PARAGRAPHS, DEMO_TITLE, demoPdf, docx, pdf } from "../../test/fixtures/files/generate";
import { AppError, STATUS } from "../errors";
import { importFile, MAX_FILE_BYTES } from "./files";
import { markdownText } from "./markdown";
import { dropRunningLines, pageLines, paragraphsOf, type Line } from "./pdf-layout";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/files/${name}`, import.meta.url)));
const binaries = binaryFixtures();
const binary = (name: string): Uint8Array => {
  const bytes = binaries[name];
  if (!bytes) throw new Error(`no binary fixture ${name}`);
  return bytes;
};
const utf8 = (text: string) => new TextEncoder().encode(text);
const upload = (name: string, bytes: Uint8Array, type = "") => importFile({ name, type, bytes });

/** The AppError an import fails with, as { status, code, message }. */
async function failure(name: string, bytes: Uint8Array, options?: Parameters<typeof importFile>[1]) {
  const error: unknown = await importFile({ name, type: "", bytes }, options).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError for ${name}, got ${String(error)}`);
  return { status: STATUS[error.code], code: error.code, message: error.message };
}

describe("importing each supported type", () => {
  it.each([
    ["article.txt", fixture("article.txt"), "text/plain", null],
    ["article.md", fixture("article.md"), "text/markdown", DEMO_TITLE],
    ["article.html", fixture("article.html"), "text/html", DEMO_TITLE],
    ["article.docx", binary("article.docx"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", DEMO_TITLE],
    ["article.pdf", binary("article.pdf"), "application/pdf", DEMO_TITLE],
  ])("extracts the demo article's paragraphs from %s", async (name, bytes, contentType, title) => {
    const now = new Date("2026-03-11T08:00:00Z");
    const source = await importFile({ name, type: "", bytes }, { now });
    // Readability takes a page's headline as its title, out of the text; the other formats cannot tell it apart.
    const expected = name.endsWith(".html") ? DEMO_PARAGRAPHS.slice(1) : DEMO_PARAGRAPHS;
    expect(source.paragraphs).toEqual(expected);
    expect(source.text).toBe(expected.join("\n\n"));
    expect(source.metadata.title).toBe(title);
    expect(source.provenance).toEqual({
      kind: "file",
      fileName: name,
      contentType,
      importedAt: "2026-03-11T08:00:00.000Z",
      sha256: createHash("sha256").update(bytes).digest("hex"),
      bytes: bytes.byteLength,
    });
    expect(source.warnings).toEqual([]);
  });

  it("keeps the raw document for text formats and not for binary ones", async () => {
    expect((await upload("a.html", fixture("article.html"))).raw).toBe(readFileSync(new URL("../../test/fixtures/files/article.html", import.meta.url), "utf8"));
    expect((await upload("a.md", fixture("article.md"))).raw).toContain("**six to three**");
    expect((await upload("a.docx", binary("article.docx"))).raw).toBeNull();
    expect((await upload("a.pdf", binary("article.pdf"))).raw).toBeNull();
  });

  it("reads an HTML page's metadata and leaves out its navigation, script and footer", async () => {
    const source = await upload("article.html", fixture("article.html"));
    expect(source.metadata).toEqual({
      title: DEMO_TITLE,
      outlet: "Riverside Weekly",
      byline: "Ada Mensah",
      publishedAt: "2026-03-10",
      canonicalUrl: "https://example.org/news/footbridge",
    });
    expect(source.text).not.toMatch(/Home|analytics|rights reserved/);
  });

  it("reads a saved page in the legacy encoding its <meta> declares", async () => {
    const html = `<html><head><meta charset="windows-1252"><title>Footbridge</title></head><body><article>${DEMO_PARAGRAPHS.slice(1).map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    const bytes = Uint8Array.from(html, (c) => (c === "“" ? 0x93 : c === "”" ? 0x94 : c.charCodeAt(0)));
    expect((await upload("saved.html", bytes)).paragraphs).toEqual(DEMO_PARAGRAPHS.slice(1));
  });

  it("takes a Markdown file's date from its front matter", async () => {
    expect((await upload("article.md", fixture("article.md"))).metadata.publishedAt).toBe("2026-03-10");
  });

  it("goes by the declared type when the name has no extension", async () => {
    const source = await importFile({ name: "clipping", type: "text/plain; charset=utf-8", bytes: utf8("Just text.") });
    expect(source.provenance).toMatchObject({ contentType: "text/plain", fileName: "clipping" });
  });

  it("keeps only the last part of a path sent as the file name", async () => {
    expect((await upload("C:\\Users\\ada\\notes.txt", utf8("Text."))).provenance).toMatchObject({ fileName: "notes.txt" });
  });
});

describe("plain text", () => {
  it("drops a byte order mark, turns CRLF into LF and keeps single line breaks inside a paragraph", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("First line\r\nsame paragraph\r\n\r\n  \r\nSecond paragraph\r\n")]);
    expect((await upload("a.txt", bytes)).paragraphs).toEqual(["First line\nsame paragraph", "Second paragraph"]);
  });

  it("reads UTF-16 with a byte order mark (Notepad's “Unicode”)", async () => {
    const text = "“Quoted,” she said.\n\nNext.";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    expect((await upload("a.txt", bytes)).paragraphs).toEqual(["“Quoted,” she said.", "Next."]);
  });
});

describe("Markdown to plain text", () => {
  const md = (source: string) => markdownText(source).paragraphs;

  it("drops heading markers, closing hashes included, and takes the first level-1 heading as title", () => {
    expect(markdownText("## Section ##\n\n# The title\n\nBody").paragraphs).toEqual(["Section", "The title", "Body"]);
    expect(markdownText("## Section ##\n\n# The title\n\nBody").title).toBe("The title");
    expect(markdownText("The title\n=========\n\nBody\n---").paragraphs).toEqual(["The title", "Body"]);
  });

  it("reads front matter only when it looks like YAML, so a leading rule keeps the text after it", () => {
    expect(markdownText("---\ntitle: T\ntags:\n  - a\n---\nBody")).toMatchObject({ title: "T", paragraphs: ["Body"] });
    expect(md("---\nA first paragraph.\n\n---\nMore")).toEqual(["A first paragraph.", "More"]);
  });

  it("keeps the text of links and emphasis, drops images and link definitions", () => {
    expect(md("A **bold** and *light* [link](http://x.org/a_(b)) ![pic](p.png) and [ref][1] ~~gone~~.\n\n[1]: http://x.org")).toEqual([
      "A bold and light link  and ref gone.",
    ]);
  });

  it("keeps square brackets that are not links (an editor's insertion in a quote)", () => {
    expect(md("“[The mayor] will not resign,” she said [sic].")).toEqual(["“[The mayor] will not resign,” she said [sic]."]);
  });

  it("leaves underscores inside words, lone asterisks and escaped characters as printed", () => {
    expect(md("snake_case_name, 5 * 3 = 15, \\*not emphasis\\*, a_b_")).toEqual(["snake_case_name, 5 * 3 = 15, *not emphasis*, a_b_"]);
  });

  it("keeps code as text, fences dropped, and inline code without its backticks", () => {
    expect(md("Run `npm *start*` now.\n\n```sh\nnpm start  # **not bold**\n\nagain\n```\nAfter")).toEqual([
      "Run npm *start* now.",
      "npm start  # **not bold**\n\nagain",
      "After",
    ]);
  });

  it("turns list items into paragraphs of their own, markers dropped", () => {
    expect(md("Points:\n\n- first\n- second\n  continued\n1. third\n2) fourth\n- [x] done")).toEqual(["Points:", "first", "second continued", "third", "fourth", "done"]);
  });

  it("does not start a list at a wrapped line that begins with a number other than 1", () => {
    expect(md("The plan was agreed in\n2024. Work starts soon.")).toEqual(["The plan was agreed in 2024. Work starts soon."]);
  });

  it("removes nested blockquote markers and keeps hard line breaks", () => {
    expect(md("> > “Nested,” she said.  \n> > Next line\n\n> Outer")).toEqual(["“Nested,” she said.\nNext line", "Outer"]);
  });

  it("decodes the common character references and autolinks", () => {
    expect(md("Fish &amp; chips &#8220;now&#x201D; at <https://example.org/menu>")).toEqual(["Fish & chips “now” at https://example.org/menu"]);
  });

  it("stays linear on tens of thousands of unclosed brackets, backtick runs and emphasis marks", () => {
    const hostile = `${"[".repeat(50_000)}${"`".repeat(300)}${" `` ```".repeat(10_000)}${" *a _b ~~c".repeat(20_000)}`;
    const started = performance.now();
    expect(md(hostile).join("").length).toBeGreaterThan(hostile.length / 2);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe("PDF layout", () => {
  const run = (str: string, x: number, y: number, size = 10, hasEOL = false) => ({ str, x, y, width: str.length * size * 0.5, size, hasEOL });
  const line = (text: string, y: number, size = 10): Line => ({ text, y, size });

  it("joins runs on one baseline, with a space where the gap between them is wide", () => {
    expect(pageLines([run("Hello", 0, 100), run("world", 40, 100), run("again", 0, 88)]).map((l) => l.text)).toEqual(["Hello world", "again"]);
    expect(pageLines([run("Hel", 0, 100), run("lo", 15, 100)]).map((l) => l.text)).toEqual(["Hello"]);
  });

  it("joins a word hyphenated across lines only before a lower-case letter", () => {
    expect(paragraphsOf([[line("the foot-", 100), line("bridge and the Anglo-", 88), line("Saxon road", 76)]])).toEqual(["the footbridge and the Anglo- Saxon road"]);
  });

  it("starts a paragraph at a step well over the usual line spacing, at a font change and at a jump up the page", () => {
    const pages = [[line("Headline", 130, 16), line("one", 100), line("two", 88), line("three", 64), line("four", 52), line("side", 120)]];
    expect(paragraphsOf(pages)).toEqual(["Headline", "one two", "three four", "side"]);
  });

  it("continues a paragraph onto the next page only when its sentence is unfinished", () => {
    expect(paragraphsOf([[line("It goes on,", 100)], [line("and ends.", 700)], [line("New one.", 700)]])).toEqual(["It goes on, and ends.", "New one."]);
  });

  it("drops a header and page number repeated on every page but keeps body lines", () => {
    const page = (n: number, body: string) => [line("Weekly — Report", 780, 8), line(body, 700), line(`Page ${n}`, 30, 8)];
    expect(dropRunningLines([page(1, "First body."), page(2, "Second body.")]).map((p) => p.map((l) => l.text))).toEqual([["First body."], ["Second body."]]);
    expect(dropRunningLines([page(1, "Only page.")])[0]).toHaveLength(3);
  });

  it("notes pages without text and keeps the others", async () => {
    const bytes = pdf([{ lines: [{ x: 72, y: 700, text: "Typed page." }] }, { lines: [], image: true }]);
    const source = await upload("mixed.pdf", bytes);
    expect(source.paragraphs).toEqual(["Typed page."]);
    expect(source.warnings).toEqual(["Page 2 of “mixed.pdf” had no text (scanned?) and was skipped."]);
  });
});

describe("files refused", () => {
  it.each([
    ["scanned.pdf", 422, /no text layer \(scanned\?\)/, binary("scanned.pdf")],
    ["locked.pdf", 422, /password-protected/, binary("locked.pdf")],
    ["truncated.pdf", 422, /incomplete/, binary("truncated.pdf")],
    ["random.pdf", 422, /not a valid PDF: it does not start with %PDF-/, binary("random.pdf")],
    ["not-word.docx", 422, /ZIP archive but not a Word document: it has no word\/document\.xml/, binary("not-word.docx")],
    ["broken.docx", 422, /damaged: its ZIP structure cannot be read/, binary("broken.docx")],
    ["image.txt", 415, /named as a text file but is a PNG image/, binary("image.txt")],
    ["latin1.txt", 422, /not UTF-8 text/, binary("latin1.txt")],
    ["empty.txt", 422, /is empty/, binary("empty.txt")],
    ["links.html", 422, /No article text was found/, utf8("<html><body><nav><a href='/a'>Home</a> <a href='/b'>News</a></nav></body></html>")],
    ["blank.md", 422, /holds no text/, utf8("  \n\n![only an image](a.png)\n")],
    ["control.txt", 422, /looks like a binary file/, utf8("text\u0000with a NUL")],
    ["report.docx", 415, /named as a Word document but is a PDF document/, demoPdf()],
    ["report.pdf", 415, /named as a PDF but is a ZIP archive/, docx(["x"])],
    ["notes.odt", 415, /OpenDocument \(\.odt\) files are not supported/, utf8("x")],
    ["letter.doc", 415, /Old Word \(\.doc\) files are not supported/, utf8("x")],
    ["photo.png", 415, /is not a file type we can import\. Import \.txt, \.md, \.html, \.docx or \.pdf files/, utf8("x")],
    ["README", 415, /not a file type we can import/, utf8("x")],
  ])("refuses %s with %i", async (name, status, message, bytes) => {
    const result = await failure(name, bytes);
    expect(result.status).toBe(status);
    expect(result.message).toMatch(message);
    expect(result.message).toContain(`“${name}”`);
  });

  it("refuses a file over the size limit with 413 before reading it", async () => {
    expect(await failure("big.pdf", new Uint8Array(2048), { maxBytes: 1024 })).toMatchObject({ status: 413, message: "“big.pdf” is over the 0 MB limit for a file." });
    expect(await failure("big.txt", new Uint8Array(MAX_FILE_BYTES + 1))).toMatchObject({ status: 413, message: "“big.txt” is over the 10 MB limit for a file." });
  });

  it("refuses a text longer than a source may be with 413", async () => {
    expect(await failure("long.txt", utf8("word ".repeat(40)), { maxChars: 100 })).toMatchObject({ status: 413, message: expect.stringMatching(/over the 100 a source may have/) });
    expect(await failure("long.pdf", demoPdf(), { maxChars: 100 })).toMatchObject({ status: 413, message: expect.stringMatching(/more than 100 characters/) });
  });
});

describe("POST /api/import/file", () => {
  let route: typeof FileRoute;
  let scratch: ScratchDatabase;
  beforeAll(async () => {
    // The route keeps each import as a capture: a scratch database of its own.
    scratch = migratedDatabase("import-file");
    process.env.DATABASE_URL = scratch.url;
    route = await import("../../app/api/import/file/route");
  }, 60_000);
  afterAll(async () => {
    await (await import("../db")).prisma.$disconnect();
    scratch.remove();
  });

  const post = (body: BodyInit, headers: Record<string, string> = {}) => route.POST(new Request("http://test/api/import/file", { method: "POST", body, headers }));
  const form = (name: string, bytes: Uint8Array, type = "") => {
    const data = new FormData();
    data.set("file", new File([new Uint8Array(bytes)], name, { type }));
    return data;
  };
  const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

  it("answers 200 with the imported source", async () => {
    const res = await post(form("article.docx", binary("article.docx")));
    expect(res.status).toBe(200);
    const { captureId, source } = (await res.json()) as { captureId: string; source: { paragraphs: string[]; metadata: { title: string }; provenance: { kind: string; fileName: string } } };
    expect(source.paragraphs).toEqual(DEMO_PARAGRAPHS);
    // Kept as a capture, for the comparison saved with it to name.
    const { prisma } = await import("../db");
    expect(await prisma.capture.findUnique({ where: { id: captureId }, select: { kind: true, fileName: true, sourceId: true } })).toEqual({ kind: "file", fileName: "article.docx", sourceId: null });
    expect(source.metadata.title).toBe(DEMO_TITLE);
    expect(source.provenance).toMatchObject({ kind: "file", fileName: "article.docx" });
  });

  it("answers 400 without a file, with a text field instead, or with a body that is not multipart", async () => {
    const noFile = new FormData();
    noFile.set("other", "x");
    const textField = new FormData();
    textField.set("file", "not a file");
    for (const res of [await post(noFile), await post(textField), await post("{}", { "content-type": "application/json" })]) {
      expect(res.status).toBe(400);
      expect(await errorOf(res)).toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/field named “file”/) });
    }
  });

  it("answers 400 for a multipart body that cannot be parsed", async () => {
    const res = await post("garbage", { "content-type": "multipart/form-data; boundary=xyz" });
    expect(res.status).toBe(400);
  });

  it("answers 415 and 422 with the importer's message", async () => {
    const unsupported = await post(form("photo.png", utf8("x"), "image/png"));
    expect(unsupported.status).toBe(415);
    expect(await errorOf(unsupported)).toMatchObject({ code: "UNSUPPORTED_TYPE", message: expect.stringContaining("“photo.png”") });
    const scanned = await post(form("scan.pdf", binary("scanned.pdf")));
    expect(scanned.status).toBe(422);
    expect((await errorOf(scanned)).message).toMatch(/no text layer/);
  });

  it("answers 413 for a file over the limit, whether the body or the file gives it away", async () => {
    const overBody = await post(form("huge.txt", new Uint8Array(MAX_FILE_BYTES + 128 * 1024)));
    expect(overBody.status).toBe(413);
    expect((await errorOf(overBody)).message).toBe("The file is over the 10 MB limit for a file.");
    const overFile = await post(form("big.txt", new Uint8Array(MAX_FILE_BYTES + 1)));
    expect(overFile.status).toBe(413);
    expect((await errorOf(overFile)).message).toMatch(/“big.txt” is over the 10 MB limit/);
  });
});
