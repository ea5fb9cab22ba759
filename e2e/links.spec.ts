import { expect, seedComparison, test } from "./fixtures";

// Articles written for this test. The pledge is paraphrased, so the engine cannot pair it; the
// second quote is printed word for word by both outlets, so the engine pairs it.
const PLEDGE = "We will rebuild the old bridge before the winter comes";
const PARAPHRASE = "The old crossing gets rebuilt ahead of the cold months";
const SHARED = "Nobody on this council wanted a fight";
const GAZETTE = [`Mayor Ana Ruiz spoke after the vote. “${PLEDGE},” Ruiz said.`, `“${SHARED},” she added.`].join("\n\n");
const COURIER = [`Ana Ruiz addressed reporters on Monday. “${PARAPHRASE},” Ruiz said.`, `“${SHARED},” she said.`].join("\n\n");

test("an editor links two quotes the engine missed and unlinks a match; both survive re-analysis and can be undone", async ({ page, request }) => {
  const { id, url } = await seedComparison(request, {
    title: "Bridge pledge (links)",
    sources: [
      { outlet: "Harbour Gazette", title: "Ruiz pledges a new bridge", text: GAZETTE },
      { outlet: "Valley Courier", title: "Bridge to be rebuilt", text: COURIER },
    ],
  });
  await page.goto(url);
  const list = page.getByRole("list", { name: /^Discrepancies/ });
  const details = page.getByRole("region", { name: "Details" });

  // Link: the engine left the pledge unmatched in both sources.
  await expect(list.getByRole("button", { name: /unmatched:/ })).toHaveCount(2);
  await list.getByRole("button", { name: new RegExp(`unmatched: ${PLEDGE}`) }).click();
  const linkForm = details.getByRole("form", { name: "Link to another quote" });
  await linkForm.getByLabel("Quote", { exact: true }).selectOption({ label: `${PARAPHRASE},` });
  await linkForm.getByLabel("Why (optional)").fill("Same pledge, paraphrased by the Courier");
  await linkForm.getByRole("button", { name: "Link quotes" }).click();
  await expect(details.getByRole("heading", { level: 3, name: /^Quote in Harbour Gazette/ })).toBeVisible();
  await expect(details.getByText(/Linked by an editor: variant/)).toBeVisible();
  await expect(details.getByText(/Same pledge, paraphrased by the Courier/)).toBeVisible();
  await expect(list.getByRole("button", { name: /unmatched:/ })).toHaveCount(0);

  // Unlink: the engine's pair of the shared quote.
  await page.locator("mark.quote", { hasText: SHARED }).first().click();
  await expect(details.getByRole("heading", { level: 3, name: /^Quote in Harbour Gazette: reads the same/ })).toBeVisible();
  await expect(details.getByText(/Paired by the engine: identical/)).toBeVisible();
  await details.getByRole("button", { name: "Unlink these quotes" }).click();
  await expect(details.getByRole("button", { name: "Undo unlink" })).toBeVisible();
  await expect(list.getByRole("button", { name: new RegExp(`unmatched: ${SHARED}`) })).toHaveCount(2);

  // Both survive a re-analysis.
  await page.getByRole("button", { name: "Re-analyse" }).click();
  await page.reload();
  await expect(list.getByRole("button", { name: new RegExp(`unmatched: ${SHARED}`) })).toHaveCount(2);
  await expect(list.getByRole("button", { name: new RegExp(`unmatched: ${PLEDGE}`) })).toHaveCount(0);
  const overrides = page.getByRole("region", { name: "Links and unlinks by editors" });
  await expect(overrides.getByRole("listitem")).toHaveCount(2);
  const api = (await (await request.get(`/api/comparisons/${id}`)).json()) as { matches: Array<{ origin: string }> };
  expect(api.matches.map((m) => m.origin)).toEqual(["editor"]);

  // Undo the unlink: the engine's own pair comes back.
  await overrides.getByRole("listitem").filter({ hasText: "Kept apart" }).getByRole("button", { name: /Undo/ }).click();
  await expect(overrides.getByRole("listitem")).toHaveCount(1);
  await expect(list.getByRole("button", { name: /unmatched:/ })).toHaveCount(0);
});
