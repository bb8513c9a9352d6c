import { defineConfig } from "vitest/config";

/**
 * The test set `npm run test:mutation` runs against each mutant (stryker.config.mjs).
 * Left out, each for a reason that has nothing to do with what it checks:
 * - test/cli.test.ts, test/cli-warc.test.ts, test/package.test.ts run the built `dist/`
 *   (a child process or the packed tarball): Stryker mutates `src/` in its sandbox and
 *   never rebuilds, so they could only ever see the unmutated code.
 * - test/pathological.test.ts and test/html-linear.test.ts time 1 MB against 4 MB
 *   inputs (seconds per mutant, and a mutant that makes the code slower is not a
 *   behaviour change; Stryker's own timeout catches one that hangs).
 * - test/chrome.test.ts is a measuring instrument that fails today by design; Stryker
 *   needs a green dry run.
 */
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: [
      "test/cli.test.ts",
      "test/cli-warc.test.ts",
      "test/package.test.ts",
      "test/pathological.test.ts",
      "test/html-linear.test.ts",
      "test/chrome.test.ts",
    ],
    testTimeout: 60_000,
  },
});
