#!/usr/bin/env node
// `npm run eval:chrome`: the public corpus scored as it is, then wrapped in site chrome
// from the tune kinds, then from the set-aside (heldout) kinds of the page-template
// simulator, then from its fresh kinds (a later set, written after the parser was tuned), with the
// maintainers' scorer on the current build (dist/index.js).
//
//   npm run eval:chrome                     # seed 1
//   npm run eval:chrome -- --seed 7
//   npm run eval:chrome -- --only tune      # while tuning: leave the set-aside half unread
//
// The tune run prints the scorer's full report (fields, styles, failing ids); the set-aside
// and fresh runs print only their summaries, last, so that tuning looks at the tune half alone.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHROME_SETS, writeChromeCorpus } from "./chrome-corpus.mjs";

const root = join(import.meta.dirname, "..");
const shared = join(root, "..", "shared", "corpus");
const cases = join(shared, "public");
const argv = process.argv.slice(2);
const arg = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const seed = Number(arg("seed", "1"));
const only = arg("only", null);

const runs = [{ label: "no chrome", set: null }, ...CHROME_SETS]
  .map((r) => ({ ...r, quiet: r.set !== null && r.set !== "tune" }))
  .filter((r) => only === null || r.set === only);

const summaries = [];
for (const run of runs) {
  const dir = run.set ? mkdtempSync(join(tmpdir(), `wirecopy-chrome-${run.set}-`)) : cases;
  try {
    if (run.set) writeChromeCorpus({ cases, out: dir, set: run.set, seed });
    const args = [join(shared, "score.mjs"), "--module", join(root, "dist", "index.js"), "--cases", dir, ...(run.quiet ? ["--quiet"] : [])];
    const r = spawnSync(process.execPath, args, { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`score.mjs failed on ${run.label}: ${r.stderr || r.stdout}`);
    console.log(`\n=== public corpus, ${run.label}${run.set ? `, seed ${seed}` : ""} ===`);
    console.log(r.stdout.trimEnd());
    summaries.push(`${`${run.label}:`.padEnd(28)}${r.stdout.split("\n").find((l) => l.startsWith("SUMMARY")) ?? "(no SUMMARY line)"}`);
  } finally {
    if (run.set) rmSync(dir, { recursive: true, force: true });
  }
}
console.log(`\n=== chrome scores, seed ${seed} (set-aside and fresh last) ===`);
for (const s of summaries) console.log(s);
