#!/usr/bin/env node
// Cost of `extractEntities` (wirecopy/entities, compromise) per story, on the stories parsed from
// fixtures/*.txt (and the public corpus when present), next to the cost of the parse itself; and the
// cold import time of "wirecopy/entities" (compromise loads with it). Needs `npm run build`.
// One core: everything runs in this process. Median of 7 timed rounds after a warm-up.
// Usage: node bench/entities.bench.mjs [--seconds N]
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf("--seconds") + 1] || 0) || 3;
const { safeParseWireStory } = await import(join(root, "dist", "index.js"));
const { extractEntities } = await import(join(root, "dist", "entities.js"));

const readTexts = (dir) => readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f), "utf8"));
const sets = [["fixtures", readTexts(join(root, "fixtures"))]];
const corpus = join(root, "..", "shared", "corpus", "public");
if (existsSync(corpus)) sets.push(["public corpus", readTexts(corpus)]);

/** µs per call of `fn` on each item, median (and best) of 7 rounds after a warm-up. */
function measure(items, fn, warmup) {
  for (let i = 0; i < warmup; i++) for (const x of items) fn(x);
  const rounds = [];
  for (let r = 0; r < 7; r++) {
    let n = 0;
    const t0 = performance.now();
    while (n === 0 || performance.now() - t0 < (seconds * 1000) / 7) {
      for (const x of items) fn(x);
      n += items.length;
    }
    rounds.push(((performance.now() - t0) * 1000) / n);
  }
  rounds.sort((a, b) => a - b);
  return { median: rounds[3], best: rounds[0] };
}

/** Cold `import(entry)` in a fresh Node process, median of `runs`. */
function coldImport(entry, runs = 7) {
  const script = `const t=performance.now();await import(${JSON.stringify(entry)});console.log(performance.now()-t)`;
  const times = [];
  for (let i = 0; i < runs; i++) times.push(Number(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" })));
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

console.log(`extractEntities bench: Node ${process.version}, ${cpus()[0]?.model ?? "cpu"} x${cpus().length}, one core, ${seconds}s per measure\n`);
console.log("set              stories   avg KB   entities µs/story (best)   parse µs/story   entities/parse");
for (const [name, texts] of sets) {
  const stories = texts.map((t) => safeParseWireStory(t)).filter((r) => r.success).map((r) => r.data);
  const kb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / texts.length / 1024;
  const e = measure(stories, extractEntities, 3);
  const p = measure(texts, safeParseWireStory, 50);
  console.log(
    `${name.padEnd(15)} ${String(stories.length).padStart(8)} ${kb.toFixed(1).padStart(8)} ${e.median.toFixed(0).padStart(14)} ${("(" + e.best.toFixed(0) + ")").padStart(10)} ${p.median.toFixed(1).padStart(16)} ${(e.median / p.median).toFixed(0).padStart(14)}x`,
  );
}
const cold = coldImport(join(root, "dist", "entities.js"));
const coldMain = coldImport(join(root, "dist", "index.js"));
console.log(`\ncold import("wirecopy/entities"): median ${cold.toFixed(1)} ms (compromise loads with it); import("wirecopy"): ${coldMain.toFixed(1)} ms`);
