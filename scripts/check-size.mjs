#!/usr/bin/env node
// Size budget of the built main entry (run by npm test after the build). Dependencies (zod,
// chrono-node) stay external and are not counted. Raise a budget only on purpose, in its own commit.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGETS = [
  // [file, max bytes, max gzip bytes]
  ["dist/index.js", 120_000, 36_000],
  ["dist/index.cjs", 120_000, 36_000],
];

let failed = false;
for (const [file, max, maxGzip] of BUDGETS) {
  const bytes = readFileSync(join(import.meta.dirname, "..", file));
  const gz = gzipSync(bytes).length;
  const ok = bytes.length <= max && gz <= maxGzip;
  failed ||= !ok;
  console.log(`${ok ? "ok  " : "OVER"} ${file}: ${(bytes.length / 1024).toFixed(1)} KB (budget ${(max / 1024).toFixed(0)}), ${(gz / 1024).toFixed(1)} KB gzip (budget ${(maxGzip / 1024).toFixed(0)})`);
}
const index = readFileSync(join(import.meta.dirname, "..", "dist", "index.js"), "utf8");
if (/from\s*["']compromise/.test(index) || /from\s*["']node:/.test(index) || /from\s*["']chrono-node["']/.test(index)) {
  console.log('FAIL dist/index.js imports compromise, a node: module or the full "chrono-node" (use "chrono-node/en")');
  failed = true;
}
process.exit(failed ? 1 : 0);
