import type { Locator, Page } from "@playwright/test";
import { COUNCIL, LIBRARY, LIBRARY_THIRD, MAYOR_QUOTES } from "./articles";
import { expect, expectNoAxeViolations, keepScreenshot, seedComparison, test, workspaceReady } from "./fixtures";

const discrepancyList = (page: Page) => page.getByRole("list", { name: /^Discrepancies, \d+ shown/ });
const detailHeading = (page: Page) => page.getByRole("region", { name: "Details" }).getByRole("heading", { level: 3 });

test("hovering or focusing a quote lights up its counterpart, and clicking it opens the quote in the details", async ({ page, request }) => {
  const { url } = await seedComparison(request, { title: "Library hours (counterparts)", sources: LIBRARY });
  await page.goto(url);
  await workspaceReady(page);
  const ledger = page.getByRole("region", { name: "Eastbrook Ledger" });
  const post = page.getByRole("region", { name: "Riverside Post" });
  const budget = ledger.locator("mark.quote", { hasText: "The budget for new books" });
  const counterpart = post.locator("mark.quote", { hasText: "The budget for new books" });
  const unrelated = post.locator("mark.quote", { hasText: "Readers have asked" });

  await budget.hover();
  await expect(budget).toHaveAttribute("data-lit", "true");
  await expect(counterpart).toHaveAttribute("data-lit", "true");
  await expect(unrelated).not.toHaveAttribute("data-lit");
  await expect(budget.getByRole("tooltip")).toHaveText(/^Priya Natarajan · said · /);
  await page.mouse.move(1, 1);
  await expect(counterpart).not.toHaveAttribute("data-lit");

  // The keyboard's way in: each quote's handle button.
  await budget.getByRole("button", { name: /^Select quote: direct quote, Priya Natarajan/ }).focus();
  await expect(counterpart).toHaveAttribute("data-lit", "true");
  await expect(budget.getByRole("tooltip")).toBeVisible();
  await page.getByRole("heading", { level: 1 }).click();
  await expect(counterpart).not.toHaveAttribute("data-lit");

  await budget.click();
  await expect(detailHeading(page)).toHaveText("Quote in Eastbrook Ledger: differs in words");
  const compared = page.getByRole("region", { name: "Details" }).getByRole("region", { name: "Compared with Riverside Post" });
  // (The legend above the diff is a <del> and an <ins> too.)
  await expect(compared.locator("del", { hasText: "deleted:" })).toHaveText("deleted: 12");
  await expect(compared.locator("ins", { hasText: "inserted:" })).toHaveText("inserted: 21");
  await expect(budget).toHaveAttribute("data-selected", "true");
  await expect(counterpart).toHaveAttribute("data-counterpart", "true");
});

test("scrolling one text keeps the matched quote level in the other, until sync scrolling is turned off", async ({ page, request }) => {
  const { url } = await seedComparison(request, { title: "Council meeting (synced scrolling)", sources: COUNCIL });
  await page.goto(url);
  await workspaceReady(page);
  const [leftOutlet, rightOutlet] = COUNCIL.map((s) => s.outlet);
  const leftBox = page.getByRole("region", { name: leftOutlet }).locator("[data-source-text]");
  const rightBox = page.getByRole("region", { name: rightOutlet }).locator("[data-source-text]");
  const mark = (box: Locator, i: number) => box.locator("mark.quote", { hasText: MAYOR_QUOTES[i] });
  const y = async (l: Locator) => (await l.boundingBox())?.y ?? Number.NaN;
  // The two text boxes start level, so that level quotes have the same y on the page.
  expect(Math.abs((await y(leftBox)) - (await y(rightBox)))).toBeLessThanOrEqual(1);

  /** Scrolls the left text so that its i-th quote sits `below` pixels under the box's top. */
  const scrollLeftTo = (i: number, below: number) => mark(leftBox, i).evaluate((m, px) => {
    const box = m.closest("[data-source-text]");
    if (box && m instanceof HTMLElement) box.scrollTop = m.offsetTop - px;
  }, below);
  const gap = async (i: number) => Math.abs((await y(mark(leftBox, i))) - (await y(mark(rightBox, i))));

  // The fourth quote comes after more text on the left than on the right: the columns scroll by different amounts.
  await scrollLeftTo(3, 80);
  await expect.poll(() => gap(3), { message: "the fourth quote is level in both columns" }).toBeLessThanOrEqual(3);
  const [leftTop, rightTop] = await Promise.all([leftBox.evaluate((el) => el.scrollTop), rightBox.evaluate((el) => el.scrollTop)]);
  expect(rightTop).toBeGreaterThan(0);
  expect(Math.abs(leftTop - rightTop)).toBeGreaterThan(100);

  await scrollLeftTo(5, 40);
  await expect.poll(() => gap(5), { message: "the sixth quote is level in both columns" }).toBeLessThanOrEqual(3);

  await page.getByRole("checkbox", { name: "Sync scrolling" }).uncheck();
  const still = await rightBox.evaluate((el) => el.scrollTop);
  await scrollLeftTo(1, 40);
  // Sync answers a scroll within the next animation frame; three frames on, it has not moved.
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => done())))));
  expect(await rightBox.evaluate((el) => el.scrollTop)).toBe(still);
  expect(await gap(1)).toBeGreaterThan(100);
});

test("at 600 pixels wide the sources are stacked behind a tab switcher, and selecting a discrepancy still works", async ({ page, request }, testInfo) => {
  await page.setViewportSize({ width: 600, height: 900 });
  const { url } = await seedComparison(request, { title: "Library hours (narrow)", sources: LIBRARY });
  await page.goto(url);
  await workspaceReady(page);
  const tabs = page.getByRole("tablist", { name: "Source shown" });
  await expect(tabs.getByRole("tab")).toHaveText(["Eastbrook Ledger", "Riverside Post"]);
  const panel = page.getByRole("tabpanel");
  await expect(panel.getByRole("heading", { level: 3 })).toHaveText("Eastbrook Ledger");
  await expect(page.getByRole("checkbox", { name: "Sync scrolling" })).toHaveCount(0);
  // Stacked: the text, then the list, then the details, and nothing wider than the window.
  const list = discrepancyList(page);
  const details = page.getByRole("region", { name: "Details" });
  const [textBox, listBox, detailBox] = await Promise.all([panel.boundingBox(), list.boundingBox(), details.boundingBox()]);
  expect(textBox && listBox && detailBox && textBox.y < listBox.y && listBox.y < detailBox.y).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(600);

  await tabs.getByRole("tab", { name: "Riverside Post" }).click();
  await expect(panel.getByRole("heading", { level: 3 })).toHaveText("Riverside Post");
  // Selecting shows the source of the discrepancy's first quote, with the quote marked.
  await list.getByRole("button", { name: /^substitution: Sunday → evening/ }).click();
  await expect(detailHeading(page)).toHaveText("substitution: Sunday → evening");
  await expect(tabs.getByRole("tab", { name: "Eastbrook Ledger" })).toHaveAttribute("aria-selected", "true");
  await expect(panel.locator("mark.quote", { hasText: "Readers have asked for Sunday hours" })).toHaveAttribute("data-selected", "true");
  await details.getByLabel("Status").selectOption("confirmed");
  await details.getByRole("button", { name: "Save review" }).click();
  await expect(details.getByRole("form", { name: "Review" }).getByRole("status")).toHaveText("Saved.");
  await expect(list.getByRole("button", { name: /^substitution: Sunday → evening.*Confirmed/ })).toBeVisible();
  await keepScreenshot(page, testInfo, "workspace-narrow", { fullPage: true });
});

test("the quote grid lines up three sources' quotes by utterance, each diffed against the base source", async ({ page, request }, testInfo) => {
  const { url } = await seedComparison(request, { title: "Library hours (three outlets)", sources: [...LIBRARY, LIBRARY_THIRD] });
  await page.goto(url);
  await workspaceReady(page);
  await page.getByRole("radiogroup", { name: "View" }).getByRole("radio", { name: "Quote grid" }).click();
  const grid = page.getByRole("table", { name: /^Quotes by utterance and source/ });
  await expect(grid).toHaveAccessibleName("Quotes by utterance and source, diffed against Eastbrook Ledger");
  await expect(grid.getByRole("columnheader")).toHaveText(["#", /^Eastbrook Ledger\s*base$/, "Riverside Post", "Hilltop Weekly"]);
  const rows = grid.getByRole("row");
  // A header row, then one row per utterance printed by more than one source.
  await expect(rows).toHaveCount(4);
  const budget = rows.filter({ hasText: "The budget for new books" });
  await expect(budget.getByRole("cell").nth(1).locator("del")).toHaveText("deleted: 12");
  await expect(budget.getByRole("cell").nth(1).locator("ins")).toHaveText("inserted: 21");
  await expect(budget.getByRole("cell").nth(2).locator("del, ins")).toHaveCount(0);
  await expect(rows.filter({ hasText: "Readers have asked" }).getByRole("cell").nth(2)).toHaveText("not printed");
  await expectNoAxeViolations(page, { state: "the quote grid" });
  await keepScreenshot(page, testInfo, "quote-grid");

  await page.getByLabel("Base source").selectOption({ label: "Riverside Post" });
  await expect(grid).toHaveAccessibleName("Quotes by utterance and source, diffed against Riverside Post");
  await expect(grid.getByRole("columnheader", { name: /^Riverside Post\s*base$/ })).toBeVisible();
  await expect(budget.getByRole("cell").nth(0).locator("ins")).toHaveText("inserted: 12");
  const cell = budget.getByRole("cell").nth(2).getByRole("button");
  await cell.click();
  await expect(cell).toHaveAttribute("aria-pressed", "true");
  await expect(detailHeading(page)).toHaveText("Quote in Hilltop Weekly: differs in words");
});

test("typography differences in a diff are shown quietly and hidden with one toggle, leaving the word changes", async ({ page, request }) => {
  const { url } = await seedComparison(request, {
    title: "Library hours (typography)",
    sources: [
      { outlet: "Eastbrook Ledger", title: "Sunday opening", text: "The library board met on Monday.\n\n“The library will open on Sundays — from noon until six,” said Priya Natarajan, who chairs the board." },
      { outlet: "Riverside Post", title: "Library to open Sundays", text: "The board voted on Monday.\n\n“The library will open on Sundays – from noon until five,” said Priya Natarajan, who chairs the board." },
    ],
  });
  await page.goto(url);
  await workspaceReady(page);
  await discrepancyList(page).getByRole("button", { name: /^number: six → five/ }).click();
  const details = page.getByRole("region", { name: "Details" });
  // The word diff: the serif paragraph with deletions (the quote cards above have none).
  const diff = details.locator("p.font-serif").filter({ has: page.locator("del.diff") });
  await expect(diff.locator("span.diff-typo")).toHaveCount(1);
  await expect(diff.locator("del")).toHaveText("deleted: six");
  await details.getByLabel("Hide typography differences").check();
  await expect(diff.locator("span.diff-typo")).toHaveCount(0);
  await expect(diff.locator("del")).toHaveText("deleted: six");
  await expect(diff).toContainText("Sundays — from noon");
  // The same toggle from the keyboard.
  await page.getByRole("heading", { level: 1 }).click();
  await page.keyboard.press("t");
  await expect(details.getByLabel("Hide typography differences")).not.toBeChecked();
  await expect(diff.locator("span.diff-typo")).toHaveCount(1);
});
