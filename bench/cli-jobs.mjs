#!/usr/bin/env node
// Times `wirecopy --input ndjson FILE` (or `wirecopy --ndjson DIR` when given
// a folder of pages) with --jobs 1 and --jobs N, runs interleaved, and prints
// the fastest and median wall times and the speed-up. Needs `npm run build`;
// make the input with scripts/make-ndjson.mjs.
//
//   node bench/cli-jobs.mjs /tmp/mid.ndjson            # --jobs 1 vs --jobs 2, 5 runs each
//   node bench/cli-jobs.mjs /tmp/mid.ndjson --runs 3 --jobs 4
//   node bench/cli-jobs.mjs /tmp/pages/                # a folder of *.txt pages
//
// Output goes to /dev/null. The fastest run is the better estimate on a
// shared machine (other load only ever slows a run down).
import { spawn } from "node:child_process";
import { openSync, readdirSync, statSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: "string", default: "5" }, jobs: { type: "string", default: "2" } },
});
const file = positionals[0];
if (!file) {
  console.error("usage: node bench/cli-jobs.mjs FILE.ndjson|DIR [--runs N] [--jobs N]");
  process.exit(2);
}
const folder = statSync(file).isDirectory();
const mode = folder ? ["--ndjson"] : ["--input", "ndjson"];
const cli = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "cli.js");
const runs = Number(values.runs);
const jobs = [1, Number(values.jobs)];
const devNull = openSync("/dev/null", "w");

function time(j) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [cli, ...mode, "--quiet", "--jobs", String(j), file], {
      stdio: ["ignore", devNull, "inherit"],
    });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 || code === 1 ? resolve((performance.now() - t0) / 1000) : reject(new Error(`exit ${code}`))));
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Bytes of the input: the file, or the *.txt files under the folder. */
function size(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return path.endsWith(".txt") || !folder ? st.size : 0;
  return readdirSync(path).reduce((n, name) => n + size(join(path, name)), 0);
}
const mb = size(file) / 1e6;
console.log(`${file}: ${mb.toFixed(1)} MB; ${availableParallelism()} CPUs; Node ${process.version}; load ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
const times = new Map(jobs.map((j) => [j, []]));
for (let i = 0; i < runs; i++) {
  for (const j of jobs) {
    const s = await time(j);
    times.get(j).push(s);
    console.log(`  run ${i + 1} --jobs ${j}: ${s.toFixed(2)} s`);
  }
}
for (const j of jobs) {
  const t = times.get(j);
  console.log(`--jobs ${j}: fastest ${Math.min(...t).toFixed(2)} s (${(mb / Math.min(...t)).toFixed(1)} MB/s), median ${median(t).toFixed(2)} s`);
}
const [a, b] = jobs.map((j) => times.get(j));
console.log(`speed-up --jobs ${jobs[1]} over --jobs 1: ${(Math.min(...a) / Math.min(...b)).toFixed(2)}x (fastest), ${(median(a) / median(b)).toFixed(2)}x (median)`);
console.log(`load after: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
