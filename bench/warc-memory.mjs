#!/usr/bin/env node
// Memory of `wirecopy --input warc` on a large archive (issue 13: memory stays flat on a 1 GB WARC).
// Not part of npm test. Writes a WARC of about --gb GB (default 1) to a temporary folder, made with
// warcio's writer from the HTML pages of ../shared/aeb/dev (each page a 200 response, with a
// request record, an image response and, every tenth page, a WET conversion record of its text),
// gzipped record by record (--plain for an uncompressed one), then runs the built CLI on it with
// the default --jobs, polling the process's RSS (VmRSS, all threads) every 100 ms, and prints peak
// and late RSS, records/s and MB/s. The archive is deleted afterwards (--keep keeps it).
// Usage: npm run build && node bench/warc-memory.mjs [--gb 1] [--plain] [--keep] [--jobs N] [--file ARCHIVE]
// (--file: run on an archive made before with --keep, instead of writing one)
import { spawn } from "node:child_process";
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { WARCRecord, WARCSerializer } from "warcio";
import { machine, root } from "./lib.mjs";

const args = process.argv.slice(2);
const gb = Number(args[args.indexOf("--gb") + 1] || 0) || 1;
const gzip = !args.includes("--plain");
const jobs = args.includes("--jobs") ? ["--jobs", args[args.indexOf("--jobs") + 1]] : [];
const dir = join(root, "..", "shared", "aeb", "dev");
const pages = readdirSync(dir).filter((f) => f.endsWith(".html.gz")).sort().map((f) => gunzipSync(readFileSync(join(dir, f))));
const texts = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f)));
const given = args.includes("--file") ? args[args.indexOf("--file") + 1] : null;
const tmp = given ? null : mkdtempSync(join(tmpdir(), "wirecopy-warc-mem-"));
const file = given ?? join(tmp, gzip ? "big.warc.gz" : "big.warc");

const serialize = async (opts, body) => {
  async function* content() { yield body; }
  return WARCSerializer.serialize(WARCRecord.create({ warcVersion: "WARC/1.1", ...opts }, content()), { gzip });
};
console.log(`warc memory: ${machine()}; ${given ? "archive" : `writing ~${gb} GB ${gzip ? "gzipped" : "plain"} archive to`} ${file}`);
if (!given) await writeArchive();
async function writeArchive() {
const out = createWriteStream(file);
const write = (bytes) => new Promise((resolve) => (out.write(bytes) ? resolve() : out.once("drain", resolve)));
let htmlRecords = 0, textRecords = 0, written = 0, rawBytes = 0;
const png = new Uint8Array(20_000).map((_, i) => (i * 31) % 256);
const t0 = performance.now();
while (rawBytes < gb * 1e9) {
  const i = htmlRecords % pages.length;
  const url = `https://example.org/${htmlRecords}/page-${i}.html`;
  const date = new Date(Date.UTC(2024, 0, 1) + htmlRecords * 1000).toISOString().replace(".000", "");
  const recs = [
    await serialize({ type: "request", url, date, statusline: "GET / HTTP/1.1", httpHeaders: { Host: "example.org" } }, new Uint8Array(0)),
    await serialize({ type: "response", url, date, statusline: "HTTP/1.1 200 OK", httpHeaders: { "Content-Type": "text/html; charset=utf-8" } }, pages[i]),
    await serialize({ type: "response", url: url + ".png", date, statusline: "HTTP/1.1 200 OK", httpHeaders: { "Content-Type": "image/png" } }, png),
  ];
  rawBytes += pages[i].length + png.length;
  htmlRecords++;
  if (htmlRecords % 10 === 0) {
    recs.push(await serialize({ type: "conversion", url, date, warcHeaders: { "Content-Type": "text/plain" } }, texts[i]));
    rawBytes += texts[i].length;
    textRecords++;
  }
  for (const r of recs) { await write(r); written += r.length; }
}
await new Promise((resolve) => out.end(resolve));
console.log(`${htmlRecords} HTML responses, ${textRecords} conversion records, ${(rawBytes / 1e9).toFixed(2)} GB of payload, ${(statSync(file).size / 1e9).toFixed(2)} GB on disk, written in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}
const size = statSync(file).size;

const rssOf = (pid) => {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
};
const t1 = performance.now();
const child = spawn(process.execPath, [join(root, "dist", "cli.js"), "--input", "warc", "-q", ...jobs, file], { stdio: ["ignore", "pipe", "inherit"] });
let lines = 0, outBytes = 0;
child.stdout.on("data", (b) => { outBytes += b.length; for (const c of b) if (c === 10) lines++; });
const samples = [];
const timer = setInterval(() => samples.push(rssOf(child.pid)), 100);
const code = await new Promise((resolve) => child.on("exit", resolve));
clearInterval(timer);
const secs = (performance.now() - t1) / 1000;
const live = samples.filter((x) => x > 0);
const mb = (x) => (x / 1e6).toFixed(0);
const late = live.slice(Math.floor(live.length / 2));
console.log(`wirecopy --input warc ${jobs.join(" ")}: exit ${code}, ${lines} lines, ${(outBytes / 1e6).toFixed(0)} MB out, ${secs.toFixed(0)} s, ${(lines / secs).toFixed(0)} records/s, ${(size / 1e6 / secs).toFixed(1)} MB/s of archive`);
console.log(`RSS: peak ${mb(Math.max(...live))} MB; second half of the run: min ${mb(Math.min(...late))}, max ${mb(Math.max(...late))} MB (${live.length} samples)`);
if (tmp && !args.includes("--keep")) rmSync(tmp, { recursive: true, force: true });
