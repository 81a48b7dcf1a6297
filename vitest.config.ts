import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One temporary folder for the whole run, removed at its end (test/support/temp-root.ts).
    globalSetup: ["test/support/temp-root.ts"],
    // The suite's clock (test/support/clock.ts): every worker runs at the stand-ins' moment.
    setupFiles: ["test/support/clock-preload.mjs"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    // 2-core machines: two files at a time keeps loopback servers responsive.
    maxWorkers: 2,
    // CI also keeps a machine-readable result, from which .ci/run prints its closing count.
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: "test-results.json" },
  },
});
