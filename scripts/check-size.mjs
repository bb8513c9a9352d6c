#!/usr/bin/env node
// Size budget of the built main entry (run by npm test after the build). zod and chrono-node are
// bundled in (see tsup.config.ts), so they count. Raise a budget only on purpose, in its own commit.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGETS = [
  // [file, max bytes, max gzip bytes]
  ["dist/index.js", 290_000, 70_000],
  ["dist/index.cjs", 290_000, 70_000],
  // wirecopy/entities: compromise stays external (a dependency), so the entry is small.
  ["dist/entities.js", 30_000, 10_000],
  ["dist/entities.cjs", 30_000, 10_000],
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
if (/from\s*["'](?:compromise|node:|chrono-node)/.test(index) || /\bimport\(\s*["']compromise/.test(index)) {
  console.log("FAIL dist/index.js imports compromise, a node: module, or chrono-node (which is bundled in)");
  failed = true;
}
process.exit(failed ? 1 : 0);
