#!/usr/bin/env node
// The mapper contract of `wirecopy --input ndjson`, stated once. Hadoop
// Streaming, Spark `pipe`, GNU parallel and the Dask example all rely on it;
// test/cluster/run.mjs checks every run's output against it. The contract of
// `wirecopy --input warc` on one archive, which the Dask example's WARC mode
// relies on, is stated at checkWarcArchive below.
//
// For every input line, in input order (the input of a run is its files in
// order; a folder is its *.ndjson files in name order):
//   - a blank (whitespace-only) line gives no output line, but counts in line numbers;
//   - any other line gives exactly one output line, the next one:
//     - not JSON, or not a JSON object:      {"line": L, "error": {"code": "BAD_JSON", ...}}
//     - no "text" field, or not a string:    {"line": L, "error": {"code": "MISSING_FIELD", ...}}
//       (plus "file" when the input was a named file, never from stdin)
//     - text blank:                          the record, as it came, then "story": null and
//                                            "error": {"code": "EMPTY_INPUT", ...}
//     - otherwise:                           the record, as it came, then "story": {...}, a story
//                                            that holds the record's "#id" headline mark
//                                            (scripts/make-ndjson.mjs puts it there)
//   - no output line beyond those.
// Line numbers L: `global` (one process read the whole input: L is the line's
// number in it), or `block` (one process per block or partition, numbers restart
// in each: the block starts at line P - L + 1, and those starts never go back).
//
// Per process: exit code 0 when it wrote no error record, 1 when it wrote some;
// peak RSS under RSS_LIMIT_KB.
//
//   node test/cluster/contract.mjs --lines global|block [--file NAME] INPUT OUTPUT
//
// INPUT and OUTPUT are files or folders (their *.ndjson files in name order).
import { createReadStream, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";

/** Peak RSS of one wirecopy process: SPEC.md's streaming bound, 200 MB. */
export const RSS_LIMIT_KB = 200_000_000 / 1024;

/** The exit code a process must give for the error records it wrote. */
export const expectedExit = (errorRecords) => (errorRecords > 0 ? 1 : 0);

/** The files of a path: itself, or a folder's *.ndjson files in name order. */
export const filesOf = (path) =>
  statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => f.endsWith(".ndjson"))
        .sort()
        .map((f) => join(path, f))
    : [path];

async function* linesOf(files) {
  for (const file of files) {
    const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    yield* rl;
  }
}

/** What input line `raw` must give: null (no output), an error code, or a story. */
export function expectFor(raw) {
  if (/^\s*$/.test(raw)) return null;
  let record;
  try {
    record = JSON.parse(raw);
  } catch {
    return { code: "BAD_JSON", line: true };
  }
  if (record === null || typeof record !== "object" || Array.isArray(record)) return { code: "BAD_JSON", line: true };
  if (typeof record.text !== "string") return { code: "MISSING_FIELD", line: true };
  if (/^\s*$/.test(record.text)) return { code: "EMPTY_INPUT", record };
  return { code: null, record };
}

/** Why output line `out` does not meet input line `raw` (line `n` of the input), or null; counts blocks with error records in `state`. */
function mismatch(raw, out, n, want, opts, state) {
  let got;
  try {
    got = JSON.parse(out);
  } catch {
    return "output is not JSON";
  }
  if (want.line) {
    const keys = Object.keys(got).sort().join(",");
    const wantKeys = opts.file ? "error,file,line" : "error,line";
    if (keys !== wantKeys) return `expected keys ${wantKeys}, got ${keys}`;
    if (got.error?.code !== want.code) return `expected ${want.code}, got ${got.error?.code}`;
    if (opts.file && got.file !== opts.file) return `file ${got.file}, expected ${opts.file}`;
    if (!Number.isInteger(got.line) || got.line < 1 || got.line > n) return `bad line number ${got.line}`;
    const start = n - got.line + 1;
    if (opts.lines === "global" && start !== 1) return `line ${got.line}, expected ${n}`;
    if (start < (state.blockStart ?? 1)) return `block start went back from line ${state.blockStart} to ${start}`;
    if (start !== state.blockStart) state.errorBlocks++;
    state.blockStart = start;
    return null;
  }
  // The record is kept as it came: the output starts with it, less its closing brace.
  const body = raw.trimEnd().slice(0, -1);
  if (!out.startsWith(body)) return `record ${JSON.stringify(want.record.id)} not kept as it came (out of order?)`;
  if (got.id !== want.record.id) return `id ${JSON.stringify(got.id)}, expected ${JSON.stringify(want.record.id)}`;
  if (want.code === null) {
    if ("error" in got) return `unexpected error ${got.error?.code}`;
    if (typeof got.story?.headline !== "string") return "no story";
    if (!new RegExp(` #${want.record.id}(?!\\d)`).test(JSON.stringify(got.story))) return `story lacks the mark #${want.record.id}`;
    return null;
  }
  if (got.story !== null || got.error?.code !== want.code) return `expected story null and ${want.code}, got ${got.error?.code ?? "a story"}`;
  return null;
}

/**
 * Checks a run's output against its input, line by line, streaming both.
 *
 * @param {{ input: string[], output: string[], lines: "global" | "block", file?: string }} opts
 * @returns the counts, the blocks that hold error records, and the violations (the first 10, and how many)
 */
export async function checkContract(opts) {
  const outputs = linesOf(opts.output)[Symbol.asyncIterator]();
  const state = { blockStart: null, errorBlocks: 0 };
  const result = { inputLines: 0, records: 0, stories: 0, errors: {}, errorRecords: 0, errorBlocks: 0, violations: [], violationCount: 0 };
  const violate = (message) => {
    result.violationCount++;
    if (result.violations.length < 10) result.violations.push(message);
  };
  for await (const raw of linesOf(opts.input)) {
    const n = ++result.inputLines;
    const want = expectFor(raw);
    if (want === null) continue;
    result.records++;
    const next = await outputs.next();
    if (next.done) {
      violate(`input line ${n}: no output line left`);
      break;
    }
    const why = mismatch(raw, next.value, n, want, opts, state);
    if (why) violate(`input line ${n}, output line ${result.records}: ${why}`);
    if (want.code === null) result.stories++;
    else {
      result.errorRecords++;
      result.errors[want.code] = (result.errors[want.code] ?? 0) + 1;
    }
  }
  let extra = 0;
  for (let next = await outputs.next(); !next.done; next = await outputs.next()) extra++;
  if (extra > 0) violate(`${extra} output lines beyond the input`);
  result.errorBlocks = state.errorBlocks;
  return result;
}

/**
 * The contract of `wirecopy --input warc` on one archive, from its stdin (a
 * partition of examples/dask/run.py --input warc), against what
 * test/cluster/make-warc.mjs says it holds (`want`: { lines, skipped, truncated? }):
 *   - one line per 2xx HTML response or conversion record, the next one, in
 *     archive order, {"url": WARC-Target-URI, "date": WARC-Date, ...}:
 *     - a story ("headline" a string, no "error") that holds the page's
 *       " #N" mark, or has the fixtures/html page's headline;
 *     - or, for a page with no story, {"url", "date", "error": {"code": "NO_STORY", ...}};
 *   - an archive cut short: the lines of the records before the cut, then
 *     maybe one for the record cut in two (its url and date; a story or an
 *     error), then {"file": the archive's path, "error": {"code": "BAD_WARC", ...}};
 *   - no other line;
 *   - skipped records (every other kind) counted by kind on stderr
 *     (run.py's summary has them; checked by test/cluster/run.mjs).
 *
 * @param {string[]} lines - the partition's output lines
 * @param {{ lines: object[], skipped: object, truncated?: { mayAlsoGive: object } }} want
 * @param {string} archive - the archive's path, as the error record must name it
 * @returns {{ lines: number, stories: number, errorRecords: number, violations: string[] }}
 */
export function checkWarcArchive(lines, want, archive) {
  const violations = [];
  const result = { lines: lines.length, stories: 0, errorRecords: 0, violations };
  const parsed = [];
  for (const [i, line] of lines.entries()) {
    try {
      parsed.push(JSON.parse(line));
    } catch {
      violations.push(`line ${i + 1}: not JSON`);
      return result;
    }
  }
  const matches = (got, w) => {
    if (got.url !== w.url || got.date !== w.date) return `url ${got.url} date ${got.date}, expected ${w.url} ${w.date}`;
    if (w.error) return got.error?.code === w.error ? null : `expected ${w.error}, got ${got.error?.code ?? "a story"}`;
    if ("error" in got || typeof got.headline !== "string") return `expected a story, got ${got.error?.code ?? "no headline"}`;
    if (w.headline !== undefined) return got.headline === w.headline ? null : `headline ${JSON.stringify(got.headline)}, expected ${JSON.stringify(w.headline)}`;
    return new RegExp(` #${w.mark}(?!\\d)`).test(JSON.stringify(got)) ? null : `story lacks the mark #${w.mark}`;
  };
  let n = 0;
  for (; n < want.lines.length && n < parsed.length; n++) {
    const why = matches(parsed[n], want.lines[n]);
    if (why) violations.push(`line ${n + 1}: ${why}`);
  }
  if (n < want.lines.length) violations.push(`${want.lines.length - n} lines missing after line ${n}`);
  if (want.truncated) {
    const cut = want.truncated.mayAlsoGive;
    if (parsed[n]?.url === cut.url) {
      if (parsed[n].date !== cut.date) violations.push(`line ${n + 1}: the record cut in two has date ${parsed[n].date}, expected ${cut.date}`);
      n++;
    }
    const bad = parsed[n];
    const keys = bad ? Object.keys(bad).join(",") : "";
    if (keys !== "file,error" || bad.file !== archive || bad.error?.code !== "BAD_WARC") {
      violations.push(`line ${n + 1}: expected {"file": ${JSON.stringify(archive)}, "error": BAD_WARC}, got ${bad ? JSON.stringify(bad).slice(0, 200) : "nothing"}`);
    }
    n++;
  }
  if (parsed.length > n) violations.push(`${parsed.length - n} lines beyond the archive's`);
  for (const got of parsed) {
    if ("error" in got) result.errorRecords++;
    else result.stories++;
  }
  return result;
}

/**
 * Parses GNU time's `-f "%M %x"` log: one { rssKb, exit } per process. GNU time
 * writes "Command terminated by signal N" before the line of a killed process
 * (whose %x is then 0): such a process gets exit -1.
 */
export function readTimeLog(text) {
  const processes = [];
  let signal = false;
  for (const line of text.split("\n")) {
    const m = /^(\d+) (\d+)$/.exec(line.trim());
    if (m) {
      processes.push({ rssKb: Number(m[1]), exit: signal ? -1 : Number(m[2]) });
      signal = false;
    } else if (line.startsWith("Command terminated by signal")) signal = true;
  }
  return processes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { lines: { type: "string", default: "global" }, file: { type: "string" } },
  });
  if (positionals.length !== 2 || !["global", "block"].includes(values.lines)) {
    console.error("usage: node test/cluster/contract.mjs --lines global|block [--file NAME] INPUT OUTPUT");
    process.exit(2);
  }
  const r = await checkContract({ input: filesOf(positionals[0]), output: filesOf(positionals[1]), lines: values.lines, file: values.file });
  console.log(JSON.stringify(r, null, 2));
  process.exitCode = r.violationCount === 0 ? 0 : 1;
}
