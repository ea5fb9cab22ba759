// Prints "N passed, N failed" summed over the unit (Vitest) and end-to-end (Playwright) reports.
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
const vitest = "test-results/vitest.json";
if (existsSync(vitest)) {
  const report = JSON.parse(readFileSync(vitest, "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  // A suite that fails to load has no failed tests of its own: count it once.
  if ((report.numFailedTests ?? 0) === 0) failed += report.numFailedTestSuites ?? 0;
}
const playwright = "test-results/playwright.json";
if (existsSync(playwright)) {
  const stats = JSON.parse(readFileSync(playwright, "utf8")).stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
}
if (passed + failed === 0) failed = 1; // nothing ran: never report a silent green
console.log(`${passed} passed, ${failed} failed`);
