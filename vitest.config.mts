import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      "server-only": fileURLToPath(new URL("./test/server-only.ts", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "cli/**/*.test.ts", "bench/**/*.test.ts", "server/**/*.test.ts", "prisma/**/*.test.ts"],
    environment: "node",
    // Property tests feed the engine 100,000-mark inputs; the default 5 s is tight on a loaded 2-core box.
    testTimeout: 60_000,
    // The JSON report lets .ci/run print one "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
