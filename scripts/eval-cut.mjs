#!/usr/bin/env node
// `npm run eval:cut`: pages cut short. Crawlers cap a page's bytes and datasets keep each page's
// first characters, so a page often stops inside the story's first paragraph. The public corpus is
// wrapped in site chrome (the page-template simulator's tune kinds, then its set-aside kinds, as
// `npm run eval:chrome` does), each page is cut after N characters, and the current build
// (dist/index.js) is scored on the fields whose ground truth still stands in the cut: headline,
// dateline text, the body's first words, section (and no dateline where the story has none).
// A page counts as right when all of its scored fields are.
//
//   npm run eval:cut                       # cuts at 300, 400, 600, 1000 and 2000 characters, seed 1
//   npm run eval:cut -- --at 400 --seed 7
//   npm run eval:cut -- --only tune        # while tuning: leave the set-aside half unread
//   node --import tsx scripts/eval-cut.mjs --at 400 --min 88   # CI: exit 1 when a set's share of pages all right is under 88%
//
// Values are compared with white space folded; the maintainers' scorer also repairs entities, so a
// few pages whose headline holds "&lt;" count as misses here and not there.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHROME_SETS, writeChromeCorpus } from "./chrome-corpus.mjs";

const root = join(import.meta.dirname, "..");
const cases = join(root, "..", "shared", "corpus", "public");
const argv = process.argv.slice(2);
const arg = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const seed = Number(arg("seed", "1"));
const only = arg("only", null);
const cuts = arg("at", "300,400,600,1000,2000").split(",").map(Number);
const min = arg("min", null) === null ? null : Number(arg("min", null));
let underFloor = false;
const { safeParseWireStory } = await import(join(root, "dist", "index.js"));

const folded = (s) => (s ?? "").replace(/\s+/g, " ").trim();
const firstWords = (s) => folded(s).split(" ").slice(0, 8).join(" ");
const datelineKey = (s) => folded(s).toLowerCase().replace(/[\s\-–—_:,]+$/, "");

/** The fields of one case scored on its page cut after `at` characters: name → right. */
function scoreCut(page, truth, at) {
  const cut = page.slice(0, at);
  const seen = folded(cut);
  const result = safeParseWireStory(cut);
  if (!result.success) return { parse: false };
  const story = result.data;
  const fields = {};
  if (truth.headline && seen.includes(folded(truth.headline))) fields.headline = folded(story.headline) === folded(truth.headline);
  if (truth.dateline === null) fields["dateline.none"] = story.dateline === null;
  else if (seen.includes(folded(truth.dateline.raw))) fields.dateline = story.dateline !== null && datelineKey(story.dateline.text) === datelineKey(truth.dateline.raw);
  if (truth.body_first_words && seen.includes(folded(truth.body_first_words))) fields["body.first"] = story.body.length > 0 && firstWords(story.body[0]) === folded(truth.body_first_words);
  if (truth.section && seen.includes(folded(truth.section))) fields.section = folded(story.section) === folded(truth.section);
  return fields;
}

/** Scores every case of a wrapped corpus at one cut: per field [right, scored], and pages all right. */
function scoreSet(dir, at) {
  const tally = {};
  let right = 0;
  let pages = 0;
  for (const id of readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort()) {
    const fields = scoreCut(readFileSync(join(dir, `${id}.txt`), "utf8"), JSON.parse(readFileSync(join(dir, `${id}.json`), "utf8")), at);
    pages++;
    if (Object.values(fields).every(Boolean)) right++;
    for (const [name, ok] of Object.entries(fields)) {
      tally[name] ??= [0, 0];
      tally[name][0] += ok ? 1 : 0;
      tally[name][1]++;
    }
  }
  return { tally, right, pages };
}

const percent = (a, b) => `${((100 * a) / b).toFixed(1)}%`;
const sets = CHROME_SETS.filter((r) => only === null || r.set === only);
for (const run of sets) {
  const dir = mkdtempSync(join(tmpdir(), `wirecopy-cut-${run.set}-`));
  try {
    writeChromeCorpus({ cases, out: dir, set: run.set, seed });
    console.log(`\n=== public corpus in ${run.label}, seed ${seed}, cut after N characters ===`);
    for (const at of cuts) {
      const { tally, right, pages } = scoreSet(dir, at);
      const fields = Object.entries(tally).map(([name, [a, b]]) => `${name} ${percent(a, b)} of ${b}`).join(", ");
      console.log(`N=${String(at).padEnd(5)} pages all right ${percent(right, pages)} (${right}/${pages}); ${fields}`);
      if (min !== null && (100 * right) / pages < min) {
        console.log(`  under the floor: ${percent(right, pages)} < ${min}%`);
        underFloor = true;
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (underFloor) process.exit(1);
