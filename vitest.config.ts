import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

export default defineConfig({
  // The version the build writes into the command (tsup.config.ts), for src/cli/options.ts in unit tests.
  define: { __VERSION__: JSON.stringify(version) },
  test: {
    // `npm run test:chrome` runs the strict site-chrome property alone (a measuring instrument, see
    // test/chrome-strict.property.ts); `npm test` runs every *.test.ts file.
    include: process.env.CHROME_STRICT ? ["test/chrome-strict.property.ts"] : ["test/**/*.test.ts"],
    // Property tests and the pathological-input test run real work; give them room on 2-core CI,
    // and much more when `npm run test:deep` asks for 100,000 runs per property.
    testTimeout: process.env.PROPERTY_RUNS ? 3_600_000 : 60_000,
  },
});
