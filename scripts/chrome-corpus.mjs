#!/usr/bin/env node
// Writes a copy of a case folder (<id>.txt + <id>.json, as ../shared/corpus/public) with
// every page wrapped in site chrome from the page-template simulator
// (test/support/chrome.ts), so the maintainers' scorer can run on it. The ground truth
// is copied unchanged: chrome must change no scored field (test/chrome.test.ts says why).
//
//   node --import tsx scripts/chrome-corpus.mjs --cases ../shared/corpus/public --out /tmp/chrome-tune --set tune --seed 1
//   node ../shared/corpus/score.mjs --module dist/index.js --cases /tmp/chrome-tune
//
// --set tune | heldout | fresh | fresh2 | fresh3 | all (default all); --seed N (default 1): each case gets its own
// seed from N and its id, so a run is reproducible; --density D (default 1). Files of the
// same name in --out are overwritten.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { fnv1a, wrapInChrome } from "../test/support/chrome.ts";

/** The simulator's sets of chrome kinds, in the order the eval scripts score them (set-aside, fresh and the blind fresh2 and fresh3 last). */
export const CHROME_SETS = [
  { label: "tune kinds", set: "tune" },
  { label: "set-aside (heldout) kinds", set: "heldout" },
  { label: "fresh kinds (added 2026-12-05)", set: "fresh" },
  { label: "fresh2 kinds (blind, added 2026-12-05)", set: "fresh2" },
  { label: "fresh3 kinds (blind, added 2026-12-05)", set: "fresh3" },
];

/** The seed of one case: from the run's seed and the case id. */
export const caseSeed = (seed, id) => fnv1a(`${seed}:${id}`);

/**
 * Wraps every `<id>.txt` of `cases` in chrome into `out`, beside a copy of its `<id>.json`.
 * @returns the number of cases written
 */
export function writeChromeCorpus({ cases, out, set = "all", seed = 1, density = 1 }) {
  mkdirSync(out, { recursive: true });
  const ids = readdirSync(cases).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort();
  for (const id of ids) {
    const page = readFileSync(join(cases, `${id}.txt`), "utf8");
    writeFileSync(join(out, `${id}.txt`), wrapInChrome(page, { seed: caseSeed(seed, id), set, density }));
    copyFileSync(join(cases, `${id}.json`), join(out, `${id}.json`));
  }
  return ids.length;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const argv = process.argv.slice(2);
  const arg = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
  const cases = arg("cases");
  const out = arg("out");
  const set = arg("set", "all");
  const seed = Number(arg("seed", "1"));
  const density = Number(arg("density", "1"));
  if (!cases || !out || ![...CHROME_SETS.map((r) => r.set), "all"].includes(set) || !Number.isInteger(seed) || !(density >= 0)) {
    console.error("usage: node --import tsx scripts/chrome-corpus.mjs --cases DIR --out DIR [--set tune|heldout|fresh|fresh2|fresh3|all] [--seed N] [--density D]");
    process.exit(2);
  }
  const n = writeChromeCorpus({ cases: resolve(cases), out: resolve(out), set, seed, density });
  console.log(`wrote ${n} cases to ${resolve(out)} (chrome: ${set} kinds, seed ${seed}, density ${density})`);
}
