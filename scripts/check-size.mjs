#!/usr/bin/env node
// Size budget of the built entries (run by npm test after the build); the HTML parser stays out of the main entry. zod and chrono-node are
// bundled in (see tsup.config.ts), so they count. Raise a budget only on purpose, in its own commit.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGETS = [
  // [file, max bytes, max gzip bytes]
  // The main entry: 283 KB until the page locator (issue 12): the line measures, the locator, the
  // headline rule table, the explain stage and the chrome patterns added about 50 KB; the budget left ~12 KB for wiring the HTML evidence in,
  // which took it (355,000 then). Raised to 365,000 with the head rules of 2026-12-04's second session (field labels, author boxes,
  // captions under the head, the page's own title: ~4 KB), leaving ~6 KB. Lowered to 290,000 / 84,000 on 2026-12-05 when the
  // build began to minify whitespace and syntax (names kept): 366 KB -> 276 KB, 89.5 -> 78.1 KB gzipped, ~14 KB left.
  // Raised to 298,000 / 86,000 on 2026-12-05 (fourth session): the session's accuracy rules (captions' credits, author
  // boxes and notes, teaser areas, promotions, controls' marks, download links) and round 5 of the speed work took
  // dist/index.cjs to 293,045 / 84,117 bytes, over 290,000 / 84,000; ~5 KB left. Raised to 306,000 / 89,000 on
  // 2026-12-05 (fifth session): the session's rules for cut pages, listicles, prompts and data rows, and its tables of
  // furniture in other languages (consent notices, "read also" labels in 27 languages, ad labels in 22, member walls,
  // imprints) took dist/index.cjs to 301,641 / ~87,750 bytes; ~4 KB left.
  ["dist/index.js", 306_000, 89_000],
  ["dist/index.cjs", 306_000, 89_000],
  // wirecopy/entities: compromise stays external (a dependency), so the entry is small.
  ["dist/entities.js", 30_000, 10_000],
  ["dist/entities.cjs", 30_000, 10_000],
  // wirecopy/html: the whole pipeline (as dist/index.*, so its budget is dist/index's plus what the
  // HTML path adds) plus htmlparser2's tokenizer and entity tables (about 45 KB minified, 70 KB as
  // built) and src/html/: 95 KB more, 28 KB gzipped. Raised with dist/index's (2026-12-04, second session:
  // 450,000 / 118,000 -> 460,000 / 121,000), lowered with dist/index's when the build began to minify (2026-12-05:
  // 443 KB -> 329 KB, 116.5 -> 99.8 KB gzipped): 345,000 / 106,000. Raised to 348,000 / 108,000 on 2026-12-05 (third session):
  // the cut-page, control and widget rules and the fourth speed pass added ~6 KB (1.7 KB gzipped) to both entries; dist/index
  // still fits its budget, this entry's gzip size went 260 bytes over (341,516 / 106,224 bytes). Raised with dist/index's
  // to 358,000 / 112,000 on 2026-12-05 (fifth session), the same rules and tables: 353,958 / ~110,200 bytes.
  ["dist/html.js", 358_000, 112_000],
  ["dist/html.cjs", 358_000, 112_000],
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
// The main entry never carries the HTML parser: neither htmlparser2's module markers nor its
// tokenizer's state names, in either build.
for (const file of ["dist/index.js", "dist/index.cjs"]) {
  const code = readFileSync(join(import.meta.dirname, "..", file), "utf8");
  const found = ["node_modules/htmlparser2", "stateInSpecialTag", "onattribentity", "from \"htmlparser2\"", "require(\"htmlparser2\")"].filter((m) => code.includes(m));
  if (found.length > 0) {
    console.log(`FAIL ${file} carries the HTML parser (${found.join(", ")}): only dist/html.* may`);
    failed = true;
  }
}
const html = readFileSync(join(import.meta.dirname, "..", "dist", "html.js"), "utf8");
if (!html.includes("stateInSpecialTag")) {
  console.log("FAIL dist/html.js does not carry htmlparser2's tokenizer: is the marker check above still looking for the right names?");
  failed = true;
}
process.exit(failed ? 1 : 0);
