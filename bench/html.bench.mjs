#!/usr/bin/env node
// npm run bench (second part): the HTML path against Mozilla Readability with a linkedom DOM, in the
// same process on the same pages (../shared/aeb/dev, HTML parse included on both sides), in interleaved
// rounds so that a slow spell of the shared VM slows both alike; and the cold import of wirecopy/html
// beside that of wirecopy. SPEC.md's budgets: on average at least twice as fast as Readability, and a
// cold import("wirecopy/html") under 80 ms. One core: nothing runs in parallel.
// Usage: node bench/html.bench.mjs [--rounds N] [--json out.json]
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { coldImport, machine, root } from "./lib.mjs";

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf("--rounds") + 1] || 0) || 11;
const jsonOut = args.includes("--json") ? args[args.indexOf("--json") + 1] : null;
const { safeParseWireStoryHtml } = await import(join(root, "dist", "html.js"));
const dir = join(root, "..", "shared", "aeb", "dev");
const pages = readdirSync(dir).filter((f) => f.endsWith(".html.gz")).sort().map((f) => gunzipSync(readFileSync(join(dir, f))).toString("utf8"));
const mb = pages.reduce((n, p) => n + Buffer.byteLength(p), 0) / 1e6;

const readability = (html) => {
  try {
    return new Readability(parseHTML(html).document).parse();
  } catch {
    return null; // a page linkedom or Readability cannot take still costs its time
  }
};
const wirecopy = (html) => safeParseWireStoryHtml(html);

console.log(`wirecopy/html bench: ${machine()}; ${pages.length} pages of aeb/dev, ${(mb * 1000 / pages.length).toFixed(0)} kB of HTML on average; ${rounds} interleaved rounds\n`);
for (let i = 0; i < 2; i++) for (const p of pages) { wirecopy(p); readability(p); } // warm up both
const times = { wirecopy: [], readability: [] };
const ratios = [];
for (let r = 0; r < rounds; r++) {
  let t0 = performance.now();
  for (const p of pages) wirecopy(p);
  const w = (performance.now() - t0) / pages.length;
  t0 = performance.now();
  for (const p of pages) readability(p);
  const rd = (performance.now() - t0) / pages.length;
  times.wirecopy.push(w);
  times.readability.push(rd);
  ratios.push(rd / w);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {
  pages: pages.length,
  wirecopyMsPerPage: median(times.wirecopy),
  readabilityMsPerPage: median(times.readability),
  speedup: median(ratios),
  wirecopyMBps: mb / pages.length / median(times.wirecopy) * 1000,
};
console.log("                                  ms/page (median)   best    MB/s of HTML");
console.log(`wirecopy/html safeParseWireStoryHtml ${results.wirecopyMsPerPage.toFixed(2).padStart(8)} ${Math.min(...times.wirecopy).toFixed(2).padStart(9)} ${results.wirecopyMBps.toFixed(1).padStart(10)}`);
console.log(`Readability 0.6 + linkedom           ${results.readabilityMsPerPage.toFixed(2).padStart(8)} ${Math.min(...times.readability).toFixed(2).padStart(9)} ${(mb / pages.length / results.readabilityMsPerPage * 1000).toFixed(1).padStart(10)}`);
console.log(`wirecopy/html is ${results.speedup.toFixed(1)}x as fast (median of the per-round ratios; SPEC.md wants at least 2x)`);

const html = coldImport(join(root, "dist", "html.js"));
const index = coldImport(join(root, "dist", "index.js"));
results.coldImportHtml = html;
results.coldImportIndex = index;
console.log(`\ncold import("wirecopy/html"): median ${html.median.toFixed(1)} ms (min ${html.min.toFixed(1)}, max ${html.max.toFixed(1)}; SPEC.md wants under 80 ms)`);
console.log(`cold import("wirecopy"):      median ${index.median.toFixed(1)} ms (min ${index.min.toFixed(1)}, max ${index.max.toFixed(1)}), ${html.runs} fresh processes each`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 2));
