import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MAX_SOURCE_CHARS } from "@/lib";
import { AppError } from "../errors";
import { isBoilerplateLine, stripInlineAdLabels } from "./boilerplate";
import { extractArticle, extractPlainText } from "./extract";
import { isoDate } from "./metadata";

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../test/fixtures/import/${name}`, import.meta.url)), "utf8");
const CORPUS_A = fileURLToPath(new URL("../../../shared/corpus/seeds/a.txt", import.meta.url));

const PROSE = "The council met on Tuesday evening to discuss the budget for the coming year, and most of the meeting was spent on roads.";
const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body><article>${body}<p>${PROSE}</p><p>${PROSE}</p></article></body></html>`;

function notAnArticle(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected NOT_AN_ARTICLE");
}

describe("extracting the article from a news page", () => {
  const gazette = extractArticle(fixture("article.html"), { url: "https://www.harbour-gazette.example/news/northgate-library-reopens?ref=home" });

  it("keeps the article's paragraphs in order, and nothing else", () => {
    expect(gazette.paragraphs).toHaveLength(8);
    expect(gazette.paragraphs[0]).toMatch(/^Northgate's public library will reopen on Monday/);
    expect(gazette.paragraphs.at(-1)).toMatch(/nobody asks you to buy anything in,” she said\.$/);
    expect(gazette.text).toBe(gazette.paragraphs.join("\n\n"));
    expect(gazette.warnings).toEqual([]);
  });

  it("drops the ad label between two quote paragraphs, so they are neighbours", () => {
    const first = gazette.paragraphs.findIndex((p) => p.startsWith("“We found rot"));
    expect(gazette.paragraphs[first + 1]).toMatch(/^“Every book that was on the top floor/);
    expect(gazette.text).not.toMatch(/advertisement/i);
  });

  it("drops navigation, captions, share prompts, the newsletter box, related links and the footer", () => {
    for (const furniture of ["Sport", "Weather", "Search", "reading room, closed since", "Scaffolding", "Photo: Lena Vogt", "Share", "Copy link", "Sign up", "newsletter", "Morning briefing", "Related", "Storm leaves trail", "All rights reserved", "Local news", "By Priya"]) {
      expect(gazette.text, furniture).not.toContain(furniture);
    }
  });

  it("reads the metadata from JSON-LD (@graph, @id references) and meta tags", () => {
    expect(gazette.metadata).toEqual({
      title: "Northgate library to reopen after roof repairs",
      outlet: "Harbour Gazette",
      byline: "Priya Natarajan, Owen Marsh",
      publishedAt: "2026-03-04",
      canonicalUrl: "https://www.harbour-gazette.example/news/northgate-library-reopens",
    });
  });

  it("cleans a second, older layout: bare ad labels, 'Story continues below', 'Related:' and 'Read more:' lines, captions, comments, sidebar", () => {
    const courier = extractArticle(fixture("courier.html"), { url: "https://courier.example/2026/02/17/ferry-fares" });
    expect(courier.paragraphs).toHaveLength(6);
    const quote = courier.paragraphs.findIndex((p) => p.startsWith("“Fuel is not getting cheaper"));
    expect(courier.paragraphs[quote + 1]).toMatch(/^Islanders’ groups reacted angrily/);
    expect(courier.paragraphs[quote + 2]).toMatch(/^“People here do not have a choice of boat/);
    for (const furniture of ["ADVERTISEMENT", "continues below", "Related", "Ferry timetable cut", "Read more", "Share this", "Facebook", "You may also like", "Great article", "Most read", "unlimited access", "Courier photo", "Log in", "Quay Street"]) {
      expect(courier.text, furniture).not.toContain(furniture);
    }
    expect(courier.metadata).toEqual({ title: "Ferry fares to rise by 8% in April, operator confirms", outlet: "Valley Courier", byline: "Tomasz Wierzbicki", publishedAt: "2026-02-17", canonicalUrl: "https://courier.example/2026/02/17/ferry-fares" });
  });

  it("refuses a front page of headlines as not an article", () => {
    const error = notAnArticle(() => extractArticle(fixture("front-page.html")));
    expect(error.code).toBe("NOT_AN_ARTICLE");
    expect(error.message).toMatch(/No article text was found/);
  });

  it("refuses an empty shell that scripts would fill in", () => {
    expect(notAnArticle(() => extractArticle('<html><body><div id="root"></div><script src="/app.js"></script></body></html>')).code).toBe("NOT_AN_ARTICLE");
  });

  it("takes a fragment without <html> around it", () => {
    expect(extractArticle(`<p>${PROSE}</p><p>${PROSE}</p>`).paragraphs).toEqual([PROSE, PROSE]);
  });

  it("ends a paragraph at <br> and keeps a quote paragraph even when it is mostly a link", () => {
    const out = extractArticle(page("", `<p>First line.<br>Second line of the same block.</p><p>“<a href="/s">We will finish the barrier by March</a>,” she said.</p><p><a href="/x">A teaser for another story on this site</a></p>`));
    expect(out.paragraphs.slice(0, 3)).toEqual(["First line.", "Second line of the same block.", "“We will finish the barrier by March,” she said."]);
    expect(out.text).not.toContain("A teaser");
  });
});

describe("metadata without JSON-LD", () => {
  const head = [
    "<title>Roads budget approved | Mill Street Post</title>",
    '<meta property="og:site_name" content="Mill Street Post">',
    '<meta name="author" content="By Sam Carter">',
    '<meta name="date" content="Tue, 03 Mar 2026 22:00:00 GMT">',
    '<link rel="canonical" href="../roads-budget">',
  ].join("");

  it("falls back to <title> without the outlet's name, the author meta tag, a date meta tag and a relative canonical link", () => {
    expect(extractArticle(page(head, ""), { url: "https://post.example/news/2026/x" }).metadata).toEqual({
      title: "Roads budget approved",
      outlet: "Mill Street Post",
      byline: "Sam Carter",
      publishedAt: "2026-03-03",
      canonicalUrl: "https://post.example/news/roads-budget",
    });
  });

  it("prefers Open Graph and Twitter titles, reads rel=author bylines, and ignores a canonical link that is not http(s)", () => {
    const out = extractArticle(
      page('<title>x</title><meta name="twitter:title" content="From Twitter"><link rel="canonical" href="javascript:alert(1)">', '<p class="byline">By <a rel="author" href="/a">Ana Ruiz</a></p>'),
      { url: "https://post.example/a" },
    );
    expect(out.metadata).toMatchObject({ title: "From Twitter", byline: "Ana Ruiz", canonicalUrl: null, outlet: null, publishedAt: null });
  });

  it("reads JSON-LD authors given as a string, an object or an array, and decodes entities", () => {
    const ld = (author: unknown) => `<script type="application/ld+json">${JSON.stringify({ "@type": "NewsArticle", headline: "Ben &amp; Jerry&#39;s", author })}</script>`;
    expect(extractArticle(page(ld("Ana Ruiz"), "")).metadata.byline).toBe("Ana Ruiz");
    expect(extractArticle(page(ld({ "@type": "Person", name: "Ana Ruiz" }), "")).metadata.byline).toBe("Ana Ruiz");
    expect(extractArticle(page(ld(["Ana Ruiz", { name: "Sam Carter" }]), "")).metadata).toMatchObject({ byline: "Ana Ruiz, Sam Carter", title: "Ben & Jerry's" });
  });

  it.each([
    ["2026-03-04T23:30:00-05:00", "2026-03-04"],
    ["2026-02-17", "2026-02-17"],
    ["2026-02-30", null],
    ["March 4, 2026 10:00 UTC", "2026-03-04"],
    ["yesterday", null],
    ["", null],
  ])("reads the date %j as %j", (text, date) => {
    expect(isoDate(text)).toBe(date);
  });
});

describe("page furniture in text", () => {
  it.each([
    "Advertisement",
    "ADVERTISEMENT",
    "— Advertisement —",
    "Story continues below advertisement",
    "Sponsored",
    "Share this article",
    "Share on Facebook",
    "Click to share on WhatsApp (Opens in new window)",
    "Copy link",
    "Sign up for our newsletter to get the day's news",
    "Get the Morning Briefing newsletter in your inbox every day.",
    "Related: Ferry timetable cut to four sailings a day",
    "READ MORE: All our island coverage",
    "You may also like",
    "Photo: Lena Vogt / Harbour Gazette",
  ])("drops the line %j", (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    "Share prices fell 4% on Monday.",
    "Advertisement revenue fell by a third last year.",
    "Sponsored by the council, the festival runs until Sunday.",
    "Related charges were dropped in May.",
    "The newsletter, she said, had been printed since 1950.",
    "“Read more books,” the librarian said.",
  ])("keeps the sentence %j", (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });

  it.each([
    ["“This is one,” she stated. Advertisement “This is two.”", "“This is one,” she stated. “This is two.”"],
    ["He left. ADVERTISEMENT The council voted.", "He left. The council voted."],
    ["Advertisement The council voted.", "The council voted."],
    ["The council voted. Advertisement", "The council voted."],
    ["Advertisement revenue fell.", "Advertisement revenue fell."],
    ["The agency bought advertisement space.", "The agency bought advertisement space."],
    ["It was an Advertisement Standards ruling.", "It was an Advertisement Standards ruling."],
  ])("strips the inline ad label in %j", (paragraph, clean) => {
    expect(stripInlineAdLabels(paragraph)).toBe(clean);
  });

  it("removes the 'Advertisement' scraped between two quotes of the seed article a.txt", () => {
    const seed = readFileSync(CORPUS_A, "utf8");
    expect(seed).toMatch(/she stated\. Advertisement “In close partnership/);
    const out = extractPlainText(seed);
    expect(out.text).not.toMatch(/Advertisement/);
    expect(out.text).toContain("she stated. “In close partnership");
    expect(out.paragraphs).toHaveLength(seed.trim().split(/\n\s*\n/).length);
  });
});

describe("plain text", () => {
  it("splits at blank lines, joining the lines of a paragraph, and drops furniture lines", () => {
    const out = extractPlainText("\uFEFFFirst paragraph,\r\nwrapped here.\r\n\r\nAdvertisement\r\n\r\n“A quote,” she said.\n");
    expect(out.paragraphs).toEqual(["First paragraph, wrapped here.", "“A quote,” she said."]);
    expect(out.metadata.title).toBeNull();
  });

  it("splits at line ends when there are no blank lines", () => {
    expect(extractPlainText("One.\nShare this article\nTwo.").paragraphs).toEqual(["One.", "Two."]);
  });

  it("refuses an empty document", () => {
    expect(notAnArticle(() => extractPlainText(" \n\n Advertisement \n")).code).toBe("NOT_AN_ARTICLE");
  });

  it("warns when the text is longer than a source can hold", () => {
    const long = extractPlainText(`${"word ".repeat(MAX_SOURCE_CHARS / 5)}\n\nend`);
    expect(long.warnings[0]).toMatch(/more than the 500,000 a source can hold/);
  });
});
