import { LIBRARY } from "./articles";
import { expect, expectNoAxeViolations, seedComparison, test } from "./fixtures";

// Every test also ends with an axe-core check (fixtures.ts); this one names each page once, in
// the states the other flows do not end in. The workspace's other states (a selection, the
// keyboard help, the quote grid, a conflict, the narrow layout) are checked in their own flows.
test("every page passes axe-core: list, search, new comparison with and without errors, workspace, report, 404", async ({ page, request }) => {
  const { url } = await seedComparison(request, { title: "Library hours (accessibility)", sources: LIBRARY });

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Comparisons" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Library hours (accessibility)" })).toBeVisible();
  await expectNoAxeViolations(page, { state: "the list" });

  await page.goto("/?q=no+such+outlet+anywhere");
  await expect(page.getByText("No comparison matches")).toBeVisible();
  await expectNoAxeViolations(page, { state: "a search with no result" });

  await page.goto("/comparisons/new");
  await expect(page.getByRole("heading", { level: 1, name: "New comparison" })).toBeVisible();
  await expectNoAxeViolations(page, { state: "the empty form" });
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Some fields need attention");
  await expect(page.getByLabel("Title", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page, { state: "the form with its errors shown" });

  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1, name: "Library hours (accessibility)" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Details" })).toContainText("Select a discrepancy");
  await expectNoAxeViolations(page, { state: "the workspace, nothing selected" });

  await page.getByRole("navigation", { name: "Export" }).getByRole("link", { name: "Printable report" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "critical (3)" })).toBeVisible();
  await expectNoAxeViolations(page, { state: "the printable report" });

  const response = await page.goto("/comparisons/no-such-comparison");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  await expectNoAxeViolations(page, { state: "the 404 page" });
});
