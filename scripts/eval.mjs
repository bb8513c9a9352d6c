#!/usr/bin/env node
// `npm run eval`: the maintainers' scorers on the current build (dist/), one after another:
//
//   1. the public corpus (../shared/corpus/score.mjs): the per-style table and failing ids;
//   2. the article-extraction benchmark pages (../shared/aeb/score-aeb.mjs) as page text,
//      with blank lines between blocks, as the benchmark ships them;
//   3. the same page texts with single newlines between blocks (each blank-line separator
//      made one newline, in a temp folder);
//   4. the same pages as HTML through wirecopy/html.
//
// It ends with each scorer's summary line, so the figures can be pasted as they are.
// `--quiet` prints the summaries only. Needs ../shared (see README, "Evaluation").
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const shared = join(root, "..", "shared");
const quiet = process.argv.includes("--quiet");
const aeb = join(shared, "aeb", "dev");

/** Runs one scorer; prints its report (unless quiet) and returns its summary line. */
function score(label, args) {
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr);
    throw new Error(`${label}: the scorer exited with ${run.status}`);
  }
  if (!quiet) console.log(`=== ${label} ===\n${run.stdout.trimEnd()}\n`);
  const summary = run.stdout.split("\n").filter((l) => /^(SUMMARY|AEB pages)/.test(l)).pop();
  return `${label.padEnd(28)} ${summary ?? "(no summary line)"}`;
}

/** The aeb page texts with single newlines between blocks, in a temp folder (ground truth copied beside them). */
function singleNewlineCopy() {
  const dir = mkdtempSync(join(tmpdir(), "wirecopy-aeb-nl-"));
  for (const f of readdirSync(aeb)) {
    if (f.endsWith(".txt")) writeFileSync(join(dir, f), readFileSync(join(aeb, f), "utf8").replace(/\n(?:[ \t]*\n)+/g, "\n"));
    else if (f.endsWith(".json")) copyFileSync(join(aeb, f), join(dir, f));
  }
  return dir;
}

const summaries = [];
summaries.push(score("public corpus", [join(shared, "corpus", "score.mjs"), "--module", "dist/index.js", "--cases", join(shared, "corpus", "public")]));
summaries.push(score("aeb page text", [join(shared, "aeb", "score-aeb.mjs"), "--module", "dist/index.js", "--cases", aeb]));
const nl = singleNewlineCopy();
try {
  summaries.push(score("aeb page text, single \\n", [join(shared, "aeb", "score-aeb.mjs"), "--module", "dist/index.js", "--cases", nl]));
} finally {
  rmSync(nl, { recursive: true, force: true });
}
summaries.push(score("aeb HTML (wirecopy/html)", [join(shared, "aeb", "score-aeb.mjs"), "--module", "dist/html.js", "--cases", aeb, "--html"]));
console.log(summaries.join("\n"));
