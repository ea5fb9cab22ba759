import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Articles written for this test: one outlet prints "innocence", the other "innocent".
const LEFT = [
  "Harbourview’s mayor, Ana Ruiz, spoke to reporters after the council vote on Monday.",
  "“In protecting the innocence of these children, we protect the whole city,” Ruiz said.",
  "“The barrier will be finished by March,” she added.",
].join("\n\n");
const RIGHT = [
  "Mayor Ana Ruiz addressed the press on Monday evening.",
  "“In protecting the innocent of these children, we protect the whole city,” Ruiz said.",
  "“Nobody on this council wanted a fight,” she said.",
].join("\n\n");

async function fillSource(page: Page, n: number, values: { outlet: string; title: string; text: string }): Promise<void> {
  const source = page.getByRole("group", { name: `Source ${n}` });
  await source.getByLabel("Outlet").fill(values.outlet);
  await source.getByLabel("Article title").fill(values.title);
  await source.getByLabel("Text").fill(values.text);
}

test("a fact-checker compares two articles, confirms the changed word with a note, and finds it again after a reload", async ({ page }) => {
  await page.goto("/comparisons/new");
  await expect(page.getByRole("heading", { name: "New comparison" })).toBeVisible();
  await page.getByLabel("Title", { exact: true }).fill("Harbourview barrier coverage");
  await fillSource(page, 1, { outlet: "Harbour Gazette", title: "Mayor backs the barrier", text: LEFT });
  await fillSource(page, 2, { outlet: "Valley Courier", title: "Ruiz defends the barrier", text: RIGHT });
  await page.getByRole("button", { name: "Compare" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Harbourview barrier coverage" })).toBeVisible();
  await page.getByRole("list", { name: /^Discrepancies/ }).getByRole("button", { name: /substitution: innocence → innocent/ }).click();
  const details = page.getByRole("region", { name: "Details" });
  await expect(details.getByRole("heading", { level: 3, name: "substitution: innocence → innocent" })).toBeVisible();
  await details.getByLabel("Status").selectOption("confirmed");
  await details.getByLabel("Note").fill("Checked against the mayor’s published statement.");
  await details.getByRole("button", { name: "Save review" }).click();
  await expect(details.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  // The permalink now names the discrepancy: a reload opens the workspace on it.
  await expect(page).toHaveURL(/\?d=/);

  await page.reload();
  await expect(details.getByRole("heading", { level: 3, name: "substitution: innocence → innocent" })).toBeVisible();
  await expect(details.getByLabel("Status")).toHaveValue("confirmed");
  await expect(details.getByLabel("Note")).toHaveValue("Checked against the mayor’s published statement.");
});

test("the form keeps what was typed and says what is missing", async ({ page }) => {
  await page.goto("/comparisons/new");
  await page.getByLabel("Title", { exact: true }).fill("Half-finished comparison");
  await fillSource(page, 1, { outlet: "Harbour Gazette", title: "Mayor backs the barrier", text: LEFT });
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Some fields need attention");
  await expect(page.getByRole("group", { name: "Source 1" }).getByLabel("Text")).toHaveValue(LEFT);
  await expect(page.getByRole("group", { name: "Source 2" }).getByLabel("Outlet")).toHaveAttribute("aria-invalid", "true");
});

test("the demo comparison opens from the list with its sources side by side", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Comparisons" })).toBeVisible();
  await page.getByRole("link", { name: /Northgate flood wall vote/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Northgate flood wall vote/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Northgate Herald", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Valley Courier", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Discrepancies" })).toBeVisible();
  await expect(page.locator("mark.quote").first()).toBeVisible();
});

test("an unknown comparison is a 404 page", async ({ page }) => {
  const response = await page.goto("/comparisons/no-such-comparison");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("each export of the demo downloads with its content", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /Northgate flood wall vote/ }).click();
  const exports = page.getByRole("navigation", { name: "Export" });
  for (const [label, pattern] of [
    ["Markdown report", /^# Northgate flood wall vote/],
    ["CSV of discrepancies", /^id,severity,kind,/],
    ["JSON", /"discrepancies"/],
    ["Web Annotations (JSON-LD)", /"type": "AnnotationCollection"/],
  ] as const) {
    const [download] = await Promise.all([page.waitForEvent("download"), exports.getByRole("link", { name: label, exact: true }).click()]);
    const file = await download.path();
    expect(await readFile(file, "utf8")).toMatch(pattern);
  }
});

// Regression: a form post over Next's default 1 MB server-action limit failed and emptied the form.
test("a comparison of long sources (over 1 MB in all) saves from the form", async ({ page }) => {
  const filler = "— ".repeat(150_000);
  const left = `${LEFT}\n\n${filler}`;
  const right = `${RIGHT}\n\n${filler}`;
  expect(Buffer.byteLength(left + right)).toBeGreaterThan(1024 * 1024);
  await page.goto("/comparisons/new");
  await page.getByLabel("Title", { exact: true }).fill("Long sources");
  await fillSource(page, 1, { outlet: "Harbour Gazette", title: "Long", text: left });
  await fillSource(page, 2, { outlet: "Valley Courier", title: "Long", text: right });
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Long sources" })).toBeVisible();
  await expect(page.getByRole("list", { name: /^Discrepancies/ }).getByRole("button", { name: /substitution: innocence → innocent/ })).toHaveCount(1);
});

test("the printable report lists every discrepancy with its review and prints to PDF", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /Northgate flood wall vote/ }).click();
  await page.getByRole("navigation", { name: "Export" }).getByRole("link", { name: "Printable report" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Northgate flood wall vote/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "critical (1)" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "number: 12 → 21" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
});
