import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Property tests and the pathological-input test run real work; give them room on 2-core CI.
    testTimeout: 60_000,
  },
});
