import type { Locator } from "@playwright/test";
import { COUNCIL, COUNCIL_CHANGED } from "./articles";
import { expect, expectNoAxeViolations, keepScreenshot, seedComparison, test, workspaceReady } from "./fixtures";

// Tall enough that the whole workspace is on screen below the comparison's header.
test.use({ viewport: { width: 1280, height: 1000 } });

/** The mark lies wholly inside the visible part of its scrolling text box. */
async function expectScrolledIntoView(mark: Locator): Promise<void> {
  await expect(mark).toBeInViewport({ ratio: 1 });
  const box = mark.locator("xpath=ancestor::*[@data-source-text]");
  expect(await box.evaluate((el) => el.scrollTop), "the text box had to scroll").toBeGreaterThan(0);
}

test("a discrepancy's permalink opens the workspace on it with its quotes in view; an unknown one says so", async ({ page, browser, request }, testInfo) => {
  const { url } = await seedComparison(request, { title: "Council meeting (permalink)", sources: COUNCIL });
  await page.goto(url);
  await workspaceReady(page);
  const name = "substitution: overnight → at weekends";
  await page.getByRole("list", { name: /^Discrepancies, \d+ shown/ }).getByRole("button", { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByRole("region", { name: "Details" }).getByRole("heading", { level: 3 })).toHaveText(name);
  await expect(page).toHaveURL(/\?d=\w+$/);
  const permalink = page.url();
  const fingerprint = new URL(permalink).searchParams.get("d") ?? "";
  await expect(page.getByRole("link", { name: "Permalink to this discrepancy" })).toHaveAttribute("href", `?d=${fingerprint}`);

  // Another editor opens the link in a browser of their own.
  const other = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const fresh = await other.newPage();
  await fresh.goto(permalink);
  const details = fresh.getByRole("region", { name: "Details" });
  await expect(details.getByRole("heading", { level: 3 })).toHaveText(name);
  await expect(fresh.getByRole("list", { name: /^Discrepancies, \d+ shown/ }).getByRole("button", { name: new RegExp(`^${name}`) })).toHaveAttribute("aria-current", "true");
  const left = fresh.getByRole("region", { name: COUNCIL[0]?.outlet }).locator("mark.quote", { hasText: COUNCIL_CHANGED.left });
  const right = fresh.getByRole("region", { name: COUNCIL[1]?.outlet }).locator("mark.quote", { hasText: COUNCIL_CHANGED.right });
  await expect(left).toHaveAttribute("data-selected", "true");
  await expect(right).toHaveAttribute("data-selected", "true");
  await expectScrolledIntoView(left);
  await expectScrolledIntoView(right);
  await expectNoAxeViolations(fresh, { state: "opened on a permalink" });
  await keepScreenshot(fresh, testInfo, "workspace-wide-selected");
  await other.close();

  await page.goto(`${url}?d=0123456789abcdef`);
  await expect(page.getByRole("region", { name: "Details" }).getByRole("alert")).toContainText("not in this comparison any more");
  await expect(page.getByRole("list", { name: /^Discrepancies, \d+ shown/ }).locator("[aria-current]")).toHaveCount(0);
});
