#!/usr/bin/env node
// Cost of `extractEntities` (wirecopy/entities, compromise) per story, on the stories parsed from
// fixtures/*.txt (and the public corpus when present), next to the cost of the parse itself; and the
// cold import time of "wirecopy/entities" (compromise loads with it). Needs `npm run build`.
// One core: everything runs in this process. Median of 7 timed rounds after a warm-up.
// Usage: node bench/entities.bench.mjs [--seconds N]
import { join } from "node:path";
import { avgBytes, coldImport, machine, measure, pageSets, parsedStories, root, secondsArg } from "./lib.mjs";

const args = process.argv.slice(2);
const seconds = secondsArg(args);
const { safeParseWireStory } = await import(join(root, "dist", "index.js"));
const { extractEntities } = await import(join(root, "dist", "entities.js"));
const sets = pageSets();

console.log(`extractEntities bench: ${machine()}, one core, ${seconds}s per measure\n`);
console.log("set              stories   avg KB   entities µs/story (best)   parse µs/story   entities/parse");
for (const [name, texts] of sets) {
  const stories = parsedStories(texts, safeParseWireStory);
  const kb = avgBytes(texts) / 1024;
  const e = measure(stories, extractEntities, { seconds, warmup: 3, rounds: 7 }); // ~20 ms a story: a round is at least one pass
  const p = measure(texts, safeParseWireStory, { seconds, warmup: 50, rounds: 7 });
  console.log(
    `${name.padEnd(15)} ${String(stories.length).padStart(8)} ${kb.toFixed(1).padStart(8)} ${e.median.toFixed(0).padStart(14)} ${("(" + e.best.toFixed(0) + ")").padStart(10)} ${p.median.toFixed(1).padStart(16)} ${(e.median / p.median).toFixed(0).padStart(14)}x`,
  );
}
const cold = coldImport(join(root, "dist", "entities.js"), 7).median;
const coldMain = coldImport(join(root, "dist", "index.js"), 7).median;
console.log(`\ncold import("wirecopy/entities"): median ${cold.toFixed(1)} ms (compromise loads with it); import("wirecopy"): ${coldMain.toFixed(1)} ms`);
