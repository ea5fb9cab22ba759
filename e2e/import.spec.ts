import { expect, expectNoAxeViolations, test } from "./fixtures";
import { FIXTURE_PORT } from "./ports";

const SITE = `http://127.0.0.1:${FIXTURE_PORT}`;

test("two articles imported from their URLs at once land on a comparison with their quotes found", async ({ page }) => {
  await page.goto("/comparisons/new");
  await page.getByLabel("Title", { exact: true }).fill("River wall (imported)");
  const first = page.getByRole("group", { name: "Source 1" });
  const second = page.getByRole("group", { name: "Source 2" });
  await first.getByLabel("URL (optional)").fill(`${SITE}/gazette/wall`);
  await second.getByLabel("URL (optional)").fill(`${SITE}/courier/wall`);
  await page.getByRole("button", { name: "Fetch all URLs" }).click();

  // Each source reports its own progress and result; metadata fills the empty fields.
  await expect(first.getByRole("status").filter({ hasText: "Imported from" })).toContainText(`${SITE}/gazette/wall (HTTP 200`);
  await expect(second.getByRole("status").filter({ hasText: "Imported from" })).toBeVisible();
  await expect(first.getByLabel("Outlet")).toHaveValue("Harbour Gazette");
  await expect(first.getByLabel("Article title")).toHaveValue("Mayor defends the river wall");
  await expect(first.getByLabel("Published (optional)")).toHaveValue("2026-11-02");
  await expect(first.getByLabel("Byline (optional)")).toHaveValue("Jo Marsh");
  const text = first.getByLabel("Text");
  await expect(text).toHaveValue(/We will finish the wall by March, whatever it costs/);
  // The page's chrome is gone: no ad label, caption, newsletter box or related links.
  for (const junk of ["Advertisement", "Photo: Staff", "Sign up for our morning newsletter", "Related stories", "Share this article"]) await expect(text).not.toHaveValue(new RegExp(junk));

  // A URL that fails says why and keeps everything typed.
  await page.getByRole("button", { name: "Add source" }).click();
  const third = page.getByRole("group", { name: "Source 3" });
  await third.getByLabel("Outlet").fill("Typed by hand");
  await third.getByLabel("URL (optional)").fill(`${SITE}/no-such-article`);
  await third.getByRole("button", { name: /^Fetch/ }).click();
  await expect(third.getByRole("alert")).toContainText("Import failed");
  await expect(third.getByLabel("Outlet")).toHaveValue("Typed by hand");
  await third.getByRole("button", { name: "Remove source 3" }).click();

  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "River wall (imported)" })).toBeVisible();
  await expect(page.getByRole("list", { name: /^Discrepancies/ }).getByRole("button", { name: /March → May/ })).toBeVisible();
  await expect(page.locator("mark.quote")).not.toHaveCount(0);
  // Provenance and the correction watch are on the page.
  await expect(page.getByText(`Fetched from ${SITE}/gazette/wall`)).toBeVisible();
  await page.getByRole("button", { name: "Check for changes in Harbour Gazette" }).click();
  await expect(page.getByText("Harbour Gazette's article reads as before.")).toBeVisible();
});

test("a source corrected after import is re-fetched as a new version, its changed quote shown, and the comparison re-analysed on it", async ({ page, request }) => {
  await page.goto("/comparisons/new");
  await page.getByLabel("Title", { exact: true }).fill("River wall (corrected)");
  const first = page.getByRole("group", { name: "Source 1" });
  const second = page.getByRole("group", { name: "Source 2" });
  await first.getByLabel("URL (optional)").fill(`${SITE}/herald/wall`);
  await second.getByLabel("URL (optional)").fill(`${SITE}/gazette/wall`);
  await page.getByRole("button", { name: "Fetch all URLs" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Imported from" })).toBeVisible();
  await expect(second.getByRole("status").filter({ hasText: "Imported from" })).toBeVisible();
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "River wall (corrected)" })).toBeVisible();
  const list = page.getByRole("list", { name: /^Discrepancies/ });
  await expect(list.getByRole("button", { name: /March → / })).toHaveCount(0);

  // Unchanged first; then the outlet corrects the month.
  await page.getByRole("button", { name: "Check for changes in Northside Herald" }).click();
  await expect(page.getByText("Northside Herald's article reads as before.")).toBeVisible();
  expect((await request.post(`${SITE}/__revise/herald/wall`)).status()).toBe(204);
  await page.getByRole("button", { name: "Check for changes in Northside Herald" }).click();
  await expect(page.getByText("Northside Herald's article changed: stored as version 2.").first()).toBeVisible();
  await expect(page.getByText(/A newer version \(2\) is stored/)).toBeVisible();

  // The versions page: both versions, the changed quote, the text diff; re-analyse on version 2.
  await page.getByRole("link", { name: "versions (2) of Northside Herald" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Versions of Northside Herald" })).toBeVisible();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(3);
  const quotes = page.getByRole("region", { name: "Quotes that changed from version 1 to version 2" });
  await expect(quotes).toContainText("March → May");
  await expect(page.getByRole("region", { name: /Text changes/ })).toContainText("Correction: an earlier version");
  await expectNoAxeViolations(page, { state: "the versions page" });
  await page.getByRole("button", { name: "Re-analyse on version 2" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "River wall (corrected)" })).toBeVisible();
  await expect(list.getByRole("button", { name: /May → March/ })).toBeVisible();
  await expect(page.getByText(`Fetched from ${SITE}/herald/wall`)).toContainText("version 2");
});

test("a Markdown file imported into a source fills its text and title; a file we cannot read says why", async ({ page }) => {
  await page.goto("/comparisons/new");
  const first = page.getByRole("group", { name: "Source 1" });
  await first.getByLabel(/^Or import a file/).setInputFiles("test/fixtures/files/article.md");
  await expect(first.getByRole("status").filter({ hasText: "Imported from article.md" })).toBeVisible();
  await expect(first.getByLabel("Article title")).toHaveValue("Riverside council votes to repair the old footbridge");
  await expect(first.getByLabel("Published (optional)")).toHaveValue("2026-03-10");
  // Markdown syntax is gone; the words stay.
  await expect(first.getByLabel("Text")).toHaveValue(/The council voted six to three on Tuesday to repair the\s+Mill Lane footbridge rather than replace it\./);
  const second = page.getByRole("group", { name: "Source 2" });
  await second.getByLabel("Outlet").fill("Kept as typed");
  await second.getByLabel(/^Or import a file/).setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) });
  await expect(second.getByRole("alert")).toContainText("Import failed");
  await expect(second.getByLabel("Outlet")).toHaveValue("Kept as typed");
});
