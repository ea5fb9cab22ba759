import { expect, test } from "./fixtures";
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
