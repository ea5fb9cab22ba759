import { LIBRARY } from "./articles";
import { expect, expectFocusVisible, expectNoAxeViolations, fetchComparison, seedComparison, test, workspaceReady } from "./fixtures";

test("an editor triages three discrepancies with the keyboard alone, and the statuses stick after a reload", async ({ page, request }) => {
  const { id, url } = await seedComparison(request, { title: "Library hours (keyboard triage)", sources: LIBRARY });
  await page.goto(url);
  await workspaceReady(page);
  const list = page.getByRole("list", { name: /^Discrepancies, \d+ shown/ });
  const details = page.getByRole("region", { name: "Details" });
  const heading = details.getByRole("heading", { level: 3 });
  const fingerprints: string[] = [];

  // The first Tab reaches the skip link, and shows that it has focus.
  await page.keyboard.press("Tab");
  await expectFocusVisible(page.getByRole("link", { name: "Skip to content" }));

  /** Moves with j and records the permalink's fingerprint of the discrepancy it lands on. */
  async function next(name: string): Promise<void> {
    await page.keyboard.press("j");
    await expect(heading).toHaveText(name);
    await expectFocusVisible(list.getByRole("button", { name: new RegExp(`^${name}`) }));
    await expect(page).toHaveURL(/\?d=\w+$/);
    fingerprints.push(new URL(page.url()).searchParams.get("d") ?? "");
  }

  /** A status key saves at once; the review's history grows by one version. */
  async function decide(key: string, status: string, versions: number): Promise<void> {
    await page.keyboard.press(key);
    await expect(details.getByLabel("Status")).toHaveValue(status);
    await expect(details.getByText(new RegExp(`^History \\(${versions} versions?,`))).toBeVisible();
  }

  await next("number: seven → six");
  await decide("c", "confirmed", 1);
  await next("number: 12 → 21");
  await decide("d", "dismissed", 1);
  // k goes back and j forward again: the list wraps around in severity, then text, order.
  await page.keyboard.press("k");
  await expect(heading).toHaveText("number: seven → six");
  await page.keyboard.press("j");
  await expect(heading).toHaveText("number: 12 → 21");

  // ? opens the help overlay, which keeps focus inside it and closes with Escape.
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await expect(help.getByRole("row", { name: /Confirm the selected discrepancy/ })).toBeVisible();
  await expectFocusVisible(help.getByRole("button", { name: "Close" }));
  await page.keyboard.press("Tab");
  await expect(help.getByRole("button", { name: "Close" })).toBeFocused();
  await expectNoAxeViolations(page, { state: "the keyboard help open" });
  // Shortcuts are off while the help is open (the page behind it is hidden from the accessibility tree meanwhile).
  await page.keyboard.press("j");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
  await expect(heading).toHaveText("number: 12 → 21");

  await next("substitution: Sunday → evening");
  await decide("r", "needs_review", 1);
  // n goes to the note; typed shortcut letters stay text; Tab reaches Save, Enter saves.
  await page.keyboard.press("n");
  const note = details.getByLabel("Note");
  await expectFocusVisible(note);
  await page.keyboard.type("Hale’s office says he meant Sunday: check the recording.");
  await page.keyboard.press("Tab");
  await expectFocusVisible(details.getByRole("button", { name: "Save review" }));
  await page.keyboard.press("Enter");
  await expect(details.getByText(/^History \(2 versions,/)).toBeVisible();
  await expect(heading).toHaveText("substitution: Sunday → evening");
  await expectNoAxeViolations(page, { state: "a discrepancy selected and reviewed" });

  await page.reload();
  await expect(list.getByRole("button", { name: /^number: seven → six.*Confirmed/ })).toBeVisible();
  await expect(list.getByRole("button", { name: /^number: 12 → 21.*Dismissed/ })).toBeVisible();
  await expect(list.getByRole("button", { name: /^substitution: Sunday → evening.*Needs review/ })).toBeVisible();
  const stored = await fetchComparison(request, id);
  const review = (fingerprint: string | undefined) => stored.discrepancies.find((d) => d.fingerprint === fingerprint)?.review;
  expect(fingerprints).toHaveLength(3);
  expect(review(fingerprints[0])).toMatchObject({ status: "confirmed", version: 1 });
  expect(review(fingerprints[1])).toMatchObject({ status: "dismissed", version: 1 });
  expect(review(fingerprints[2])).toMatchObject({ status: "needs_review", note: "Hale’s office says he meant Sunday: check the recording.", version: 2 });
});
