import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type APIRequestContext, type Locator, type Page, type TestInfo } from "@playwright/test";
import type { ComparisonView } from "@/server/comparison-view";

/**
 * What every spec imports instead of `@playwright/test`: the same `test` and `expect`, with an
 * accessibility check (axe-core) on whatever the page shows when each test ends, and the helpers
 * the flows share: seeding and reading comparisons through the public API, waiting for the
 * workspace to be interactive, checking that focus shows, and keeping screenshots.
 */

type AxeViolation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

function describe(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    ${n.target.join(" ")}\n      ${n.failureSummary?.replaceAll("\n", "\n      ") ?? ""}`);
      return `  ${v.id} (${v.impact ?? "no impact given"}): ${v.help}\n  ${v.helpUrl}\n${nodes.join("\n")}`;
    })
    .join("\n\n");
}

/**
 * Runs axe-core on the page as it is now (an open dialog, a selected discrepancy …) and fails
 * with one readable line per violated rule and the elements that break it.
 */
export async function expectNoAxeViolations(page: Page, options: { state?: string } = {}): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const where = `${page.url()}${options.state ? ` (${options.state})` : ""}`;
  // Compared as short lines, so that a failure reads as a list rather than a deep object diff.
  const lines = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(lines, `axe-core found ${violations.length} violation(s) on ${where}:\n${describe(violations)}`).toEqual([]);
}

export const test = base.extend<{ axeAtEnd: undefined }>({
  axeAtEnd: [
    async ({ page }, use, testInfo) => {
      await use(undefined);
      // A test that already failed keeps its own error; a page never opened has nothing to check.
      if (testInfo.status !== testInfo.expectedStatus || page.isClosed() || page.url() === "about:blank") return;
      await expectNoAxeViolations(page, { state: "at the end of the test" });
    },
    { auto: true },
  ],
});

export { expect };

export type SeedSource = { outlet: string; title: string; text: string; url?: string; publishedAt?: string };

/** Stores a comparison through `POST /api/comparisons`; its page is at `url`. */
export async function seedComparison(request: APIRequestContext, input: { title: string; sources: SeedSource[] }): Promise<{ id: string; url: string }> {
  const response = await request.post("/api/comparisons", { data: input });
  expect(response.status(), await response.text()).toBe(201);
  const body = (await response.json()) as { id: string; url: string };
  return { id: body.id, url: body.url };
}

/** `GET /api/comparisons/[id]`: the stored comparison with every discrepancy and its review. */
export async function fetchComparison(request: APIRequestContext, id: string): Promise<ComparisonView> {
  const response = await request.get(`/api/comparisons/${id}`);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as ComparisonView;
}

/**
 * Waits until the workspace has hydrated and run its effects. Before then a key press is lost
 * (the shortcuts are a document listener added by an effect), and so are hovering and typing
 * into the review form. The quote maps are drawn by an effect of the same commit, so their ticks
 * are the sign. Not for the quote grid, which has no quote map.
 */
export async function workspaceReady(page: Page): Promise<void> {
  await expect(page.locator(".minimap-tick").first()).toBeAttached();
}

/** The element has focus and shows it: an outline that is drawn (the app's `:focus-visible` style). */
export async function expectFocusVisible(locator: Locator): Promise<void> {
  await expect(locator).toBeFocused();
  await expect(locator).not.toHaveCSS("outline-style", "none");
  await expect(locator).not.toHaveCSS("outline-width", "0px");
}

/** Saves a screenshot of the page in the test's output folder (kept after the run) and attaches it to the report. */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}
