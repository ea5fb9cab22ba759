import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { LIBRARY } from "./articles";
import { expect, fetchComparison, seedComparison, test } from "./fixtures";
import { mustAssertions } from "./w3c";

const NOTE = 'Checked, "word for word", against the recording.';

type Annotation = {
  id: string;
  type: string;
  body: { purpose: string; value: string }[];
  target: { source: string; selector: [{ type: string; exact: string; prefix: string; suffix: string }, { type: string; start: number; end: number }] }[];
};
type Collection = { type: string; total: number; first: { items: Annotation[] } };

/** Clicks an export link and returns the download's name and text. */
async function download(page: Page, label: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("navigation", { name: "Export" }).getByRole("link", { name: label, exact: true }).click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), "utf8") };
}

test("each export downloads from the page with every discrepancy and its review; the Web Annotations pass the W3C MUST schemas", async ({ page, request }) => {
  const sources = LIBRARY.map((s, i) => (i === 0 ? { ...s, url: "https://example.org/ledger/library-hours", publishedAt: "2026-05-14" } : s));
  const { id, url } = await seedComparison(request, { title: "Library hours (exports)", sources });
  const before = await fetchComparison(request, id);
  const sunday = before.discrepancies.find((d) => d.left === "Sunday");
  expect(sunday).toBeDefined();
  const saved = await request.patch(`/api/discrepancies/${sunday?.id}/review`, { data: { status: "confirmed", note: NOTE, tags: ["wording", "hours"], author: "Kit Lane", version: 0 } });
  expect(saved.status(), await saved.text()).toBe(200);
  const view = await fetchComparison(request, id);
  const count = view.discrepancies.length;
  expect(count).toBe(3);

  await page.goto(url);

  const md = await download(page, "Markdown report");
  expect(md.name).toBe(`comparison-${id}.md`);
  expect(md.text).toMatch(/^# Library hours \(exports\)\n/);
  expect(md.text).toContain("**Discrepancies:** 3 critical, 0 major, 0 minor, 0 cosmetic, 0 info.");
  for (const heading of ["### number: seven → six", "### number: 12 → 21", "### substitution: Sunday → evening"]) expect(md.text).toContain(heading);
  expect(md.text).toContain("> **Riverside Post** (Owen Hale): “Readers have asked for evening hours for years,”");
  expect(md.text).toContain(`Review: **confirmed** — ${NOTE} (tags: wording, hours), by Kit Lane`);
  expect(md.text.match(/^Review: \*\*open\*\*$/gm)).toHaveLength(2);

  const csv = await download(page, "CSV of discrepancies");
  expect(csv.name).toBe(`comparison-${id}.csv`);
  const lines = csv.text.trimEnd().split("\r\n");
  expect(lines[0]).toBe("id,severity,kind,left_outlet,left_quote,right_outlet,right_quote,left_words,right_words,message,fingerprint,review_status,review_note,review_tags,review_author,review_version");
  expect(lines).toHaveLength(count + 1);
  const row = lines.find((l) => l.startsWith(`${sunday?.id},`));
  expect(row).toContain(',substitution,Eastbrook Ledger,');
  expect(row).toContain(`,${sunday?.fingerprint},confirmed,"Checked, ""word for word"", against the recording.",wording; hours,Kit Lane,1`);

  const json = await download(page, "JSON");
  expect(json.name).toBe(`comparison-${id}.json`);
  expect(JSON.parse(json.text)).toEqual(view);

  const w3c = await download(page, "Web Annotations (JSON-LD)");
  expect(w3c.name).toBe(`comparison-${id}.jsonld`);
  const collection = JSON.parse(w3c.text) as Collection;
  expect(collection.type).toBe("AnnotationCollection");
  expect(collection.total).toBe(count);
  expect(collection.first.items).toHaveLength(count);
  const musts = mustAssertions();
  expect(musts.count).toBe(54);
  for (const annotation of collection.first.items) {
    expect(musts.failures(annotation), annotation.id).toEqual([]);
    // Each selector names the words in the source as stored: by position and by quote.
    expect(annotation.target).toHaveLength(2);
    for (const target of annotation.target) {
      const source = view.sources.find((s) => target.source === s.url || target.source.endsWith(`/comparisons/${id}#source-${s.key}`));
      const [quote, position] = target.selector;
      expect(source?.text.slice(position.start, position.end), target.source).toBe(quote.exact);
      expect(source?.text.slice(position.start - quote.prefix.length, position.start)).toBe(quote.prefix);
    }
  }
  const reviewed = collection.first.items.find((a) => a.id.endsWith(`#discrepancy-${sunday?.fingerprint}`));
  expect(reviewed?.target.map((t) => t.selector[0].exact)).toEqual(["Sunday", "evening"]);
  expect(reviewed?.target[0]?.source).toBe("https://example.org/ledger/library-hours");
  expect(reviewed?.body.map((b) => b.purpose)).toEqual(["assessing", "tagging", "tagging"]);
  expect(reviewed?.body[0]?.value).toContain(NOTE);
  expect(reviewed?.body.slice(1).map((b) => b.value)).toEqual(["wording", "hours"]);
  // A malformed annotation does fail the same checks, so the loop above can fail.
  expect(musts.failures({ ...reviewed, "@context": "http://example.org/not-the-anno-context", target: undefined }).length).toBeGreaterThan(0);
});
