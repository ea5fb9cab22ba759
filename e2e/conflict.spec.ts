import type { Page } from "@playwright/test";
import { LIBRARY } from "./articles";
import { expect, expectNoAxeViolations, fetchComparison, seedComparison, test, workspaceReady } from "./fixtures";

const NOTE_A = "The council’s recording says 12 per cent.";
const NOTE_B = "The published budget table says 21 per cent; ask the board.";

function reviewOf(page: Page) {
  const details = page.getByRole("region", { name: "Details" });
  return { details, form: details.getByRole("form", { name: "Review" }) };
}

test("two editors save the same review: the second is shown the first's version, keeps their text, and saves over it", async ({ page, browser, request }) => {
  const { id, url } = await seedComparison(request, { title: "Library hours (two editors)", sources: LIBRARY });
  const fingerprint = (await fetchComparison(request, id)).discrepancies.find((d) => d.left === "12")?.fingerprint;
  expect(fingerprint).toBeDefined();
  const permalink = `${url}?d=${fingerprint}`;

  // Editor A is `page`; editor B has a browser of their own (their own remembered name).
  const contextB = await browser.newContext();
  const pageB = await contextB.newPage();
  await page.goto(permalink);
  await pageB.goto(permalink);
  await Promise.all([workspaceReady(page), workspaceReady(pageB)]);
  const a = reviewOf(page);
  const b = reviewOf(pageB);
  await expect(a.details.getByRole("heading", { level: 3 })).toHaveText("number: 12 → 21");
  await expect(b.details.getByRole("heading", { level: 3 })).toHaveText("number: 12 → 21");

  // B starts writing first; A saves first.
  await b.form.getByLabel("Your name").fill("Bea Ortiz");
  await b.form.getByLabel("Status").selectOption("needs_review");
  await b.form.getByLabel("Note").fill(NOTE_B);
  await a.form.getByLabel("Your name").fill("Ade Mensah");
  await a.form.getByLabel("Status").selectOption("confirmed");
  await a.form.getByLabel("Note").fill(NOTE_A);
  await a.form.getByRole("button", { name: "Save review" }).click();
  await expect(a.form.getByRole("status")).toHaveText("Saved.");

  // B's save is refused: A's version is shown, B's text is still in the fields.
  await b.form.getByRole("button", { name: "Save review" }).click();
  const notice = b.form.getByRole("alert");
  await expect(notice).toContainText("Someone else saved");
  await expect(notice.getByRole("definition")).toHaveText([/^1, saved .* by Ade Mensah$/, "Confirmed", NOTE_A, "(none)"]);
  await expect(b.form.getByLabel("Note")).toHaveValue(NOTE_B);
  await expect(b.form.getByLabel("Status")).toHaveValue("needs_review");
  await expect(b.form.getByRole("status")).not.toHaveText("Saved.");
  await expectNoAxeViolations(pageB, { state: "a conflict shown" });

  await notice.getByRole("button", { name: "Keep my text and save over theirs" }).click();
  await expect(b.form.getByRole("button", { name: "Save review" })).toBeFocused();
  await expect(b.form.getByRole("status")).toHaveText("Editing on top of version 1; save to replace it with yours.");
  await b.form.getByRole("button", { name: "Save review" }).click();
  await expect(b.form.getByRole("status")).toHaveText("Saved.");
  await expect(b.form.getByRole("alert")).toHaveCount(0);

  // The history lists both versions, newest first.
  const history = b.details.getByRole("group").filter({ hasText: /^History \(2 versions, last by Bea Ortiz\)/ });
  await history.getByText("History (2 versions, last by Bea Ortiz)").click();
  const versions = history.getByRole("listitem");
  await expect(versions).toHaveCount(2);
  await expect(versions.nth(0)).toContainText("Version 2: Needs review");
  await expect(versions.nth(0)).toContainText("Bea Ortiz");
  await expect(versions.nth(0)).toContainText(NOTE_B);
  await expect(versions.nth(1)).toContainText("Version 1: Confirmed");
  await expect(versions.nth(1)).toContainText("Ade Mensah");
  await expect(versions.nth(1)).toContainText(NOTE_A);
  await expectNoAxeViolations(pageB, { state: "the history open" });
  await contextB.close();

  // A, reloading, finds B's version.
  await page.reload();
  await expect(a.form.getByLabel("Note")).toHaveValue(NOTE_B);
  await expect(a.form.getByLabel("Status")).toHaveValue("needs_review");
  const stored = (await fetchComparison(request, id)).discrepancies.find((d) => d.fingerprint === fingerprint)?.review;
  expect(stored).toMatchObject({ status: "needs_review", note: NOTE_B, author: "Bea Ortiz", version: 2 });
  expect(stored?.history.map((e) => [e.version, e.author, e.note])).toEqual([
    [1, "Ade Mensah", NOTE_A],
    [2, "Bea Ortiz", NOTE_B],
  ]);
});
