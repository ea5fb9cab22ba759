/**
 * Article extraction from ~100 KB news pages: the fixture layouts of the URL import, grown with
 * generated paragraphs (our own words), menus, teasers and inline scripts to the size of a real
 * page. Times the whole extraction (linkedom parse, furniture removal, Readability, paragraphs,
 * metadata) against two references in the same run: linkedom's parse alone, and parse plus
 * Readability without our cleaning. A benchmark, not a test: it asserts no time.
 *   tsx bench/extract.bench.mts
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { extractArticle } from "../server/import/extract";

const FIXTURES = path.resolve(import.meta.dirname, "..", "test", "fixtures", "import");
const TARGET_BYTES = 100 * 1024;
const WARMUP = 5;
const RUNS = 60;

const NAMES = ["Dana Okafor", "Ben Adeyemi", "Maria Lindholm", "Helen Brandt", "Ruth MacAulay", "Tomas Reyes"];
const VERBS = ["said", "told the meeting", "added", "said on Tuesday", "wrote in a statement"];
const CLAIMS = [
  "the work would be finished before the end of the summer",
  "nobody had checked the timber frame since the building went up",
  "the council could not afford a second delay",
  "the ferry would keep four sailings a day through the winter",
  "every book on the top floor had been dried and put back",
  "prices had been held for as long as the company could",
];

/** A deterministic paragraph of prose with a quotation, the n-th of a generated story. */
function paragraph(n: number): string {
  const name = NAMES[n % NAMES.length] as string;
  const claim = CLAIMS[(n * 7) % CLAIMS.length] as string;
  const verb = VERBS[(n * 3) % VERBS.length] as string;
  return `<p>In the ${n + 2}th week of the works, ${name} returned to the site with ${n * 3 + 4} residents. “We were told that ${claim}, and we intend to hold them to it,” ${name.split(" ")[0]} ${verb}. The figures given at the meeting came to £${(n * 1.7 + 2).toFixed(1)} million in all.</p>`;
}

const teaser = (n: number) => `<li class="teaser"><a href="/news/story-${n}"><img src="/img/${n}.jpg" alt=""><span>Story number ${n} about the coast and its towns</span></a></li>`;
const script = (n: number) => `<script>window.__STATE_${n}__=${JSON.stringify({ id: n, flags: Array.from({ length: 40 }, (_, i) => `flag-${n}-${i}`) })};</script>`;

/** The fixture page grown to about TARGET_BYTES: more paragraphs in its body, menus, teasers and scripts around it. */
function grow(html: string, bodyMarker: string): string {
  let extra = "";
  let furniture = "";
  for (let n = 0; html.length + extra.length + furniture.length < TARGET_BYTES; n++) {
    extra += paragraph(n);
    if (n % 2 === 0) furniture += `<div class="related-links"><ul>${teaser(n)}${teaser(n + 1000)}</ul></div>${script(n)}<div class="ad-slot"><p>Advertisement</p></div>`;
  }
  return html.replace(bodyMarker, `${extra}${bodyMarker}`).replace("</body>", `${furniture}</body>`);
}

const PAGES = [
  { name: "article.html", html: grow(readFileSync(path.join(FIXTURES, "article.html"), "utf8"), "<p>The library will keep") },
  { name: "courier.html", html: grow(readFileSync(path.join(FIXTURES, "courier.html"), "utf8"), "<p>The company said season") },
];

type Timing = { median: number; p90: number };

/** Medians of the cases measured in turn, run by run, so that a busy spell on the machine hits them alike. */
function interleaved(cases: Array<() => unknown>): Timing[] {
  for (let i = 0; i < WARMUP; i++) cases.forEach((run) => run());
  const times = cases.map(() => [] as number[]);
  for (let i = 0; i < RUNS; i++) {
    cases.forEach((run, k) => {
      const t = performance.now();
      run();
      times[k]?.push(performance.now() - t);
    });
  }
  return times.map((list) => {
    list.sort((a, b) => a - b);
    return { median: list[RUNS >> 1] as number, p90: list[Math.floor(RUNS * 0.9)] as number };
  });
}

const ms = (t: Timing | undefined) => (t ? `${t.median.toFixed(1)} ms (p90 ${t.p90.toFixed(1)})` : "?");

for (const page of PAGES) {
  const out = extractArticle(page.html, { url: "https://news.example/a" });
  const [extract, parse, readability] = interleaved([
    () => extractArticle(page.html, { url: "https://news.example/a" }),
    () => parseHTML(page.html),
    () => new Readability(parseHTML(page.html).document as unknown as Document).parse(),
  ]);
  console.log(
    `${page.name} grown to ${(page.html.length / 1024).toFixed(0)} KB (${out.paragraphs.length} paragraphs, ${(out.text.length / 1024).toFixed(0)} KB of text): ` +
      `extractArticle median ${ms(extract)}; references: linkedom parse ${ms(parse)}, parse + Readability ${ms(readability)}`,
  );
}
