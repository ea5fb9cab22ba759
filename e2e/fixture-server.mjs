// A local "news site" for the import flows: two article pages written for the tests (with the
// navigation, ads, captions and JSON-LD that real pages carry) and a 404. Allowed for the app
// under test through IMPORT_ALLOWED_HOSTS; nothing else may be fetched.
import { createServer } from "node:http";

const PORT = Number(process.env.FIXTURE_PORT ?? 3199);

function page({ site, headline, date, author, paragraphs }) {
  const ld = { "@context": "https://schema.org", "@type": "NewsArticle", headline, datePublished: `${date}T08:00:00Z`, author: { "@type": "Person", name: author }, publisher: { "@type": "Organization", name: site } };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${headline} | ${site}</title>
<meta property="og:site_name" content="${site}"><meta property="og:title" content="${headline}">
<script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/subscribe">Subscribe</a></nav>
<main><article><h1>${headline}</h1><p class="byline">By ${author}</p>
<figure><img src="/wall.jpg" alt=""><figcaption>The river wall under construction. Photo: Staff</figcaption></figure>
${paragraphs.map((p, i) => `<p>${p}</p>${i === 1 ? '<div class="ad"><p>Advertisement</p></div>' : ""}`).join("\n")}
<aside class="newsletter"><p>Sign up for our morning newsletter</p><form><input type="email"></form></aside>
<div class="share"><p>Share this article</p></div></article>
<section class="related"><h2>Related stories</h2><ul><li><a href="/a">Council budget passes</a></li><li><a href="/b">Flood season begins</a></li></ul></section></main>
<footer><p>© ${site}</p></footer></body></html>`;
}

const PAGES = {
  "/gazette/wall": page({
    site: "Harbour Gazette",
    headline: "Mayor defends the river wall",
    date: "2026-11-02",
    author: "Jo Marsh",
    paragraphs: [
      "Mayor Ana Ruiz defended the river wall at Monday's council meeting, where residents packed the public gallery.",
      "“We will finish the wall by March, whatever it costs,” Ruiz said.",
      "Councilman Tom Lee was unconvinced. “This plan is rushed and nobody has seen the final bill,” Lee said.",
      "“Nobody on this council wanted a fight,” Ruiz added as the meeting closed.",
    ],
  }),
  "/courier/wall": page({
    site: "Valley Courier",
    headline: "Ruiz vows to finish river wall",
    date: "2026-11-03",
    author: "Sam Okafor",
    paragraphs: [
      "Ana Ruiz, the city's mayor, told a crowded council chamber on Monday that the project would go ahead.",
      "“We will finish the wall by May, whatever it costs,” Ruiz said.",
      "Tom Lee, a councilman, disagreed: “This plan is rushed and nobody has seen the final bill.”",
      "The council meets again next week.",
    ],
  }),
};

// A page its outlet corrects: each POST to /__revise/<name> moves it to its next revision.
const REVISIONS = {
  "/herald/wall": [
    [
      "Mayor Ana Ruiz spoke after the council vote on Monday evening, as residents of the river district waited outside the chamber for news of the wall.",
      "“We will finish the wall by March, whatever it costs,” Ruiz said.",
      "“Nobody on this council wanted a fight,” she added before leaving for a meeting with the engineers.",
    ],
    [
      "Mayor Ana Ruiz spoke after the council vote on Monday evening, as residents of the river district waited outside the chamber for news of the wall.",
      "“We will finish the wall by May, whatever it costs,” Ruiz said.",
      "“Nobody on this council wanted a fight,” she added before leaving for a meeting with the engineers.",
      "Correction: an earlier version of this article misstated the month the mayor gave.",
    ],
  ],
};
const revision = new Map();

function revised(path) {
  const versions = REVISIONS[path];
  if (!versions) return undefined;
  const n = Math.min(revision.get(path) ?? 0, versions.length - 1);
  return page({ site: "Northside Herald", headline: "Wall to be finished, mayor says", date: "2026-11-02", author: "Lee Park", paragraphs: versions[n] });
}

createServer((req, res) => {
  if (req.method === "POST" && req.url?.startsWith("/__revise/")) {
    const path = req.url.slice("/__revise".length);
    revision.set(path, (revision.get(path) ?? 0) + 1);
    res.writeHead(204);
    res.end();
    return;
  }
  const body = PAGES[req.url ?? ""] ?? revised(req.url ?? "");
  if (!body) {
    res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
    res.end("<!doctype html><title>Not found</title><p>No such page.</p>");
    return;
  }
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  res.end(body);
}).listen(PORT, "127.0.0.1", () => console.log(`fixture news site on http://127.0.0.1:${PORT}`));
