// @ts-check
/**
 * Mutation testing (issue 14): `npm run test:mutation`. Not part of `npm test`: a full run
 * takes hours on the 2-core CI machine; incremental mode makes a rerun test only the
 * mutants whose code or covering tests changed.
 *
 * StrykerJS 9.6 (10.x declares Node >= 22; every machine here runs Node 20).
 *
 * What is mutated, and what is not:
 * - src/**, the library and the two pure modules of the command, src/cli/options.ts (argv
 *   to a Command) and src/cli/work.ts (a page or an NDJSON record to its output line).
 * - Not the command's process plumbing: src/cli.ts (main: exit codes, stdio), and
 *   src/cli/{inputs,io,load,pool,progress,runner,warc,worker}.ts (folder walks, file and
 *   stream reading, worker threads, backpressure, the progress bar, WARC archives). They
 *   are tested by test/cli.test.ts and test/cli-warc.test.ts, which run the built
 *   `dist/cli.js` in a child process: Stryker mutates `src/` in its sandbox and never
 *   rebuilds `dist/`, so no mutant there could ever be killed, whatever the tests.
 * - Not src/data/**: word and name tables (places, agencies, months, clutter words). A
 *   mutant there removes one word or empties a table; each entry is data, checked by the
 *   golden fixtures and the corpus score, not logic a unit test should pin one by one.
 *
 * Static mutants are ignored (`ignoreStatic`): a mutant in code that runs only when a
 * module loads (a module-level regex in src/patterns/, a table built at import, a
 * constant) can only be tested by reloading every module and running the whole suite,
 * about 20 s a mutant here, and src/ has over a thousand of them. The report lists them
 * as "Ignored"; the score is over the others. The patterns they hold are checked by their
 * own ✓/✗ examples in the tests of the rules that use them.
 *
 * The tests run are those of vitest.stryker.config.ts (see there for what it leaves out).
 *
 * Equivalent mutants are marked where they stand, with a `// Stryker disable next-line
 * <mutator>: <reason>` comment in src/.
 */
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.stryker.config.ts" },
  coverageAnalysis: "perTest",
  mutate: [
    "src/**/*.ts",
    "!src/data/**",
    "!src/cli.ts",
    "!src/cli/{inputs,io,load,pool,progress,runner,warc,worker}.ts",
  ],
  ignoreStatic: true,
  // Two workers at most on the shared 2-core machines; override with --concurrency.
  concurrency: 1,
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  // vitest does not type-check, so only src/ needs the `// @ts-nocheck` Stryker adds.
  disableTypeChecks: "src/**/*.ts",
  // A busy shared VM slows a test run by 1.6x for minutes at a time: leave room before a
  // slow mutant counts as a hang.
  timeoutMS: 10_000,
  // The sandbox is .stryker-tmp/sandbox-*/, so the tests' `../shared` is .stryker-tmp/shared:
  // `npm run test:mutation` links it to the real ../shared before it starts.
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
