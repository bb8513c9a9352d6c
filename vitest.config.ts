import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Property tests and the pathological-input test run real work; give them room on 2-core CI,
    // and much more when `npm run test:deep` asks for 100,000 runs per property.
    testTimeout: process.env.PROPERTY_RUNS ? 3_600_000 : 60_000,
  },
});
