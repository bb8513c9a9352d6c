import { BaseSequencer, type TestSpecification } from "vitest/node";
import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

/**
 * Test files run last against each mutant: slow ones (generated inputs by the hundred,
 * whole-pipeline invariants, compromise) that rarely kill a mutant the unit and golden
 * tests let live. A mutant's run stops at its first failing test (Stryker bails), so the
 * quick, specific files go first.
 */
const SLOW_LAST = [
  "test/ninjs.test.ts",
  "test/entities.test.ts",
  "test/html-robustness.test.ts",
  "test/nothing-lost.test.ts",
  "test/spans.test.ts",
  "test/properties.test.ts",
];

/** Quick files first (by name, so runs are repeatable), then SLOW_LAST in its order. */
class QuickFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification): number => SLOW_LAST.findIndex((s) => f.moduleId.endsWith(s));
    return [...files].sort((a, b) => rank(a) - rank(b) || (a.moduleId < b.moduleId ? -1 : a.moduleId > b.moduleId ? 1 : 0));
  }
}

/**
 * The test set `npm run test:mutation` runs against each mutant (stryker.config.mjs).
 *
 * Left out, each for a reason that has nothing to do with what it checks:
 * - test/cli.test.ts, test/cli-warc.test.ts, test/cli-explain.test.ts, test/package.test.ts,
 *   test/docs.test.ts and test/browser/ run the built `dist/` (a child process, the packed
 *   tarball, the docs' code blocks, the playground in Chromium): Stryker mutates `src/` in
 *   its sandbox and never rebuilds, so they could only ever see the unmutated code.
 * - test/pathological.test.ts and test/html-linear.test.ts time 1 MB against 4 MB
 *   inputs (seconds per mutant, and a mutant that makes the code slower is not a
 *   behaviour change; Stryker's own timeout catches one that hangs).
 * - test/chrome.test.ts wraps every fixture in every kind of the page-template simulator's
 *   chrome (minutes a run): a ratchet on how many wrapped pages differ, which the golden,
 *   head and locate tests cover rule by rule far faster.
 *
 * One module graph per run (`isolate: false`): a file's tests share the modules the run's
 * first file imported, instead of every file importing src/ again (a run's imports take
 * 2.7 s instead of 8 s; a surviving mutant runs nearly every file). Safe across mutants:
 * with one worker, vitest hands it all the run's files at once and stops it when the run
 * ends, so each mutant's run starts from fresh modules (no table built lazily under one
 * mutant, src/lib/letters.ts or src/lib/scan.ts, can leak into the next mutant's run).
 * `npm test` keeps vitest's default, a fresh module graph per file.
 *
 * - test/html-robustness.test.ts (malformed and huge HTML never throws, output is valid) and
 *   test/entities.test.ts (compromise's named entities over whole stories): about 11 s of
 *   every surviving mutant's run, and on src/lib/'s 2,395 mutants (run of 2026-12-04, with
 *   them in the set and run last) they killed none. Leaving a test out can only let a
 *   mutant live, never kill one, so a score measured without them is not raised by it.
 *   src/entities.ts is reached by test/entities-names.test.ts instead, which calls
 *   `extractEntities` on stories built by hand and never runs the parser.
 *
 * Property tests run 50 generated inputs per property instead of `npm test`'s 300 to
 * 1,000 (PROPERTY_RUNS): a surviving mutant runs every test that covers it, and the
 * properties cover nearly all of src/. Fewer runs can only let a mutant live that more
 * would kill, so the score is, if anything, understated.
 */
export default defineConfig({
  // The version the build writes into the command (tsup.config.ts), for src/cli/options.ts in unit tests.
  define: { __VERSION__: JSON.stringify(version) },
  test: {
    include: ["test/**/*.test.ts"],
    exclude: [
      "test/cli.test.ts",
      "test/cli-warc.test.ts",
      "test/cli-explain.test.ts",
      "test/package.test.ts",
      "test/docs.test.ts",
      "test/browser/**",
      "test/pathological.test.ts",
      "test/html-linear.test.ts",
      "test/chrome.test.ts",
      "test/html-robustness.test.ts",
      "test/entities.test.ts",
    ],
    env: { PROPERTY_RUNS: "50" },
    sequence: { sequencer: QuickFirst },
    testTimeout: 60_000,
    isolate: false,
  },
});
