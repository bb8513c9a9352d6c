#!/usr/bin/env node
// `npm run test:cluster`: the mapper contract (test/cluster/contract.mjs) on
// real scale-out runs over the same generated input (50,000 good records from
// fixtures/*.txt and 50 clusters of bad lines, test/cluster/make-input.mjs):
//
//   dask            examples/dask/run.py on a LocalCluster of 2 worker processes, a partition per file
//   dask-blocks     the same with --blocksize 3MiB: files cut into partitions at line ends
//   parallel        GNU parallel --pipepart --keep-order, one wirecopy per block
//   mapper          the Hadoop Streaming mapper command, the input on its stdin
//   one             wirecopy --input ndjson FILE, the default --jobs (threads)
//   clean           the mapper command on a part file with no bad line (exit 0)
//
// and the WARC contract (checkWarcArchive) on six web archives
// (test/cluster/make-warc.mjs: 481 records, HTML pages among other records,
// one archive cut short):
//
//   dask-warc       run.py --input warc on a LocalCluster of 2 workers, a partition per archive
//   dask-warc-list  the same on a list (a file:// URL, a path, a glob) of the three archives
//                   that give no error record (exit 0)
//
// Each wirecopy process runs under GNU time (a `wirecopy` shim first on PATH)
// for its exit code and peak RSS. Installs what is missing with apt-get (as
// root): python3-distributed python3-dask parallel time. Needs `npm run build`.
// Exits 1 on any violation. KEEP=1 keeps the work folder.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkContract, checkWarcArchive, expectedExit, filesOf, readTimeLog, RSS_LIMIT_KB } from "./contract.mjs";

const root = join(import.meta.dirname, "..", "..");
const cli = join(root, "dist", "cli.js");
/** Debian's Python, where apt-get puts dask (`python3` on PATH may be another one). */
const python = "/usr/bin/python3";
const RECORDS = 50_000;
const FILES = 10;
const started = performance.now();

const quietly = (cmd, args) => spawnSync(cmd, args, { stdio: "ignore" }).status === 0;

/** Installs the Debian packages of whatever is missing; `apt-get update` only when the install fails. */
function ensureTools() {
  const missing = [];
  if (!quietly(python, ["-c", "import dask.bag, distributed, fsspec"])) missing.push("python3-distributed", "python3-dask");
  if (!quietly("parallel", ["--version"])) missing.push("parallel");
  if (!existsSync("/usr/bin/time")) missing.push("time");
  if (missing.length === 0) return;
  console.log(`installing ${missing.join(" ")} with apt-get`);
  const install = ["install", "-y", "--no-install-recommends", ...missing];
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const apt = (args) => spawnSync("apt-get", args, { stdio: ["ignore", "ignore", "inherit"], env }).status === 0;
  if (!apt(install) && !(apt(["update"]) && apt(install))) {
    console.error(`could not install ${missing.join(" ")} (apt-get needs root)`);
    process.exit(1);
  }
}

ensureTools();
if (!existsSync(cli)) {
  console.error("no dist/cli.js: run `npm run build` first");
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), "wirecopy-cluster-"));
execFileSync(process.execPath, [join(import.meta.dirname, "make-input.mjs"), work, "--records", String(RECORDS), "--files", String(FILES)], {
  stdio: "inherit",
});
const parts = join(work, "parts");
const all = join(work, "all.ndjson");
// The archives are written with test/support/warc.ts (TypeScript): tsx loads it.
execFileSync(process.execPath, ["--import", "tsx", join(import.meta.dirname, "make-warc.mjs"), work], { cwd: root, stdio: "inherit" });
const warcWant = JSON.parse(readFileSync(join(work, "warc.json"), "utf8"));

// The shim: every `wirecopy` below is node dist/cli.js under GNU time, appending "%M %x" to $TIME_LOG.
mkdirSync(join(work, "bin"));
const shim = join(work, "bin", "wirecopy");
writeFileSync(shim, `#!/bin/sh\nexec /usr/bin/time -a -o "$TIME_LOG" -f "%M %x" "${process.execPath}" "${cli}" "$@"\n`);
chmodSync(shim, 0o755);

/**
 * Runs one shell command in `work` with the shim first on PATH.
 * Returns its exit code, seconds and the wirecopy processes it ran ({ rssKb, exit }).
 */
function run(name, command) {
  const log = join(work, `${name}.time`);
  writeFileSync(log, "");
  const t0 = performance.now();
  const r = spawnSync("sh", ["-c", command], {
    cwd: work,
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
    env: { ...process.env, PATH: `${join(work, "bin")}:${process.env.PATH}`, TIME_LOG: log },
    timeout: 10 * 60 * 1000,
  });
  return { exit: r.status ?? -1, stderr: r.stderr ?? "", seconds: (performance.now() - t0) / 1000, processes: readTimeLog(readFileSync(log, "utf8")) };
}

/**
 * Dask: a process per partition, each exiting by its own error records; both workers took
 * partitions. A partition per file, or (with `--blocksize`) more, cut at line ends.
 */
function checkDask(r, c, output, spec) {
  const problems = [];
  const summary = JSON.parse(readFileSync(join(output, "summary.json"), "utf8"));
  for (const p of summary.per_partition) {
    if (p.exit !== expectedExit(p.errors)) problems.push(`partition ${p.partition}: exit ${p.exit} with ${p.errors} error records`);
  }
  const expected = spec.command.includes("--blocksize") ? summary.partitions > FILES : summary.partitions === FILES;
  if (!expected || r.processes.length !== summary.partitions) {
    problems.push(`${summary.partitions} partitions, ${r.processes.length} processes (${FILES} files)`);
  }
  if (summary.records !== c.records || summary.errors !== c.errorRecords) {
    problems.push(`summary counts ${summary.records} records, ${summary.errors} errors; expected ${c.records}, ${c.errorRecords}`);
  }
  const workers = Object.values(summary.per_worker);
  if (workers.length !== 2) problems.push(`${workers.length} workers took partitions, expected 2`);
  if (r.exit !== expectedExit(c.errorRecords)) problems.push(`run.py exited with ${r.exit}`);
  const note = `${summary.partitions} partitions on ${workers.length} workers: ${workers.map((w) => w.records).join(" + ")} records`;
  return { problems, note };
}

/**
 * GNU parallel: a block's process exits 1 iff its block holds an error record. make-input.mjs
 * puts one with a line number in every such block, so the contract's errorBlocks counts them.
 */
function checkParallel(r, c) {
  const problems = [];
  const log = readFileSync(join(work, "parallel.jobs"), "utf8").trim().split("\n").slice(1);
  const exits = log.map((l) => Number(l.split("\t")[6])); // Seq Host Starttime JobRuntime Send Receive Exitval ...
  const ones = exits.filter((e) => e === 1).length;
  if (ones !== c.errorBlocks) problems.push(`${ones} blocks exited 1, ${c.errorBlocks} blocks hold error records`);
  if (!exits.includes(0)) problems.push("no block exited 0");
  if (r.exit !== ones) problems.push(`parallel exited with ${r.exit}, expected ${ones} (the jobs that failed)`);
  if (exits.length !== r.processes.length) problems.push(`${exits.length} jobs, ${r.processes.length} processes`);
  return { problems, note: `${exits.length} blocks, ${ones} with error records (exit 1)` };
}

/** Two lists of [kind, count] pairs, in order of kind. */
const sameCounts = (a, b) => JSON.stringify(Object.entries(a ?? {}).sort()) === JSON.stringify(Object.entries(b ?? {}).sort());

/**
 * A Dask WARC run: each partition's output against its archive (checkWarcArchive),
 * and run.py's summary: a partition and a process per archive, in the order given,
 * each exiting by its own error records, wirecopy's skipped counts as written.
 */
function checkDaskWarc(r, output, spec) {
  const problems = [];
  const c = { records: 0, errorRecords: 0 };
  const summaryFile = join(output, "summary.json");
  if (!existsSync(summaryFile)) return { c, problems: [`no summary.json (exit ${r.exit}): ${r.stderr.trim().slice(-2000)}`], note: "" };
  const summary = JSON.parse(readFileSync(summaryFile, "utf8"));
  if (summary.partitions !== spec.warc.length || r.processes.length !== summary.partitions) {
    problems.push(`${summary.partitions} partitions, ${r.processes.length} processes (${spec.warc.length} archives)`);
  }
  let skipped = 0;
  for (const [i, name] of spec.warc.entries()) {
    const p = summary.per_partition.find((q) => q.partition === i);
    const want = warcWant[name];
    if (!p || !p.archive.endsWith(`/${name}`)) {
      problems.push(`partition ${i}: archive ${p?.archive}, expected ${name}`);
      continue;
    }
    const file = join(output, `part-${String(i).padStart(5, "0")}.ndjson`);
    const lines = existsSync(file) ? readFileSync(file, "utf8").split("\n").slice(0, -1) : [];
    const a = checkWarcArchive(lines, want, p.archive);
    problems.push(...a.violations.slice(0, 5).map((v) => `${name}: ${v}`));
    c.records += a.lines;
    c.errorRecords += a.errorRecords;
    if (p.lines !== a.lines || p.errors !== a.errorRecords) problems.push(`${name}: summary says ${p.lines} lines, ${p.errors} errors; the part file has ${a.lines}, ${a.errorRecords}`);
    if (p.exit !== expectedExit(a.errorRecords)) problems.push(`${name}: exit ${p.exit} with ${a.errorRecords} error records`);
    if (p.bad_archive !== Boolean(want.truncated)) problems.push(`${name}: bad_archive ${p.bad_archive}`);
    if (p.parsed === null || p.parsed + (p.bad_archive ? 1 : 0) !== p.lines) problems.push(`${name}: ${p.parsed} records parsed, ${p.lines} lines`);
    if (!sameCounts(p.skipped, want.skipped)) problems.push(`${name}: skipped ${JSON.stringify(p.skipped)}, expected ${JSON.stringify(want.skipped)}`);
    skipped += Object.values(want.skipped).reduce((n, k) => n + k, 0);
  }
  if (summary.lines !== c.records || summary.errors !== c.errorRecords || summary.skipped !== skipped) {
    problems.push(`summary counts ${summary.lines} lines, ${summary.errors} errors, ${summary.skipped} skipped; expected ${c.records}, ${c.errorRecords}, ${skipped}`);
  }
  const workers = Object.values(summary.per_worker);
  if (spec.twoWorkers && workers.length !== 2) problems.push(`${workers.length} workers took partitions, expected 2`);
  if (r.exit !== expectedExit(c.errorRecords)) problems.push(`run.py exited with ${r.exit}, expected ${expectedExit(c.errorRecords)}`);
  const note = `${summary.partitions} archives on ${workers.length} workers: ${workers.map((w) => w.lines).join(" + ")} lines, ${summary.skipped} records skipped, ${summary.bad_archives} cut short`;
  return { c, problems, note };
}

/** One process: its exit code by the error records. */
function checkSingle(r, c) {
  const problems = [];
  if (r.processes.length !== 1) problems.push(`${r.processes.length} processes, expected 1`);
  if (r.exit !== expectedExit(c.errorRecords)) problems.push(`exit ${r.exit} with ${c.errorRecords} error records`);
  return { problems, note: "" };
}

const runPy = join(root, "examples", "dask", "run.py");
const runs = [
  {
    name: "dask",
    // The wirecopy processes run in the worker processes, which inherit PATH: the shim.
    command: `"${python}" "${join(root, "examples", "dask", "run.py")}" parts out-dask --workers 2 --wirecopy wirecopy`,
    input: parts,
    output: "out-dask",
    lines: "block",
    check: checkDask,
  },
  {
    name: "dask-blocks",
    command: `"${python}" "${join(root, "examples", "dask", "run.py")}" parts out-dask-blocks --workers 2 --blocksize 3MiB`,
    input: parts,
    output: "out-dask-blocks",
    lines: "block",
    check: checkDask,
  },
  {
    name: "dask-warc",
    command: `"${python}" "${runPy}" --input warc warc out-dask-warc --workers 2`,
    output: "out-dask-warc",
    warc: Object.keys(warcWant),
    twoWorkers: true,
  },
  {
    name: "dask-warc-list",
    command: `"${python}" "${runPy}" --input warc "file://${work}/warc/crawl-01.warc.gz" warc/crawl-02.warc "warc/crawl-05.*" out-dask-warc-list --workers 2`,
    output: "out-dask-warc-list",
    warc: ["crawl-01.warc.gz", "crawl-02.warc", "crawl-05.warc.gz"],
  },
  {
    name: "parallel",
    command:
      "parallel --pipepart -a all.ndjson --block 4M --keep-order --joblog parallel.jobs " +
      "wirecopy --input ndjson --field text --quiet --jobs 1 > out-parallel.ndjson",
    input: all,
    output: "out-parallel.ndjson",
    lines: "block",
    check: checkParallel,
  },
  {
    name: "mapper",
    command: "cat parts/*.ndjson | wirecopy --input ndjson --field text --quiet --jobs 1 > out-mapper.ndjson",
    input: parts,
    output: "out-mapper.ndjson",
    lines: "global",
    check: checkSingle,
  },
  {
    name: "one",
    command: "wirecopy --input ndjson all.ndjson > out-one.ndjson",
    input: all,
    output: "out-one.ndjson",
    lines: "global",
    file: "all.ndjson",
    check: checkSingle,
  },
  {
    name: "clean",
    command: "wirecopy --input ndjson --field text --quiet --jobs 1 < parts/part-001.ndjson > out-clean.ndjson",
    input: join(parts, "part-001.ndjson"),
    output: "out-clean.ndjson",
    lines: "global",
    check: checkSingle,
  },
];

let failures = 0;
let inputErrors = "";
const rows = [];

/** An NDJSON run: the mapper contract on its output, then the run's own check. */
async function checkNdjson(r, output, spec) {
  const c = await checkContract({ input: filesOf(spec.input), output: filesOf(output), lines: spec.lines, file: spec.file });
  const problems = [...c.violations];
  if (c.violationCount > c.violations.length) problems.push(`... ${c.violationCount} violations in all`);
  if (spec.name === "clean") {
    if (c.errorRecords > 0) problems.push(`the clean part holds ${c.errorRecords} error records`);
  } else {
    if (!(c.errors.BAD_JSON && c.errors.MISSING_FIELD && c.errors.EMPTY_INPUT)) problems.push(`the input lacks bad records: ${JSON.stringify(c.errors)}`);
    inputErrors = Object.entries(c.errors).map(([k, v]) => `${k} ${v}`).join(", ");
  }
  const { problems: more, note } = spec.check(r, c, output, spec);
  return { c, problems: [...problems, ...more], note };
}

for (const spec of runs) {
  const r = run(spec.name, spec.command);
  const output = join(work, spec.output);
  if (!existsSync(output)) {
    console.log(`FAIL ${spec.name}: ${spec.command}\n     no output (exit ${r.exit}): ${r.stderr.trim().slice(-2000)}`);
    failures++;
    continue;
  }
  const { c, problems, note } = spec.warc ? checkDaskWarc(r, output, spec) : await checkNdjson(r, output, spec);
  for (const p of r.processes) {
    if (p.exit !== 0 && p.exit !== 1) problems.push(`a wirecopy process exited with ${p.exit === -1 ? "a signal" : p.exit}`);
    if (p.rssKb > RSS_LIMIT_KB) problems.push(`a wirecopy process peaked at ${(p.rssKb / 1024).toFixed(1)} MiB RSS`);
  }
  if (r.processes.length === 0) problems.push("no wirecopy process ran");

  const rss = r.processes.map((p) => p.rssKb / 1024);
  rows.push({
    run: spec.name,
    records: c.records,
    errors: c.errorRecords,
    exit: r.exit,
    processes: r.processes.length,
    "max RSS MiB": rss.length ? `${Math.min(...rss).toFixed(0)}-${Math.max(...rss).toFixed(0)}` : "-",
    seconds: r.seconds.toFixed(1),
    result: problems.length === 0 ? "ok" : "FAIL",
  });
  console.log(`${problems.length === 0 ? "ok  " : "FAIL"} ${spec.name}: ${spec.command}${note ? `\n     ${note}` : ""}`);
  for (const p of problems.slice(0, 12)) console.log(`     ${p}`);
  if (problems.length > 0) failures++;
  rmSync(output, { recursive: true, force: true });
}

console.table(rows);
console.log(
  `contract: one output line per record, in order, error records in place (${inputErrors}), ` +
    `exit 0/1, peak RSS under ${(RSS_LIMIT_KB / 1024).toFixed(0)} MiB per process; ` +
    "WARC: one line per HTML response or conversion record, in archive order, with its url and date, BAD_WARC for the archive cut short",
);
if (process.env.KEEP) console.log(`work folder kept: ${work}`);
else rmSync(work, { recursive: true, force: true });
console.log(`${((performance.now() - started) / 1000).toFixed(0)} s`);
console.log(`cluster: ${runs.length - failures} passed, ${failures} failed`);
process.exitCode = failures === 0 ? 0 : 1;
