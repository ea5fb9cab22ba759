import path from "node:path";
import { defineConfig } from "@playwright/test";
import { FIXTURE_PORT, PORT } from "./ports";

/**
 * End-to-end tests in the system's Chromium (Playwright's own browser download cannot work on
 * these machines), against the app served by `npm start` on a fresh database of its own.
 */
// Run from the repository root (scripts/e2e.mjs makes sure of it).
const ROOT = process.cwd();

// Overridable so that two runs on one machine (a focused spec beside the suite) do not share a database.
const DATABASE = process.env.E2E_DATABASE ?? path.join(ROOT, "data", "e2e.db");

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  outputDir: path.join(ROOT, "test-results", "playwright-artifacts"),
  // A focused test would silence the rest of the suite, in CI and anywhere else.
  forbidOnly: true,
  // Flaky tests are fixed, not retried.
  retries: 0,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: path.join(ROOT, "test-results", "playwright.json") }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  webServer: [
    {
      command: "node scripts/start.mjs",
      cwd: ROOT,
      url: `http://127.0.0.1:${PORT}/api/comparisons?limit=1`,
      // The local news site is the only address imports may fetch from (nothing is allowed by default).
      env: { PORT: String(PORT), DATABASE_URL: `file:${DATABASE}`, IMPORT_ALLOWED_HOSTS: `127.0.0.1:${FIXTURE_PORT}` },
      reuseExistingServer: false,
      timeout: 300_000,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      command: "node e2e/fixture-server.mjs",
      cwd: ROOT,
      url: `http://127.0.0.1:${FIXTURE_PORT}/gazette/wall`,
      env: { FIXTURE_PORT: String(FIXTURE_PORT) },
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
