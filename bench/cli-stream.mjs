#!/usr/bin/env node
// Runs `wirecopy --input ndjson` over a (large) NDJSON file under
// `/usr/bin/time -v` and prints the input size, the wall time and the peak
// resident memory (all threads of the process). Needs `npm run build` and GNU
// time; make the input with scripts/make-ndjson.mjs.
//
//   node scripts/make-ndjson.mjs /tmp/big.ndjson 1G
//   node bench/cli-stream.mjs /tmp/big.ndjson             # default --jobs
//   node bench/cli-stream.mjs /tmp/big.ndjson --jobs 1
//   node bench/cli-stream.mjs /tmp/big.ndjson --stdin     # the input on stdin
import { spawn } from "node:child_process";
import { openSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { jobs: { type: "string" }, stdin: { type: "boolean", default: false } },
});
const file = positionals[0];
if (!file) {
  console.error("usage: node bench/cli-stream.mjs FILE.ndjson [--jobs N] [--stdin]");
  process.exit(2);
}
const cli = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "cli.js");
const args = ["-v", process.execPath, cli, "--input", "ndjson", "--quiet"];
if (values.jobs) args.push("--jobs", values.jobs);
if (!values.stdin) args.push(file);

const child = spawn("/usr/bin/time", args, {
  stdio: [values.stdin ? openSync(file, "r") : "ignore", openSync("/dev/null", "w"), "pipe"],
});
let stderr = "";
child.stderr.on("data", (c) => (stderr += c));
const code = await new Promise((resolve) => child.on("close", resolve));
const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1]);
const elapsed = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)/.exec(stderr)?.[1] ?? "";
// h:mm:ss or m:ss.ss
const seconds = elapsed.split(":").reduce((acc, part) => acc * 60 + Number(part), 0);
const mb = statSync(file).size / 1e6;
console.log(
  `${file}${values.stdin ? " (stdin)" : ""}: ${mb.toFixed(1)} MB, --jobs ${values.jobs ?? availableParallelism()}: ` +
    `${seconds.toFixed(1)} s (${(mb / seconds).toFixed(1)} MB/s), max RSS ${(rssKb / 1024).toFixed(1)} MiB, exit ${code}`,
);
if (code !== 0 && code !== 1) process.stderr.write(stderr);
