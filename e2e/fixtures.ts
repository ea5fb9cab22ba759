import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";

/**
 * What every spec imports instead of `@playwright/test`: the same `test` and `expect`, with an
 * accessibility check (axe-core) on whatever the page shows when each test ends, and a helper to
 * seed a comparison through the public API.
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
  expect(violations, `axe-core found ${violations.length} violation(s) on ${where}:\n${describe(violations)}`).toEqual([]);
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
