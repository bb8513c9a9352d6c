#!/usr/bin/env node
// Cost of `fingerprint` per story, on the stories parsed from fixtures/*.txt (and the public corpus
// when present), next to the cost of the parse itself. Needs `npm run build`. One core.
// Usage: node bench/fingerprint.bench.mjs [--seconds N]
import { join } from "node:path";
import { avgBytes, machine, measure, pageSets, parsedStories, root, secondsArg } from "./lib.mjs";

const args = process.argv.slice(2);
const seconds = secondsArg(args);
const { safeParseWireStory, fingerprint } = await import(join(root, "dist", "index.js"));
const sets = pageSets();

console.log(`fingerprint bench: ${machine()}, one core, ${seconds}s per measure\n`);
console.log("set              stories   avg KB   fingerprint µs/story   parse µs/story");
for (const [name, texts] of sets) {
  const stories = parsedStories(texts, safeParseWireStory);
  const kb = avgBytes(texts) / 1024;
  const f = measure(stories, fingerprint, { seconds, rounds: 7 }).median;
  const p = measure(texts, safeParseWireStory, { seconds, rounds: 7 }).median;
  console.log(`${name.padEnd(15)} ${String(stories.length).padStart(8)} ${kb.toFixed(1).padStart(8)} ${f.toFixed(1).padStart(22)} ${p.toFixed(1).padStart(16)}`);
}
